#include "kerneltcpview.h"

#include "nativesockets.h"

#include <QCoreApplication>
#include <QtEndian>

#include <limits>

namespace NetSteps {

namespace {

bool isBlank(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\v' || c == '\f';
}

int hexDigit(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// A hexadecimal number of minDigits to maxDigits digits (maxDigits <= 16), nothing else.
std::optional<quint64> hexNumber(QByteArrayView digits, qsizetype minDigits, qsizetype maxDigits)
{
    if (digits.size() < minDigits || digits.size() > maxDigits)
        return std::nullopt;
    quint64 value = 0;
    for (char c : digits) {
        const int d = hexDigit(c);
        if (d < 0)
            return std::nullopt;
        value = (value << 4) | quint64(d);
    }
    return value;
}

// Two hexadecimal numbers joined by ':', each within its own digit limits.
std::optional<std::pair<quint64, quint64>> hexPair(QByteArrayView token, qsizetype firstMin, qsizetype firstMax,
                                                   qsizetype secondMin, qsizetype secondMax)
{
    const qsizetype colon = token.indexOf(':');
    if (colon < 0)
        return std::nullopt;
    const auto first = hexNumber(token.first(colon), firstMin, firstMax);
    const auto second = hexNumber(token.sliced(colon + 1), secondMin, secondMax);
    if (!first || !second)
        return std::nullopt;
    return std::pair{*first, *second};
}

// A decimal number of at most 20 digits, optionally negative.
bool isDecimal(QByteArrayView token, bool allowMinus)
{
    if (allowMinus && token.startsWith('-'))
        token = token.sliced(1);
    if (token.isEmpty() || token.size() > 20)
        return false;
    for (char c : token) {
        if (c < '0' || c > '9')
            return false;
    }
    return true;
}

// A token shortened for a message, so that a line of garbage cannot make the message huge.
QString shown(QByteArrayView token)
{
    constexpr qsizetype limit = 24;
    QString out = QString::fromLatin1(token.first(qMin(token.size(), limit)));
    for (QChar &c : out) {
        if (!c.isPrint())
            c = u'?';
    }
    if (token.size() > limit)
        out.append(u'\u2026');
    return out;
}

// Splits one line into whitespace-separated tokens, remembering where each starts in the text.
class LineTokens
{
public:
    LineTokens(QByteArrayView line, qsizetype lineStart) : m_line(line), m_lineStart(lineStart) {}

    // The next token, or an empty view at the end of the line.
    QByteArrayView next()
    {
        while (m_pos < m_line.size() && isBlank(m_line[m_pos]))
            ++m_pos;
        m_tokenStart = m_pos;
        while (m_pos < m_line.size() && !isBlank(m_line[m_pos]))
            ++m_pos;
        return m_line.sliced(m_tokenStart, m_pos - m_tokenStart);
    }
    // Where the last token starts: in the whole text, and as a 1-based column of the line.
    int position() const { return int(m_lineStart + m_tokenStart); }
    int column() const { return int(m_tokenStart + 1); }

private:
    QByteArrayView m_line;
    qsizetype m_lineStart = 0;
    qsizetype m_pos = 0;
    qsizetype m_tokenStart = 0;
};

Ipv4Address addressFromKernelWord(quint32 word, QSysInfo::Endian byteOrder)
{
    // The word holds the address's bytes in network order as laid out in the producer's memory.
    return Ipv4Address(byteOrder == QSysInfo::LittleEndian ? qbswap(word) : word);
}

// One socket line: the row, or the error naming the bad column.
Parsed<KernelSocketRow> parseSocketLine(QByteArrayView line, qsizetype lineStart, int lineNumber,
                                        const ProcNetTcpFormat &format)
{
    LineTokens tokens(line, lineStart);
    QByteArrayView token;
    const char *column = "";

    auto missing = [&]() {
        return ParseError{KernelTcpView::tr("Line %1 ends at column %2, before the %3 column; a socket line has at "
                             "least ten columns.")
                              .arg(lineNumber)
                              .arg(tokens.column())
                              .arg(QLatin1StringView(column)),
                          tokens.position(), 0, lineNumber};
    };
    auto bad = [&](const QString &message) {
        return ParseError{message, tokens.position(), int(token.size()), lineNumber};
    };
    auto take = [&](const char *name) {
        column = name;
        token = tokens.next();
        return !token.isEmpty();
    };

    if (!take("sl"))
        return missing();
    if (token.size() < 2 || !token.endsWith(':') || !isDecimal(token.chopped(1), false))
        return bad(KernelTcpView::tr("Line %1, column %2: the slot number '%3' should be a decimal number followed by ':'.")
                       .arg(lineNumber)
                       .arg(tokens.column())
                       .arg(shown(token)));

    KernelSocketRow row;
    for (const char *name : {"local_address", "rem_address"}) {
        if (!take(name))
            return missing();
        const auto endpoint = hexPair(token, 8, 8, 4, 4);
        if (!endpoint)
            return bad(KernelTcpView::tr("Line %1, column %2: the %3 '%4' should be 8 hexadecimal digits, ':' and 4 "
                          "hexadecimal digits (such as 0100007F:1F90).")
                           .arg(lineNumber)
                           .arg(tokens.column())
                           .arg(QLatin1StringView(name))
                           .arg(shown(token)));
        const Ipv4Address address = addressFromKernelWord(quint32(endpoint->first), format.byteOrder);
        const auto port = quint16(endpoint->second);
        if (name[0] == 'l') {
            row.localAddress = address;
            row.localPort = port;
        } else {
            row.remoteAddress = address;
            row.remotePort = port;
        }
    }

    if (!take("st"))
        return missing();
    const auto linuxState = hexNumber(token, 1, 2);
    if (!linuxState)
        return bad(KernelTcpView::tr("Line %1, column %2: the state '%3' should be two hexadecimal digits.")
                       .arg(lineNumber)
                       .arg(tokens.column())
                       .arg(shown(token)));
    const auto state = tcpStateFromLinux(int(*linuxState));
    if (!state)
        return bad(KernelTcpView::tr("Line %1, column %2: %3 is not a number Linux uses for a TCP state (01 to 0C).")
                       .arg(lineNumber)
                       .arg(tokens.column())
                       .arg(shown(token)));
    row.state = *state;

    if (!take("tx_queue:rx_queue"))
        return missing();
    if (!hexPair(token, 1, 8, 1, 8))
        return bad(KernelTcpView::tr("Line %1, column %2: the queue sizes '%3' should be two hexadecimal numbers "
                      "joined by ':' (tx_queue:rx_queue).")
                       .arg(lineNumber)
                       .arg(tokens.column())
                       .arg(shown(token)));

    if (!take("tr:tm->when"))
        return missing();
    const auto timer = hexPair(token, 1, 2, 1, 16);
    if (!timer)
        return bad(KernelTcpView::tr("Line %1, column %2: the timer '%3' should be two hexadecimal numbers joined by "
                      "':' (tr:tm->when).")
                       .arg(lineNumber)
                       .arg(tokens.column())
                       .arg(shown(token)));
    constexpr quint64 timeWaitTimer = 3;
    if (timer->first == timeWaitTimer) {
        const quint64 seconds = timer->second / quint64(qMax(1, format.clockTicksPerSecond));
        row.timerSecondsLeft = int(qMin(seconds, quint64(std::numeric_limits<int>::max())));
    }

    if (!take("retrnsmt"))
        return missing();
    if (!hexNumber(token, 1, 8))
        return bad(KernelTcpView::tr("Line %1, column %2: the retransmission count '%3' should be a hexadecimal number.")
                       .arg(lineNumber)
                       .arg(tokens.column())
                       .arg(shown(token)));

    for (const char *name : {"uid", "timeout", "inode"}) {
        if (!take(name))
            return missing();
        if (!isDecimal(token, name[0] == 't'))
            return bad(KernelTcpView::tr("Line %1, column %2: the %3 '%4' should be a decimal number.")
                           .arg(lineNumber)
                           .arg(tokens.column())
                           .arg(QLatin1StringView(name))
                           .arg(shown(token)));
    }
    return row;
}

} // namespace

KernelTcpView::~KernelTcpView() = default;

std::optional<KernelSocketRow> KernelTcpView::find(quint16 localPort, quint16 remotePort, QString *error) const
{
    constexpr Ipv4Address loopback = loopbackAddress;
    const QList<KernelSocketRow> rows = ipv4Sockets(error);
    for (const KernelSocketRow &row : rows) {
        if (row.localAddress == loopback && row.localPort == localPort && row.remoteAddress == loopback
            && row.remotePort == remotePort)
            return row;
    }
    return std::nullopt;
}

std::optional<KernelSocketRow> KernelTcpView::connection(quint16 localPort, quint16 remotePort, QString *error) const
{
    if (error)
        error->clear();
    constexpr Ipv4Address loopback = loopbackAddress;
    const Ipv4Address remoteAddress = remotePort == 0 ? Ipv4Address() : loopback;
    // /proc/net/tcp is printed in pages, each continuing from where the last one stopped: sockets
    // that come and go meanwhile can make a row slip through. Absence is believed after two readings.
    for (int reading = 0; reading < 2; ++reading) {
        QString readError;
        const QList<KernelSocketRow> rows = ipv4Sockets(&readError);
        if (!readError.isEmpty()) {
            if (error)
                *error = readError;
            return std::nullopt;
        }
        for (const KernelSocketRow &row : rows) {
            if (row.localAddress == loopback && row.localPort == localPort && row.remoteAddress == remoteAddress
                && row.remotePort == remotePort)
                return row;
        }
    }
    return std::nullopt;
}

bool KernelTcpView::hasExactLookup() const
{
    return false;
}

Parsed<QList<KernelSocketRow>> parseProcNetTcp(QByteArrayView text, const ProcNetTcpFormat &format)
{
    QList<KernelSocketRow> rows;
    qsizetype lineStart = 0;
    int lineNumber = 0;
    while (lineStart < text.size()) {
        qsizetype lineEnd = text.indexOf('\n', lineStart);
        if (lineEnd < 0)
            lineEnd = text.size();
        const QByteArrayView line = text.sliced(lineStart, lineEnd - lineStart);
        ++lineNumber;
        LineTokens tokens(line, lineStart);
        const QByteArrayView first = tokens.next();
        if (lineNumber == 1) {
            if (first != "sl")
                return ParseError{KernelTcpView::tr("Line 1 should be the header of /proc/net/tcp, starting with \"sl "
                                     "local_address rem_address\"; it starts with '%1'.")
                                      .arg(shown(first)),
                                  tokens.position(), int(first.size()), lineNumber};
        } else if (!first.isEmpty()) {
            const Parsed<KernelSocketRow> row = parseSocketLine(line, lineStart, lineNumber, format);
            if (!row)
                return row.error();
            rows.append(*row);
        }
        lineStart = lineEnd + 1;
    }
    if (lineNumber == 0)
        return ParseError{KernelTcpView::tr("The socket list is empty; /proc/net/tcp starts with a header line "
                             "\"sl local_address rem_address ...\"."),
                          0, 0, -1};
    return rows;
}

} // namespace NetSteps
