// netsteps-cli: the headless tool over NetSteps' core and live layers.

#include "clicommands.h"
#include "translations.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

using namespace NetSteps;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("NetSteps::Cli", text);
}

QString usage()
{
    return tr("Usage: netsteps-cli [--lang en|zh_CN] COMMAND [ARGS...]\n"
              "\n"
              "Commands:\n"
              "  subnet ADDR/PREFIX | ADDR MASK [--with ADDR2] [--split N] [--json]\n"
              "                      mask, network, broadcast, hosts and the binary AND\n"
              "  scenarios [--json]  the scenarios NetSteps can perform\n"
              "  run ID [--seed N] [--msl SECONDS] [--json]\n"
              "                      every step of a scenario, step 0 first\n"
              "  export ID --pcap FILE [--seed N] [--msl SECONDS]\n"
              "                      the scenario's frames as a pcap file for Wireshark\n"
              "\n"
              "Exit status: 0 success, 1 the work failed, 2 bad usage or input, 3 not available here.\n");
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("netsteps-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(NETSTEPS_VERSION));

    QTextStream out(stdout);
    QTextStream err(stderr);
    QStringList args = app.arguments().mid(1);

    QString language;
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--lang") && i + 1 < args.size()) {
            language = args[i + 1];
            args.remove(i, 2);
            break;
        }
        if (args[i].startsWith(QLatin1String("--lang="))) {
            language = args[i].mid(7);
            args.remove(i);
            break;
        }
    }
    if (!language.isEmpty() && !installTranslations(language)) {
        err << tr("netsteps-cli: unknown language '%1' (use en or zh_CN)").arg(language) << Qt::endl;
        return Cli::BadInput;
    }

    if (args.isEmpty() || args.first() == QLatin1String("--help") || args.first() == QLatin1String("-h")
        || args.first() == QLatin1String("help")) {
        out << usage();
        out.flush();
        return args.isEmpty() ? Cli::BadInput : Cli::Success;
    }
    if (args.first() == QLatin1String("--version")) {
        out << "netsteps-cli " << QCoreApplication::applicationVersion() << Qt::endl;
        return Cli::Success;
    }

    const QString command = args.takeFirst();
    int status = Cli::BadInput;
    if (command == QLatin1String("subnet"))
        status = Cli::runSubnetCommand(args, out, err);
    else if (command == QLatin1String("scenarios"))
        status = Cli::runScenariosCommand(args, out, err);
    else if (command == QLatin1String("run"))
        status = Cli::runRunCommand(args, out, err);
    else if (command == QLatin1String("export"))
        status = Cli::runExportCommand(args, out, err);
    else
        err << tr("netsteps-cli: unknown command '%1'; run netsteps-cli --help").arg(command) << Qt::endl;
    out.flush();
    err.flush();
    return status;
}
