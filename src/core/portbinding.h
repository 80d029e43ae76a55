#pragma once

#include "tcpendpoint.h"

#include <QList>

namespace NetSteps {

// Whether a new socket may bind() a local port that other sockets use, by Linux's rule
// (inet_csk_bind_conflict in net/ipv4/inet_connection_sock.c): every socket still on the port,
// in any state but CLOSED (TIME-WAIT included), keeps it in use, unless both that socket and the
// new one have SO_REUSEADDR and that socket is not listening. An accepted connection carries its
// listening socket's SO_REUSEADDR. Addresses conflict when they are equal or one is 0.0.0.0.
//
// Returns the socket that keeps the port in use, or nullptr when bind() succeeds.
const TcpControlBlock *bindConflict(const QList<TcpControlBlock> &sockets, Ipv4Address address, quint16 port,
                                    bool reuseAddress);

// The first socket other than CLOSED on the port, whether or not it conflicts: the one a lesson
// names when SO_REUSEADDR lets a new socket share the port with it.
const TcpControlBlock *portUser(const QList<TcpControlBlock> &sockets, Ipv4Address address, quint16 port);

} // namespace NetSteps
