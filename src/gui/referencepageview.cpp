#include "referencepageview.h"

#include "encapsulationview.h"

#include "lesson.h"
#include "statediagramview.h"

#include <QHeaderView>
#include <QLabel>
#include <QScrollArea>
#include <QScopedValueRollback>
#include <QScrollBar>
#include <QTimer>
#include <QTableWidget>
#include <QVBoxLayout>

namespace NetSteps {

namespace {

QFont scaled(QFont font, qreal factor, bool bold = false)
{
    font.setPointSizeF(font.pointSizeF() * factor);
    font.setBold(bold);
    return font;
}

} // namespace

ReferencePageView::ReferencePageView(QWidget *parent)
    : QWidget(parent),
      m_scroll(new QScrollArea(this)),
      m_title(new QLabel),
      m_text(new QLabel),
      m_table(new QTableWidget),
      m_stateDiagram(new StateDiagramView),
      m_encapsulation(new EncapsulationView),
      m_unknownFigure(new QLabel)
{
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_scroll);

    auto *content = new QWidget;
    content->setObjectName(QStringLiteral("referencePage"));
    content->setStyleSheet(QStringLiteral("#referencePage { background: white; }"));
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(28, 20, 28, 20);
    layout->setSpacing(16);

    m_title->setFont(scaled(font(), 1.7, true));
    m_title->setWordWrap(true);
    m_text->setFont(scaled(font(), 1.25));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setAlignment(Qt::AlignLeft | Qt::AlignTop);

    m_table->setFont(scaled(font(), 1.2));
    m_table->setStyleSheet(QStringLiteral("QTableWidget::item { padding: 4px 8px; }"
                                          "QHeaderView::section { padding: 4px 8px; background: #eeeeee; border: none;"
                                          " border-bottom: 1px solid #bbbbbb; border-right: 1px solid #d0d0d0; }"));
    m_table->horizontalHeader()->setFont(scaled(font(), 1.2, true));
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setFocusPolicy(Qt::NoFocus);
    m_table->setWordWrap(true);
    m_table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    // The page scrolls, not the table: it is as tall as its rows, which wrap as it narrows.
    // Fitting changes the page's height, which may show or hide the page's scroll bar, which
    // resizes the sections again: the next fit waits for the event loop, never recursing.
    connect(m_table->horizontalHeader(), &QHeaderView::sectionResized, this, &ReferencePageView::scheduleFit);

    m_stateDiagram->setMinimumHeight(320);
    m_unknownFigure->setWordWrap(true);
    m_unknownFigure->setForegroundRole(QPalette::PlaceholderText);

    layout->addWidget(m_title);
    layout->addWidget(m_text);
    layout->addWidget(m_table);
    layout->addWidget(m_stateDiagram, 1);
    m_encapsulation->setMinimumHeight(360);
    layout->addWidget(m_encapsulation, 1);
    layout->addWidget(m_unknownFigure);
    layout->addStretch();
    m_scroll->setWidget(content);
    setLesson(nullptr);
}

void ReferencePageView::setLesson(const Lesson *lesson)
{
    m_lesson = lesson;
    m_page = -1;
    showPage(0);
}

void ReferencePageView::showPage(int index)
{
    const bool valid = m_lesson && index >= 0 && index < m_lesson->pages.size();
    m_page = valid ? index : -1;
    const LessonPage *page = valid ? &m_lesson->pages.at(index) : nullptr;
    m_title->setText(page ? page->title.text() : QString());
    m_text->setText(page ? page->text.text() : QString());
    m_text->setVisible(page && !page->text.isEmpty());
    fillTable();
    const QString figure = page ? page->figure : QString();
    m_stateDiagram->setVisible(figure == QLatin1String("tcp-state-diagram"));
    m_encapsulation->setVisible(figure == QLatin1String("encapsulation"));
    // A lesson written for a newer NetSteps may name a figure this one does not draw.
    m_unknownFigure->setVisible(!figure.isEmpty() && !Lesson::figureIds().contains(figure));
    m_unknownFigure->setText(tr("(The figure \"%1\" is drawn by a newer version of NetSteps.)").arg(figure));
    m_scroll->verticalScrollBar()->setValue(0);
}

QString ReferencePageView::title() const
{
    return m_title->text();
}

QString ReferencePageView::text() const
{
    return m_text->isHidden() ? QString() : m_text->text();
}

QWidget *ReferencePageView::figure() const
{
    if (!m_stateDiagram->isHidden())
        return m_stateDiagram;
    if (!m_encapsulation->isHidden())
        return m_encapsulation;
    if (!m_unknownFigure->isHidden())
        return m_unknownFigure;
    return nullptr;
}

void ReferencePageView::fillTable()
{
    const LessonPage *page = m_page >= 0 ? &m_lesson->pages.at(m_page) : nullptr;
    if (!page || !page->table) {
        m_table->clear();
        m_table->setRowCount(0);
        m_table->setColumnCount(0);
        m_table->hide();
        return;
    }
    const LessonTable &table = *page->table;
    m_table->clear();
    m_table->setColumnCount(int(table.columns.size()));
    m_table->setRowCount(int(table.rows.size()));
    QStringList headings;
    for (const LocalizedText &column : table.columns)
        headings.append(column.text());
    m_table->setHorizontalHeaderLabels(headings);
    for (int row = 0; row < table.rows.size(); ++row) {
        const QList<LocalizedText> &cells = table.rows.at(row);
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column).text());
            item->setTextAlignment(Qt::AlignLeft | Qt::AlignTop);
            m_table->setItem(row, column, item);
        }
    }
    // Short columns (names, numbers) as wide as their text; the last, the prose, takes the rest.
    QHeaderView *header = m_table->horizontalHeader();
    for (int column = 0; column + 1 < m_table->columnCount(); ++column)
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    header->setStretchLastSection(true);
    m_table->show();
    fitTable();
}

void ReferencePageView::scheduleFit()
{
    if (m_fitScheduled)
        return;
    m_fitScheduled = true;
    QTimer::singleShot(0, this, [this] {
        m_fitScheduled = false;
        fitTable();
    });
}

void ReferencePageView::fitTable()
{
    if (m_table->isHidden() || m_fitting)
        return;
    const QScopedValueRollback<bool> fitting(m_fitting, true);
    m_table->resizeRowsToContents();
    int height = m_table->horizontalHeader()->height() + 2 * m_table->frameWidth();
    for (int row = 0; row < m_table->rowCount(); ++row)
        height += m_table->rowHeight(row);
    // At some widths the page's scroll bar comes and goes with the table's height, and the two
    // heights alternate: the taller one (with the scroll bar, narrower rows) is kept.
    if (height == m_heightBefore && height != m_table->height())
        height = qMax(height, m_table->height());
    m_heightBefore = m_table->height();
    m_table->setFixedHeight(height);
}

void ReferencePageView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitTable();
}

} // namespace NetSteps
