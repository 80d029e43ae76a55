#pragma once

#include "lesson.h"

#include <QList>
#include <QTreeWidget>

namespace NetSteps {

// The lesson navigator: the lessons grouped by topic, in Lesson::topics() order, each under
// its title in the current language with the student's progress beside it once there is some
// ("2/3" right, and ✓ when every checkpoint has an answer). A scenario that has no lesson file is listed under its
// scenario's title, so that every scenario can be opened.
class LessonNavigator final : public QTreeWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LessonNavigator)

public:
    static constexpr int lessonIdRole = Qt::UserRole + 1;
    enum Column { TitleColumn, ProgressColumn };

    explicit LessonNavigator(QWidget *parent = nullptr);

    void setLessons(const QList<Lesson> &lessons);
    // Fills the tree again: titles in the current language, progress as it stands now.
    void refill();
    void setCurrentLesson(const QString &id);
    QTreeWidgetItem *lessonItem(const QString &id) const;
    // Checkpoints answered right of all: "2/3", "2/3 ✓" once every one has an answer, or
    // nothing before the first answer.
    static QString progressText(const Lesson &lesson);

Q_SIGNALS:
    void lessonChosen(const QString &id);

private:
    QList<Lesson> m_lessons;
    QString m_current;
};

} // namespace NetSteps
