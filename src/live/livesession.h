#pragma once

#include "capturedframe.h"
#include "kerneltcpview.h"
#include "nativesockets.h"
#include "packetcapture.h"
#include "scenario.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTimer>

#include <memory>
#include <optional>
#include <utility>

class QSocketNotifier;

namespace NetSteps {

// What the kernel said at one step of a live run, to be shown beside the model's state of that
// step (scenario.step(step).state).
struct LiveObservation
{
    int step = -1;
    // Endpoint name → the kernel's state; null when it could not be observed (see notes).
    QHash<QString, std::optional<TcpState>> kernelStates;
    // Endpoint name → why its state is null, what was done to observe it, what the socket saw.
    QHash<QString, QString> notes;
    // Endpoint name → "127.0.0.1:PORT", once the endpoint has a socket.
    QHash<QString, QString> endpoints;
    // Endpoint name → whole seconds left on the kernel's TIME-WAIT timer, for endpoints in TIME-WAIT.
    QHash<QString, int> timeWaitSecondsLeft;
    // True if every observed state equals the model's, false if one differs, null if none was observed.
    std::optional<bool> agree;
    // What went wrong at this step: a call that failed, something the kernel should have done by
    // itself and did not.
    QString error;
    // From the step's real call until the kernel was seen in the state (or the wait ended).
    qint64 waitedMs = 0;
    // Why this step is not performed with real sockets: it, or an earlier step, is something
    // loopback cannot do (a lost segment, a timer that cannot be made to expire, a peer that
    // dies). From the first such step on, a lesson is simulated only; empty for performed steps.
    QString simulatedReason;
    // For a Bind step: what the real bind() of a new socket returned, "ok" or the error code
    // such as "EADDRINUSE (98)"; empty for other steps or when it could not be tried.
    QString bindResult;
    // A UDP step (udp-exchange): what the real call on the real UDP socket returned, such as
    // "recvfrom() returned b'HELLO' from 127.0.0.1:40000", weighed against the model's result in
    // `agree`; empty for other steps. UDP has no connection state to read: its calls are compared.
    QString realCall;
    // The real segments of this lesson's connections seen on loopback during this step, in the
    // order the kernel sent them; empty when capture is not permitted (see LiveSession::captureStatus).
    QList<CapturedFrame> captured;
};

// Performs a scenario with real sockets on 127.0.0.1 and records what the kernel says at every
// step, beside the model.
//
// Each step does its real call, then waits, event-driven (socket notifiers, and a polling timer
// that runs only while a step waits: every 5 ms at first, backing off to 50 ms), until the kernel
// shows the model's state for every endpoint, for at most the step timeout. Loopback delivers a
// segment in microseconds, so the kernel is often already past a state the model holds while a
// segment is in flight (SYN-SENT, SYN-RECEIVED, FIN-WAIT-1, LAST-ACK, or ESTABLISHED before the
// FIN arrives). When the kernel is in a state the model reaches through deliveries alone (no
// call, no timer, no loss in between), the model's state "passed too fast to observe on
// loopback": the kernel state is null and the note says what the kernel showed instead. Any
// other difference is waited for and, if it stays, recorded as a disagreement.
//
// Sockets are native descriptors (NativeSockets) rather than QTcpServer/QTcpSocket: QTcpSocket
// cannot half-close and closes its side as soon as the peer's FIN arrives, so it cannot stay in
// CLOSE-WAIT, and QTcpServer accepts at once, with SO_REUSEADDR and a backlog of 50. The server
// listens on port 0 (the kernel picks the port), accepts only once the model's connection is
// ESTABLISHED, and keeps its listening socket open afterwards without it being the endpoint.
//
// Closing a descriptor loses TCP_INFO. So the close() of a side that the model keeps alive
// (FIN-WAIT-1/2, CLOSING, LAST-ACK) is performed as shutdown(SHUT_WR), which sends the same FIN,
// and the descriptor is closed at the first step where the model's endpoint is in TIME-WAIT or
// CLOSED. Whenever TCP_INFO reads CLOSE, the connection's entry in the kernel's list (sock_diag, else
// /proc/net/tcp) is what counts:
// a TIME-WAIT row there is the connection, no row means it is gone.
//
// The 2MSL timer is not waited out by default (Linux holds TIME-WAIT for 60 s): that step records
// the TIME-WAIT row and its remaining seconds, with a note. setWaitOutTimeWait(true) waits until
// the kernel drops the row. What the kernel does by itself is waited for and confirmed: a
// keep-alive probe answered (tcpi_last_ack_recv), a SYN resent (tcpi_total_retrans); if it does
// not come, the step disagrees. Steps that loopback cannot perform (a lost segment, another
// timeout, a decision outside TCP, a step the scenario marks with liveLimit) make the rest of
// the lesson "simulated only" (LiveObservation::simulatedReason), never faked.
//
// Connections a listener creates by itself are endpoints too, read by their 4-tuple from the
// kernel's list until accept() returns their descriptor; a listener accepts only where the
// model calls accept(), or, in lessons without a modelled accept queue, once the model's
// connection is ESTABLISHED. When the program may capture on loopback, each observation holds
// the real segments of its step, named by sender and receiver.
class LiveSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LiveSession)

public:
    static constexpr int defaultStepTimeoutMs = 2000;
    static constexpr int pollIntervalMs = 5; // the first poll of a waiting step; later ones back off
    // While a 2MSL step waits out TIME-WAIT (a minute), the kernel's list is read less often.
    static constexpr int timeWaitPollIntervalMs = 250;
    static constexpr int listenBacklog = 5;

    explicit LiveSession(const Scenario &scenario, QObject *parent = nullptr);
    ~LiveSession() override;

    const Scenario &scenario() const { return m_scenario; }

    bool isAvailable() const;
    QString unavailableReason() const;

    void setStepTimeout(int milliseconds) { m_stepTimeoutMs = milliseconds; }
    int stepTimeout() const { return m_stepTimeoutMs; }
    // Whether a 2MSL step waits until the kernel drops the TIME-WAIT row (up to 65 s on Linux).
    void setWaitOutTimeWait(bool wait) { m_waitOutTimeWait = wait; }
    bool waitsOutTimeWait() const { return m_waitOutTimeWait; }

    // Starts again from step 0: closes every socket and forgets the observations.
    void start();
    // Performs the next step; stepObserved() follows once the kernel reached the step's states
    // or the wait ended. Does nothing while a step is waiting or after the last step.
    void advance();
    // Advances step after step until the last one is observed; finished() follows.
    void runToEnd();
    // Closes every socket now (connections the lesson left open are aborted, so that they leave
    // no TIME-WAIT behind) and stops waiting. The observations stay; advance() does nothing
    // until start().
    void stop();

    bool isWaiting() const { return m_waiting; }
    int nextStep() const { return m_next; }
    bool atEnd() const { return m_next >= m_scenario.stepCount(); }
    const QList<LiveObservation> &observations() const { return m_observations; }
    // Every local port this run's sockets had, for finding them in the kernel's lists.
    QList<quint16> ports() const { return m_ports; }

    // Whether the real segments are captured (each observation's `captured`): it needs the
    // permission to capture on the loopback interface (Linux: root or CAP_NET_RAW). The capture
    // opens with the first step performed; captureStatus() then says why there is none, or what
    // was lost, in a translated sentence (empty when every segment was kept).
    bool isCapturing() const { return m_capture && m_capture->isRunning(); }
    QString captureStatus() const { return m_captureStatus; }
    // Whether this program may capture on the loopback interface; *why says why not.
    static bool canCapture(QString *why);
    // Every captured frame of these observations, in order, as PcapWriter::toBytes takes them.
    static QList<std::pair<qint64, QByteArray>> captureRecords(const QList<LiveObservation> &observations);

signals:
    void stepObserved(int step);
    void finished();
    // While a 2MSL step waits out TIME-WAIT: the kernel's remaining seconds, when they change.
    void timeWaitCountdown(const QString &endpoint, int secondsLeft);
    // captureStatus() changed: the capture opened, failed, or lost frames.
    void captureStatusChanged();

private:
    // One endpoint of the scenario and the real sockets behind it.
    struct Endpoint
    {
        QString name;
        qintptr socket = -1;    // the endpoint's own socket; the listening one until accept()
        qintptr listener = -1;  // after accept(): the listening socket, no longer the endpoint
        bool listening = false; // socket is listening
        bool hadSocket = false;
        bool closeDeferred = false; // its close() was performed as shutdown(SHUT_WR) for now
        quint16 localPort = 0;
        quint16 peerPort = 0; // the other end of its connection, once known
        bool forked = false;  // a connection a listener created: no descriptor until accept()
        QByteArray received;
        bool endOfStream = false;
        bool receiveFailed = false;
        QSocketNotifier *readNotifier = nullptr;
        QSocketNotifier *writeNotifier = nullptr;
        QSocketNotifier *acceptNotifier = nullptr;
    };

    // What the kernel says about one endpoint right now.
    struct Reading
    {
        std::optional<TcpState> state;
        int timeWaitSecondsLeft = -1;
        QString error;
        bool noSocket = false;
    };

    // One endpoint's reading weighed against the model: what to record, and whether to wait on.
    struct Judgement
    {
        bool settled = true;
        bool awaitsKernel = false; // waits for something the kernel does by itself (a probe, a resent SYN)
        std::optional<TcpState> state; // recorded as the kernel's state
        QString note;
        int timeWaitSecondsLeft = -1;
    };

    void performStep(const Step &step);
    // The UDP sockets (livesessionudp.cpp).
    bool isUdpSocket(const QString &name) const;
    void setUpUdp(const Step &initial);
    void closeUdpSockets();
    NativeSocketAddress realUdpAddress(Ipv4Address address, quint16 port) const;
    void performUdpCall(const Step &step);
    bool checkUdpReceive();
    void verdict(bool agrees, const QString &what);
    void setUpInitial(const Step &step);
    void performCall(const Step &step, Endpoint &endpoint);
    bool ensureSocket(Endpoint &endpoint, bool bindToLoopback);
    void listenOn(Endpoint &endpoint);
    void connectEndpoint(Endpoint &endpoint, Endpoint &peer);
    void sendData(const Step &step, Endpoint &endpoint);
    void bindAgain(const Step &step, const Endpoint &endpoint);
    void setUpKeepalive();
    // Why loopback cannot perform this step, or empty when it can.
    QString unperformableReason(const Step &step) const;
    bool isKeepaliveProbe(const Step &step, const QString &name) const;
    // A retransmission timeout of a side in SYN-SENT: the kernel resends its SYN by itself.
    bool isSynRetransmission(const Step &step, const QString &name) const;
    void acceptConnection(const Step &step, Endpoint &listener);
    // Gives each connection a listener forked in the model so far a live endpoint (found by its
    // 4-tuple in the kernel's list until accept() returns its descriptor).
    void addForkedConnections(const Step &step);
    // Whether the step acts on this endpoint's connection (its own, its peer's or its listener's
    // doing); steps on other connections cannot change it.
    bool involves(const Step &step, const QString &name) const;
    void shutdownEndpoint(Endpoint &endpoint);
    void closeEndpoint(Endpoint &endpoint, TcpState modelState);
    void abortEndpoint(Endpoint &endpoint);
    // Closes endpoint.socket or endpoint.listener (or a stray descriptor) and its notifiers.
    void closeDescriptor(Endpoint &endpoint, qintptr &descriptor);
    void tryAccept(Endpoint &endpoint);
    void watchReads(Endpoint &endpoint);
    void onReadable(const QString &name);
    void onConnectFinished(const QString &name);

    void scheduleCheck();
    void check();
    Judgement judge(const Endpoint &endpoint);
    Reading read(const Endpoint &endpoint, TcpState modelState);
    void finishStep(const QList<Judgement> &judgements);
    void openCapture();
    // Takes the frames captured since the last step, naming sender and receiver and scaling windows.
    QList<CapturedFrame> takeCapturedFrames();
    void updateCaptureStatus();
    // The states the model gives the endpoint in the delivery steps right after `step`.
    QList<std::pair<int, TcpState>> statesAhead(int step, const QString &name) const;
    bool isTimeWaitExpiry(const Step &step, const QString &name) const;

    Endpoint *endpoint(const QString &name);
    Endpoint *peerOf(const Endpoint &endpoint);
    TcpState modelState(int step, const QString &name) const;
    int modelReceived(int step, const QString &name) const;
    void note(const QString &name, const QString &text);
    void fail(const QString &text);
    void rememberPort(quint16 port);

    // A UDP socket of the scenario and the real one behind it.
    struct UdpLive
    {
        qintptr descriptor = -1;
        quint16 port = 0;
    };
    // The UDP call of the current step: a receive still looking, or what the real call returned.
    struct UdpCheck
    {
        QString actor;
        bool receiving = false;
        std::optional<bool> agree;
        QString realCall;
    };

    Scenario m_scenario;
    QHash<QString, UdpLive> m_udpSockets;
    quint16 m_unusedUdpPort = 0; // where the datagrams the model sends to no socket go
    UdpCheck m_udpCheck;
    std::unique_ptr<KernelTcpView> m_kernel;
    std::unique_ptr<NativeSockets> m_native;
    std::unique_ptr<PacketCapture> m_capture;
    bool m_captureOpened = false; // tried to open the capture since start()
    QString m_captureStatus;
    QHash<QString, int> m_windowShift; // endpoint → the window scale its SYN announced
    QList<Endpoint> m_endpoints;
    QList<LiveObservation> m_observations;
    QList<quint16> m_ports;

    int m_next = 0;
    int m_current = -1;
    bool m_waiting = false;
    bool m_runningToEnd = false;
    bool m_stopped = false;
    bool m_stepFailed = false;
    bool m_callDisagrees = false; // the step's real call answered otherwise than the model
    int m_simulatedFrom = -1;     // the first step loopback could not perform, or -1
    int m_retransmissionsAtStart = -1; // a SYN retransmission step: the actor's count when it began
    QString m_simulatedReason;
    QString m_bindResult;
    bool m_waitOutTimeWait = false;
    bool m_waitingOut = false; // the current step waits out TIME-WAIT
    int m_stepTimeoutMs = defaultStepTimeoutMs;
    qint64 m_currentTimeoutMs = defaultStepTimeoutMs;
    QHash<QString, QStringList> m_notes;
    QStringList m_errors;
    QHash<QString, int> m_lastCountdown;
    QElapsedTimer m_stepClock;
    QTimer m_pollTimer;
    QTimer m_checkTimer;
};

} // namespace NetSteps
