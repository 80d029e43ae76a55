#pragma once

#include "scenario.h"
#include "scenariobuilder.h"

namespace NetSteps::TcpScenarios {

// The two-party TCP scenarios. Endpoints are named "client" and "server"; the client is
// 192.168.1.10 on an ephemeral port, the server 192.168.1.20 port 8080, on one LAN.
ScenarioBuilder twoParty(const QString &id, const ScenarioParameters &parameters);
// A server (192.168.1.20:8080, named "server") and `clients` clients ("client 1" … on
// 192.168.1.11 …, ephemeral ports), all CLOSED, as in tcp-backlog.
ScenarioBuilder manyClients(const QString &id, const ScenarioParameters &parameters, int clients);

Scenario handshake(const ScenarioParameters &parameters);           // tcp-handshake
Scenario close(const ScenarioParameters &parameters);               // tcp-close
Scenario data(const ScenarioParameters &parameters);                // tcp-data
Scenario closeServer(const ScenarioParameters &parameters);         // tcp-close-server
Scenario closeSimultaneous(const ScenarioParameters &parameters);   // tcp-close-simultaneous
Scenario closePiggyback(const ScenarioParameters &parameters);      // tcp-close-piggyback
Scenario halfClose(const ScenarioParameters &parameters);           // tcp-half-close
Scenario lostAck(const ScenarioParameters &parameters);             // tcp-lost-ack
Scenario retransmit(const ScenarioParameters &parameters);          // tcp-retransmit
Scenario rstAbort(const ScenarioParameters &parameters);            // tcp-rst-abort
Scenario refused(const ScenarioParameters &parameters);             // tcp-refused
Scenario simultaneousOpen(const ScenarioParameters &parameters);    // tcp-simultaneous-open
Scenario keepalive(const ScenarioParameters &parameters);           // tcp-keepalive
Scenario reuseAddress(const ScenarioParameters &parameters);        // tcp-reuseaddr

// Endpoints "client 1" … "client 4" (192.168.1.11 … .14, ephemeral ports) and "server"
// (192.168.1.20 port 8080), which listens with a backlog of 1 and creates a connection per SYN,
// named "server ← client 1" and so on.
Scenario backlog(const ScenarioParameters &parameters);             // tcp-backlog

} // namespace NetSteps::TcpScenarios
