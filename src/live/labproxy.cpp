#include "labproxy.h"

#include "kerneltcpview.h"
#include "labnative.h"
#include "labproxynative.h"
#include "labtcplistener.h"

#include <algorithm>
#include <optional>
#include <utility>

namespace NetSteps {

namespace {

// How much one recv() takes: one log line per read, so larger reads mean fewer lines.
constexpr qint64 ReadSize = 16 * 1024;
// Above this many bytes already sent from the front of a queue, the queue is compacted.
constexpr qsizetype CompactAfter = 64 * 1024;

LabProxyCloseReason reasonFor(LabConnectOutcome outcome)
{
    switch (outcome) {
    case LabConnectOutcome::Refused:
        return LabProxyCloseReason::Refused;
    case LabConnectOutcome::HostUnreachable:
        return LabProxyCloseReason::HostUnreachable;
    case LabConnectOutcome::NetworkUnreachable:
        return LabProxyCloseReason::NetworkUnreachable;
    case LabConnectOutcome::TimedOut:
        return LabProxyCloseReason::TimedOut;
    default:
        return LabProxyCloseReason::Error;
    }
}

} // namespace

// One of a connection's two legs: its socket, the bytes waiting to be sent on it, and what
// passed through it.
class LabProxy::Leg final : public LabPollTarget
{
public:
    Leg(Pair &pair, LabProxyLeg side) : m_pair(pair), m_side(side) {}

    void descriptorReady(bool readable, bool writable) override;

    qsizetype queued() const { return m_queue.size() - m_queueStart; }
    // Both directions are over: its peer's FIN came and the proxy sent its own.
    bool isDone() const { return !m_reading && m_writeShut; }

    Pair &m_pair;
    const LabProxyLeg m_side;
    qintptr m_descriptor = -1;
    NativeSocketAddress m_local;
    NativeSocketAddress m_peer;
    bool m_connected = false;
    bool m_reading = true;     // until recv() returns 0 (its peer's FIN)
    bool m_finPending = false; // the other side's FIN waits for this leg's queue to be sent
    bool m_writeShut = false;  // shutdown(SHUT_WR) done
    bool m_paused = false;     // its queue is full: the other leg is not read until it drains to half
    bool m_watched = false;
    bool m_readInterest = false; // what the poller watches for now
    bool m_writeInterest = false;
    QByteArray m_queue;
    qsizetype m_queueStart = 0;
    qint64 m_reads = 0;
    qint64 m_bytesIn = 0;
    qint64 m_bytesOut = 0;
};

// One proxied connection: the client's leg, accepted, and the server leg the proxy opens for it.
class LabProxy::Pair
{
public:
    Pair(LabProxy &proxy, qintptr clientDescriptor, const NativeSocketAddress &client)
        : m_proxy(proxy)
    {
        m_client.m_descriptor = clientDescriptor;
        m_client.m_peer = client;
        m_client.m_local = LabNative::localAddress(clientDescriptor).value_or(proxy.address());
        m_client.m_connected = true;
        m_server.m_peer = proxy.m_options.target;
    }

    ~Pair()
    {
        close(m_client, false);
        close(m_server, false);
    }

    Q_DISABLE_COPY_MOVE(Pair)

    // Watches the client's leg: nothing is read from it before the server leg has connected,
    // but a reset still wakes the poller. False when the system refused.
    bool watchClient() { return watch(m_client); }

    void emitOpened()
    {
        LabProxyEvent opened = eventFor(m_client, LabProxyEvent::Kind::Opened);
        opened.count = m_proxy.connectionCount();
        emitWithState(opened, m_client);
    }

    // connect() to the target: usually in the background, at once on some systems.
    void start()
    {
        LabConnectResult result;
        m_server.m_descriptor = LabNative::connectTcp(m_proxy.m_options.target, &result);
        if (m_server.m_descriptor >= 0)
            m_server.m_local = LabNative::localAddress(m_server.m_descriptor).value_or(NativeSocketAddress{});
        const bool inProgress = result.outcome == LabConnectOutcome::InProgress;
        if (!inProgress && result.outcome != LabConnectOutcome::Connected) {
            end(m_server, reasonFor(result.outcome), result.code, LabProxyCloseReason::Aborted, true);
            return;
        }
        if (!watch(m_server)) {
            end(m_server, LabProxyCloseReason::Error, LabProxy::tr("could not watch the socket"),
                LabProxyCloseReason::Aborted, true);
            return;
        }
        emitWithState(eventFor(m_server, LabProxyEvent::Kind::Connecting), m_server);
        if (!inProgress)
            connected();
    }

    void ready(Leg &leg, bool readable, bool writable)
    {
        if (m_finished)
            return; // closed earlier in this batch
        if (!leg.m_connected) {
            finishConnecting();
        } else {
            if (writable && leg.queued() > 0)
                flush(leg);
            // Also when the leg no longer reads: the poller wakes a leg without interest only
            // for an error, such as a reset, which recv() then reports.
            if (readable && !m_finished)
                receive(leg);
        }
        refresh();
    }

    // One last send of what is queued, then an orderly close of both legs.
    void stop()
    {
        for (Leg *leg : {&m_client, &m_server}) {
            if (!leg->m_connected || leg->queued() == 0)
                continue;
            LabSocketError ignored;
            const qint64 sent = LabNative::send(leg->m_descriptor, leg->m_queue.constData() + leg->m_queueStart,
                                                leg->queued(), &ignored);
            leg->m_bytesOut += std::max<qint64>(sent, 0);
        }
        end(m_client, LabProxyCloseReason::Stopped, {}, LabProxyCloseReason::Stopped, false);
    }

private:
    Leg &other(const Leg &leg) { return &leg == &m_client ? m_server : m_client; }
    const Leg &other(const Leg &leg) const { return &leg == &m_client ? m_server : m_client; }

    LabProxyEvent eventFor(const Leg &leg, LabProxyEvent::Kind kind) const
    {
        LabProxyEvent event;
        event.kind = kind;
        event.leg = leg.m_side;
        event.local = leg.m_local;
        event.peer = leg.m_peer;
        event.client = m_client.m_peer;
        return event;
    }

    void emitWithState(LabProxyEvent event, const Leg &leg)
    {
        if (leg.m_descriptor >= 0)
            event.kernelState = m_proxy.m_kernel->stateOfDescriptor(leg.m_descriptor);
        Q_EMIT m_proxy.event(event);
    }

    std::pair<bool, bool> interest(const Leg &leg) const
    {
        if (!leg.m_connected)
            return {false, true}; // connecting: writable when the handshake ends
        const Leg &to = other(leg); // where what it reads goes
        return {leg.m_reading && to.m_connected && !to.m_paused, leg.queued() > 0};
    }

    bool watch(Leg &leg)
    {
        const auto [read, write] = interest(leg);
        if (!m_proxy.m_poller->watch(leg.m_descriptor, &leg, read, write))
            return false;
        leg.m_watched = true;
        leg.m_readInterest = read;
        leg.m_writeInterest = write;
        return true;
    }

    // Tells the poller what each leg waits for now, when that changed. A leg whose both
    // directions are over is no longer watched: the poller would report its hang-up forever.
    void refresh()
    {
        if (m_finished)
            return;
        for (Leg *leg : {&m_client, &m_server}) {
            if (!leg->m_watched)
                continue;
            if (leg->isDone()) {
                m_proxy.m_poller->unwatch(leg->m_descriptor);
                leg->m_watched = false;
                continue;
            }
            const auto [read, write] = interest(*leg);
            if (read == leg->m_readInterest && write == leg->m_writeInterest)
                continue;
            m_proxy.m_poller->setInterest(leg->m_descriptor, leg, read, write);
            leg->m_readInterest = read;
            leg->m_writeInterest = write;
        }
    }

    void finishConnecting()
    {
        const LabConnectResult result = LabNative::connectResult(m_server.m_descriptor);
        if (result.outcome == LabConnectOutcome::InProgress)
            return;
        if (result.outcome != LabConnectOutcome::Connected) {
            end(m_server, reasonFor(result.outcome), result.code, LabProxyCloseReason::Aborted, true);
            return;
        }
        connected();
    }

    void connected()
    {
        m_server.m_connected = true;
        emitWithState(eventFor(m_server, LabProxyEvent::Kind::Opened), m_server);
        // Bytes or a FIN the client sent while the handshake went on (read only if an error
        // woke its leg) go now.
        if (m_server.queued() > 0)
            flush(m_server);
        else if (m_server.m_finPending)
            passOnFin(m_server);
        refresh();
    }

    void receive(Leg &from)
    {
        char *buffer = m_proxy.m_readBuffer.data();
        LabSocketError error;
        const qint64 received = LabNative::receive(from.m_descriptor, buffer, ReadSize, &error);
        if (received < 0) {
            if (error.failure != LabFailure::WouldBlock)
                fail(from, error);
            return;
        }
        if (received == 0) {
            if (from.m_reading)
                endOfStream(from);
            return;
        }
        ++from.m_reads;
        from.m_bytesIn += received;
        LabProxyEvent data = eventFor(from, LabProxyEvent::Kind::Data);
        data.count = received;
        data.preview = QByteArray(buffer, m_proxy.m_options.wholeData
                                              ? received
                                              : std::min(received, qint64(LabProxyEvent::PreviewSize)));
        Q_EMIT m_proxy.event(data);
        deliver(other(from), QByteArrayView(buffer, received));
    }

    // The peer of `from` sent FIN: passed on as soon as what is queued for the other side is sent.
    void endOfStream(Leg &from)
    {
        from.m_reading = false;
        if (!m_firstFin)
            m_firstFin = from.m_side;
        emitWithState(eventFor(from, LabProxyEvent::Kind::Eof), from);
        Leg &to = other(from);
        to.m_finPending = true;
        if (to.m_connected && to.queued() == 0)
            passOnFin(to);
    }

    void passOnFin(Leg &to)
    {
        QString error;
        if (!m_proxy.m_kernel->shutdownWrite(to.m_descriptor, &error)) {
            end(to, LabProxyCloseReason::Error, error, LabProxyCloseReason::Aborted, true);
            return;
        }
        to.m_finPending = false;
        to.m_writeShut = true;
        emitWithState(eventFor(to, LabProxyEvent::Kind::Shutdown), to);
        if (m_client.m_writeShut && m_server.m_writeShut)
            end(m_firstFin == LabProxyLeg::Server ? m_server : m_client, LabProxyCloseReason::PeerClosed, {},
                LabProxyCloseReason::PeerClosed, false);
    }

    // Sends at once what the kernel takes; the rest waits in the leg's queue. A full queue stops
    // the reading of the other leg, so its peer meets TCP's flow control as it would directly.
    void deliver(Leg &to, QByteArrayView bytes)
    {
        if (to.m_connected && to.queued() == 0) {
            LabSocketError error;
            qint64 sent = LabNative::send(to.m_descriptor, bytes.data(), bytes.size(), &error);
            if (sent < 0) {
                if (error.failure != LabFailure::WouldBlock) {
                    fail(to, error);
                    return;
                }
                sent = 0;
            }
            to.m_bytesOut += sent;
            if (sent == bytes.size())
                return;
            bytes = bytes.sliced(sent);
        }
        to.m_queue.append(bytes);
        if (!to.m_paused && to.queued() >= m_proxy.m_options.maxQueuedBytes)
            setPaused(to, true);
    }

    // One send() of the leg's queue; once it is empty, the FIN waiting behind it.
    void flush(Leg &to)
    {
        LabSocketError error;
        const qint64 sent = LabNative::send(to.m_descriptor, to.m_queue.constData() + to.m_queueStart, to.queued(),
                                            &error);
        if (sent < 0) {
            if (error.failure != LabFailure::WouldBlock)
                fail(to, error);
            return;
        }
        to.m_bytesOut += sent;
        to.m_queueStart += sent;
        if (to.m_paused && to.queued() <= m_proxy.m_options.maxQueuedBytes / 2)
            setPaused(to, false);
        if (to.queued() == 0) {
            to.m_queue.clear(); // gives the memory of a burst back
            to.m_queueStart = 0;
            if (to.m_finPending)
                passOnFin(to);
        } else if (to.m_queueStart > CompactAfter && to.m_queueStart * 2 > to.m_queue.size()) {
            to.m_queue.remove(0, to.m_queueStart);
            to.m_queueStart = 0;
        }
    }

    // The other leg is read again (refresh() tells the poller) once half of the queue is sent.
    void setPaused(Leg &to, bool paused)
    {
        to.m_paused = paused;
        LabProxyEvent event = eventFor(to, paused ? LabProxyEvent::Kind::Paused : LabProxyEvent::Kind::Resumed);
        event.count = to.queued();
        Q_EMIT m_proxy.event(event);
    }

    void fail(Leg &leg, const LabSocketError &error)
    {
        end(leg, error.failure == LabFailure::PeerReset ? LabProxyCloseReason::Reset : LabProxyCloseReason::Error,
            error.code, LabProxyCloseReason::Aborted, true);
    }

    // Closes both legs, `first` (the one the end came from) first; `abortSecond` resets the other.
    void end(Leg &first, LabProxyCloseReason firstReason, const QString &detail, LabProxyCloseReason secondReason,
             bool abortSecond)
    {
        m_finished = true;
        Leg &second = other(first);
        close(first, false);
        close(second, abortSecond);
        emitClosed(first, firstReason, detail);
        emitClosed(second, secondReason, {});
        m_proxy.release(this);
    }

    void close(Leg &leg, bool abort)
    {
        if (leg.m_descriptor < 0)
            return;
        if (leg.m_watched)
            m_proxy.m_poller->unwatch(leg.m_descriptor);
        leg.m_watched = false;
        if (abort)
            m_proxy.m_kernel->setLingerZero(leg.m_descriptor); // close() then sends RST, not FIN
        LabNative::close(leg.m_descriptor);
        leg.m_descriptor = -1;
    }

    void emitClosed(const Leg &leg, LabProxyCloseReason reason, const QString &detail)
    {
        LabProxyEvent closed = eventFor(leg, LabProxyEvent::Kind::Closed);
        closed.reason = reason;
        closed.detail = detail;
        closed.closedFirst = m_firstFin.value_or(LabProxyLeg::Client);
        closed.reads = leg.m_reads;
        closed.bytesIn = leg.m_bytesIn;
        closed.bytesOut = leg.m_bytesOut;
        Q_EMIT m_proxy.event(closed);
    }

    LabProxy &m_proxy;
    Leg m_client{*this, LabProxyLeg::Client};
    Leg m_server{*this, LabProxyLeg::Server};
    std::optional<LabProxyLeg> m_firstFin; // whose FIN came first
    bool m_finished = false;
};

void LabProxy::Leg::descriptorReady(bool readable, bool writable)
{
    m_pair.ready(*this, readable, writable);
}

LabProxy::LabProxy(const LabProxyOptions &options, QObject *parent)
    : QObject(parent), m_options(options), m_poller(LabPoller::create(options.poller, [this] { releaseFinished(); })),
      m_listener(std::make_unique<LabTcpListener>(
          *m_poller, [this](qintptr descriptor, const NativeSocketAddress &peer) { accept(descriptor, peer); },
          [this](const QString &detail) { warn(detail); })),
      m_kernel(KernelTcpView::create()), m_address(options.address), m_readBuffer(ReadSize, Qt::Uninitialized)
{
}

LabProxy::~LabProxy() = default;

bool LabProxy::listen(LabListenError *error)
{
    if (!m_listener->listen(m_options.address, error))
        return false;
    m_address = m_listener->address();
    LabProxyEvent listening;
    listening.kind = LabProxyEvent::Kind::Listening;
    listening.local = m_address;
    listening.peer = m_options.target;
    Q_EMIT event(listening);
    return true;
}


void LabProxy::accept(qintptr descriptor, const NativeSocketAddress &peer)
{
    if (connectionCount() >= m_options.maxConnections) {
        LabNative::close(descriptor);
        LabProxyEvent refused;
        refused.kind = LabProxyEvent::Kind::Closed;
        refused.local = address();
        refused.peer = peer;
        refused.client = peer;
        refused.reason = LabProxyCloseReason::ConnectionCap;
        refused.count = m_options.maxConnections;
        Q_EMIT event(refused);
        return;
    }
    auto owned = std::make_unique<Pair>(*this, descriptor, peer);
    Pair *pair = owned.get();
    if (!pair->watchClient()) {
        warn(tr("could not watch the connection from %1; closed it").arg(peer.toString()));
        return; // the pair closes the descriptor as it goes
    }
    m_pairs.emplace(pair, std::move(owned));
    pair->emitOpened();
    pair->start();
}

void LabProxy::warn(const QString &detail)
{
    LabProxyEvent warning;
    warning.kind = LabProxyEvent::Kind::Warning;
    warning.local = address();
    warning.detail = detail;
    Q_EMIT event(warning);
}

void LabProxy::release(Pair *pair)
{
    auto node = m_pairs.extract(pair);
    if (!node.empty())
        m_finished.push_back(std::move(node.mapped()));
}

void LabProxy::releaseFinished()
{
    m_finished.clear();
}

void LabProxy::stop()
{
    if (!m_listener->isListening())
        return;
    std::vector<Pair *> open;
    open.reserve(m_pairs.size());
    for (const auto &entry : m_pairs)
        open.push_back(entry.first);
    for (Pair *pair : open)
        pair->stop();
    m_listener->close();
    releaseFinished();

    LabProxyEvent stopped;
    stopped.kind = LabProxyEvent::Kind::Stopped;
    stopped.local = address();
    stopped.count = qint64(open.size());
    Q_EMIT event(stopped);
}

} // namespace NetSteps
