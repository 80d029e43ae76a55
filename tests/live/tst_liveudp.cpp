// The udp-exchange lesson performed with real UDP sockets on 127.0.0.1: every call of the model is
// made for real and what it returned must agree with the model's result — the datagrams arrive
// whole, the unconnected socket hears nothing of the ICMP port unreachable, the connected one
// hears ECONNREFUSED.

#include "livesession.h"
#include "scenarioregistry.h"

#include <QSignalSpy>
#include <QTest>

using namespace NetSteps;

class TestLiveUdp : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyCallAgreesWithTheModel();
    void aDisagreementIsReported();
};

namespace {

bool runToEnd(LiveSession &session)
{
    QSignalSpy finished(&session, &LiveSession::finished);
    session.runToEnd();
    return QTest::qWaitFor([&] { return finished.count() == 1; }, 30000);
}

} // namespace

void TestLiveUdp::everyCallAgreesWithTheModel()
{
    const ScenarioInfo *info = ScenarioRegistry::find(u"udp-exchange");
    QVERIFY(info && info->isLiveCapable());
    const Scenario scenario = *ScenarioRegistry::build(u"udp-exchange", info->parametersForLive({}));
    LiveSession session(scenario);
    session.start();
    QVERIFY(runToEnd(session));
    QCOMPARE(session.observations().size(), scenario.stepCount());
    int calls = 0;
    for (const LiveObservation &o : session.observations()) {
        const Step &step = scenario.step(o.step);
        QVERIFY2(o.error.isEmpty(), qPrintable(o.error));
        if (step.kind != Step::Kind::SocketCall) {
            QVERIFY(o.realCall.isEmpty());
            continue;
        }
        ++calls;
        QVERIFY2(!o.realCall.isEmpty(), qPrintable(QString::number(o.step)));
        QVERIFY2(o.agree == true, qPrintable(QStringLiteral("step %1: %2").arg(o.step).arg(o.realCall)));
        if (step.socket.outcome == SocketCallResult::Outcome::Returned && !step.socket.data.isEmpty())
            QVERIFY2(o.realCall.contains(QStringLiteral("b'%1'").arg(QString::fromLatin1(step.socket.data))), qPrintable(o.realCall));
        if (step.socket.outcome == SocketCallResult::Outcome::Error)
            QVERIFY2(o.realCall.contains(QLatin1String("ECONNREFUSED (111)")), qPrintable(o.realCall));
        if (step.socket.outcome == SocketCallResult::Outcome::TimedOut)
            QVERIFY2(o.realCall.contains(QLatin1String("found nothing")), qPrintable(o.realCall));
    }
    QCOMPARE(calls, 9); // 4 sendto/send, 4 receives, 1 connect
}

void TestLiveUdp::aDisagreementIsReported()
{
    // A model that expects the unconnected socket to hear ECONNREFUSED (what students often
    // expect) disagrees with the real kernel, which says nothing to an unconnected socket.
    Scenario scenario = *ScenarioRegistry::build(u"udp-exchange", {});
    int timeoutStep = -1;
    for (Step &step : scenario.steps) {
        if (step.socket.outcome == SocketCallResult::Outcome::TimedOut) {
            step.socket.outcome = SocketCallResult::Outcome::Error;
            step.socket.error = QStringLiteral("ECONNREFUSED");
            timeoutStep = step.index;
            break;
        }
    }
    QVERIFY(timeoutStep > 0);
    LiveSession session(scenario);
    session.start();
    QVERIFY(runToEnd(session));
    const LiveObservation &o = session.observations().at(timeoutStep);
    QCOMPARE(o.agree, std::optional<bool>(false));
    QVERIFY2(o.realCall.contains(QLatin1String("found nothing")), qPrintable(o.realCall));
}

QTEST_GUILESS_MAIN(TestLiveUdp)
#include "tst_liveudp.moc"
