// Fuzz target: lesson files (LessonParser::parse): bytes → a lesson or the errors that say why
// not, as a teacher's lesson folder gives them.
//
// Properties: the result is a lesson or a list of errors, never both or neither; every error names
// the file, carries a message, and points at a line and column inside the text (or at none);
// parsing the same bytes again gives the same result; a lesson that loads has an id in the
// documented form and a title and summary.

#include "fuzztarget.h"

#include "lessonparser.h"

#include <QRegularExpression>

namespace {

using namespace NetSteps;

QStringList errorLines(const LessonParseResult &result)
{
    QStringList lines;
    for (const LessonError &error : result.errors)
        lines.append(error.toString());
    return lines;
}

int fuzzLesson(const std::uint8_t *data, std::size_t size)
{
    const QByteArray json = Fuzz::bytes(data, size).toByteArray();
    const QString file = QStringLiteral("fuzz.json");
    const LessonParseResult result = LessonParser::parse(json, file);
    FUZZ_CHECK(result.lesson.has_value() != !result.errors.isEmpty(),
               QStringLiteral("lesson %1, %2 errors").arg(result.lesson.has_value()).arg(result.errors.size()));

    const qsizetype lines = json.count('\n') + 1;
    const qsizetype characters = QString::fromUtf8(json).size();
    for (const LessonError &error : result.errors) {
        const QString text = error.toString();
        FUZZ_CHECK(error.file == file, text);
        FUZZ_CHECK(!error.message.trimmed().isEmpty(), text);
        FUZZ_CHECK(text.startsWith(file), text);
        FUZZ_CHECK((error.line == 0 && error.column == 0)
                       || (error.line >= 1 && error.line <= lines && error.column >= 1 && error.column <= characters + 1),
                   text + QStringLiteral(" in %1 lines, %2 characters").arg(lines).arg(characters));
    }

    const LessonParseResult again = LessonParser::parse(json, file);
    FUZZ_CHECK(errorLines(again) == errorLines(result), errorLines(result).join(u'\n'));
    FUZZ_CHECK(again.lesson.has_value() == result.lesson.has_value(), QStringLiteral("second parse differs"));

    if (result.lesson) {
        const Lesson &lesson = *result.lesson;
        static const QRegularExpression idPattern(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
        FUZZ_CHECK(idPattern.match(lesson.id).hasMatch(), lesson.id);
        FUZZ_CHECK(lesson.file == file, lesson.file);
        FUZZ_CHECK(!lesson.title.isEmpty() && !lesson.summary.isEmpty(), lesson.id);
        FUZZ_CHECK(again.lesson->id == lesson.id && again.lesson->steps.size() == lesson.steps.size()
                       && again.lesson->pages.size() == lesson.pages.size(),
                   lesson.id);
    }
    return 0;
}

} // namespace

NETSTEPS_FUZZ_TARGET("lesson", fuzzLesson)
