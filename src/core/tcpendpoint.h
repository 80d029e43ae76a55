#pragma once

#include "frame.h"
#include "ipv4address.h"
#include "macaddress.h"
#include "tcpstate.h"
#include "tcptransitiontable.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace NetSteps {

// Everything one endpoint of a connection remembers (RFC 9293 section 3.3.1), as a plain value
// so that every step of a scenario can keep a complete copy.
struct TcpControlBlock
{
    QString name;
    Ipv4Address address;
    quint16 port = 0;
    MacAddress mac;
    Ipv4Address peerAddress;
    quint16 peerPort = 0;
    MacAddress peerMac;

    TcpState state = TcpState::Closed;
    bool passiveOpen = false;
    quint32 iss = 0;    // initial send sequence number
    quint32 irs = 0;    // initial receive sequence number
    quint32 sndUna = 0; // oldest unacknowledged sequence number
    quint32 sndNxt = 0; // next sequence number to send
    quint32 rcvNxt = 0; // next sequence number expected
    QByteArray unacknowledged; // data sent and not yet acknowledged, kept for retransmission
    QByteArray received;       // data delivered to the application, in order
    bool finReceived = false;  // the peer has closed its direction: recv() returns b''
    bool reuseAddress = false; // SO_REUSEADDR was set (on an accepted connection: on its listening socket)
    // The sockets layer above TCP (RFC 9293 leaves both to the implementation): how many bytes of
    // data the send buffer holds (0: unbounded; see ScenarioBuilder::setSendBuffer), and how many
    // of `received` the program has read with recv(); the rest wait in the receive buffer.
    qsizetype sendBufferSize = 0;
    qsizetype applicationRead = 0;

    friend bool operator==(const TcpControlBlock &, const TcpControlBlock &) = default;
};

// One TCP endpoint driven by the transition table: it classifies what happens to it into a
// TcpEvent, takes the table's row, and builds the segment the row says to send. It holds no
// timers and reads no clock; the scenario engine owns time.
class TcpEndpoint
{
public:
    static constexpr quint16 mss = 1460;
    static constexpr quint8 windowScale = 7;
    static constexpr quint16 synWindow = 64240;   // what Linux advertises in a SYN
    static constexpr quint16 scaledWindow = 502;  // 502 << 7 = 64256 bytes, as Linux sends after the handshake

    struct Outcome
    {
        TcpEvent event = TcpEvent::RcvAck;
        TcpState from = TcpState::Closed;
        const TcpTransition *row = nullptr; // nullptr: the event does not apply in this state
        std::optional<TcpHeader> segment;   // what the transition sends, if anything
        QByteArray payload;
    };

    explicit TcpEndpoint(TcpControlBlock tcb = {}) : m_tcb(std::move(tcb)) {}

    const TcpControlBlock &tcb() const { return m_tcb; }
    TcpControlBlock &tcb() { return m_tcb; }

    // A user call (OPEN, SEND, CLOSE, ABORT); data is what SEND sends.
    Outcome call(TcpEvent event, const QByteArray &data = {});
    // An arriving segment addressed to this endpoint.
    Outcome receive(const TcpHeader &segment, const QByteArray &payload);
    // A timer of this endpoint expired.
    Outcome timeout(TcpEvent event);

    // Which event an arriving segment is for an endpoint in this state (RFC 9293 3.10.7).
    static TcpEvent classify(const TcpControlBlock &tcb, const TcpHeader &segment, qsizetype payloadLength);
    // ESTABLISHED and every later state: both sides' sequence numbers are known (RFC 9293 3.5).
    static bool isSynchronized(TcpState state);

private:
    Outcome apply(TcpEvent event, const TcpHeader *incoming, const QByteArray &data);
    void absorb(TcpEvent event, const TcpHeader &segment, const QByteArray &payload);
    TcpHeader build(TcpReply reply, TcpEvent event, const TcpHeader *incoming, const QByteArray &data,
                    QByteArray *payloadOut);
    TcpHeader header(quint32 seq, quint32 ack, TcpFlags flags) const;

    TcpControlBlock m_tcb;
};

} // namespace NetSteps
