// The scenario subcommands of netsteps-cli: scenarios, run, export.

#include "clicommands.h"

#include "framecodec.h"
#include "lanoptions.h"
#include "lanstepoutput.h"
#include "livesession.h"
#include "narrator.h"
#include "pcapwriter.h"
#include "realsegmentnotes.h"
#include "scenarioregistry.h"
#include "tcpflags.h"
#include "translations.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QTimer>

#include <cmath>

namespace NetSteps::Cli {

namespace {

// Reads --seed, --msl and the LAN options, builds the scenario named by the first positional
// argument; for a live run, with the parameters the scenario uses live (such as keep-alive timers
// short enough to watch).
std::optional<Scenario> buildFromOptions(const QCommandLineParser &parser, const QString &command, QTextStream &err,
                                         bool live = false)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        err << tr("netsteps-cli %1: expected one scenario id (see netsteps-cli scenarios)").arg(command) << Qt::endl;
        return std::nullopt;
    }
    const ScenarioInfo *info = ScenarioRegistry::find(positional.first());
    if (!info) {
        err << tr("netsteps-cli %1: unknown scenario id '%2'; known: %3")
                   .arg(command, positional.first(), ScenarioRegistry::ids().join(QStringLiteral(", ")))
            << Qt::endl;
        return std::nullopt;
    }
    ScenarioParameters parameters;
    if (parser.isSet(QStringLiteral("seed"))) {
        bool ok = false;
        parameters.seed = parser.value(QStringLiteral("seed")).toULongLong(&ok);
        if (!ok) {
            err << tr("netsteps-cli %1: invalid --seed '%2': expected a non-negative integer")
                       .arg(command, parser.value(QStringLiteral("seed")))
                << Qt::endl;
            return std::nullopt;
        }
    }
    if (parser.isSet(QStringLiteral("msl"))) {
        bool ok = false;
        const double seconds = parser.value(QStringLiteral("msl")).toDouble(&ok);
        if (!ok || !std::isfinite(seconds) || seconds < 1 || seconds > 3600) {
            err << tr("netsteps-cli %1: invalid --msl '%2': expected seconds, from 1 to 3600")
                       .arg(command, parser.value(QStringLiteral("msl")))
                << Qt::endl;
            return std::nullopt;
        }
        parameters.mslMs = qint64(seconds * 1000);
    }
    if (!applyLanOptions(parser, command, info->id, parameters, err))
        return std::nullopt;
    if (live)
        parameters = info->parametersForLive(parameters);
    return ScenarioRegistry::build(info->id, parameters);
}

QCommandLineOption seedOption()
{
    return {QStringLiteral("seed"), tr("Seed for sequence numbers, ports and MACs (default 1)."), QStringLiteral("N")};
}

QCommandLineOption mslOption()
{
    return {QStringLiteral("msl"), tr("Maximum segment lifetime in seconds (default 120)."), QStringLiteral("SECONDS")};
}

// The JSON identifier of a step's kind: stable, never translated.
QString kindName(Step::Kind kind)
{
    switch (kind) {
    case Step::Kind::Initial: return QStringLiteral("initial");
    case Step::Kind::SocketCall: return QStringLiteral("socket_call");
    case Step::Kind::Delivery: return QStringLiteral("delivery");
    case Step::Kind::Loss: return QStringLiteral("loss");
    case Step::Kind::Timer: return QStringLiteral("timer");
    case Step::Kind::Decision: return QStringLiteral("decision");
    case Step::Kind::Bind: return QStringLiteral("bind");
    case Step::Kind::Addressing: return QStringLiteral("addressing");
    case Step::Kind::Route: return QStringLiteral("route");
    case Step::Kind::LanSend: return QStringLiteral("lan_send");
    case Step::Kind::LanSwitch: return QStringLiteral("lan_switch");
    case Step::Kind::LanReceive: return QStringLiteral("lan_receive");
    case Step::Kind::LanTimeout: return QStringLiteral("lan_timeout");
    case Step::Kind::LanWait: return QStringLiteral("lan_wait");
    }
    return {};
}

// The UDP sockets of a sockets lesson: no TCP state, their peer if connected, what waits in them.
void insertUdpSockets(QJsonObject &o, const Step &step)
{
    QJsonObject sockets;
    for (const UdpSocketState &socket : step.state.udpSockets) {
        sockets.insert(socket.name,
                       QJsonObject{{QStringLiteral("address"), socket.address.toString()},
                                   {QStringLiteral("port"), socket.port},
                                   {QStringLiteral("connected_to"),
                                    socket.isConnected() ? QJsonValue(QStringLiteral("%1:%2")
                                                                          .arg(socket.peerAddress.toString())
                                                                          .arg(socket.peerPort))
                                                         : QJsonValue()},
                                   {QStringLiteral("queued_datagrams"), int(socket.receiveQueue.size())},
                                   {QStringLiteral("pending_error"), socket.pendingError.isEmpty()
                                                                         ? QJsonValue()
                                                                         : QJsonValue(socket.pendingError)}});
    }
    o.insert(QStringLiteral("udp_sockets"), sockets);
}

// What a socket call returned, or what a datagram did on arrival (stable identifiers).
void insertSocketResult(QJsonObject &o, const SocketCallResult &r)
{
    static const char *const outcomes[] = {"none",   "returned", "error",         "timed_out",
                                           "queued", "port_unreachable", "icmp_reported", "icmp_ignored"};
    QJsonObject socket{{QStringLiteral("outcome"), QLatin1String(outcomes[int(r.outcome)])},
                       {QStringLiteral("transport"), r.transport == SocketCallResult::Transport::Tcp
                                                         ? QStringLiteral("tcp")
                                                         : QStringLiteral("udp")}};
    if (!r.function.isEmpty())
        socket.insert(QStringLiteral("function"), r.function);
    if (r.outcome == SocketCallResult::Outcome::Returned && !r.function.isEmpty()) {
        socket.insert(QStringLiteral("requested"), double(r.requested));
        socket.insert(QStringLiteral("returned"), double(r.returned));
    }
    if (!r.data.isEmpty())
        socket.insert(QStringLiteral("data"), QString::fromLatin1(r.data));
    if (!r.error.isEmpty())
        socket.insert(QStringLiteral("error"), r.error);
    if (r.sendPart > 0)
        socket.insert(QStringLiteral("sendall_call"), r.sendPart);
    o.insert(QStringLiteral("socket"), socket);
}

// The fields of a ladder step: the segment that moved, the TCP transitions and states, timers.
void insertLadderFields(QJsonObject &o, const Scenario &scenario, const Step &step)
{
    if (step.moved >= 0) {
        const Transmission &t = scenario.transmission(step.moved);
        o.insert(QStringLiteral("from"), t.from);
        o.insert(QStringLiteral("to"), t.to);
        o.insert(QStringLiteral("summary"), Narrator::segmentSummary(t.frame));
        // A UDP datagram or an ICMP message has no flags and no sequence numbers.
        o.insert(QStringLiteral("protocol"), t.frame.tcp ? QStringLiteral("tcp")
                                             : t.frame.udp ? QStringLiteral("udp")
                                                           : QStringLiteral("icmp"));
        o.insert(QStringLiteral("flags"), t.frame.tcp ? QJsonValue(tcpFlagsToString(t.frame.tcp->flags)) : QJsonValue());
        o.insert(QStringLiteral("seq"), t.frame.tcp ? QJsonValue(double(t.frame.tcp->seq)) : QJsonValue());
        if (t.frame.tcp && t.frame.tcp->flags.testFlag(TcpFlag::Ack))
            o.insert(QStringLiteral("ack"), double(t.frame.tcp->ack));
        else
            o.insert(QStringLiteral("ack"), QJsonValue::Null);
        o.insert(QStringLiteral("len"), int(t.frame.payload.size()));
        o.insert(QStringLiteral("lost"), t.lost);
    } else {
        for (const char *key : {"from", "to", "summary", "protocol", "flags", "seq", "ack", "len", "lost"})
            o.insert(QLatin1String(key), QJsonValue::Null);
    }
    QJsonArray sent;
    for (int id : step.sent)
        sent.append(Narrator::segmentSummary(scenario.transmission(id).frame));
    o.insert(QStringLiteral("sent"), sent);
    QJsonArray transitions;
    for (const TransitionRecord &t : step.transitions) {
        transitions.append(QJsonObject{
            {QStringLiteral("endpoint"), t.endpoint},
            {QStringLiteral("from"), tcpStateName(t.from)},
            {QStringLiteral("to"), tcpStateName(t.to)},
            {QStringLiteral("event"), TcpTransitionTable::eventIdentifier(t.event)},
            {QStringLiteral("rfc"), QStringLiteral("RFC 9293 %1").arg(QLatin1String(t.transition().rfc))},
        });
    }
    o.insert(QStringLiteral("transitions"), transitions);
    QJsonObject states;
    for (const TcpControlBlock &tcb : step.state.endpoints)
        states.insert(tcb.name, tcpStateName(tcb.state));
    o.insert(QStringLiteral("states"), states);
    if (!step.state.udpSockets.isEmpty())
        insertUdpSockets(o, step);
    if (step.socket.outcome != SocketCallResult::Outcome::None)
        insertSocketResult(o, step.socket);
    QJsonArray timers;
    for (const TimerState &t : step.state.timers) {
        timers.append(QJsonObject{{QStringLiteral("endpoint"), t.endpoint},
                                  {QStringLiteral("kind"), t.kind == TimerState::Kind::TwoMsl ? QStringLiteral("2msl")
                                                           : t.kind == TimerState::Kind::Keepalive
                                                               ? QStringLiteral("keepalive")
                                                               : QStringLiteral("retransmission")},
                                  {QStringLiteral("deadline_ms"), double(t.deadlineMs)}});
    }
    o.insert(QStringLiteral("timers"), timers);
    if (step.kind == Step::Kind::Bind) {
        o.insert(QStringLiteral("bind"),
                 QJsonObject{{QStringLiteral("port"), step.bind.port},
                             {QStringLiteral("reuse_address"), step.bind.reuseAddress},
                             {QStringLiteral("result"), step.bind.addressInUse ? QStringLiteral("EADDRINUSE")
                                                                               : QStringLiteral("ok")}});
    }
}

// The fields every step has, then those of its stage.
QJsonObject stepJson(const Scenario &scenario, int index)
{
    const Step &step = scenario.step(index);
    QJsonObject o = scenario.stage == Scenario::Stage::Ladder ? QJsonObject() : lanStepJson(scenario, index);
    o.insert(QStringLiteral("step"), index);
    o.insert(QStringLiteral("time_ms"), double(step.timeMs));
    o.insert(QStringLiteral("kind"), kindName(step.kind));
    o.insert(QStringLiteral("event"), Narrator::eventTitle(scenario, index));
    o.insert(QStringLiteral("caption"), Narrator::caption(scenario, index));
    o.insert(QStringLiteral("layer"), Narrator::layer(scenario, index));
    if (scenario.stage == Scenario::Stage::Ladder)
        insertLadderFields(o, scenario, step);
    return o;
}

QString formatTime(qint64 ms)
{
    return QStringLiteral("%1.%2 s").arg(ms / 1000).arg(ms % 1000, 3, 10, QLatin1Char('0'));
}

} // namespace

int runScenariosCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), tr("Write JSON."));
    parser.addOption(json);
    if (!parseArguments(parser, QStringLiteral("scenarios"), args, err))
        return BadInput;
    if (!parser.positionalArguments().isEmpty()) {
        err << tr("netsteps-cli scenarios: unexpected argument '%1'").arg(parser.positionalArguments().first())
            << Qt::endl;
        return BadInput;
    }
    if (parser.isSet(json)) {
        QJsonArray list;
        for (const ScenarioInfo &info : ScenarioRegistry::all()) {
            list.append(QJsonObject{{QStringLiteral("id"), info.id},
                                    {QStringLiteral("topic"), info.topic},
                                    {QStringLiteral("title"), info.title()},
                                    {QStringLiteral("description"), info.summary()}});
        }
        out << QJsonDocument(list).toJson(QJsonDocument::Indented);
        return Success;
    }
    for (const ScenarioInfo &info : ScenarioRegistry::all())
        out << info.id.leftJustified(20) << ' ' << info.summary() << '\n';
    return Success;
}

namespace {

// What a live run observed, and whether its real segments were captured.
struct LiveRun
{
    QList<LiveObservation> observations;
    bool captured = false;
    QString captureStatus; // why not, or what was lost
};

// Performs the scenario with real sockets and waits (bounded) until every step is observed.
LiveRun runLive(const Scenario &scenario)
{
    LiveSession session(scenario);
    QEventLoop loop;
    QObject::connect(&session, &LiveSession::finished, &loop, &QEventLoop::quit);
    QTimer guard;
    guard.setSingleShot(true);
    QObject::connect(&guard, &QTimer::timeout, &loop, &QEventLoop::quit);
    guard.start(scenario.stepCount() * (session.stepTimeout() + 1000) + 5000);
    session.runToEnd();
    if (!session.atEnd())
        loop.exec();
    LiveRun run;
    run.captured = session.isCapturing();
    session.stop();
    run.captureStatus = session.captureStatus();
    run.observations = session.observations();
    return run;
}

// The real segments of one step, as Wireshark's Info column shows them.
QJsonArray capturedJson(const LiveObservation &observation)
{
    QJsonArray frames;
    for (const CapturedFrame &frame : observation.captured) {
        const Parsed<Frame> decoded = FrameCodec::decode(frame.bytes);
        frames.append(QJsonObject{{QStringLiteral("time_us"), double(frame.timeUs)},
                                  {QStringLiteral("from"), frame.from},
                                  {QStringLiteral("to"), frame.to},
                                  {QStringLiteral("window"), frame.window >= 0 ? QJsonValue(double(frame.window))
                                                                               : QJsonValue(QJsonValue::Null)},
                                  {QStringLiteral("info"), decoded ? FrameCodec::summary(*decoded)
                                                                   : decoded.error().message}});
    }
    return frames;
}

bool writePcap(const QString &path, const QList<LiveObservation> &observations, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)
        || file.write(PcapWriter::toBytes(LiveSession::captureRecords(observations))) < 0 || !file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

QJsonObject toJson(const QHash<QString, QString> &hash)
{
    QJsonObject o;
    for (auto it = hash.cbegin(); it != hash.cend(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

// The live run's fields of one step: the endpoints' addresses, the kernel's states (null when
// not observable) with the reasons, and whether they agree with the model.
void addLiveFields(QJsonObject &o, const Scenario &scenario, const QList<LiveObservation> &observations, int step)
{
    const LiveObservation *observation = nullptr;
    qsizetype index = -1;
    for (qsizetype i = 0; i < observations.size(); ++i) {
        if (observations.at(i).step == step) {
            observation = &observations.at(i);
            index = i;
        }
    }
    QJsonObject kernel;
    QJsonObject notes;
    if (observation) {
        // Every endpoint the model has at this step, connections a listener created included.
        for (const TcpControlBlock &tcb : scenario.step(observation->step).state.endpoints) {
            const std::optional<TcpState> state = observation->kernelStates.value(tcb.name);
            kernel.insert(tcb.name, state ? QJsonValue(tcpStateName(*state)) : QJsonValue(QJsonValue::Null));
        }
        notes = toJson(observation->notes);
        if (!observation->simulatedReason.isEmpty())
            o.insert(QStringLiteral("live_simulated"), observation->simulatedReason);
        if (!observation->bindResult.isEmpty())
            o.insert(QStringLiteral("kernel_bind"), observation->bindResult);
        if (!observation->realCall.isEmpty())
            o.insert(QStringLiteral("real_call"), observation->realCall);
        if (!observation->error.isEmpty())
            o.insert(QStringLiteral("live_error"), observation->error);
    }
    o.insert(QStringLiteral("endpoints"), observation ? toJson(observation->endpoints) : QJsonObject());
    o.insert(QStringLiteral("kernel_states"), kernel);
    o.insert(QStringLiteral("kernel_notes"), notes);
    o.insert(QStringLiteral("agree"), observation && observation->agree ? QJsonValue(*observation->agree)
                                                                       : QJsonValue(QJsonValue::Null));
    if (observation) {
        o.insert(QStringLiteral("captured"), capturedJson(*observation));
        QJsonArray notes;
        for (const RealSegmentNotes::Note &note : RealSegmentNotes::explain(scenario, observations, index))
            notes.append(QJsonObject{{QStringLiteral("topic"), note.topic}, {QStringLiteral("text"), note.text}});
        o.insert(QStringLiteral("captured_notes"), notes);
    }
}

} // namespace

int runRunCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), tr("Write one JSON object per step (JSON Lines)."));
    const QCommandLineOption live(QStringLiteral("live"),
                                  tr("Perform it with real sockets on 127.0.0.1 and show the kernel's states."));
    const QCommandLineOption pcap(QStringLiteral("pcap"),
                                  tr("With --live: save the real segments captured on loopback to this pcap file "
                                     "(needs root or CAP_NET_RAW)."),
                                  QStringLiteral("FILE"));
    parser.addOption(json);
    parser.addOption(live);
    parser.addOption(pcap);
    parser.addOption(seedOption());
    parser.addOption(mslOption());
    parser.addOptions(lanOptions());
    if (!parseArguments(parser, QStringLiteral("run"), args, err))
        return BadInput;
    if (parser.isSet(pcap) && !parser.isSet(live)) {
        err << tr("netsteps-cli run: --pcap needs --live (for the modelled frames use netsteps-cli export)")
            << Qt::endl;
        return BadInput;
    }
    const std::optional<Scenario> scenario = buildFromOptions(parser, QStringLiteral("run"), err, parser.isSet(live));
    if (!scenario)
        return BadInput;

    QList<LiveObservation> observations;
    LiveRun liveRun;
    bool disagreed = false;
    if (parser.isSet(live)) {
        const ScenarioInfo *info = ScenarioRegistry::find(scenario->id);
        if (!info->isLiveCapable()) {
            err << tr("netsteps-cli run: %1 cannot run live: %2").arg(scenario->id, info->simulatedOnlyReason())
                << Qt::endl;
            return BadInput;
        }
        {
            const LiveSession probe(*scenario);
            if (!probe.isAvailable()) {
                err << tr("netsteps-cli run: live mode is not available here: %1").arg(probe.unavailableReason())
                    << Qt::endl;
                return NotAvailable;
            }
            QString why;
            if (parser.isSet(pcap) && !LiveSession::canCapture(&why)) {
                err << tr("netsteps-cli run: cannot capture the real segments: %1").arg(why) << Qt::endl;
                return NotAvailable;
            }
        }
        liveRun = runLive(*scenario);
        observations = liveRun.observations;
        if (parser.isSet(pcap)) {
            QString error;
            if (!writePcap(parser.value(pcap), observations, &error)) {
                err << tr("netsteps-cli run: cannot write '%1': %2").arg(parser.value(pcap), error) << Qt::endl;
                return Failed;
            }
            // A capture that lost segments is saved all the same, but the run did not do its work.
            if (!liveRun.captured || !liveRun.captureStatus.isEmpty()) {
                err << tr("netsteps-cli run: the capture in '%1' is incomplete: %2")
                           .arg(parser.value(pcap), liveRun.captureStatus)
                    << Qt::endl;
                disagreed = true;
            }
        }
        if (observations.size() < scenario->stepCount()) {
            err << tr("netsteps-cli run: the live run stopped after %1 of %2 steps").arg(observations.size()).arg(scenario->stepCount())
                << Qt::endl;
            disagreed = true;
        }
        for (const LiveObservation &o : observations)
            disagreed = disagreed || (o.agree && !*o.agree) || !o.error.isEmpty();
    }
    const auto observationOf = [&](int step) -> const LiveObservation * {
        for (const LiveObservation &o : observations) {
            if (o.step == step)
                return &o;
        }
        return nullptr;
    };
    const int status = disagreed ? Failed : Success;

    if (parser.isSet(json)) {
        // JSON stays in English for programs that read it; another language is added beside it.
        const QString language = currentLanguage();
        QStringList captions;
        QStringList events;
        QStringList layers;
        for (int i = 0; language != QLatin1String("en") && i < scenario->stepCount(); ++i) {
            captions.append(Narrator::caption(*scenario, i));
            events.append(Narrator::eventTitle(*scenario, i));
            layers.append(Narrator::layer(*scenario, i));
        }
        installTranslations(QStringLiteral("en"));
        for (int i = 0; i < scenario->stepCount(); ++i) {
            QJsonObject o = stepJson(*scenario, i);
            if (!captions.isEmpty()) {
                o.insert(QStringLiteral("caption_localized"), captions.at(i));
                o.insert(QStringLiteral("event_localized"), events.at(i));
                o.insert(QStringLiteral("layer_localized"), layers.at(i));
            }
            if (parser.isSet(live))
                addLiveFields(o, *scenario, observations, i);
            out << QJsonDocument(o).toJson(QJsonDocument::Compact) << '\n';
        }
        installTranslations(language);
        return status;
    }
    if (const ScenarioInfo *info = ScenarioRegistry::find(scenario->id); parser.isSet(live) && info->liveNoteSource)
        out << tr("Live: %1").arg(info->liveNote()) << "\n\n";
    if (parser.isSet(live)) {
        out << (liveRun.captured ? tr("Real segments: captured on the loopback interface.")
                                 : tr("Real segments: not captured. %1").arg(liveRun.captureStatus));
        if (liveRun.captured && !liveRun.captureStatus.isEmpty())
            out << ' ' << liveRun.captureStatus;
        out << "\n\n";
    }
    for (int i = 0; i < scenario->stepCount(); ++i) {
        const Step &step = scenario->step(i);
        out << QStringLiteral("[%1] %2  %3").arg(i, 2).arg(formatTime(step.timeMs), 10).arg(Narrator::eventTitle(*scenario, i))
            << '\n';
        if (scenario->stage != Scenario::Stage::Ladder) {
            writeLanStep(out, *scenario, i);
            out << "     " << Narrator::caption(*scenario, i) << "\n\n";
            continue;
        }
        QStringList states;
        for (const TcpControlBlock &tcb : step.state.endpoints)
            states.append(QStringLiteral("%1=%2").arg(tcb.name, tcpStateName(tcb.state)));
        for (const UdpSocketState &socket : step.state.udpSockets)
            states.append(tr("%1=UDP (no connection state)").arg(socket.name));
        out << "     " << tr("model: ") << states.join(QStringLiteral("  ")) << '\n';
        if (const LiveObservation *o = observationOf(i)) {
            QStringList kernel;
            for (const TcpControlBlock &tcb : step.state.endpoints) {
                const std::optional<TcpState> state = o->kernelStates.value(tcb.name);
                kernel.append(QStringLiteral("%1=%2").arg(tcb.name, state ? tcpStateName(*state) : tr("(not observable)")));
            }
            if (!o->simulatedReason.isEmpty()) {
                out << "     " << tr("kernel: (simulated only) %1").arg(o->simulatedReason) << '\n';
                out << "     " << Narrator::caption(*scenario, i) << "\n\n";
                continue;
            }
            const QString mark = !o->agree ? QString() : *o->agree ? tr("agrees") : tr("DISAGREES");
            out << "     " << tr("kernel: ") << kernel.join(QStringLiteral("  ")) << "  " << mark << '\n';
            if (!o->bindResult.isEmpty())
                out << "       " << tr("real bind(): %1").arg(o->bindResult) << '\n';
            if (!o->realCall.isEmpty())
                out << "       " << tr("real call: %1").arg(o->realCall) << '\n';
            for (const QJsonValue &value : capturedJson(*o)) {
                const QJsonObject frame = value.toObject();
                out << "       "
                    << tr("real segment %1 → %2: %3")
                           .arg(frame.value(QStringLiteral("from")).toString(), frame.value(QStringLiteral("to")).toString(),
                                frame.value(QStringLiteral("info")).toString());
                if (frame.value(QStringLiteral("window")).isDouble())
                    out << ' ' << tr("(window %1 bytes)").arg(qint64(frame.value(QStringLiteral("window")).toDouble()));
                out << '\n';
            }
            for (const RealSegmentNotes::Note &note :
                 RealSegmentNotes::explain(*scenario, observations, o - observations.constData()))
                out << "       " << tr("real segments, %1: %2").arg(note.topic, note.text) << '\n';
            for (auto it = o->notes.cbegin(); it != o->notes.cend(); ++it)
                out << "       " << it.key() << ": " << it.value() << '\n';
            if (!o->error.isEmpty())
                out << "       " << o->error << '\n';
        }
        out << "     " << Narrator::caption(*scenario, i) << "\n\n";
    }
    return status;
}

int runExportCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QCommandLineOption pcap(QStringLiteral("pcap"), tr("Write the frames to this pcap file."),
                                  QStringLiteral("FILE"));
    parser.addOption(pcap);
    parser.addOption(seedOption());
    parser.addOption(mslOption());
    parser.addOptions(lanOptions());
    if (!parseArguments(parser, QStringLiteral("export"), args, err))
        return BadInput;
    if (!parser.isSet(pcap)) {
        err << tr("netsteps-cli export: --pcap FILE is required") << Qt::endl;
        return BadInput;
    }
    const std::optional<Scenario> scenario = buildFromOptions(parser, QStringLiteral("export"), err);
    if (!scenario)
        return BadInput;

    const QList<std::pair<qint64, QByteArray>> records = scenario->captureRecords();
    if (records.isEmpty()) {
        err << tr("netsteps-cli export: %1 puts no frame on the wire, so there is nothing to export; "
                  "netsteps-cli run %1 shows its steps")
                   .arg(scenario->id)
            << Qt::endl;
        return BadInput;
    }
    QSaveFile file(parser.value(pcap));
    if (!file.open(QIODevice::WriteOnly)) {
        err << tr("netsteps-cli export: cannot write '%1': %2").arg(parser.value(pcap), file.errorString()) << Qt::endl;
        return Failed;
    }
    file.write(PcapWriter::toBytes(records));
    if (!file.commit()) {
        err << tr("netsteps-cli export: cannot write '%1': %2").arg(parser.value(pcap), file.errorString()) << Qt::endl;
        return Failed;
    }
    // A LAN scenario's capture is taken on the sender's link, as Wireshark on A1 would see it.
    if (scenario->topology)
        out << tr("Wrote %n frame(s) of %1, as captured on %2's link, to %3", nullptr, int(records.size()))
                   .arg(scenario->id, scenario->topology->stations.constFirst().name, parser.value(pcap));
    else
        out << tr("Wrote %n frame(s) of %1 to %2", nullptr, int(records.size())).arg(scenario->id, parser.value(pcap));
    out << Qt::endl;
    return Success;
}

} // namespace NetSteps::Cli
