// TopologyView, first half: building the items from the layout, the stations' labels, zoom and
// selection. What a step shows (frames, decisions, outcomes): topologysteps.cpp.
#include "topologyview.h"

#include "narrator.h"
#include "palette.h"
#include "scenario.h"
#include "topologyframes.h"

#include <QFontMetricsF>
#include <QGraphicsLineItem>
#include <QMouseEvent>
#include <QResizeEvent>
#include <QScrollBar>
#include <QSet>
#include <QWheelEvent>
#include <QtMath>

#include <algorithm>

namespace NetSteps {

namespace {

// The scene is laid out for the view's size divided by a scale that grows with the view (up to
// 1.5, a projector's full screen) so that the text grows with it, and drops below 1 in a small view.
constexpr QSizeF designSize(820, 560);
constexpr qreal maxBaseScale = 1.5;
constexpr qreal maxZoom = 12;
constexpr qreal wheelZoomStep = 1.25;
constexpr qreal maxGlyphGrowth = 2; // zoomed in, hosts, frames and marks grow to twice their size, no more
const QSizeF routerFrameSize(24, 16);

qreal distanceToSegment(QPointF point, const QLineF &segment)
{
    const QPointF d = segment.p2() - segment.p1();
    const qreal lengthSquared = QPointF::dotProduct(d, d);
    const qreal t = lengthSquared > 0 ? qBound(0.0, QPointF::dotProduct(point - segment.p1(), d) / lengthSquared, 1.0) : 0.0;
    return QLineF(point, segment.p1() + d * t).length();
}

} // namespace

TopologyView::TopologyView(QWidget *parent) : QGraphicsView(parent), m_scene(new QGraphicsScene(this))
{
    // Frames move on every animation frame: a spatial index would be rebuilt all the time.
    m_scene->setItemIndexMethod(QGraphicsScene::NoIndex);
    setScene(m_scene);
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setFrameShape(QFrame::NoFrame);
    setBackgroundBrush(Qt::white);
    setTransformationAnchor(QGraphicsView::NoAnchor);
    setAccessibleName(tr("Network topology"));
}

void TopologyView::setScenario(const Scenario *scenario)
{
    m_scenario = scenario;
    m_step = 0;
    m_progress = 1.0;
    m_selected = -1;
    m_zoom = 1.0;
    rebuild();
}

void TopologyView::showStep(int step, qreal progress)
{
    m_progress = qBound(0.0, progress, 1.0);
    if (!m_scenario || m_stations.isEmpty()) {
        m_step = step;
        return;
    }
    m_step = qBound(0, step, m_scenario->lastStep());
    if (m_step != m_appliedStep) {
        clearStep();
        applyStep();
    }
    placeFrames();
}

void TopologyView::selectTransmission(int id)
{
    if (m_selected == id)
        return;
    m_selected = id;
    if (m_frames) {
        QList<EnvelopeField::Frame> frames = m_frames->frames();
        const bool picked = m_scenario && m_scenario->step(m_step).moved == id;
        for (EnvelopeField::Frame &frame : frames)
            frame.picked = picked;
        m_frames->setFrames(frames);
    }
    Q_EMIT transmissionSelected(id);
}

void TopologyView::setZoom(qreal zoom)
{
    zoomAround(zoom, viewport()->rect().center());
}

// Zooms keeping the scene point under `fixed` (a point of the viewport) where it is.
void TopologyView::zoomAround(qreal zoom, QPoint fixed)
{
    zoom = qBound(1.0, zoom, maxZoom);
    if (qFuzzyCompare(zoom, m_zoom))
        return;
    const QPointF held = mapToScene(fixed);
    m_zoom = zoom;
    applyTransform();
    const QPoint moved = mapFromScene(held) - fixed;
    horizontalScrollBar()->setValue(horizontalScrollBar()->value() + moved.x());
    verticalScrollBar()->setValue(verticalScrollBar()->value() + moved.y());
    updateLabels();
}

QString TopologyView::stationText(const QString &station) const
{
    const StationItems *items = stationItems(station);
    if (!items)
        return {};
    QStringList parts;
    if (items->router) {
        for (const RouterGlyph::Interface &interface : m_layout.routerInterfaces) {
            if (interface.station == station)
                parts.append(RouterGlyph::interfaceLines(interface));
        }
    } else if (items->label->isVisible()) {
        parts.append(items->label->text());
    }
    if (const QString word = m_markWords.value(station); !word.isEmpty())
        parts.append(word);
    return parts.join(u'\n');
}

QString TopologyView::switchNote(const QString &switchName) const
{
    for (int i = 0; i < m_switches.size(); ++i) {
        if (m_switches.at(i)->name() == switchName && m_switchNotes.at(i)->isVisible())
            return m_switchNotes.at(i)->text();
    }
    return {};
}

QString TopologyView::stationNote() const
{
    return m_stationNote && m_stationNote->isVisible() ? m_stationNote->text() : QString();
}

std::optional<QPointF> TopologyView::framePosition(const QString &station) const
{
    if (!m_active.contains(station))
        return std::nullopt;
    return framePoint(station);
}

QPointF TopologyView::framePoint(const QString &station) const
{
    const TopologyLayout::Place place = m_layout.places.value(station);
    const QPointF from = m_outward ? place.port : place.linkEnd;
    const QPointF to = m_outward ? place.linkEnd : place.port;
    return from + (to - from) * m_progress;
}

TopologyView::StationItems *TopologyView::stationItems(const QString &station)
{
    const auto it = m_stationIndex.constFind(station);
    return it == m_stationIndex.cend() ? nullptr : &m_stations[*it];
}

const TopologyView::StationItems *TopologyView::stationItems(const QString &station) const
{
    const auto it = m_stationIndex.constFind(station);
    return it == m_stationIndex.cend() ? nullptr : &m_stations.at(*it);
}

void TopologyView::rebuild()
{
    m_scene->clear();
    m_stations.clear();
    m_stationIndex.clear();
    m_switches.clear();
    m_switchNotes.clear();
    m_stationNote = nullptr;
    m_frameNote = nullptr;
    m_hosts = nullptr;
    m_links = nullptr;
    m_frames = nullptr;
    m_quietMarks = nullptr;
    m_loudMarks = nullptr;
    m_active.clear();
    m_markWords.clear();
    m_frameTitle.clear();
    m_appliedStep = -1;
    const QSizeF available(qMax(1, viewport()->width() - 2), qMax(1, viewport()->height() - 2));
    m_baseScale = std::min({available.width() / designSize.width(), available.height() / designSize.height(), maxBaseScale});
    const QSizeF sceneSize = available / m_baseScale;
    m_scene->setSceneRect(QRectF(QPointF(0, 0), sceneSize));
    applyTransform();
    if (!m_scenario || !m_scenario->topology || m_scenario->steps.isEmpty()) {
        m_layout = TopologyLayout();
        return;
    }
    m_layout = TopologyLayout::compute(*m_scenario->topology, sceneSize);
    buildLans();
    buildRouter();
    buildStations();
    buildOverlays();
    buildLegend();
    applyTransform();
    updateLabels();
    m_step = qBound(0, m_step, m_scenario->lastStep());
    applyStep();
    placeFrames();
}

void TopologyView::applyTransform()
{
    const qreal scale = m_baseScale * m_zoom;
    setTransform(QTransform::fromScale(scale, scale));
    for (FieldItem *field : std::initializer_list<FieldItem *>{m_hosts, m_links, m_frames, m_quietMarks, m_loudMarks}) {
        if (field)
            field->setMaxScale(m_baseScale * maxGlyphGrowth);
    }
    // Zoomed in, the picture is dragged around; at 1 it fits and stays put.
    setDragMode(m_zoom > 1.0 ? QGraphicsView::ScrollHandDrag : QGraphicsView::NoDrag);
    if (m_zoom <= 1.0)
        centerOn(m_scene->sceneRect().center());
}

void TopologyView::buildLans()
{
    for (const TopologyLayout::Lan &lan : std::as_const(m_layout.lans)) {
        // Ports are numbered where each has room for its number.
        const qreal portPitch = lan.ports.size() > 2 ? lan.ports.at(1).at.x() - lan.ports.at(0).at.x() : 100.0;
        const bool numbered = portPitch >= SwitchGlyph::portSize().width() + 1;
        auto *box = new SwitchGlyph(lan.switchName, lan.switchRect.size(), lan.ports, numbered);
        box->setPos(lan.switchRect.center());
        box->setZValue(3);
        box->setToolTip(tr("Switch %1 with %n port(s)", nullptr, int(lan.ports.size())).arg(lan.switchName));
        m_scene->addItem(box);
        m_switches.append(box);

        auto *title = new TextBox(lan.titleAlignment);
        title->setTextAlignment(lan.titleAlignment & Qt::AlignHorizontal_Mask);
        title->setLines({{lan.title.value(0), TopologyFonts::hostName(), Palette::ink()},
                         {lan.title.value(1), TopologyFonts::address(), Palette::muted().darker(140)}});
        title->setPos(lan.titleAnchor);
        title->setZValue(2);
        m_scene->addItem(title);

        auto *note = new TextBox(Qt::AlignHCenter | Qt::AlignBottom);
        note->setTextAlignment(Qt::AlignLeft);
        note->setPadding(8, 5);
        note->setZValue(9);
        note->setVisible(false);
        m_scene->addItem(note);
        m_switchNotes.append(note);
    }
}

void TopologyView::buildRouter()
{
    if (m_layout.routerRect.isEmpty())
        return;
    auto *router = new RouterGlyph(m_layout.routerInterfaces);
    router->setPos(m_layout.routerRect.topLeft());
    router->setZValue(3);
    QStringList tip{tr("Router R: one interface on each network, each with its own IPv4 and MAC address")};
    for (const RouterGlyph::Interface &interface : m_layout.routerInterfaces)
        tip.append(RouterGlyph::interfaceLines(interface).join(QStringLiteral(", ")));
    router->setToolTip(tip.join(u'\n'));
    m_scene->addItem(router);
}

void TopologyView::buildStations()
{
    const LanTopology &topology = *m_scenario->topology;
    const bool screens = m_layout.screens;
    const QSizeF glyph = m_layout.glyph;
    const QRectF area = m_scene->sceneRect();
    // The stations that send frames are the ones the lesson is about: their labels always show.
    QSet<QString> senders;
    for (const Transmission &t : m_scenario->transmissions)
        senders.insert(t.from);
    QList<HostField::Host> hosts;
    QList<LinkField::Link> links;
    for (const LanStation &s : topology.stations) {
        const auto place = m_layout.places.constFind(s.name);
        if (place == m_layout.places.cend())
            continue;
        StationItems items;
        items.name = s.name;
        items.router = s.isRouter();
        items.protagonist = senders.contains(s.name);
        items.link = int(links.size());
        links.append({QLineF(place->port, place->linkEnd), screens || items.router});
        if (items.router) {
            // Beside the socket, on the side of the link.
            const bool leftSocket = place->centre.x() <= m_layout.routerRect.left() + 1;
            items.markAt = place->centre;
            items.markOffset = QPointF(leftSocket ? -16 : 16, -18);
        } else {
            items.host = int(hosts.size());
            hosts.append({s.name, place->centre,
                          tr("%1\nIPv4 %2\nMAC %3\nport %4 of %5")
                              .arg(s.name, s.address.toString(), s.mac.toString())
                              .arg(s.port)
                              .arg(topology.segments.at(s.lan).switchName),
                          items.protagonist});
            // On a screen's corner; over a dot, which it covers.
            items.markAt = place->centre;
            if (screens)
                items.markOffset = QPointF(glyph.width() / 2, -glyph.height() / 2);
            // Labels keep their size when zoomed, so that zooming in makes room for them.
            items.label = new TextBox(Qt::AlignHCenter | Qt::AlignTop);
            items.label->setFlag(QGraphicsItem::ItemIgnoresTransformations);
            items.label->setZValue(6);
            items.label->setVisible(false);
            m_scene->addItem(items.label);
            if (items.protagonist) {
                items.leader = m_scene->addLine(QLineF(), QPen(Palette::ink(), 0.8));
                items.leader->setZValue(5.5);
                items.leader->setVisible(false);
            }
        }
        m_stationIndex.insert(s.name, int(m_stations.size()));
        m_stations.append(items);
    }
    m_links = new LinkField(links);
    m_links->setZValue(1);
    m_scene->addItem(m_links);
    m_hosts = new HostField(hosts, screens ? HostField::Look::Screen : HostField::Look::Dot, glyph, area);
    m_hosts->setZValue(2);
    m_hosts->setHoverHandler([this](const QString &station, bool hovered) { hoverStation(station, hovered); });
    m_scene->addItem(m_hosts);
    const QSizeF smallFrame = screens ? routerFrameSize : QSizeF(qMax(10.0, glyph.width() * 1.1), qMax(7.0, glyph.width() * 0.75));
    m_frames = new EnvelopeField(smallFrame, routerFrameSize, area);
    m_frames->setZValue(4);
    m_scene->addItem(m_frames);
    const qreal smallMark = screens ? 18 : qMax(10.0, glyph.width() + 2);
    m_quietMarks = new MarkField(smallMark, 18, area);
    m_quietMarks->setZValue(5);
    m_scene->addItem(m_quietMarks);
    m_loudMarks = new MarkField(smallMark, 18, area);
    m_loudMarks->setZValue(7);
    m_scene->addItem(m_loudMarks);
}

void TopologyView::buildOverlays()
{
    for (TextBox **note : {&m_stationNote, &m_frameNote}) {
        *note = new TextBox(Qt::AlignHCenter | Qt::AlignBottom);
        (*note)->setTextAlignment(Qt::AlignLeft);
        (*note)->setPadding(8, 5);
        (*note)->setZValue(9);
        (*note)->setVisible(false);
        m_scene->addItem(*note);
    }
}

// What the colours of the frames mean: under the router, or in a corner without one.
void TopologyView::buildLegend()
{
    const QFont font = TopologyFonts::note();
    const QList<std::pair<QColor, QString>> kinds{{TopologyFrames::requestColor(), tr("ARP request")},
                                                  {TopologyFrames::replyColor(), tr("ARP reply")},
                                                  {TopologyFrames::dataColor(), tr("IPv4 packet")}};
    QList<TextBox::Line> lines;
    for (const auto &kind : kinds)
        lines.append({kind.second, font, Palette::ink()});
    auto *legend = new TextBox(Qt::AlignLeft | Qt::AlignBottom);
    legend->setTextAlignment(Qt::AlignLeft);
    legend->setPadding(4, 2);
    legend->setLines(lines);
    const qreal lineHeight = QFontMetricsF(font).height();
    const qreal boxHeight = kinds.size() * lineHeight + 4;
    const qreal width = legend->boundingRect().width() + 24;
    const QRectF scene = m_scene->sceneRect();
    // The legend's bottom left corner, where its first envelope starts.
    const QPointF corner = m_layout.routerRect.isEmpty()
        ? QPointF(scene.left() + 14, scene.bottom() - 14)
        : QPointF(m_layout.routerRect.center().x() - width / 2, scene.bottom() - 14);
    legend->setPos(corner + QPointF(24, 0));
    legend->setZValue(2);
    m_scene->addItem(legend);
    auto *samples = new EnvelopeField(QSizeF(18, 12), QSizeF(18, 12), scene);
    QList<EnvelopeField::Frame> frames;
    for (int i = 0; i < kinds.size(); ++i)
        frames.append({corner + QPointF(11, -boxHeight + 2 + (i + 0.5) * lineHeight), kinds.at(i).first});
    samples->setFrames(frames);
    samples->setZValue(2);
    m_scene->addItem(samples);
}

TopologyView::LabelLevel TopologyView::labelLevel(const StationItems &items) const
{
    if (items.hovered)
        return LabelLevel::FullWithMac;
    // The fullest label that clears its neighbours' at this zoom.
    LabelLevel level = LabelLevel::None;
    const LabelLevel levels[] = {LabelLevel::Name, LabelLevel::Full, LabelLevel::FullWithMac};
    for (int i = 0; i < m_layout.labelZoom.size() && i < 3; ++i) {
        if (m_zoom >= m_layout.labelZoom.at(i) - 1e-9)
            level = levels[i];
    }
    if (items.protagonist && level < LabelLevel::Full)
        level = LabelLevel::Full;
    return level;
}

void TopologyView::updateLabel(StationItems &items)
{
    if (items.router)
        return;
    const LabelLevel level = labelLevel(items);
    items.label->setZValue(items.hovered ? 7 : 6);
    if (level == items.level)
        return;
    items.level = level;
    items.label->setVisible(level != LabelLevel::None);
    const LanStation *s = m_scenario->topology->station(items.name);
    // The label ignores the view's transformation: its type is scaled with the view by hand.
    const qreal k = m_baseScale;
    QList<TextBox::Line> lines;
    switch (level) {
    case LabelLevel::None: break;
    case LabelLevel::Name: lines = {{s->name, TopologyFonts::hostName(k * 0.8), Palette::ink()}}; break;
    case LabelLevel::FullWithMac:
    case LabelLevel::Full:
        lines = {{s->name, TopologyFonts::hostName(k), Palette::ink()},
                 {s->address.address().toString(), TopologyFonts::address(k), Palette::ink()}};
        if (level == LabelLevel::FullWithMac)
            lines.append({s->mac.toString(), TopologyFonts::mac(k), Palette::muted().darker(140)});
        break;
    }
    items.label->setLines(lines);
}

void TopologyView::updateLabels()
{
    for (StationItems &items : m_stations)
        updateLabel(items);
    placeLabels();
}

// A label goes under its host. Those of the protagonists, which show even where hosts crowd,
// move above or beside it, or further out with a leader line, where they would cover one
// another or leave the picture.
void TopologyView::placeLabels()
{
    const qreal scale = m_baseScale * m_zoom;
    const QRectF scene = m_scene->sceneRect();
    // A glyph as large as it is drawn (zoomed in, glyphs stop growing), in the scene's units.
    const QSizeF glyph = m_layout.glyph * qMin(m_zoom, maxGlyphGrowth) / m_zoom;
    QList<QRectF> taken;
    for (StationItems &items : m_stations) {
        if (items.router || !items.label->isVisible())
            continue;
        const QPointF centre = m_hosts->hosts().at(items.host).centre;
        const auto sceneRect = [&](QPointF anchor) {
            const QRectF local = items.label->boundingRect();
            return QRectF(anchor + local.topLeft() / scale, local.size() / scale);
        };
        // Moves the anchor so that the label lies within the scene.
        const auto clamped = [&](QPointF anchor) {
            const QRectF r = sceneRect(anchor);
            anchor.rx() += qMax(0.0, scene.left() - r.left()) - qMax(0.0, r.right() - scene.right());
            anchor.ry() += qMax(0.0, scene.top() - r.top()) - qMax(0.0, r.bottom() - scene.bottom());
            return anchor;
        };
        const QPointF below = centre + QPointF(0, glyph.height() / 2 + 1);
        items.label->setAnchor(Qt::AlignHCenter | Qt::AlignTop);
        QPointF chosen = clamped(below);
        bool apart = false;
        if (items.protagonist && !items.hovered) {
            const QSizeF size = sceneRect(QPointF()).size();
            struct Candidate
            {
                QPointF anchor;
                Qt::Alignment alignment;
            };
            QList<Candidate> candidates;
            for (int distance = 0; distance < 3; ++distance) {
                const qreal dy = distance * size.height();
                const qreal dx = distance * size.width() / 2;
                candidates.append({below + QPointF(0, dy), Qt::AlignHCenter | Qt::AlignTop});
                candidates.append({centre - QPointF(0, glyph.height() / 2 + 1 + dy), Qt::AlignHCenter | Qt::AlignBottom});
                candidates.append({centre + QPointF(glyph.width() / 2 + 2 + dx, 0), Qt::AlignLeft | Qt::AlignVCenter});
                candidates.append({centre - QPointF(glyph.width() / 2 + 2 + dx, 0), Qt::AlignRight | Qt::AlignVCenter});
            }
            for (int i = 0; i < candidates.size(); ++i) {
                items.label->setAnchor(candidates.at(i).alignment);
                const QPointF anchor = clamped(candidates.at(i).anchor);
                const QRectF r = sceneRect(anchor);
                const bool free = std::none_of(taken.cbegin(), taken.cend(), [&](const QRectF &t) { return t.intersects(r); });
                if (free || i == candidates.size() - 1) {
                    chosen = free ? anchor : clamped(below);
                    if (!free)
                        items.label->setAnchor(Qt::AlignHCenter | Qt::AlignTop);
                    apart = free && (i >= 4 || QLineF(anchor, candidates.at(i).anchor).length() > glyph.width());
                    break;
                }
            }
            taken.append(sceneRect(chosen));
        }
        items.label->setPos(chosen);
        if (items.leader) {
            const QRectF r = sceneRect(chosen);
            const QPointF nearest(qBound(r.left(), centre.x(), r.right()), qBound(r.top(), centre.y(), r.bottom()));
            items.leader->setLine(QLineF(centre, nearest));
            items.leader->setVisible(apart);
        }
    }
}

void TopologyView::hoverStation(const QString &station, bool hovered)
{
    if (StationItems *items = stationItems(station)) {
        items->hovered = hovered;
        updateLabel(*items);
        placeLabels();
    }
}

void TopologyView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    if (event->oldSize() != event->size())
        rebuild();
}

// Every label is drawn in the language shown: a switch of language draws the stage again.
void TopologyView::changeEvent(QEvent *event)
{
    QGraphicsView::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        rebuild();
}

void TopologyView::mousePressEvent(QMouseEvent *event)
{
    // A click on a moving frame, or on a link that carries one, picks the frame.
    if (event->button() == Qt::LeftButton && m_scenario && !m_active.isEmpty()) {
        const QPointF at = mapToScene(event->pos());
        const qreal reach = 6 / (m_baseScale * m_zoom);
        for (const QString &name : std::as_const(m_active)) {
            const StationItems *items = stationItems(name);
            const QSizeF size = m_frames->frameSize(items->router || m_layout.screens);
            const QRectF frame(framePoint(name) - QPointF(size.width() / 2, size.height() / 2), size);
            const QLineF link = m_links->links().at(items->link).line;
            if (frame.adjusted(-reach, -reach, reach, reach).contains(at) || distanceToSegment(at, link) <= reach) {
                selectTransmission(m_scenario->step(m_step).moved);
                return;
            }
        }
    }
    QGraphicsView::mousePressEvent(event);
}

void TopologyView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        zoomAround(m_zoom * qPow(wheelZoomStep, event->angleDelta().y() / 120.0), event->position().toPoint());
        event->accept();
        return;
    }
    QGraphicsView::wheelEvent(event);
}

} // namespace NetSteps
