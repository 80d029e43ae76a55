// `netsteps-cli run ID --live`, run as a user runs it: real sockets on 127.0.0.1, the kernel's
// states beside the model's in every JSON line, and an exit status that says whether they agreed.

#include "processrun.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

class TestCliLive : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void liveRunAgreesWithTheModel_data();
    void liveRunAgreesWithTheModel();
    void simulatedOnlyLessonsSayWhy();
};

void TestCliLive::liveRunAgreesWithTheModel_data()
{
    QTest::addColumn<QString>("id");
    for (const char *id : {"tcp-handshake", "tcp-close", "tcp-data", "tcp-close-server", "tcp-half-close",
                           "tcp-rst-abort", "tcp-refused", "tcp-keepalive", "tcp-reuseaddr"})
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

QTEST_GUILESS_MAIN(TestCliLive)
#include "tst_cli_live.moc"
