#pragma once

#include "topologyfields.h"
#include "topologylayout.h"

#include <QGraphicsView>
#include <QHash>
#include <QStringList>

#include <optional>

class QGraphicsLineItem;

namespace NetSteps {

class Scenario;

// The stage of the ARP lessons: one or two LANs, each a switch with its hosts on links to its
// ports, and the router between them with an interface on each. It draws the scenario at the
// current step: the frame that moves in the step travels as an envelope along its link (from a
// station to its switch, or from the switch to every station it reaches: a flood lights every
// out link at once) as the progress goes from 0 to 1, in the colour of its kind and with a short
// label; a switch that decides says what it learned and where the frame goes; a sender's route
// decision (the AND) stands beside it; the stations a frame reached are marked with what they
// did with it.
//
// From 2 to 253 hosts per LAN: few hosts are drawn as screens with their names and addresses;
// many as dots on several arcs, with labels only for the stations that send frames in the
// scenario, on hover, and once Ctrl+wheel has zoomed in far enough to give them room. The items
// are built when the scenario or the size changes; showing a step only hands the lit links, the
// frames' positions and the marks to the few items that draw them all (topologyfields.h).
class TopologyView final : public QGraphicsView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TopologyView)

public:
    explicit TopologyView(QWidget *parent = nullptr);

    // A scenario whose stage is Topology (nullptr clears the view). The view keeps the pointer:
    // the scenario must outlive it or be replaced first.
    void setScenario(const Scenario *scenario);
    void showStep(int step, qreal progress = 1.0);
    int currentStep() const { return m_step; }
    int selectedTransmission() const { return m_selected; }
    void selectTransmission(int id);
    qreal zoom() const { return m_zoom; }
    void setZoom(qreal zoom); // 1 fits the whole topology in the view

    // What is drawn, for tests and accessibility.
    // The stations whose links carry the step's frame ("A2", "R-eth0"), in the order it reaches them.
    QStringList activeLinks() const { return m_active; }
    // What is written at a station: its label as shown (name, address, perhaps MAC address; a
    // router interface's name and addresses), then what it did with the frame it received.
    QString stationText(const QString &station) const;
    QString frameLabel() const { return m_frameTitle; } // the label of the frame that moves, or empty
    QString switchNote(const QString &switchName) const;
    QString stationNote() const; // a route decision or a timeout, beside the station that took it
    // Where the envelope on that station's link is (scene coordinates), if one is there.
    std::optional<QPointF> framePosition(const QString &station) const;
    QGraphicsScene *topologyScene() const { return m_scene; }
    const TopologyLayout &layout() const { return m_layout; }

Q_SIGNALS:
    void transmissionSelected(int id);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;

private:
    enum class LabelLevel { None, Name, Full, FullWithMac };

    struct StationItems
    {
        QString name;
        bool router = false;
        bool protagonist = false; // it sends a frame in this scenario: its label always shows
        bool hovered = false;
        LabelLevel level = LabelLevel::None;
        int host = -1;            // its place in the host field; none for a router interface
        int link = -1;            // its place in the link field
        QPointF markAt;           // where a mark of what it did with a frame goes…
        QPointF markOffset;       // …and how far from there, in the glyphs' units
        TextBox *label = nullptr; // none for a router interface
        QGraphicsLineItem *leader = nullptr; // from a protagonist's label, set apart from its host, to the host
    };

    void rebuild();
    void buildLans();
    void buildRouter();
    void buildStations();
    void buildOverlays();
    void buildLegend();
    void applyTransform();
    void zoomAround(qreal zoom, QPoint fixed);

    void clearStep();
    void applyStep();
    void placeFrames();
    void showSwitchDecision();
    void showRouteDecision();
    void showTimeout();
    void showAgeing();
    void showOutcomes();
    void placeStationNote(const QString &station);

    LabelLevel labelLevel(const StationItems &items) const;
    void updateLabel(StationItems &items);
    void updateLabels();
    void placeLabels();
    void hoverStation(const QString &station, bool hovered);
    StationItems *stationItems(const QString &station);
    const StationItems *stationItems(const QString &station) const;
    QPointF framePoint(const QString &station) const; // where the frame on its link is at the current progress

    QGraphicsScene *m_scene;
    const Scenario *m_scenario = nullptr;
    int m_step = 0;
    qreal m_progress = 1.0;
    int m_appliedStep = -1; // the step whose marks, pens and notes the items show
    int m_selected = -1;
    qreal m_baseScale = 1.0; // the view's scale at zoom 1: the scene fills the view
    qreal m_zoom = 1.0;
    TopologyLayout m_layout;

    QList<StationItems> m_stations; // in topology order
    QHash<QString, int> m_stationIndex;
    HostField *m_hosts = nullptr;
    LinkField *m_links = nullptr;
    EnvelopeField *m_frames = nullptr;
    MarkField *m_quietMarks = nullptr; // the crosses, under the labels
    MarkField *m_loudMarks = nullptr;  // what stands out, over them
    QList<SwitchGlyph *> m_switches;
    QList<TextBox *> m_switchNotes; // one per switch
    TextBox *m_stationNote = nullptr;
    TextBox *m_frameNote = nullptr; // the label travelling with a frame a station sends
    QColor m_frameColor;
    QString m_frameTitle;
    bool m_outward = false; // the frame goes from the switch to the stations
    QStringList m_active;
    QHash<QString, QString> m_markWords; // the stations marked at this step, with the word beside each mark
};

} // namespace NetSteps
