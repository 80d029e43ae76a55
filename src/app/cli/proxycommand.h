#pragma once

#include <QStringList>
#include <QTextStream>

namespace NetSteps::Cli {

// `netsteps-cli proxy --listen PORT --to HOST:PORT [--json]`: forwards each client to the target
// and logs both legs of every connection, until SIGINT or SIGTERM. Exit status as in clicommands.h;
// 3 when the port is in use, needs a privilege, or the proxy is not available on this system.
int runProxyCommand(const QStringList &args, QTextStream &out, QTextStream &err);

} // namespace NetSteps::Cli
