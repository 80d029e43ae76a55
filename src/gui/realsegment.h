#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace NetSteps {

struct LiveObservation;

// One real TCP segment that the kernel sent on loopback during a step of a live run, placed
// between the scenario's endpoints and ready for the ladder to draw beside the model's segments.
struct RealSegment
{
    int step = -1; // the step during which it was captured
    QString from;  // endpoint names, as in the scenario's steps
    QString to;
    QString flags;   // "SYN,ACK"
    QString label;   // "SYN seq=2946123411 win=65495": flags and the real, absolute numbers
    QString summary; // one line with the ports and options, as Wireshark's Info column has it
    QByteArray bytes;

    friend bool operator==(const RealSegment &, const RealSegment &) = default;
};

// The TCP segments captured during the observed steps, in step order and, within a step, in the
// order the kernel sent them. A segment's sender and receiver are the endpoints the live session
// named for it; else the endpoint whose "127.0.0.1:PORT" has the segment's source port (its
// receiver, the one with the destination port), the ports of earlier observations counting too,
// since a closed socket leaves the later ones. When only one end is known in a two-party
// scenario, the other is its other endpoint. Frames that are not TCP, or that nothing places,
// are left out. An end may be a connection a listener created: the ladder draws it on the
// listener's lifeline.
QList<RealSegment> realSegments(const QList<LiveObservation> &observations, const QStringList &endpointNames);

} // namespace NetSteps
