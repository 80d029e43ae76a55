#pragma once

#include <QFlags>
#include <QMetaType>
#include <QString>
#include <QStringView>

#include <optional>

namespace NetSteps {

// The eight control bits of a TCP header (RFC 9293 section 3.1, ECE and CWR from RFC 3168), with
// their values as they sit in the header's flags byte.
enum class TcpFlag : quint8 {
    Fin = 0x01,
    Syn = 0x02,
    Rst = 0x04,
    Psh = 0x08,
    Ack = 0x10,
    Urg = 0x20,
    Ece = 0x40,
    Cwr = 0x80,
};
Q_DECLARE_FLAGS(TcpFlags, TcpFlag)
Q_DECLARE_OPERATORS_FOR_FLAGS(TcpFlags)

// The flags byte of a TCP header read as flags, and back.
inline TcpFlags tcpFlagsFromByte(quint8 byte)
{
    return TcpFlags::fromInt(byte);
}
inline quint8 tcpFlagsToByte(TcpFlags flags)
{
    return quint8(flags.toInt());
}

// "SYN", "SYN,ACK", "FIN,PSH,ACK": the set flags' names in the order SYN, FIN, RST, PSH, ACK, URG,
// ECE, CWR, joined by commas; "" when no flag is set.
QString tcpFlagsToString(TcpFlags flags);

// The inverse, case-insensitive, spaces around the commas allowed; "" gives no flags. Returns
// nothing for an unknown name or an empty item ("SYN,,ACK").
std::optional<TcpFlags> tcpFlagsFromString(QStringView text);

} // namespace NetSteps

Q_DECLARE_METATYPE(NetSteps::TcpFlags)
