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

    friend bool operator==(const CapturedFrame &, const CapturedFrame &) = default;
};

} // namespace NetSteps
