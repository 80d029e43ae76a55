#pragma once

#include <QColor>
#include <QFont>
#include <QString>

namespace NetSteps {

// The colours and type sizes every view shares, chosen to read on a projector: each endpoint
// has one colour everywhere (its lifeline, its lit state, its segments).
namespace Palette {

QColor endpointColor(const QString &endpoint); // client blue, server orange, others from a fixed list
QColor endpointFill(const QString &endpoint);  // a light tint of the same colour
QColor ink();                                  // text and lines
QColor muted();                                // secondary text, inactive edges
QColor highlight();                            // the transition just taken
QColor kernel();                               // what the kernel really did: the real segments of a live run
QFont viewFont(qreal pointSize, bool bold = false);

} // namespace Palette

} // namespace NetSteps
