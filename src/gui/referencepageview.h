#pragma once

#include <QWidget>

class QLabel;
class QScrollArea;
class QTableWidget;

namespace NetSteps {

class EncapsulationView;
class StateDiagramView;
struct Lesson;

// The stage of a reference lesson: one page at a time, its title, its text, and its table (each
// cell in the current language) or a figure that one of NetSteps' own views draws.
class ReferencePageView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReferencePageView)

public:
    explicit ReferencePageView(QWidget *parent = nullptr);

    // The lesson is the caller's and must outlive its use here; nullptr shows nothing.
    void setLesson(const Lesson *lesson);
    void showPage(int index); // again after a language change
    int page() const { return m_page; }

    QString title() const;
    QString text() const;
    QTableWidget *table() const { return m_table; }
    // The view that draws the page's figure, or nullptr when the page has none.
    QWidget *figure() const;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void fillTable();
    void fitTable();
    void scheduleFit();

    const Lesson *m_lesson = nullptr;
    int m_page = -1;
    QScrollArea *m_scroll;
    QLabel *m_title;
    QLabel *m_text;
    QTableWidget *m_table;
    bool m_fitting = false;
    bool m_fitScheduled = false;
    int m_heightBefore = -1; // the table's height before the last fit
    StateDiagramView *m_stateDiagram;
    EncapsulationView *m_encapsulation;
    QLabel *m_unknownFigure; // a figure this version cannot draw
};

} // namespace NetSteps
