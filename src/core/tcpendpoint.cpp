#include "tcpendpoint.h"

namespace NetSteps {

namespace {

bool hasSentFin(TcpState state)
{
    return state == TcpState::FinWait1 || state == TcpState::Closing || state == TcpState::LastAck;
}

// Sequence space a segment occupies: its data, plus one each for SYN and FIN (RFC 9293 3.4).
quint32 segmentLength(const TcpHeader &segment, qsizetype payloadLength)
{
    return quint32(payloadLength) + (segment.flags.testFlag(TcpFlag::Syn) ? 1 : 0)
        + (segment.flags.testFlag(TcpFlag::Fin) ? 1 : 0);
}

} // namespace

TcpEvent TcpEndpoint::classify(const TcpControlBlock &tcb, const TcpHeader &segment, qsizetype payloadLength)
{
    const TcpFlags f = segment.flags;
    const bool ack = f.testFlag(TcpFlag::Ack);
    if (f.testFlag(TcpFlag::Rst)) {
        if (tcb.state == TcpState::SynSent)
            return ack && segment.ack == tcb.sndNxt ? TcpEvent::RcvRstAck : TcpEvent::RcvRst;
        return TcpEvent::RcvRst;
    }
    if (tcb.state == TcpState::Closed || tcb.state == TcpState::Listen) {
        // 3.10.7.1/3.10.7.2: any acknowledgment is unacceptable here, whatever else is set.
        if (ack)
            return TcpEvent::RcvAck;
        if (f.testFlag(TcpFlag::Syn))
            return TcpEvent::RcvSyn;
        // Neither SYN nor ACK: answered with RST,ACK when closed, dropped by a listener.
        return f.testFlag(TcpFlag::Fin) ? TcpEvent::RcvFin : TcpEvent::RcvData;
    }
    // 3.10.7.4 fourth check: in a synchronized state any SYN, a retransmitted SYN,ACK included, is
    // not a new connection and gets a challenge ACK.
    if (f.testFlag(TcpFlag::Syn))
        return ack && !isSynchronized(tcb.state) ? TcpEvent::RcvSynAck : TcpEvent::RcvSyn;
    const bool acksOurFin = ack && hasSentFin(tcb.state) && segment.ack == tcb.sndNxt;
    if (f.testFlag(TcpFlag::Fin))
        return acksOurFin && tcb.state == TcpState::FinWait1 ? TcpEvent::RcvFinAckOfFin : TcpEvent::RcvFin;
    if (tcb.state == TcpState::SynReceived && ack && segment.ack == tcb.sndNxt)
        return TcpEvent::RcvAckOfSyn;
    if (acksOurFin)
        return TcpEvent::RcvAckOfFin;
    if (payloadLength == 0 && ack && segment.seq == tcb.rcvNxt - 1)
        return TcpEvent::RcvKeepaliveProbe;
    return payloadLength > 0 ? TcpEvent::RcvData : TcpEvent::RcvAck;
}

bool TcpEndpoint::isSynchronized(TcpState state)
{
    return state != TcpState::Closed && state != TcpState::Listen && state != TcpState::SynSent
        && state != TcpState::SynReceived;
}

TcpEndpoint::Outcome TcpEndpoint::call(TcpEvent event, const QByteArray &data)
{
    return apply(event, nullptr, data);
}

TcpEndpoint::Outcome TcpEndpoint::receive(const TcpHeader &segment, const QByteArray &payload)
{
    return apply(classify(m_tcb, segment, payload.size()), &segment, payload);
}

TcpEndpoint::Outcome TcpEndpoint::timeout(TcpEvent event)
{
    return apply(event, nullptr, {});
}

TcpEndpoint::Outcome TcpEndpoint::apply(TcpEvent event, const TcpHeader *incoming, const QByteArray &data)
{
    Outcome outcome;
    outcome.event = event;
    outcome.from = m_tcb.state;
    outcome.row = TcpTransitionTable::find(m_tcb.state, event, m_tcb.passiveOpen);
    if (!outcome.row)
        return outcome;

    if (event == TcpEvent::PassiveOpen)
        m_tcb.passiveOpen = true;
    if (incoming && m_tcb.state != TcpState::Closed)
        absorb(event, *incoming, data);

    if (outcome.row->reply != TcpReply::None)
        outcome.segment = build(outcome.row->reply, event, incoming, data, &outcome.payload);
    m_tcb.state = outcome.row->to;
    return outcome;
}

// Updates the receive and send variables for an arriving segment (RFC 9293 3.10.7).
void TcpEndpoint::absorb(TcpEvent event, const TcpHeader &segment, const QByteArray &payload)
{
    switch (event) {
    case TcpEvent::RcvSyn:
        // A SYN opens the receive side only in LISTEN and SYN-SENT; in a synchronized state it
        // changes nothing (it gets a challenge ACK).
        if (m_tcb.state == TcpState::Listen)
            m_tcb.peerPort = segment.sourcePort;
        if (m_tcb.state == TcpState::Listen || m_tcb.state == TcpState::SynSent) {
            m_tcb.irs = segment.seq;
            m_tcb.rcvNxt = segment.seq + 1;
        }
        return;
    case TcpEvent::RcvSynAck:
        m_tcb.irs = segment.seq;
        m_tcb.rcvNxt = segment.seq + 1;
        m_tcb.sndUna = segment.ack;
        return;
    case TcpEvent::RcvRst:
    case TcpEvent::RcvRstAck:
        return;
    default:
        break;
    }
    if (segment.flags.testFlag(TcpFlag::Ack)) {
        const quint32 acked = segment.ack - m_tcb.sndUna;
        const quint32 outstanding = m_tcb.sndNxt - m_tcb.sndUna;
        if (acked > 0 && acked <= outstanding) {
            m_tcb.sndUna = segment.ack;
            m_tcb.unacknowledged.remove(0, qMin<qsizetype>(acked, m_tcb.unacknowledged.size()));
        }
    }
    if (segment.seq == m_tcb.rcvNxt && !payload.isEmpty()) {
        m_tcb.received.append(payload);
        m_tcb.rcvNxt += quint32(payload.size());
    }
    if (segment.flags.testFlag(TcpFlag::Fin) && segment.seq + quint32(payload.size()) == m_tcb.rcvNxt) {
        m_tcb.rcvNxt += 1;
        m_tcb.finReceived = true;
    }
}

TcpHeader TcpEndpoint::header(quint32 seq, quint32 ack, TcpFlags flags) const
{
    TcpHeader h;
    h.sourcePort = m_tcb.port;
    h.destinationPort = m_tcb.peerPort;
    h.seq = seq;
    h.ack = ack;
    h.flags = flags;
    h.window = flags.testFlag(TcpFlag::Syn) ? synWindow : scaledWindow;
    if (flags.testFlag(TcpFlag::Syn)) {
        h.options.mss = mss;
        h.options.sackPermitted = true;
        h.options.windowScale = windowScale;
    }
    return h;
}

TcpHeader TcpEndpoint::build(TcpReply reply, TcpEvent event, const TcpHeader *incoming, const QByteArray &data,
                             QByteArray *payloadOut)
{
    const bool retransmission = event == TcpEvent::TimeoutRetransmission;
    switch (reply) {
    case TcpReply::Syn:
        m_tcb.sndUna = m_tcb.iss;
        m_tcb.sndNxt = m_tcb.iss + 1;
        return header(m_tcb.iss, 0, TcpFlag::Syn);
    case TcpReply::SynAck:
        m_tcb.sndUna = m_tcb.iss;
        m_tcb.sndNxt = m_tcb.iss + 1;
        return header(m_tcb.iss, m_tcb.rcvNxt, TcpFlag::Syn | TcpFlag::Ack);
    case TcpReply::Ack:
        return header(m_tcb.sndNxt, m_tcb.rcvNxt, TcpFlag::Ack);
    case TcpReply::Data:
        if (retransmission) {
            *payloadOut = m_tcb.unacknowledged;
            return header(m_tcb.sndUna, m_tcb.rcvNxt, TcpFlag::Psh | TcpFlag::Ack);
        } else {
            *payloadOut = data;
            const quint32 seq = m_tcb.sndNxt;
            m_tcb.sndNxt += quint32(data.size());
            m_tcb.unacknowledged.append(data);
            return header(seq, m_tcb.rcvNxt, TcpFlag::Psh | TcpFlag::Ack);
        }
    case TcpReply::Fin:
        if (retransmission)
            return header(m_tcb.sndNxt - 1, m_tcb.rcvNxt, TcpFlag::Fin | TcpFlag::Ack);
        m_tcb.sndNxt += 1;
        return header(m_tcb.sndNxt - 1, m_tcb.rcvNxt, TcpFlag::Fin | TcpFlag::Ack);
    case TcpReply::Rst: {
        // 3.10.7.1: a reply to a segment with ACK takes its seq from that ACK; an ABORT uses SND.NXT.
        TcpHeader h = header(incoming ? incoming->ack : m_tcb.sndNxt, 0, TcpFlag::Rst);
        if (incoming) {
            h.sourcePort = incoming->destinationPort;
            h.destinationPort = incoming->sourcePort;
        }
        h.window = 0;
        return h;
    }
    case TcpReply::KeepaliveProbe:
        // RFC 1122 4.2.3.6: one byte below SND.NXT, so the peer must answer with an ACK.
        return header(m_tcb.sndNxt - 1, m_tcb.rcvNxt, TcpFlag::Ack);
    case TcpReply::RstAck: {
        // 3.10.7.1: <SEQ=0><ACK=SEG.SEQ+SEG.LEN><CTL=RST,ACK>; an abort (Linux) uses SND.NXT and RCV.NXT.
        TcpHeader h = header(m_tcb.sndNxt, m_tcb.rcvNxt, TcpFlag::Rst | TcpFlag::Ack);
        if (incoming) {
            h.seq = 0;
            h.sourcePort = incoming->destinationPort;
            h.destinationPort = incoming->sourcePort;
            h.ack = incoming->seq + segmentLength(*incoming, data.size());
        }
        h.window = 0;
        return h;
    }
    case TcpReply::None:
        break;
    }
    return {};
}

} // namespace NetSteps
