// The course's protocols as pure functions (LabProtocol), and the lab servers in process: the TCP
// server with each poller (epoll, Qt's notifiers) and the UDP server with its bounded reads and
// summarised log. `netsteps-cli serve` itself: tst_labserver.

#include "labprotocol.h"
#include "labtcpserver.h"
#include "labudpserver.h"
#include "spinuntil.h"

#include <QDeadlineTimer>
#include <QNetworkDatagram>
#include <QProcess>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTest>
#include <QUdpSocket>

#include <functional>

using namespace NetSteps;

namespace {

} // namespace

class TestLabProtocol : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void modeNames();
    void respond_data();
    void respond();
    void upperIsPythonsBytesUpper();
    void inProcessTcp_data();
    void inProcessTcp();
    void inProcessUdp();

private:
    QString m_python;
};

void TestLabProtocol::initTestCase()
{
    qRegisterMetaType<LabEvent>();
    m_python = QStandardPaths::findExecutable(QStringLiteral("python3"));
}

void TestLabProtocol::modeNames()
{
    for (const LabMode mode : {LabMode::Hello, LabMode::Upper, LabMode::Echo})
        QCOMPARE(LabProtocol::modeFromName(LabProtocol::modeName(mode)), std::optional(mode));
    QCOMPARE(LabProtocol::modeFromName(u"Hello"), std::nullopt);
    QCOMPARE(LabProtocol::greeting(LabMode::Hello), QByteArrayView("Welcome!"));
    QVERIFY(LabProtocol::greeting(LabMode::Upper).isEmpty());
    QVERIFY(LabProtocol::greeting(LabMode::Echo).isEmpty());
}

void TestLabProtocol::respond_data()
{
    QTest::addColumn<LabMode>("mode");
    QTest::addColumn<LabTransport>("transport");
    QTest::addColumn<QByteArray>("message");
    QTest::addColumn<QByteArray>("reply");
    QTest::addColumn<bool>("close");
    const auto tcp = LabTransport::Tcp;
    const auto udp = LabTransport::Udp;
    QTest::newRow("hello Rose") << LabMode::Hello << tcp << QByteArray("Rose") << QByteArray("Hello, Rose!") << false;
    QTest::newRow("hello nc line") << LabMode::Hello << tcp << QByteArray("Rose\n") << QByteArray("Hello, Rose!\n") << false;
    QTest::newRow("hello telnet line") << LabMode::Hello << tcp << QByteArray("Rose\r\n") << QByteArray("Hello, Rose!\r\n")
                                       << false;
    QTest::newRow("hello one ending only") << LabMode::Hello << tcp << QByteArray("a\n\n") << QByteArray("Hello, a\n!\n")
                                           << false;
    QTest::newRow("hello empty line") << LabMode::Hello << tcp << QByteArray("\n") << QByteArray("Hello, !\n") << false;
    QTest::newRow("hello exit") << LabMode::Hello << tcp << QByteArray("exit") << QByteArray() << true;
    QTest::newRow("hello exit nc") << LabMode::Hello << tcp << QByteArray("exit\n") << QByteArray() << true;
    QTest::newRow("hello exit telnet") << LabMode::Hello << tcp << QByteArray("exit\r\n") << QByteArray() << true;
    QTest::newRow("hello Exit is a name") << LabMode::Hello << tcp << QByteArray("Exit") << QByteArray("Hello, Exit!")
                                          << false;
    QTest::newRow("hello exit and more") << LabMode::Hello << tcp << QByteArray("exit now")
                                         << QByteArray("Hello, exit now!") << false;
    QTest::newRow("hello udp exit") << LabMode::Hello << udp << QByteArray("exit") << QByteArray("Hello, exit!") << false;
    QTest::newRow("hello udp empty") << LabMode::Hello << udp << QByteArray() << QByteArray("Hello, !") << false;
    QTest::newRow("hello invalid utf-8") << LabMode::Hello << tcp << QByteArray("\xff\xfe\xc3")
                                         << QByteArray("Hello, \xff\xfe\xc3!")
                                         << false;
    QTest::newRow("hello utf-8") << LabMode::Hello << tcp << QByteArray("玫瑰") << QByteArray("Hello, 玫瑰!") << false;
    QTest::newRow("upper ascii") << LabMode::Upper << tcp << QByteArray("hello, World 123\n")
                                 << QByteArray("HELLO, WORLD 123\n") << false;
    QTest::newRow("upper keeps utf-8") << LabMode::Upper << tcp << QByteArray("caf\xc3\xa9 \xc3\x9f")
                                       << QByteArray("CAF\xc3\xa9 \xc3\x9f") << false;
    QTest::newRow("upper invalid utf-8") << LabMode::Upper << udp << QByteArray("\xff\xe0z") << QByteArray("\xff\xe0Z") << false;
    QTest::newRow("upper exit does not close") << LabMode::Upper << tcp << QByteArray("exit") << QByteArray("EXIT") << false;
    QTest::newRow("upper udp empty") << LabMode::Upper << udp << QByteArray() << QByteArray() << false;
    QTest::newRow("echo bytes") << LabMode::Echo << tcp << QByteArray("any\r\n\xff\x00 x", 9)
                                << QByteArray("any\r\n\xff\x00 x", 9) << false;
    QTest::newRow("echo exit does not close") << LabMode::Echo << tcp << QByteArray("exit\n") << QByteArray("exit\n") << false;
}

void TestLabProtocol::respond()
{
    QFETCH(LabMode, mode);
    QFETCH(LabTransport, transport);
    QFETCH(QByteArray, message);
    QFETCH(QByteArray, reply);
    QFETCH(bool, close);
    QByteArray out("kept:");
    QCOMPARE(LabProtocol::respond(mode, transport, message, &out), close);
    QCOMPARE(out, "kept:" + reply); // appends, never replaces
}

void TestLabProtocol::upperIsPythonsBytesUpper()
{
    if (m_python.isEmpty())
        QSKIP("python3 is not installed");
    QByteArray all;
    for (int i = 0; i < 256; ++i)
        all.append(char(i));
    QProcess python;
    python.start(m_python, {QStringLiteral("-c"),
                            QStringLiteral("import sys; sys.stdout.buffer.write(sys.stdin.buffer.read().upper())")});
    QVERIFY(python.waitForStarted());
    python.write(all);
    python.closeWriteChannel();
    QVERIFY(python.waitForFinished());
    QCOMPARE(LabProtocol::upper(all), python.readAllStandardOutput());
}

void TestLabProtocol::inProcessTcp_data()
{
    QTest::addColumn<LabPoller::Kind>("poller");
    QTest::addColumn<QString>("mechanism");
#ifdef Q_OS_LINUX
    QTest::newRow("epoll") << LabPoller::Kind::Best << QStringLiteral("epoll");
#endif
    QTest::newRow("notifiers") << LabPoller::Kind::Notifiers << QStringLiteral("notifiers");
}

void TestLabProtocol::inProcessTcp()
{
    QFETCH(LabPoller::Kind, poller);
    QFETCH(QString, mechanism);
    LabServerOptions options;
    options.poller = poller;
    LabTcpServer server(options);
    QSignalSpy events(&server, &LabTcpServer::event);
    LabListenError error;
    QVERIFY2(server.listen(&error), qPrintable(error.message));
    QCOMPARE(server.pollerMechanism(), mechanism);
    QCOMPARE(server.address().address, loopbackAddress);
    QVERIFY(server.address().port != 0);
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.at(0).at(0).value<LabEvent>().kind, LabEvent::Kind::Listening);

    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, server.address().port);
    QTRY_COMPARE(socket.bytesAvailable(), qint64(8));
    QCOMPARE(socket.readAll(), "Welcome!");
    QCOMPARE(server.connectionCount(), 1);
    const quint16 clientPort = socket.localPort();
    socket.write("Rose");
    QTRY_COMPARE(socket.bytesAvailable(), qint64(12));
    QCOMPARE(socket.readAll(), "Hello, Rose!");
    socket.write("exit\n");
    QTRY_COMPARE(socket.state(), QAbstractSocket::UnconnectedState);
    QTRY_COMPARE(server.connectionCount(), 0);

    QCOMPARE(events.size(), 3);
    const LabEvent opened = events.at(1).at(0).value<LabEvent>();
    QCOMPARE(opened.kind, LabEvent::Kind::Opened);
    QCOMPARE(opened.peer.port, clientPort);
    QCOMPARE(opened.count, 1);
    const LabEvent closed = events.at(2).at(0).value<LabEvent>();
    QCOMPARE(closed.kind, LabEvent::Kind::Closed);
    QCOMPARE(closed.reason, LabCloseReason::Exit);
    QCOMPARE(closed.reads, 2);
    QCOMPARE(closed.bytesIn, 9);
    QCOMPARE(closed.bytesOut, 20);

    server.stop();
    QCOMPARE(events.last().at(0).value<LabEvent>().kind, LabEvent::Kind::Stopped);
    QTcpSocket late;
    late.connectToHost(QHostAddress::LocalHost, server.address().port);
    QTRY_COMPARE(late.state(), QAbstractSocket::UnconnectedState); // refused: nothing listens any more
}

void TestLabProtocol::inProcessUdp()
{
    LabServerOptions options;
    options.mode = LabMode::Upper;
    LabUdpServer server(options);
    QSignalSpy events(&server, &LabUdpServer::event);
    LabListenError error;
    QVERIFY2(server.listen(&error), qPrintable(error.message));
    QUdpSocket socket;
    QVERIFY(socket.bind(QHostAddress::LocalHost, 0));
    // More datagrams than one wake-up reads: the rest must still be answered.
    constexpr int Datagrams = 150;
    for (int i = 0; i < Datagrams; ++i)
        QCOMPARE(socket.writeDatagram("rose " + QByteArray::number(i), QHostAddress::LocalHost, server.address().port),
                 qint64(5 + QByteArray::number(i).size()));
    QSet<QByteArray> replies;
    QVERIFY(spinUntil([&] {
        while (socket.hasPendingDatagrams())
            replies.insert(socket.receiveDatagram().data());
        return replies.size() == Datagrams;
    }));
    QVERIFY(replies.contains("ROSE 0"));
    QVERIFY(replies.contains("ROSE 149"));

    // The first ones logged one by one, the others counted in one summary line.
    const auto count = [&](LabEvent::Kind kind) {
        qint64 n = 0;
        for (const QList<QVariant> &e : std::as_const(events)) {
            const LabEvent event = e.at(0).value<LabEvent>();
            n += event.kind != kind ? 0 : kind == LabEvent::Kind::DatagramSummary ? event.reads : 1;
        }
        return n;
    };
    QTRY_COMPARE_WITH_TIMEOUT(count(LabEvent::Kind::Datagram) + count(LabEvent::Kind::DatagramSummary),
                              qint64(Datagrams), 10000);
    QVERIFY(count(LabEvent::Kind::Datagram) <= 2 * LabUdpServer::LoggedPerSecond);
    server.stop();
    QCOMPARE(events.last().at(0).value<LabEvent>().kind, LabEvent::Kind::Stopped);
}

QTEST_GUILESS_MAIN(TestLabProtocol)
#include "tst_labprotocol.moc"
