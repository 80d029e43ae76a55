// PacketCapture: which frames it keeps and how many (frames handed to it by the test), and the
// real segments of connections on 127.0.0.1, each exactly once (Linux, root or CAP_NET_RAW).

#include "framecodec.h"
#include "kerneltcpview.h"
#include "nativesockets.h"
#include "packetcapture.h"
#include "pcapwriter.h"
#include "processrun.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QFile>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>

using namespace NetSteps;

namespace {

constexpr Ipv4Address loopback = Ipv4Address::fromOctets(127, 0, 0, 1);
// Bounds every wait for the kernel; loopback delivers in microseconds.
constexpr int waitMs = 2000;

QByteArray segment(Ipv4Address source, quint16 sourcePort, Ipv4Address destination, quint16 destinationPort,
                   TcpFlags flags = TcpFlag::Syn, const QByteArray &payload = {})
{
    return FrameCodec::encode(makeTcpFrame(MacAddress(), MacAddress(), source, sourcePort, destination,
                                           destinationPort, 1000, 0, flags, 65495, {}, payload));
}

// A capture fed by the test instead of the kernel: queued frames are what "the kernel" holds
// until the capture reads them. It starts running, watching ports 40000 and 8080.
class FedCapture final : public PacketCapture
{
public:
    FedCapture() : PacketCapture(nullptr)
    {
        start();
        setPorts({40000, 8080});
    }

    bool isAvailable() const override { return true; }
    QString unavailableReason() const override { return {}; }
    bool isRunning() const override { return m_running; }

    void queue(qint64 timeUs, const QByteArray &bytes, qint64 wireLength = -1)
    {
        m_pending.append({timeUs, bytes, wireLength < 0 ? bytes.size() : wireLength});
    }
    // What the event loop does when the socket becomes readable.
    void becomeReadable() { onReadable(); }

protected:
    bool openCapture(QString *) override
    {
        m_running = true;
        return true;
    }
    void closeCapture() override
    {
        m_pending.clear();
        m_running = false;
    }
    void readPending() override
    {
        for (const Pending &frame : std::as_const(m_pending))
            offer(frame.timeUs, frame.bytes, frame.wireLength);
        m_pending.clear();
    }

private:
    struct Pending
    {
        qint64 timeUs;
        QByteArray bytes;
        qint64 wireLength;
    };
    QList<Pending> m_pending;
    bool m_running = false;
};

// The descriptors a test opened, closed when it ends, passed or not.
class OpenSockets
{
public:
    explicit OpenSockets(const NativeSockets &sockets) : m_sockets(sockets) {}
    ~OpenSockets()
    {
        for (qintptr descriptor : std::as_const(m_open))
            m_sockets.close(descriptor);
    }
    Q_DISABLE_COPY_MOVE(OpenSockets)

    // A new socket bound to 127.0.0.1 on a port the kernel picks, or -1.
    qintptr bound(quint16 *port)
    {
        const qintptr descriptor = m_sockets.openTcp();
        if (descriptor < 0)
            return -1;
        m_open.append(descriptor);
        const auto address = m_sockets.bind(descriptor, {loopback, 0}) ? m_sockets.localAddress(descriptor)
                                                                         : std::nullopt;
        *port = address ? address->port : 0;
        return address ? descriptor : -1;
    }
    // A server socket (listening, or only bound) and a client socket, both bound, so that both
    // ports are known before the first segment. False if a call failed.
    bool pair(qintptr *server, quint16 *serverPort, qintptr *client, quint16 *clientPort, bool listening = true)
    {
        *server = bound(serverPort);
        *client = bound(clientPort);
        return *server >= 0 && *client >= 0 && (!listening || m_sockets.listen(*server, 1));
    }
    void adopt(qintptr descriptor) { m_open.append(descriptor); }
    void close(qintptr descriptor)
    {
        if (m_open.removeOne(descriptor))
            m_sockets.close(descriptor);
    }

private:
    const NativeSockets &m_sockets;
    QList<qintptr> m_open;
};

// Decodes captured frames as TCP segments; false with *problem naming the first that is not one.
bool decodeSegments(const QList<CapturedFrame> &frames, QList<Frame> *decoded, QString *problem)
{
    decoded->clear();
    for (qsizetype i = 0; i < frames.size(); ++i) {
        const Parsed<Frame> frame = FrameCodec::decode(frames[i].bytes);
        if (!frame || !frame->tcp) {
            *problem = QStringLiteral("frame %1 is not a TCP segment: %2")
                           .arg(i)
                           .arg(frame ? QStringLiteral("no TCP header") : frame.error().message);
            return false;
        }
        decoded->append(*frame);
    }
    return true;
}

QStringList flagsOf(const QList<Frame> &frames)
{
    QStringList flags;
    for (const Frame &frame : frames)
        flags.append(tcpFlagsToString(frame.tcp->flags));
    return flags;
}

// Frames taken from a capture, and the same decoded.
struct Taken
{
    QList<CapturedFrame> frames;
    QList<Frame> segments;
    QString problem; // why a frame is not a TCP segment; empty when all are
};

// Takes frames from the capture until done() holds for all of them so far, for at most waitMs;
// then once more, so that a second copy of the last frame would be there too.
Taken takeUntil(PacketCapture &capture, const std::function<bool(const QList<Frame> &)> &done)
{
    Taken taken;
    const QDeadlineTimer deadline(waitMs);
    while (true) {
        taken.frames += capture.takeFrames();
        if (!decodeSegments(taken.frames, &taken.segments, &taken.problem))
            return taken;
        if (done(taken.segments) || deadline.hasExpired())
            break;
        QTest::qWait(5);
    }
    taken.frames += capture.takeFrames();
    decodeSegments(taken.frames, &taken.segments, &taken.problem);
    return taken;
}

bool endsWithReset(const QList<Frame> &segments)
{
    return !segments.isEmpty() && segments.last().tcp->flags.testFlag(TcpFlag::Rst);
}

// What tshark finds wrong with a capture file of these segments: a frame it does not dissect
// as the same TCP segment, a malformed one, an expert item of error severity. Checksums stay
// unchecked: loopback frames carry the partial checksums of offloading.
QStringList tsharkProblems(const QString &tshark, const QString &path, const QList<Frame> &segments)
{
    QStringList problems;
    const ProcessRun fields =
        runProcess(tshark, {"-n", "-r", path, "-T", "fields", "-E", "separator=|", "-e", "tcp.flags.str", "-e",
                            "tcp.srcport", "-e", "_ws.malformed", "-e", "_ws.expert.severity"});
    const QStringList rows = fields.out.split(u'\n', Qt::SkipEmptyParts);
    if (fields.exitCode != 0 || rows.size() != segments.size())
        return {QStringLiteral("tshark exited with %1 and listed %2 frames: %3")
                    .arg(fields.exitCode)
                    .arg(rows.size())
                    .arg(fields.err)};
    constexpr int errorSeverity = 0x00800000; // PI_ERROR in epan/proto.h
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QStringList cells = rows[i].split(u'|');
        bool error = cells.size() != 4 || cells[0].isEmpty() || cells[1].toUShort() != segments[i].tcp->sourcePort
            || !cells[2].isEmpty();
        for (const QString &severity : cells.value(3).split(u',', Qt::SkipEmptyParts))
            error = error || severity.toInt() >= errorSeverity;
        if (error)
            problems << QStringLiteral("frame %1: %2").arg(i + 1).arg(rows[i]);
    }
    const ProcessRun expert = runProcess(tshark, {"-n", "-r", path, "-q", "-z", "expert"});
    if (expert.exitCode != 0 || expert.out.contains(QLatin1String("Errors"))
        || expert.out.contains(QLatin1String("Malformed")))
        problems << expert.out + expert.err;
    return problems;
}

// Microseconds since the Unix epoch, rounded down to the millisecond QDateTime gives.
qint64 wallClockUs()
{
    return QDateTime::currentMSecsSinceEpoch() * 1000;
}

} // namespace

namespace NetSteps {

// Readable QCOMPARE failures.
char *toString(const CaptureStatistics &statistics)
{
    return qstrdup(qPrintable(QStringLiteral("kept %1, dropped (list full) %2, truncated %3, dropped by kernel %4")
                                  .arg(statistics.kept)
                                  .arg(statistics.droppedListFull)
                                  .arg(statistics.truncated)
                                  .arg(statistics.droppedByKernel)));
}

} // namespace NetSteps

class TestPacketCapture : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void filter_data();
    void filter();
    void portsApplyWhenFramesAreRead();
    void takeFramesStopAndRestart();
    void keptFramesAreBoundedInNumber();
    void keptFramesAreBoundedInBytes();
    void truncatedFramesAreCountedNotKept();

    void startReportsWhatIsNeeded();
    void handshakeAndCloseOnce();
    void refusedConnectOnce();
    void abortSendsOneReset();
    void dataIsCapturedWholeAndOnce();

private:
    // Connects a client bound to clientPort to the listener on serverPort and accepts it;
    // returns the accepted descriptor, or -1.
    qintptr connectAndAccept(OpenSockets &open, qintptr client, qintptr listener, quint16 serverPort);
    // Why the real captures cannot run here; empty when they can.
    QString m_captureUnavailable;
    std::unique_ptr<NativeSockets> m_sockets = NativeSockets::create();
};

void TestPacketCapture::initTestCase()
{
    const std::unique_ptr<PacketCapture> capture = PacketCapture::create();
    QString error;
    if (!m_sockets->isAvailable())
        m_captureUnavailable = m_sockets->unavailableReason();
    else if (!capture->start(&error))
        m_captureUnavailable = error;
}

void TestPacketCapture::filter_data()
{
    const Ipv4Address other = Ipv4Address::fromOctets(127, 0, 0, 2);
    QTest::addColumn<QByteArray>("frame");
    QTest::addColumn<bool>("kept");
    QTest::newRow("watched, one way") << segment(loopback, 40000, loopback, 8080) << true;
    QTest::newRow("watched, other way") << segment(loopback, 8080, loopback, 40000, TcpFlag::Syn | TcpFlag::Ack)
                                        << true;
    QTest::newRow("watched, with data") << segment(loopback, 40000, loopback, 8080, TcpFlag::Ack, "hello") << true;
    QTest::newRow("source port not watched") << segment(loopback, 40001, loopback, 8080) << false;
    QTest::newRow("destination port not watched") << segment(loopback, 40000, loopback, 8081) << false;
    QTest::newRow("other source address") << segment(other, 40000, loopback, 8080) << false;
    QTest::newRow("other destination address") << segment(loopback, 40000, other, 8080) << false;
    QTest::newRow("UDP") << FrameCodec::encode(makeUdpFrame(MacAddress(), MacAddress(), loopback, 40000, loopback,
                                                            8080, "x"))
                         << false;
    QTest::newRow("ARP") << FrameCodec::encode(makeArpRequest(MacAddress(), loopback, loopback)) << false;
    QTest::newRow("cut in the IPv4 header") << segment(loopback, 40000, loopback, 8080).first(30) << false;
    QTest::newRow("cut before the ports") << segment(loopback, 40000, loopback, 8080).first(36) << false;
    QTest::newRow("empty") << QByteArray() << false;

    QByteArray ipv6 = segment(loopback, 40000, loopback, 8080);
    ipv6[12] = char(0x86);
    ipv6[13] = char(0xdd);
    QTest::newRow("IPv6 EtherType") << ipv6 << false;
    QByteArray fragment = segment(loopback, 40000, loopback, 8080);
    fragment[14 + 6] = char(0x20); // More Fragments
    QTest::newRow("fragment") << fragment << false;
    QByteArray withOptions = segment(loopback, 40000, loopback, 8080);
    withOptions.insert(14 + 20, QByteArray(4, char(1))); // four NOP options: a 24-byte IPv4 header
    withOptions[14] = char(0x46);
    QTest::newRow("IPv4 options before the ports") << withOptions << true;
}

void TestPacketCapture::filter()
{
    QFETCH(QByteArray, frame);
    QFETCH(bool, kept);
    QCOMPARE(PacketCapture::isWatchedSegment(frame, {40000, 8080}), kept);

    FedCapture capture;
    capture.queue(1, frame);
    const QList<CapturedFrame> frames = capture.takeFrames();
    QCOMPARE(frames, kept ? QList<CapturedFrame>({{1, frame}}) : QList<CapturedFrame>());
    QCOMPARE(capture.statistics().kept, kept ? 1u : 0u);
}

void TestPacketCapture::portsApplyWhenFramesAreRead()
{
    FedCapture capture;
    QSignalSpy captured(&capture, &PacketCapture::framesCaptured);
    const QByteArray first = segment(loopback, 40000, loopback, 8080);
    const QByteArray second = segment(loopback, 40001, loopback, 8080);

    capture.setPorts({8080});
    capture.queue(1, first);
    capture.becomeReadable(); // read while 40000 is not watched yet: gone
    QCOMPARE(captured.count(), 0);
    capture.setPorts({40000, 8080});
    QCOMPARE(capture.ports(), (QList<quint16>{8080, 40000}));
    capture.queue(2, first);
    capture.queue(3, second);
    capture.becomeReadable();
    QCOMPARE(captured.count(), 1);
    capture.setPorts({40001, 8080});
    capture.queue(4, second);
    QCOMPARE(capture.takeFrames(), (QList<CapturedFrame>{{2, first}, {4, second}}));
    QCOMPARE(captured.count(), 1); // takeFrames() reads without signalling
}

void TestPacketCapture::takeFramesStopAndRestart()
{
    FedCapture capture;
    const QByteArray syn = segment(loopback, 40000, loopback, 8080);
    const QByteArray synAck = segment(loopback, 8080, loopback, 40000, TcpFlag::Syn | TcpFlag::Ack);
    capture.queue(10, syn);
    capture.becomeReadable();
    capture.queue(20, synAck);
    QCOMPARE(capture.takeFrames(), (QList<CapturedFrame>{{10, syn}, {20, synAck}}));
    QVERIFY(capture.takeFrames().isEmpty());

    // After stop() what was pending is still handed over, once.
    capture.queue(30, syn);
    capture.stop();
    QVERIFY(!capture.isRunning());
    QCOMPARE(capture.takeFrames(), (QList<CapturedFrame>{{30, syn}}));
    QVERIFY(capture.takeFrames().isEmpty());

    // A new start forgets frames not taken and the counts, and keeps the ports.
    QVERIFY(capture.start());
    capture.queue(40, syn);
    capture.stop();
    QVERIFY(capture.start());
    QVERIFY(capture.takeFrames().isEmpty());
    QCOMPARE(capture.statistics(), CaptureStatistics{});
    QCOMPARE(capture.ports(), (QList<quint16>{8080, 40000}));
}

void TestPacketCapture::keptFramesAreBoundedInNumber()
{
    FedCapture capture;
    const QByteArray syn = segment(loopback, 40000, loopback, 8080);
    constexpr qsizetype extra = 25;
    for (qsizetype i = 0; i < PacketCapture::maxKeptFrames + extra; ++i)
        capture.queue(i, syn);
    const QList<CapturedFrame> frames = capture.takeFrames();
    QCOMPARE(frames.size(), PacketCapture::maxKeptFrames);
    QCOMPARE(frames.first().timeUs, 0);
    QCOMPARE(frames.last().timeUs, PacketCapture::maxKeptFrames - 1);
    QCOMPARE(capture.statistics().kept, quint64(PacketCapture::maxKeptFrames));
    QCOMPARE(capture.statistics().droppedListFull, quint64(extra));

    // Taking the frames makes room again; the counts go on.
    capture.queue(1, syn);
    QCOMPARE(capture.takeFrames().size(), 1);
    QCOMPARE(capture.statistics().kept, quint64(PacketCapture::maxKeptFrames + 1));
    QCOMPARE(capture.statistics().droppedListFull, quint64(extra));
}

void TestPacketCapture::keptFramesAreBoundedInBytes()
{
    FedCapture capture;
    const QByteArray big = segment(loopback, 40000, loopback, 8080, TcpFlag::Ack, QByteArray(65000, 'x'));
    const qsizetype fitting = PacketCapture::maxKeptBytes / big.size();
    QVERIFY(fitting < PacketCapture::maxKeptFrames);
    for (qsizetype i = 0; i < fitting + 3; ++i)
        capture.queue(i, big);
    // A small frame still fits in what the big ones left.
    capture.queue(-1, segment(loopback, 40000, loopback, 8080));
    const QList<CapturedFrame> frames = capture.takeFrames();
    QCOMPARE(frames.size(), fitting + 1);
    QCOMPARE(frames.last().timeUs, -1);
    QCOMPARE(capture.statistics().droppedListFull, 3u);
}

void TestPacketCapture::truncatedFramesAreCountedNotKept()
{
    FedCapture capture;
    const QByteArray frame = segment(loopback, 40000, loopback, 8080, TcpFlag::Ack, "hello");
    capture.queue(1, frame.first(frame.size() - 2), frame.size());
    // An unwatched frame cut short is none of this capture's business.
    capture.queue(2, segment(loopback, 1, loopback, 2).first(54), 1000);
    QVERIFY(capture.takeFrames().isEmpty());
    QCOMPARE(capture.statistics(), (CaptureStatistics{0, 0, 1, 0}));
}

void TestPacketCapture::startReportsWhatIsNeeded()
{
    const std::unique_ptr<PacketCapture> capture = PacketCapture::create();
    QString error;
    if (!capture->isAvailable()) {
        QVERIFY(!capture->start(&error));
        QCOMPARE(error, capture->unavailableReason());
        QVERIFY2(error.contains(QLatin1String("Linux")), qPrintable(error));
        QSKIP(qPrintable(error));
    }
    if (!capture->start(&error)) {
        QVERIFY2(error.contains(QLatin1String("CAP_NET_RAW")), qPrintable(error));
        QVERIFY(!capture->isRunning());
        QSKIP(qPrintable(error));
    }
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(capture->isRunning());
    QVERIFY(capture->start(&error)); // already running: nothing changes
    capture->stop();
    QVERIFY(!capture->isRunning());
    QVERIFY(capture->start(&error));
    QVERIFY(capture->isRunning());
}

qintptr TestPacketCapture::connectAndAccept(OpenSockets &open, qintptr client, qintptr listener, quint16 serverPort)
{
    NativeSocketError error;
    if (!m_sockets->connect(client, {loopback, serverPort}, &error) && !error.wouldBlock)
        return -1;
    const QDeadlineTimer deadline(waitMs);
    while (!m_sockets->connectResult(client, &error)) {
        if (!error.wouldBlock || deadline.hasExpired())
            return -1;
        QTest::qWait(1);
    }
    while (true) {
        const qintptr accepted = m_sockets->accept(listener, nullptr, &error);
        if (accepted >= 0) {
            open.adopt(accepted);
            return accepted;
        }
        if (!error.wouldBlock || deadline.hasExpired())
            return -1;
        QTest::qWait(1);
    }
}

void TestPacketCapture::handshakeAndCloseOnce()
{
    if (!m_captureUnavailable.isEmpty())
        QSKIP(qPrintable(m_captureUnavailable));
    OpenSockets open(*m_sockets);
    qintptr listener, client, otherListener, otherClient;
    quint16 serverPort, clientPort, otherServerPort, otherClientPort;
    QVERIFY(open.pair(&listener, &serverPort, &client, &clientPort));
    QVERIFY(open.pair(&otherListener, &otherServerPort, &otherClient, &otherClientPort));

    const std::unique_ptr<PacketCapture> capture = PacketCapture::create();
    QSignalSpy captured(capture.get(), &PacketCapture::framesCaptured);
    QVERIFY(capture->start());
    capture->setPorts({serverPort, clientPort});
    const qint64 before = wallClockUs();
    const qintptr accepted = connectAndAccept(open, client, listener, serverPort);
    QVERIFY(accepted >= 0);
    // A connection of ports not watched, at the same time: none of its frames may be kept.
    const qintptr otherAccepted = connectAndAccept(open, otherClient, otherListener, otherServerPort);
    QVERIFY(otherAccepted >= 0);
    QTRY_VERIFY_WITH_TIMEOUT(!captured.isEmpty(), waitMs);
    for (qintptr descriptor : {client, accepted, otherClient, otherAccepted})
        open.close(descriptor);
    // Done when both FINs have been sent and the last one acknowledged.
    const Taken taken = takeUntil(*capture, [](const QList<Frame> &segments) {
        return flagsOf(segments).count(QStringLiteral("FIN,ACK")) == 2 && segments.last().tcp->flags == TcpFlag::Ack;
    });
    const qint64 after = wallClockUs() + 1000;
    QVERIFY2(taken.problem.isEmpty(), qPrintable(taken.problem));
    const QList<Frame> &segments = taken.segments;
    const QStringList flags = flagsOf(segments);
    QVERIFY2(segments.size() >= 6, qPrintable(flags.join(u' ')));
    QCOMPARE(flags.mid(0, 3), (QStringList{"SYN", "SYN,ACK", "ACK"}));
    QCOMPARE(flags.count(QStringLiteral("FIN,ACK")), 2);
    QCOMPARE(flags.last(), QStringLiteral("ACK"));

    const TcpHeader &syn = *segments[0].tcp;
    const TcpHeader &synAck = *segments[1].tcp;
    const TcpHeader &ack = *segments[2].tcp;
    QCOMPARE(syn.sourcePort, clientPort);
    QCOMPARE(syn.destinationPort, serverPort);
    QCOMPARE(synAck.sourcePort, serverPort);
    QCOMPARE(synAck.ack, syn.seq + 1);
    QCOMPARE(ack.sourcePort, clientPort);
    QCOMPARE(ack.seq, syn.seq + 1);
    QCOMPARE(ack.ack, synAck.seq + 1);

    QSet<QByteArray> seen;
    constexpr qint64 clockSlackUs = 60 * 1000 * 1000;
    qint64 previousUs = before - clockSlackUs;
    for (qsizetype i = 0; i < segments.size(); ++i) {
        const TcpHeader &tcp = *segments[i].tcp;
        const QString what = QStringLiteral("frame %1 (%2, %3 -> %4)")
                                 .arg(i)
                                 .arg(flags[i])
                                 .arg(tcp.sourcePort)
                                 .arg(tcp.destinationPort);
        QVERIFY2(QSet<quint16>({tcp.sourcePort, tcp.destinationPort}) == QSet<quint16>({serverPort, clientPort}),
                 qPrintable(what));
        QVERIFY2(segments[i].ipv4->source == loopback && segments[i].ipv4->destination == loopback, qPrintable(what));
        QVERIFY2(!seen.contains(taken.frames[i].bytes), qPrintable(what + QStringLiteral(" appears twice")));
        seen.insert(taken.frames[i].bytes);
        // The kernel's timestamps: in capture order, and on the wall clock (within a minute of the
        // test's own readings, should the clock be stepped meanwhile).
        QVERIFY2(taken.frames[i].timeUs >= previousUs && taken.frames[i].timeUs <= after + clockSlackUs,
                 qPrintable(what));
        previousUs = taken.frames[i].timeUs;
    }
    // Every segment of the watched connection was kept (the kernel's own drop count covers all
    // of loopback's TCP, other programs included, so it is not asserted).
    QCOMPARE(capture->statistics().kept, quint64(segments.size()));
    QCOMPARE(capture->statistics().droppedListFull, 0u);
    QCOMPARE(capture->statistics().truncated, 0u);

    const QString tshark = QStandardPaths::findExecutable(QStringLiteral("tshark"));
    if (tshark.isEmpty())
        QSKIP("tshark is not installed (scripts/setup.sh installs it): the capture file was not checked");
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("handshake.pcap")));
    QVERIFY(dir.isValid() && file.open(QIODevice::WriteOnly));
    PcapWriter writer(&file);
    QVERIFY(writer.writeHeader());
    for (const CapturedFrame &frame : taken.frames)
        QVERIFY2(writer.writeRecord(frame.timeUs, frame.bytes), qPrintable(writer.errorString()));
    file.close();
    const QStringList problems = tsharkProblems(tshark, file.fileName(), segments);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestPacketCapture::refusedConnectOnce()
{
    if (!m_captureUnavailable.isEmpty())
        QSKIP(qPrintable(m_captureUnavailable));
    OpenSockets open(*m_sockets);
    qintptr closed, client;
    quint16 closedPort, clientPort;
    // Bound, never listening: the kernel itself answers the SYN with RST.
    QVERIFY(open.pair(&closed, &closedPort, &client, &clientPort, false));

    const std::unique_ptr<PacketCapture> capture = PacketCapture::create();
    QVERIFY(capture->start());
    capture->setPorts({closedPort, clientPort});
    NativeSocketError error;
    QVERIFY(!m_sockets->connect(client, {loopback, closedPort}, &error));
    // Reading SO_ERROR clears it, so connectResult() is asked only while the connect goes on
    // (not through QTRY_VERIFY, which evaluates its expression once more at the end).
    const QDeadlineTimer deadline(waitMs);
    while (error.wouldBlock && !deadline.hasExpired()) {
        QTest::qWait(1);
        QVERIFY(!m_sockets->connectResult(client, &error));
    }
    QVERIFY2(error.code.startsWith(QLatin1String("ECONNREFUSED")), qPrintable(error.message));

    const Taken taken = takeUntil(*capture, endsWithReset);
    QVERIFY2(taken.problem.isEmpty(), qPrintable(taken.problem));
    QCOMPARE(flagsOf(taken.segments), (QStringList{"SYN", "RST,ACK"}));
    QCOMPARE(taken.segments[0].tcp->sourcePort, clientPort);
    QCOMPARE(taken.segments[1].tcp->sourcePort, closedPort);
    QCOMPARE(taken.segments[1].tcp->ack, taken.segments[0].tcp->seq + 1);
}

void TestPacketCapture::abortSendsOneReset()
{
    if (!m_captureUnavailable.isEmpty())
        QSKIP(qPrintable(m_captureUnavailable));
    const std::unique_ptr<KernelTcpView> kernel = KernelTcpView::create();
    QVERIFY(kernel->isAvailable());
    OpenSockets open(*m_sockets);
    qintptr listener, client;
    quint16 serverPort, clientPort;
    QVERIFY(open.pair(&listener, &serverPort, &client, &clientPort));

    const std::unique_ptr<PacketCapture> capture = PacketCapture::create();
    QVERIFY(capture->start());
    capture->setPorts({serverPort, clientPort});
    QVERIFY(connectAndAccept(open, client, listener, serverPort) >= 0);
    QVERIFY(kernel->setLingerZero(client));
    open.close(client);

    const Taken taken = takeUntil(*capture, endsWithReset);
    QVERIFY2(taken.problem.isEmpty(), qPrintable(taken.problem));
    QCOMPARE(flagsOf(taken.segments), (QStringList{"SYN", "SYN,ACK", "ACK", "RST,ACK"}));
    QCOMPARE(taken.segments[3].tcp->sourcePort, clientPort);
}

void TestPacketCapture::dataIsCapturedWholeAndOnce()
{
    if (!m_captureUnavailable.isEmpty())
        QSKIP(qPrintable(m_captureUnavailable));
    OpenSockets open(*m_sockets);
    qintptr listener, client;
    quint16 serverPort, clientPort;
    QVERIFY(open.pair(&listener, &serverPort, &client, &clientPort));

    const std::unique_ptr<PacketCapture> capture = PacketCapture::create();
    QVERIFY(capture->start());
    capture->setPorts({serverPort, clientPort});
    const qintptr accepted = connectAndAccept(open, client, listener, serverPort);
    QVERIFY(accepted >= 0);

    // Enough to make the kernel send segments far larger than Ethernet's 1514 bytes on loopback.
    const QByteArray data(300000, 'x');
    qint64 sent = 0;
    qint64 received = 0;
    QByteArray buffer(65536, Qt::Uninitialized);
    const QDeadlineTimer deadline(waitMs);
    while (received < data.size() && !deadline.hasExpired()) {
        NativeSocketError error;
        if (sent < data.size()) {
            const qint64 n = m_sockets->send(client, QByteArrayView(data).sliced(sent), &error);
            QVERIFY2(n >= 0 || error.wouldBlock, qPrintable(error.message));
            sent += qMax<qint64>(n, 0);
        }
        const qint64 n = m_sockets->receive(accepted, buffer.data(), buffer.size(), &error);
        QVERIFY2(n > 0 || error.wouldBlock, qPrintable(error.message));
        received += qMax<qint64>(n, 0);
        if (n <= 0)
            QTest::qWait(1);
    }
    QCOMPARE(received, data.size());

    auto bytesFromClient = [clientPort](const QList<Frame> &segments) {
        qint64 bytes = 0;
        for (const Frame &segment : segments)
            bytes += segment.tcp->sourcePort == clientPort ? segment.payload.size() : 0;
        return bytes;
    };
    const Taken taken = takeUntil(*capture, [&](const QList<Frame> &segments) {
        return bytesFromClient(segments) >= data.size();
    });
    QVERIFY2(taken.problem.isEmpty(), qPrintable(taken.problem));
    QCOMPARE(bytesFromClient(taken.segments), data.size()); // a doubled capture would show each byte twice
    qsizetype largest = 0;
    for (const CapturedFrame &frame : taken.frames)
        largest = qMax(largest, frame.bytes.size());
    QVERIFY2(largest > 1514, qPrintable(QString::number(largest)));
    QCOMPARE(capture->statistics().truncated, 0u);
    QCOMPARE(capture->statistics().droppedListFull, 0u);
}

QTEST_GUILESS_MAIN(TestPacketCapture)
#include "tst_packetcapture.moc"
