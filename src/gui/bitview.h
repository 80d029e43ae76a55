#pragma once

#include "bitfigure.h"
#include "lan.h"

#include <QList>
#include <QSizeF>
#include <QWidget>

#include <memory>
#include <optional>

namespace NetSteps {

class Scenario;
class BitPainter;

// The bit view of the subnet lessons: an address over its mask, ANDed bit by bit into the
// network address, each row in binary with its dotted decimal beside it; octets set apart, the
// prefix boundary drawn as a labelled line, network and host bits in their own colours. Each
// part of the lesson (AddressingStep::Phase) shows its rows; the AND reveals the network row
// column by column as the step's progress goes from 0 to 1. Subnetting adds the borrowed bits
// and a table of the subnets.
//
// It draws what the scenario recorded, through BitFigure; it decides nothing. Outside a
// scenario it shows one AddressingStep, or a sender's RouteDecision for the ARP lessons. The
// drawing is scaled to fit the widget; within a scenario the scale is the same for every step,
// so nothing jumps while stepping.
class BitView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BitView)

public:
    explicit BitView(QWidget *parent = nullptr);
    ~BitView() override;

    // A scenario of Stage::Bits (subnet-and, subnetting), or nullptr to show nothing. The view
    // keeps the pointer: the scenario must outlive it or be replaced first.
    void setScenario(const Scenario *scenario);
    void showStep(int step, qreal progress = 1.0);
    // Standalone: one part of the subnet lesson, or a sender's AND decision (no scenario).
    void showAddressing(const AddressingStep &addressing, qreal progress = 1.0);
    void showDecision(const RouteDecision &decision);

    // What is drawn, for tests and accessibility.
    const BitFigure &figure() const { return m_figure; }
    // Each row's bits as drawn, "11000000.10101000.00000001.00001010", a space for a column
    // not yet revealed.
    QStringList rowTexts() const;
    // The columns of the AND's result drawn so far: floor(progress * 32) during the AND part,
    // 32 otherwise (see BitFigure::revealedColumns).
    int animatedColumns() const;
    // The drawing's own size and the factor it is scaled by to fit the widget.
    QSizeF drawingSize() const { return m_drawingSize; }
    qreal scale() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void changeEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void rebuild();
    BitFigure figureAt(int step, qreal progress) const;

    const Scenario *m_scenario = nullptr;
    int m_step = 0;
    qreal m_progress = 1.0;
    std::optional<AddressingStep> m_addressing;
    std::optional<RouteDecision> m_decision;
    BitFigure m_figure;
    // Every figure the current scenario can show, laid out on the same columns.
    QList<BitFigure> m_scenarioFigures;
    std::unique_ptr<BitPainter> m_layout;
    QSizeF m_drawingSize;
};

} // namespace NetSteps
