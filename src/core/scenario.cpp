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

QList<std::pair<qint64, QByteArray>> Scenario::captureRecords() const
{
    QList<std::pair<qint64, QByteArray>> records;
    for (const Transmission &t : transmissions)
        records.append({t.sentMs * 1000, t.bytes});
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
