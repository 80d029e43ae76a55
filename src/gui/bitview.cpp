#include "bitview.h"

#include "bitpainter.h"
#include "scenario.h"

#include <QEvent>
#include <QPainter>

#include <algorithm>

namespace NetSteps {

namespace {

// The largest factor a drawing is blown up by: past it a lone row would fill a projector.
constexpr qreal maximumScale = 2.0;

const AddressingStep *addressingOf(const Scenario &scenario, int step)
{
    if (step < 0 || step >= scenario.stepCount())
        return nullptr;
    const std::optional<AddressingStep> &addressing = scenario.step(step).lan.addressing;
    return addressing ? &*addressing : nullptr;
}

} // namespace

BitView::BitView(QWidget *parent)
    : QWidget(parent),
      m_layout(std::make_unique<BitPainter>(QList<BitFigure>{}))
{
    setAttribute(Qt::WA_OpaquePaintEvent);
    setAutoFillBackground(false);
}

BitView::~BitView() = default;

void BitView::setScenario(const Scenario *scenario)
{
    m_scenario = scenario && scenario->stage == Scenario::Stage::Bits ? scenario : nullptr;
    m_addressing.reset();
    m_decision.reset();
    m_step = 0;
    m_progress = 1.0;
    rebuild();
}

void BitView::showStep(int step, qreal progress)
{
    m_step = step;
    m_progress = progress;
    if (m_scenario)
        m_figure = figureAt(step, progress);
    update();
}

void BitView::showAddressing(const AddressingStep &addressing, qreal progress)
{
    // The same part at another progress (the AND animating) keeps its layout.
    if (!m_scenario && m_addressing == addressing) {
        m_progress = progress;
        m_figure = BitFigure::forStep(addressing, progress);
        update();
        return;
    }
    m_scenario = nullptr;
    m_decision.reset();
    m_addressing = addressing;
    m_progress = progress;
    rebuild();
}

void BitView::showDecision(const RouteDecision &decision)
{
    m_scenario = nullptr;
    m_addressing.reset();
    m_decision = decision;
    rebuild();
}

QStringList BitView::rowTexts() const
{
    QStringList texts;
    for (const BitFigure::Row &row : m_figure.rows)
        texts.append(row.bits());
    return texts;
}

int BitView::animatedColumns() const
{
    int revealed = BitFigure::bitCount;
    for (const BitFigure::Row &row : m_figure.rows)
        revealed = std::min(revealed, row.revealed);
    return revealed;
}

qreal BitView::scale() const
{
    if (m_drawingSize.isEmpty())
        return 1.0;
    return std::min({width() / m_drawingSize.width(), height() / m_drawingSize.height(), maximumScale});
}

QSize BitView::sizeHint() const
{
    return QSize(960, 540);
}

QSize BitView::minimumSizeHint() const
{
    return QSize(320, 180);
}

void BitView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::FontChange)
        rebuild();
    QWidget::changeEvent(event);
}

void BitView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), Qt::white);
    if (m_figure.isEmpty())
        return;
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    const qreal factor = scale();
    painter.translate((width() - m_drawingSize.width() * factor) / 2, (height() - m_drawingSize.height() * factor) / 2);
    painter.scale(factor, factor);
    m_layout->paint(painter, m_figure);
}

// Lays out again everything the view can show now: every step of the scenario (so that all of
// them share one scale and one set of columns), or the one standalone figure.
void BitView::rebuild()
{
    QList<BitFigure> figures;
    if (m_scenario) {
        for (int step = 0; step < m_scenario->stepCount(); ++step)
            figures.append(figureAt(step, 1.0));
        m_figure = figureAt(m_step, m_progress);
    } else if (m_addressing) {
        m_figure = BitFigure::forStep(*m_addressing, m_progress);
        figures.append(m_figure);
    } else if (m_decision) {
        m_figure = BitFigure::forDecision(*m_decision);
        figures.append(m_figure);
    } else {
        m_figure = BitFigure();
    }
    m_layout = std::make_unique<BitPainter>(figures);
    m_drawingSize = figures.isEmpty() ? QSizeF() : m_layout->size();
    update();
}

// A step with no part of the lesson of its own keeps showing the part before it; before the
// first part (the initial state) the view shows what the lesson starts from.
BitFigure BitView::figureAt(int step, qreal progress) const
{
    if (const AddressingStep *addressing = addressingOf(*m_scenario, step))
        return BitFigure::forStep(*addressing, progress);
    for (int earlier = step - 1; earlier >= 0; --earlier) {
        if (const AddressingStep *last = addressingOf(*m_scenario, earlier))
            return BitFigure::forStep(*last);
    }
    for (int later = step + 1; later < m_scenario->stepCount(); ++later) {
        if (const AddressingStep *first = addressingOf(*m_scenario, later))
            return BitFigure::overview(*first);
    }
    return BitFigure();
}

} // namespace NetSteps
