#pragma once

#include <QDialog>

class QLabel;
class QPlainTextEdit;

namespace NetSteps {

struct LessonCollection;

// What went wrong when the lessons were loaded: each error as FILE:LINE:COLUMN: message (the
// form netsteps-cli lessons --check prints), and the notices (a folder lesson that replaced a
// built-in one). The lessons that loaded are usable meanwhile.
class LessonProblemsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LessonProblemsDialog)

public:
    explicit LessonProblemsDialog(const LessonCollection &lessons, QWidget *parent = nullptr);

    QString summary() const;
    QString report() const;

private:
    QLabel *m_summary;
    QPlainTextEdit *m_report;
};

} // namespace NetSteps
