#pragma once

#include "lesson.h"

#include <QFrame>
#include <QList>

class QGridLayout;
class QLabel;
class QPushButton;
class QShortcut;

namespace NetSteps {

// A checkpoint under the caption, large enough to read on a projector: the question and its
// choices as buttons (keys 1–9 choose, Esc or Skip passes), then the verdict, the model's answer
// and the explanation. It only shows what it is given and reports the student's choice; the
// CheckpointController decides when to ask and what counts.
class CheckpointPanel final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CheckpointPanel)

public:
    explicit CheckpointPanel(QWidget *parent = nullptr);

    void ask(const QString &question, const QList<CheckpointChoice> &choices);
    // The answer: the right choice marked, and `chosen` (the student's, or -1 when none was
    // made: skipped, or a screenshot) marked right or wrong.
    void reveal(const QString &question, const QList<CheckpointChoice> &choices, int chosen,
                const QString &explanation);
    void dismiss();

    bool isAsking() const { return !isHidden() && !m_revealed; }
    bool isRevealed() const { return !isHidden() && m_revealed; }
    int chosen() const { return m_chosen; }
    QString question() const;
    QString verdict() const;
    QString explanation() const;
    const QList<QPushButton *> &choiceButtons() const { return m_buttons; }
    QPushButton *skipButton() const { return m_skip; }

Q_SIGNALS:
    void choiceMade(int index);
    void skipRequested();

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void showChoices(const QString &question, const QList<CheckpointChoice> &choices);
    void arrangeChoices();
    void styleButton(QPushButton *button, const QString &background, const QString &border, const QString &text);
    void setKeysEnabled(bool enabled);

    QLabel *m_question;
    QGridLayout *m_choiceGrid;
    QPushButton *m_skip;
    QLabel *m_hint;
    QLabel *m_verdict;
    QLabel *m_explanation;
    QList<QPushButton *> m_buttons;
    QList<QShortcut *> m_keys; // 1–9, then Esc
    int m_columns = 0; // of the choices' grid
    bool m_revealed = false;
    int m_chosen = -1;
};

} // namespace NetSteps
