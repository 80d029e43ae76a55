#include "tcptransitiontable.h"

#include <QCoreApplication>

namespace NetSteps {

namespace {

using S = TcpState;
using E = TcpEvent;
using R = TcpReply;
using G = TcpGuard;
using T = TcpTimerAction;

const QList<TcpTransition> table = {
    // --- CLOSED -------------------------------------------------------------------------
    // 3.10.1 OPEN call, passive: wait for a connection request.
    {S::Closed, E::PassiveOpen, G::None, S::Listen, R::None, T::None, "3.10.1",
     QT_TRANSLATE_NOOP("NetSteps::TcpTransitionTable", "A passive OPEN creates a listening socket; nothing is sent until a SYN arrives.")},
    // 3.10.1 OPEN call, active: send SYN with the initial sequence number.
    {S::Closed, E::ActiveOpen, G::None, S::SynSent, R::Syn, T::None, "3.10.1",
     QT_TRANSLATE_NOOP("NetSteps::TcpTransitionTable", "An active OPEN sends a SYN carrying the initial sequence number; the SYN itself consumes one sequence number.")},
    // 3.10.7.1 a segment arrives at a closed port: SYN without ACK is answered <SEQ=0><ACK=SEG.SEQ+SEG.LEN><CTL=RST,ACK>.
    {S::Closed, E::RcvSyn, G::None, S::Closed, R::RstAck, T::None, "3.10.7.1",
     QT_TRANSLATE_NOOP("NetSteps::TcpTransitionTable", "No socket listens on this port, so the SYN is refused with RST,ACK; the ack number is the SYN's seq + 1 (the SYN counts as one). The client sees 'Connection refused'.")},
    // 3.10.7.1 a segment with ACK arrives at a closed port: <SEQ=SEG.ACK><CTL=RST>.
    {S::Closed, E::RcvAck, G::None, S::Closed, R::Rst, T::None, "3.10.7.1",
     QT_TRANSLATE_NOOP("NetSteps::TcpTransitionTable", "A segment for a connection that does not exist is answered with RST, seq = the segment's ack number.")},
    // 3.10.7.1: any other segment without ACK at a closed port: <SEQ=0><ACK=SEG.SEQ+SEG.LEN><CTL=RST,ACK>.
    {S::Closed, E::RcvFin, G::None, S::Closed, R::RstAck, T::None, "3.10.7.1",
     QT_TRANSLATE_NOOP("NetSteps::TcpTransitionTable", "A segment for a connection that does not exist is answered with RST,ACK, ack = its seq + its length.")},
    {S::Closed, E::RcvData, G::None, S::Closed, R::RstAck, T::None, "3.10.7.1",
     QT_TRANSLATE_NOOP("NetSteps::TcpTransitionTable", "A segment for a connection that does not exist is answered with RST,ACK, ack = its seq + its length.")},
    // 3.10.7.1 an incoming RST at a closed port is discarded.
    {S::Closed, E::RcvRst, G::None, S::Closed, R::None, T::None, "3.10.7.1",
     QT_TRANSLATE_NOOP("NetSteps::TcpTransitionTable", "An RST for a connection that does not exist is discarded.")},

    // --- LISTEN -------------------------------------------------------------------------
    // 3.10.7.2 SYN in LISTEN: record IRS, answer <SEQ=ISS><ACK=RCV.NXT><CTL=SYN,ACK>.
    {S::Listen, E::RcvSyn, G::None, S::SynReceived, R::SynAck, T::None, "3.10.7.2",
     QT_TRANSLATE_NOOP("NetSteps::TcpTransitionTable", "The listener answers a SYN with SYN,ACK: its own initial sequence number, and ack = the client's ISN + 1.")},
    // 3.10.7.2 an ACK in LISTEN is answered with <SEQ=SEG.ACK><CTL=RST>.
    {S::Listen, E::RcvAck, G::None, S::Listen, R::Rst, T::None, "3.10.7.2",
     QT_TRANSLATE_NOOP("NetSteps::TcpTransitionTable", "An ACK cannot be acceptable in LISTEN (nothing was sent), so it is answered with RST.")},
    // 3.10.7.2 an RST in LISTEN is ignored.
    {S::Listen, E::RcvRst, G::None, S::Listen, R::None, T::None, "3.10.7.2",
     QT_TRANSLATE_NOOP("NetSteps::TcpTransitionTable", "An RST in LISTEN is ignored.")},
    // 3.10.2 SEND call in LISTEN: the connection becomes active and sends SYN.
    {S::Listen, E::Send, G::None, S::SynSent, R::Syn, T::None, "3.10.2",
     QT_TRANSLATE_NOOP("NetSteps::TcpTransitionTable", "Sending on a listening connection with a known peer turns it into an active open: a SYN is sent.")},
    // 3.10.4 CLOSE call in LISTEN: delete the TCB.
    {S::Listen, E::Close, G::None, S::Closed, R::None, T::None, "3.10.4",
     QT_TRANSLATE_NOOP("NetSteps::TcpTransitionTable", "Closing a listening socket deletes it; no segment is sent.")},
    // 3.10.5 ABORT call in LISTEN: delete the TCB.
    {S::Listen, E::Abort, G::None, S::Closed, R::None, T::None, "3.10.5",
     QT_TRANSLATE_NOOP("NetSteps::TcpTransitionTable", "Aborting a listening socket deletes it; no segment is sent.")},

    // --- SYN-SENT -----------------------------------------------------------------------
    // 3.10.7.3 SYN,ACK acknowledging our SYN: ESTABLISHED, send <SEQ=SND.NXT><ACK=RCV.NXT><CTL=ACK>.
    {S::SynSent, E::RcvSynAck, G::None, S::Established, R::Ack, T::None, "3.10.7.3",
     QT_TRANSLATE_NOOP("NetSteps::TcpTransitionTable", "The SYN,ACK acknowledges our SYN, so the connection is established; the ACK sent back has ack = the server's ISN + 1.")},
    // 3.10.7.3 SYN without ACK: simultaneous open, send <SEQ=ISS><ACK=RCV.NXT><CTL=SYN,ACK>.
    {S::SynSent, E::RcvSyn, G::None, S::SynReceived, R::SynAck, T::None, "3.10.7.3",
     QT_TRANSLATE_NOOP("NetSteps::TcpTransitionTable", "A SYN without ACK while our own SYN is outstanding is a simultaneous open: answer SYN,ACK and wait for its acknowledgment.")},
    // 3.10.7.3 RST,ACK acknowledging our SYN: the connection is refused.
    {S::SynSent, E::RcvRstAck, G::None, S::Closed, R::None, T::None, "3.10.7.3",
     QT_TRANSLATE_NOOP("NetSteps::TcpTransitionTable", "An acceptable RST,ACK means nobody listens on that port: connect() fails with 'Connection refused' (ECONNREFUSED).")},
    // 3.10.7.3 RST without an acceptable ACK in SYN-SENT is dropped.
    {S::SynSent, E::RcvRst, G::None, S::SynSent, R::None, T::None, "3.10.7.3",
     QT_TRANSLATE_NOOP("NetSteps::TcpTransitionTable", "An RST that does not acknowledge our SYN could be forged or stale, so it is dropped.")},
    // 3.10.4 CLOSE call in SYN-SENT: delete the TCB.
    {S::SynSent, E::Close, G::None, S::Closed, R::None, T::None, "3.10.4",
     QT_TRANSLATE_NOOP("NetSteps::TcpTransitionTable", "Closing before the handshake completes deletes the connection; nothing is sent.")},
    // 3.10.5 ABORT call in SYN-SENT: delete the TCB.
    {S::SynSent, E::Abort, G::None, S::Closed, R::None, T::None, "3.10.5",
     QT_TRANSLATE_NOOP("NetSteps::TcpTransitionTable", "Aborting before the handshake completes deletes the connection; nothing is sent.")},
    // 3.10.8 retransmission timeout: resend the SYN.
    {S::SynSent, E::TimeoutRetransmission, G::None, S::SynSent, R::Syn, T::None, "3.10.8",
     QT_TRANSLATE_NOOP("NetSteps::TcpTransitionTable", "No SYN,ACK arrived before the retransmission timeout, so the SYN is sent again with the same sequence number.")},

    // --- SYN-RECEIVED -------------------------------------------------------------------
    // 3.10.7.4 fifth check: an ACK of our SYN moves SYN-RECEIVED to ESTABLISHED.
    {S::SynReceived, E::RcvAckOfSyn, G::None, S::Established, R::None, T::None, "3.10.7.4",
     QT_TRANSLATE_NOOP("NetSteps::TcpTransitionTable", "The ACK acknowledges our SYN: the connection is established and accept() can return it.")},
    // 3.5 Figure 7 (simultaneous open): the peer's SYN,ACK acknowledges our SYN; no reply is needed.
    {S::SynReceived, E::RcvSynAck, G::None, S::Established, R::None, T::None, "3.5",
     QT_TRANSLATE_NOOP("NetSteps::TcpTransitionTable", "In a simultaneous open the peer's SYN,ACK acknowledges our SYN: the connection is established, and the SYN,ACK we sent acknowledges the peer's.")},
    // 3.10.7.4 second check: RST in SYN-RECEIVED after a passive OPEN returns to LISTEN.
    {S::SynReceived, E::RcvRst, G::PassiveOpen, S::Listen, R::None, T::None, "3.10.7.4",
     QT_TRANSLATE_NOOP("NetSteps::TcpTransitionTable", "An RST in SYN-RECEIVED of a passively opened connection returns it to LISTEN.")},
    // 3.10.7.4 second check: RST in SYN-RECEIVED after an active OPEN: connection refused.
    {S::SynReceived, E::RcvRst, G::ActiveOpen, S::Closed, R::None, T::None, "3.10.7.4",
     QT_TRANSLATE_NOOP("NetSteps::TcpTransitionTable", "An RST in SYN-RECEIVED of an actively opened connection means the connection was refused.")},
    // 3.10.7.4 eighth check: FIN in SYN-RECEIVED enters CLOSE-WAIT.
    {S::SynReceived, E::RcvFin, G::None, S::CloseWait, R::Ack, T::None, "3.10.7.4",
     QT_TRANSLATE_NOOP("NetSteps::TcpTransitionTable", "A FIN that arrives with the handshake's ACK is acknowledged; the connection goes straight to CLOSE-WAIT.")},
    // 3.10.4 CLOSE call in SYN-RECEIVED: send FIN.
    {S::SynReceived, E::Close, G::None, S::FinWait1, R::Fin, T::None, "3.10.4",
     QT_TRANSLATE_NOOP("NetSteps::TcpTransitionTable", "Closing in SYN-RECEIVED sends a FIN and enters FIN-WAIT-1.")},
    // 3.10.5 ABORT call in SYN-RECEIVED: send RST.
    {S::SynReceived, E::Abort, G::None, S::Closed, R::RstAck, T::None, "3.10.5",
     QT_TRANSLATE_NOOP("NetSteps::TcpTransitionTable", "Aborting sends a reset and deletes the connection. RFC 9293 sends RST alone; Linux sets ACK too (RST,ACK).")},
    // 3.10.8 retransmission timeout: resend the SYN,ACK.
    {S::SynReceived, E::TimeoutRetransmission, G::None, S::SynReceived, R::SynAck, T::None, "3.10.8",
     QT_TRANSLATE_NOOP("NetSteps::TcpTransitionTable", "No ACK arrived before the retransmission timeout, so the SYN,ACK is sent again.")},

    // --- ESTABLISHED --------------------------------------------------------------------
    // 3.10.2 SEND call: segmentize and send with ACK.
    {S::Established, E::Send, G::None, S::Established, R::Data, T::None, "3.10.2",
     QT_TRANSLATE_NOOP("NetSteps::TcpTransitionTable", "Data is sent with seq = SND.NXT; SND.NXT then advances by the data's length.")},
    // 3.10.7.4 seventh check: data arrives, RCV.NXT advances, send ACK.
    {S::Established, E::RcvData, G::None, S::Established, R::Ack, T::None, "3.10.7.4",
     QT_TRANSLATE_NOOP("NetSteps::TcpTransitionTable", "The data is accepted; RCV.NXT advances by its length and an ACK tells the sender what arrived.")},
    // 3.10.7.4 fifth check: an ACK of sent data advances SND.UNA.
    {S::Established, E::RcvAck, G::None, S::Established, R::None, T::None, "3.10.7.4",
     QT_TRANSLATE_NOOP("NetSteps::TcpTransitionTable", "The ACK says what has arrived: if it acknowledges new data, SND.UNA moves up to it and that data no longer needs to be kept for retransmission.")},
    // 3.10.4 CLOSE call: send FIN, enter FIN-WAIT-1.
    {S::Established, E::Close, G::None, S::FinWait1, R::Fin, T::None, "3.10.4",
     QT_TRANSLATE_NOOP("NetSteps::TcpTransitionTable", "close() or shutdown(SHUT_WR) sends FIN (it consumes one sequence number): this side has no more data to send.")},
    // 3.10.7.4 eighth check: FIN arrives, send ACK, enter CLOSE-WAIT.
    {S::Established, E::RcvFin, G::None, S::CloseWait, R::Ack, T::None, "3.10.7.4",
     QT_TRANSLATE_NOOP("NetSteps::TcpTransitionTable", "The peer's FIN is acknowledged (ack = its seq + 1); the application's recv() now returns b'' (end of stream). This side may still send.")},
    // 3.10.7.4 fourth check (RFC 5961 4): a SYN in a synchronized state is answered with a challenge ACK.
    {S::Established, E::RcvSyn, G::None, S::Established, R::Ack, T::None, "3.10.7.4",
     QT_TRANSLATE_NOOP("NetSteps::TcpTransitionTable", "A SYN in a synchronized state is not a new connection: it is answered with a challenge ACK (RFC 5961) and otherwise ignored.")},
    // 3.10.7.4 second check: RST in a synchronized state: connection reset.
    {S::Established, E::RcvRst, G::None, S::Closed, R::None, T::None, "3.10.7.4",
     QT_TRANSLATE_NOOP("NetSteps::TcpTransitionTable", "An acceptable RST resets the connection: the application sees 'Connection reset by peer' (ECONNRESET).")},
    // 3.10.5 ABORT call: send <SEQ=SND.NXT><CTL=RST>; Linux sends RST,ACK (tcp_send_active_reset).
    {S::Established, E::Abort, G::None, S::Closed, R::RstAck, T::None, "3.10.5",
     QT_TRANSLATE_NOOP("NetSteps::TcpTransitionTable", "Aborting (close() with SO_LINGER 0, or with unread data) sends a reset with seq = SND.NXT and deletes the connection at once, with no TIME-WAIT. RFC 9293 sends RST alone; Linux sets ACK too (RST,ACK).")},
    // RFC 1122 4.2.3.6 via RFC 9293 3.8.4: after the keep-alive time idle, probe with <SEQ=SND.NXT-1>.
    {S::Established, E::TimeoutKeepalive, G::None, S::Established, R::KeepaliveProbe, T::None, "3.8.4",
     QT_TRANSLATE_NOOP("NetSteps::TcpTransitionTable", "The connection has been idle for the keep-alive time, so a probe is sent: an ACK with seq = SND.NXT - 1 and no data, which the peer must answer if it is alive.")},
    // 3.10.7.4 first check: an unacceptable segment (the probe's old seq) is answered with an ACK.
    {S::Established, E::RcvKeepaliveProbe, G::None, S::Established, R::Ack, T::None, "3.10.7.4",
     QT_TRANSLATE_NOOP("NetSteps::TcpTransitionTable", "The probe's seq is one below RCV.NXT, an old byte: such a segment is answered with an ACK saying what is really expected. This ACK tells the prober the peer is alive.")},
    // RFC 1122 4.2.3.6: an unanswered probe is followed by another after the keep-alive interval.
    {S::Established, E::TimeoutKeepaliveInterval, G::None, S::Established, R::KeepaliveProbe, T::None, "3.8.4",
     QT_TRANSLATE_NOOP("NetSteps::TcpTransitionTable", "No answer came within the keep-alive interval, so another probe is sent.")},
    // RFC 1122 4.2.3.6: no answer to any probe: the connection is dead. Linux resets it (tcp_keepalive_timer).
    {S::Established, E::TimeoutKeepaliveExhausted, G::None, S::Closed, R::RstAck, T::None, "3.8.4",
     QT_TRANSLATE_NOOP("NetSteps::TcpTransitionTable", "None of the probes was answered: the peer is considered dead and the connection is closed; the application's next call fails with ETIMEDOUT ('Connection timed out'). Linux also sends a reset.")},
    // 3.10.8 retransmission timeout: resend the oldest unacknowledged data.
    {S::Established, E::TimeoutRetransmission, G::None, S::Established, R::Data, T::None, "3.10.8",
     QT_TRANSLATE_NOOP("NetSteps::TcpTransitionTable", "The data was not acknowledged before the retransmission timeout, so it is sent again from SND.UNA.")},

    // --- FIN-WAIT-1 ---------------------------------------------------------------------
    // 3.10.7.4 FIN-WAIT-1: our FIN is acknowledged, enter FIN-WAIT-2.
    {S::FinWait1, E::RcvAckOfFin, G::None, S::FinWait2, R::None, T::None, "3.10.7.4",
     QT_TRANSLATE_NOOP("NetSteps::TcpTransitionTable", "The ACK acknowledges our FIN: this direction is closed, and we wait for the peer's FIN.")},
    // 3.10.7.4 eighth check: FIN arrives before the ACK of ours: simultaneous close.
    {S::FinWait1, E::RcvFin, G::None, S::Closing, R::Ack, T::None, "3.10.7.4",
     QT_TRANSLATE_NOOP("NetSteps::TcpTransitionTable", "The peer's FIN arrives before the ACK of our FIN: both sides are closing at once (simultaneous close).")},
    // 3.10.7.4 eighth check: a FIN that also acknowledges our FIN goes straight to TIME-WAIT.
    {S::FinWait1, E::RcvFinAckOfFin, G::None, S::TimeWait, R::Ack, T::Start2Msl, "3.10.7.4",
     QT_TRANSLATE_NOOP("NetSteps::TcpTransitionTable", "The peer's FIN also acknowledges ours (the ACK and the FIN ride in one segment): straight to TIME-WAIT.")},
    // 3.10.7.4 seventh check: data still arrives in FIN-WAIT-1.
    {S::FinWait1, E::RcvData, G::None, S::FinWait1, R::Ack, T::None, "3.10.7.4",
     QT_TRANSLATE_NOOP("NetSteps::TcpTransitionTable", "The peer can still send after our FIN: the data is accepted and acknowledged. (On Linux only after shutdown(SHUT_WR); after close() the socket is gone and arriving data is answered with RST.)")},
    // 3.10.7.4 fourth check (RFC 5961 4): a SYN in a synchronized state is answered with a challenge ACK.
    {S::FinWait1, E::RcvSyn, G::None, S::FinWait1, R::Ack, T::None, "3.10.7.4",
     QT_TRANSLATE_NOOP("NetSteps::TcpTransitionTable", "A SYN in a synchronized state is not a new connection: it is answered with a challenge ACK (RFC 5961) and otherwise ignored.")},
    // 3.10.7.4 fifth check: an ACK of data sent before our FIN; our FIN is still unacknowledged.
    {S::FinWait1, E::RcvAck, G::None, S::FinWait1, R::None, T::None, "3.10.7.4",
     QT_TRANSLATE_NOOP("NetSteps::TcpTransitionTable", "The ACK acknowledges data sent before our FIN, but not the FIN itself: SND.UNA advances and this side stays in FIN-WAIT-1.")},
    // 3.10.7.4 second check: RST.
    {S::FinWait1, E::RcvRst, G::None, S::Closed, R::None, T::None, "3.10.7.4",
     QT_TRANSLATE_NOOP("NetSteps::TcpTransitionTable", "An acceptable RST resets the connection.")},
    // 3.10.5 ABORT call.
    {S::FinWait1, E::Abort, G::None, S::Closed, R::RstAck, T::None, "3.10.5",
     QT_TRANSLATE_NOOP("NetSteps::TcpTransitionTable", "Aborting sends a reset and deletes the connection. RFC 9293 sends RST alone; Linux sets ACK too (RST,ACK).")},
    // 3.10.8 retransmission timeout: resend the FIN.
    {S::FinWait1, E::TimeoutRetransmission, G::None, S::FinWait1, R::Fin, T::None, "3.10.8",
     QT_TRANSLATE_NOOP("NetSteps::TcpTransitionTable", "Our FIN was not acknowledged before the retransmission timeout, so it is sent again.")},

    // --- FIN-WAIT-2 ---------------------------------------------------------------------
    // 3.10.7.4 eighth check: FIN arrives, send ACK, enter TIME-WAIT and start the 2MSL timer.
    {S::FinWait2, E::RcvFin, G::None, S::TimeWait, R::Ack, T::Start2Msl, "3.10.7.4",
     QT_TRANSLATE_NOOP("NetSteps::TcpTransitionTable", "The peer's FIN is acknowledged and this side enters TIME-WAIT for 2MSL: if this ACK is lost, the peer resends its FIN and it can still be answered.")},
    // 3.10.7.4 seventh check: data in FIN-WAIT-2 (half-close).
    {S::FinWait2, E::RcvData, G::None, S::FinWait2, R::Ack, T::None, "3.10.7.4",
     QT_TRANSLATE_NOOP("NetSteps::TcpTransitionTable", "In FIN-WAIT-2 this side still receives: the peer in CLOSE-WAIT may keep sending (a half-close, after shutdown(SHUT_WR); on Linux, after close() arriving data is answered with RST).")},
    // 3.10.7.4 fourth check (RFC 5961 4): a SYN in a synchronized state is answered with a challenge ACK.
    {S::FinWait2, E::RcvSyn, G::None, S::FinWait2, R::Ack, T::None, "3.10.7.4",
     QT_TRANSLATE_NOOP("NetSteps::TcpTransitionTable", "A SYN in a synchronized state is not a new connection: it is answered with a challenge ACK (RFC 5961) and otherwise ignored.")},
    // 3.10.7.4 fifth check: an ACK in FIN-WAIT-2 (of nothing new).
    {S::FinWait2, E::RcvAck, G::None, S::FinWait2, R::None, T::None, "3.10.7.4",
     QT_TRANSLATE_NOOP("NetSteps::TcpTransitionTable", "Our FIN is already acknowledged; this ACK changes nothing, and this side keeps waiting for the peer's FIN.")},
    // 3.10.7.4 second check: RST.
    {S::FinWait2, E::RcvRst, G::None, S::Closed, R::None, T::None, "3.10.7.4",
     QT_TRANSLATE_NOOP("NetSteps::TcpTransitionTable", "An acceptable RST resets the connection.")},
    // 3.10.5 ABORT call.
    {S::FinWait2, E::Abort, G::None, S::Closed, R::RstAck, T::None, "3.10.5",
     QT_TRANSLATE_NOOP("NetSteps::TcpTransitionTable", "Aborting sends a reset and deletes the connection. RFC 9293 sends RST alone; Linux sets ACK too (RST,ACK).")},

    // --- CLOSE-WAIT ---------------------------------------------------------------------
    // 3.10.4 CLOSE call in CLOSE-WAIT: send FIN, enter LAST-ACK.
    {S::CloseWait, E::Close, G::None, S::LastAck, R::Fin, T::None, "3.10.4",
     QT_TRANSLATE_NOOP("NetSteps::TcpTransitionTable", "The application closes its side too: a FIN is sent and this side waits for its acknowledgment.")},
    // 3.10.2 SEND call in CLOSE-WAIT: data may still be sent.
    {S::CloseWait, E::Send, G::None, S::CloseWait, R::Data, T::None, "3.10.2",
     QT_TRANSLATE_NOOP("NetSteps::TcpTransitionTable", "In CLOSE-WAIT the peer has finished sending, but this side may still send data.")},
    // 3.10.7.4 fifth check: ACK of data sent in CLOSE-WAIT.
    {S::CloseWait, E::RcvAck, G::None, S::CloseWait, R::None, T::None, "3.10.7.4",
     QT_TRANSLATE_NOOP("NetSteps::TcpTransitionTable", "The ACK advances SND.UNA.")},
    // 3.10.7.4 fourth check (RFC 5961 4): a SYN in a synchronized state is answered with a challenge ACK.
    {S::CloseWait, E::RcvSyn, G::None, S::CloseWait, R::Ack, T::None, "3.10.7.4",
     QT_TRANSLATE_NOOP("NetSteps::TcpTransitionTable", "A SYN in a synchronized state is not a new connection: it is answered with a challenge ACK (RFC 5961) and otherwise ignored.")},
    // 3.10.7.4 eighth check: the peer's FIN again (our ACK of it was lost): acknowledge it again.
    {S::CloseWait, E::RcvFin, G::None, S::CloseWait, R::Ack, T::None, "3.10.7.4",
     QT_TRANSLATE_NOOP("NetSteps::TcpTransitionTable", "The peer's FIN arrives again, so our ACK of it was lost: it is acknowledged again and the state does not change.")},
    // 3.10.7.4 second check: RST.
    {S::CloseWait, E::RcvRst, G::None, S::Closed, R::None, T::None, "3.10.7.4",
     QT_TRANSLATE_NOOP("NetSteps::TcpTransitionTable", "An acceptable RST resets the connection.")},
    // 3.10.5 ABORT call.
    {S::CloseWait, E::Abort, G::None, S::Closed, R::RstAck, T::None, "3.10.5",
     QT_TRANSLATE_NOOP("NetSteps::TcpTransitionTable", "Aborting sends a reset and deletes the connection. RFC 9293 sends RST alone; Linux sets ACK too (RST,ACK).")},
    // 3.10.8 retransmission timeout: resend data.
    {S::CloseWait, E::TimeoutRetransmission, G::None, S::CloseWait, R::Data, T::None, "3.10.8",
     QT_TRANSLATE_NOOP("NetSteps::TcpTransitionTable", "Unacknowledged data is sent again after the retransmission timeout.")},

    // --- CLOSING ------------------------------------------------------------------------
    // 3.10.7.4 CLOSING: our FIN is acknowledged, enter TIME-WAIT.
    {S::Closing, E::RcvAckOfFin, G::None, S::TimeWait, R::None, T::Start2Msl, "3.10.7.4",
     QT_TRANSLATE_NOOP("NetSteps::TcpTransitionTable", "Our FIN is acknowledged after a simultaneous close: both sides enter TIME-WAIT.")},
    // 3.10.7.4 fourth check (RFC 5961 4): a SYN in a synchronized state is answered with a challenge ACK.
    {S::Closing, E::RcvSyn, G::None, S::Closing, R::Ack, T::None, "3.10.7.4",
     QT_TRANSLATE_NOOP("NetSteps::TcpTransitionTable", "A SYN in a synchronized state is not a new connection: it is answered with a challenge ACK (RFC 5961) and otherwise ignored.")},
    // 3.10.7.4 eighth check: the peer's FIN again (our ACK of it was lost): acknowledge it again.
    {S::Closing, E::RcvFin, G::None, S::Closing, R::Ack, T::None, "3.10.7.4",
     QT_TRANSLATE_NOOP("NetSteps::TcpTransitionTable", "The peer's FIN arrives again, so our ACK of it was lost: it is acknowledged again and the state does not change.")},
    // 3.10.7.4 second check: RST.
    {S::Closing, E::RcvRst, G::None, S::Closed, R::None, T::None, "3.10.7.4",
     QT_TRANSLATE_NOOP("NetSteps::TcpTransitionTable", "An RST in CLOSING deletes the connection.")},
    // 3.10.5 ABORT call in CLOSING: delete the TCB.
    {S::Closing, E::Abort, G::None, S::Closed, R::None, T::None, "3.10.5",
     QT_TRANSLATE_NOOP("NetSteps::TcpTransitionTable", "Aborting in CLOSING deletes the connection without sending anything.")},
    // 3.10.8 retransmission timeout: resend the FIN.
    {S::Closing, E::TimeoutRetransmission, G::None, S::Closing, R::Fin, T::None, "3.10.8",
     QT_TRANSLATE_NOOP("NetSteps::TcpTransitionTable", "Our FIN was not acknowledged, so it is sent again.")},

    // --- LAST-ACK -----------------------------------------------------------------------
    // 3.10.7.4 LAST-ACK: our FIN is acknowledged, delete the TCB.
    {S::LastAck, E::RcvAckOfFin, G::None, S::Closed, R::None, T::None, "3.10.7.4",
     QT_TRANSLATE_NOOP("NetSteps::TcpTransitionTable", "The ACK of our FIN is the last segment: the connection is deleted at once, with no TIME-WAIT on this side.")},
    // 3.10.7.4 fourth check (RFC 5961 4): a SYN in a synchronized state is answered with a challenge ACK.
    {S::LastAck, E::RcvSyn, G::None, S::LastAck, R::Ack, T::None, "3.10.7.4",
     QT_TRANSLATE_NOOP("NetSteps::TcpTransitionTable", "A SYN in a synchronized state is not a new connection: it is answered with a challenge ACK (RFC 5961) and otherwise ignored.")},
    // 3.10.7.4 eighth check: the peer's FIN again (our ACK of it was lost): acknowledge it again.
    {S::LastAck, E::RcvFin, G::None, S::LastAck, R::Ack, T::None, "3.10.7.4",
     QT_TRANSLATE_NOOP("NetSteps::TcpTransitionTable", "The peer's FIN arrives again, so our ACK of it was lost: it is acknowledged again and the state does not change.")},
    // 3.10.7.4 second check: RST.
    {S::LastAck, E::RcvRst, G::None, S::Closed, R::None, T::None, "3.10.7.4",
     QT_TRANSLATE_NOOP("NetSteps::TcpTransitionTable", "An RST in LAST-ACK deletes the connection.")},
    // 3.10.5 ABORT call in LAST-ACK: delete the TCB.
    {S::LastAck, E::Abort, G::None, S::Closed, R::None, T::None, "3.10.5",
     QT_TRANSLATE_NOOP("NetSteps::TcpTransitionTable", "Aborting in LAST-ACK deletes the connection without sending anything.")},
    // 3.10.8 retransmission timeout: resend the FIN.
    {S::LastAck, E::TimeoutRetransmission, G::None, S::LastAck, R::Fin, T::None, "3.10.8",
     QT_TRANSLATE_NOOP("NetSteps::TcpTransitionTable", "The ACK of our FIN did not arrive, so the FIN is sent again.")},

    // --- TIME-WAIT ----------------------------------------------------------------------
    // 3.10.7.4 TIME-WAIT: a retransmitted FIN is acknowledged again and 2MSL restarts.
    {S::TimeWait, E::RcvFin, G::None, S::TimeWait, R::Ack, T::Restart2Msl, "3.10.7.4",
     QT_TRANSLATE_NOOP("NetSteps::TcpTransitionTable", "The peer's FIN came again, so our last ACK was lost: it is acknowledged again and the 2MSL timer restarts. This is why the closer waits.")},
    // 3.10.7.4 fourth check (RFC 5961 4): a SYN in a synchronized state is answered with a challenge ACK.
    {S::TimeWait, E::RcvSyn, G::None, S::TimeWait, R::Ack, T::None, "3.10.7.4",
     QT_TRANSLATE_NOOP("NetSteps::TcpTransitionTable", "A SYN in a synchronized state is not a new connection: it is answered with a challenge ACK (RFC 5961) and otherwise ignored.")},
    // 3.10.7.4 fifth check: in TIME-WAIT an ACK changes nothing.
    {S::TimeWait, E::RcvAck, G::None, S::TimeWait, R::None, T::None, "3.10.7.4",
     QT_TRANSLATE_NOOP("NetSteps::TcpTransitionTable", "In TIME-WAIT only a retransmitted FIN matters; an ACK changes nothing.")},
    // 3.10.7.4 second check: RST in TIME-WAIT deletes the TCB.
    {S::TimeWait, E::RcvRst, G::None, S::Closed, R::None, T::None, "3.10.7.4",
     QT_TRANSLATE_NOOP("NetSteps::TcpTransitionTable", "An RST in TIME-WAIT deletes the connection (RFC 1337 discusses the hazards of this).")},
    // 3.10.5 ABORT call in TIME-WAIT: delete the TCB.
    {S::TimeWait, E::Abort, G::None, S::Closed, R::None, T::None, "3.10.5",
     QT_TRANSLATE_NOOP("NetSteps::TcpTransitionTable", "Aborting in TIME-WAIT deletes the connection without sending anything.")},
    // 3.10.8 time-wait timeout: delete the TCB.
    {S::TimeWait, E::Timeout2Msl, G::None, S::Closed, R::None, T::None, "3.10.8",
     QT_TRANSLATE_NOOP("NetSteps::TcpTransitionTable", "2MSL have passed: any old duplicate of this connection has died out, and the connection is deleted.")},
};

} // namespace

const QList<TcpTransition> &TcpTransitionTable::rows()
{
    return table;
}

const TcpTransition *TcpTransitionTable::find(TcpState from, TcpEvent event, bool passiveOpen)
{
    for (const TcpTransition &row : table) {
        if (row.from != from || row.event != event)
            continue;
        if (row.guard == TcpGuard::PassiveOpen && !passiveOpen)
            continue;
        if (row.guard == TcpGuard::ActiveOpen && passiveOpen)
            continue;
        return &row;
    }
    return nullptr;
}

int TcpTransitionTable::indexOf(const TcpTransition *row)
{
    if (!row)
        return -1;
    const auto index = row - table.constData();
    return index >= 0 && index < table.size() ? int(index) : -1;
}

QString TcpTransitionTable::eventName(TcpEvent event)
{
    switch (event) {
    case E::PassiveOpen: return QCoreApplication::translate("NetSteps::TcpTransitionTable", "passive OPEN");
    case E::ActiveOpen: return QCoreApplication::translate("NetSteps::TcpTransitionTable", "active OPEN");
    case E::Send: return QCoreApplication::translate("NetSteps::TcpTransitionTable", "SEND");
    case E::Close: return QCoreApplication::translate("NetSteps::TcpTransitionTable", "CLOSE");
    case E::Abort: return QCoreApplication::translate("NetSteps::TcpTransitionTable", "ABORT");
    case E::RcvSyn: return QCoreApplication::translate("NetSteps::TcpTransitionTable", "rcv SYN");
    case E::RcvSynAck: return QCoreApplication::translate("NetSteps::TcpTransitionTable", "rcv SYN,ACK");
    case E::RcvAckOfSyn: return QCoreApplication::translate("NetSteps::TcpTransitionTable", "rcv ACK of SYN");
    case E::RcvData: return QCoreApplication::translate("NetSteps::TcpTransitionTable", "rcv data");
    case E::RcvAck: return QCoreApplication::translate("NetSteps::TcpTransitionTable", "rcv ACK");
    case E::RcvAckOfFin: return QCoreApplication::translate("NetSteps::TcpTransitionTable", "rcv ACK of FIN");
    case E::RcvFin: return QCoreApplication::translate("NetSteps::TcpTransitionTable", "rcv FIN");
    case E::RcvFinAckOfFin: return QCoreApplication::translate("NetSteps::TcpTransitionTable", "rcv FIN,ACK of FIN");
    case E::RcvRst: return QCoreApplication::translate("NetSteps::TcpTransitionTable", "rcv RST");
    case E::RcvRstAck: return QCoreApplication::translate("NetSteps::TcpTransitionTable", "rcv RST,ACK");
    case E::RcvKeepaliveProbe: return QCoreApplication::translate("NetSteps::TcpTransitionTable", "rcv keep-alive probe");
    case E::TimeoutRetransmission: return QCoreApplication::translate("NetSteps::TcpTransitionTable", "retransmission timeout");
    case E::Timeout2Msl: return QCoreApplication::translate("NetSteps::TcpTransitionTable", "2MSL timeout");
    case E::TimeoutKeepalive: return QCoreApplication::translate("NetSteps::TcpTransitionTable", "keep-alive timeout");
    case E::TimeoutKeepaliveInterval:
        return QCoreApplication::translate("NetSteps::TcpTransitionTable", "keep-alive interval timeout");
    case E::TimeoutKeepaliveExhausted:
        return QCoreApplication::translate("NetSteps::TcpTransitionTable", "keep-alive probes exhausted");
    }
    return {};
}

QString TcpTransitionTable::eventIdentifier(TcpEvent event)
{
    switch (event) {
    case E::PassiveOpen: return QStringLiteral("passive-open");
    case E::ActiveOpen: return QStringLiteral("active-open");
    case E::Send: return QStringLiteral("send");
    case E::Close: return QStringLiteral("close");
    case E::Abort: return QStringLiteral("abort");
    case E::RcvSyn: return QStringLiteral("rcv-syn");
    case E::RcvSynAck: return QStringLiteral("rcv-syn-ack");
    case E::RcvAckOfSyn: return QStringLiteral("rcv-ack-of-syn");
    case E::RcvData: return QStringLiteral("rcv-data");
    case E::RcvAck: return QStringLiteral("rcv-ack");
    case E::RcvAckOfFin: return QStringLiteral("rcv-ack-of-fin");
    case E::RcvFin: return QStringLiteral("rcv-fin");
    case E::RcvFinAckOfFin: return QStringLiteral("rcv-fin-ack-of-fin");
    case E::RcvRst: return QStringLiteral("rcv-rst");
    case E::RcvRstAck: return QStringLiteral("rcv-rst-ack");
    case E::RcvKeepaliveProbe: return QStringLiteral("rcv-keepalive-probe");
    case E::TimeoutRetransmission: return QStringLiteral("timeout-retransmission");
    case E::Timeout2Msl: return QStringLiteral("timeout-2msl");
    case E::TimeoutKeepalive: return QStringLiteral("timeout-keepalive");
    case E::TimeoutKeepaliveInterval: return QStringLiteral("timeout-keepalive-interval");
    case E::TimeoutKeepaliveExhausted: return QStringLiteral("timeout-keepalive-exhausted");
    }
    return {};
}

QString TcpTransitionTable::replyFlags(TcpReply reply)
{
    switch (reply) {
    case R::None: return {};
    case R::Syn: return QStringLiteral("SYN");
    case R::SynAck: return QStringLiteral("SYN,ACK");
    case R::Ack: return QStringLiteral("ACK");
    case R::Data: return QStringLiteral("PSH,ACK");
    case R::Fin: return QStringLiteral("FIN,ACK");
    case R::Rst: return QStringLiteral("RST");
    case R::RstAck: return QStringLiteral("RST,ACK");
    case R::KeepaliveProbe: return QStringLiteral("ACK");
    }
    return {};
}

QString TcpTransitionTable::noteText(const TcpTransition &row)
{
    return QCoreApplication::translate("NetSteps::TcpTransitionTable", row.note);
}

bool TcpTransitionTable::isUserCall(TcpEvent event)
{
    return event == E::PassiveOpen || event == E::ActiveOpen || event == E::Send || event == E::Close
        || event == E::Abort;
}

bool TcpTransitionTable::isTimeout(TcpEvent event)
{
    return event == E::TimeoutRetransmission || event == E::Timeout2Msl || event == E::TimeoutKeepalive
        || event == E::TimeoutKeepaliveInterval || event == E::TimeoutKeepaliveExhausted;
}

} // namespace NetSteps
