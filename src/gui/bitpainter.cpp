#include "bitpainter.h"

#include "palette.h"

#include <QFontDatabase>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace NetSteps {

namespace {

// The size of a bit's digit, in drawing units; every other measure is a fraction of it.
constexpr qreal unit = 26;
constexpr qreal margin = 0.6 * unit;
constexpr qreal rowGap = 0.28 * unit;
constexpr qreal ruleGap = 0.3 * unit;       // the extra room above a row under a rule
constexpr qreal columnGap = 0.5 * unit;     // between the names, the bits and the decimals
constexpr qreal tableColumnGap = 0.9 * unit;
constexpr int bitsPerOctet = 8;
constexpr int weightOfFirstBit = 128;

// A region's colours: the fill of its cells, their border, and the digits.
struct RegionColours
{
    QColor fill;
    QColor border;
    QColor text;
};

// Network blue and host orange as the endpoints use them; borrowed bits in Paul Tol's green, apart
// from both and from the highlight red for every kind of colour-blindness.
RegionColours regionColours(BitFigure::Region region)
{
    switch (region) {
    case BitFigure::Region::Network:
        return {QColor(0xdc, 0xe7, 0xf7), QColor(0x8f, 0xb0, 0xe0), QColor(0x1a, 0x4f, 0xa0)};
    case BitFigure::Region::Borrowed:
        return {QColor(0xd4, 0xee, 0xdb), QColor(0x6f, 0xb8, 0x86), QColor(0x11, 0x66, 0x2c)};
    case BitFigure::Region::Host:
        return {QColor(0xfb, 0xe6, 0xd3), QColor(0xe6, 0xb0, 0x84), QColor(0x9c, 0x46, 0x00)};
    case BitFigure::Region::Neutral:
        break;
    }
    return {QColor(0xf1, 0xf1, 0xf1), QColor(0xbd, 0xbd, 0xbd), Palette::ink()};
}

QColor verdictColour(BitFigure::Verdict verdict)
{
    return verdict == BitFigure::Verdict::SameNetwork ? QColor(0x11, 0x66, 0x2c) : Palette::highlight();
}

QColor verdictFill(BitFigure::Verdict verdict)
{
    return verdict == BitFigure::Verdict::SameNetwork ? QColor(0xe3, 0xf3, 0xe7) : QColor(0xfd, 0xec, 0xea);
}

QFont sansFont(qreal pixels, bool bold = false)
{
    QFont font = Palette::viewFont(10, bold);
    font.setPixelSize(qRound(pixels));
    return font;
}

QFont monoFont(qreal pixels, bool bold = false)
{
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    font.setPixelSize(qRound(pixels));
    font.setBold(bold);
    return font;
}

qreal textWidth(const QFont &font, const QString &text)
{
    return QFontMetricsF(font).horizontalAdvance(text);
}

qreal lineHeight(const QFont &font)
{
    return QFontMetricsF(font).height();
}

bool hasRegions(const BitFigure &figure)
{
    return figure.networkColumns >= 0 && !figure.rows.isEmpty();
}

// The regions a figure colours, each once, left to right.
QList<BitFigure::Region> regionsShown(const BitFigure &figure)
{
    QList<BitFigure::Region> regions;
    for (int column = 0; column < BitFigure::bitCount; ++column) {
        if (!regions.contains(figure.region(column)))
            regions.append(figure.region(column));
    }
    return regions;
}

QString regionName(BitFigure::Region region)
{
    switch (region) {
    case BitFigure::Region::Network:
        return BitFigure::tr("network bits");
    case BitFigure::Region::Borrowed:
        return BitFigure::tr("borrowed bits");
    case BitFigure::Region::Host:
        return BitFigure::tr("host bits");
    case BitFigure::Region::Neutral:
        break;
    }
    return {};
}

qreal legendEntryWidth(const QFont &font, BitFigure::Region region)
{
    return 0.6 * unit + 0.25 * unit + textWidth(font, regionName(region));
}

qreal legendWidth(const QFont &font, const BitFigure &figure)
{
    qreal width = 0;
    for (BitFigure::Region region : regionsShown(figure))
        width += legendEntryWidth(font, region) + unit;
    return std::max(width - unit, qreal(0));
}

} // namespace

BitPainter::BitPainter(const QList<BitFigure> &figures)
    : m_bitFont(monoFont(unit)),
      m_decimalFont(monoFont(0.72 * unit)),
      m_nameFont(sansFont(0.6 * unit)),
      m_operationFont(sansFont(0.52 * unit, true)),
      m_weightFont(sansFont(0.44 * unit)),
      m_prefixFont(sansFont(0.62 * unit, true)),
      m_headingFont(sansFont(0.85 * unit, true)),
      m_verdictFont(sansFont(0.75 * unit, true)),
      m_noteFont(sansFont(0.62 * unit)),
      m_legendFont(sansFont(0.52 * unit)),
      m_tableFont(monoFont(0.68 * unit)),
      m_tableHeaderFont(sansFont(0.62 * unit, true))
{
    const qreal digitWidth = QFontMetricsF(m_bitFont).horizontalAdvance(QLatin1Char('0'));
    m_cellWidth = std::max(digitWidth * 1.45, 0.92 * unit);
    m_cellHeight = 1.3 * unit;
    m_cellSpacing = 0.14 * unit;
    m_octetGap = 0.55 * unit;
    m_tableRowHeight = lineHeight(m_tableFont) * 1.3;
    measureColumns(figures);
    qreal height = 0;
    for (const BitFigure &figure : figures)
        height = std::max(height, place(figure).bottom);
    m_size = QSizeF(m_contentWidth + 2 * margin, height);
}

void BitPainter::measureColumns(const QList<BitFigure> &figures)
{
    qreal otherWidth = 0;
    // Room for any address, so that the decimals do not move as a row is revealed.
    m_decimalWidth = textWidth(m_decimalFont, QStringLiteral("255.255.255.255"));
    for (const BitFigure &figure : figures) {
        for (const BitFigure::Row &row : figure.rows) {
            m_operationWidth = std::max(m_operationWidth, textWidth(m_operationFont, row.operation));
            m_nameWidth = std::max(m_nameWidth, textWidth(m_nameFont, row.name));
        }
        otherWidth = std::max(otherWidth, textWidth(m_headingFont, figure.heading));
        otherWidth = std::max(otherWidth, textWidth(m_verdictFont, figure.verdictText) + unit);
        otherWidth = std::max(otherWidth, legendWidth(m_legendFont, figure));
        for (const QString &note : figure.notes)
            otherWidth = std::max(otherWidth, textWidth(m_noteFont, note));
        for (qsizetype column = 0; column < figure.tableHeader.size(); ++column) {
            if (m_tableColumnWidths.size() <= column)
                m_tableColumnWidths.append(0);
            qreal &width = m_tableColumnWidths[column];
            width = std::max(width, textWidth(m_tableHeaderFont, figure.tableHeader.at(column)));
            for (const QStringList &cells : figure.table) {
                if (cells.size() == figure.tableHeader.size())
                    width = std::max(width, textWidth(m_tableFont, cells.at(column)));
            }
        }
        for (const QStringList &cells : figure.table) {
            if (cells.size() == 1)
                otherWidth = std::max(otherWidth, textWidth(m_noteFont, cells.first()));
        }
    }
    const qreal operationRoom = m_operationWidth > 0 ? m_operationWidth + 0.35 * unit : 0;
    const qreal bitsWidth = BitFigure::bitCount * m_cellWidth
        + (BitFigure::bitCount - 4) * m_cellSpacing + 3 * m_octetGap;
    const qreal rowsWidth = operationRoom + m_nameWidth + columnGap + bitsWidth + columnGap + m_decimalWidth;
    m_contentWidth = std::max({rowsWidth, otherWidth, tableWidth()});
    m_rowsLeft = margin + (m_contentWidth - rowsWidth) / 2 + operationRoom;
}

qreal BitPainter::tableWidth() const
{
    qreal width = 0;
    for (qreal column : m_tableColumnWidths)
        width += column + tableColumnGap;
    return std::max(width - tableColumnGap, qreal(0));
}

BitPainter::Placement BitPainter::place(const BitFigure &figure) const
{
    Placement placement;
    qreal y = margin;
    if (!figure.heading.isEmpty()) {
        placement.headingTop = y;
        y += lineHeight(m_headingFont) + 0.5 * unit;
    }
    if (!figure.rows.isEmpty()) {
        if (!figure.prefixLines.isEmpty()) {
            placement.prefixLabelTop = y;
            y += lineHeight(m_prefixFont) + 0.1 * unit;
        }
        placement.weightsTop = y;
        y += lineHeight(m_weightFont) + 0.12 * unit;
        for (const BitFigure::Row &row : figure.rows) {
            if (row.ruleAbove)
                y += ruleGap;
            placement.rowTops.append(y);
            y += m_cellHeight + rowGap;
        }
        y += 0.15 * unit;
    }
    if (hasRegions(figure)) {
        placement.legendTop = y;
        y += lineHeight(m_legendFont) + 0.45 * unit;
    }
    if (figure.verdict != BitFigure::Verdict::None) {
        const qreal width = textWidth(m_verdictFont, figure.verdictText) + unit;
        const qreal height = lineHeight(m_verdictFont) + 0.5 * unit;
        placement.verdictRect = QRectF(bitsCentre() - width / 2, y, width, height);
        y += height + 0.4 * unit;
    }
    for (qsizetype i = 0; i < figure.notes.size(); ++i) {
        placement.noteTops.append(y);
        y += lineHeight(m_noteFont) + 0.12 * unit;
    }
    if (!figure.table.isEmpty()) {
        y += 0.35 * unit;
        placement.tableTop = y;
        y += (figure.table.size() + 1) * m_tableRowHeight + 0.1 * unit;
    }
    placement.bottom = y + margin;
    return placement;
}

qreal BitPainter::bitsLeft() const
{
    return m_rowsLeft + m_nameWidth + columnGap;
}

qreal BitPainter::columnX(int column) const
{
    const int octet = column / bitsPerOctet;
    const int within = column % bitsPerOctet;
    return bitsLeft() + octet * (bitsPerOctet * m_cellWidth + (bitsPerOctet - 1) * m_cellSpacing + m_octetGap)
        + within * (m_cellWidth + m_cellSpacing);
}

qreal BitPainter::boundaryX(int prefix) const
{
    if (prefix <= 0)
        return bitsLeft() - m_cellSpacing;
    if (prefix >= BitFigure::bitCount)
        return bitsRight() + m_cellSpacing;
    return (columnX(prefix - 1) + m_cellWidth + columnX(prefix)) / 2;
}

QRectF BitPainter::cellRect(int column, qreal top) const
{
    return QRectF(columnX(column), top, m_cellWidth, m_cellHeight);
}

void BitPainter::paint(QPainter &painter, const BitFigure &figure) const
{
    const Placement placement = place(figure);
    paintHeading(painter, figure, placement);
    if (!figure.rows.isEmpty()) {
        paintWeights(painter, placement.weightsTop);
        for (qsizetype i = 0; i < figure.rows.size(); ++i)
            paintRow(painter, figure, figure.rows.at(i), placement.rowTops.at(i));
        paintPrefixLines(painter, figure, placement);
        paintActiveColumn(painter, figure, placement);
    }
    if (placement.legendTop >= 0)
        paintLegend(painter, figure, placement.legendTop);
    if (figure.verdict != BitFigure::Verdict::None)
        paintVerdict(painter, figure, placement.verdictRect);
    paintNotes(painter, figure, placement);
    if (placement.tableTop >= 0)
        paintTable(painter, figure, placement.tableTop);
}

void BitPainter::paintHeading(QPainter &painter, const BitFigure &figure, const Placement &placement) const
{
    if (placement.headingTop < 0)
        return;
    painter.setFont(m_headingFont);
    painter.setPen(Palette::ink());
    painter.drawText(QRectF(margin, placement.headingTop, m_contentWidth, lineHeight(m_headingFont)),
                     Qt::AlignCenter, figure.heading);
}

void BitPainter::paintRow(QPainter &painter, const BitFigure &figure, const BitFigure::Row &row, qreal top) const
{
    if (row.ruleAbove) {
        const qreal y = top - ruleGap / 2 - rowGap / 2;
        painter.setPen(QPen(Palette::ink(), 0.08 * unit));
        painter.drawLine(QPointF(m_rowsLeft, y), QPointF(bitsRight() + columnGap + m_decimalWidth, y));
    }
    const qreal middle = top + m_cellHeight / 2;
    if (!row.operation.isEmpty()) {
        painter.setFont(m_operationFont);
        painter.setPen(Palette::muted().darker(150));
        const qreal width = textWidth(m_operationFont, row.operation);
        painter.drawText(QRectF(m_rowsLeft - width - 0.35 * unit, top, width, m_cellHeight), Qt::AlignCenter,
                         row.operation);
    }
    painter.setFont(m_nameFont);
    painter.setPen(Palette::ink());
    painter.drawText(QRectF(m_rowsLeft, top, m_nameWidth, m_cellHeight), Qt::AlignRight | Qt::AlignVCenter, row.name);

    for (int column = 0; column < BitFigure::bitCount; ++column)
        paintCell(painter, figure, row, column, top);
    paintOctetDots(painter, figure, top);

    QFont decimalFont = m_decimalFont;
    decimalFont.setBold(row.ruleAbove);
    painter.setFont(decimalFont);
    painter.setPen(Palette::ink());
    const qreal decimalLeft = bitsRight() + columnGap;
    painter.drawText(QRectF(decimalLeft, middle - m_cellHeight / 2, m_decimalWidth * 1.1, m_cellHeight),
                     Qt::AlignLeft | Qt::AlignVCenter, row.decimal());
}

void BitPainter::paintCell(QPainter &painter, const BitFigure &figure, const BitFigure::Row &row, int column,
                           qreal top) const
{
    const QRectF rect = cellRect(column, top);
    const qreal radius = 0.12 * unit;
    if (column >= row.revealed) {
        painter.setPen(QPen(Palette::muted(), 0.05 * unit, Qt::DashLine));
        painter.setBrush(Qt::white);
        painter.drawRoundedRect(rect, radius, radius);
        painter.setBrush(Qt::NoBrush);
        return;
    }
    const RegionColours colours = regionColours(figure.region(column));
    const bool emphasised = row.isEmphasised(column);
    painter.setPen(emphasised ? QPen(Palette::highlight(), 0.13 * unit) : QPen(colours.border, 0.05 * unit));
    painter.setBrush(colours.fill);
    painter.drawRoundedRect(rect, radius, radius);
    painter.setBrush(Qt::NoBrush);

    const bool one = (row.value.toUInt() >> (BitFigure::bitCount - 1 - column)) & 1;
    QFont font = m_bitFont;
    font.setBold(one || emphasised);
    painter.setFont(font);
    painter.setPen(emphasised ? Palette::highlight() : colours.text);
    painter.drawText(rect, Qt::AlignCenter, one ? QStringLiteral("1") : QStringLiteral("0"));
}

// The dots of dotted decimal between the octets, except where a prefix line stands in the gap.
void BitPainter::paintOctetDots(QPainter &painter, const BitFigure &figure, qreal top) const
{
    painter.setPen(Qt::NoPen);
    painter.setBrush(Palette::ink());
    const qreal radius = 0.09 * unit;
    for (int octet = 1; octet < 4; ++octet) {
        const bool lined = std::any_of(figure.prefixLines.cbegin(), figure.prefixLines.cend(),
                                       [octet](const BitFigure::PrefixLine &line) { return line.prefix == octet * bitsPerOctet; });
        if (lined)
            continue;
        const qreal x = columnX(octet * bitsPerOctet) - m_octetGap / 2;
        painter.drawEllipse(QPointF(x, top + m_cellHeight - 0.25 * unit), radius, radius);
    }
    painter.setBrush(Qt::NoBrush);
}

void BitPainter::paintWeights(QPainter &painter, qreal top) const
{
    painter.setFont(m_weightFont);
    painter.setPen(Palette::muted().darker(130));
    for (int column = 0; column < BitFigure::bitCount; ++column) {
        const int weight = weightOfFirstBit >> (column % bitsPerOctet);
        const QRectF rect(columnX(column) - m_cellSpacing, top, m_cellWidth + 2 * m_cellSpacing, lineHeight(m_weightFont));
        painter.drawText(rect, Qt::AlignCenter, QString::number(weight));
    }
}

void BitPainter::paintPrefixLines(QPainter &painter, const BitFigure &figure, const Placement &placement) const
{
    const qreal top = placement.weightsTop;
    const qreal bottom = placement.rowTops.last() + m_cellHeight + 0.2 * unit;
    const bool twoLines = figure.prefixLines.size() > 1;
    painter.setFont(m_prefixFont);
    for (const BitFigure::PrefixLine &line : figure.prefixLines) {
        const qreal x = boundaryX(line.prefix);
        const QColor colour = line.former ? Palette::muted().darker(130) : Palette::ink();
        painter.setPen(QPen(colour, (line.former ? 0.08 : 0.13) * unit, line.former ? Qt::DashLine : Qt::SolidLine,
                            Qt::FlatCap));
        painter.drawLine(QPointF(x, top), QPointF(x, bottom));

        // With two lines the former prefix is written left of its line and the new one right of
        // its own, so that the labels stay apart when the lines are one column apart.
        const qreal width = textWidth(m_prefixFont, line.label()) + 0.2 * unit;
        const qreal left = !twoLines ? x - width / 2 : line.former ? x - width - 0.1 * unit : x + 0.1 * unit;
        painter.setPen(colour);
        painter.drawText(QRectF(left, placement.prefixLabelTop, width, lineHeight(m_prefixFont)), Qt::AlignCenter,
                         line.label());
    }
}

void BitPainter::paintActiveColumn(QPainter &painter, const BitFigure &figure, const Placement &placement) const
{
    if (figure.activeColumn < 0)
        return;
    const qreal pad = 0.12 * unit;
    const QRectF rect(columnX(figure.activeColumn) - pad, placement.rowTops.first() - pad, m_cellWidth + 2 * pad,
                      placement.rowTops.last() + m_cellHeight - placement.rowTops.first() + 2 * pad);
    painter.setPen(QPen(Palette::highlight(), 0.1 * unit));
    painter.setBrush(Qt::NoBrush);
    painter.drawRoundedRect(rect, 0.2 * unit, 0.2 * unit);
}

void BitPainter::paintLegend(QPainter &painter, const BitFigure &figure, qreal top) const
{
    const qreal height = lineHeight(m_legendFont);
    qreal x = bitsCentre() - legendWidth(m_legendFont, figure) / 2;
    painter.setFont(m_legendFont);
    for (BitFigure::Region region : regionsShown(figure)) {
        const RegionColours colours = regionColours(region);
        const qreal swatch = 0.6 * unit;
        painter.setPen(QPen(colours.border, 0.05 * unit));
        painter.setBrush(colours.fill);
        painter.drawRoundedRect(QRectF(x, top + (height - swatch) / 2, swatch, swatch), 0.1 * unit, 0.1 * unit);
        painter.setBrush(Qt::NoBrush);
        painter.setPen(colours.text);
        const QString name = regionName(region);
        painter.drawText(QRectF(x + swatch + 0.25 * unit, top, textWidth(m_legendFont, name) + 1, height),
                         Qt::AlignLeft | Qt::AlignVCenter, name);
        x += legendEntryWidth(m_legendFont, region) + unit;
    }
}

void BitPainter::paintVerdict(QPainter &painter, const BitFigure &figure, const QRectF &rect) const
{
    const QColor colour = verdictColour(figure.verdict);
    painter.setPen(QPen(colour, 0.08 * unit));
    painter.setBrush(verdictFill(figure.verdict));
    painter.drawRoundedRect(rect, 0.25 * unit, 0.25 * unit);
    painter.setBrush(Qt::NoBrush);
    painter.setFont(m_verdictFont);
    painter.drawText(rect, Qt::AlignCenter, figure.verdictText);
}

void BitPainter::paintNotes(QPainter &painter, const BitFigure &figure, const Placement &placement) const
{
    painter.setFont(m_noteFont);
    painter.setPen(Palette::ink());
    for (qsizetype i = 0; i < figure.notes.size(); ++i) {
        const QRectF rect(margin, placement.noteTops.at(i), m_contentWidth, lineHeight(m_noteFont));
        painter.drawText(rect, Qt::AlignCenter, figure.notes.at(i));
    }
}

void BitPainter::paintTable(QPainter &painter, const BitFigure &figure, qreal top) const
{
    const qreal width = tableWidth();
    const qreal left = margin + (m_contentWidth - width) / 2;
    const qreal pad = tableColumnGap / 2;
    const qsizetype lastColumn = m_tableColumnWidths.size() - 1;

    // Left-aligned addresses line up digit by digit in the fixed-width font; the counts are
    // right-aligned, the subnet numbers centred.
    const auto alignment = [lastColumn](qsizetype column) {
        if (column == 0)
            return Qt::AlignHCenter | Qt::AlignVCenter;
        return (column == lastColumn ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter;
    };
    // The first column's colour can differ: a subnet's number is its borrowed bits, in their colour.
    const auto paintCells = [&](const QStringList &cells, qreal y, const QColor &firstColour) {
        qreal x = left;
        for (qsizetype column = 0; column < cells.size() && column <= lastColumn; ++column) {
            const qreal columnWidth = m_tableColumnWidths.at(column);
            painter.setPen(column == 0 ? firstColour : Palette::ink());
            painter.drawText(QRectF(x, y, columnWidth, m_tableRowHeight), alignment(column), cells.at(column));
            x += columnWidth + tableColumnGap;
        }
    };

    painter.setFont(m_tableHeaderFont);
    paintCells(figure.tableHeader, top, Palette::ink());
    painter.setPen(QPen(Palette::muted(), 0.05 * unit));
    painter.drawLine(QPointF(left - pad, top + m_tableRowHeight), QPointF(left + width + pad, top + m_tableRowHeight));

    qreal y = top + m_tableRowHeight;
    for (qsizetype i = 0; i < figure.table.size(); ++i, y += m_tableRowHeight) {
        const QStringList &cells = figure.table.at(i);
        if (i % 2 == 1) {
            painter.setPen(Qt::NoPen);
            painter.setBrush(QColor(0xf4, 0xf4, 0xf4));
            painter.drawRect(QRectF(left - pad, y, width + 2 * pad, m_tableRowHeight));
            painter.setBrush(Qt::NoBrush);
        }
        painter.setPen(Palette::ink());
        if (cells.size() == 1) {
            QFont font = m_noteFont;
            font.setItalic(true);
            painter.setFont(font);
            painter.setPen(Palette::muted().darker(150));
            painter.drawText(QRectF(left, y, width, m_tableRowHeight), Qt::AlignCenter, cells.first());
            continue;
        }
        painter.setFont(m_tableFont);
        paintCells(cells, y, regionColours(BitFigure::Region::Borrowed).text);
    }
}

} // namespace NetSteps
