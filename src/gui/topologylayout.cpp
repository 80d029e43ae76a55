#include "topologylayout.h"

#include "lan.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QtMath>

#include <algorithm>

namespace NetSteps {

namespace {

constexpr qreal margin = 14;
constexpr qreal noteRoom = 66;   // above a switch: its decision, with the frame's label
constexpr qreal routerGap = 26;  // between the router and a LAN's region
constexpr qreal portInset = 14;  // the switch's first and last port from its corners
constexpr qreal titleGap = 12;   // between a switch and its LAN's title
// The hosts fan out below the switch, from this angle above the horizontal on either side, so
// that the link to the router, level with the switch, stays clear of them.
constexpr qreal edgeAngle = 12 * M_PI / 180;
constexpr int maxRoomyHosts = 24;
constexpr qreal roomySwitchHeight = 54;
const QSizeF screenGlyph(34, 28);
constexpr qreal minScreenSpacing = 60;

// Arc lengths along the lower half of an ellipse, from its left end to its right, so that hosts
// can be spread evenly along it (equal angles would crowd them at the narrow ends).
class ArcTable
{
public:
    ArcTable(qreal rx, qreal ry) : m_rx(rx), m_ry(ry)
    {
        m_lengths.reserve(samples + 1);
        m_lengths.append(0);
        QPointF previous = point(angle(0));
        for (int i = 1; i <= samples; ++i) {
            const QPointF p = point(angle(i));
            m_lengths.append(m_lengths.last() + QLineF(previous, p).length());
            previous = p;
        }
    }

    qreal length() const { return m_lengths.last(); }

    // The angle of the point `along` the arc from its left end.
    qreal angleAt(qreal along) const
    {
        const auto it = std::lower_bound(m_lengths.cbegin(), m_lengths.cend(), along);
        const int i = qBound(1, int(it - m_lengths.cbegin()), samples);
        const qreal span = m_lengths.at(i) - m_lengths.at(i - 1);
        const qreal t = span > 0 ? (along - m_lengths.at(i - 1)) / span : 0;
        return angle(i - 1) + (angle(i) - angle(i - 1)) * qBound(0.0, t, 1.0);
    }

    QPointF point(qreal angle) const { return {m_rx * qCos(angle), m_ry * qSin(angle)}; }

private:
    static constexpr int samples = 256;
    static qreal angle(int i) { return M_PI - edgeAngle - (M_PI - 2 * edgeAngle) * i / samples; }

    qreal m_rx;
    qreal m_ry;
    QList<qreal> m_lengths;
};

// Arcs of the fan, each a scaled copy of the outer ellipse, and how many hosts each carries.
struct Arcs
{
    qreal pitch = 0;
    QList<qreal> scales;
    QList<int> counts;
};

// The widest spacing at which the hosts fit on arcs at least that far apart, each arc carrying
// its share in proportion to its length.
Arcs arcsFor(int hosts, qreal rx, qreal ry, qreal arcLength)
{
    Arcs arcs;
    for (qreal pitch = 72; pitch > 4; pitch *= 0.94) {
        // The innermost arc stays clear of the switch box above it.
        const qreal innermost = qBound(0.3, 0.9 * pitch / (ry * qSin(edgeAngle)), 0.95);
        const qreal step = pitch / qMin(rx, ry);
        QList<qreal> scales;
        QList<int> capacities;
        int capacity = 0;
        for (qreal s = 1.0; s >= innermost - 1e-9; s -= step) {
            scales.append(s);
            capacities.append(int(s * arcLength / pitch));
            capacity += capacities.last();
        }
        arcs = Arcs{pitch, scales, QList<int>(scales.size(), 0)};
        if (capacity < hosts)
            continue;
        qreal total = 0;
        for (qreal s : std::as_const(scales))
            total += s;
        int placed = 0;
        for (int j = 0; j < scales.size(); ++j) {
            arcs.counts[j] = qMin(capacities.at(j), int(hosts * scales.at(j) / total));
            placed += arcs.counts.at(j);
        }
        // What rounding left over goes to the outer arcs first, as room allows.
        for (int j = 0; placed < hosts; j = (j + 1) % int(scales.size())) {
            if (arcs.counts.at(j) < capacities.at(j)) {
                ++arcs.counts[j];
                ++placed;
            }
        }
        return arcs;
    }
    // Hosts beyond what even the tightest spacing holds share the outer arc.
    arcs.counts[0] = hosts;
    return arcs;
}

// The hosts' positions relative to the fan's origin, from left to right across all arcs.
QList<QPointF> fanPositions(const ArcTable &table, const QList<qreal> &scales, const QList<int> &counts)
{
    QList<std::pair<qreal, QPointF>> spots;
    for (int j = 0; j < scales.size(); ++j) {
        for (int k = 0; k < counts.at(j); ++k) {
            const qreal angle = table.angleAt((k + 0.5) / counts.at(j) * table.length());
            spots.append({angle, table.point(angle) * scales.at(j)});
        }
    }
    std::stable_sort(spots.begin(), spots.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    QList<QPointF> positions;
    for (const auto &spot : std::as_const(spots))
        positions.append(spot.second);
    return positions;
}

// The sizes of a host's labels (TopologyLayout::Label), as wide as the widest name or address of
// the topology (a MAC address's width is fixed).
QList<QSizeF> labelSizes(const LanTopology &topology)
{
    const QFontMetricsF shortName(TopologyFonts::hostName(0.8));
    const QFontMetricsF name(TopologyFonts::hostName());
    const QFontMetricsF address(TopologyFonts::address());
    const QFontMetricsF mac(TopologyFonts::mac());
    qreal shortWidth = 0;
    qreal width = 0;
    for (const LanStation &s : topology.stations) {
        shortWidth = qMax(shortWidth, shortName.horizontalAdvance(s.name));
        width = std::max({width, name.horizontalAdvance(s.name), address.horizontalAdvance(s.address.address().toString())});
    }
    const qreal macWidth = qMax(width, mac.horizontalAdvance(QStringLiteral("aa:bb:cc:dd:ee:ff")));
    // TextBox's padding: 4 across, 2 up and down.
    return {QSizeF(shortWidth + 8, shortName.height() + 4), QSizeF(width + 8, name.height() + address.height() + 4),
            QSizeF(macWidth + 8, name.height() + address.height() + mac.height() + 4)};
}

// The zoom from which labels of this size, each under its host, clear one another: two hosts'
// labels clear when they are a label's width apart across, or its height apart down (the
// labels keep their size when zoomed, the glyphs grow).
qreal clearingZoom(const QList<QPointF> &hosts, QSizeF label, qreal glyphHeight)
{
    qreal zoom = 0;
    for (int i = 0; i < hosts.size(); ++i) {
        for (int j = i + 1; j < hosts.size(); ++j) {
            const qreal dx = qAbs(hosts.at(j).x() - hosts.at(i).x());
            const qreal dy = qAbs(hosts.at(j).y() - hosts.at(i).y()) - glyphHeight;
            const qreal across = dx > 0 ? (label.width() + 4) / dx : qInf();
            const qreal down = dy > 0 ? (label.height() + 2) / dy : qInf();
            zoom = qMax(zoom, qMin(across, down));
        }
    }
    return zoom;
}

// A LAN's title: its number and its network.
QStringList titleLines(const LanSegment &segment, int lan)
{
    return {QCoreApplication::translate("NetSteps::TopologyView", "LAN %1").arg(lan + 1),
            Subnet(segment.network.network(), segment.network.prefix()).toString()};
}

qreal titleWidth(const QStringList &lines)
{
    return qMax(QFontMetricsF(TopologyFonts::hostName()).horizontalAdvance(lines.at(0)),
                QFontMetricsF(TopologyFonts::address()).horizontalAdvance(lines.at(1)))
        + 10;
}

// The router's interfaces, one per LAN, each with its socket on the side facing its LAN.
QList<RouterGlyph::Interface> routerInterfacesOf(const LanTopology &topology)
{
    QList<RouterGlyph::Interface> interfaces;
    for (int lan = 0; lan < topology.segments.size(); ++lan) {
        if (const LanStation *r = topology.routerOn(lan)) {
            interfaces.append({r->name, r->name.mid(LanStation::routerName().size() + 1), r->address.address().toString(),
                               r->mac.toString(), lan == 0});
        }
    }
    return interfaces;
}

// The router between two LANs (or right of the only one) and the regions it leaves them.
struct Regions
{
    QList<QRectF> lans;
    qreal routerLeft = 0;
};

Regions regionsFor(QSizeF scene, int lanCount, const RouterGlyph::Measures *router)
{
    const qreal top = margin;
    const qreal bottom = scene.height() - margin;
    const qreal right = scene.width() - margin;
    Regions regions;
    if (!router) {
        if (lanCount == 2) {
            regions.lans = {QRectF(QPointF(margin, top), QPointF(scene.width() / 2 - routerGap, bottom)),
                            QRectF(QPointF(scene.width() / 2 + routerGap, top), QPointF(right, bottom))};
        } else {
            regions.lans = {QRectF(QPointF(margin, top), QPointF(right, bottom))};
        }
        return regions;
    }
    const qreal width = router->size.width();
    regions.routerLeft = lanCount == 2 ? (scene.width() - width) / 2 : right - width;
    regions.lans = {QRectF(QPointF(margin, top), QPointF(regions.routerLeft - routerGap, bottom))};
    if (lanCount == 2)
        regions.lans.append(QRectF(QPointF(regions.routerLeft + width + routerGap, top), QPointF(right, bottom)));
    return regions;
}

// Few hosts take the shallowest single arc on which their labels, with addresses, clear one
// another; `roomy` says whether there is one.
struct RoomyFan
{
    bool roomy = false;
    qreal rx = 0;
    qreal ry = 0;
};

RoomyFan roomyFanFor(const QRectF &region, int hosts, const QList<QSizeF> &labels)
{
    const QSizeF addressLabel = labels.at(int(TopologyLayout::Label::Address));
    const qreal originY = region.top() + noteRoom + roomySwitchHeight;
    RoomyFan fan;
    fan.rx = qMin(region.width() / 2 - addressLabel.width() / 2, qMax(150.0, hosts * 120.0));
    const qreal ryLimit = region.bottom() - originY - screenGlyph.height() / 2 - labels.at(int(TopologyLayout::Label::Mac)).height() - 4;
    fan.ry = qMin(ryLimit, qMax(170.0, hosts * 75.0));
    const auto fits = [&](qreal ry) {
        return clearingZoom(fanPositions(ArcTable(fan.rx, ry), {1.0}, {hosts}), addressLabel, screenGlyph.height()) <= 1;
    };
    fan.roomy = hosts <= maxRoomyHosts && fan.rx > 20 && fan.ry > 20;
    while (fan.roomy && !fits(fan.ry)) {
        fan.roomy = fan.ry < ryLimit;
        fan.ry = qMin(ryLimit, fan.ry + 40);
    }
    return fan;
}

// One LAN's switch, ports and hosts in its region, before a roomy layout is centred.
struct LanGeometry
{
    TopologyLayout::Lan lan;
    QList<QPointF> hosts; // scene positions, in port order
    qreal spacing = 0;    // between neighbours on an arc
    qreal contentBottom = 0;
};

LanGeometry lanGeometry(const LanSegment &segment, const QRectF &region, int hosts, const RoomyFan &fan,
                        bool routerOnRight, bool hasRouter, QSizeF addressLabel)
{
    LanGeometry g;
    g.lan.switchName = segment.switchName;
    g.lan.region = region;
    const qreal switchWidth = fan.roomy ? qBound(130.0, hosts * 24.0 + 2 * portInset + 10, region.width() * 0.9)
                                        : qBound(120.0, region.width() * 0.42, 280.0);
    const qreal switchHeight = fan.roomy ? roomySwitchHeight : 50;
    // Many hosts fill the region, but for half a label on the left: the first hosts, whose
    // labels show, sit at the left end of the outer arc.
    const qreal fanLeft = fan.roomy ? region.left() : region.left() + addressLabel.width() / 2;
    const qreal fanCentre = (fanLeft + region.right()) / 2;
    g.lan.switchRect = QRectF(fanCentre - switchWidth / 2, region.top() + noteRoom, switchWidth, switchHeight);
    const QPointF origin(g.lan.switchRect.center().x(), g.lan.switchRect.bottom());
    QList<QPointF> offsets;
    if (fan.roomy) {
        const ArcTable table(fan.rx, fan.ry);
        g.spacing = table.length() / hosts;
        offsets = fanPositions(table, {1.0}, {hosts});
    } else {
        const qreal rx = (region.right() - fanLeft) / 2 - 8;
        const qreal ry = region.bottom() - origin.y() - 26;
        const ArcTable table(rx, ry);
        const Arcs arcs = arcsFor(hosts, rx, ry, table.length());
        // The arcs may be far apart when they hold few hosts: the spacing is along them.
        g.spacing = qInf();
        for (int j = 0; j < arcs.scales.size(); ++j) {
            if (arcs.counts.at(j) > 0)
                g.spacing = qMin(g.spacing, arcs.scales.at(j) * table.length() / arcs.counts.at(j));
        }
        offsets = fanPositions(table, arcs.scales, arcs.counts);
    }
    g.contentBottom = origin.y();
    for (const QPointF &offset : std::as_const(offsets)) {
        g.hosts.append(origin + offset);
        g.contentBottom = qMax(g.contentBottom, origin.y() + offset.y());
    }
    // Ports: the hosts' along the bottom edge, in order; the router's on the side facing it.
    const qreal portSpan = switchWidth - 2 * portInset;
    for (int i = 0; i < hosts; ++i)
        g.lan.ports.append(SwitchGlyph::Port{i + 1, QPointF(-portSpan / 2 + (i + 0.5) * portSpan / hosts, switchHeight / 2)});
    if (hasRouter)
        g.lan.ports.append(SwitchGlyph::Port{hosts + 1, QPointF(routerOnRight ? switchWidth / 2 : -switchWidth / 2, 0)});
    return g;
}

// The LAN's title beside its switch, on the side away from the router, where it fits; else in
// the corner below, which the fan leaves free (the one above is the switch's note's).
void placeTitle(TopologyLayout::Lan &lan, bool onLeft)
{
    const qreal width = titleWidth(lan.title);
    const QRectF box = lan.switchRect;
    const qreal room = onLeft ? box.left() - lan.region.left() : lan.region.right() - box.right();
    if (room >= width + titleGap) {
        lan.titleAnchor = onLeft ? QPointF(box.left() - titleGap, box.center().y())
                                 : QPointF(box.right() + titleGap, box.center().y());
        lan.titleAlignment = (onLeft ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter;
    } else {
        lan.titleAnchor = onLeft ? lan.region.bottomLeft() : lan.region.bottomRight();
        lan.titleAlignment = (onLeft ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignBottom;
    }
}

// The router's sockets straddle the switches' level, so that its links run almost flat.
void placeRouter(TopologyLayout &layout, const LanTopology &topology, const RouterGlyph::Measures &router, qreal left)
{
    qreal meanSocket = 0;
    for (qreal y : router.socketY)
        meanSocket += y;
    meanSocket /= router.socketY.size();
    const qreal switchY = layout.lans.first().switchRect.center().y();
    layout.routerRect = QRectF(QPointF(left, switchY - meanSocket), router.size);
    for (int i = 0; i < layout.routerInterfaces.size(); ++i) {
        const RouterGlyph::Interface &interface = layout.routerInterfaces.at(i);
        const LanStation *s = topology.station(interface.station);
        const TopologyLayout::Lan &lan = layout.lans.at(s->lan);
        TopologyLayout::Place place;
        place.centre = QPointF(interface.left ? layout.routerRect.left() : layout.routerRect.right(),
                               layout.routerRect.top() + router.socketY.at(i));
        place.port = lan.switchRect.center() + lan.ports.last().at;
        place.linkEnd = place.centre;
        layout.places.insert(s->name, place);
    }
}

} // namespace

TopologyLayout TopologyLayout::compute(const LanTopology &topology, QSizeF sceneSize)
{
    TopologyLayout layout;
    layout.scene = QRectF(QPointF(0, 0), sceneSize);
    if (topology.segments.isEmpty())
        return layout;
    // The router first: its size decides the room left to the LANs.
    layout.routerInterfaces = routerInterfacesOf(topology);
    const bool hasRouter = !layout.routerInterfaces.isEmpty();
    const RouterGlyph::Measures router = RouterGlyph::measure(layout.routerInterfaces);
    const Regions regions = regionsFor(sceneSize, int(topology.segments.size()), hasRouter ? &router : nullptr);

    // How dense the LANs are: the same for both (they have the same number of hosts).
    const QList<QSizeF> labels = labelSizes(topology);
    const int hosts = int(topology.hostNames(0).size());
    const RoomyFan fan = roomyFanFor(regions.lans.first(), hosts, labels);
    QList<LanGeometry> geometries;
    layout.spacing = qInf();
    for (int lan = 0; lan < regions.lans.size(); ++lan) {
        geometries.append(lanGeometry(topology.segments.at(lan), regions.lans.at(lan), hosts, fan, lan == 0, hasRouter,
                                      labels.at(int(Label::Address))));
        layout.spacing = qMin(layout.spacing, geometries.last().spacing);
    }
    layout.screens = layout.spacing >= minScreenSpacing;
    layout.glyph = layout.screens ? screenGlyph : QSizeF(1, 1) * qBound(6.0, layout.spacing * 0.45, 16.0);
    for (const QSizeF &label : labels) {
        qreal zoom = 0;
        for (const LanGeometry &g : std::as_const(geometries))
            zoom = qMax(zoom, clearingZoom(g.hosts, label, layout.glyph.height()));
        layout.labelZoom.append(zoom);
    }

    // Roomy LANs are centred in the height they leave free.
    qreal shift = 0;
    if (fan.roomy) {
        const qreal labelHeight = labels.at(int(layout.labelZoom.at(int(Label::Mac)) <= 1 ? Label::Mac : Label::Address)).height();
        const qreal bottom = sceneSize.height() - margin;
        shift = bottom;
        for (const LanGeometry &g : std::as_const(geometries))
            shift = qMin(shift, (bottom - (g.contentBottom + layout.glyph.height() / 2 + labelHeight)) / 2);
        shift = qMax(0.0, shift);
    }

    for (int lan = 0; lan < geometries.size(); ++lan) {
        LanGeometry &g = geometries[lan];
        g.lan.switchRect.translate(0, shift);
        const QPointF centre = g.lan.switchRect.center();
        int host = 0;
        for (const LanStation *s : topology.stationsOn(lan)) {
            if (s->isRouter() || host >= g.hosts.size())
                continue;
            Place place;
            place.centre = g.hosts.at(host) + QPointF(0, shift);
            place.port = centre + g.lan.ports.at(host).at;
            // A screen's link reaches its top; a dot's, its edge facing the switch.
            const QLineF towardPort(place.centre, place.port);
            if (layout.screens)
                place.linkEnd = place.centre - QPointF(0, layout.glyph.height() / 2);
            else
                place.linkEnd = towardPort.pointAt(layout.glyph.width() / 2 / qMax(1.0, towardPort.length()));
            layout.places.insert(s->name, place);
            ++host;
        }
        g.lan.title = titleLines(topology.segments.at(lan), lan);
        placeTitle(g.lan, lan == 0);
        layout.lans.append(g.lan);
    }
    if (hasRouter)
        placeRouter(layout, topology, router, regions.routerLeft);
    return layout;
}

} // namespace NetSteps
