// `netsteps-cli serve`, the course's servers (hello, upper, echo over TCP and UDP), driven by Python
// clients of the kind the students write (tests/live/python/lab_client.py), through every bad
// input the issue lists. The protocols and the servers in process: tst_labprotocol. Everything on
// 127.0.0.1 with ports the kernel picks.

#include "processrun.h"
#include "pythonprogram.h"
#include "spinuntil.h"

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTest>

#include <functional>
#include <memory>

#include <signal.h>
#include <unistd.h>

namespace {

// `netsteps-cli serve ... --json` as a child process; its log read as it comes.
class Serve
{
public:
    // Starts the server, through `wrapper` (a program and its arguments) when one is given.
    bool start(const QStringList &args, const QStringList &wrapper = {})
    {
        m_process.setProcessEnvironment(englishEnvironment());
        QObject::connect(&m_process, &QProcess::readyReadStandardOutput, &m_process, [this] {
            m_buffer += m_process.readAllStandardOutput();
            for (qsizetype end = m_buffer.indexOf('\n'); end >= 0; end = m_buffer.indexOf('\n')) {
                m_events.append(QJsonDocument::fromJson(m_buffer.left(end)).object());
                m_buffer.remove(0, end + 1);
            }
        });
        QStringList command = wrapper + QStringList{QStringLiteral(NETSTEPS_CLI), QStringLiteral("serve")} + args
            + QStringList{QStringLiteral("--json")};
        m_process.start(command.takeFirst(), command);
        const int listeners = int(args.count(QStringLiteral("--tcp")) + args.count(QStringLiteral("--udp")));
        return spinUntil([&] { return count(u"listening") == listeners || m_process.state() == QProcess::NotRunning; })
            && count(u"listening") == listeners;
    }

    quint16 port(const QString &transport) const
    {
        for (const QJsonObject &e : m_events)
            if (e.value(QStringLiteral("event")).toString() == u"listening"
                && e.value(QStringLiteral("transport")).toString() == transport)
                return quint16(e.value(QStringLiteral("port")).toInt());
        return 0;
    }
    quint16 tcp() const { return port(QStringLiteral("tcp")); }
    quint16 udp() const { return port(QStringLiteral("udp")); }

    int count(QStringView event, QStringView reason = {}) const
    {
        return int(std::count_if(m_events.cbegin(), m_events.cend(), [&](const QJsonObject &e) {
            return e.value(QStringLiteral("event")).toString() == event
                && (reason.isEmpty() || e.value(QStringLiteral("reason")).toString() == reason);
        }));
    }
    QList<QJsonObject> events(QStringView event) const
    {
        QList<QJsonObject> found;
        for (const QJsonObject &e : m_events)
            if (e.value(QStringLiteral("event")).toString() == event)
                found.append(e);
        return found;
    }
    // What it wrote on stderr so far.
    QString errors()
    {
        m_errors += m_process.readAllStandardError();
        return QString::fromUtf8(m_errors);
    }
    // Everything, for a failure message.
    QString log()
    {
        QString text;
        for (const QJsonObject &e : m_events)
            text += QString::fromUtf8(QJsonDocument(e).toJson(QJsonDocument::Compact)) + u'\n';
        return text + errors();
    }
    QProcess &process() { return m_process; }

    ~Serve()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished();
        }
    }

private:
    QProcess m_process;
    QByteArray m_buffer;
    QByteArray m_errors;
    QList<QJsonObject> m_events;
};

QString hex(QByteArrayView bytes)
{
    return QString::fromLatin1(bytes.toByteArray().toHex());
}

} // namespace

class TestLabServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void courseClients_data();
    void courseClients();
    void oneMebibyteEchoesWhole();
    void idleClientDoesNotBlockOthers();
    void peerThatNeverReadsIsClosedAtTheCap();
    void twoHundredClientsAtOnce();
    void thousandsOfConnectCycles();
    void connectionCap();
    void descriptorsRunOut();
    void portInUse_data();
    void portInUse();
    void privilegedPort();
    void badUsage_data();
    void badUsage();
    void nonLoopbackBindWarns();
    void sigtermClosesConnections();
    void textLog();

private:
    // Runs lab_client.py with these arguments while the event loop runs (so the server's log
    // keeps being read); its one JSON object, or an empty one with *error set.
    QJsonObject client(const QStringList &args, QString *error);
    QJsonObject talk(quint16 port, const QStringList &extra, QString *error)
    {
        return client(QStringList{QStringLiteral("talk"), QStringLiteral("--port"), QString::number(port)} + extra,
                      error);
    }
    // A course client that must get "Hello, Rose!" from a hello server on port.
    bool servedNormally(quint16 port);

    QString m_python;
    QString m_script;
};

void TestLabServer::initTestCase()
{
    m_python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    m_script = QStringLiteral(NETSTEPS_SOURCE_DIR "/tests/live/python/lab_client.py");
    QVERIFY(QFile::exists(m_script));
}

QJsonObject TestLabServer::client(const QStringList &args, QString *error)
{
    if (m_python.isEmpty()) {
        *error = QStringLiteral("python3 is not installed");
        return {};
    }
    return runPythonProgram(m_python, m_script, args, error);
}

bool TestLabServer::servedNormally(quint16 port)
{
    QString error;
    const QJsonObject result = talk(port, {QStringLiteral("--welcome"), hex("Rose")}, &error);
    if (!error.isEmpty())
        qWarning("%s", qPrintable(error));
    return result.value(QStringLiteral("welcome")) == hex("Welcome!")
        && result.value(QStringLiteral("replies")).toArray() == QJsonArray{hex("Hello, Rose!")};
}

void TestLabServer::courseClients_data()
{
    QTest::addColumn<QString>("mode");
    QTest::addColumn<bool>("udp");
    QTest::addColumn<QList<QByteArray>>("messages");
    QTest::addColumn<QList<QByteArray>>("replies");
    using L = QList<QByteArray>;
    QTest::newRow("hello tcp") << "hello" << false << L{"Rose", "Think", "Babala", "Rose\n", "\xff\xfe"}
                               << L{"Hello, Rose!", "Hello, Think!", "Hello, Babala!", "Hello, Rose!\n", "Hello, \xff\xfe!"};
    QTest::newRow("upper tcp") << "upper" << false << L{"hello baby", "Rose\r\n", "\xff" "abc", "exit"}
                               << L{"HELLO BABY", "ROSE\r\n", "\xff" "ABC", "EXIT"};
    QTest::newRow("echo tcp") << "echo" << false << L{"Rose", "exit\n", "\xc3\x28"} << L{"Rose", "exit\n", "\xc3\x28"};
    QTest::newRow("hello udp") << "hello" << true << L{"Rose", "exit", "\xff\n"}
                               << L{"Hello, Rose!", "Hello, exit!", "Hello, \xff!\n"};
    QTest::newRow("upper udp") << "upper" << true << L{"hello baby", "\xe7\x8e\xab rose"}
                               << L{"HELLO BABY", "\xe7\x8e\xab ROSE"};
    QTest::newRow("echo udp") << "echo" << true << L{"Rose", QByteArray("\x00\xff", 2)}
                              << L{"Rose", QByteArray("\x00\xff", 2)};
}

void TestLabServer::courseClients()
{
    QFETCH(QString, mode);
    QFETCH(bool, udp);
    QFETCH(QList<QByteArray>, messages);
    QFETCH(QList<QByteArray>, replies);
    Serve serve;
    QVERIFY2(serve.start({"--tcp", "0", "--udp", "0", "--mode", mode}), qPrintable(serve.log()));
    const bool hello = mode == u"hello";
    QStringList args;
    if (udp)
        args << QStringLiteral("--udp");
    else if (hello)
        args << QStringLiteral("--welcome") << QStringLiteral("--exit");
    for (const QByteArray &message : std::as_const(messages))
        args.append(hex(message));
    QString error;
    const QJsonObject result = talk(udp ? serve.udp() : serve.tcp(), args, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QJsonArray expected;
    for (const QByteArray &reply : std::as_const(replies))
        expected.append(hex(reply));
    QCOMPARE(result.value(QStringLiteral("replies")).toArray(), expected);
    if (udp) {
        QVERIFY(spinUntil([&] { return serve.count(u"datagram") == messages.size(); }));
        return;
    }
    if (hello) {
        QCOMPARE(result.value(QStringLiteral("welcome")).toString(), hex("Welcome!"));
        QCOMPARE(result.value(QStringLiteral("after_exit")).toString(), QString()); // EOF: the server closed
    }
    QVERIFY2(spinUntil([&] { return serve.count(u"closed", hello ? u"exit" : u"peer-closed") == 1; }),
             qPrintable(serve.log()));
    const QJsonObject closed = serve.events(u"closed").constFirst();
    QCOMPARE(closed.value(QStringLiteral("reads")).toInt(), messages.size() + (hello ? 1 : 0));
}

void TestLabServer::oneMebibyteEchoesWhole()
{
    Serve serve;
    QVERIFY2(serve.start({"--tcp", "0", "--mode", "echo"}), qPrintable(serve.log()));
    QString error;
    const int size = 1024 * 1024;
    const QJsonObject result = client({"big", "--port", QString::number(serve.tcp()), "--size", QString::number(size)},
                                      &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(result.value(QStringLiteral("received")).toInt(), size);
    QVERIFY(result.value(QStringLiteral("equal")).toBool()); // every byte, in order
    QVERIFY(spinUntil([&] { return serve.count(u"closed", u"peer-closed") == 1; }));
    QCOMPARE(serve.events(u"closed").constFirst().value(QStringLiteral("bytes_out")).toInt(), size);
}

void TestLabServer::idleClientDoesNotBlockOthers()
{
    Serve serve;
    QVERIFY2(serve.start({"--tcp", "0"}), qPrintable(serve.log()));
    QTcpSocket idle; // connects and never sends
    idle.connectToHost(QHostAddress::LocalHost, serve.tcp());
    QVERIFY(spinUntil([&] { return serve.count(u"opened") == 1; }));
    QVERIFY(servedNormally(serve.tcp()));
    QVERIFY(servedNormally(serve.tcp()));
    QCOMPARE(idle.state(), QAbstractSocket::ConnectedState);
    QVERIFY(spinUntil([&] { return serve.count(u"closed", u"peer-closed") == 2; }));
    QCOMPARE(serve.count(u"closed"), 2);
}

void TestLabServer::peerThatNeverReadsIsClosedAtTheCap()
{
    Serve serve;
    QVERIFY2(serve.start({"--tcp", "0", "--mode", "echo"}), qPrintable(serve.log()));
    QTcpSocket before; // opened before the flood, served after it
    before.connectToHost(QHostAddress::LocalHost, serve.tcp());
    QVERIFY(before.waitForConnected(10000));

    QString error;
    const QJsonObject flood = client({"flood", "--port", QString::number(serve.tcp()), "--limit",
                                      QString::number(512 * 1024 * 1024)},
                                     &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    // The server gave up on it (closed with unread data: a reset), long before the limit.
    QVERIFY2(QStringList({"ConnectionResetError", "BrokenPipeError"}).contains(flood.value("error").toString()),
             qPrintable(QJsonDocument(flood).toJson()));
    QVERIFY(flood.value(QStringLiteral("sent")).toDouble() < 512.0 * 1024 * 1024);
    QVERIFY2(spinUntil([&] { return serve.count(u"closed", u"queue-overflow") == 1; }), qPrintable(serve.log()));
    const QJsonObject closed = serve.events(u"closed").constLast();
    QCOMPARE(closed.value(QStringLiteral("queue_cap_bytes")).toInt(), 1024 * 1024);
    QVERIFY(closed.value(QStringLiteral("message")).toString().contains(u"not reading"));

    before.write("still here");
    QTRY_COMPARE(before.bytesAvailable(), qint64(10));
    QCOMPARE(before.readAll(), "still here");
    const QJsonObject after = talk(serve.tcp(), {hex("Rose")}, &error);
    QCOMPARE(after.value(QStringLiteral("replies")).toArray(), QJsonArray{hex("Rose")});
}

void TestLabServer::twoHundredClientsAtOnce()
{
    Serve serve;
    QVERIFY2(serve.start({"--tcp", "0", "--mode", "upper"}), qPrintable(serve.log()));
    constexpr int Clients = 200;
    constexpr int Rounds = 300;
    struct Client
    {
        std::unique_ptr<QTcpSocket> socket = std::make_unique<QTcpSocket>();
        int round = 0;
        QByteArray expected;
        QByteArray received;
    };
    std::vector<Client> clients(Clients);
    int connected = 0;
    int finished = 0;
    int wrong = 0;
    const auto sendNext = [&](int i) {
        Client &c = clients[i];
        const QByteArray numbers = QByteArray::number(i) + " round " + QByteArray::number(c.round);
        c.expected = "CLIENT " + numbers.toUpper() + " ABC";
        c.socket->write("client " + numbers + " abc");
    };
    for (int i = 0; i < Clients; ++i) {
        QTcpSocket *socket = clients[i].socket.get();
        connect(socket, &QTcpSocket::connected, this, [&, i] {
            // Nobody sends before all are connected: the server holds 200 connections at once.
            if (++connected == Clients)
                for (int j = 0; j < Clients; ++j)
                    sendNext(j);
        });
        connect(socket, &QTcpSocket::readyRead, this, [&, i] {
            Client &c = clients[i];
            c.received += c.socket->readAll();
            if (c.received.size() < c.expected.size())
                return; // a reply split in two: wait for the rest
            if (c.received != c.expected)
                ++wrong;
            c.received.clear();
            if (++c.round < Rounds) {
                sendNext(i);
                return;
            }
            ++finished;
            c.socket->disconnectFromHost();
        });
        socket->connectToHost(QHostAddress::LocalHost, serve.tcp());
    }
    QVERIFY2(spinUntil([&] { return finished == Clients || wrong > 0; }, 300000),
             qPrintable(QStringLiteral("%1 finished, %2 connected").arg(finished).arg(connected)));
    QCOMPARE(wrong, 0);
    QVERIFY(spinUntil([&] { return serve.count(u"closed", u"peer-closed") == Clients; }));
    int mostOpen = 0;
    for (const QJsonObject &opened : serve.events(u"opened"))
        mostOpen = std::max(mostOpen, opened.value(QStringLiteral("open")).toInt());
    QCOMPARE(mostOpen, Clients);
    for (const QJsonObject &closed : serve.events(u"closed"))
        QCOMPARE(closed.value(QStringLiteral("reads")).toInt(), Rounds);
}

void TestLabServer::thousandsOfConnectCycles()
{
    Serve serve;
    QVERIFY2(serve.start({"--tcp", "0"}), qPrintable(serve.log()));
    constexpr int Cycles = 3000;
    QString error;
    client({"cycles", "--port", QString::number(serve.tcp()), "--count", QString::number(Cycles)}, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(spinUntil([&] { return serve.count(u"closed") == Cycles; }), qPrintable(QString::number(serve.count(u"closed"))));
    QCOMPARE(serve.count(u"opened"), Cycles);
    QVERIFY(servedNormally(serve.tcp()));
    // Every earlier connection was released: the fresh client is the only one open.
    QCOMPARE(serve.events(u"opened").constLast().value(QStringLiteral("open")).toInt(), 1);
}

void TestLabServer::connectionCap()
{
    Serve serve;
    QVERIFY2(serve.start({"--tcp", "0", "--max-conn", "3"}), qPrintable(serve.log()));
    std::vector<std::unique_ptr<QTcpSocket>> held;
    for (int i = 0; i < 3; ++i) {
        held.push_back(std::make_unique<QTcpSocket>());
        held.back()->connectToHost(QHostAddress::LocalHost, serve.tcp());
        QTRY_COMPARE(held.back()->bytesAvailable(), qint64(8)); // Welcome!
    }
    QTcpSocket fourth;
    fourth.connectToHost(QHostAddress::LocalHost, serve.tcp());
    QTRY_COMPARE(fourth.state(), QAbstractSocket::UnconnectedState);
    QCOMPARE(fourth.bytesAvailable(), qint64(0));
    QVERIFY(spinUntil([&] { return serve.count(u"closed", u"connection-cap") == 1; }));
    QCOMPARE(serve.events(u"closed").constFirst().value(QStringLiteral("cap")).toInt(), 3);

    held.front()->disconnectFromHost();
    QVERIFY(spinUntil([&] { return serve.count(u"closed", u"peer-closed") == 1; }));
    QVERIFY(servedNormally(serve.tcp()));
}

void TestLabServer::descriptorsRunOut()
{
#ifdef __SANITIZE_ADDRESS__
    // The sanitizers probe memory through a pipe (IsAccessibleMemoryRange): with no descriptor
    // left, UBSan's vptr check reports every object as invalid.
    QSKIP("Under the sanitizers a process cannot run out of descriptors without false reports.");
#endif
    const QString prlimit = QStandardPaths::findExecutable(QStringLiteral("prlimit"));
    if (prlimit.isEmpty())
        QSKIP("prlimit (util-linux) is not installed.");
    // With at most 32 descriptors the default cap of 1000 cannot be reached: the server says so,
    // then accept() runs out of descriptors while clients wait in the kernel's queue.
    Serve serve;
    QVERIFY2(serve.start({"--tcp", "0"}, {prlimit, "--nofile=32:32"}), qPrintable(serve.log()));
    std::vector<std::unique_ptr<QTcpSocket>> held;
    for (int i = 0; i < 40; ++i) {
        held.push_back(std::make_unique<QTcpSocket>());
        held.back()->connectToHost(QHostAddress::LocalHost, serve.tcp());
    }
    QVERIFY2(spinUntil([&] { return serve.count(u"warning") >= 1; }), qPrintable(serve.log()));
    const QString detail = serve.events(u"warning").constFirst().value(QStringLiteral("detail")).toString();
    QVERIFY2(detail.contains(u"EMFILE"), qPrintable(detail));
    const int accepted = serve.count(u"opened");
    QVERIFY(accepted > 0 && accepted < 40);

    // Once clients leave, the ones that waited are accepted, and a fresh client is served.
    held.clear();
    QVERIFY2(spinUntil([&] { return serve.count(u"closed") == 40; }), qPrintable(serve.log()));
    QCOMPARE(serve.count(u"opened"), 40);
    QVERIFY(servedNormally(serve.tcp()));
    QVERIFY2(serve.errors().contains(u"may open only 32 descriptors"), qPrintable(serve.errors()));
}

void TestLabServer::portInUse_data()
{
    QTest::addColumn<QString>("transport");
    QTest::newRow("tcp") << QStringLiteral("tcp");
    QTest::newRow("udp") << QStringLiteral("udp");
}

void TestLabServer::portInUse()
{
    QFETCH(QString, transport);
    Serve first;
    QVERIFY2(first.start({"--tcp", "0", "--udp", "0"}), qPrintable(first.log()));
    const ProcessRun second = runProcess(
        QStringLiteral(NETSTEPS_CLI), {"serve", "--" + transport, QString::number(first.port(transport))});
    QCOMPARE(second.exitCode, 3);
    QVERIFY2(second.err.contains(u"already in use"), qPrintable(second.err));
    QVERIFY2(second.err.contains(QString::number(first.port(transport))), qPrintable(second.err));
    QVERIFY(second.out.isEmpty() || !second.out.contains(QStringLiteral("listening ") + transport));
    // The first server carries on.
    QVERIFY(servedNormally(first.tcp()));
    QString error;
    const QJsonObject udp = talk(first.udp(), {"--udp", hex("Rose")}, &error);
    QCOMPARE(udp.value(QStringLiteral("replies")).toArray(), QJsonArray{hex("Hello, Rose!")});
}

void TestLabServer::privilegedPort()
{
    QFile start(QStringLiteral("/proc/sys/net/ipv4/ip_unprivileged_port_start"));
    if (start.open(QIODevice::ReadOnly) && start.readAll().trimmed().toInt() <= 80)
        QSKIP("This system lets any user bind ports below 1024.");
    QString program = QStringLiteral(NETSTEPS_CLI);
    QStringList prefix;
    if (::geteuid() == 0) {
        // Root may bind them: run the server without the capability that allows it.
        program = QStandardPaths::findExecutable(QStringLiteral("setpriv"));
        if (program.isEmpty())
            QSKIP("Running as root without setpriv to drop CAP_NET_BIND_SERVICE.");
        prefix = {"--inh-caps=-net_bind_service", "--bounding-set=-net_bind_service", NETSTEPS_CLI};
    }
    for (const char *transport : {"--tcp", "--udp"}) {
        const ProcessRun run = runProcess(program, prefix + QStringList{"serve", transport, "80"});
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.contains(u"permission denied") && run.err.contains(u"below 1024"), qPrintable(run.err));
    }
}

void TestLabServer::badUsage_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("named");
    QTest::newRow("no server") << QStringList{"--mode", "upper"} << "--tcp PORT";
    QTest::newRow("unknown mode") << QStringList{"--tcp", "0", "--mode", "shout"} << "shout";
    QTest::newRow("port too large") << QStringList{"--tcp", "70000"} << "70000";
    QTest::newRow("port not a number") << QStringList{"--udp", "http"} << "http";
    QTest::newRow("no connections allowed") << QStringList{"--tcp", "0", "--max-conn", "0"} << "--max-conn";
    QTest::newRow("bad address") << QStringList{"--tcp", "0", "--bind", "127.0.0"} << "127.0.0";
    QTest::newRow("unknown option") << QStringList{"--tcp", "0", "--fast"} << "fast";
    QTest::newRow("stray argument") << QStringList{"--tcp", "0", "upper"} << "upper";
}

void TestLabServer::badUsage()
{
    QFETCH(QStringList, args);
    QFETCH(QString, named);
    const ProcessRun run = runProcess(QStringLiteral(NETSTEPS_CLI), QStringList{"serve"} + args);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.startsWith(u"netsteps-cli serve: ") && run.err.contains(named), qPrintable(run.err));
}

void TestLabServer::nonLoopbackBindWarns()
{
    QFile nonLocal(QStringLiteral("/proc/sys/net/ipv4/ip_nonlocal_bind"));
    if (nonLocal.open(QIODevice::ReadOnly) && nonLocal.readAll().trimmed() != "0")
        QSKIP("This system binds addresses it does not have (ip_nonlocal_bind).");
    // 192.0.2.1 (TEST-NET-1) is no address of this machine: the warning comes first, then the
    // bind fails, so nothing ever listens beyond loopback.
    const ProcessRun run = runProcess(QStringLiteral(NETSTEPS_CLI), {"serve", "--tcp", "0", "--bind", "192.0.2.1"});
    QCOMPARE(run.exitCode, 2);
    const QStringList lines = run.err.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QVERIFY2(lines[0].contains(u"warning") && lines[0].contains(u"192.0.2.1") && lines[0].contains(u"not on loopback"),
             qPrintable(run.err));
    QVERIFY2(lines[1].contains(u"not an address of this machine"), qPrintable(run.err));
}

void TestLabServer::sigtermClosesConnections()
{
    for (const int signal : {SIGTERM, SIGINT}) {
        Serve serve;
        QVERIFY2(serve.start({"--tcp", "0", "--udp", "0"}), qPrintable(serve.log()));
        QTcpSocket a;
        QTcpSocket b;
        for (QTcpSocket *socket : {&a, &b})
            socket->connectToHost(QHostAddress::LocalHost, serve.tcp());
        QVERIFY(spinUntil([&] { return serve.count(u"opened") == 2; }));
        QCOMPARE(::kill(pid_t(serve.process().processId()), signal), 0);
        QVERIFY(spinUntil([&] { return serve.process().state() == QProcess::NotRunning; }));
        QCOMPARE(serve.process().exitStatus(), QProcess::NormalExit);
        QCOMPARE(serve.process().exitCode(), 0);
        QCOMPARE(serve.count(u"closed", u"stopped"), 2);
        QCOMPARE(serve.count(u"stopped"), 2); // the TCP and the UDP server
        QCOMPARE(serve.events(u"stopped").constFirst().value(QStringLiteral("closed")).toInt(), 2);
        QVERIFY(serve.errors().contains(signal == SIGTERM ? u"SIGTERM" : u"SIGINT"));
        // Closed cleanly: each client read the server's FIN.
        QTRY_COMPARE(a.state(), QAbstractSocket::UnconnectedState);
        QTRY_COMPARE(b.state(), QAbstractSocket::UnconnectedState);
    }
}

void TestLabServer::textLog()
{
    QProcess serve;
    serve.setProcessEnvironment(englishEnvironment());
    serve.start(QStringLiteral(NETSTEPS_CLI), {"serve", "--tcp", "0"});
    QVERIFY(spinUntil([&] { return serve.canReadLine() || serve.state() == QProcess::NotRunning; }));
    const QString first = QString::fromUtf8(serve.readLine()).trimmed();
    const QRegularExpressionMatch listening =
        QRegularExpression(QStringLiteral("^listening tcp 127\\.0\\.0\\.1:(\\d+)$")).match(first);
    QVERIFY2(listening.hasMatch(), qPrintable(first));
    const quint16 port = quint16(listening.captured(1).toUInt());
    QString error;
    talk(port, {"--welcome", "--exit", hex("Rose")}, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QString log;
    QVERIFY(spinUntil([&] {
        log += QString::fromUtf8(serve.readAllStandardOutput());
        return log.count(u'\n') >= 2;
    }));
    serve.terminate();
    QVERIFY(serve.waitForFinished(10000));
    log += QString::fromUtf8(serve.readAllStandardOutput());
    const QStringList lines = log.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QVERIFY2(QRegularExpression(QStringLiteral("^opened tcp 127\\.0\\.0\\.1:\\d+ → 127\\.0\\.0\\.1:%1 ").arg(port))
                 .match(lines[0])
                 .hasMatch(),
             qPrintable(lines[0]));
    QVERIFY2(lines[1].startsWith(u"closed tcp 127.0.0.1:") && lines[1].contains(u"sent exit")
                 && lines[1].contains(u"2 read(s), 8 byte(s) in, 20 byte(s) out"),
             qPrintable(lines[1]));
    QCOMPARE(lines[2], QStringLiteral("stopped tcp 127.0.0.1:%1: 0 connections closed").arg(port));
}

QTEST_GUILESS_MAIN(TestLabServer)
#include "tst_labserver.moc"
