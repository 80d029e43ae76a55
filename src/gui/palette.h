#pragma once

#include <QColor>
#include <QFont>
#include <QString>

namespace NetSteps {

// The colours and type sizes every view shares, chosen to read on a projector: each endpoint
// has one colour everywhere (its lifeline, its lit state, its segments).
namespace Palette {

// Client blue, server orange, numbered clients ("client 3") each their own colour, a listener's
// connections ("server ← client 3") the listener's, others from a fixed list.
QColor endpointColor(const QString &endpoint);
QColor endpointFill(const QString &endpoint);  // a light tint of the same colour
QColor ink();                                  // text and lines
QColor muted();                                // secondary text, inactive edges
QColor highlight();                            // the transition just taken
QColor kernel();                               // what the kernel really did: the real segments of a live run
QFont viewFont(qreal pointSize, bool bold = false);
// Style sheets the panels share: a message about bad input, the field that holds it, and a note
// that deserves a second look (amber, as the checkpoint panel).
QString errorTextStyle();
QString errorFieldStyle();
QString warningNoteStyle();
// How much thicker than normal the views draw their main strokes (lifelines, arrows, the state
// diagram's edges, the LAN's links): 1 normally, more in presenter mode, for a projector.
qreal strokeScale();
void setStrokeScale(qreal scale);
// How much larger than normal a view draws labels that keep their size however the view is scaled
// (the LAN's): 1 normally, more in presenter mode. Views that scale to fit grow by themselves.
qreal textScale();
void setTextScale(qreal scale);

} // namespace Palette

} // namespace NetSteps
