#pragma once

#include "lesson.h"
#include "lessonparser.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace NetSteps {

// The lessons that loaded, the errors of the files that did not, and what a reader should know
// (a folder lesson that replaced a built-in one).
struct LessonCollection
{
    QList<Lesson> lessons; // in navigator order: by topic, scenario lessons in the registry's order
    QList<LessonError> errors;
    QStringList notices;
    int filesRead = 0;

    const Lesson *find(QStringView id) const;
};

// Finds lesson files: those built into the program (lessons/*.json, embedded as :/lessons) and
// those in a folder a teacher chooses. A broken file is reported and left out; the others load.
class LessonLoader
{
    Q_DECLARE_TR_FUNCTIONS(NetSteps::LessonLoader)

public:
    static constexpr qint64 maxFileSize = 1024 * 1024; // a lesson is a few kilobytes of text

    static QString embeddedDirectory() { return QStringLiteral(":/lessons"); }

    static LessonParseResult loadFile(const QString &path);
    // Every *.json file of the folder, in name order. Two files with the same id: the second is an error.
    static LessonCollection loadDirectory(const QString &directory);
    static LessonCollection loadEmbedded() { return loadDirectory(embeddedDirectory()); }
    // The embedded lessons and, if `folder` is given, the folder's: a folder lesson replaces the
    // embedded one with the same id, with a notice.
    static LessonCollection loadAll(const QString &folder = {});
};

} // namespace NetSteps
