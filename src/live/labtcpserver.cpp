#include "labtcpserver.h"

#include <QDeadlineTimer>

#include <algorithm>
#include <utility>

namespace NetSteps {

namespace {

// Above this many bytes already sent from the front of a queue, the queue is compacted.
constexpr qsizetype CompactAfter = 64 * 1024;

} // namespace

// One accepted connection: its queue of replies the kernel has not taken yet, and its counts.
class LabTcpServer::Connection final : public LabPollTarget
{
public:
    Connection(LabTcpServer &server, qintptr descriptor, const NativeSocketAddress &peer)
        : m_server(server), m_descriptor(descriptor), m_peer(peer)
    {
    }

    void descriptorReady(bool readable, bool writable) override
    {
        if (m_finished)
            return; // closed earlier in this batch
        if (writable && queued() > 0 && !flush())
            return;
        if (readable && m_reading)
            readOnce();
    }

    qsizetype queued() const { return m_queue.size() - m_queueStart; }

    // Sends `bytes` after what is queued: at once when nothing is, else queued. False when the
    // connection is finished (the peer is gone, or the queue passed its cap).
    bool send(QByteArrayView bytes)
    {
        if (m_server.m_observer)
            m_server.m_observer->replied(m_peer, bytes);
        if (queued() == 0) {
            LabSocketError error;
            qint64 sent = LabNative::send(m_descriptor, bytes.data(), bytes.size(), &error);
            if (sent < 0) {
                if (error.failure != LabFailure::WouldBlock)
                    return fail(error);
                sent = 0;
            }
            m_bytesOut += sent;
            if (sent == bytes.size())
                return true;
            bytes = bytes.sliced(sent);
            m_server.m_poller->setInterest(m_descriptor, this, m_reading, true);
        }
        m_queue.append(bytes);
        if (queued() > m_server.m_options.maxQueuedBytes) {
            m_server.finish(this, LabCloseReason::QueueOverflow);
            return false;
        }
        return true;
    }

    // One send() of the queue. False when the connection is finished.
    bool flush()
    {
        LabSocketError error;
        const qint64 sent = LabNative::send(m_descriptor, m_queue.constData() + m_queueStart, queued(), &error);
        if (sent < 0)
            return error.failure == LabFailure::WouldBlock || fail(error);
        m_bytesOut += sent;
        m_queueStart += sent;
        if (queued() == 0) {
            m_queue.clear(); // gives the memory of a burst back
            m_queueStart = 0;
            if (!m_reading) {
                m_server.finish(this, m_closeReason);
                return false;
            }
            m_server.m_poller->setInterest(m_descriptor, this, true, false);
        } else if (m_queueStart > CompactAfter && m_queueStart * 2 > m_queue.size()) {
            m_queue.remove(0, m_queueStart);
            m_queueStart = 0;
        }
        return true;
    }

    // Stops reading; closes once the queue is sent (or the peer took too long to read it).
    void endAfterQueue(LabCloseReason reason)
    {
        m_reading = false;
        m_closeReason = reason;
        if (queued() == 0) {
            m_server.finish(this, reason);
            return;
        }
        m_server.m_poller->setInterest(m_descriptor, this, false, true);
        m_server.startClosingTimer(this);
    }

    LabTcpServer &m_server;
    const qintptr m_descriptor;
    const NativeSocketAddress m_peer;
    QByteArray m_queue;
    qsizetype m_queueStart = 0;
    bool m_reading = true;
    bool m_finished = false;
    LabCloseReason m_closeReason = LabCloseReason::PeerClosed;
    QDeadlineTimer m_closeDeadline;
    qint64 m_reads = 0;
    qint64 m_bytesIn = 0;
    qint64 m_bytesOut = 0;

private:
    void readOnce()
    {
        LabSocketError error;
        char *buffer = m_server.m_readBuffer;
        const qint64 received = LabNative::receive(m_descriptor, buffer, LabProtocol::ReceiveSize, &error);
        if (received < 0) {
            if (error.failure != LabFailure::WouldBlock)
                fail(error);
            return;
        }
        if (m_server.m_observer)
            m_server.m_observer->received(m_peer, QByteArrayView(buffer, received));
        if (received == 0) {
            endAfterQueue(LabCloseReason::PeerClosed);
            return;
        }
        ++m_reads;
        m_bytesIn += received;
        QByteArray &reply = m_server.m_reply;
        reply.resize(0); // keeps the capacity
        const bool close = LabProtocol::respond(m_server.m_options.mode, LabTransport::Tcp,
                                                QByteArrayView(buffer, received), &reply);
        if (!reply.isEmpty() && !send(reply))
            return;
        if (close)
            endAfterQueue(LabCloseReason::Exit);
    }

    bool fail(const LabSocketError &error)
    {
        m_server.finish(this, error.failure == LabFailure::PeerReset ? LabCloseReason::Reset : LabCloseReason::Error,
                        error.code);
        return false;
    }
};

LabTcpServer::LabTcpServer(const LabServerOptions &options, QObject *parent)
    : QObject(parent), m_options(options),
      m_poller(LabPoller::create(options.poller, [this] { releaseFinished(); })),
      m_listener(
          *m_poller, [this](qintptr descriptor, const NativeSocketAddress &peer) { accept(descriptor, peer); },
          [this](const QString &detail) { warn(detail); }),
      m_address(options.address)
{
    m_reply.reserve(LabProtocol::ReceiveSize + 16);
    m_closingTimer.setInterval(std::chrono::seconds(1));
    connect(&m_closingTimer, &QTimer::timeout, this, &LabTcpServer::closeOverdue);
}

LabTcpServer::~LabTcpServer()
{
    for (const auto &[descriptor, connection] : m_connections) {
        m_poller->unwatch(descriptor);
        LabNative::close(descriptor);
    }
    // m_listener closes the listening socket as it is destroyed.
}

bool LabTcpServer::listen(LabListenError *error)
{
    if (!m_listener.listen(m_options.address, error))
        return false;
    m_address = m_listener.address();
    LabEvent listening;
    listening.kind = LabEvent::Kind::Listening;
    listening.local = m_address;
    Q_EMIT event(listening);
    return true;
}

// A connection m_listener accepted: served, or closed at once past the connection cap.
void LabTcpServer::accept(qintptr descriptor, const NativeSocketAddress &peer)
{
    if (connectionCount() >= m_options.maxConnections) {
        LabNative::close(descriptor);
        LabEvent refused;
        refused.kind = LabEvent::Kind::Closed;
        refused.local = m_address;
        refused.peer = peer;
        refused.reason = LabCloseReason::ConnectionCap;
        refused.count = m_options.maxConnections;
        Q_EMIT event(refused);
        return;
    }
    auto owned = std::make_unique<Connection>(*this, descriptor, peer);
    Connection *connection = owned.get();
    if (!m_poller->watch(descriptor, connection, true, false)) {
        LabNative::close(descriptor);
        warn(tr("could not watch the connection from %1; closed it").arg(peer.toString()));
        return;
    }
    m_connections.emplace(descriptor, std::move(owned));
    LabEvent opened;
    opened.kind = LabEvent::Kind::Opened;
    opened.local = m_address;
    opened.peer = peer;
    opened.count = connectionCount();
    Q_EMIT event(opened);
    if (const QByteArrayView greeting = LabProtocol::greeting(m_options.mode); !greeting.isEmpty())
        connection->send(greeting);
}

void LabTcpServer::warn(const QString &detail)
{
    LabEvent warning;
    warning.kind = LabEvent::Kind::Warning;
    warning.local = m_address;
    warning.detail = detail;
    Q_EMIT event(warning);
}

void LabTcpServer::finish(Connection *connection, LabCloseReason reason, const QString &detail)
{
    if (connection->m_finished)
        return;
    connection->m_finished = true;
    const qintptr descriptor = connection->m_descriptor;
    m_poller->unwatch(descriptor);
    auto node = m_connections.extract(descriptor);
    LabNative::close(descriptor);
    std::erase(m_closing, connection);
    if (m_closing.empty())
        m_closingTimer.stop();

    LabEvent closed;
    closed.kind = LabEvent::Kind::Closed;
    closed.local = m_address;
    closed.peer = connection->m_peer;
    closed.reason = reason;
    closed.detail = detail;
    closed.reads = connection->m_reads;
    closed.bytesIn = connection->m_bytesIn;
    closed.bytesOut = connection->m_bytesOut;
    if (reason == LabCloseReason::QueueOverflow)
        closed.count = m_options.maxQueuedBytes;
    if (!node.empty())
        m_finished.push_back(std::move(node.mapped()));
    Q_EMIT event(closed);
}

void LabTcpServer::releaseFinished()
{
    m_finished.clear();
}

void LabTcpServer::startClosingTimer(Connection *connection)
{
    connection->m_closeDeadline = QDeadlineTimer(m_options.closingTimeout);
    m_closing.push_back(connection);
    if (!m_closingTimer.isActive())
        m_closingTimer.start();
}

void LabTcpServer::closeOverdue()
{
    std::vector<Connection *> overdue;
    std::copy_if(m_closing.begin(), m_closing.end(), std::back_inserter(overdue),
                 [](const Connection *c) { return c->m_closeDeadline.hasExpired(); });
    for (Connection *connection : overdue)
        finish(connection, LabCloseReason::Unread);
    releaseFinished();
}

void LabTcpServer::stop()
{
    if (!m_listener.isListening())
        return;
    std::vector<Connection *> open;
    open.reserve(m_connections.size());
    for (const auto &entry : m_connections)
        open.push_back(entry.second.get());
    for (Connection *connection : open) {
        // A last chance for replies still queued, then an orderly close (FIN).
        if (connection->queued() > 0) {
            LabSocketError ignored;
            const qint64 sent = LabNative::send(connection->m_descriptor,
                                                connection->m_queue.constData() + connection->m_queueStart,
                                                connection->queued(), &ignored);
            connection->m_bytesOut += std::max<qint64>(sent, 0);
        }
        finish(connection, LabCloseReason::ServerStopped);
    }
    m_listener.close();
    releaseFinished();

    LabEvent stopped;
    stopped.kind = LabEvent::Kind::Stopped;
    stopped.local = m_address;
    stopped.count = qint64(open.size());
    Q_EMIT event(stopped);
}

} // namespace NetSteps
