#pragma once

#include "scenariobuilder.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QList>
#include <QString>
#include <QTextStream>

namespace NetSteps::Cli {

// The options of `run` and `export` that shape the LAN and subnet scenarios: --hosts for the ARP
// scenarios, --address, --mask and --other for subnet-and, --network and --borrow for subnetting.
QList<QCommandLineOption> lanOptions();

// Reads those options into the parameters of scenario `id` and checks that they make it
// (ScenarioRegistry::check). On a bad value, or an option the scenario does not take, one line
// "netsteps-cli COMMAND: …" naming the option on err, and false.
bool applyLanOptions(const QCommandLineParser &parser, const QString &command, const QString &id,
                     ScenarioParameters &parameters, QTextStream &err);

} // namespace NetSteps::Cli
