#include "lessonnavigator.h"

#include "lessonprogress.h"
#include "scenarioregistry.h"

#include <QHeaderView>
#include <QSignalBlocker>

#include <algorithm>

namespace NetSteps {

namespace {

// One line of the navigator: a lesson, or a scenario that has no lesson file.
struct Entry
{
    QString id;
    QString topic;
    const Lesson *lesson = nullptr;
    const ScenarioInfo *scenario = nullptr;
};

// The lessons in their order, each scenario without a lesson after the last entry before it in
// the registry's order; topics in Lesson::topics() order, any other topic last.
QList<Entry> entries(const QList<Lesson> &lessons)
{
    QList<Entry> list;
    for (const Lesson &lesson : lessons)
        list.append(Entry{lesson.id, lesson.topic, &lesson, ScenarioRegistry::find(lesson.id)});
    const QStringList ids = ScenarioRegistry::ids();
    for (const ScenarioInfo &info : ScenarioRegistry::all()) {
        if (std::any_of(list.cbegin(), list.cend(), [&](const Entry &e) { return e.id == info.id; }))
            continue;
        const auto after = std::find_if(list.cbegin(), list.cend(), [&](const Entry &e) {
            return e.topic == info.topic && (!e.scenario || ids.indexOf(e.id) > ids.indexOf(info.id));
        });
        list.insert(after - list.cbegin(), Entry{info.id, info.topic, nullptr, &info});
    }
    const QStringList topics = Lesson::topics();
    const auto rank = [&topics](const Entry &e) {
        const qsizetype index = topics.indexOf(e.topic);
        return index < 0 ? topics.size() : index;
    };
    std::stable_sort(list.begin(), list.end(), [&](const Entry &a, const Entry &b) { return rank(a) < rank(b); });
    return list;
}

} // namespace

LessonNavigator::LessonNavigator(QWidget *parent) : QTreeWidget(parent)
{
    setColumnCount(2);
    setHeaderHidden(true);
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(TitleColumn, QHeaderView::Stretch);
    header()->setSectionResizeMode(ProgressColumn, QHeaderView::ResizeToContents);
    header()->setMinimumSectionSize(0); // no progress anywhere yet: all the width for the titles
    connect(this, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        const QString id = item ? item->data(TitleColumn, lessonIdRole).toString() : QString();
        if (!id.isEmpty() && id != m_current)
            Q_EMIT lessonChosen(id);
    });
}

void LessonNavigator::setLessons(const QList<Lesson> &lessons)
{
    m_lessons = lessons;
    refill();
}

QString LessonNavigator::progressText(const Lesson &lesson)
{
    const LessonProgress::Score score = LessonProgress::score(lesson);
    if (score.answered == 0)
        return {}; // nothing to show yet, and the titles keep their room
    const QString text = QStringLiteral("%1/%2").arg(score.right).arg(score.checkpoints);
    return score.isComplete() ? text + QStringLiteral(" ✓") : text;
}

void LessonNavigator::refill()
{
    QSignalBlocker blocker(this);
    clear();
    QHash<QString, QTreeWidgetItem *> topics;
    for (const Entry &entry : entries(m_lessons)) {
        QTreeWidgetItem *topic = topics.value(entry.topic);
        if (!topic) {
            topic = new QTreeWidgetItem(this, {ScenarioRegistry::topicTitle(entry.topic)});
            topic->setFlags(Qt::ItemIsEnabled);
            QFont bold = topic->font(TitleColumn);
            bold.setBold(true);
            topic->setFont(TitleColumn, bold);
            topic->setFirstColumnSpanned(true);
            topic->setExpanded(true);
            topics.insert(entry.topic, topic);
        }
        auto *item = new QTreeWidgetItem(topic);
        item->setData(TitleColumn, lessonIdRole, entry.id);
        if (entry.lesson) {
            item->setText(TitleColumn, entry.lesson->title.text());
            item->setToolTip(TitleColumn, entry.lesson->summary.text());
            const LessonProgress::Score score = LessonProgress::score(*entry.lesson);
            item->setText(ProgressColumn, progressText(*entry.lesson));
            if (score.checkpoints > 0) {
                item->setToolTip(ProgressColumn,
                                 tr("%1 of %2 checkpoints answered right; %3 answered")
                                     .arg(score.right)
                                     .arg(score.checkpoints)
                                     .arg(score.answered));
                item->setTextAlignment(ProgressColumn, Qt::AlignRight | Qt::AlignVCenter);
            }
        } else {
            item->setText(TitleColumn, entry.scenario->title());
            item->setToolTip(TitleColumn, entry.scenario->summary());
        }
        if (entry.id == m_current)
            setCurrentItem(item);
    }
}

void LessonNavigator::setCurrentLesson(const QString &id)
{
    m_current = id;
    QSignalBlocker blocker(this);
    setCurrentItem(lessonItem(id));
}

QTreeWidgetItem *LessonNavigator::lessonItem(const QString &id) const
{
    for (QTreeWidgetItemIterator it(const_cast<LessonNavigator *>(this)); *it; ++it) {
        if ((*it)->data(TitleColumn, lessonIdRole).toString() == id)
            return *it;
    }
    return nullptr;
}

} // namespace NetSteps
