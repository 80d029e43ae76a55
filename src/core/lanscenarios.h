#pragma once

#include "scenario.h"
#include "scenariobuilder.h"

#include <optional>

// The scenarios of the addressing and ARP lessons. Each is built from ScenarioParameters (the
// subnet lessons from `subnet`, `otherAddress`, `subnetToSplit` and `borrowBits`; the ARP
// lessons from the `lan` plan, with MAC addresses drawn from the seed) as deterministic steps
// whose state holds every ARP cache and MAC table. The sender is always A1, the first host of
// LAN 1; captureRecords() gives the frames on A1's link.
namespace NetSteps::LanScenarios {

// Why these parameters cannot make the scenario (a LAN that cannot hold its hosts, a subnet
// that cannot be split so far, ...), or nothing when they can. The builders below assume they can.
std::optional<ParseError> check(QStringView id, const ScenarioParameters &parameters);

// subnet-and: an address in binary, the mask, the AND, the broadcast address, the host range,
// and a second address compared.
Scenario subnetAnd(const ScenarioParameters &parameters);
// subnetting: a network split by borrowing 1, 2, … borrowBits host bits.
Scenario subnetting(const ScenarioParameters &parameters);
// arp-same-subnet: A1 sends a TCP SYN to A2 on its own LAN; ARP request, flood, reply, data.
Scenario arpSameSubnet(const ScenarioParameters &parameters);
// arp-via-gateway: A1 sends to B1 on the other LAN: ARP for the gateway, the router's ARP on the
// far LAN, MAC addresses changing hop by hop while the IP addresses stay.
Scenario arpViaGateway(const ScenarioParameters &parameters);
// arp-cached: after a first exchange A1 sends again: the cache answers, no ARP.
Scenario arpCached(const ScenarioParameters &parameters);
// arp-unknown-unicast: five minutes later the switch has forgotten A2; A1's frame to A2 is
// flooded as an unknown unicast, and the answer is forwarded again.
Scenario arpUnknownUnicast(const ScenarioParameters &parameters);
// arp-no-reply: A1 ARPs for an address nobody has: three requests, then FAILED, and connect()
// fails with EHOSTUNREACH.
Scenario arpNoReply(const ScenarioParameters &parameters);

} // namespace NetSteps::LanScenarios
