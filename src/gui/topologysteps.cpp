// TopologyView, second half: what one step shows. The items exist already; a step lights the
// links its frame travels, moves the envelopes, writes the decision taken and marks the stations
// the frame reached, and the next step undoes exactly that first.
#include "topologyview.h"

#include "narrator.h"
#include "palette.h"
#include "scenario.h"
#include "topologyframes.h"

#include <QGraphicsLineItem>

namespace NetSteps {

namespace {

QList<TextBox::Line> noteLines(const QStringList &texts, const QColor &firstColor)
{
    QList<TextBox::Line> lines;
    for (const QString &text : texts)
        lines.append({text, lines.isEmpty() ? TopologyFonts::noteBold() : TopologyFonts::note(),
                      lines.isEmpty() ? firstColor : Palette::ink()});
    return lines;
}

} // namespace

void TopologyView::clearStep()
{
    if (!m_active.isEmpty()) {
        m_links->setLit({}, QColor());
        m_frames->setFrames({});
    }
    if (!m_markWords.isEmpty()) {
        m_quietMarks->setMarks({});
        m_loudMarks->setMarks({});
    }
    for (SwitchGlyph *box : std::as_const(m_switches))
        box->setLit(QColor());
    for (TextBox *note : std::as_const(m_switchNotes))
        note->setVisible(false);
    m_stationNote->setVisible(false);
    m_frameNote->setVisible(false);
    m_active.clear();
    m_markWords.clear();
    m_frameTitle.clear();
    m_appliedStep = -1;
}

void TopologyView::applyStep()
{
    const Step &step = m_scenario->step(m_step);
    m_appliedStep = m_step;
    if (step.moved >= 0) {
        const Transmission &t = m_scenario->transmission(step.moved);
        m_frameColor = TopologyFrames::colorOf(t.frame);
        m_frameTitle = TopologyFrames::title(t.frame);
        // A frame from a switch goes out to every station it reaches; a station's goes to its switch.
        m_outward = !stationItems(t.from);
        QList<int> links;
        for (const QString &name : m_outward ? t.receivers : QStringList{t.from}) {
            if (const StationItems *items = stationItems(name)) {
                m_active.append(name);
                links.append(items->link);
            }
        }
        m_links->setLit(links, m_frameColor);
        if (!m_outward) {
            QStringList texts{m_frameTitle, TopologyFrames::destination(t.frame, *m_scenario->topology)};
            if (const QString packet = TopologyFrames::packet(t.frame); !packet.isEmpty())
                texts.append(packet);
            m_frameNote->setLines(noteLines(texts, TopologyFrames::textColorOf(t.frame)));
            m_frameNote->setFrameColor(m_frameColor);
            m_frameNote->setVisible(true);
        }
    }
    switch (step.kind) {
    case Step::Kind::LanSwitch: showSwitchDecision(); break;
    case Step::Kind::Route: showRouteDecision(); break;
    case Step::Kind::LanTimeout: showTimeout(); break;
    case Step::Kind::LanWait: showAgeing(); break;
    case Step::Kind::LanReceive: showOutcomes(); break;
    default: break;
    }
}

// Each envelope sits `progress` of the way along its link; a station's frame carries its label.
void TopologyView::placeFrames()
{
    if (m_active.isEmpty())
        return;
    const bool picked = m_scenario->step(m_step).moved == m_selected;
    QList<EnvelopeField::Frame> frames;
    frames.reserve(m_active.size());
    for (const QString &name : std::as_const(m_active))
        frames.append({framePoint(name), m_frameColor, m_layout.screens || stationItems(name)->router, picked});
    m_frames->setFrames(frames);
    if (!m_frameNote->isVisible() || m_active.size() != 1)
        return;
    const TopologyLayout::Place place = m_layout.places.value(m_active.first());
    const QPointF at = frames.first().at;
    const QPointF along = place.port - place.linkEnd;
    // Beside a steep link, under a flat one (over it stand the router's addresses), so that the
    // label never hides the envelope.
    if (qAbs(along.x()) > qAbs(along.y())) {
        m_frameNote->setAnchor(Qt::AlignHCenter | Qt::AlignTop);
        m_frameNote->place(at + QPointF(0, 16), m_scene->sceneRect());
    } else {
        const bool right = along.x() <= 0;
        m_frameNote->setAnchor((right ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter);
        m_frameNote->place(at + QPointF(right ? 20 : -20, 0), m_scene->sceneRect());
    }
}

void TopologyView::showSwitchDecision()
{
    const Step &step = m_scenario->step(m_step);
    if (!step.lan.switchDecision)
        return;
    const SwitchDecision &decision = *step.lan.switchDecision;
    // The frame the switch took in during this step (a filtered one goes no further).
    const Transmission *incoming = nullptr;
    for (const Transmission &t : m_scenario->transmissions) {
        if (t.deliveredStep == m_step && t.receivers.contains(decision.switchName))
            incoming = &t;
    }
    if (!incoming)
        return;
    for (int i = 0; i < m_switches.size(); ++i) {
        if (m_switches.at(i)->name() != decision.switchName)
            continue;
        const QColor color = TopologyFrames::colorOf(incoming->frame);
        QStringList texts{TopologyFrames::title(incoming->frame)};
        texts.append(TopologyFrames::switchDecision(decision, incoming->frame, *m_scenario->topology));
        m_switches.at(i)->setLit(color);
        TextBox *note = m_switchNotes.at(i);
        note->setLines(noteLines(texts, TopologyFrames::textColorOf(incoming->frame)));
        note->setFrameColor(color);
        note->place(m_layout.lans.at(i).switchRect.center() - QPointF(0, m_layout.lans.at(i).switchRect.height() / 2 + 6),
                    m_scene->sceneRect());
        note->setVisible(true);
    }
}

void TopologyView::showRouteDecision()
{
    const Step &step = m_scenario->step(m_step);
    if (!step.lan.route)
        return;
    const QStringList texts = TopologyFrames::routeDecision(*step.lan.route);
    QList<TextBox::Line> lines{{texts.at(0), TopologyFonts::noteBold(), Palette::ink()}};
    for (int i = 1; i < texts.size() - 1; ++i)
        lines.append({texts.at(i), TopologyFonts::figures(), Palette::ink()});
    lines.append({texts.last(), TopologyFonts::noteBold(), step.lan.route->sameNetwork ? QColor(0x2e, 0x7d, 0x32)
                                                                                       : TopologyFrames::dataColor()});
    m_stationNote->setLines(lines);
    m_stationNote->setFrameColor(Palette::ink());
    placeStationNote(step.lan.route->station);
}

void TopologyView::showTimeout()
{
    const Step &step = m_scenario->step(m_step);
    const Frame *resent = step.moved >= 0 ? &m_scenario->transmission(step.moved).frame : nullptr;
    const QStringList texts = TopologyFrames::timeout(step.lan.station, resent, step.state.lan.cache(step.lan.station),
                                                      step.timeMs);
    m_stationNote->setLines(noteLines(texts, resent ? Palette::ink() : Palette::highlight()));
    m_stationNote->setFrameColor(resent ? Palette::ink() : Palette::highlight());
    placeStationNote(step.lan.station);
}

void TopologyView::showAgeing()
{
    const Step &step = m_scenario->step(m_step);
    QHash<int, QStringList> forgotten; // per LAN, the stations its switch forgot
    for (const MacAddress &mac : step.lan.agedOut) {
        if (const LanStation *s = m_scenario->topology->stationWithMac(mac))
            forgotten[s->lan].append(Narrator::stationLabel(s->name));
    }
    for (auto it = forgotten.cbegin(); it != forgotten.cend(); ++it) {
        if (it.key() >= m_switchNotes.size())
            continue;
        TextBox *note = m_switchNotes.at(it.key());
        note->setLines(noteLines({tr("forgot %1").arg(it.value().join(QStringLiteral(", "))),
                                  tr("no frame from them for %1 s (ageing time)").arg(LearningSwitch::agingMs / 1000)},
                                 Palette::ink()));
        note->setFrameColor(Palette::muted());
        const QRectF box = m_layout.lans.at(it.key()).switchRect;
        note->place(box.center() - QPointF(0, box.height() / 2 + 6), m_scene->sceneRect());
        note->setVisible(true);
    }
}

void TopologyView::showOutcomes()
{
    const Step &step = m_scenario->step(m_step);
    QList<MarkField::Mark> quiet;
    QList<MarkField::Mark> loud;
    for (const ReceiveOutcome &outcome : step.lan.outcomes) {
        const StationItems *items = stationItems(outcome.station);
        if (!items)
            continue;
        MarkField::Mark mark;
        mark.at = items->markAt;
        mark.offset = items->markOffset;
        mark.large = items->router;
        switch (outcome.kind) {
        case ReceiveOutcome::Kind::Discarded: mark.sign = MarkField::Sign::Negative; mark.word = tr("not asked"); break;
        case ReceiveOutcome::Kind::NotForMe: mark.sign = MarkField::Sign::Negative; mark.word = tr("not for me"); break;
        case ReceiveOutcome::Kind::Refreshed: mark.word = tr("updates its entry"); break;
        case ReceiveOutcome::Kind::Replied: mark.word = tr("replies"); break;
        case ReceiveOutcome::Kind::Resolved: mark.word = tr("resolved"); break;
        case ReceiveOutcome::Kind::Accepted: mark.word = tr("accepts"); break;
        case ReceiveOutcome::Kind::Forwarded: mark.sign = MarkField::Sign::Forwarded; mark.word = tr("routes it on"); break;
        }
        // Where dots crowd, only what stands out is worded: the many crosses speak for themselves.
        if (!m_layout.screens && !items->router && mark.sign == MarkField::Sign::Negative)
            mark.word.clear();
        mark.wordOnLeft = items->router && m_layout.places.value(outcome.station).centre.x() <= m_layout.routerRect.left() + 1;
        (mark.sign == MarkField::Sign::Negative ? quiet : loud).append(mark);
        m_markWords.insert(outcome.station, mark.word);
    }
    m_quietMarks->setMarks(quiet);
    m_loudMarks->setMarks(loud);
}

// Above a host, under the router: where it stays clear of the frames and the router's links.
void TopologyView::placeStationNote(const QString &station)
{
    const StationItems *items = stationItems(station);
    if (!items)
        return;
    const TopologyLayout::Place place = m_layout.places.value(station);
    if (items->router) {
        m_stationNote->setAnchor(Qt::AlignHCenter | Qt::AlignTop);
        m_stationNote->place(QPointF(m_layout.routerRect.center().x(), m_layout.routerRect.bottom() + 10),
                             m_scene->sceneRect());
    } else {
        m_stationNote->setAnchor(Qt::AlignHCenter | Qt::AlignBottom);
        m_stationNote->place(place.centre - QPointF(0, m_layout.glyph.height() / 2 + 10), m_scene->sceneRect());
    }
    m_stationNote->setVisible(true);
}

} // namespace NetSteps
