#pragma once

#include "labproxyevent.h"
#include "labpoller.h"
#include "labserveroptions.h"
#include "nativesockets.h"

#include <QByteArray>
#include <QObject>

#include <memory>
#include <unordered_map>
#include <vector>

namespace NetSteps {

class KernelTcpView;
class LabTcpListener;

struct LabProxyOptions
{
    NativeSocketAddress address{loopbackAddress, 0}; // where the proxy listens; port 0: any free one
    NativeSocketAddress target;                      // where it connects for each client
    int maxConnections = 1000;                       // proxied connections open at once
    qint64 maxQueuedBytes = 1024 * 1024;             // bytes held for one side before the other is paused
    LabPoller::Kind poller = LabPoller::Kind::Best;
    // Data events carry every byte read (LabProxyEvent::preview holds the whole read), for the
    // socket lab's diagrams; the command line logs only the first bytes of each.
    bool wholeData = false;
};

// A TCP proxy that shows a student's own programs at work: each client it accepts gets its own
// connection to the target, and the bytes go both ways unchanged, while every step of both legs
// is logged through event() (see LabProxyEvent).
//
// One thread serves every connection, on the lab servers' poller, with one recv() per leg per
// wake-up. What the kernel does not take at once waits in the receiving leg's queue. A leg is
// read only while the other one can take the bytes: not before the server leg has connected, and
// not while maxQueuedBytes wait for the other side (until half of them are sent). So a side that
// reads slowly, or not at all, slows the sender down through TCP's flow control as it would
// without the proxy, rather than having its connection cut, and the proxy never holds more than
// about maxQueuedBytes per direction; the log says when it pauses and resumes. Past
// maxConnections a new client is accepted and closed at once.
//
// The proxy passes on each side's end as the other side would have seen it directly:
//   - FIN: recv() returning 0 on one leg becomes shutdown(SHUT_WR) on the other once its queue
//     is sent, so a half-closed connection stays half-closed and the other side can still send;
//     when both have sent FIN both legs are closed.
//   - RST: a reset on one leg, or a server leg that cannot connect, resets the other leg
//     (SO_LINGER 0, then close()), so the client meets an error as it would have, not an
//     orderly end. (A refused connect() cannot reach the client as a refusal: its own
//     connection to the proxy is already established.)
class LabProxy final : public QObject
{
    Q_OBJECT

public:
    explicit LabProxy(const LabProxyOptions &options, QObject *parent = nullptr);
    ~LabProxy() override; // closes every connection, without events
    Q_DISABLE_COPY_MOVE(LabProxy)

    // Binds and listens; emits Listening with the real port.
    bool listen(LabListenError *error);
    NativeSocketAddress address() const { return m_address; }
    int connectionCount() const { return int(m_pairs.size()); }

    // Sends what is queued where the kernel takes it, closes both legs of every connection (each
    // leg's Closed event, reason Stopped) and the listening socket, then emits Stopped.
    void stop();

Q_SIGNALS:
    void event(const NetSteps::LabProxyEvent &event);

private:
    class Leg;
    class Pair;
    friend class Leg;
    friend class Pair;

    void accept(qintptr descriptor, const NativeSocketAddress &peer);
    void warn(const QString &detail);
    void release(Pair *pair);
    void releaseFinished();

    LabProxyOptions m_options;
    std::unique_ptr<LabPoller> m_poller;
    std::unique_ptr<LabTcpListener> m_listener;
    std::unique_ptr<KernelTcpView> m_kernel; // each leg's TCP state; shutdown(SHUT_WR) and SO_LINGER 0
    NativeSocketAddress m_address;
    QByteArray m_readBuffer;                 // every recv() reads here: no allocation per read
    std::unordered_map<Pair *, std::unique_ptr<Pair>> m_pairs;
    // Connections closed during a poller batch, deleted after it (the batch may still name them).
    std::vector<std::unique_ptr<Pair>> m_finished;
};

} // namespace NetSteps
