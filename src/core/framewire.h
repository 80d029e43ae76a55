#pragma once

// What FrameCodec's encoder and decoder share: header sizes, option kinds, big-endian reads and
// the formatting of values. Internal to src/core.

#include "macaddress.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>
#include <QtEndian>

namespace NetSteps::FrameCodec {

inline QString tr(const char *text)
{
    return QCoreApplication::translate("NetSteps::FrameCodec", text);
}

inline QString byteCount(qsizetype count)
{
    return count == 1 ? tr("1 byte") : tr("%1 bytes").arg(count);
}

constexpr int EthernetHeaderLength = 14;
constexpr int ArpPacketLength = 28;
constexpr int Ipv4MinimumHeaderLength = 20;
constexpr int TcpMinimumHeaderLength = 20;
constexpr int UdpHeaderLength = 8;
constexpr int IcmpHeaderLength = 8; // type, code, checksum and the 4 bytes that depend on the type

constexpr quint16 DontFragmentBit = 0x4000;
constexpr quint16 MoreFragmentsBit = 0x2000;
constexpr quint16 FragmentOffsetMask = 0x1fff;

enum TcpOptionKind : quint8 {
    OptionEnd = 0,
    OptionNop = 1,
    OptionMss = 2,
    OptionWindowScale = 3,
    OptionSackPermitted = 4,
    OptionSack = 5,
    OptionTimestamps = 8,
};

// Reading: the caller has checked that every byte read is there.

inline quint8 get8(QByteArrayView bytes, qsizetype position)
{
    return quint8(bytes[position]);
}

inline quint16 get16(QByteArrayView bytes, qsizetype position)
{
    return qFromBigEndian<quint16>(bytes.data() + position);
}

inline quint32 get32(QByteArrayView bytes, qsizetype position)
{
    return qFromBigEndian<quint32>(bytes.data() + position);
}

inline MacAddress getMac(QByteArrayView bytes, qsizetype position)
{
    MacAddress::Bytes mac;
    for (int i = 0; i < 6; ++i)
        mac[i] = get8(bytes, position + i);
    return MacAddress(mac);
}

inline QString hex(quint32 value, int digits)
{
    return QStringLiteral("0x%1").arg(value, digits, 16, QLatin1Char('0'));
}

} // namespace NetSteps::FrameCodec
