// Runs every fuzz target over its seed corpus (tests/fuzz/corpus/TARGET) and the inputs that
// once failed (tests/fuzz/regressions/TARGET), so the targets' property checks run in every build,
// with or without clang and libFuzzer. A broken property fails the row of its file.

#include "fuzztarget.h"

#include <QDir>
#include <QFile>
#include <QTest>

#include <exception>

using namespace NetSteps;

class TestFuzzRegressions : public QObject
{
    Q_OBJECT

private:
    static QString root() { return QStringLiteral(NETSTEPS_SOURCE_DIR "/tests/fuzz"); }

    static Fuzz::Entry entry(const QString &name)
    {
        for (const auto &[target, function] : Fuzz::targets())
            if (target == name)
                return function;
        return nullptr;
    }

private slots:
    // Every target has seeds, and every folder of inputs belongs to a target.
    void everyTargetHasSeeds()
    {
        QVERIFY(Fuzz::targets().size() >= 10);
        for (const auto &[name, function] : Fuzz::targets()) {
            const QDir seeds(root() + QStringLiteral("/corpus/") + name);
            QVERIFY2(!seeds.entryList(QDir::Files).isEmpty(), qPrintable(name + QStringLiteral(": no seeds")));
        }
        for (const QString &kind : {QStringLiteral("corpus"), QStringLiteral("regressions")}) {
            const QStringList folders = QDir(root() + u'/' + kind).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
            for (const QString &folder : folders)
                QVERIFY2(entry(folder), qPrintable(kind + u'/' + folder + QStringLiteral(" names no target")));
        }
    }

    void inputs_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("path");
        for (const auto &[name, function] : Fuzz::targets()) {
            for (const QString &kind : {QStringLiteral("corpus"), QStringLiteral("regressions")}) {
                const QDir folder(root() + u'/' + kind + u'/' + name);
                const QStringList files = folder.entryList(QDir::Files, QDir::Name);
                for (const QString &file : files)
                    QTest::newRow(qPrintable(kind + u'/' + name + u'/' + file)) << name << folder.filePath(file);
            }
        }
    }

    void inputs()
    {
        QFETCH(QString, target);
        QFETCH(QString, path);
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.errorString()));
        const QByteArray bytes = file.readAll();
        const Fuzz::Entry function = entry(target);
        QVERIFY(function);
        try {
            QCOMPARE(function(reinterpret_cast<const std::uint8_t *>(bytes.constData()), std::size_t(bytes.size())), 0);
        } catch (const Fuzz::PropertyFailure &failure) {
            QFAIL(failure.what());
        } catch (const std::exception &exception) {
            QFAIL(qPrintable(QStringLiteral("uncaught exception: ") + QString::fromUtf8(exception.what())));
        }
    }
};

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "tst_fuzzregressions.moc"
