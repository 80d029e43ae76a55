#pragma once

#include "scenario.h"

#include <QJsonObject>
#include <QTextStream>

// How `netsteps-cli run` shows a step of the LAN and subnet scenarios (Stage::Topology and
// Stage::Bits); the TCP scenarios' ladder steps are shown by scenariocommands.cpp.
namespace NetSteps::Cli {

// The step's own JSON fields, beside the common ones (step, time_ms, kind, event, caption,
// layer). Topology: from, to (every receiver), frame, frame_length, ethernet, arp_caches and
// mac_table (only the non-empty ones), and route, switch, outcomes or aged_out as the step has
// them. Bits: addressing.
QJsonObject lanStepJson(const Scenario &scenario, int index);

// The step's detail lines, indented, between its title line and its caption: the frame that
// moved, the switch's decision, the ARP caches and MAC tables that are not empty; the AND in
// binary and the subnets where the step shows them.
void writeLanStep(QTextStream &out, const Scenario &scenario, int index);

} // namespace NetSteps::Cli
