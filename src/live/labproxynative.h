#pragma once

#include "nativesockets.h"

#include <QString>
#include <QtGlobal>

namespace NetSteps {

// How a non-blocking connect() went, in the categories the proxy's log names for students.
enum class LabConnectOutcome {
    Connected,          // the handshake is done
    InProgress,         // the SYN is sent: the descriptor becomes writable when the handshake ends
    Refused,            // ECONNREFUSED: the target answered with RST, nothing listens on that port
    HostUnreachable,    // EHOSTUNREACH
    NetworkUnreachable, // ENETUNREACH
    TimedOut,           // ETIMEDOUT: the SYNs went unanswered
    Failed,             // anything else (code names it)
};

struct LabConnectResult
{
    LabConnectOutcome outcome = LabConnectOutcome::Failed;
    QString code; // "ECONNREFUSED (111)"; empty for Connected and InProgress
};

// The proxy's native calls, beside labnative.h's and implemented with them under platform/:
// non-blocking, close-on-exec, a message built only when a call really fails.
namespace LabNative {

// socket() and a non-blocking connect() to target. The descriptor (also when the connect failed
// at once: close it), or -1 when no socket could be made.
qintptr connectTcp(const NativeSocketAddress &target, LabConnectResult *result);
// How a connect() in progress ended (SO_ERROR), once the descriptor is writable.
LabConnectResult connectResult(qintptr descriptor);

} // namespace LabNative

} // namespace NetSteps
