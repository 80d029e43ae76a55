// Fuzz target: what a lab server answers a peer (LabProtocol::respond), over whatever bytes a
// hostile or broken client sends. The first input byte chooses the mode (hello, upper, echo) and
// the transport; the rest is the stream, read as the TCP server reads it (recv(1024): reads of
// 1 to 1024 bytes, their size chosen by the second byte) or taken as one datagram over UDP.
//
// Properties, per read, as labprotocol.h states the protocol: hello answers "Hello, " + the
// message without one trailing "\n" or "\r\n" + "!" + that line ending, and over TCP closes
// (sending nothing) exactly when the message is "exit" with such an ending or none; upper answers
// the message with a-z upper-cased and every other byte kept, and upper-casing again changes
// nothing (LabProtocol::upper too); echo answers the message unchanged; nothing but hello's
// "exit" closes; a reply is appended after what the reply buffer already held. The TCP
// greeting is "Welcome!" for hello and nothing otherwise.

#include "fuzztarget.h"

#include "labprotocol.h"

namespace {

using namespace NetSteps;

QString shown(QByteArrayView bytes)
{
    return QString::fromLatin1(bytes.first(qMin<qsizetype>(bytes.size(), 64)).toByteArray().toHex(' '));
}

bool isUpperOf(QByteArrayView answer, QByteArrayView message)
{
    if (answer.size() != message.size())
        return false;
    for (qsizetype i = 0; i < message.size(); ++i) {
        const char c = message[i];
        if (answer[i] != (c >= 'a' && c <= 'z' ? char(c - 'a' + 'A') : c))
            return false;
    }
    return true;
}

// Checks one read; returns true when the server closes after it. `reply` is the caller's buffer,
// reused so that many small reads stay cheap.
bool checkRead(LabMode mode, LabTransport transport, QByteArrayView message, QByteArray &reply)
{
    static const QByteArray before = QByteArrayLiteral("earlier reply|");
    reply = before;
    const bool closes = LabProtocol::respond(mode, transport, message, &reply);
    FUZZ_CHECK(reply.startsWith(before), shown(message));
    const QByteArrayView answer = QByteArrayView(reply).sliced(before.size());

    QByteArrayView body = message;
    QByteArrayView ending;
    if (message.endsWith("\r\n")) {
        body = message.chopped(2);
        ending = message.last(2);
    } else if (message.endsWith('\n')) {
        body = message.chopped(1);
        ending = message.last(1);
    }
    const LabProtocol::SplitLine split = LabProtocol::splitLineEnding(message);
    FUZZ_CHECK(split.body == body && split.ending == ending, shown(message));

    switch (mode) {
    case LabMode::Hello: {
        const bool exit = transport == LabTransport::Tcp && body == "exit";
        FUZZ_CHECK(closes == exit, shown(message));
        if (exit) {
            FUZZ_CHECK(answer.isEmpty(), shown(answer));
            break;
        }
        // "Hello, " + body + "!" + ending
        const QByteArrayView hello("Hello, ");
        FUZZ_CHECK(answer.size() == hello.size() + body.size() + 1 + ending.size() && answer.startsWith(hello)
                       && answer.sliced(hello.size(), body.size()) == body
                       && answer[hello.size() + body.size()] == '!' && answer.endsWith(ending),
                   shown(message) + QStringLiteral(" answered ") + shown(answer));
        break;
    }
    case LabMode::Upper:
        FUZZ_CHECK(!closes, shown(message));
        FUZZ_CHECK(isUpperOf(answer, message), shown(message) + QStringLiteral(" answered ") + shown(answer));
        FUZZ_CHECK(isUpperOf(answer, answer), shown(answer));
        break;
    case LabMode::Echo:
        FUZZ_CHECK(!closes, shown(message));
        FUZZ_CHECK(answer == message, shown(message) + QStringLiteral(" answered ") + shown(answer));
        break;
    }
    return closes;
}

int fuzzLabProtocol(const std::uint8_t *data, std::size_t size)
{
    Fuzz::Input input(Fuzz::bytes(data, size));
    const quint8 choice = input.byte();
    const quint8 readChoice = input.byte();
    const LabMode modes[] = {LabMode::Hello, LabMode::Upper, LabMode::Echo};
    const LabMode mode = modes[choice % 3];
    const LabTransport transport = (choice & 0x80) ? LabTransport::Udp : LabTransport::Tcp;
    FUZZ_CHECK(LabProtocol::modeFromName(LabProtocol::modeName(mode)) == mode, LabProtocol::modeName(mode));
    FUZZ_CHECK((LabProtocol::greeting(mode) == "Welcome!") == (mode == LabMode::Hello), LabProtocol::modeName(mode));

    const QByteArrayView stream = input.rest();
    QByteArray reply;
    if (transport == LabTransport::Udp) {
        checkRead(mode, transport, stream.first(qMin(stream.size(), LabProtocol::DatagramSize)), reply);
        FUZZ_CHECK(LabProtocol::upper(stream) == LabProtocol::upper(LabProtocol::upper(stream)), shown(stream));
        return 0;
    }
    // Each read takes up to readSize bytes, as recv() returns what has arrived, at most 1024.
    const qsizetype readSize = qMin<qsizetype>(1 + readChoice * 4, LabProtocol::ReceiveSize);
    for (qsizetype at = 0; at < stream.size(); at += readSize) {
        if (checkRead(mode, transport, stream.sliced(at, qMin(readSize, stream.size() - at)), reply))
            break; // the server has closed: nothing more is read
    }
    return 0;
}

} // namespace

NETSTEPS_FUZZ_TARGET("labprotocol", fuzzLabProtocol)
