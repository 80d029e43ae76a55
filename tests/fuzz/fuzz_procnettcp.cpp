// Fuzz target: the text of Linux's /proc/net/tcp (parseProcNetTcp), which the kernel view reads
// to find sockets no process holds any more (TIME-WAIT). The first input byte chooses the
// producer's byte order, the second its clock ticks per second (0 included, which the parser must
// survive); the rest is the text.
//
// Properties: a rejected text gives a message, a position and length within the text, and the
// 1-based number of the bad line as its part (or -1 for an empty text); an accepted one gives at
// most one row per line after the header, and its rows, printed back in the kernel's format for
// the same producer, parse to the same rows.

#include "fuzztarget.h"

#include "kerneltcpview.h"

#include <QtEndian>

namespace {

using namespace NetSteps;

QString endpoint(Ipv4Address address, quint16 port, QSysInfo::Endian byteOrder)
{
    const quint32 word = byteOrder == QSysInfo::LittleEndian ? qbswap(address.toUInt()) : address.toUInt();
    return QStringLiteral("%1:%2")
        .arg(word, 8, 16, QLatin1Char('0'))
        .arg(port, 4, 16, QLatin1Char('0'))
        .toUpper();
}

// One row as the kernel prints it (net/ipv4/tcp_ipv4.c, get_tcp4_sock and get_timewait4_sock).
QString printRow(const KernelSocketRow &row, int slot, const ProcNetTcpFormat &format)
{
    const int ticks = qMax(1, format.clockTicksPerSecond);
    const bool timer = row.timerSecondsLeft >= 0;
    return QStringLiteral("%1: %2 %3 %4 00000000:00000000 %5:%6 00000000     0        0 0 3 0000000000000000\n")
        .arg(slot, 4)
        .arg(endpoint(row.localAddress, row.localPort, format.byteOrder),
             endpoint(row.remoteAddress, row.remotePort, format.byteOrder))
        .arg(tcpStateToLinux(row.state), 2, 16, QLatin1Char('0'))
        .arg(timer ? 3 : 0, 2, 16, QLatin1Char('0'))
        .arg(timer ? quint64(row.timerSecondsLeft) * quint64(ticks) : 0, 8, 16, QLatin1Char('0'));
}

int fuzzProcNetTcp(const std::uint8_t *data, std::size_t size)
{
    Fuzz::Input input(Fuzz::bytes(data, size));
    ProcNetTcpFormat format;
    format.byteOrder = input.flag() ? QSysInfo::BigEndian : QSysInfo::LittleEndian;
    format.clockTicksPerSecond = input.byte();
    const QByteArrayView text = input.rest();

    const Parsed<QList<KernelSocketRow>> rows = parseProcNetTcp(text, format);
    const qsizetype lines = text.count('\n') + 1;
    if (!rows) {
        Fuzz::checkParseError(rows.error(), text.size(), int(lines), "/proc/net/tcp");
        FUZZ_CHECK(rows.error().part != 0, rows.error().message);
        return 0;
    }
    FUZZ_CHECK(rows->size() <= lines - 1, QStringLiteral("%1 rows from %2 lines").arg(rows->size()).arg(lines));

    QString printed = QStringLiteral(
        "  sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode\n");
    for (qsizetype i = 0; i < rows->size(); ++i) {
        const KernelSocketRow &row = rows->at(i);
        FUZZ_CHECK(row.timerSecondsLeft >= -1, QString::number(row.timerSecondsLeft));
        printed += printRow(row, int(i), format);
    }
    const QByteArray printedBytes = printed.toLatin1();
    const Parsed<QList<KernelSocketRow>> again = parseProcNetTcp(printedBytes, format);
    FUZZ_CHECK(again.ok(), printed + (again ? QString() : again.error().message));
    FUZZ_CHECK(*again == *rows, printed);
    return 0;
}

} // namespace

NETSTEPS_FUZZ_TARGET("procnettcp", fuzzProcNetTcp)
