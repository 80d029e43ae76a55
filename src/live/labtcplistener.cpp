#include "labtcplistener.h"

#include "labnative.h"

#include <utility>

namespace NetSteps {

namespace {

// A listen() backlog large enough for a class (or a benchmark) connecting at once; the kernel
// caps it at net.core.somaxconn.
constexpr int ListenBacklog = 4096;
constexpr int AcceptsPerWakeUp = 64;
constexpr std::chrono::milliseconds AcceptPause{100};

} // namespace

QString LabTcpListener::listenFailure(const NativeSocketAddress &address, const LabSocketError &failure)
{
    const QString where = address.toString();
    switch (failure.failure) {
    case LabFailure::AddressInUse:
        return tr("TCP %1 is already in use (%2): another program listens on that port. Choose "
                  "another port, or 0 for any free one.")
            .arg(where, failure.code);
    case LabFailure::PermissionDenied:
        return tr("TCP %1: permission denied (%2). Ports below 1024 need root or the "
                  "CAP_NET_BIND_SERVICE capability; choose a port from 1024 up.")
            .arg(where, failure.code);
    case LabFailure::AddressNotAvailable:
        return tr("TCP %1: %2 is not an address of this machine (%3).")
            .arg(where, address.address.toString(), failure.code);
    default:
        return tr("TCP %1: could not listen (%2).").arg(where, failure.code);
    }
}

LabTcpListener::LabTcpListener(LabPoller &poller, Accepted accepted, Warning warning)
    : m_poller(poller), m_accepted(std::move(accepted)), m_warning(std::move(warning))
{
    m_pause.setSingleShot(true);
    m_pause.setInterval(AcceptPause);
    QObject::connect(&m_pause, &QTimer::timeout, &m_pause, [this] { resume(); });
}

LabTcpListener::~LabTcpListener()
{
    close();
}

bool LabTcpListener::listen(const NativeSocketAddress &address, LabListenError *error)
{
    if (!LabNative::isAvailable()) {
        *error = {LabFailure::Other, LabNative::unavailableReason()};
        return false;
    }
    LabSocketError failure;
    const qintptr descriptor = LabNative::listenTcp(address, ListenBacklog, &failure);
    if (descriptor < 0) {
        *error = {failure.failure, listenFailure(address, failure)};
        return false;
    }
    if (!m_poller.watch(descriptor, this, true, false)) {
        LabNative::close(descriptor);
        *error = {LabFailure::Other,
                  tr("TCP %1: could not watch the listening socket.").arg(address.toString())};
        return false;
    }
    m_descriptor = descriptor;
    m_address = LabNative::localAddress(descriptor).value_or(address);
    return true;
}

void LabTcpListener::close()
{
    if (m_descriptor < 0)
        return;
    m_pause.stop();
    m_poller.unwatch(m_descriptor);
    LabNative::close(m_descriptor);
    m_descriptor = -1;
}

void LabTcpListener::descriptorReady(bool, bool)
{
    for (int i = 0; i < AcceptsPerWakeUp && m_descriptor >= 0; ++i) {
        LabSocketError error;
        NativeSocketAddress peer;
        const qintptr descriptor = LabNative::accept(m_descriptor, &peer, &error);
        if (descriptor >= 0) {
            m_outOfDescriptors = false;
            m_accepted(descriptor, peer);
            continue;
        }
        if (error.failure == LabFailure::WouldBlock)
            return;
        if (error.failure == LabFailure::PeerReset)
            continue; // reset while it waited to be accepted: nobody to serve
        if (error.failure != LabFailure::TooManyDescriptors) {
            m_warning(tr("accept() failed (%1)").arg(error.code));
            return;
        }
        m_poller.setInterest(m_descriptor, this, false, false);
        m_pause.start();
        if (!std::exchange(m_outOfDescriptors, true))
            m_warning(tr("accept() failed: no descriptor left (%1); new connections wait "
                         "in the kernel's queue until some close")
                          .arg(error.code));
        return;
    }
}

void LabTcpListener::resume()
{
    if (m_descriptor >= 0)
        m_poller.setInterest(m_descriptor, this, true, false);
}

} // namespace NetSteps
