#pragma once

#include "labpoller.h"
#include "labserveroptions.h"
#include "nativesockets.h"

#include <QCoreApplication>
#include <QTimer>

#include <functional>

namespace NetSteps {

// The listening socket of a lab service (LabTcpServer, LabProxy): listen() with the message a
// student reads when it fails, then accept() as connections come, at most 64 per wake-up so that a
// flood of connections cannot starve the ones already open. A connection reset while it waited in the
// queue is skipped. When accept() runs out of descriptors (EMFILE) the connections wait in the
// kernel's queue: accepting pauses for 100 ms rather than spin on a listening socket that stays
// readable, and the warning is given once, not at every retry.
class LabTcpListener final : public LabPollTarget
{
    // Its sentences are the lab TCP server's (and the proxy's, which reuses them): one context, one
    // set of translations.
    Q_DECLARE_TR_FUNCTIONS(NetSteps::LabTcpServer)

public:
    using Accepted = std::function<void(qintptr descriptor, const NativeSocketAddress &peer)>;
    using Warning = std::function<void(const QString &detail)>;

    LabTcpListener(LabPoller &poller, Accepted accepted, Warning warning);
    ~LabTcpListener(); // closes the socket
    Q_DISABLE_COPY_MOVE(LabTcpListener)

    // Binds and listens; address() is then the real address and port.
    bool listen(const NativeSocketAddress &address, LabListenError *error);
    bool isListening() const { return m_descriptor >= 0; }
    NativeSocketAddress address() const { return m_address; }
    void close();

    void descriptorReady(bool readable, bool writable) override;

private:
    static QString listenFailure(const NativeSocketAddress &address, const LabSocketError &failure);
    void resume();

    LabPoller &m_poller;
    Accepted m_accepted;
    Warning m_warning;
    qintptr m_descriptor = -1;
    NativeSocketAddress m_address;
    QTimer m_pause;
    bool m_outOfDescriptors = false;
};

} // namespace NetSteps
