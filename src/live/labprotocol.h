#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringView>

#include <optional>

namespace NetSteps {

// The protocols of the course's servers, which NetSteps' lab servers speak.
enum class LabMode {
    Hello, // TCP: "Welcome!" on connect, "Hello, X!" for each message X, "exit" closes; UDP: "Hello, X!"
    Upper, // each message upper-cased, ASCII letters only (Python's bytes.upper())
    Echo,  // each message back unchanged
};

enum class LabTransport { Tcp, Udp };

// What a lab server answers, as pure functions over bytes: no sockets here, so the protocols are
// tested on their own and every server (TCP, UDP, later the GUI's) answers the same way.
//
// One reply per read, as the course's servers do (`data = conn.recv(1024)` then one send): no
// framing, so the course's clients, which send b'Rose' with no line ending, work unchanged.
// Terminal clients (nc, telnet) end each message with "\n" or "\r\n": a single trailing line
// ending is set aside before the protocol looks at the message and put back at the end of the
// reply, so `exit\n` closes like `exit`, and nc shows "Hello, Rose!" on a line of its own
// rather than "Hello, Rose\n!". Bytes that are not UTF-8 pass through as bytes.
namespace LabProtocol {

// How much one read takes, as the course's recv(1024): a longer message is answered in pieces.
inline constexpr qsizetype ReceiveSize = 1024;
// The largest UDP payload over IPv4; a datagram is always read whole.
inline constexpr qsizetype DatagramSize = 65507;

// "hello", "upper", "echo" ↔ the mode.
std::optional<LabMode> modeFromName(QStringView name);
QString modeName(LabMode mode);

// What the TCP server sends as soon as it accepts a connection: "Welcome!" for hello, else nothing.
QByteArrayView greeting(LabMode mode);

// Python's bytes.upper(): a-z become A-Z, every other byte (UTF-8 sequences included) is kept.
QByteArray upper(QByteArrayView bytes);

// The message without one trailing "\r\n" or "\n", and that line ending.
struct SplitLine
{
    QByteArrayView body;
    QByteArrayView ending;
};
SplitLine splitLineEnding(QByteArrayView message);

// Appends to *reply what the server sends back for one read (or one datagram) `message`, and
// returns true when the server then closes the connection (hello's "exit" over TCP; nothing is
// sent for it, as in the course's server). Over UDP nothing closes: "exit" is answered like any
// other datagram.
bool respond(LabMode mode, LabTransport transport, QByteArrayView message, QByteArray *reply);

} // namespace LabProtocol

} // namespace NetSteps
