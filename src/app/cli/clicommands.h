#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

// The subcommands of netsteps-cli. Each takes the arguments after its own name and returns the
// process exit status: 0 success, 1 the work failed, 2 bad usage or invalid input (one line on
// err naming the bad part), 3 not available on this system.
namespace NetSteps::Cli {

enum ExitStatus { Success = 0, Failed = 1, BadInput = 2, NotAvailable = 3 };

// The tool's text, translated in the context lupdate gives this namespace.
inline QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("NetSteps::Cli", text, disambiguation, n);
}

// Runs the tool on its arguments (without the program name): dispatches to a subcommand.
int run(QStringList args, QTextStream &out, QTextStream &err);

int runSubnetCommand(const QStringList &args, QTextStream &out, QTextStream &err);
int runScenariosCommand(const QStringList &args, QTextStream &out, QTextStream &err);
int runRunCommand(const QStringList &args, QTextStream &out, QTextStream &err);
int runExportCommand(const QStringList &args, QTextStream &out, QTextStream &err);
int runServeCommand(const QStringList &args, QTextStream &out, QTextStream &err);
int runLessonsCommand(const QStringList &args, QTextStream &out, QTextStream &err);

} // namespace NetSteps::Cli
