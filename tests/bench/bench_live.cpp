// Benchmarks of the live layer (not a test: nothing here asserts a time). Run:
//   build/tests/bench/bench_live            (QBENCHMARK's default walltime measurement)
// It measures one kernel-view query by descriptor (TCP_INFO), one read of the socket table
// (/proc/net/tcp on Linux), and a full live run of tcp-handshake and tcp-close on 127.0.0.1.

#include "kerneltcpview.h"
#include "livesession.h"
#include "scenarioregistry.h"

#include <QEventLoop>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace NetSteps;

class BenchLive : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void stateOfDescriptor();
    void socketTable();
    void liveRun_data();
    void liveRun();

private:
    std::unique_ptr<KernelTcpView> m_view = KernelTcpView::create();
};

void BenchLive::initTestCase()
{
    if (!m_view->isAvailable())
        QSKIP(qPrintable(m_view->unavailableReason()));
}

void BenchLive::stateOfDescriptor()
{
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    QBENCHMARK {
        QCOMPARE(m_view->stateOfDescriptor(server.socketDescriptor()), std::optional(TcpState::Listen));
    }
}

void BenchLive::socketTable()
{
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    QBENCHMARK {
        QVERIFY(!m_view->ipv4Sockets().isEmpty());
    }
}

void BenchLive::liveRun_data()
{
    QTest::addColumn<QString>("id");
    QTest::newRow("tcp-handshake") << QStringLiteral("tcp-handshake");
    QTest::newRow("tcp-close") << QStringLiteral("tcp-close");
}

void BenchLive::liveRun()
{
    QFETCH(QString, id);
    const Scenario scenario = *ScenarioRegistry::build(id, {});
    QBENCHMARK {
        LiveSession session(scenario);
        QEventLoop loop;
        connect(&session, &LiveSession::finished, &loop, &QEventLoop::quit);
        session.runToEnd();
        if (!session.atEnd())
            loop.exec();
        session.stop();
        QCOMPARE(session.observations().size(), scenario.stepCount());
    }
}

QTEST_GUILESS_MAIN(BenchLive)
#include "bench_live.moc"
