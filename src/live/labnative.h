#pragma once

#include "nativesockets.h"

#include <QString>
#include <QtGlobal>

#include <optional>

namespace NetSteps {

// How a lab server's native call failed, in the categories the server acts on.
enum class LabFailure {
    None,
    WouldBlock,          // nothing to do now (EAGAIN): not a failure
    AddressInUse,        // EADDRINUSE
    PermissionDenied,    // EACCES, EPERM: a port below 1024 without the privilege
    AddressNotAvailable, // EADDRNOTAVAIL: not an address of this machine
    PeerReset,           // ECONNRESET, EPIPE, ECONNABORTED
    TooManyDescriptors,  // EMFILE, ENFILE
    Other,
};

struct LabSocketError
{
    LabFailure failure = LabFailure::None;
    QString code; // "EADDRINUSE (98)"; empty for WouldBlock, which is too frequent to name
};

// The soft and hard limits on open descriptors after raiseDescriptorLimit().
struct LabDescriptorLimit
{
    qint64 soft = 0;
    qint64 hard = 0;
};

// The native calls a lab server makes on its hot path, with no message built unless a call
// really fails: one recv() and one send() per message, nothing more. Non-blocking, close-on-exec,
// never SIGPIPE. Implemented under platform/; systems without an implementation say so.
namespace LabNative {

bool isAvailable();
QString unavailableReason(); // translated; empty when available

// socket(), setsockopt(SO_REUSEADDR) as QTcpServer and the course's notes do (so a restart is not
// refused while old connections sit in TIME-WAIT; a port some program listens on is still
// refused), bind(), listen(backlog). The descriptor, or -1.
qintptr listenTcp(const NativeSocketAddress &address, int backlog, LabSocketError *error);
qintptr accept(qintptr listener, NativeSocketAddress *peer, LabSocketError *error);
qint64 receive(qintptr descriptor, char *buffer, qint64 size, LabSocketError *error);
qint64 send(qintptr descriptor, const char *data, qint64 size, LabSocketError *error);
void close(qintptr descriptor);
std::optional<NativeSocketAddress> localAddress(qintptr descriptor);

// Raises the soft limit on open descriptors to `wanted`, or as far toward the hard limit as the
// system allows, and makes room for that many in the process's descriptor table at once (Linux),
// so that opening them later never waits; returns the limits afterwards, or nothing where there
// are no such limits.
std::optional<LabDescriptorLimit> raiseDescriptorLimit(qint64 wanted);

} // namespace LabNative

} // namespace NetSteps
