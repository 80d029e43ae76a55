#pragma once

#include "labevent.h"
#include "labnative.h"
#include "labpoller.h"
#include "labprotocol.h"
#include "labserveroptions.h"
#include "labtcplistener.h"

#include <QByteArray>
#include <QObject>
#include <QTimer>

#include <memory>
#include <unordered_map>
#include <vector>

namespace NetSteps {

// The course's TCP server, event-driven: one thread serves every connection.
//
// Each readable connection gets one recv() of up to 1024 bytes and one reply for it (see
// LabProtocol), sent at once with a non-blocking send(). What the kernel does not take waits in
// the connection's queue, sent as the socket becomes writable; past maxQueuedBytes the peer is
// taken not to read and is closed, with a log line, while the others go on. On EOF (recv()
// returns 0: the peer's FIN) and on hello's "exit" the server stops reading, sends what is
// queued, then closes its side. Past maxConnections a new connection is accepted and closed at
// once. Every loop is bounded: one read per connection per wake-up, and LabTcpListener's bounded
// accepts (with its pause when descriptors run out).
//
// Lifecycle events (listening, opened, closed and why, stopped) come through event(); messages
// themselves are not logged, so logging costs per connection, not per message.
class LabTcpServer final : public QObject
{
    Q_OBJECT

public:
    explicit LabTcpServer(const LabServerOptions &options, QObject *parent = nullptr);
    ~LabTcpServer() override; // closes every connection, without events
    Q_DISABLE_COPY_MOVE(LabTcpServer)

    // What the socket lab's window follows beyond the lifecycle events: each recv() that
    // returned and each reply, of every connection, named by its peer (unique while it is open;
    // Opened comes before the first call, Closed after the last). None by default: the command
    // line's server makes no call per message.
    class MessageObserver
    {
    public:
        // recv() returned `data`, or (empty) 0: the peer's FIN.
        virtual void received(const NativeSocketAddress &peer, QByteArrayView data) = 0;
        // The server handed a reply (or hello's greeting) to send(), sending later what the kernel did not take.
        virtual void replied(const NativeSocketAddress &peer, QByteArrayView data) = 0;

    protected:
        ~MessageObserver() = default;
    };
    void setMessageObserver(MessageObserver *observer) { m_observer = observer; }

    // Binds and listens; emits Listening with the real port.
    bool listen(LabListenError *error);
    NativeSocketAddress address() const { return m_address; }
    int connectionCount() const { return int(m_connections.size()); }
    QString pollerMechanism() const { return m_poller->mechanism(); }

    // Closes every connection (each one's Closed event, reason ServerStopped) and the listening
    // socket, then emits Stopped.
    void stop();

Q_SIGNALS:
    void event(const NetSteps::LabEvent &event);

private:
    class Connection;
    friend class Connection;

    void accept(qintptr descriptor, const NativeSocketAddress &peer);
    void warn(const QString &detail);
    void finish(Connection *connection, LabCloseReason reason, const QString &detail = {});
    void releaseFinished();
    void startClosingTimer(Connection *connection);
    void closeOverdue();

    LabServerOptions m_options;
    std::unique_ptr<LabPoller> m_poller;
    LabTcpListener m_listener; // after m_poller, which it uses until it is destroyed
    NativeSocketAddress m_address;
    std::unordered_map<qintptr, std::unique_ptr<Connection>> m_connections;
    // Connections closed during a poller batch, deleted after it (the batch may still name them).
    std::vector<std::unique_ptr<Connection>> m_finished;
    std::vector<Connection *> m_closing; // waiting for their peer to read the last replies
    QTimer m_closingTimer;
    MessageObserver *m_observer = nullptr;
    char m_readBuffer[LabProtocol::ReceiveSize];
    QByteArray m_reply; // reused for every reply: no allocation per message
};

} // namespace NetSteps
