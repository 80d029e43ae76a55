#pragma once

#include "scenario.h"
#include "seededrandom.h"

#include <QString>

namespace NetSteps {

// Parameters every scenario is built from. The core never reads the wall clock or global
// randomness: the seed decides ISNs, ports and MAC addresses, and time starts at 0.
struct ScenarioParameters
{
    quint64 seed = 1;
    qint64 mslMs = 120000; // RFC 9293's MSL: two minutes, so 2MSL = 240 s
};

// Performs a scenario on simulated TCP endpoints and records it step by step: each call,
// delivery or timer becomes one Step with the complete state after it.
class ScenarioBuilder
{
public:
    ScenarioBuilder(QString id, const ScenarioParameters &parameters);

    SeededRandom &random() { return m_random; }
    qint64 now() const { return m_nowMs; }

    // A locally administered unicast MAC address drawn from the seed.
    MacAddress randomMac();

    void addEndpoint(const TcpControlBlock &tcb);
    // Puts two endpoints into ESTABLISHED with each other, as after a completed handshake
    // (before the initial step is recorded).
    void establish(const QString &a, const QString &b);
    // Records step 0 from the endpoints as they are now.
    void recordInitial();

    // A user call on an endpoint, after `thinkMs` of simulated time: one step.
    void call(const QString &endpoint, TcpEvent event, const QString &callText, const QByteArray &data = {},
              qint64 thinkMs = 1);
    // The oldest frame in flight arrives: one step.
    void deliverNext();
    // The endpoint's timer of this kind expires: one step at its deadline.
    void expire(const QString &endpoint, TimerState::Kind kind);

    Scenario finish();

private:
    TcpEndpoint &endpoint(const QString &name);
    Step &beginStep(Step::Kind kind, const QString &actor);
    void record(Step &step, const QString &actor, const TcpEndpoint::Outcome &outcome);
    void transmit(Step &step, const QString &from, const TcpHeader &segment, const QByteArray &payload);
    void applyTimer(const QString &endpoint, TcpTimerAction action);
    void endStep(Step &step);

    Scenario m_scenario;
    SeededRandom m_random;
    qint64 m_nowMs = 0;
    QList<TcpEndpoint> m_endpoints;
    QList<TimerState> m_timers;
    QList<int> m_inFlight;
    quint16 m_nextIpId = 0;
};

} // namespace NetSteps
