// `netsteps-cli run ID --live`, run as a user runs it: real sockets on 127.0.0.1, the kernel's
// states beside the model's in every JSON line, and an exit status that says whether they agreed.

#include "framecodec.h"
#include "pcapreader.h"
#include "processrun.h"
#include "tcpflags.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace NetSteps;

class TestCliLive : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void liveRunAgreesWithTheModel_data();
    void liveRunAgreesWithTheModel();
    void simulatedOnlyLessonsSayWhy();
    void liveCaptureSavesTheRealHandshake();
    void pcapNeedsLive();
};

void TestCliLive::liveRunAgreesWithTheModel_data()
{
    QTest::addColumn<QString>("id");
    for (const char *id : {"tcp-handshake", "tcp-close", "tcp-data", "tcp-close-server", "tcp-half-close",
                           "tcp-rst-abort", "tcp-refused", "tcp-keepalive", "tcp-reuseaddr", "tcp-backlog"})
        QTest::newRow(id) << QString::fromLatin1(id);
}

void TestCliLive::liveRunAgreesWithTheModel()
{
#ifndef Q_OS_LINUX
    QSKIP("The kernel's view of TCP states has a Linux implementation only.");
#endif
    QFETCH(QString, id);
    const ProcessRun run = runProcess(QStringLiteral(NETSTEPS_CLI), {QStringLiteral("run"), id, QStringLiteral("--live"),
                                                                     QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err + run.out));
    int observed = 0;
    int lines = 0;
    for (const QString &line : run.out.split(u'\n', Qt::SkipEmptyParts)) {
        const QJsonObject o = QJsonDocument::fromJson(line.toUtf8()).object();
        ++lines;
        QVERIFY(o.contains(QStringLiteral("endpoints")));
        QVERIFY(o.contains(QStringLiteral("kernel_notes")));
        QVERIFY(!o.value(QStringLiteral("agree")).isBool() || o.value(QStringLiteral("agree")).toBool());
        const QJsonObject model = o.value(QStringLiteral("states")).toObject();
        const QJsonObject kernel = o.value(QStringLiteral("kernel_states")).toObject();
        for (auto it = kernel.begin(); it != kernel.end(); ++it) {
            if (it.value().isNull()) {
                // Not observable is always explained, never silently left out.
                QVERIFY2(!o.value(QStringLiteral("kernel_notes")).toObject().value(it.key()).toString().isEmpty()
                             || !o.value(QStringLiteral("live_simulated")).toString().isEmpty(),
                         qPrintable(line));
                continue;
            }
            QCOMPARE(it.value().toString(), model.value(it.key()).toString());
            ++observed;
        }
        for (const QJsonValue &endpoint : o.value(QStringLiteral("endpoints")).toObject())
            QVERIFY(endpoint.toString().startsWith(QLatin1String("127.0.0.1:")));
    }
    QVERIFY(lines > 1);
    QVERIFY(observed > 0);
}

void TestCliLive::simulatedOnlyLessonsSayWhy()
{
    const ProcessRun run = runProcess(QStringLiteral(NETSTEPS_CLI),
                                      {QStringLiteral("run"), QStringLiteral("tcp-lost-ack"), QStringLiteral("--live")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains(QLatin1String("simulated")));
    QVERIFY(run.out.isEmpty());
}

void TestCliLive::liveCaptureSavesTheRealHandshake()
{
#ifndef Q_OS_LINUX
    QSKIP("Capturing on loopback has a Linux implementation only.");
#endif
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("handshake.pcap"));
    const ProcessRun run = runProcess(QStringLiteral(NETSTEPS_CLI), {QStringLiteral("run"), QStringLiteral("tcp-handshake"),
                                                                     QStringLiteral("--live"), QStringLiteral("--pcap"), file});
    if (run.exitCode == 3) {
        // Without the permission the user is told what is needed, and nothing is written.
        QVERIFY2(::geteuid() != 0, qPrintable(run.err));
        QVERIFY2(run.err.contains(QLatin1String("CAP_NET_RAW")), qPrintable(run.err));
        QVERIFY(!QFile::exists(file));
        QSKIP("Capturing on loopback needs root or CAP_NET_RAW here (CI runs as root).");
    }
    QVERIFY2(run.exitCode == 0, qPrintable(run.err + run.out));
    QVERIFY2(run.out.contains(QStringLiteral("real segment client → server:")), qPrintable(run.out));

    QFile saved(file);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    const Parsed<QList<PcapRecord>> records = PcapReader::read(saved.readAll());
    QVERIFY2(records, qPrintable(records ? QString() : records.error().message));
    QCOMPARE(records->size(), 3); // the handshake, each loopback frame once
    QList<TcpHeader> segments;
    for (const PcapRecord &record : *records) {
        const Parsed<Frame> frame = FrameCodec::decode(record.data);
        QVERIFY(frame && frame->tcp);
        segments.append(*frame->tcp);
    }
    QCOMPARE(segments[0].flags, TcpFlags(TcpFlag::Syn));
    QCOMPARE(segments[1].flags, TcpFlag::Syn | TcpFlag::Ack);
    QCOMPARE(segments[2].flags, TcpFlags(TcpFlag::Ack));
    QCOMPARE(segments[1].ack, segments[0].seq + 1);
    QCOMPARE(segments[2].ack, segments[1].seq + 1);
    QCOMPARE(segments[2].seq, segments[0].seq + 1);
    QCOMPARE(segments[1].sourcePort, segments[0].destinationPort);

    const QString tshark = QStandardPaths::findExecutable(QStringLiteral("tshark"));
    if (tshark.isEmpty())
        QSKIP("tshark is not installed (scripts/setup.sh installs it)");
    const ProcessRun fields = runProcess(tshark, {QStringLiteral("-r"), file, QStringLiteral("-T"), QStringLiteral("fields"),
                                                  QStringLiteral("-e"), QStringLiteral("tcp.flags.str"), QStringLiteral("-e"),
                                                  QStringLiteral("_ws.malformed")});
    QCOMPARE(fields.exitCode, 0);
    const QStringList lines = fields.out.trimmed().split(u'\n');
    QCOMPARE(lines.size(), 3);
    for (const QString &line : lines)
        QVERIFY2(line.split(u'\t').value(1).isEmpty(), qPrintable(line)); // not malformed
    const ProcessRun expert = runProcess(tshark, {QStringLiteral("-r"), file, QStringLiteral("-q"), QStringLiteral("-z"),
                                                  QStringLiteral("expert")});
    QCOMPARE(expert.exitCode, 0);
    QVERIFY2(!expert.out.contains(QLatin1String("Errors (")), qPrintable(expert.out));
}

void TestCliLive::pcapNeedsLive()
{
    const ProcessRun run = runProcess(QStringLiteral(NETSTEPS_CLI), {QStringLiteral("run"), QStringLiteral("tcp-handshake"),
                                                                     QStringLiteral("--pcap"), QStringLiteral("x.pcap")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains(QLatin1String("--live")));
}

QTEST_GUILESS_MAIN(TestCliLive)
#include "tst_cli_live.moc"
