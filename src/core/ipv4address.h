#pragma once

#include <QCoreApplication>

#include "parseresult.h"

#include <QMetaType>
#include <QString>
#include <QStringView>

#include <compare>

namespace NetSteps {

// An IPv4 address as a 32-bit value, written in dotted decimal.
class Ipv4Address
{
    Q_DECLARE_TR_FUNCTIONS(NetSteps::Ipv4Address)

public:
    constexpr Ipv4Address() = default;
    constexpr explicit Ipv4Address(quint32 value) : m_value(value) {}
    static constexpr Ipv4Address fromOctets(quint8 a, quint8 b, quint8 c, quint8 d)
    {
        return Ipv4Address((quint32(a) << 24) | (quint32(b) << 16) | (quint32(c) << 8) | d);
    }

    // Strict dotted decimal: four decimal octets 0-255, no spaces, no leading '+', nothing after.
    static Parsed<Ipv4Address> parse(QStringView text);

    constexpr quint32 toUInt() const { return m_value; }
    constexpr quint8 octet(int index) const { return quint8(m_value >> (8 * (3 - index))); }
    QString toString() const;
    // 32 binary digits with a '.' between octets: "11000000.10101000.00000001.00001010".
    QString toBinaryString() const;

    friend constexpr auto operator<=>(Ipv4Address, Ipv4Address) = default;

private:
    quint32 m_value = 0;
};

} // namespace NetSteps

Q_DECLARE_METATYPE(NetSteps::Ipv4Address)
