#pragma once

#include <QStringList>
#include <QTextStream>

namespace NetSteps::Cli {

// `netsteps-cli arp --system [--json]`: this machine's interfaces and the kernel's ARP cache,
// with what each column means. Exit status as in clicommands.h; 3 when the system has no ARP
// cache NetSteps can read (the interfaces are shown all the same).
int runArpCommand(const QStringList &args, QTextStream &out, QTextStream &err);

} // namespace NetSteps::Cli
