#pragma once

#include <QCommandLineParser>
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

// Parses a subcommand's arguments (single-dash words read as long options); on an error, one
// line "netsteps-cli COMMAND: …" on err and false.
inline bool parseArguments(QCommandLineParser &parser, const QString &command, const QStringList &args,
                           QTextStream &err)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    if (parser.parse(QStringList{QStringLiteral("netsteps-cli %1").arg(command)} + args))
        return true;
    err << "netsteps-cli " << command << ": " << parser.errorText() << Qt::endl;
    return false;
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
