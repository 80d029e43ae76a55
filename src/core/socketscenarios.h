#pragma once

#include "scenario.h"
#include "scenariobuilder.h"

// The scenarios of the Sockets topic that the simulation performs: what the calls students write
// return, and what goes on the wire meanwhile. The client is 192.168.1.10, the server
// 192.168.1.20, on one LAN (ARP already done), as in the TCP scenarios.
namespace NetSteps::SocketScenarios {

// UDP sockets "client" (ephemeral port) and "server" (port 9090): one datagram each way with no
// handshake, then datagrams to port 9999, where nothing listens: ICMP port unreachable, which an
// unconnected socket never hears of and a connected one reports as ECONNREFUSED.
Scenario udpExchange(const ScenarioParameters &parameters);      // udp-exchange
// An established connection whose client set SO_SNDBUF to 4096 and a timeout: send() of 10000
// bytes takes 4096, and sendall() sends the rest with as many send() calls as it needs.
Scenario sendVsSendall(const ScenarioParameters &parameters);    // send-vs-sendall
// Three quick send()s over TCP come out of one recv() merged, three sendto()s over UDP come out of
// three recvfrom()s one by one; then newline framing over TCP, where recv() may also split.
Scenario streamVsDatagram(const ScenarioParameters &parameters); // stream-vs-datagram

// The model's send buffer in send-vs-sendall (SO_SNDBUF), and the message it sends.
inline constexpr qsizetype sendBufferBytes = 4096;
inline constexpr qsizetype sendallMessageBytes = 10000;

} // namespace NetSteps::SocketScenarios
