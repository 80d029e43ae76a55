#include "widgetsvgwriter.h"

#include <QBuffer>
#include <QFont>
#include <QFontInfo>
#include <QPainter>
#include <QPainterPath>
#include <QSvgGenerator>
#include <QWidget>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>
#include <QtMath>

namespace NetSteps {

namespace {

// A generator that reports a high device pixel ratio, so that what a widget paints through a
// bitmap is rendered at that ratio; the painter scales everything else by it, as it does for
// a high-resolution screen.
class SharpSvgGenerator final : public QSvgGenerator
{
public:
    explicit SharpSvgGenerator(int ratio) : m_ratio(ratio) {}

protected:
    int metric(PaintDeviceMetric metric) const override
    {
        if (metric == PdmDevicePixelRatio)
            return m_ratio;
        if (metric == PdmDevicePixelRatioScaled)
            return qRound(m_ratio * devicePixelRatioFScale());
        return QSvgGenerator::metric(metric);
    }

private:
    int m_ratio;
};

// Qt writes the family the widget asked for, often a fontconfig alias ("Sans Serif") that
// other systems lack; a renderer that lacks every family named falls back to a serif face, so
// the face Qt used and the generic family follow it.
QString withFallbacks(const QString &family)
{
    const QFontInfo used{QFont(family)};
    const QString generic = used.fixedPitch() ? QStringLiteral("monospace") : QStringLiteral("sans-serif");
    QStringList families{QStringLiteral("'%1'").arg(family)};
    if (used.family() != family)
        families.append(QStringLiteral("'%1'").arg(used.family()));
    families.append(generic);
    return families.join(QStringLiteral(", "));
}

// An attribute of a generated document, its references and ids given the part's prefix.
QString rewritten(const QXmlStreamAttribute &attribute, const QString &prefix)
{
    const QString name = attribute.qualifiedName().toString();
    QString value = attribute.value().toString();
    if (name == QLatin1String("id") || name == QLatin1String("xml:id"))
        return prefix + value;
    if (name == QLatin1String("font-family"))
        return withFallbacks(value);
    if (name == QLatin1String("xlink:href") && value.startsWith(u'#'))
        return value.insert(1, prefix);
    return value.replace(QLatin1String("url(#"), QLatin1String("url(#") + prefix);
}

// A generated document is an <svg> holding <defs> and one <g> with the generator's defaults,
// in which every change of the painter's state opens a <g> of its own.
bool isStateGroup(QStringView name, const QStringList &open)
{
    return name == QLatin1String("g") && open.size() == 2 && open.at(1) == QLatin1String("g");
}

// What the recorder's records must match in a generated document: its texts, in order, and the
// number of its state groups.
struct Outline
{
    QStringList texts;
    int stateGroups = 0;
};

Outline outlineOf(const QByteArray &svg)
{
    Outline outline;
    QStringList open;
    QXmlStreamReader in(svg);
    while (!in.atEnd()) {
        const QXmlStreamReader::TokenType token = in.readNext();
        if (token == QXmlStreamReader::EndElement) {
            open.removeLast();
        } else if (token == QXmlStreamReader::StartElement && in.name() == QLatin1String("text")) {
            outline.texts.append(in.readElementText());
        } else if (token == QXmlStreamReader::StartElement) {
            outline.stateGroups += isStateGroup(in.name(), open);
            open.append(in.name().toString());
        }
    }
    return outline;
}

// What a <text> element needs, beyond its font's name and size, to be as wide as Qt drew it: a
// stretched font (a semi-condensed one) scaled across, about the text's start, for renderers
// that have no such face; and the width of Qt's layout, for renderers that honour textLength.
void writeLayout(QXmlStreamWriter &out, const PaintRecorder::Run &run, qreal x)
{
    const qreal stretch = run.font.stretch() == QFont::AnyStretch ? 1.0 : run.font.stretch() / 100.0;
    if (!qFuzzyCompare(stretch, 1.0))
        out.writeAttribute(QStringLiteral("transform"),
                           QStringLiteral("matrix(%1,0,0,1,%2,0)").arg(stretch).arg(x * (1 - stretch)));
    if (run.width > 0 && !run.text.trimmed().isEmpty()) {
        out.writeAttribute(QStringLiteral("textLength"), QString::number(run.width / stretch));
        out.writeAttribute(QStringLiteral("lengthAdjust"), QStringLiteral("spacingAndGlyphs"));
    }
}

QString pathData(const QPainterPath &path)
{
    QStringList commands;
    for (int i = 0; i < path.elementCount(); ++i) {
        const QPainterPath::Element e = path.elementAt(i);
        if (e.isMoveTo()) {
            commands.append(QStringLiteral("M%1 %2").arg(e.x).arg(e.y));
        } else if (e.isLineTo()) {
            commands.append(QStringLiteral("L%1 %2").arg(e.x).arg(e.y));
        } else if (e.isCurveTo() && i + 2 < path.elementCount()) {
            const QPainterPath::Element c = path.elementAt(i + 1);
            const QPainterPath::Element end = path.elementAt(i + 2);
            commands.append(QStringLiteral("C%1 %2 %3 %4 %5 %6").arg(e.x).arg(e.y).arg(c.x).arg(c.y).arg(end.x).arg(end.y));
            i += 2;
        }
    }
    return commands.join(u' ');
}

// A clip for the group being written, in the group's coordinates (for a state group, the
// painter's logical ones).
void writeClip(QXmlStreamWriter &out, const QPainterPath &clip, const QString &id)
{
    out.writeAttribute(QStringLiteral("clip-path"), QStringLiteral("url(#%1)").arg(id));
    out.writeStartElement(QStringLiteral("defs"));
    out.writeStartElement(QStringLiteral("clipPath"));
    out.writeAttribute(QStringLiteral("id"), id);
    out.writeEmptyElement(QStringLiteral("path"));
    out.writeAttribute(QStringLiteral("d"), pathData(clip));
    out.writeAttribute(QStringLiteral("clip-rule"),
                       clip.fillRule() == Qt::OddEvenFill ? QStringLiteral("evenodd") : QStringLiteral("nonzero"));
    out.writeEndElement();
    out.writeEndElement();
}

} // namespace

WidgetSvgWriter::WidgetSvgWriter(const QString &title, const QString &description)
    : m_title(title), m_description(description)
{
}

QByteArray WidgetSvgWriter::write(QWidget *widget, qreal scale, qreal bitmapRatio)
{
    m_bitmapRatio = bitmapRatio;
    m_parts = 0;
    QByteArray svg;
    QXmlStreamWriter out(&svg);
    // A line per element: a teacher may open the file in an editor.
    out.setAutoFormatting(true);
    out.setAutoFormattingIndent(0);
    out.writeStartDocument();
    out.writeStartElement(QStringLiteral("svg"));
    out.writeAttribute(QStringLiteral("xmlns"), QStringLiteral("http://www.w3.org/2000/svg"));
    out.writeAttribute(QStringLiteral("xmlns:xlink"), QStringLiteral("http://www.w3.org/1999/xlink"));
    out.writeAttribute(QStringLiteral("version"), QStringLiteral("1.1"));
    out.writeAttribute(QStringLiteral("width"), QString::number(widget->width() * scale));
    out.writeAttribute(QStringLiteral("height"), QString::number(widget->height() * scale));
    out.writeAttribute(QStringLiteral("viewBox"), QStringLiteral("0 0 %1 %2").arg(widget->width()).arg(widget->height()));
    out.writeTextElement(QStringLiteral("title"), m_title);
    out.writeTextElement(QStringLiteral("desc"), m_description);
    writeWidget(out, widget, true);
    out.writeEndElement();
    out.writeEndDocument();
    return svg;
}

void WidgetSvgWriter::writeWidget(QXmlStreamWriter &out, QWidget *widget, bool root)
{
    copyDrawing(out, generate(widget, root));
    // Children in stacking order, each clipped to its rectangle (and so to its parent's).
    for (QObject *object : widget->children()) {
        auto *child = qobject_cast<QWidget *>(object);
        if (!child || child->isWindow() || child->isHidden() || !widget->rect().intersects(child->geometry()))
            continue;
        out.writeStartElement(QStringLiteral("g"));
        out.writeAttribute(QStringLiteral("transform"), QStringLiteral("translate(%1,%2)").arg(child->x()).arg(child->y()));
        QPainterPath rectangle;
        rectangle.addRect(QRectF(QPointF(0, 0), child->size()));
        // Named after the part the child's painting is about to become.
        writeClip(out, rectangle, QStringLiteral("clip%1").arg(m_parts + 1));
        writeWidget(out, child, false);
        out.writeEndElement();
    }
}

WidgetSvgWriter::Part WidgetSvgWriter::generate(QWidget *widget, bool root) const
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    SharpSvgGenerator generator(qCeil(m_bitmapRatio));
    generator.setOutputDevice(&buffer);
    // Type is sized in points: at the screen's resolution the SVG's text has the size the
    // widgets measured when they laid it out.
    generator.setResolution(widget->logicalDpiX());
    generator.setSize(widget->size());
    PaintRecorder recorder(generator);
    for (QPaintDevice *device : {static_cast<QPaintDevice *>(&recorder), static_cast<QPaintDevice *>(&generator)}) {
        QPainter painter(device);
        // Only the stage fills its background whatever its settings; a child paints what it
        // paints on the screen.
        widget->render(&painter, QPoint(), QRegion(), root ? QWidget::DrawWindowBackground : QWidget::RenderFlags());
    }
    return {buffer.data(), recorder.runs(), recorder.clips()};
}

void WidgetSvgWriter::copyDrawing(QXmlStreamWriter &out, const Part &part)
{
    const QString prefix = QStringLiteral("p%1-").arg(++m_parts);
    // The records belong to the document only if both paintings went alike.
    const Outline outline = outlineOf(part.svg);
    QStringList recorded;
    for (const PaintRecorder::Run &run : part.runs)
        recorded.append(run.text);
    const bool runsMatch = outline.texts == recorded;
    const bool clipsMatch = outline.stateGroups == part.clips.size();
    int texts = 0;
    int groups = 0;
    QStringList open; // the generated document's elements open at this point
    QXmlStreamReader in(part.svg);
    while (!in.atEnd() && !in.hasError()) {
        switch (in.readNext()) {
        case QXmlStreamReader::StartElement:
            if (open.isEmpty()) {
                // The generated document's root: its drawing is in the painter's device
                // pixels, which the ratio makes finer than the stage's.
                out.writeStartElement(QStringLiteral("g"));
                out.writeAttribute(QStringLiteral("transform"), QStringLiteral("scale(%1)").arg(1.0 / qCeil(m_bitmapRatio)));
            } else if (open.size() == 1 && (in.name() == QLatin1String("title") || in.name() == QLatin1String("desc"))) {
                in.skipCurrentElement();
                continue;
            } else {
                out.writeStartElement(in.qualifiedName().toString());
                for (const QXmlStreamAttribute &attribute : in.attributes())
                    out.writeAttribute(attribute.qualifiedName().toString(), rewritten(attribute, prefix));
                if (isStateGroup(in.name(), open)) {
                    if (clipsMatch && part.clips.at(groups))
                        writeClip(out, *part.clips.at(groups), prefix + QStringLiteral("clip%1").arg(groups));
                    ++groups;
                } else if (in.name() == QLatin1String("text")) {
                    if (runsMatch)
                        writeLayout(out, part.runs.at(texts), in.attributes().value(QLatin1String("x")).toDouble());
                    ++texts;
                }
            }
            open.append(in.name().toString());
            break;
        case QXmlStreamReader::EndElement:
            out.writeEndElement();
            open.removeLast();
            break;
        case QXmlStreamReader::Characters:
            if (open.endsWith(QStringLiteral("text")) || !in.isWhitespace())
                out.writeCharacters(in.text().toString());
            break;
        default:
            break;
        }
    }
    for (; !open.isEmpty(); open.removeLast())
        out.writeEndElement();
}

} // namespace NetSteps
