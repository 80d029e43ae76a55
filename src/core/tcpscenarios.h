#pragma once

#include "scenario.h"
#include "scenariobuilder.h"

namespace NetSteps::TcpScenarios {

// The two-party TCP scenarios. Endpoints are named "client" and "server"; the client is
// 192.168.1.10 on an ephemeral port, the server 192.168.1.20 port 8080, on one LAN.
ScenarioBuilder twoParty(const QString &id, const ScenarioParameters &parameters);

Scenario handshake(const ScenarioParameters &parameters); // tcp-handshake
Scenario close(const ScenarioParameters &parameters);     // tcp-close

} // namespace NetSteps::TcpScenarios
