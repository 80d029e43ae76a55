#include "realsegmentnotes.h"

#include "framecodec.h"
#include "tcpendpoint.h"
#include "tcpflags.h"

#include <QHash>
#include <QSet>

namespace NetSteps {

namespace {

struct RealSegment
{
    const CapturedFrame *captured = nullptr;
    TcpHeader tcp;
    qsizetype payloadLength = 0;
};

QList<RealSegment> decodeAll(const QList<CapturedFrame> &frames)
{
    QList<RealSegment> segments;
    for (const CapturedFrame &frame : frames) {
        const Parsed<Frame> decoded = FrameCodec::decode(frame.bytes);
        if (decoded && decoded->tcp)
            segments.append({&frame, *decoded->tcp, decoded->payload.size()});
    }
    return segments;
}

// The options the model announces in a SYN (those of its first SYN, or the model's defaults
// when the lesson starts after the handshake).
TcpOptions modelledSynOptions(const Scenario &scenario)
{
    for (const Transmission &t : scenario.transmissions) {
        if (t.frame.tcp && t.frame.tcp->flags.testFlag(TcpFlag::Syn))
            return t.frame.tcp->options;
    }
    TcpOptions options;
    options.mss = TcpEndpoint::mss;
    options.windowScale = TcpEndpoint::windowScale;
    options.sackPermitted = true;
    return options;
}

// A segment after the handshake whose window field is scaled.
bool hasScaledWindow(const QList<RealSegment> &segments)
{
    for (const RealSegment &segment : segments) {
        if (!segment.tcp.flags.testFlag(TcpFlag::Syn) && segment.captured->window > segment.tcp.window)
            return true;
    }
    return false;
}

} // namespace

QList<RealSegmentNotes::Note> RealSegmentNotes::explain(const Scenario &scenario, const QList<LiveObservation> &observations,
                                      qsizetype index)
{
    if (index < 0 || index >= observations.size())
        return {};
    const LiveObservation &observation = observations.at(index);
    const QList<RealSegment> segments = decodeAll(observation.captured);
    if (segments.isEmpty())
        return {};
    QList<Note> notes;

    // The handshake: ISNs and the options Linux announces on loopback.
    QStringList isns;
    const TcpHeader *realSyn = nullptr;
    for (const RealSegment &segment : segments) {
        if (segment.tcp.flags.testFlag(TcpFlag::Syn)) {
            isns.append(QString::number(segment.tcp.seq));
            if (!realSyn)
                realSyn = &segment.tcp;
        }
    }
    isns.removeDuplicates(); // a resent SYN carries the same ISN
    if (!isns.isEmpty()) {
        notes.append({tr("random ISNs"),
                      tr("The real initial sequence numbers (%1) are random: Linux computes each from a secret hash "
                         "of the two addresses and ports plus a clock (RFC 6528), so no two connections start alike; "
                         "the model draws its own from the lesson's seed.")
                          .arg(isns.join(QStringLiteral(", ")))});
    }
    if (realSyn) {
        const TcpOptions &real = realSyn->options;
        const TcpOptions model = modelledSynOptions(scenario);
        if (real.mss && real.mss != model.mss) {
            notes.append({tr("MSS %1").arg(*real.mss),
                          tr("MSS %1: loopback's MTU is 65536 bytes, so the kernel offers almost that much per "
                             "segment; the model uses %2, from Ethernet's 1500-byte MTU minus 40 bytes of IPv4 and "
                             "TCP headers.")
                              .arg(*real.mss)
                              .arg(model.mss.value_or(TcpEndpoint::mss))});
        }
        if (real.timestamps && !model.timestamps) {
            notes.append({tr("timestamps"),
                          tr("Linux adds the timestamp option (TSval, TSecr; RFC 7323) to measure round trips and to "
                             "tell old segments from new ones after the sequence numbers wrap; the model leaves it "
                             "out to keep its segments short.")});
        }
        if (real.windowScale && real.windowScale != model.windowScale) {
            notes.append({tr("window scale %1").arg(*real.windowScale),
                          tr("Window scale %1 (×%2): Linux chooses it from the largest receive buffer it may grow "
                             "to; the model uses %3 (×%4).")
                              .arg(*real.windowScale)
                              .arg(qint64(1) << *real.windowScale)
                              .arg(model.windowScale.value_or(0))
                              .arg(qint64(1) << model.windowScale.value_or(0))});
        }
    }

    // Windows after the handshake: the header field means more than it says (said once).
    bool windowExplained = false;
    for (qsizetype i = 0; i < index; ++i)
        windowExplained = windowExplained || hasScaledWindow(decodeAll(observations.at(i).captured));
    for (const RealSegment &segment : windowExplained ? QList<RealSegment>() : segments) {
        const qint64 window = segment.captured->window;
        if (!segment.tcp.flags.testFlag(TcpFlag::Syn) && window > segment.tcp.window) {
            notes.append({tr("scaled windows"),
                          tr("The window field reads %1 but means %2 bytes: after the handshake it is scaled by the "
                             "factor both sides agreed on in their SYNs.")
                              .arg(segment.tcp.window)
                              .arg(window)});
            break;
        }
    }

    // A FIN that is the first to acknowledge the peer's FIN: the ACK waited and rode on it, and
    // the close took three segments.
    QHash<QString, quint32> finSeq; // sender → the sequence number of its FIN
    QSet<QString> finAcknowledged;  // senders whose FIN the peer has acknowledged
    for (qsizetype i = 0; i <= index; ++i) {
        const QList<RealSegment> earlier = i == index ? segments : decodeAll(observations.at(i).captured);
        for (const RealSegment &segment : earlier) {
            const QString &from = segment.captured->from;
            const QString &to = segment.captured->to;
            const bool fin = segment.tcp.flags.testFlag(TcpFlag::Fin);
            const bool acksPeerFin = finSeq.contains(to) && segment.tcp.flags.testFlag(TcpFlag::Ack)
                && segment.tcp.ack == finSeq.value(to) + 1;
            if (i == index && fin && acksPeerFin && !finAcknowledged.contains(to)) {
                notes.append({tr("the ACK rode on the FIN"),
                              tr("The %1's FIN also acknowledges the %2's FIN: its ACK waited (delayed ACK) and rode "
                                 "on the FIN, so this close takes three segments instead of four.")
                                  .arg(from, to)});
            }
            if (acksPeerFin)
                finAcknowledged.insert(to);
            if (fin && !from.isEmpty())
                finSeq.insert(from, segment.tcp.seq + quint32(segment.payloadLength));
        }
    }

    // Loopback delivers in microseconds: what the model spreads over the next steps happens now.
    const Step &step = scenario.step(observation.step);
    const bool causedByThisStep = step.kind == Step::Kind::SocketCall || step.kind == Step::Kind::Timer;
    if (step.kind == Step::Kind::Initial) {
        notes.append({tr("set up before the lesson"),
                      tr("These segments set the connection up for real before the lesson starts, where the model "
                         "begins with it already ESTABLISHED.")});
    } else if (causedByThisStep && segments.size() > step.sent.size()) {
        notes.append({tr("all at once on loopback"),
                      tr("On loopback a segment arrives within microseconds, so the kernels exchanged %n segment(s) "
                         "during this step; the model shows the ones it has not sent yet in the steps that follow.",
                         nullptr, int(segments.size()))});
    }
    return notes;
}

} // namespace NetSteps
