#include "scenario.h"

namespace NetSteps {

const TcpControlBlock *WorldState::endpoint(const QString &name) const
{
    for (const TcpControlBlock &tcb : endpoints) {
        if (tcb.name == name)
            return &tcb;
    }
    return nullptr;
}

const TimerState *WorldState::timer(const QString &endpointName, TimerState::Kind kind) const
{
    for (const TimerState &t : timers) {
        if (t.endpoint == endpointName && t.kind == kind)
            return &t;
    }
    return nullptr;
}

const ListenQueue *WorldState::listenQueue(const QString &listener) const
{
    for (const ListenQueue &q : listenQueues) {
        if (q.listener == listener)
            return &q;
    }
    return nullptr;
}

QString WorldState::listenerOf(const QString &connection) const
{
    for (const ListenQueue &q : listenQueues) {
        if (q.connections.contains(connection))
            return q.listener;
    }
    return {};
}

QStringList WorldState::synQueue(const QString &listener) const
{
    QStringList halfOpen;
    if (const ListenQueue *q = listenQueue(listener)) {
        for (const QString &name : q->connections) {
            const TcpControlBlock *tcb = endpoint(name);
            if (tcb && tcb->state == TcpState::SynReceived)
                halfOpen.append(name);
        }
    }
    return halfOpen;
}

const UdpSocketState *WorldState::udpSocket(const QString &name) const
{
    for (const UdpSocketState &socket : udpSockets) {
        if (socket.name == name)
            return &socket;
    }
    return nullptr;
}

QString Scenario::lifeline(const QString &endpoint) const
{
    if (endpointNames.contains(endpoint) || steps.isEmpty())
        return endpoint;
    if (sharedLifelines.contains(endpoint))
        return sharedLifelines.value(endpoint);
    const QString listener = steps.last().state.listenerOf(endpoint);
    return listener.isEmpty() ? endpoint : listener;
}

QList<std::pair<qint64, QByteArray>> Scenario::captureRecords() const
{
    // On a LAN every hop is a transmission of its own: a capture on the sender (the topology's
    // first station) sees only the frames on its link, those it sends and those delivered to it.
    const QString capturing = topology && !topology->stations.isEmpty() ? topology->stations.constFirst().name : QString();
    QList<std::pair<qint64, QByteArray>> records;
    for (const Transmission &t : transmissions) {
        if (capturing.isEmpty() || t.from == capturing || t.receivers.contains(capturing))
            records.append({t.sentMs * 1000, t.bytes});
    }
    return records;
}

QList<int> Scenario::transmissionsUpTo(int step) const
{
    QList<int> ids;
    for (const Transmission &t : transmissions) {
        if (t.sentStep <= step)
            ids.append(t.id);
    }
    return ids;
}

} // namespace NetSteps
