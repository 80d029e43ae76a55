#include "lessonproblemsdialog.h"

#include "lessonloader.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace NetSteps {

LessonProblemsDialog::LessonProblemsDialog(const LessonCollection &lessons, QWidget *parent)
    : QDialog(parent), m_summary(new QLabel(this)), m_report(new QPlainTextEdit(this))
{
    setWindowTitle(tr("Lesson Problems"));
    m_summary->setWordWrap(true);
    m_summary->setText(lessons.errors.isEmpty()
                           ? tr("Every lesson file loaded.")
                           : tr("%n problem(s) kept lesson files from loading; the other lessons are ready. "
                                "Fix the files and open the folder again.",
                                nullptr, int(lessons.errors.size())));
    QStringList lines;
    for (const LessonError &error : lessons.errors)
        lines.append(error.toString());
    if (!lessons.notices.isEmpty()) {
        if (!lines.isEmpty())
            lines.append(QString());
        lines += lessons.notices;
    }
    m_report->setPlainText(lines.join(u'\n'));
    m_report->setReadOnly(true);
    m_report->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_report->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_report, 1);
    layout->addWidget(buttons);
    resize(820, 360);
}

QString LessonProblemsDialog::summary() const
{
    return m_summary->text();
}

QString LessonProblemsDialog::report() const
{
    return m_report->toPlainText();
}

} // namespace NetSteps
