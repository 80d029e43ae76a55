#pragma once

#include "bitfigure.h"

#include <QFont>
#include <QList>
#include <QRectF>
#include <QSizeF>

class QPainter;

namespace NetSteps {

// Lays BitFigures out and paints them, in the drawing's own units (BitView scales them to the
// widget). Its columns are wide enough for every figure it was made for, so the figures of one
// lesson put their bits in the same place and stepping through it moves nothing.
class BitPainter
{
public:
    explicit BitPainter(const QList<BitFigure> &figures);

    // Room for the widest and the tallest of the figures.
    QSizeF size() const { return m_size; }
    void paint(QPainter &painter, const BitFigure &figure) const;

private:
    // Where the parts of one figure go, top to bottom; -1 for a part it does not have.
    struct Placement
    {
        qreal headingTop = -1;
        qreal prefixLabelTop = -1;
        qreal weightsTop = -1;
        QList<qreal> rowTops;
        qreal legendTop = -1;
        QRectF verdictRect;
        QList<qreal> noteTops;
        qreal tableTop = -1;
        qreal bottom = 0;
    };

    void measureColumns(const QList<BitFigure> &figures);
    Placement place(const BitFigure &figure) const;
    qreal columnX(int column) const;
    qreal boundaryX(int prefix) const;
    QRectF cellRect(int column, qreal top) const;
    qreal bitsLeft() const;
    qreal bitsRight() const { return columnX(BitFigure::bitCount - 1) + m_cellWidth; }
    qreal bitsCentre() const { return (bitsLeft() + bitsRight()) / 2; }
    qreal tableWidth() const;

    void paintHeading(QPainter &painter, const BitFigure &figure, const Placement &placement) const;
    void paintRow(QPainter &painter, const BitFigure &figure, const BitFigure::Row &row, qreal top) const;
    void paintCell(QPainter &painter, const BitFigure &figure, const BitFigure::Row &row, int column, qreal top) const;
    void paintOctetDots(QPainter &painter, const BitFigure &figure, qreal top) const;
    void paintWeights(QPainter &painter, qreal top) const;
    void paintPrefixLines(QPainter &painter, const BitFigure &figure, const Placement &placement) const;
    void paintActiveColumn(QPainter &painter, const BitFigure &figure, const Placement &placement) const;
    void paintLegend(QPainter &painter, const BitFigure &figure, qreal top) const;
    void paintVerdict(QPainter &painter, const BitFigure &figure, const QRectF &rect) const;
    void paintNotes(QPainter &painter, const BitFigure &figure, const Placement &placement) const;
    void paintTable(QPainter &painter, const BitFigure &figure, qreal top) const;

    QFont m_bitFont;
    QFont m_decimalFont;
    QFont m_nameFont;
    QFont m_operationFont;
    QFont m_weightFont;
    QFont m_prefixFont;
    QFont m_headingFont;
    QFont m_verdictFont;
    QFont m_noteFont;
    QFont m_legendFont;
    QFont m_tableFont;
    QFont m_tableHeaderFont;

    qreal m_cellWidth = 0;
    qreal m_cellHeight = 0;
    qreal m_cellSpacing = 0;
    qreal m_octetGap = 0;
    qreal m_operationWidth = 0;
    qreal m_nameWidth = 0;
    qreal m_decimalWidth = 0;
    qreal m_rowsLeft = 0;
    QList<qreal> m_tableColumnWidths;
    qreal m_tableRowHeight = 0;
    qreal m_contentWidth = 0;
    QSizeF m_size;
};

} // namespace NetSteps
