#pragma once

#include <QByteArray>
#include <QList>
#include <QtGlobal>

namespace NetSteps {

// One real frame seen on the loopback interface during a live run, exactly once (Linux shows
// every loopback frame twice, as sent and as received: only one copy is kept).
struct CapturedFrame
{
    qint64 timeUs = 0; // when the kernel saw it, microseconds since the Unix epoch (as pcap records it)
    QByteArray bytes;  // the whole frame as captured: Ethernet II, all-zero MAC addresses on loopback
    // Which of the lesson's endpoints sent it and which received it (LiveSession fills these in
    // from the ports; empty when unknown).
    QString from = {};
    QString to = {};
    // The receive window it advertises in bytes: the header's field scaled by the sender's
    // window scale from its SYN (never scaled in a SYN itself); -1 when the scale is unknown.
    qint64 window = -1;

    friend bool operator==(const CapturedFrame &, const CapturedFrame &) = default;
};

} // namespace NetSteps
