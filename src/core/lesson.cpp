#include "lesson.h"

#include "narrator.h"
#include "tcpflags.h"
#include "tcpstate.h"
#include "translations.h"

#include <algorithm>

namespace NetSteps {

LocalizedText LocalizedText::same(const QString &text)
{
    LocalizedText out;
    for (const QString &language : availableLanguages())
        out.set(language, text);
    return out;
}

QString LocalizedText::text() const
{
    return text(currentLanguage());
}

QString LocalizedText::text(const QString &language) const
{
    const auto it = m_texts.constFind(language);
    return it != m_texts.cend() ? *it : m_texts.value(QStringLiteral("en"));
}

// --- Checkpoint --------------------------------------------------------------------------

namespace {

// The checkpoint kinds as lesson files name them, in Checkpoint::Ask order.
const QStringList &askNameList()
{
    static const QStringList names = {QStringLiteral("state"),   QStringLiteral("sent"),
                                      QStringLiteral("timer"),   QStringLiteral("queue"),
                                      QStringLiteral("network"), QStringLiteral("switch"),
                                      QStringLiteral("ports"),   QStringLiteral("receive"),
                                      QStringLiteral("count"),   QStringLiteral("result")};
    return names;
}

QString timerKey(TcpEvent event)
{
    switch (event) {
    case TcpEvent::Timeout2Msl:
        return QStringLiteral("2msl");
    case TcpEvent::TimeoutKeepalive:
    case TcpEvent::TimeoutKeepaliveInterval:
    case TcpEvent::TimeoutKeepaliveExhausted:
        return QStringLiteral("keepalive");
    default:
        return QStringLiteral("retransmission");
    }
}

QString queueKey(ListenQueueEvent::Kind kind)
{
    switch (kind) {
    case ListenQueueEvent::Kind::Created:
        return QStringLiteral("new-connection");
    case ListenQueueEvent::Kind::Queued:
        return QStringLiteral("accept-queue");
    case ListenQueueEvent::Kind::Accepted:
        return QStringLiteral("accepted");
    case ListenQueueEvent::Kind::DroppedQueueFull:
        return QStringLiteral("dropped");
    case ListenQueueEvent::Kind::None:
        break;
    }
    return {};
}

QString receiveKey(ReceiveOutcome::Kind kind)
{
    switch (kind) {
    case ReceiveOutcome::Kind::Replied: return QStringLiteral("reply");
    case ReceiveOutcome::Kind::Discarded: return QStringLiteral("discard");
    case ReceiveOutcome::Kind::Refreshed: return QStringLiteral("update");
    case ReceiveOutcome::Kind::Resolved: return QStringLiteral("resolve");
    case ReceiveOutcome::Kind::NotForMe: return QStringLiteral("drop");
    case ReceiveOutcome::Kind::Accepted: return QStringLiteral("accept");
    case ReceiveOutcome::Kind::Forwarded: return QStringLiteral("forward");
    }
    return {};
}

QString switchKey(SwitchDecision::Action action)
{
    switch (action) {
    case SwitchDecision::Action::Flood: return QStringLiteral("flood");
    case SwitchDecision::Action::Forward: return QStringLiteral("forward");
    case SwitchDecision::Action::Filter: return QStringLiteral("filter");
    }
    return {};
}

// "5, 2,3" → "2,3,5"; nothing for anything but a list of port numbers 1-4096.
std::optional<QString> portsKey(QStringView written)
{
    QList<int> ports;
    for (QStringView item : written.split(u',')) {
        bool ok = false;
        const int port = item.trimmed().toInt(&ok);
        if (!ok || port < 1 || port > 4096 || ports.contains(port))
            return std::nullopt;
        ports.append(port);
    }
    std::sort(ports.begin(), ports.end());
    QStringList parts;
    for (int p : ports)
        parts.append(QString::number(p));
    return parts.join(u',');
}

QString endpointList(const Step &step)
{
    QStringList names;
    for (const TcpControlBlock &tcb : step.state.endpoints)
        names.append(tcb.name);
    return names.join(QStringLiteral(", "));
}

} // namespace

QString Checkpoint::askName(Ask ask)
{
    return askNameList().at(int(ask));
}

std::optional<Checkpoint::Ask> Checkpoint::askFromName(QStringView name)
{
    const qsizetype index = askNameList().indexOf(name);
    if (index < 0)
        return std::nullopt;
    return Ask(index);
}

QStringList Checkpoint::askNames()
{
    return askNameList();
}

QStringList Checkpoint::keys(Ask ask)
{
    switch (ask) {
    case Ask::Timer:
        return {QStringLiteral("retransmission"), QStringLiteral("2msl"), QStringLiteral("keepalive")};
    case Ask::Queue:
        // "reset" is never the model's answer (Linux drops, it does not refuse, when the accept
        // queue is full) but it is what students expect, so it makes a good distractor.
        return {QStringLiteral("new-connection"), QStringLiteral("accept-queue"), QStringLiteral("accepted"),
                QStringLiteral("dropped"), QStringLiteral("reset")};
    case Ask::Network:
        return {QStringLiteral("same-network"), QStringLiteral("via-gateway")};
    case Ask::Switch:
        return {QStringLiteral("flood"), QStringLiteral("forward"), QStringLiteral("filter")};
    case Ask::Receive:
        return {QStringLiteral("reply"),  QStringLiteral("discard"), QStringLiteral("update"), QStringLiteral("resolve"),
                QStringLiteral("drop"),   QStringLiteral("accept"),  QStringLiteral("forward")};
    case Ask::Result:
        return {QStringLiteral("data"), QStringLiteral("econnrefused"), QStringLiteral("timeout")};
    case Ask::State:
    case Ask::Sent:
    case Ask::Ports:
    case Ask::Count:
        break;
    }
    return {};
}

int Checkpoint::minimumDistractors(Ask ask)
{
    const qsizetype closed = keys(ask).size();
    return closed > 0 ? int(qMin<qsizetype>(2, closed - 1)) : 2;
}

std::optional<QString> Checkpoint::canonicalKey(Ask ask, QStringView written)
{
    switch (ask) {
    case Ask::State:
        if (const std::optional<TcpState> state = tcpStateFromName(written.trimmed()))
            return tcpStateName(*state);
        return std::nullopt;
    case Ask::Sent:
        if (const std::optional<TcpFlags> flags = tcpFlagsFromString(written); flags && *flags)
            return tcpFlagsToString(*flags);
        return std::nullopt;
    case Ask::Ports:
        return portsKey(written);
    case Ask::Count: {
        bool ok = false;
        const quint64 n = written.trimmed().toULongLong(&ok);
        if (!ok || n > (quint64(1) << 32))
            return std::nullopt;
        return QString::number(n);
    }
    case Ask::Timer:
    case Ask::Queue:
    case Ask::Network:
    case Ask::Switch:
    case Ask::Receive:
    case Ask::Result:
        for (const QString &key : keys(ask)) {
            if (written.trimmed().compare(key, Qt::CaseInsensitive) == 0)
                return key;
        }
        return std::nullopt;
    }
    return std::nullopt;
}

QString Checkpoint::keyText(Ask ask, const QString &key)
{
    if (ask == Ask::Timer) {
        if (key == QLatin1String("2msl"))
            return tr("the 2MSL timer (TIME-WAIT)");
        if (key == QLatin1String("keepalive"))
            return tr("the keep-alive timer");
        if (key == QLatin1String("retransmission"))
            return tr("the retransmission timer");
    } else if (ask == Ask::Queue) {
        if (key == QLatin1String("new-connection"))
            return tr("it answers SYN,ACK on a new connection");
        if (key == QLatin1String("accept-queue"))
            return tr("the connection joins the accept queue");
        if (key == QLatin1String("accepted"))
            return tr("accept() takes a connection out of the accept queue");
        if (key == QLatin1String("dropped"))
            return tr("it drops the segment without any answer");
        if (key == QLatin1String("reset"))
            return tr("it refuses the connection with RST");
    } else if (ask == Ask::Network) {
        if (key == QLatin1String("same-network"))
            return tr("the same network: straight to the destination");
        if (key == QLatin1String("via-gateway"))
            return tr("another network: through the default gateway");
    } else if (ask == Ask::Switch) {
        if (key == QLatin1String("flood"))
            return tr("it floods the frame out of every other port");
        if (key == QLatin1String("forward"))
            return tr("it forwards the frame out of one port");
        if (key == QLatin1String("filter"))
            return tr("it filters (drops) the frame");
    } else if (ask == Ask::Ports) {
        return tr("ports %1").arg(QString(key).replace(u',', QStringLiteral(", ")));
    } else if (ask == Ask::Receive) {
        if (key == QLatin1String("reply"))
            return tr("it caches the sender and sends an ARP reply");
        if (key == QLatin1String("discard"))
            return tr("it discards the request");
        if (key == QLatin1String("update"))
            return tr("it updates its entry for the sender, and does not reply");
        if (key == QLatin1String("resolve"))
            return tr("its ARP entry becomes REACHABLE");
        if (key == QLatin1String("drop"))
            return tr("its network card drops the frame: not its MAC address");
        if (key == QLatin1String("accept"))
            return tr("it takes the packet up to IP");
        if (key == QLatin1String("forward"))
            return tr("it routes the packet on to another network");
    } else if (ask == Ask::Result) {
        if (key == QLatin1String("data"))
            return tr("it returns a datagram");
        if (key == QLatin1String("econnrefused"))
            return tr("it fails with ECONNREFUSED (ConnectionRefusedError)");
        if (key == QLatin1String("timeout"))
            return tr("nothing arrives: it times out");
    }
    return key; // state names and flags read the same in every language
}

std::optional<CheckpointChoice> Checkpoint::answer(const Scenario &scenario, int index, QString *problem) const
{
    const auto fail = [problem](const QString &why) -> std::optional<CheckpointChoice> {
        if (problem)
            *problem = why;
        return std::nullopt;
    };
    if (index < 0 || index > scenario.lastStep())
        return fail(tr("step %1 does not exist: the last step is %2").arg(index).arg(scenario.lastStep()));
    const Step &step = scenario.step(index);
    QString key;
    switch (ask) {
    case Ask::State: {
        const TcpControlBlock *tcb = step.state.endpoint(endpoint);
        if (!tcb)
            return fail(tr("there is no endpoint '%1' at step %2 (there are: %3)")
                            .arg(endpoint)
                            .arg(index)
                            .arg(endpointList(step)));
        key = tcpStateName(tcb->state);
        break;
    }
    case Ask::Sent: {
        QStringList flags;
        for (int id : step.sent) {
            const Transmission &t = scenario.transmission(id);
            if ((t.from == endpoint || scenario.lifeline(t.from) == endpoint) && t.frame.tcp)
                flags.append(tcpFlagsToString(t.frame.tcp->flags));
        }
        if (flags.isEmpty())
            return fail(tr("the %1 sends no segment at step %2").arg(endpoint).arg(index));
        if (flags.size() > 1)
            return fail(tr("the %1 sends %2 segments at step %3, so the question has no single answer")
                            .arg(endpoint)
                            .arg(flags.size())
                            .arg(index));
        key = flags.first();
        break;
    }
    case Ask::Timer:
        if (step.kind != Step::Kind::Timer || step.actor != endpoint)
            return fail(tr("no timer of the %1 expires at step %2").arg(endpoint).arg(index));
        key = timerKey(step.event);
        break;
    case Ask::Queue:
        if (step.listenQueue.kind == ListenQueueEvent::Kind::None || step.listenQueue.listener != endpoint)
            return fail(tr("nothing happens at the queues of a listener '%1' at step %2").arg(endpoint).arg(index));
        key = queueKey(step.listenQueue.kind);
        break;
    case Ask::Network:
        if (step.lan.route && step.lan.route->station == endpoint) {
            key = step.lan.route->sameNetwork ? QStringLiteral("same-network") : QStringLiteral("via-gateway");
        } else if (step.lan.addressing && step.lan.addressing->phase == AddressingStep::Phase::Compare
                   && endpoint == QLatin1String("address")) {
            key = step.lan.addressing->sameNetwork() ? QStringLiteral("same-network") : QStringLiteral("via-gateway");
        } else {
            return fail(tr("'%1' decides no route at step %2").arg(endpoint).arg(index));
        }
        break;
    case Ask::Switch:
    case Ask::Ports:
        if (!step.lan.switchDecision || step.lan.switchDecision->switchName != endpoint)
            return fail(tr("switch '%1' handles no frame at step %2").arg(endpoint).arg(index));
        if (ask == Ask::Switch) {
            key = switchKey(step.lan.switchDecision->action);
        } else {
            if (step.lan.switchDecision->outPorts.isEmpty())
                return fail(tr("switch '%1' sends the frame out of no port at step %2").arg(endpoint).arg(index));
            QStringList ports;
            for (int p : step.lan.switchDecision->outPorts)
                ports.append(QString::number(p));
            key = ports.join(u',');
        }
        break;
    case Ask::Count: {
        // The sockets lessons: the count a send() or recv() of the endpoint returns.
        if (step.kind == Step::Kind::SocketCall && step.actor == endpoint
            && step.socket.outcome == SocketCallResult::Outcome::Returned
            && (step.socket.function == QLatin1String("send") || step.socket.function == QLatin1String("sendall")
                || step.socket.function == QLatin1String("recv") || step.socket.function == QLatin1String("recvfrom"))) {
            key = QString::number(step.socket.returned);
            break;
        }
        const std::optional<AddressingStep> &a = step.lan.addressing;
        if (endpoint != QLatin1String("address") || !a
            || (a->phase != AddressingStep::Phase::Hosts && a->phase != AddressingStep::Phase::Borrow))
            return fail(tr("nothing is counted at step %1: ask at a host-range or a borrowing step, or at a send() or recv() of the endpoint").arg(index));
        key = QString::number(a->phase == AddressingStep::Phase::Hosts ? a->subnet.hostCount()
                                                                        : quint64(1) << a->borrowedBits);
        break;
    }
    case Ask::Result: {
        const SocketCallResult &r = step.socket;
        const bool receive = r.function == QLatin1String("recv") || r.function == QLatin1String("recvfrom");
        if (step.kind != Step::Kind::SocketCall || step.actor != endpoint || !receive)
            return fail(tr("the %1 calls no recv() or recvfrom() at step %2").arg(endpoint).arg(index));
        if (r.outcome == SocketCallResult::Outcome::Error && r.error == QLatin1String("ECONNREFUSED"))
            key = QStringLiteral("econnrefused");
        else if (r.outcome == SocketCallResult::Outcome::TimedOut)
            key = QStringLiteral("timeout");
        else if (r.outcome == SocketCallResult::Outcome::Returned)
            key = QStringLiteral("data");
        else
            return fail(tr("the %1's call at step %2 ends in a way this question does not offer").arg(endpoint).arg(index));
        break;
    }
    case Ask::Receive: {
        const auto it = std::find_if(step.lan.outcomes.cbegin(), step.lan.outcomes.cend(),
                                     [&](const ReceiveOutcome &o) { return o.station == endpoint; });
        if (it == step.lan.outcomes.cend())
            return fail(tr("no frame reaches '%1' at step %2").arg(endpoint).arg(index));
        key = receiveKey(it->kind);
        break;
    }
    }
    return CheckpointChoice{key, keyText(ask, key), true};
}

QList<CheckpointChoice> Checkpoint::choices(const Scenario &scenario, int step) const
{
    const std::optional<CheckpointChoice> right = answer(scenario, step);
    if (!right)
        return {};
    QList<CheckpointChoice> out{*right};
    for (const QString &key : distractors) {
        if (key != right->key)
            out.append(CheckpointChoice{key, keyText(ask, key), false});
    }
    const auto rank = [this](const CheckpointChoice &c) -> qsizetype {
        if (ask == Ask::State) {
            const std::optional<TcpState> state = tcpStateFromName(c.key);
            return state ? qsizetype(std::find(allTcpStates.begin(), allTcpStates.end(), *state) - allTcpStates.begin())
                         : 0;
        }
        return keys(ask).indexOf(c.key);
    };
    std::stable_sort(out.begin(), out.end(), [&](const CheckpointChoice &a, const CheckpointChoice &b) {
        if (ask == Ask::Count)
            return a.key.toULongLong() < b.key.toULongLong();
        return ask == Ask::Sent || ask == Ask::Ports ? a.key < b.key : rank(a) < rank(b);
    });
    return out;
}

// --- Lesson ------------------------------------------------------------------------------

const LessonStep *Lesson::step(int index) const
{
    for (const LessonStep &s : steps) {
        if (s.step == index)
            return &s;
    }
    return nullptr;
}

QString Lesson::caption(const Scenario &scenario, int index) const
{
    const LessonStep *s = step(index);
    return s && !s->caption.isEmpty() ? s->caption.text() : Narrator::caption(scenario, index);
}

QString Lesson::layer(const Scenario &scenario, int index) const
{
    const LessonStep *s = step(index);
    return s && s->layer ? layerName(*s->layer) : Narrator::layer(scenario, index);
}

QList<LocalizedText> Lesson::glossary() const
{
    QList<LocalizedText> terms;
    const auto add = [&terms](const QList<LocalizedText> &more) {
        for (const LocalizedText &term : more) {
            if (!terms.contains(term))
                terms.append(term);
        }
    };
    for (const LessonStep &s : steps)
        add(s.glossary);
    for (const LessonPage &p : pages)
        add(p.glossary);
    return terms;
}

QString Lesson::kindName(Kind kind)
{
    return kind == Kind::Scenario ? QStringLiteral("scenario") : QStringLiteral("reference");
}

QStringList Lesson::layerIds()
{
    return {QStringLiteral("application"), QStringLiteral("transport"), QStringLiteral("network"),
            QStringLiteral("link"), QStringLiteral("physical")};
}

std::optional<LessonLayer> Lesson::layerFromId(QStringView id)
{
    const qsizetype index = layerIds().indexOf(id);
    if (index < 0)
        return std::nullopt;
    return LessonLayer(index);
}

QString Lesson::layerName(LessonLayer layer)
{
    switch (layer) {
    case LessonLayer::Application:
        return tr("Application layer");
    case LessonLayer::Transport:
        return tr("Transport layer");
    case LessonLayer::Network:
        return tr("Network layer");
    case LessonLayer::Link:
        return tr("Data link layer");
    case LessonLayer::Physical:
        return tr("Physical layer");
    }
    return {};
}

QStringList Lesson::topics()
{
    return {QStringLiteral("basics"), QStringLiteral("addressing"), QStringLiteral("arp"), QStringLiteral("tcp"),
            QStringLiteral("sockets")};
}

QStringList Lesson::figureIds()
{
    // The RFC 9293 Figure 5 state diagram (src/gui/statediagramview), and a frame's headers
    // added on the way down the stack and removed on the way up (src/gui/encapsulationview).
    return {QStringLiteral("tcp-state-diagram"), QStringLiteral("encapsulation")};
}

} // namespace NetSteps
