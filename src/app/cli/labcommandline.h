#pragma once

#include "ipv4address.h"
#include "labnative.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTextStream>
#include <QtGlobal>

#include <functional>
#include <optional>

namespace NetSteps {
class LabStopSignals;
}

// What the socket lab's commands (serve, proxy) share on the command line.
namespace NetSteps::Cli {

// A port as typed: digits only, 0 to 65535.
std::optional<quint16> parseLabPort(const QString &text);

// The exit status when a lab service cannot listen: 3 for a port in use or below 1024 without
// the privilege, or a system without lab services; 2 for an address not of this machine; else 1.
int exitStatusForListenFailure(LabFailure failure);

// The options every lab command takes beside its own (--bind ADDR, --max-conn N, --json,
// -h/--help), the line for bad input, the log printed as text or JSON Lines, and the run until
// SIGINT or SIGTERM.
class LabCommandLine
{
public:
    // command: "serve", "proxy"; maxConnectionsLimit: the largest --max-conn it accepts.
    LabCommandLine(QString command, int maxConnectionsLimit);

    // Parses args with the shared options and the command's own. False when the command is done
    // already, with its exit status in *status: the help was asked for (printed on out), or the
    // input is bad (one line on err).
    bool parse(const QStringList &args, const QList<QCommandLineOption> &own, const QString &help, QTextStream &out,
               QTextStream &err, int *status);
    const QCommandLineParser &parser() const { return m_parser; }
    Ipv4Address bindAddress() const { return m_bindAddress; }
    int maxConnections() const { return m_maxConnections; }

    // "netsteps-cli COMMAND: MESSAGE See 'netsteps-cli COMMAND --help'." on err; returns 2.
    int badInput(QTextStream &err, const QString &message) const;
    // One event of the log (a LabEvent, a LabProxyEvent) as its line of text or, with --json, as
    // one JSON object, flushed at once: whoever reads the log (a student, a test, a script) sees
    // each event as it happens.
    template<typename Event>
    void print(QTextStream &out, const Event &event) const
    {
        if (m_json)
            printJson(out, event.toJson());
        else
            out << event.describe() << Qt::endl;
    }
    // Runs the event loop until SIGINT or SIGTERM, says so on err, calls stop(), returns 0.
    int runUntilStopped(LabStopSignals &stopSignals, QTextStream &err, const std::function<void()> &stop) const;

private:
    static void printJson(QTextStream &out, const QJsonObject &object);

    QString m_command;
    int m_maxConnectionsLimit;
    QCommandLineOption m_bindOption;
    QCommandLineOption m_maxConnOption;
    QCommandLineOption m_jsonOption;
    QCommandLineOption m_helpOption;
    QCommandLineParser m_parser;
    Ipv4Address m_bindAddress;
    int m_maxConnections = 0;
    bool m_json = false;
};

} // namespace NetSteps::Cli
