// Benchmarks of the live layer (not a test: nothing here asserts a time). Run:
//   build/tests/bench/bench_live            (QBENCHMARK's default walltime measurement)
// It measures one kernel-view query by descriptor (TCP_INFO), one read of the socket table
// (/proc/net/tcp on Linux), one connection looked up by its 4-tuple (sock_diag on Linux) beside
// the same lookup through the socket table, a full live run of tcp-handshake and tcp-close on 127.0.0.1, and
// capturing the segments of an exchange on loopback: reading them and decoding each (needs root
// or CAP_NET_RAW, skipped otherwise).

#include "framecodec.h"
#include "kerneltcpview.h"
#include "livesession.h"
#include "packetcapture.h"
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
    void connectionLookup_data();
    void connectionLookup();
    void liveRun_data();
    void liveRun();
    void captureAndDecode();

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

void BenchLive::connectionLookup_data()
{
    QTest::addColumn<bool>("exact");
    QTest::newRow("exact lookup") << true;
    QTest::newRow("through the socket table") << false;
}

void BenchLive::connectionLookup()
{
    QFETCH(bool, exact);
    if (exact && !m_view->hasExactLookup())
        QSKIP("This system has no exact lookup; connection() reads the socket table.");
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, server.serverPort());
    QVERIFY(client.waitForConnected(2000) && server.waitForNewConnection(2000));
    const quint16 clientPort = client.localPort();
    const quint16 serverPort = server.serverPort();
    const KernelTcpView &view = *m_view;
    QBENCHMARK {
        // The base class's connection() is the fallback that reads every row.
        const std::optional<KernelSocketRow> row = exact ? view.connection(clientPort, serverPort)
                                                         : view.KernelTcpView::connection(clientPort, serverPort);
        QVERIFY(row && row->state == TcpState::Established);
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

void BenchLive::captureAndDecode()
{
    const std::unique_ptr<PacketCapture> capture = PacketCapture::create();
    QString error;
    if (!capture->start(&error))
        QSKIP(qPrintable(error));
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, server.serverPort());
    QVERIFY(client.waitForConnected(2000) && server.waitForNewConnection(2000));
    QTcpSocket *accepted = server.nextPendingConnection();
    QVERIFY(accepted);
    capture->setPorts({server.serverPort(), client.localPort()});
    capture->takeFrames(); // the handshake stays out of the measurement

    constexpr int messages = 50;
    const QByteArray message(100, 'x');
    QBENCHMARK {
        for (int i = 0; i < messages; ++i) {
            client.write(message);
            QVERIFY(client.waitForBytesWritten(2000));
        }
        qint64 received = 0;
        while (received < messages * message.size() && accepted->waitForReadyRead(2000))
            received += accepted->readAll().size();
        QCOMPARE(received, messages * message.size());
        const QList<CapturedFrame> frames = capture->takeFrames();
        QVERIFY(!frames.isEmpty());
        for (const CapturedFrame &frame : frames)
            QVERIFY(FrameCodec::decode(frame.bytes));
    }
}

QTEST_GUILESS_MAIN(BenchLive)
#include "bench_live.moc"
