#pragma once

#include "tcpstate.h"

#include <QList>
#include <QString>

namespace NetSteps {

// What happens to a TCP endpoint: a user call (RFC 9293 section 3.10.1-3.10.5), the arrival of
// a segment classified by its flags and by what it acknowledges (3.10.7), or a timeout (3.10.8).
enum class TcpEvent {
    PassiveOpen,    // listen()
    ActiveOpen,     // connect()
    Send,           // send()
    Close,          // close() / shutdown(SHUT_WR)
    Abort,          // close() with SO_LINGER 0, or with unread data
    RcvSyn,         // SYN without ACK
    RcvSynAck,      // SYN,ACK that acknowledges our SYN
    RcvAckOfSyn,    // ACK that acknowledges our SYN (third segment of the handshake)
    RcvData,        // ACK carrying data
    RcvAck,         // ACK of data, or any other ACK without data
    RcvAckOfFin,    // ACK that acknowledges our FIN
    RcvFin,         // FIN (with ACK) that does not acknowledge a FIN of ours
    RcvFinAckOfFin, // FIN,ACK that also acknowledges our FIN
    RcvRst,         // RST (with or without ACK) in a state where it is acceptable
    RcvRstAck,      // RST,ACK that acknowledges our SYN: the connection is refused
    RcvKeepaliveProbe, // ACK without data one below RCV.NXT: a keep-alive probe
    TimeoutRetransmission,
    Timeout2Msl,
    TimeoutKeepalive,          // the connection was idle for the keep-alive time
    TimeoutKeepaliveInterval,  // a probe went unanswered for the keep-alive interval
    TimeoutKeepaliveExhausted, // every keep-alive probe went unanswered
};

// The segment an endpoint sends as part of a transition.
enum class TcpReply { None, Syn, SynAck, Ack, Data, Fin, Rst, RstAck, KeepaliveProbe };

// Some transitions depend on how the connection was opened (RFC 9293 3.10.7.4: an RST in
// SYN-RECEIVED returns a passively opened connection to LISTEN).
enum class TcpGuard { None, PassiveOpen, ActiveOpen };

// What the transition does to the endpoint's timers.
enum class TcpTimerAction { None, Start2Msl, Restart2Msl };

struct TcpTransition
{
    TcpState from;
    TcpEvent event;
    TcpGuard guard;
    TcpState to;
    TcpReply reply;
    TcpTimerAction timer;
    const char *rfc;  // RFC 9293 section, e.g. "3.10.7.3"
    const char *note; // one sentence, English source text; translate with TcpTransitionTable::noteText
};

// The one place where TCP behaviour lives: every (state, event) pair RFC 9293 defines for
// Figure 5 and the event processing of section 3.10. The simulation, the state diagram, the
// captions and the tests all read it.
class TcpTransitionTable
{
public:
    static const QList<TcpTransition> &rows();
    // The row for this state and event, or nullptr when the event does not apply in the state.
    static const TcpTransition *find(TcpState from, TcpEvent event, bool passiveOpen);
    static int indexOf(const TcpTransition *row);

    static QString eventName(TcpEvent event);      // "passive OPEN", "rcv SYN,ACK", "2MSL timeout" (translated)
    static QString eventIdentifier(TcpEvent event); // stable machine name: "passive-open", "rcv-syn-ack"
    static QString replyFlags(TcpReply reply);      // "SYN,ACK", "" for none (flags are not translated)
    static QString noteText(const TcpTransition &row);
    static bool isUserCall(TcpEvent event);
    static bool isTimeout(TcpEvent event);
};

} // namespace NetSteps
