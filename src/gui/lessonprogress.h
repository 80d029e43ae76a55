#pragma once

#include <QString>

#include <optional>

namespace NetSteps {

struct Lesson;

// What a student has answered at each lesson's checkpoints, kept in QSettings across runs
// ("progress/<lesson id>/<step>" = "right" or "wrong"). The first answer counts: answering the
// same checkpoint again in a later session does not change the score.
class LessonProgress
{
public:
    enum class Result { Right, Wrong };

    // How a lesson stands: its checkpoints, how many are answered, and how many of those right.
    struct Score
    {
        int right = 0;
        int answered = 0;
        int checkpoints = 0;

        bool isComplete() const { return checkpoints > 0 && answered == checkpoints; }
    };

    static std::optional<Result> result(const QString &lessonId, int step);
    // Keeps the first answer to a checkpoint; false (and nothing changes) when it has one.
    static bool record(const QString &lessonId, int step, Result result);
    static Score score(const Lesson &lesson);
    // Forgets every answer of every lesson.
    static void reset();
};

} // namespace NetSteps
