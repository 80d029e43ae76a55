#pragma once

#include "paintrecorder.h"

#include <QByteArray>
#include <QList>
#include <QString>

class QWidget;
class QXmlStreamWriter;

namespace NetSteps {

// A widget and its children, as shown, as one SVG document whose lines and texts stay vector.
//
// QSvgGenerator (Qt 6.4) drops clipping, so a scroll area's rows and a view's items outside
// their viewport would spill over their neighbours. Each widget's own painting is therefore
// generated on its own and nested, in stacking order, in a group clipped to that widget's
// rectangle, much as QWidget::render nests them on a screen. The few parts a widget paints
// as bitmaps (a style's cached frames, the topology's host icons) are drawn at `bitmapRatio`
// pixels per unit, so that they stay sharp on a slide projected larger than the stage. What
// QSvgGenerator leaves out within a widget's painting (the painter's clips, each text's stretch
// and the width Qt laid it out to) is recorded by painting the widget a second time on a
// PaintRecorder, and added.
class WidgetSvgWriter
{
public:
    WidgetSvgWriter(const QString &title, const QString &description);

    // The whole document: `widget`'s size as the viewBox, that size times `scale` as its width
    // and height.
    QByteArray write(QWidget *widget, qreal scale = 1.0, qreal bitmapRatio = 2.0);

private:
    // One widget's own painting (without its children): the document QSvgGenerator writes,
    // and what it leaves out: the layout of its texts and the clip of each state group.
    struct Part
    {
        QByteArray svg;
        QList<PaintRecorder::Run> runs;
        QList<std::optional<QPainterPath>> clips;
    };

    void writeWidget(QXmlStreamWriter &out, QWidget *widget, bool root);
    Part generate(QWidget *widget, bool root) const;
    // The drawing elements of a generated document, their ids made unique in the whole.
    void copyDrawing(QXmlStreamWriter &out, const Part &part);

    QString m_title;
    QString m_description;
    qreal m_bitmapRatio = 2.0;
    int m_parts = 0; // widgets written so far: names their clips and ids
};

} // namespace NetSteps
