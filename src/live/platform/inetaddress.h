#pragma once

// Conversions between NetSteps' IPv4 addresses and the C library's, for the POSIX backends.

#include "nativesockets.h"

#include <QtEndian>

#include <netinet/in.h>

namespace NetSteps {

inline sockaddr_in toSockaddr(const NativeSocketAddress &address)
{
    sockaddr_in out{};
    out.sin_family = AF_INET;
    out.sin_port = qToBigEndian(address.port);
    out.sin_addr.s_addr = qToBigEndian(address.address.toUInt());
    return out;
}

inline NativeSocketAddress fromSockaddr(const sockaddr_in &address)
{
    return {Ipv4Address(qFromBigEndian(quint32(address.sin_addr.s_addr))), qFromBigEndian(address.sin_port)};
}

} // namespace NetSteps
