// The lessons subcommand of netsteps-cli: lists the lessons, or checks lesson files the way a
// compiler reports errors, so that a teacher can validate a folder before class.

#include "clicommands.h"

#include "lessonloader.h"

#include <QCommandLineParser>
#include <QFileInfo>

namespace NetSteps::Cli {

namespace {

bool isFolder(const QString &path, QTextStream &err)
{
    if (QFileInfo(path).isDir())
        return true;
    err << tr("netsteps-cli lessons: there is no folder '%1'").arg(path) << Qt::endl;
    return false;
}

// One line per error, FILE:LINE:COLUMN: message, then a summary.
int check(const QString &folder, QTextStream &out, QTextStream &err)
{
    const LessonCollection checked =
        folder.isEmpty() ? LessonLoader::loadEmbedded() : LessonLoader::loadDirectory(folder);
    for (const LessonError &error : checked.errors)
        err << error.toString() << '\n';
    err.flush();
    if (checked.filesRead == 0) {
        err << tr("netsteps-cli lessons: no lesson files (*.json) in '%1'").arg(folder) << Qt::endl;
        return Failed;
    }
    out << tr("lesson files checked: %1, valid: %2, errors: %3")
               .arg(checked.filesRead)
               .arg(checked.lessons.size())
               .arg(checked.errors.size())
        << Qt::endl;
    return checked.errors.isEmpty() ? Success : Failed;
}

// id, kind and title in the current language; a folder's lessons replace built-in ones.
int list(const QString &folder, QTextStream &out, QTextStream &err)
{
    const LessonCollection all = LessonLoader::loadAll(folder);
    for (const LessonError &error : all.errors)
        err << error.toString() << '\n';
    for (const QString &notice : all.notices)
        err << tr("netsteps-cli lessons: %1").arg(notice) << '\n';
    err.flush();
    for (const Lesson &lesson : all.lessons)
        out << lesson.id.leftJustified(24) << ' ' << Lesson::kindName(lesson.kind).leftJustified(9) << ' '
            << lesson.title.text() << '\n';
    out.flush();
    return all.errors.isEmpty() ? Success : Failed;
}

} // namespace

int runLessonsCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QCommandLineOption checkOption(QStringLiteral("check"),
                                         tr("Check the built-in lessons, or the lesson files in the folder given."));
    const QCommandLineOption folderOption(QStringLiteral("lessons-dir"),
                                          tr("Also load the lessons in this folder; they replace built-in lessons "
                                             "with the same id."),
                                          QStringLiteral("DIR"));
    parser.addOption(checkOption);
    parser.addOption(folderOption);
    if (!parseArguments(parser, QStringLiteral("lessons"), args, err))
        return BadInput;
    const QStringList positional = parser.positionalArguments();
    if (parser.isSet(checkOption)) {
        if (parser.isSet(folderOption)) {
            err << tr("netsteps-cli lessons: --check takes the folder itself: netsteps-cli lessons --check DIR")
                << Qt::endl;
            return BadInput;
        }
        if (positional.size() > 1) {
            err << tr("netsteps-cli lessons: --check takes at most one folder") << Qt::endl;
            return BadInput;
        }
        const QString folder = positional.value(0);
        if (!folder.isEmpty() && !isFolder(folder, err))
            return BadInput;
        return check(folder, out, err);
    }
    if (!positional.isEmpty()) {
        err << tr("netsteps-cli lessons: unexpected argument '%1'").arg(positional.first()) << Qt::endl;
        return BadInput;
    }
    const QString folder = parser.value(folderOption);
    if (!folder.isEmpty() && !isFolder(folder, err))
        return BadInput;
    return list(folder, out, err);
}

} // namespace NetSteps::Cli
