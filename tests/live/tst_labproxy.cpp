// `netsteps-cli proxy` between Python programs of the kind the students write
// (tests/live/python/lab_client.py, proxy_peers.py) and `netsteps-cli serve` or a Python server:
// the bytes pass unchanged, each end (FIN, RST, a refused connect) is passed on as the other side
// would have seen it directly, and the log says so. Everything on 127.0.0.1, ports the kernel picks.

#include "jsonlogprocess.h"
#include "processrun.h"
#include "pythonprogram.h"
#include "spinuntil.h"

#include <QDir>
#include <QJsonArray>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <memory>
#include <vector>

#include <signal.h>

namespace {

QString hex(QByteArrayView bytes)
{
    return QString::fromLatin1(bytes.toByteArray().toHex());
}

// Descriptors the process holds now (Linux), or -1.
int descriptorCount(qint64 pid)
{
    const QDir fds(QStringLiteral("/proc/%1/fd").arg(pid));
    return fds.exists() ? int(fds.entryList(QDir::NoDotAndDotDot | QDir::AllEntries | QDir::System).size()) : -1;
}

// A port nothing listens on: the kernel picks a free one, which is then closed again.
quint16 closedPort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    return server.serverPort();
}

// `netsteps-cli serve` with the proxy in front of it.
struct ServeBehindProxy
{
    JsonLogProcess serve;
    JsonLogProcess proxy;

    bool start(const QString &mode, const QStringList &proxyArgs = {}, const QString &host = "127.0.0.1")
    {
        return serve.start({"serve", "--tcp", "0", "--mode", mode})
            && proxy.start(QStringList{"proxy", "--listen", "0", "--to", host + u':' + QString::number(serve.port())}
                           + proxyArgs);
    }
    QString log() { return serve.log() + proxy.log(); }
};

// A Python server from proxy_peers.py: it prints its port, serves one client, then prints what it saw.
class PythonServer
{
public:
    bool start(const QString &python, const QString &script, const QString &command)
    {
        m_process.start(python, {script, command});
        if (!spinUntil([&] { return m_process.canReadLine() || m_process.state() == QProcess::NotRunning; }))
            return false;
        m_port = quint16(m_process.readLine().trimmed().toUInt());
        return m_port != 0;
    }
    quint16 port() const { return m_port; }
    QJsonObject result()
    {
        spinUntil([&] { return m_process.state() == QProcess::NotRunning; });
        return QJsonDocument::fromJson(m_process.readAllStandardOutput()).object();
    }
    ~PythonServer()
    {
        m_process.kill();
        m_process.waitForFinished();
    }

private:
    QProcess m_process;
    quint16 m_port = 0;
};

} // namespace

class TestLabProxy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void courseClientsAsDirectly_data();
    void courseClientsAsDirectly();
    void fiftyClientsAtOnce();
    void halfClosePassesOn();
    void serverResetReachesClient();
    void clientResetReachesServer();
    void targetRefused();
    void slowReaderSlowsTheSenderDown();
    void clientThatNeverReadsEndsAsDirectly();
    void connectionCap();
    void badUsage_data();
    void badUsage();
    void stopSignalClosesEverything_data();
    void stopSignalClosesEverything();
    void textLog();

private:
    QJsonObject python(const QString &script, const QStringList &args, QString *error)
    {
        return runPythonProgram(m_python, script, args, error);
    }
    QJsonObject talk(quint16 port, const QStringList &args, QString *error)
    {
        return python(m_labClient, QStringList{"talk", "--port", QString::number(port)} + args, error);
    }
    QJsonObject peer(const QString &command, quint16 port, const QByteArray &message, QString *error)
    {
        return python(m_peers, {command, "--port", QString::number(port), hex(message)}, error);
    }
    static bool startProxy(JsonLogProcess &proxy, const QString &target, const QStringList &extra = {})
    {
        return proxy.start(QStringList{"proxy", "--listen", "0", "--to", target} + extra);
    }
    static QString local(quint16 port) { return QStringLiteral("127.0.0.1:%1").arg(port); }

    QString m_python;
    QString m_labClient;
    QString m_peers;
};

void TestLabProxy::initTestCase()
{
    m_python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (m_python.isEmpty())
        QSKIP("python3 is not installed: the course's programs are Python.");
    m_labClient = QStringLiteral(NETSTEPS_SOURCE_DIR "/tests/live/python/lab_client.py");
    m_peers = QStringLiteral(NETSTEPS_SOURCE_DIR "/tests/live/python/proxy_peers.py");
    QVERIFY(QFile::exists(m_labClient));
    QVERIFY(QFile::exists(m_peers));
}

void TestLabProxy::courseClientsAsDirectly_data()
{
    QTest::addColumn<QString>("mode");
    QTest::addColumn<QString>("host");
    QTest::addColumn<QList<QByteArray>>("messages");
    QTest::addColumn<QString>("firstPreview"); // the first message as the log shows it
    using L = QList<QByteArray>;
    QTest::newRow("hello") << "hello" << "127.0.0.1" << L{"Rose", "Think", "\xff\xfe"} << "b'Rose'";
    QTest::newRow("hello by host name") << "hello" << "localhost" << L{"Rose"} << "b'Rose'";
    QTest::newRow("upper") << "upper" << "127.0.0.1" << L{"hello baby", "Rose\r\n", "exit"} << "b'hello baby'";
    QTest::newRow("echo") << "echo" << "127.0.0.1" << L{"it's\xff\n", QByteArray(100, 'x')} << "b\"it's\\xff\\n\"";
}

void TestLabProxy::courseClientsAsDirectly()
{
    QFETCH(QString, mode);
    QFETCH(QString, host);
    QFETCH(QList<QByteArray>, messages);
    QFETCH(QString, firstPreview);
    ServeBehindProxy lab;
    QVERIFY2(lab.start(mode, {}, host), qPrintable(lab.log()));
    JsonLogProcess &serve = lab.serve;
    JsonLogProcess &proxy = lab.proxy;
    QCOMPARE(proxy.events(u"listening").constFirst().value(QStringLiteral("target")).toString(), local(serve.port()));

    const bool hello = mode == u"hello";
    QStringList args;
    if (hello)
        args << "--welcome" << "--exit";
    for (const QByteArray &message : std::as_const(messages))
        args << hex(message);
    QString error;
    const QJsonObject direct = talk(serve.port(), args, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QJsonObject proxied = talk(proxy.port(), args, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(proxied, direct);
    QCOMPARE(proxied.value(QStringLiteral("replies")).toArray().size(), messages.size());
    if (hello)
        QCOMPARE(proxied.value(QStringLiteral("welcome")).toString(), hex("Welcome!"));

    QVERIFY2(spinUntil([&] { return proxy.count(u"closed") == 2; }), qPrintable(proxy.log()));
    // hello: the server closes first after "exit"; otherwise the client does.
    const QString first = hello ? QStringLiteral("server") : QStringLiteral("client");
    for (const QJsonObject &closed : proxy.events(u"closed")) {
        QCOMPARE(closed.value(QStringLiteral("reason")).toString(), QStringLiteral("peer-closed"));
        QCOMPARE(closed.value(QStringLiteral("closed_first")).toString(), first);
    }
    const QJsonObject clientLeg = proxy.events(u"closed", u"leg", u"client").constFirst();
    const QJsonObject serverLeg = proxy.events(u"closed", u"leg", u"server").constFirst();
    QCOMPARE(clientLeg.value(QStringLiteral("bytes_in")), serverLeg.value(QStringLiteral("bytes_out")));
    QCOMPARE(serverLeg.value(QStringLiteral("bytes_in")), clientLeg.value(QStringLiteral("bytes_out")));
    qint64 sent = 0;
    for (const QByteArray &message : std::as_const(messages))
        sent += message.size();
    QCOMPARE(clientLeg.value(QStringLiteral("bytes_in")).toInteger(), sent + (hello ? 4 : 0)); // + "exit"
    QCOMPARE(proxy.events(u"data", u"leg", u"client").constFirst().value(QStringLiteral("preview")).toString(),
             firstPreview);
    QCOMPARE(proxy.count(u"opened", u"leg", u"server"), 1);
}

void TestLabProxy::fiftyClientsAtOnce()
{
    ServeBehindProxy lab;
    QVERIFY2(lab.start("upper"), qPrintable(lab.log()));
    JsonLogProcess &proxy = lab.proxy;
    const int baseline = descriptorCount(proxy.process().processId());
    constexpr int Clients = 50;
    QString error;
    const QJsonObject result = python(m_peers, {"many", "--port", QString::number(proxy.port()), "--clients",
                                                QString::number(Clients), "--rounds", "100"},
                                      &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(result.value(QStringLiteral("wrong")).toArray(), QJsonArray());
    QVERIFY2(spinUntil([&] { return proxy.count(u"closed", u"reason", u"peer-closed") == 2 * Clients; }),
             qPrintable(proxy.errors()));
    int mostOpen = 0;
    for (const QJsonObject &opened : proxy.events(u"opened", u"leg", u"client"))
        mostOpen = std::max(mostOpen, opened.value(QStringLiteral("open")).toInt());
    QCOMPARE(mostOpen, Clients);
    for (const QJsonObject &closed : proxy.events(u"closed"))
        QCOMPARE(closed.value(QStringLiteral("reads")).toInt(), 100); // every message and reply, one read each
    // Every connection's two descriptors were given back.
    if (baseline > 0)
        QCOMPARE(descriptorCount(proxy.process().processId()), baseline);
    QVERIFY(proxy.invalidLines().isEmpty());
}

void TestLabProxy::halfClosePassesOn()
{
    PythonServer server; // answers only after the client's FIN
    QVERIFY(server.start(m_python, m_peers, QStringLiteral("after-eof-server")));
    JsonLogProcess proxy;
    QVERIFY2(startProxy(proxy, local(server.port())), qPrintable(proxy.log()));
    QString error;
    const QJsonObject client = peer(QStringLiteral("half-close"), proxy.port(), "Rose", &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    // The server saw the client's FIN (its recv() returned b''), and its answer still reached the
    // client, whose sending side was already shut.
    const QJsonObject seen = server.result();
    QCOMPARE(seen.value(QStringLiteral("received")).toString(), hex("Rose"));
    QCOMPARE(seen.value(QStringLiteral("error")), QJsonValue(QJsonValue::Null));
    QCOMPARE(client.value(QStringLiteral("received")).toString(), hex("after your FIN I got Rose"));
    QCOMPARE(client.value(QStringLiteral("error")), QJsonValue(QJsonValue::Null));

    QVERIFY2(spinUntil([&] { return proxy.count(u"closed") == 2; }), qPrintable(proxy.log()));
    const QList<QJsonObject> &log = proxy.all();
    const auto at = [&](QStringView event, QStringView leg) {
        return std::find_if(log.cbegin(), log.cend(), [&](const QJsonObject &e) {
                   return e.value(QStringLiteral("event")).toString() == event
                       && e.value(QStringLiteral("leg")).toString() == leg;
               })
            - log.cbegin();
    };
    QVERIFY2(at(u"eof", u"client") < at(u"shutdown", u"server"), qPrintable(proxy.log()));
    QVERIFY2(at(u"shutdown", u"server") < at(u"data", u"server"), qPrintable(proxy.log())); // data after the FIN
    QVERIFY2(at(u"eof", u"server") < at(u"shutdown", u"client"), qPrintable(proxy.log()));
    QCOMPARE(log[at(u"eof", u"client")].value(QStringLiteral("state")).toString(), QStringLiteral("CLOSE-WAIT"));
    for (const QJsonObject &closed : proxy.events(u"closed"))
        QCOMPARE(closed.value(QStringLiteral("closed_first")).toString(), QStringLiteral("client"));
}

void TestLabProxy::serverResetReachesClient()
{
    PythonServer server; // reads one message, then resets
    QVERIFY(server.start(m_python, m_peers, QStringLiteral("reset-server")));
    JsonLogProcess proxy;
    QVERIFY2(startProxy(proxy, local(server.port())), qPrintable(proxy.log()));
    QString error;
    const QJsonObject client = peer(QStringLiteral("send-and-read"), proxy.port(), "Rose", &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(client.value(QStringLiteral("error")).toString(), QStringLiteral("ConnectionResetError"));
    QCOMPARE(server.result().value(QStringLiteral("received")).toString(), hex("Rose"));
    QVERIFY2(spinUntil([&] { return proxy.count(u"closed") == 2; }), qPrintable(proxy.log()));
    const QJsonObject serverLeg = proxy.events(u"closed", u"leg", u"server").constFirst();
    QCOMPARE(serverLeg.value(QStringLiteral("reason")).toString(), QStringLiteral("reset"));
    QVERIFY2(serverLeg.value(QStringLiteral("message")).toString().contains(u"ECONNRESET 104 / WinError 10054"),
             qPrintable(proxy.log()));
    QCOMPARE(proxy.events(u"closed", u"leg", u"client").constFirst().value(QStringLiteral("reason")).toString(),
             QStringLiteral("aborted"));
}

void TestLabProxy::clientResetReachesServer()
{
    ServeBehindProxy lab;
    QVERIFY2(lab.start("echo"), qPrintable(lab.log()));
    JsonLogProcess &serve = lab.serve;
    JsonLogProcess &proxy = lab.proxy;
    QString error;
    const QJsonObject client = peer(QStringLiteral("reset-after-reply"), proxy.port(), "Rose", &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(client.value(QStringLiteral("reply")).toString(), hex("Rose"));
    QVERIFY2(spinUntil([&] { return serve.count(u"closed") == 1; }), qPrintable(serve.log()));
    QCOMPARE(serve.events(u"closed").constFirst().value(QStringLiteral("reason")).toString(), QStringLiteral("reset"));
    QVERIFY2(spinUntil([&] { return proxy.count(u"closed") == 2; }), qPrintable(proxy.log()));
    QCOMPARE(proxy.events(u"closed", u"leg", u"client").constFirst().value(QStringLiteral("reason")).toString(),
             QStringLiteral("reset"));
    QCOMPARE(proxy.events(u"closed", u"leg", u"server").constFirst().value(QStringLiteral("reason")).toString(),
             QStringLiteral("aborted"));
}

void TestLabProxy::targetRefused()
{
    const quint16 nobody = closedPort();
    QVERIFY(nobody != 0);
    JsonLogProcess proxy;
    QVERIFY2(startProxy(proxy, local(nobody)), qPrintable(proxy.log()));
    QString error;
    for (int attempt = 1; attempt <= 2; ++attempt) {
        // The client's own connection to the proxy was established: it cannot be refused any more,
        // so the refusal comes as a reset (before connect() returns, or at the next recv()).
        const QJsonObject client = peer(QStringLiteral("send-and-read"), proxy.port(), "Rose", &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(client.value(QStringLiteral("error")).toString(), QStringLiteral("ConnectionResetError"));
        QCOMPARE(client.value(QStringLiteral("received")).toString(), QString());
        QVERIFY2(spinUntil([&] { return proxy.count(u"closed") == 2 * attempt; }), qPrintable(proxy.log()));
    }
    const QJsonObject serverLeg = proxy.events(u"closed", u"leg", u"server").constFirst();
    QCOMPARE(serverLeg.value(QStringLiteral("reason")).toString(), QStringLiteral("refused"));
    QVERIFY2(serverLeg.value(QStringLiteral("message"))
                 .toString()
                 .contains(QStringLiteral("connection refused (ECONNREFUSED 111 / WinError 10061): nothing listens "
                                          "on 127.0.0.1:%1")
                               .arg(nobody)),
             qPrintable(proxy.log()));
    QCOMPARE(proxy.count(u"closed", u"reason", u"aborted"), 2);
    QCOMPARE(proxy.process().state(), QProcess::Running);
}

void TestLabProxy::slowReaderSlowsTheSenderDown()
{
    // The client sends far faster than the server reads: the bytes pile up in the proxy, which
    // then reads the client only as fast as the server reads, as TCP would directly. Nothing is cut.
    PythonServer server;
    QVERIFY(server.start(m_python, m_peers, QStringLiteral("slow-server")));
    JsonLogProcess proxy;
    QVERIFY2(startProxy(proxy, local(server.port())), qPrintable(proxy.log()));
    constexpr int Size = 32 * 1024 * 1024;
    QString error;
    const QJsonObject client =
        python(m_peers, {"send-big", "--port", QString::number(proxy.port()), "--size", QString::number(Size)}, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(client.value(QStringLiteral("reply")), client.value(QStringLiteral("expected"))); // every byte, in order
    QCOMPARE(server.result().value(QStringLiteral("received")).toInt(), Size);
    QVERIFY2(spinUntil([&] { return proxy.count(u"closed", u"reason", u"peer-closed") == 2; }), qPrintable(proxy.errors()));
    QVERIFY(proxy.count(u"paused", u"leg", u"server") > 0);
    QCOMPARE(proxy.count(u"resumed"), proxy.count(u"paused")); // every pause ended
    // Never much more than the cap waited in the proxy: at most one read past it.
    for (const QJsonObject &paused : proxy.events(u"paused"))
        QVERIFY(paused.value(QStringLiteral("queued_bytes")).toInt() < 1024 * 1024 + 16 * 1024);
}

void TestLabProxy::clientThatNeverReadsEndsAsDirectly()
{
    ServeBehindProxy lab;
    QVERIFY2(lab.start("echo"), qPrintable(lab.log()));
    JsonLogProcess &serve = lab.serve;
    JsonLogProcess &proxy = lab.proxy;
    QString error;
    // Sends and never reads: its echoes fill the proxy's queue for it, the proxy stops reading the
    // server, and the server's own cap ends the connection, as it would without the proxy.
    const QJsonObject flood = python(m_labClient, {"flood", "--port", QString::number(proxy.port()), "--limit",
                                                   QString::number(512 * 1024 * 1024)},
                                     &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(QStringList({"ConnectionResetError", "BrokenPipeError"}).contains(flood.value("error").toString()),
             qPrintable(QJsonDocument(flood).toJson()));
    QVERIFY2(spinUntil([&] { return serve.count(u"closed", u"reason", u"queue-overflow") == 1; }), qPrintable(serve.log()));
    QVERIFY2(spinUntil([&] { return proxy.count(u"closed") == 2; }), qPrintable(proxy.errors()));
    QVERIFY2(proxy.count(u"paused", u"leg", u"client") > 0, qPrintable(proxy.errors()));
    const QJsonObject paused = proxy.events(u"paused", u"leg", u"client").constFirst();
    QVERIFY2(paused.value(QStringLiteral("message")).toString().contains(u"the client does not read"),
             qPrintable(paused.value(QStringLiteral("message")).toString()));
    QCOMPARE(proxy.events(u"closed", u"leg", u"server").constFirst().value(QStringLiteral("reason")).toString(),
             QStringLiteral("reset"));
    QCOMPARE(proxy.events(u"closed", u"leg", u"client").constFirst().value(QStringLiteral("reason")).toString(),
             QStringLiteral("aborted"));
    // The proxy carries on.
    const QJsonObject after = talk(proxy.port(), {hex("Rose")}, &error);
    QCOMPARE(after.value(QStringLiteral("replies")).toArray(), QJsonArray{hex("Rose")});
}

void TestLabProxy::connectionCap()
{
    ServeBehindProxy lab;
    QVERIFY2(lab.start("hello", {"--max-conn", "2"}), qPrintable(lab.log()));
    JsonLogProcess &serve = lab.serve;
    JsonLogProcess &proxy = lab.proxy;
    std::vector<std::unique_ptr<QTcpSocket>> held;
    for (int i = 0; i < 2; ++i) {
        held.push_back(std::make_unique<QTcpSocket>());
        held.back()->connectToHost(QHostAddress::LocalHost, proxy.port());
        QTRY_COMPARE(held.back()->bytesAvailable(), qint64(8)); // Welcome!, through the proxy
    }
    QTcpSocket third;
    third.connectToHost(QHostAddress::LocalHost, proxy.port());
    QTRY_COMPARE(third.state(), QAbstractSocket::UnconnectedState);
    QCOMPARE(third.bytesAvailable(), qint64(0));
    QVERIFY(spinUntil([&] { return proxy.count(u"closed", u"reason", u"connection-cap") == 1; }));
    QCOMPARE(proxy.events(u"closed").constFirst().value(QStringLiteral("cap")).toInt(), 2);
    QCOMPARE(serve.count(u"opened"), 2); // the third never reached the server

    held.front()->disconnectFromHost();
    QVERIFY(spinUntil([&] { return proxy.count(u"closed", u"reason", u"peer-closed") == 2; }));
    QString error;
    const QJsonObject fresh = talk(proxy.port(), {"--welcome", hex("Rose")}, &error);
    QCOMPARE(fresh.value(QStringLiteral("replies")).toArray(), QJsonArray{hex("Hello, Rose!")});
}

void TestLabProxy::badUsage_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("named");
    QTest::newRow("no --to") << QStringList{"--listen", "0"} << "--to HOST:PORT";
    QTest::newRow("no --listen") << QStringList{"--to", "127.0.0.1:9000"} << "--listen PORT";
    QTest::newRow("no port") << QStringList{"--listen", "0", "--to", "127.0.0.1"} << "HOST:PORT";
    QTest::newRow("empty port") << QStringList{"--listen", "0", "--to", "127.0.0.1:"} << "port ''";
    QTest::newRow("port 0") << QStringList{"--listen", "0", "--to", "127.0.0.1:0"} << "port '0'";
    QTest::newRow("port 70000") << QStringList{"--listen", "0", "--to", "127.0.0.1:70000"} << "70000";
    QTest::newRow("port a name") << QStringList{"--listen", "0", "--to", "127.0.0.1:http"} << "http";
    QTest::newRow("no host") << QStringList{"--listen", "0", "--to", ":9000"} << "host is missing";
    QTest::newRow("five octets") << QStringList{"--listen", "0", "--to", "1.2.3.4.5:9000"} << "1.2.3.4.5";
    QTest::newRow("octet too large") << QStringList{"--listen", "0", "--to", "10.0.0.300:9000"} << "300";
    QTest::newRow("garbage host") << QStringList{"--listen", "0", "--to", "not a host!:9000"} << "not a host!";
    QTest::newRow("IPv6") << QStringList{"--listen", "0", "--to", "[::1]:9000"} << "IPv4";
    QTest::newRow("listen port too large") << QStringList{"--listen", "70000", "--to", "127.0.0.1:9000"} << "70000";
    QTest::newRow("no connections allowed")
        << QStringList{"--listen", "0", "--to", "127.0.0.1:9000", "--max-conn", "0"} << "--max-conn";
    QTest::newRow("bad bind address") << QStringList{"--listen", "0", "--to", "127.0.0.1:9000", "--bind", "127.0.0"}
                                      << "127.0.0";
    QTest::newRow("stray argument") << QStringList{"--listen", "0", "--to", "127.0.0.1:9000", "upper"} << "upper";
}

void TestLabProxy::badUsage()
{
    QFETCH(QStringList, args);
    QFETCH(QString, named);
    const ProcessRun run = runProcess(QStringLiteral(NETSTEPS_CLI), QStringList{"proxy"} + args);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.startsWith(u"netsteps-cli proxy: ") && run.err.contains(named), qPrintable(run.err));
}

void TestLabProxy::stopSignalClosesEverything_data()
{
    QTest::addColumn<int>("signal");
    QTest::newRow("SIGTERM") << int(SIGTERM);
    QTest::newRow("SIGINT") << int(SIGINT);
}

void TestLabProxy::stopSignalClosesEverything()
{
    QFETCH(int, signal);
    ServeBehindProxy lab;
    QVERIFY2(lab.start("hello"), qPrintable(lab.log()));
    JsonLogProcess &serve = lab.serve;
    JsonLogProcess &proxy = lab.proxy;
    const qint64 pid = proxy.process().processId();
    const int baseline = descriptorCount(pid);
    if (baseline < 0)
        QSKIP("This system has no /proc/PID/fd to count a process's descriptors.");

    std::vector<std::unique_ptr<QTcpSocket>> clients;
    for (int i = 0; i < 3; ++i) {
        clients.push_back(std::make_unique<QTcpSocket>());
        clients.back()->connectToHost(QHostAddress::LocalHost, proxy.port());
        QTRY_COMPARE(clients.back()->bytesAvailable(), qint64(8)); // Welcome!: both legs are up
    }
    QCOMPARE(descriptorCount(pid), baseline + 6); // two legs each
    clients.front()->disconnectFromHost();
    QVERIFY2(spinUntil([&] { return proxy.count(u"closed") == 2; }), qPrintable(proxy.log()));
    QCOMPARE(descriptorCount(pid), baseline + 4); // the closed connection gave both back

    QCOMPARE(::kill(pid_t(pid), signal), 0);
    QVERIFY(spinUntil([&] { return proxy.process().state() == QProcess::NotRunning; }));
    QCOMPARE(proxy.process().exitStatus(), QProcess::NormalExit);
    QCOMPARE(proxy.process().exitCode(), 0);
    QVERIFY(proxy.errors().contains(signal == SIGTERM ? u"SIGTERM" : u"SIGINT"));
    QCOMPARE(proxy.count(u"closed", u"reason", u"stopped"), 4);
    QCOMPARE(proxy.events(u"stopped").constFirst().value(QStringLiteral("closed")).toInt(), 2);
    // Closed cleanly: each client read a FIN, and so did the server for each server leg.
    for (std::size_t i = 1; i < clients.size(); ++i)
        QTRY_COMPARE(clients[i]->state(), QAbstractSocket::UnconnectedState);
    QVERIFY2(spinUntil([&] { return serve.count(u"closed", u"reason", u"peer-closed") == 3; }), qPrintable(serve.log()));
}

void TestLabProxy::textLog()
{
    JsonLogProcess serve;
    QVERIFY2(serve.start({"serve", "--tcp", "0"}), qPrintable(serve.log()));
    QProcess proxy;
    proxy.setProcessEnvironment(englishEnvironment());
    proxy.start(QStringLiteral(NETSTEPS_CLI), {"proxy", "--listen", "0", "--to", local(serve.port())});
    QVERIFY(spinUntil([&] { return proxy.canReadLine() || proxy.state() == QProcess::NotRunning; }));
    const QString first = QString::fromUtf8(proxy.readLine()).trimmed();
    const QRegularExpressionMatch listening =
        QRegularExpression(QStringLiteral("^proxying tcp 127\\.0\\.0\\.1:(\\d+) -> 127\\.0\\.0\\.1:%1$").arg(serve.port()))
            .match(first);
    QVERIFY2(listening.hasMatch(), qPrintable(first));
    QString error;
    talk(quint16(listening.captured(1).toUInt()), {"--welcome", "--exit", hex("Rose")}, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(spinUntil([&] { return serve.count(u"closed") == 1; }));
    proxy.terminate();
    QVERIFY(proxy.waitForFinished(10000));
    const QStringList lines = QString::fromUtf8(proxy.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
    const auto has = [&](const QString &pattern) {
        const QRegularExpression expression(pattern);
        return std::any_of(lines.cbegin(), lines.cend(), [&](const QString &line) { return expression.match(line).hasMatch(); });
    };
    const QString joined = lines.join(u'\n');
    QVERIFY2(has(QStringLiteral("^opened client 127\\.0\\.0\\.1:\\d+ → 127\\.0\\.0\\.1:%1: ").arg(listening.captured(1))),
             qPrintable(joined));
    // "byte(s)" until the English plural forms are translated, "bytes" after.
    QVERIFY2(has(QStringLiteral("^data server → client 127\\.0\\.0\\.1:\\d+: 8 byte(s|\\(s\\)) b'Welcome!'")),
             qPrintable(joined));
    QVERIFY2(has(QStringLiteral("^data client 127\\.0\\.0\\.1:\\d+ → server: 4 byte(s|\\(s\\)) b'Rose'")),
             qPrintable(joined));
    QVERIFY2(has(QStringLiteral("^closed server leg .*: the server closed first; both sides have sent FIN")),
             qPrintable(joined));
    QVERIFY2(QRegularExpression(QStringLiteral("^stopped tcp 127\\.0\\.0\\.1:%1: 0 connection(s|\\(s\\)) closed$")
                                    .arg(listening.captured(1)))
                 .match(lines.constLast())
                 .hasMatch(),
             qPrintable(lines.constLast()));
}

QTEST_GUILESS_MAIN(TestLabProxy)
#include "tst_labproxy.moc"
