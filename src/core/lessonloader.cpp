#include "lessonloader.h"

#include "scenarioregistry.h"

#include <QDir>
#include <QFile>

#include <algorithm>
#include <tuple>

namespace NetSteps {

namespace {

// Navigator order: topics in Lesson::topics() order; in a topic, scenario lessons in the
// registry's teaching order, then reference lessons by id.
void sortLessons(QList<Lesson> &lessons)
{
    const QStringList topics = Lesson::topics();
    const QStringList scenarios = ScenarioRegistry::ids();
    const auto rank = [&](const Lesson &l) {
        const qsizetype topic = topics.indexOf(l.topic);
        const qsizetype scenario = scenarios.indexOf(l.id);
        return std::make_tuple(topic < 0 ? topics.size() : topic, scenario < 0 ? scenarios.size() : scenario, l.id);
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
