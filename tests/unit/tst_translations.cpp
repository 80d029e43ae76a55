// The Chinese translation: complete, faithful to %1-style arguments and protocol names, and found at
// run time in the context the code asks for (a context mismatch silently shows English).

#include "narrator.h"
#include "scenarioregistry.h"
#include "tcpscenarios.h"
#include "tcptransitiontable.h"
#include "translations.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <QXmlStreamReader>

using namespace NetSteps;

namespace {

struct Message
{
    QString context;
    QString source;
    QString translation;
    bool finished = true;
};

QList<Message> readTs(const QString &path)
{
    QList<Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("message")) {
            current = Message{context, {}, {}, true};
        } else if (xml.name() == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            current.finished = xml.attributes().value(QLatin1String("type")).isEmpty();
            current.translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            messages.append(current);
        }
    }
    return messages;
}

bool hasHan(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() >= 0x4e00 && c.unicode() <= 0x9fff; });
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { installTranslations(QStringLiteral("en")); }
    void everyMessageIsTranslatedFaithfully();
    void transitionTableTranslatesAtRunTime();
    void captionsTranslateAtRunTime();
    void unknownLanguageIsRefused();
    void englishPluralsReadAsEnglish();
};

void TestTranslations::everyMessageIsTranslatedFaithfully()
{
    const QList<Message> messages =
        readTs(QStringLiteral(NETSTEPS_SOURCE_DIR "/resources/translations/netsteps_zh_CN.ts"));
    QVERIFY(messages.size() > 300);
    const QRegularExpression argument(QStringLiteral("%(L?\\d+|n)"));
    const QRegularExpression stateName(
        QStringLiteral("\\b(SYN-SENT|SYN-RECEIVED|ESTABLISHED|FIN-WAIT-1|FIN-WAIT-2|CLOSE-WAIT|LAST-ACK|TIME-WAIT)\\b"));
    const auto all = [](const QRegularExpression &re, const QString &text) {
        QStringList found;
        for (auto it = re.globalMatch(text); it.hasNext();)
            found.append(it.next().captured(0));
        found.sort();
        return found;
    };
    for (const Message &m : messages) {
        const QByteArray where = (m.context + QStringLiteral(": ") + m.source.left(60)).toUtf8();
        QVERIFY2(m.finished, where.constData());
        QVERIFY2(!m.translation.isEmpty(), where.constData());
        QCOMPARE(all(argument, m.translation), all(argument, m.source));
        QCOMPARE(all(stateName, m.translation), all(stateName, m.source));
    }
}

void TestTranslations::transitionTableTranslatesAtRunTime()
{
    QVERIFY(installTranslations(QStringLiteral("zh_CN")));
    for (const TcpTransition &row : TcpTransitionTable::rows()) {
        QVERIFY2(hasHan(TcpTransitionTable::noteText(row)), row.note);
        QVERIFY(hasHan(TcpTransitionTable::eventName(row.event)));
    }
    for (const ScenarioInfo &info : ScenarioRegistry::all()) {
        QVERIFY(hasHan(info.title()));
        QVERIFY(hasHan(info.summary()));
    }
    for (const char *topic : {"basics", "addressing", "sockets"})
        QVERIFY(hasHan(ScenarioRegistry::topicTitle(QLatin1String(topic))));
}

void TestTranslations::captionsTranslateAtRunTime()
{
    QVERIFY(installTranslations(QStringLiteral("zh_CN")));
    for (const ScenarioInfo &info : ScenarioRegistry::all()) {
        const Scenario s = info.build({});
        for (int i = 0; i < s.stepCount(); ++i) {
            const QString caption = Narrator::caption(s, i);
            QVERIFY2(hasHan(caption), qPrintable(caption));
            // No English sentence is left between the Chinese ones.
            QVERIFY2(!caption.contains(QRegularExpression(QStringLiteral("\\b(The|It|An?) [a-z]+"))),
                     qPrintable(caption));
        }
    }
    QVERIFY(installTranslations(QStringLiteral("en")));
    QVERIFY(!hasHan(Narrator::caption(TcpScenarios::handshake({}), 3)));
}

void TestTranslations::unknownLanguageIsRefused()
{
    QVERIFY(!installTranslations(QStringLiteral("fr")));
    QVERIFY(!installTranslations(QString()));
}

void TestTranslations::englishPluralsReadAsEnglish()
{
    // Every plural message has its two English forms, and none shows "(s)" on screen.
    const QList<Message> plurals = readTs(QStringLiteral(NETSTEPS_SOURCE_DIR "/resources/translations/netsteps_en.ts"));
    QVERIFY(plurals.size() >= 10);
    for (const Message &m : plurals) {
        QVERIFY2(m.finished, qPrintable(m.source));
        QVERIFY2(!m.translation.contains(QStringLiteral("(s)")), qPrintable(m.translation));
    }
    QVERIFY(installTranslations(QStringLiteral("en")));
    ScenarioParameters p;
    p.borrowBits = 2;
    const Scenario split = ScenarioRegistry::build(u"subnetting", p).value();
    QVERIFY2(Narrator::caption(split, 1).contains(QStringLiteral("Borrowing 1 host bit makes")), qPrintable(Narrator::caption(split, 1)));
    QVERIFY2(Narrator::caption(split, 2).contains(QStringLiteral("Borrowing 2 host bits makes")), qPrintable(Narrator::caption(split, 2)));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
