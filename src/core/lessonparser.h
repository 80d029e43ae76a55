#pragma once

#include "jsonpositions.h"
#include "lesson.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace NetSteps {

// One problem in a lesson file: the file, where in it, the field (as a JSON path such as
// "steps[3].checkpoint.distractors[1]") and what is wrong, in the current language.
struct LessonError
{
    QString file;
    int line = 0;   // 0 when the problem is the file as a whole (unreadable, say)
    int column = 0;
    QString path;   // empty for the document as a whole
    QString message;

    // "FILE:LINE:COLUMN: PATH: message", as compilers write their errors.
    QString toString() const;
};

// A lesson read from one file, or the errors that kept it from loading.
struct LessonParseResult
{
    std::optional<Lesson> lesson; // only when there are no errors
    QList<LessonError> errors;
    JsonPositions::Position idPosition; // where the file writes its "id"
};

// Reads one lesson file (schema version 1, see lessons/README.md) and checks it against the
// scenario it teaches: every step it names exists, every text is there in every language, and
// the model can answer every checkpoint, whose answer is not among its distractors.
class LessonParser
{
    Q_DECLARE_TR_FUNCTIONS(NetSteps::LessonParser)

public:
    // `file` names the text in the errors.
    static LessonParseResult parse(QByteArray json, const QString &file);
};

} // namespace NetSteps
