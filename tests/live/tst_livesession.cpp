// LiveSession: scenarios performed with real sockets on 127.0.0.1, step by step, with the kernel's
// states checked against the model's (Linux). Ports are ephemeral, and every check of the
// kernel's list looks only at this test's own connections, so the test can run beside others.

#include "framecodec.h"
#include "kerneltcpview.h"
#include "livesession.h"
#include "scenarioregistry.h"

#include <QDir>
#include <QFile>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <optional>

using namespace NetSteps;

namespace {

constexpr Ipv4Address loopback = Ipv4Address::fromOctets(127, 0, 0, 1);
constexpr int runTimeoutMs = 30000;

QString stateText(const std::optional<TcpState> &state)
{
    return state ? tcpStateName(*state) : QStringLiteral("null");
}

TcpState modelState(const Scenario &scenario, int step, const QString &name)
{
    const TcpControlBlock *tcb = scenario.step(step).state.endpoint(name);
    return tcb ? tcb->state : TcpState::Closed;
}

// "127.0.0.1:40000" → 40000; 0 for anything else.
quint16 portOf(const QString &endpoint)
{
    const QString prefix = loopback.toString() + u':';
    if (!endpoint.startsWith(prefix))
        return 0;
    bool ok = false;
    const uint port = endpoint.sliced(prefix.size()).toUInt(&ok);
    return ok && port > 0 && port <= 0xFFFF ? quint16(port) : 0;
}

// The sockets this process holds: descriptors whose link reads "socket:[inode]" (Linux).
// The inodes of this network namespace's netlink sockets (/proc/net/netlink: the last column).
QSet<QString> netlinkInodes()
{
    QSet<QString> inodes;
    QFile file(QStringLiteral("/proc/net/netlink"));
    if (!file.open(QIODevice::ReadOnly))
        return inodes;
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (const QByteArray &line : lines.mid(1)) {
        const QList<QByteArray> columns = line.simplified().split(' ');
        if (columns.size() > 1)
            inodes.insert(QString::fromLatin1(columns.last()));
    }
    return inodes;
}

// This process's open sockets. Netlink sockets (the kernel view's sock_diag channel, which lives
// as long as the session) count only when asked for: the lessons' sockets are the others.
int openSocketCount(bool withNetlink = false)
{
    const QSet<QString> netlink = withNetlink ? QSet<QString>() : netlinkInodes();
    int count = 0;
    const QDir descriptors(QStringLiteral("/proc/self/fd"));
    const QStringList names = descriptors.entryList(QDir::AllEntries | QDir::System | QDir::NoDotAndDotDot);
    for (const QString &name : names) {
        const QString target = QFile::symLinkTarget(descriptors.filePath(name));
        const qsizetype open = target.indexOf(u"socket:[");
        if (open < 0)
            continue;
        const QString inode = target.sliced(open + 8).chopped(1);
        if (!netlink.contains(inode))
            ++count;
    }
    return count;
}

// The kernel's rows for a session's own sockets: local port one of the session's, remote port
// one of them too (a connection) or 0 (a listener), both on 127.0.0.1. Read straight from
// /proc/net/tcp, independently of LiveSession's own reading. The file is read page by page, so
// while other tests open and close sockets a row can be listed twice or slip through: two
// readings are merged, each connection once.
QList<KernelSocketRow> rowsOf(const QList<quint16> &ports)
{
    QList<KernelSocketRow> ours;
    for (int reading = 0; reading < 2; ++reading) {
        QFile file(QStringLiteral("/proc/net/tcp"));
        if (!file.open(QIODevice::ReadOnly))
            return {};
        const Parsed<QList<KernelSocketRow>> rows = parseProcNetTcp(file.readAll());
        if (!rows)
            return {};
        for (const KernelSocketRow &row : *rows) {
            const bool mine = row.localAddress == loopback && ports.contains(row.localPort)
                && (row.remotePort == 0 || (row.remoteAddress == loopback && ports.contains(row.remotePort)));
            const bool listed = std::any_of(ours.cbegin(), ours.cend(), [&](const KernelSocketRow &known) {
                return known.localPort == row.localPort && known.remotePort == row.remotePort;
            });
            if (mine && !listed)
                ours.append(row);
        }
    }
    return ours;
}

QString describe(const Scenario &scenario, const LiveObservation &observation)
{
    QStringList parts;
    for (const QString &name : scenario.endpointNames)
        parts.append(QStringLiteral("%1 model %2 kernel %3 (%4)")
                         .arg(name, tcpStateName(modelState(scenario, observation.step, name)),
                              stateText(observation.kernelStates.value(name)), observation.notes.value(name)));
    return QStringLiteral("step %1: %2; error: %3").arg(observation.step).arg(parts.join(QStringLiteral("; ")),
                                                                             observation.error);
}

} // namespace

// The live runs need the kernel's view of TCP, which NetSteps reads on Linux only; elsewhere
// unavailableElsewhere() checks that a session says so.
#ifdef Q_OS_LINUX
#define REQUIRE_KERNEL_VIEW()
#else
#define REQUIRE_KERNEL_VIEW() QSKIP("The kernel's view of TCP is only implemented for Linux.")
#endif

class tst_LiveSession : public QObject
{
    Q_OBJECT

private slots:
    void unavailableElsewhere();
    void runsLive_data();
    void runsLive();
    void closeLeavesClientInTimeWait();
    void reuseAddressReallyFailsThenSucceeds();
    void keepaliveProbeReallyAnswered();
    void backlogQueueIsRealOnLoopback();
    void stepsOneAtATime();
    void disagreementIsShown();
    void unperformableStepSaysWhy();
    void destructorClosesSockets();

private:
    static Scenario scenario(const QString &id);
    // Runs the whole scenario live; false if it did not finish in time.
    static bool runToEnd(LiveSession &session);
};

// The scenario as a live run performs it (with the parameters it uses live).
Scenario tst_LiveSession::scenario(const QString &id)
{
    const ScenarioInfo *info = ScenarioRegistry::find(id);
    const std::optional<Scenario> built = info ? ScenarioRegistry::build(id, info->parametersForLive({})) : std::nullopt;
    return built ? *built : Scenario{};
}

bool tst_LiveSession::runToEnd(LiveSession &session)
{
    QSignalSpy finished(&session, &LiveSession::finished);
    session.runToEnd();
    return QTest::qWaitFor([&] { return finished.count() == 1; }, runTimeoutMs);
}

void tst_LiveSession::unavailableElsewhere()
{
    LiveSession session(scenario(QStringLiteral("tcp-handshake")));
#ifdef Q_OS_LINUX
    QVERIFY2(session.isAvailable(), qPrintable(session.unavailableReason()));
    QVERIFY(session.unavailableReason().isEmpty());
    QSKIP("Live mode is available on Linux; the runs below check it.");
#else
    QVERIFY(!session.isAvailable());
    QVERIFY(!session.unavailableReason().isEmpty());
    QVERIFY(runToEnd(session));
    for (const LiveObservation &observation : session.observations()) {
        QCOMPARE(observation.error, session.unavailableReason());
        QVERIFY(!observation.agree.has_value());
    }
#endif
}

void tst_LiveSession::runsLive_data()
{
    QTest::addColumn<QString>("id");
    // "step:endpoint=STATE": states the kernel must have been seen in (they last on loopback).
    QTest::addColumn<QStringList>("mustObserve");

    QTest::newRow("tcp-handshake") << QStringLiteral("tcp-handshake")
                                   << QStringList{"1:server=LISTEN", "2:server=LISTEN", "4:client=ESTABLISHED",
                                                  "5:client=ESTABLISHED", "5:server=ESTABLISHED"};
    QTest::newRow("tcp-close") << QStringLiteral("tcp-close")
                               << QStringList{"0:client=ESTABLISHED", "0:server=ESTABLISHED",
                                              "3:client=FIN-WAIT-2",  "3:server=CLOSE-WAIT",
                                              "5:client=TIME-WAIT",   "6:client=TIME-WAIT",
                                              "6:server=CLOSED",      "7:server=CLOSED"};
    QTest::newRow("tcp-close-server") << QStringLiteral("tcp-close-server")
                                      << QStringList{"0:client=ESTABLISHED", "3:server=FIN-WAIT-2",
                                                     "3:client=CLOSE-WAIT",  "5:server=TIME-WAIT",
                                                     "6:client=CLOSED",      "6:server=TIME-WAIT"};
    QTest::newRow("tcp-data") << QStringLiteral("tcp-data")
                              << QStringList{"2:server=ESTABLISHED", "3:client=ESTABLISHED",
                                             "5:client=ESTABLISHED", "6:server=ESTABLISHED"};
    QTest::newRow("tcp-half-close") << QStringLiteral("tcp-half-close")
                                    << QStringList{"3:client=FIN-WAIT-2", "3:server=CLOSE-WAIT",
                                                   "5:client=FIN-WAIT-2", "6:server=CLOSE-WAIT",
                                                   "8:client=TIME-WAIT",  "9:server=CLOSED"};
    QTest::newRow("tcp-rst-abort") << QStringLiteral("tcp-rst-abort")
                                   << QStringList{"0:client=ESTABLISHED", "1:client=CLOSED", "2:server=CLOSED"};
    QTest::newRow("tcp-refused") << QStringLiteral("tcp-refused")
                                 << QStringList{"1:server=CLOSED", "2:server=CLOSED", "3:client=CLOSED"};
    QTest::newRow("tcp-keepalive") << QStringLiteral("tcp-keepalive")
                                   << QStringList{"0:client=ESTABLISHED", "1:client=ESTABLISHED",
                                                  "3:client=ESTABLISHED", "3:server=ESTABLISHED"};
    QTest::newRow("tcp-backlog") << QStringLiteral("tcp-backlog")
                                 << QStringList{"1:server=LISTEN",          "9:client 2=ESTABLISHED",
                                                "9:server ← client 1=ESTABLISHED", "9:server ← client 2=ESTABLISHED",
                                                "10:client 3=SYN-SENT",     "11:client 3=SYN-SENT",
                                                "12:client 3=SYN-SENT",     "14:server ← client 1=ESTABLISHED",
                                                "17:client 4=SYN-SENT",     "18:client 3=ESTABLISHED"};
    QTest::newRow("tcp-reuseaddr") << QStringLiteral("tcp-reuseaddr")
                                   << QStringList{"3:server=FIN-WAIT-2", "3:client=CLOSE-WAIT", "6:client=CLOSED",
                                                  "6:server=TIME-WAIT",  "7:server=TIME-WAIT",  "8:server=TIME-WAIT"};
}

void tst_LiveSession::runsLive()
{
    REQUIRE_KERNEL_VIEW();
    QFETCH(QString, id);
    QFETCH(QStringList, mustObserve);

    const Scenario model = scenario(id);
    QCOMPARE(model.id, id);
    const int socketsBefore = openSocketCount();
    LiveSession session(model);
    QVERIFY2(session.isAvailable(), qPrintable(session.unavailableReason()));
    QVERIFY(runToEnd(session));

    const QList<LiveObservation> &observations = session.observations();
    QCOMPARE(observations.size(), model.stepCount());
    for (int i = 0; i < observations.size(); ++i) {
        const LiveObservation &observation = observations.at(i);
        const QString context = describe(model, observation);
        QCOMPARE(observation.step, i);
        QVERIFY2(observation.error.isEmpty(), qPrintable(context));
        if (!observation.simulatedReason.isEmpty()) {
            // Beyond what loopback can perform (keep-alive's dead peer): nothing observed, nothing judged.
            QVERIFY2(model.step(i).kind == Step::Kind::Decision || model.step(i).liveLimit
                         || observations.at(i - 1).simulatedReason.size() > 0,
                     qPrintable(context));
            QVERIFY(!observation.agree.has_value());
            for (const QString &name : model.endpointNames)
                QVERIFY(!observation.kernelStates.value(name).has_value());
            continue;
        }
        bool anyObserved = false;
        for (const QString &name : model.endpointNames) {
            QVERIFY2(observation.kernelStates.contains(name), qPrintable(context));
            const std::optional<TcpState> kernel = observation.kernelStates.value(name);
            if (kernel) {
                anyObserved = true;
                QVERIFY2(*kernel == modelState(model, i, name), qPrintable(context));
            } else {
                QVERIFY2(!observation.notes.value(name).isEmpty(), qPrintable(context));
            }
            const QString endpoint = observation.endpoints.value(name);
            QVERIFY2(endpoint.isEmpty() || portOf(endpoint) != 0, qPrintable(context));
        }
        QCOMPARE(observation.agree.has_value(), anyObserved);
        QVERIFY2(observation.agree.value_or(true), qPrintable(context));
    }
    for (const QString &expected : std::as_const(mustObserve)) {
        const int colon = int(expected.indexOf(u':'));
        const int equals = int(expected.indexOf(u'='));
        const int step = expected.first(colon).toInt();
        const QString name = expected.sliced(colon + 1, equals - colon - 1);
        const QString context = expected + QStringLiteral(" — ") + describe(model, observations.at(step));
        QCOMPARE(stateText(observations.at(step).kernelStates.value(name)), expected.sliced(equals + 1));
        QVERIFY2(observations.at(step).agree == true, qPrintable(context));
    }

    // stop() closes everything; of this run's connections only TIME-WAIT may outlive it.
    const QList<quint16> ports = session.ports();
    QVERIFY(ports.size() >= 2);
    session.stop();
    QCOMPARE(openSocketCount(), socketsBefore);
    for (const KernelSocketRow &row : rowsOf(ports))
        QVERIFY2(row.state == TcpState::TimeWait, qPrintable(QStringLiteral("%1 → %2 is %3")
                                                                 .arg(row.localPort)
                                                                 .arg(row.remotePort)
                                                                 .arg(tcpStateName(row.state))));
}

void tst_LiveSession::closeLeavesClientInTimeWait()
{
    REQUIRE_KERNEL_VIEW();
    const Scenario model = scenario(QStringLiteral("tcp-close"));
    LiveSession session(model);
    QVERIFY(!session.waitsOutTimeWait());
    QVERIFY(runToEnd(session));

    const LiveObservation &last = session.observations().constLast();
    QCOMPARE(model.step(last.step).event, TcpEvent::Timeout2Msl);
    const quint16 clientPort = portOf(last.endpoints.value(QStringLiteral("client")));
    const quint16 serverPort = portOf(last.endpoints.value(QStringLiteral("server")));
    QVERIFY(clientPort != 0 && serverPort != 0 && clientPort != serverPort);

    // The 2MSL step is not waited out: the kernel still holds TIME-WAIT, and says so.
    QVERIFY(!last.kernelStates.value(QStringLiteral("client")).has_value());
    QVERIFY2(last.notes.value(QStringLiteral("client")).contains(u"TIME-WAIT"),
             qPrintable(last.notes.value(QStringLiteral("client"))));
    const int secondsLeft = last.timeWaitSecondsLeft.value(QStringLiteral("client"), -1);
    QVERIFY2(secondsLeft > 0 && secondsLeft <= 60, qPrintable(QString::number(secondsLeft)));
    QCOMPARE(stateText(last.kernelStates.value(QStringLiteral("server"))), QStringLiteral("CLOSED"));
    QCOMPARE(last.agree, std::optional<bool>(true));

    // The client's 4-tuple is in TIME-WAIT in /proc/net/tcp, and stays there after stop().
    session.stop();
    const QList<KernelSocketRow> rows = rowsOf({clientPort, serverPort});
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().localPort, clientPort);
    QCOMPARE(rows.first().remotePort, serverPort);
    QCOMPARE(tcpStateName(rows.first().state), QStringLiteral("TIME-WAIT"));
    QVERIFY(rows.first().timerSecondsLeft > 0 && rows.first().timerSecondsLeft <= 60);
}

void tst_LiveSession::reuseAddressReallyFailsThenSucceeds()
{
    REQUIRE_KERNEL_VIEW();
    const Scenario model = scenario(QStringLiteral("tcp-reuseaddr"));
    QCOMPARE(model.step(7).kind, Step::Kind::Bind);
    QVERIFY(model.step(7).bind.addressInUse);
    QVERIFY(!model.step(8).bind.addressInUse);
    LiveSession session(model);
    QVERIFY(runToEnd(session));
    const QList<LiveObservation> &observations = session.observations();
    QCOMPARE(observations.size(), model.stepCount());
    const quint16 serverPort = portOf(observations.at(7).endpoints.value(QStringLiteral("server")));
    QVERIFY(serverPort != 0);

    // Without SO_REUSEADDR the kernel's own bind() fails with EADDRINUSE while the server's old
    // connection is in TIME-WAIT on that port; with it, bind() succeeds.
    const LiveObservation &without = observations.at(7);
    QVERIFY2(without.bindResult.startsWith(u"EADDRINUSE"), qPrintable(describe(model, without)));
    QCOMPARE(stateText(without.kernelStates.value(QStringLiteral("server"))), QStringLiteral("TIME-WAIT"));
    QCOMPARE(without.agree, std::optional<bool>(true));
    const LiveObservation &with = observations.at(8);
    QCOMPARE(with.bindResult, QStringLiteral("ok"));
    QCOMPARE(with.agree, std::optional<bool>(true));
    QCOMPARE(stateText(with.kernelStates.value(QStringLiteral("server"))), QStringLiteral("TIME-WAIT"));
    for (const LiveObservation &other : observations) {
        if (other.step != 7 && other.step != 8)
            QVERIFY(other.bindResult.isEmpty());
    }

    // The port is really held: the TIME-WAIT row is the server's, on the port bind() asked for.
    session.stop();
    bool serverInTimeWait = false;
    for (const KernelSocketRow &row : rowsOf(session.ports()))
        serverInTimeWait = serverInTimeWait || (row.localPort == serverPort && row.state == TcpState::TimeWait);
    QVERIFY(serverInTimeWait);
}

void tst_LiveSession::keepaliveProbeReallyAnswered()
{
    REQUIRE_KERNEL_VIEW();
    const Scenario model = scenario(QStringLiteral("tcp-keepalive"));
    QVERIFY(model.keepalive);
    QCOMPARE(model.keepalive->idleMs, 2000);
    LiveSession session(model);
    QVERIFY(runToEnd(session));
    const QList<LiveObservation> &observations = session.observations();
    QCOMPARE(observations.size(), model.stepCount());

    // The real socket got the model's timings, and the system's own defaults are shown beside them.
    const QString setUp = observations.at(0).notes.value(QStringLiteral("client"));
    QVERIFY2(setUp.contains(u"TCP_KEEPIDLE 2 s") && setUp.contains(u"tcp_keepalive_time"), qPrintable(setUp));
    // The kernel probed by itself after the idle time, and the peer's kernel answered.
    const LiveObservation &probe = observations.at(1);
    QCOMPARE(model.step(1).event, TcpEvent::TimeoutKeepalive);
    QVERIFY2(probe.notes.value(QStringLiteral("client")).contains(u"keep-alive probe"),
             qPrintable(describe(model, probe)));
    QCOMPARE(probe.agree, std::optional<bool>(true)); // a probe that went unanswered would disagree
    QVERIFY2(probe.error.isEmpty(), qPrintable(probe.error));
    if (session.isCapturing()) {
        // The real probe: the client's last acknowledged byte again (seq = SND.NXT - 1, no data),
        // and the server's ACK of SND.NXT.
        bool answered = false;
        for (qsizetype i = 0; i + 1 < probe.captured.size(); ++i) {
            const Parsed<Frame> sent = FrameCodec::decode(probe.captured.at(i).bytes);
            const Parsed<Frame> reply = FrameCodec::decode(probe.captured.at(i + 1).bytes);
            QVERIFY(sent && sent->tcp && reply && reply->tcp);
            answered = answered
                || (probe.captured.at(i).from == u"client" && sent->payload.isEmpty()
                    && probe.captured.at(i + 1).from == u"server" && reply->tcp->ack == sent->tcp->seq + 1);
        }
        QVERIFY2(answered, qPrintable(describe(model, probe)));
    }

    // The dead peer cannot be performed on loopback: from the decision on, simulated only.
    int decision = -1;
    for (const Step &step : model.steps) {
        if (step.kind == Step::Kind::Decision && decision < 0)
            decision = step.index;
    }
    QVERIFY(decision > 3);
    for (int i = 0; i < decision; ++i)
        QVERIFY(observations.at(i).simulatedReason.isEmpty());
    QVERIFY(observations.at(decision).simulatedReason.contains(u"outside TCP"));
    for (int i = decision + 1; i < model.stepCount(); ++i) {
        QVERIFY(observations.at(i).simulatedReason.contains(QStringLiteral("step %1").arg(decision)));
        // The real connection lives on, probed and answered, but that is not this lesson's story.
        QVERIFY(observations.at(i).captured.isEmpty());
    }
}

void tst_LiveSession::backlogQueueIsRealOnLoopback()
{
    REQUIRE_KERNEL_VIEW();
    const Scenario model = scenario(QStringLiteral("tcp-backlog"));
    LiveSession session(model);
    QVERIFY(runToEnd(session));
    const QList<LiveObservation> &observations = session.observations();
    QCOMPARE(observations.size(), model.stepCount());
    const auto kernel = [&](int step, const char *name) {
        return stateText(observations.at(step).kernelStates.value(QString::fromUtf8(name)));
    };
    // listen(1) and nobody accepts: two handshakes complete in the kernel all the same...
    QVERIFY2(observations.at(1).notes.value(QStringLiteral("server")).contains(u"backlog 1"),
             qPrintable(describe(model, observations.at(1))));
    QCOMPARE(kernel(9, "server ← client 1"), QStringLiteral("ESTABLISHED"));
    QCOMPARE(kernel(9, "server ← client 2"), QStringLiteral("ESTABLISHED"));
    QCOMPARE(kernel(9, "server"), QStringLiteral("LISTEN"));
    // ...and the third client's SYN goes unanswered: it stays in SYN-SENT, and its kernel resends it.
    QCOMPARE(kernel(11, "client 3"), QStringLiteral("SYN-SENT"));
    QVERIFY2(observations.at(12).notes.value(QStringLiteral("client 3")).contains(u"resent the SYN"),
             qPrintable(describe(model, observations.at(12))));
    QCOMPARE(kernel(13, "client 3"), QStringLiteral("SYN-SENT"));
    // accept() returns the oldest connection, which was ESTABLISHED before it was called.
    QVERIFY2(observations.at(14).notes.value(QStringLiteral("server")).contains(u"the oldest in the accept queue"),
             qPrintable(describe(model, observations.at(14))));
    QCOMPARE(observations.at(14).agree, std::optional<bool>(true));
    // The freed place lets client 3's next SYN in; client 4 then finds the queue full again.
    QCOMPARE(kernel(18, "client 3"), QStringLiteral("ESTABLISHED"));
    QCOMPARE(kernel(18, "client 4"), QStringLiteral("SYN-SENT"));
    // Two handshakes racing for one place cannot be staged on loopback: simulated from there.
    QVERIFY(model.step(19).liveLimit);
    for (int step = 0; step < 19; ++step)
        QVERIFY2(observations.at(step).simulatedReason.isEmpty() && observations.at(step).agree.value_or(true),
                 qPrintable(describe(model, observations.at(step))));
    QVERIFY(observations.at(19).simulatedReason.contains(u"loopback"));
    QVERIFY(!observations.constLast().simulatedReason.isEmpty());
}

void tst_LiveSession::stepsOneAtATime()
{
    REQUIRE_KERNEL_VIEW();
    const Scenario model = scenario(QStringLiteral("tcp-handshake"));
    LiveSession session(model);
    QSignalSpy observed(&session, &LiveSession::stepObserved);
    QSignalSpy finished(&session, &LiveSession::finished);

    for (int step = 0; step < model.stepCount(); ++step) {
        QCOMPARE(session.nextStep(), step);
        session.advance();
        QVERIFY(session.isWaiting());
        session.advance(); // ignored while the step waits
        QTRY_COMPARE_WITH_TIMEOUT(observed.count(), step + 1, LiveSession::defaultStepTimeoutMs * 2);
        QCOMPARE(observed.last().at(0).toInt(), step);
        QCOMPARE(session.observations().size(), step + 1);
        QVERIFY(!session.isWaiting());
        QCOMPARE(finished.count(), step == model.lastStep() ? 1 : 0);
    }
    QVERIFY(session.atEnd());
    session.advance(); // nothing after the last step
    QCOMPARE(session.observations().size(), model.stepCount());

    // Step 0: nothing is open yet.
    const LiveObservation &initial = session.observations().constFirst();
    for (const QString &name : model.endpointNames) {
        QVERIFY(!initial.kernelStates.value(name).has_value());
        QCOMPARE(initial.notes.value(name), QStringLiteral("no socket yet"));
        QVERIFY(initial.endpoints.value(name).isEmpty());
    }
    QVERIFY(!initial.agree.has_value());

    // The server accepted once the model's connection was established; the listener stays open
    // but is no longer the endpoint.
    const LiveObservation &last = session.observations().constLast();
    QVERIFY2(last.notes.value(QStringLiteral("server")).contains(u"accept()"),
             qPrintable(last.notes.value(QStringLiteral("server"))));
    const quint16 serverPort = portOf(last.endpoints.value(QStringLiteral("server")));
    const quint16 clientPort = portOf(last.endpoints.value(QStringLiteral("client")));
    QVERIFY(serverPort != 0 && clientPort != 0);
    const QList<KernelSocketRow> rows = rowsOf({serverPort, clientPort});
    QCOMPARE(rows.size(), 3); // the listener and both ends of the connection
    for (const KernelSocketRow &row : rows)
        QCOMPARE(tcpStateName(row.state),
                 row.remotePort == 0 ? QStringLiteral("LISTEN") : QStringLiteral("ESTABLISHED"));

    // start() tears everything down (aborting the open connection) and begins again.
    session.start();
    QVERIFY(session.observations().isEmpty());
    QCOMPARE(session.nextStep(), 0);
    QVERIFY(rowsOf({serverPort, clientPort}).isEmpty());
}

void tst_LiveSession::disagreementIsShown()
{
    REQUIRE_KERNEL_VIEW();
    // Sequential calls on loopback cannot close simultaneously: the client's FIN arrives before
    // the server's close(), so the server is in CLOSE-WAIT where the model still has ESTABLISHED.
    const Scenario model = scenario(QStringLiteral("tcp-close-simultaneous"));
    QCOMPARE(model.step(1).kind, Step::Kind::SocketCall);
    QCOMPARE(model.step(2).kind, Step::Kind::SocketCall);
    LiveSession session(model);
    constexpr int timeoutMs = 300;
    session.setStepTimeout(timeoutMs);
    QVERIFY(runToEnd(session));

    const LiveObservation &afterClientClose = session.observations().at(1);
    const QString context = describe(model, afterClientClose);
    QCOMPARE(afterClientClose.agree, std::optional<bool>(false));
    QCOMPARE(stateText(afterClientClose.kernelStates.value(QStringLiteral("server"))), QStringLiteral("CLOSE-WAIT"));
    QVERIFY2(afterClientClose.notes.value(QStringLiteral("server"))
                 .contains(QStringLiteral("did not reach ESTABLISHED within %1 ms").arg(timeoutMs)),
             qPrintable(context));
    QVERIFY2(afterClientClose.waitedMs >= timeoutMs, qPrintable(QString::number(afterClientClose.waitedMs)));

    // Nowhere does the kernel reach CLOSING: every step that expects it disagrees or is null.
    bool closingExpected = false;
    for (const LiveObservation &observation : session.observations()) {
        for (const QString &name : model.endpointNames) {
            if (modelState(model, observation.step, name) != TcpState::Closing)
                continue;
            closingExpected = true;
            QVERIFY(observation.kernelStates.value(name) != TcpState::Closing);
        }
    }
    QVERIFY(closingExpected);
}

void tst_LiveSession::unperformableStepSaysWhy()
{
    REQUIRE_KERNEL_VIEW();
    const Scenario model = scenario(QStringLiteral("tcp-lost-ack"));
    int lossStep = -1;
    for (const Step &step : model.steps) {
        if (step.kind == Step::Kind::Loss) {
            lossStep = step.index;
            break;
        }
    }
    QVERIFY(lossStep > 0);
    LiveSession session(model);
    session.setStepTimeout(300);
    QVERIFY(runToEnd(session));
    QCOMPARE(session.observations().size(), model.stepCount());
    const LiveObservation &loss = session.observations().at(lossStep);
    QVERIFY2(loss.simulatedReason.contains(u"lost segment cannot be produced on loopback"),
             qPrintable(loss.simulatedReason));
    QVERIFY(loss.error.isEmpty());
    QVERIFY(!loss.agree.has_value());
    QVERIFY(!session.observations().constLast().simulatedReason.isEmpty());
    for (int step = 0; step < lossStep; ++step)
        QVERIFY2(session.observations().at(step).error.isEmpty(), qPrintable(session.observations().at(step).error));

    // Just before the loss the model's server waits in LAST-ACK for the ACK it will lose; on
    // loopback that ACK arrived, and the server is CLOSED. The model reaches CLOSED only after the
    // loss and a retransmission, so this is a disagreement, not a state that passed too fast.
    const LiveObservation &beforeLoss = session.observations().at(lossStep - 1);
    const QString context = describe(model, beforeLoss);
    QCOMPARE(modelState(model, lossStep - 1, QStringLiteral("server")), TcpState::LastAck);
    QCOMPARE(stateText(beforeLoss.kernelStates.value(QStringLiteral("server"))), QStringLiteral("CLOSED"));
    QVERIFY2(beforeLoss.agree == false, qPrintable(context));
}

void tst_LiveSession::destructorClosesSockets()
{
    REQUIRE_KERNEL_VIEW();
    const int socketsBefore = openSocketCount(true); // netlink included: nothing may outlive the session
    QList<quint16> ports;
    {
        LiveSession session(scenario(QStringLiteral("tcp-close")));
        QSignalSpy observed(&session, &LiveSession::stepObserved);
        session.advance();
        QTRY_COMPARE(observed.count(), 1);
        session.advance();
        QTRY_COMPARE(observed.count(), 2); // the client has shut down its side: FIN-WAIT-2, CLOSE-WAIT
        ports = session.ports();
        QCOMPARE(ports.size(), 2);
        QVERIFY(openSocketCount(true) >= socketsBefore + 3);
    }
    QCOMPARE(openSocketCount(true), socketsBefore);
    QVERIFY(rowsOf(ports).isEmpty()); // aborted: no TIME-WAIT left behind
}

QTEST_GUILESS_MAIN(tst_LiveSession)
#include "tst_livesession.moc"
