#pragma once

#include <QCoreApplication>

#include "parseresult.h"

#include <QMetaType>
#include <QString>
#include <QStringView>

#include <array>
#include <compare>

namespace NetSteps {

// A 48-bit Ethernet MAC address, always shown lower-case and colon-separated.
class MacAddress
{
    Q_DECLARE_TR_FUNCTIONS(NetSteps::MacAddress)

public:
    using Bytes = std::array<quint8, 6>;

    constexpr MacAddress() = default;
    constexpr explicit MacAddress(const Bytes &bytes) : m_bytes(bytes) {}
    static constexpr MacAddress broadcast() { return MacAddress(Bytes{0xff, 0xff, 0xff, 0xff, 0xff, 0xff}); }

    // Accepts colon or dash separators (Windows writes 00-1A-2B-...), either case; shows colons.
    static Parsed<MacAddress> parse(QStringView text);

    constexpr const Bytes &bytes() const { return m_bytes; }
    constexpr quint8 byte(int index) const { return m_bytes[index]; }
    constexpr bool isBroadcast() const { return *this == broadcast(); }
    constexpr bool isMulticast() const { return m_bytes[0] & 0x01; }
    QString toString() const;

    friend constexpr auto operator<=>(const MacAddress &, const MacAddress &) = default;

private:
    Bytes m_bytes{};
};

} // namespace NetSteps

Q_DECLARE_METATYPE(NetSteps::MacAddress)
