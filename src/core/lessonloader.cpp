#include "lessonloader.h"

#include "scenarioregistry.h"

#include <QDir>
#include <QFile>

#include <algorithm>
#include <tuple>

namespace NetSteps {

namespace {

// The built-in reference lessons in teaching order; a teacher's own come after them, by id.
const QStringList &referenceOrder()
{
    static const QStringList ids = {
        QStringLiteral("layers"),           QStringLiteral("client-server"),     QStringLiteral("ip-mac-port"),
        QStringLiteral("well-known-ports"), QStringLiteral("browser-capstone"),  QStringLiteral("deskmate-exercise"),
        QStringLiteral("glossary"),         QStringLiteral("tcp-vs-udp"),        QStringLiteral("socket-api"),
    };
    return ids;
}

// Navigator order: topics in Lesson::topics() order; in a topic, scenario lessons in the
// registry's teaching order, then reference lessons in theirs.
void sortLessons(QList<Lesson> &lessons)
{
    const QStringList topics = Lesson::topics();
    const QStringList scenarios = ScenarioRegistry::ids();
    const QStringList &references = referenceOrder();
    const auto rank = [&](const Lesson &l) {
        const qsizetype topic = topics.indexOf(l.topic);
        qsizetype place = scenarios.indexOf(l.id);
        if (place < 0) {
            const qsizetype reference = references.indexOf(l.id);
            place = scenarios.size() + (reference < 0 ? references.size() : reference);
        }
        return std::make_tuple(topic < 0 ? topics.size() : topic, place, l.id);
    };
    std::stable_sort(lessons.begin(), lessons.end(),
                     [&](const Lesson &a, const Lesson &b) { return rank(a) < rank(b); });
}

} // namespace

const Lesson *LessonCollection::find(QStringView id) const
{
    for (const Lesson &lesson : lessons) {
        if (lesson.id == id)
            return &lesson;
    }
    return nullptr;
}

LessonParseResult LessonLoader::loadFile(const QString &path)
{
    LessonParseResult result;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.errors.append(LessonError{path, 0, 0, {}, tr("cannot read the file: %1").arg(file.errorString())});
        return result;
    }
    if (file.size() > maxFileSize) {
        result.errors.append(LessonError{path, 0, 0, {},
                                         tr("the file has %1 bytes; a lesson file has at most %2")
                                             .arg(file.size())
                                             .arg(maxFileSize)});
        return result;
    }
    return LessonParser::parse(file.read(maxFileSize), path);
}

LessonCollection LessonLoader::loadDirectory(const QString &directory)
{
    LessonCollection collection;
    const QDir dir(directory);
    if (!dir.exists()) {
        collection.errors.append(LessonError{directory, 0, 0, {}, tr("there is no such folder")});
        return collection;
    }
    const QStringList names = dir.entryList({QStringLiteral("*.json")}, QDir::Files | QDir::Readable, QDir::Name);
    for (const QString &name : names) {
        const QString path = dir.filePath(name);
        LessonParseResult result = loadFile(path);
        ++collection.filesRead;
        collection.errors += result.errors;
        if (!result.lesson)
            continue;
        if (const Lesson *first = collection.find(result.lesson->id)) {
            collection.errors.append(LessonError{path, result.idPosition.line, result.idPosition.column,
                                                 QStringLiteral("id"),
                                                 tr("the lesson id \"%1\" is already used by %2")
                                                     .arg(result.lesson->id, first->file)});
            continue;
        }
        collection.lessons.append(*result.lesson);
    }
    sortLessons(collection.lessons);
    return collection;
}

LessonCollection LessonLoader::loadAll(const QString &folder)
{
    LessonCollection all = loadEmbedded();
    if (folder.isEmpty())
        return all;
    const LessonCollection extra = loadDirectory(folder);
    all.filesRead += extra.filesRead;
    all.errors += extra.errors;
    all.notices += extra.notices;
    for (const Lesson &lesson : extra.lessons) {
        const auto same = std::find_if(all.lessons.begin(), all.lessons.end(),
                                       [&](const Lesson &l) { return l.id == lesson.id; });
        if (same == all.lessons.end()) {
            all.lessons.append(lesson);
            continue;
        }
        all.notices.append(tr("%1 replaces the built-in lesson \"%2\"").arg(lesson.file, lesson.id));
        *same = lesson;
    }
    sortLessons(all.lessons);
    return all;
}

} // namespace NetSteps
