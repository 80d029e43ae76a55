#include "encapsulationview.h"

#include "framecodec.h"
#include "palette.h"
#include "scenarioregistry.h"

#include <QEvent>
#include <QPainter>

namespace NetSteps {

namespace {

// The layers of the five-layer model that put a header on this frame, top down, as blocks: the
// data, then each header in front of it.
struct Row
{
    QString name;   // "Transport layer"
    QString device; // what works at that layer
    QString unit;   // what the layer hands down: "segment"
    int blocksFromEnd = 0; // how many of the frame's blocks (from the data backwards) this row holds
};

QColor blockColor(const QString &layer)
{
    if (layer == QLatin1String("Ethernet II"))
        return QColor(0x8e, 0x44, 0xad);
    if (layer == QLatin1String("IPv4") || layer == QLatin1String("ARP"))
        return QColor(0x27, 0x7d, 0xa1);
    if (layer == QLatin1String("TCP") || layer == QLatin1String("UDP"))
        return QColor(0xd3, 0x54, 0x00);
    return QColor(0x2e, 0x7d, 0x32);
}

QString blockName(const QString &layer)
{
    if (layer == QLatin1String("Payload"))
        return EncapsulationView::tr("data");
    if (layer == QLatin1String("Ethernet II"))
        return EncapsulationView::tr("Ethernet header");
    return EncapsulationView::tr("%1 header").arg(layer);
}

QByteArray defaultFrame()
{
    if (const std::optional<Scenario> s = ScenarioRegistry::build(u"tcp-data", {})) {
        for (const Transmission &t : s->transmissions) {
            if (!t.frame.payload.isEmpty())
                return t.bytes;
        }
    }
    return {};
}

} // namespace

EncapsulationView::EncapsulationView(QWidget *parent) : QWidget(parent)
{
    setFrame(defaultFrame());
    setAutoFillBackground(true);
    QPalette p = palette();
    p.setColor(QPalette::Window, Qt::white);
    setPalette(p);
}

void EncapsulationView::setFrame(const QByteArray &bytes)
{
    m_blocks.clear();
    for (const FrameField &field : FrameCodec::describe(bytes)) {
        if (m_blocks.isEmpty() || m_blocks.last().layer != field.layer)
            m_blocks.append(Block{field.layer, 0});
        m_blocks.last().bytes += field.length;
    }
    update();
}

QSize EncapsulationView::sizeHint() const
{
    return {900, 420};
}

QSize EncapsulationView::minimumSizeHint() const
{
    return {560, 300};
}

void EncapsulationView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        update();
    QWidget::changeEvent(event);
}

void EncapsulationView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    if (m_blocks.isEmpty())
        return;

    // One row per layer that added a header, top (data) to bottom (the whole frame).
    QList<Row> rows;
    const int n = int(m_blocks.size());
    const bool hasData = m_blocks.last().layer == QLatin1String("Payload");
    if (hasData)
        rows.append({tr("Application layer"), tr("the programs (socket API)"), tr("data"), 1});
    for (int i = n - (hasData ? 2 : 1); i >= 0; --i) {
        const QString &layer = m_blocks.at(i).layer;
        if (layer == QLatin1String("TCP"))
            rows.append({tr("Transport layer"), tr("the kernel's TCP"), tr("segment"), n - i});
        else if (layer == QLatin1String("UDP"))
            rows.append({tr("Transport layer"), tr("the kernel's UDP"), tr("datagram"), n - i});
        else if (layer == QLatin1String("IPv4"))
            rows.append({tr("Network layer"), tr("router"), tr("packet"), n - i});
        else if (layer == QLatin1String("ARP"))
            rows.append({tr("Data link layer (ARP)"), tr("network card, switch"), tr("ARP message"), n - i});
        else
            rows.append({tr("Data link layer"), tr("network card, switch"), tr("frame"), n - i});
    }
    rows.append({tr("Physical layer"), tr("cable, hub, radio"), tr("bits"), n});

    const QFont labelFont = Palette::viewFont(11, true);
    const QFont smallFont = Palette::viewFont(9.5);
    const QFontMetricsF labelMetrics(labelFont);
    const QFontMetricsF smallMetrics(smallFont);
    const qreal margin = 12;
    const qreal left = qMin(width() * 0.3, 260.0);
    const qreal arrows = 64; // the down and up arrows at the sides of the stack
    const qreal right = width() - margin - arrows;
    const QString heading = tr("Down the sender's stack each layer adds its header; up the receiver's stack each "
                               "layer removes its own.");
    const QRectF headingBox = labelMetrics.boundingRect(QRectF(margin, margin, width() - 2 * margin, height()),
                                                        Qt::TextWordWrap, heading);
    const QString source = tr("This frame is the first data segment of the lesson “Data transfer”, byte for byte. The "
                              "network card also adds a 4-byte FCS behind it, which captures do not show.");
    const QRectF sourceBox = smallMetrics.boundingRect(QRectF(margin, headingBox.bottom() + 2, width() - 2 * margin, height()),
                                                       Qt::TextWordWrap, source);
    const qreal top = sourceBox.bottom() + 10;
    const qreal rowHeight = qMin(56.0, (height() - top - margin) / rows.size());
    const qreal blockHeight = rowHeight * 0.62;

    painter.setFont(labelFont);
    painter.setPen(Palette::ink());
    painter.drawText(headingBox, Qt::TextWordWrap, heading);
    painter.setFont(smallFont);
    painter.setPen(Palette::muted());
    painter.drawText(sourceBox, Qt::TextWordWrap, source);

    // Widths in proportion to the bytes, every block at least wide enough for its label.
    const qreal minimum = smallMetrics.horizontalAdvance(QStringLiteral("Ethernet header 14 B")) + 12;
    int totalBytes = 0;
    for (const Block &b : m_blocks)
        totalBytes += b.bytes;
    const qreal available = right - left - minimum * n;
    QList<qreal> widths;
    for (const Block &b : m_blocks)
        widths.append(minimum + (available > 0 ? available * b.bytes / qMax(1, totalBytes) : 0));

    for (int r = 0; r < rows.size(); ++r) {
        const Row &row = rows.at(r);
        const qreal y = top + r * rowHeight;
        painter.setFont(labelFont);
        painter.setPen(Palette::ink());
        painter.drawText(QRectF(margin, y, left - margin - 8, blockHeight / 2), Qt::AlignLeft | Qt::AlignVCenter,
                         labelMetrics.elidedText(row.name, Qt::ElideRight, left - margin - 8));
        painter.setFont(smallFont);
        painter.setPen(Palette::muted());
        painter.drawText(QRectF(margin, y + blockHeight / 2, left - margin - 8, blockHeight / 2),
                         Qt::AlignLeft | Qt::AlignVCenter,
                         smallMetrics.elidedText(tr("%1 · %2").arg(row.unit, row.device), Qt::ElideRight, left - margin - 8));

        // The blocks this layer holds, right-aligned so that each header appears in front.
        qreal x = right;
        for (int k = 0; k < row.blocksFromEnd; ++k) {
            const int index = n - 1 - k;
            const Block &b = m_blocks.at(index);
            x -= widths.at(index);
            const QRectF box(x, y, widths.at(index) - 2, blockHeight);
            const bool added = k == row.blocksFromEnd - 1 && r > 0 && r < rows.size() - 1;
            QColor fill = blockColor(b.layer);
            fill.setAlpha(added || r == 0 ? 255 : 90);
            painter.setPen(QPen(blockColor(b.layer).darker(130), 1));
            painter.setBrush(r == rows.size() - 1 ? QBrush(QColor(0xe8, 0xe8, 0xe8)) : QBrush(fill));
            painter.drawRoundedRect(box, 4, 4);
            painter.setFont(smallFont);
            painter.setPen(added || r == 0 ? Qt::white : Palette::ink());
            if (r < rows.size() - 1)
                painter.drawText(box.adjusted(4, 0, -4, 0), Qt::AlignCenter,
                                 smallMetrics.elidedText(tr("%1 %2 B").arg(blockName(b.layer)).arg(b.bytes), Qt::ElideRight,
                                                         box.width() - 8));
        }
        if (r == rows.size() - 1) {
            painter.setPen(Palette::ink());
            painter.drawText(QRectF(x, y, right - x, blockHeight), Qt::AlignCenter,
                             tr("%1 bytes on the wire, as bits").arg(totalBytes));
        }
    }

    // Down on the sender's side, up on the receiver's.
    const qreal x0 = right + 14;
    const qreal yTop = top;
    const qreal yBottom = top + (rows.size() - 1) * rowHeight + blockHeight;
    painter.setPen(QPen(Palette::highlight(), 3));
    for (int side = 0; side < 2; ++side) {
        const qreal x = x0 + side * 26;
        painter.drawLine(QPointF(x, yTop), QPointF(x, yBottom));
        const qreal tip = side == 0 ? yBottom : yTop;
        const qreal dir = side == 0 ? -1 : 1;
        painter.drawLine(QPointF(x, tip), QPointF(x - 6, tip + dir * 10));
        painter.drawLine(QPointF(x, tip), QPointF(x + 6, tip + dir * 10));
    }
    painter.setFont(smallFont);
    painter.setPen(Palette::muted());
    painter.save();
    painter.translate(x0 - 4, yBottom);
    painter.rotate(-90);
    painter.drawText(QRectF(0, -14, yBottom - yTop, 12), Qt::AlignCenter, tr("sender"));
    painter.restore();
    painter.save();
    painter.translate(x0 + 34, yBottom);
    painter.rotate(-90);
    painter.drawText(QRectF(0, 0, yBottom - yTop, 12), Qt::AlignCenter, tr("receiver"));
    painter.restore();
}

} // namespace NetSteps
