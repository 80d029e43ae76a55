#pragma once

#include "labevent.h"
#include "labprotocol.h"
#include "labserveroptions.h"
#include "labtrace.h"
#include "nativesockets.h"
#include "tcpstate.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>

#include <memory>
#include <optional>

class QSocketNotifier;

namespace NetSteps {

class KernelTcpView;
class LabProxy;
class LabTcpServer;
class LabUdpServer;

// One socket call of the lab, as the students write it in Python, with what it returned.
struct LabCall
{
    qint64 ms = 0;          // since the session started
    int connection = 0;     // the LabConnection it belongs to, 0 for a listening or UDP socket
    QString who;            // "server" or "client": whose program made the call (NetSteps' side)
    QString call;           // "accept()", "recv(1024)", "send(b'Hello, Rose!')"
    QString result;         // "('127.0.0.1', 40000)", "b'Rose'", "12", "b''" (empty on failure)
    QString python;         // the line that makes the same call: "conn, addr = server.accept()"
    QString error;          // on failure: "ConnectionRefusedError: [Errno 111] Connection refused"
    QString errorNames;     // on failure: "ECONNREFUSED 111 / WinError 10061"
    QString errorCause;     // on failure: a translated sentence saying what causes it

    bool failed() const { return !error.isEmpty(); }
};

// One connection (TCP) or one peer (UDP) the lab has seen: NetSteps' server's, or NetSteps' client's.
struct LabConnection
{
    int id = 0;                                           // from 1, in the order they appeared
    LabTransport transport = LabTransport::Tcp;
    LabTraceEvent::Side localSide = LabTraceEvent::Side::Server; // NetSteps serves it, or is its client
    NativeSocketAddress local;
    NativeSocketAddress peer;
    bool open = true;
    QString closedBecause; // translated, once closed: "the client closed its side (recv() returned b'')"
    qint64 bytesIn = 0;
    qint64 bytesOut = 0;
    int messagesIn = 0;  // recv() or recvfrom() calls that returned data
    int messagesOut = 0; // send() or sendto() calls
    // TCP: the model's state of NetSteps' side after the last event (from the trace), and what
    // the kernel says of the same socket; null when it cannot be read (kernelNote says why).
    std::optional<TcpState> modelState;
    std::optional<TcpState> kernelState;
    QString kernelNote;
    int timeWaitSecondsLeft = -1; // the kernel's TIME-WAIT countdown, -1 when not in TIME-WAIT
    bool kernelDone = false;      // the kernel no longer lists it (or cannot be asked): not polled
    std::shared_ptr<LabTrace> trace; // TCP: what its sockets saw, for the ladder; null for UDP
    bool proxied = false; // a leg of a proxied connection: localSide Server is the client's leg
};

// The socket lab's live side: the course's servers and a client, run with real sockets, with
// every call they make logged in the students' vocabulary and every TCP connection traced for
// the diagrams. A program of the student's (a client of NetSteps' server, a server NetSteps'
// client connects to) shows exactly like NetSteps' own.
//
// The server is LabTcpServer or LabUdpServer (one at a time), bound to 127.0.0.1 unless the
// caller explicitly asks otherwise. The client is one socket at a time, TCP or UDP. Lists are
// bounded: the call log keeps the newest maxCalls calls, the connection list the open ones and
// the newest maxClosedConnections closed ones, so a class hammering the server cannot grow
// them without end. Kernel states are read for open connections and those in TIME-WAIT, at
// most every kernelPollMs.
class LabSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LabSession)

public:
    static constexpr int maxCalls = 5000;
    static constexpr int maxClosedConnections = 200;
    static constexpr int kernelPollMs = 250;
    static constexpr qint64 maxClientMessage = 64 * 1024; // bytes one send from the panel may carry

    explicit LabSession(QObject *parent = nullptr);
    ~LabSession() override;

    // --- NetSteps' server
    // Starts the course's server; false with *error (a translated sentence) when it cannot:
    // the port in use, a privileged port, an address not of this machine. Logs socket(),
    // setsockopt(SO_REUSEADDR) (TCP), bind() and listen() (TCP).
    bool startServer(LabTransport transport, const LabServerOptions &options, QString *error);
    // Closes every connection of the server and its socket.
    void stopServer();
    bool isServing() const;
    LabTransport serverTransport() const { return m_serverTransport; }
    NativeSocketAddress serverAddress() const;

    // --- NetSteps' client
    // Connects (TCP: connect(), whose result comes later through clientChanged; UDP: a socket
    // whose sendto() goes to `to`, connected with connect() when `connectUdp`, so that an ICMP
    // port unreachable comes back as ECONNREFUSED).
    void connectClient(LabTransport transport, const NativeSocketAddress &to, bool connectUdp = false);
    // send() once (it may take fewer bytes than given, as the real call does) or sendall(); UDP:
    // sendto(). False with *error when there is no client or the data is empty or too long.
    bool sendFromClient(const QByteArray &data, bool sendAll, QString *error);
    // close(): TCP sends the FIN; the client's recv() keeps reading until the server's FIN.
    void closeClient();
    bool hasClient() const;
    bool isClientConnected() const; // TCP: connect() succeeded and the client has not closed
    LabTransport clientTransport() const { return m_clientTransport; }

    // --- NetSteps' proxy: watching the student's own programs
    // Listens on `address` and connects each client to `target`, passing the bytes on unchanged
    // (LabProxy). Both legs are listed and traced like any connection: the client's leg with
    // NetSteps as its server, the leg to the target with NetSteps as its client. False with
    // *error when it cannot listen.
    bool startProxy(const NativeSocketAddress &address, const NativeSocketAddress &target, QString *error);
    void stopProxy();
    bool isProxying() const;
    NativeSocketAddress proxyAddress() const;
    NativeSocketAddress proxyTarget() const;

    // --- what the window shows
    const QList<LabConnection> &connections() const { return m_connections; }
    const LabConnection *connection(int id) const;
    const QList<LabCall> &calls() const { return m_calls; }
    // How many of the oldest calls were dropped from calls() to keep it bounded.
    qint64 droppedCalls() const { return m_droppedCalls; }

Q_SIGNALS:
    // A connection appeared (appended to connections()) or changed (its state, counts or trace).
    void connectionAdded(int id);
    void connectionChanged(int id);
    // A connection was removed from connections(), where it was at `row`: the oldest closed
    // ones go once more than maxClosedConnections closed ones are listed.
    void connectionRemoved(int id, int row);
    // A call was appended to calls() (and, past maxCalls, `dropped` were removed from its front).
    void callLogged(int dropped);
    void serverChanged();
    void proxyChanged();
    void clientChanged();
    // A line for the status bar or a log pane: a lifecycle event of the server (LabEvent::describe()).
    void serverEvent(const QString &line);

private:
    class ServerObserver;
    class ProxyObserver;
    struct TcpClient;
    struct UdpClient;

    LabConnection *findConnection(int id);
    int addConnection(LabConnection connection);
    void trimConnections();
    LabCall newCall(int connection, const QString &who) const;
    void logCall(const LabCall &call);
    void changed(LabConnection &connection);
    void traceEvent(LabConnection &connection, LabTraceEvent::Kind kind, LabTraceEvent::Side side,
                    const QByteArray &data = {});
    void pollKernel();
    void followKernel(LabConnection &connection, bool listed);

    qintptr openClientSocket(LabTransport transport);
    void clientWritable();
    void clientReadable();
    void clientConnected();
    void clientConnectFailed(const NativeSocketError &error);
    void continueSendAll();
    void dropTcpClient();
    void connectUdpClient(const NativeSocketAddress &to, bool connectIt);
    bool sendUdp(const QByteArray &data, QString *error);
    void udpReadable();
    void dropUdpClient();

    QElapsedTimer m_clock;
    std::unique_ptr<KernelTcpView> m_kernel;
    std::unique_ptr<NativeSockets> m_native;
    std::unique_ptr<ServerObserver> m_observer;
    LabTransport m_serverTransport = LabTransport::Tcp;
    std::unique_ptr<LabTcpServer> m_tcpServer;
    std::unique_ptr<LabUdpServer> m_udpServer;
    LabTransport m_clientTransport = LabTransport::Tcp;
    std::unique_ptr<TcpClient> m_tcpClient;
    std::unique_ptr<UdpClient> m_udpClient;
    std::unique_ptr<LabProxy> m_proxy;
    std::unique_ptr<ProxyObserver> m_proxyObserver;
    NativeSocketAddress m_proxyTarget;
    QList<LabConnection> m_connections;
    QList<LabCall> m_calls;
    qint64 m_droppedCalls = 0;
    int m_nextConnection = 1;
    int m_pollStart = 0; // where the next kernel poll starts, so every connection gets its turn
    QTimer m_kernelPoll;
};

} // namespace NetSteps
