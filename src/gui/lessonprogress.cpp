#include "lessonprogress.h"

#include "lesson.h"

#include <QSettings>

namespace NetSteps {

namespace {

const QString group = QStringLiteral("progress");

QString key(const QString &lessonId, int step)
{
    return QStringLiteral("%1/%2/%3").arg(group, lessonId).arg(step);
}

QString resultName(LessonProgress::Result result)
{
    return result == LessonProgress::Result::Right ? QStringLiteral("right") : QStringLiteral("wrong");
}

} // namespace

std::optional<LessonProgress::Result> LessonProgress::result(const QString &lessonId, int step)
{
    const QString value = QSettings().value(key(lessonId, step)).toString();
    if (value == resultName(Result::Right))
        return Result::Right;
    if (value == resultName(Result::Wrong))
        return Result::Wrong;
    return std::nullopt; // unanswered, or a value this version did not write
}

bool LessonProgress::record(const QString &lessonId, int step, Result result)
{
    if (LessonProgress::result(lessonId, step))
        return false;
    QSettings().setValue(key(lessonId, step), resultName(result));
    return true;
}

LessonProgress::Score LessonProgress::score(const Lesson &lesson)
{
    Score score;
    for (const LessonStep &step : lesson.steps) {
        if (!step.checkpoint)
            continue;
        ++score.checkpoints;
        if (const std::optional<Result> answer = result(lesson.id, step.step)) {
            ++score.answered;
            if (*answer == Result::Right)
                ++score.right;
        }
    }
    return score;
}

void LessonProgress::reset()
{
    QSettings().remove(group);
}

} // namespace NetSteps
