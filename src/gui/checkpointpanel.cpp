#include "checkpointpanel.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace NetSteps {

namespace {

constexpr int maxKeys = 9;
constexpr int margin = 12;

const QString rightColor = QStringLiteral("#1b5e20");
const QString wrongColor = QStringLiteral("#b71c1c");

QFont scaled(QFont font, qreal factor, bool bold = false)
{
    font.setPointSizeF(font.pointSizeF() * factor);
    font.setBold(bold);
    return font;
}

QLabel *wrappingLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

CheckpointPanel::CheckpointPanel(QWidget *parent)
    : QFrame(parent),
      m_question(wrappingLabel(this)),
      m_choiceGrid(new QGridLayout),
      m_skip(new QPushButton(this)),
      m_hint(new QLabel(this)),
      m_verdict(wrappingLabel(this)),
      m_explanation(wrappingLabel(this))
{
    setObjectName(QStringLiteral("checkpointPanel"));
    setAccessibleName(tr("Checkpoint"));
    // The object name keeps the tint off the buttons and labels inside.
    setStyleSheet(QStringLiteral("#checkpointPanel { background: #fff8e1; border: 1px solid #e6c15a; border-radius: 6px; }"));

    m_question->setFont(scaled(font(), 1.35, true));
    m_verdict->setFont(scaled(font(), 1.3, true));
    m_explanation->setFont(scaled(font(), 1.15));
    m_skip->setFont(scaled(font(), 1.15));
    m_hint->setForegroundRole(QPalette::PlaceholderText);

    auto *controls = new QHBoxLayout;
    controls->addLayout(m_choiceGrid, 1);
    auto *side = new QVBoxLayout;
    side->addWidget(m_skip);
    side->addWidget(m_hint);
    side->addStretch();
    controls->addLayout(side);

    // The verdict beside the explanation, which wraps: one line fewer under the stage.
    auto *answer = new QHBoxLayout;
    answer->setSpacing(16);
    answer->addWidget(m_verdict, 1, Qt::AlignTop);
    answer->addWidget(m_explanation, 3);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(margin, 6, margin, 8);
    layout->setSpacing(6);
    layout->addWidget(m_question);
    layout->addLayout(controls);
    layout->addLayout(answer);

    connect(m_skip, &QPushButton::clicked, this, &CheckpointPanel::skipRequested);
    for (int i = 0; i < maxKeys; ++i) {
        auto *key = new QShortcut(QKeySequence(Qt::Key_1 + i), this);
        key->setContext(Qt::WindowShortcut);
        connect(key, &QShortcut::activated, this, [this, i] {
            if (i < m_buttons.size())
                Q_EMIT choiceMade(i);
        });
        m_keys.append(key);
    }
    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    escape->setContext(Qt::WindowShortcut);
    connect(escape, &QShortcut::activated, this, &CheckpointPanel::skipRequested);
    m_keys.append(escape);
    setKeysEnabled(false);
    hide();
}

QString CheckpointPanel::question() const
{
    return m_question->text();
}

QString CheckpointPanel::verdict() const
{
    return m_verdict->text();
}

QString CheckpointPanel::explanation() const
{
    return m_explanation->text();
}

void CheckpointPanel::ask(const QString &question, const QList<CheckpointChoice> &choices)
{
    m_revealed = false;
    m_chosen = -1;
    showChoices(question, choices);
    for (int i = 0; i < m_buttons.size(); ++i) {
        QPushButton *button = m_buttons.at(i);
        connect(button, &QPushButton::clicked, this, [this, i] { Q_EMIT choiceMade(i); });
        styleButton(button, QStringLiteral("white"), QStringLiteral("#8a8a8a"), QStringLiteral("black"));
    }
    m_skip->setText(tr("Skip (Esc)"));
    m_skip->setToolTip(tr("Show the step without answering; the score does not change."));
    m_skip->show();
    m_hint->setText(tr("or press 1–%1").arg(m_buttons.size())); // a checkpoint has two choices at least
    m_hint->show();
    m_verdict->hide();
    m_explanation->hide();
    setKeysEnabled(true);
    arrangeChoices();
    show();
}

void CheckpointPanel::reveal(const QString &question, const QList<CheckpointChoice> &choices, int chosen,
                             const QString &explanation)
{
    m_revealed = true;
    m_chosen = chosen >= 0 && chosen < choices.size() ? chosen : -1;
    showChoices(question, choices);
    m_question->setText(tr("Checkpoint: %1").arg(question));
    QString answer;
    for (int i = 0; i < m_buttons.size(); ++i) {
        QPushButton *button = m_buttons.at(i);
        const CheckpointChoice &choice = choices.at(i);
        button->setEnabled(false);
        if (choice.correct) {
            answer = choice.text;
            button->setText(QStringLiteral("✓ ") + choice.text);
            styleButton(button, QStringLiteral("#dcf2de"), rightColor, rightColor);
        } else if (i == m_chosen) {
            button->setText(QStringLiteral("✗ ") + choice.text);
            styleButton(button, QStringLiteral("#fbe3e3"), wrongColor, wrongColor);
        } else {
            styleButton(button, QStringLiteral("#f4f4f4"), QStringLiteral("#c8c8c8"), QStringLiteral("#707070"));
        }
    }
    if (m_chosen < 0) {
        m_verdict->setText(tr("Answer: %1").arg(answer));
        m_verdict->setStyleSheet(QStringLiteral("color: %1;").arg(rightColor));
    } else if (choices.at(m_chosen).correct) {
        m_verdict->setText(tr("✓ Right: %1").arg(answer));
        m_verdict->setStyleSheet(QStringLiteral("color: %1;").arg(rightColor));
    } else {
        m_verdict->setText(tr("✗ Not this time. The answer: %1").arg(answer));
        m_verdict->setStyleSheet(QStringLiteral("color: %1;").arg(wrongColor));
    }
    m_verdict->show();
    m_explanation->setText(explanation);
    m_explanation->setVisible(!explanation.isEmpty());
    m_skip->hide();
    m_hint->hide();
    setKeysEnabled(false);
    arrangeChoices();
    show();
}

// The question and one button per choice, numbered for the keys.
void CheckpointPanel::showChoices(const QString &question, const QList<CheckpointChoice> &choices)
{
    m_question->setText(tr("Predict: %1").arg(question));
    // Later: the button clicked may be the one that brought us here.
    for (QPushButton *old : std::as_const(m_buttons)) {
        m_choiceGrid->removeWidget(old);
        old->hide();
        old->deleteLater();
    }
    m_buttons.clear();
    for (int i = 0; i < choices.size(); ++i) {
        const QString text = i < maxKeys ? QStringLiteral("%1   %2").arg(i + 1).arg(choices.at(i).text) : choices.at(i).text;
        auto *button = new QPushButton(text, this);
        button->setFont(scaled(font(), 1.25));
        button->setAccessibleName(choices.at(i).text);
        button->show(); // now, not when the layout gets round to it: its place is taken at once
        m_buttons.append(button);
    }
    m_columns = 0; // arranged once they have their style
}

// As many choices to a row as fit the width, rows balanced (two and two rather than three and
// one): short ones (states, flags) in one row, sentences two to a row on a small screen.
void CheckpointPanel::arrangeChoices()
{
    if (m_buttons.isEmpty())
        return;
    int widest = 0;
    for (QPushButton *button : std::as_const(m_buttons))
        widest = qMax(widest, button->sizeHint().width());
    const int spacing = qMax(0, m_choiceGrid->horizontalSpacing());
    // A panel not shown yet has no width of its own; it will span its parent's.
    const bool sized = !isHidden() || !parentWidget();
    int available = (sized ? width() : parentWidget()->contentsRect().width()) - 2 * margin;
    if (!m_skip->isHidden())
        available -= qMax(m_skip->sizeHint().width(), m_hint->sizeHint().width()) + spacing;
    const int count = int(m_buttons.size());
    const int fit = qBound(1, (available + spacing) / (widest + spacing), count);
    const int rows = (count + fit - 1) / fit;
    const int columns = (count + rows - 1) / rows;
    if (columns == m_columns)
        return;
    m_columns = columns;
    for (QPushButton *button : std::as_const(m_buttons))
        m_choiceGrid->removeWidget(button);
    for (int i = 0; i < count; ++i)
        m_choiceGrid->addWidget(m_buttons.at(i), i / columns, i % columns);
}

void CheckpointPanel::resizeEvent(QResizeEvent *event)
{
    QFrame::resizeEvent(event);
    arrangeChoices();
}

void CheckpointPanel::styleButton(QPushButton *button, const QString &background, const QString &border,
                                  const QString &text)
{
    button->setStyleSheet(QStringLiteral("QPushButton { background: %1; border: 2px solid %2; color: %3; "
                                         "border-radius: 5px; padding: 6px 14px; text-align: left; }"
                                         "QPushButton:hover:enabled { background: #fff0c2; }"
                                         "QPushButton:focus { border-width: 3px; }")
                              .arg(background, border, text));
}

void CheckpointPanel::dismiss()
{
    setKeysEnabled(false);
    hide();
}

void CheckpointPanel::setKeysEnabled(bool enabled)
{
    for (QShortcut *key : m_keys)
        key->setEnabled(enabled);
}

} // namespace NetSteps
