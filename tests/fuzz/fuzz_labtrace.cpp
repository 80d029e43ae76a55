// Fuzz target: the socket lab's trace of a real connection (LabTrace), given any sequence of
// events, as a misbehaving peer or a confused kernel view could produce: the input chooses
// NetSteps' side, the addresses, the seed and backlog, then one byte per event (its kind and
// side) and, for a send, its data.
//
// Properties: add() refuses exactly the sends past maxDrawnMessages and counts them; the scenario
// is the same when asked twice; its steps are numbered in order from an initial step, in time
// order; every transition a step records is its row of the transition table, taken from the
// state the endpoint was in at the step before and leading to the state it is in after the step;
// an endpoint changes state only through a recorded transition; every frame sent is its own
// encoding, with correct checksums, sent and delivered at steps that exist, in that order.

#include "fuzztarget.h"

#include "framecodec.h"
#include "labtrace.h"

namespace {

using namespace NetSteps;

const TcpControlBlock *endpointIn(const WorldState &state, const QString &name)
{
    return state.endpoint(name);
}

void checkScenario(const Scenario &scenario, const QString &context)
{
    FUZZ_CHECK(!scenario.steps.isEmpty() && scenario.steps.first().kind == Step::Kind::Initial, context);
    for (int i = 0; i < scenario.stepCount(); ++i) {
        const Step &step = scenario.step(i);
        const QString where = context + QStringLiteral(" step %1").arg(i);
        FUZZ_CHECK(step.index == i, where);
        if (i == 0)
            continue;
        const Step &before = scenario.step(i - 1);
        FUZZ_CHECK(step.timeMs >= before.timeMs, where);
        QHash<QString, TcpState> reached;
        for (const TransitionRecord &record : step.transitions) {
            const QString what = where + QStringLiteral(" %1 %2 → %3")
                                             .arg(record.endpoint, tcpStateName(record.from), tcpStateName(record.to));
            FUZZ_CHECK(record.row >= 0 && record.row < TcpTransitionTable::rows().size(), what);
            const TcpTransition &row = record.transition();
            FUZZ_CHECK(row.from == record.from && row.to == record.to && row.event == record.event, what);
            const TcpControlBlock *previous = endpointIn(before.state, record.endpoint);
            if (!reached.contains(record.endpoint) && previous)
                FUZZ_CHECK(previous->state == record.from, what);
            if (reached.contains(record.endpoint))
                FUZZ_CHECK(reached.value(record.endpoint) == record.from, what);
            reached.insert(record.endpoint, record.to);
        }
        for (const TcpControlBlock &tcb : step.state.endpoints) {
            const TcpControlBlock *previous = endpointIn(before.state, tcb.name);
            if (reached.contains(tcb.name))
                FUZZ_CHECK(tcb.state == reached.value(tcb.name), where + QStringLiteral(" ") + tcb.name);
            else if (previous)
                FUZZ_CHECK(tcb.state == previous->state,
                           where + QStringLiteral(" %1 went from %2 to %3 without a transition")
                                       .arg(tcb.name, tcpStateName(previous->state), tcpStateName(tcb.state)));
        }
        FUZZ_CHECK(step.moved >= -1 && step.moved < scenario.transmissions.size(), where);
        for (int sent : step.sent) {
            FUZZ_CHECK(sent >= 0 && sent < scenario.transmissions.size(), where);
            FUZZ_CHECK(scenario.transmission(sent).sentStep == i, where);
        }
    }
    for (qsizetype id = 0; id < scenario.transmissions.size(); ++id) {
        const Transmission &t = scenario.transmissions.at(id);
        const QString what = context + QStringLiteral(" transmission %1").arg(id);
        FUZZ_CHECK(t.id == id, what);
        FUZZ_CHECK(t.sentStep >= 0 && t.sentStep < scenario.stepCount(), what);
        FUZZ_CHECK(t.deliveredStep == -1 || (t.deliveredStep >= t.sentStep && t.deliveredStep < scenario.stepCount()),
                   what);
        FUZZ_CHECK(t.deliveredStep == -1 || t.deliveredMs >= t.sentMs, what);
        FUZZ_CHECK(t.bytes == FrameCodec::encode(t.frame), what);
        FUZZ_CHECK(FrameCodec::checksumsValid(t.bytes), what);
    }
}

int fuzzLabTrace(const std::uint8_t *data, std::size_t size)
{
    using Side = LabTraceEvent::Side;
    using Kind = LabTraceEvent::Kind;
    Fuzz::Input input(Fuzz::bytes(data, size));
    const Side localSide = input.flag() ? Side::Server : Side::Client;
    LabTrace::Address client{Ipv4Address(input.u32()), input.u16()};
    LabTrace::Address server{Ipv4Address(input.u32()), input.u16()};
    const quint64 seed = input.u32();
    const int backlog = input.byte();
    LabTrace trace(QStringLiteral("socket-lab"), localSide, client, server, seed, backlog);

    // Bounded, as a trace of one connection is: a few hundred events at most.
    constexpr int maximumEvents = 256;
    int sends = 0;
    for (int n = 0; n < maximumEvents && !input.atEnd(); ++n) {
        const quint8 choice = input.byte();
        const Kind kinds[] = {Kind::Established, Kind::Sent, Kind::Closed, Kind::Reset, Kind::TimeWaitOver};
        LabTraceEvent event;
        event.kind = kinds[choice % 5];
        event.side = (choice & 0x80) ? Side::Server : Side::Client;
        if (event.kind == Kind::Sent)
            event.data = input.chunk(64);
        const bool drawn = trace.add(event);
        if (event.kind == Kind::Sent)
            ++sends;
        FUZZ_CHECK(drawn == (event.kind != Kind::Sent || sends <= LabTrace::maxDrawnMessages),
                   QStringLiteral("send %1 drawn: %2").arg(sends).arg(drawn));
    }
    FUZZ_CHECK(trace.omittedMessages() == qMax(0, sends - LabTrace::maxDrawnMessages),
               QStringLiteral("%1 sends, %2 omitted").arg(sends).arg(trace.omittedMessages()));

    QString reason;
    const Scenario scenario = trace.scenario(&reason);
    QString reasonAgain;
    FUZZ_CHECK(trace.scenario(&reasonAgain) == scenario && reasonAgain == reason, reason);
    checkScenario(scenario, QStringLiteral("%1 events (%2)").arg(trace.events().size()).arg(reason));
    return 0;
}

} // namespace

NETSTEPS_FUZZ_TARGET("labtrace", fuzzLabTrace)
