#pragma once

#include "labnative.h"
#include "labpoller.h"
#include "labprotocol.h"
#include "nativesockets.h"

#include <QString>

#include <chrono>

namespace NetSteps {

// The options every lab server takes.
struct LabServerOptions
{
    LabMode mode = LabMode::Hello;
    NativeSocketAddress address{loopbackAddress, 0}; // port 0: the kernel picks one
    int maxConnections = 1000;                       // TCP: concurrent connections
    qint64 maxQueuedBytes = 1024 * 1024;             // TCP: replies waiting for a peer that does not read
    // TCP: how long a closing connection waits for the peer to read its last replies.
    std::chrono::milliseconds closingTimeout{10000};
    LabPoller::Kind poller = LabPoller::Kind::Best;
};

// Why a lab server could not start: a translated sentence, and the category the caller maps to
// an exit status.
struct LabListenError
{
    LabFailure failure = LabFailure::None;
    QString message;
};

} // namespace NetSteps
