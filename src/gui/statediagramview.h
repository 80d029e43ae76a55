#pragma once

#include "tcpstate.h"

#include <QGraphicsItem>
#include <QGraphicsView>
#include <QList>
#include <QString>

#include <array>
#include <functional>
#include <utility>

namespace NetSteps {

class Scenario;

// The TCP state machine drawn like RFC 9293 Figure 5: one box per state and one arrow per
// (from, to) pair of the transition table, labelled with its events and replies. At a step of a
// scenario each endpoint's current state is lit in that endpoint's colour, and the transitions
// the step took are drawn bold. A state that many endpoints are in (a listener's connections)
// names those that acted in the step and counts the others. It draws what the table and the
// step say; it decides nothing.
class StateDiagramView final : public QGraphicsView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StateDiagramView)

public:
    // Item types and data keys, so that tests and tools can find what is drawn.
    enum ItemType {
        StateBoxType = QGraphicsItem::UserType + 201, // a QGraphicsRectItem; data StateKey
        EdgeType,                                     // a QGraphicsPathItem; data FromKey, ToKey
        EdgeLabelType,                                // a QGraphicsSimpleTextItem; data FromKey, ToKey
        LegendType,                                   // a QGraphicsSimpleTextItem
        BadgeType, // a QGraphicsSimpleTextItem, child of a box; data EndpointKey, or EndpointsKey for one that counts several
    };
    enum DataKey { StateKey = 0, FromKey = 1, ToKey = 2, EndpointKey = 3, EndpointsKey = 4 };

    explicit StateDiagramView(QWidget *parent = nullptr);

    void setScenario(const Scenario *scenario);
    void setEndpointLabeler(std::function<QString(const QString &)> labeler);
    void showStep(int step);

    // What is drawn, for tests and accessibility.
    QList<TcpState> litStates(const QString &endpoint) const;
    // The transitions of the current step; a transition that stays in its state appears as
    // (state, state) and is drawn as a ring around that state's box.
    QList<std::pair<TcpState, TcpState>> highlightedEdges() const;
    QList<std::pair<TcpState, TcpState>> edges() const; // every arrow drawn, from != to
    QGraphicsScene *diagramScene() const { return m_scene; }

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    // The figure's items, in statediagramitems.h.
    class StateBox;
    class Badge;
    class Edge;
    class EdgeLabel;

    void build();
    void buildStates();
    void buildEdges();
    void buildLegend();
    void clearStep();
    void fit();
    StateBox *box(TcpState state) const { return m_boxes.at(std::size_t(state)); }
    Edge *edge(TcpState from, TcpState to) const;

    QGraphicsScene *m_scene;
    const Scenario *m_scenario = nullptr;
    std::function<QString(const QString &)> m_labeler;
    int m_step = -1;
    std::array<StateBox *, allTcpStates.size()> m_boxes{};
    QList<Edge *> m_edges;
    QGraphicsItem *m_legend = nullptr;
    QList<std::pair<TcpState, TcpState>> m_highlighted;
};

} // namespace NetSteps
