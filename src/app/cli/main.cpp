// netsteps-cli: the headless tool over NetSteps' core and live layers.

#include "arpcommand.h"
#include "clicommands.h"
#include "proxycommand.h"
#include "translations.h"

#include <QCoreApplication>
#include <QTextStream>

namespace NetSteps::Cli {

namespace {

QString usage()
{
    return tr("Usage: netsteps-cli [--lang en|zh_CN] COMMAND [ARGS...]\n"
              "\n"
              "Commands:\n"
              "  subnet ADDR/PREFIX | ADDR MASK [--with ADDR2] [--split N] [--json]\n"
              "                      mask, network, broadcast, hosts and the binary AND\n"
              "  scenarios [--json]  the scenarios NetSteps can perform\n"
              "  run ID [--seed N] [--msl SECONDS] [--json] [--live [--pcap FILE]]\n"
              "                      every step of a scenario, step 0 first; --live performs it\n"
              "                      with real sockets on 127.0.0.1 beside the kernel's own view,\n"
              "                      --pcap saves the real segments (root or CAP_NET_RAW)\n"
              "                      the ARP lessons take --hosts N; subnet-and --address\n"
              "                      ADDR[/N], --mask MASK|/N, --other ADDR; subnetting\n"
              "                      --network CIDR, --borrow N (export takes them too)\n"
              "  export ID --pcap FILE [--seed N] [--msl SECONDS]\n"
              "                      the scenario's frames as a pcap file for Wireshark; for an ARP\n"
              "                      lesson, the frames on the sender A1's link\n"
              "  serve (--tcp PORT | --udp PORT)... [--mode hello|upper|echo] [--bind ADDR]\n"
              "        [--max-conn N] [--json]\n"
              "                      the course's servers on 127.0.0.1 until Ctrl+C, one log line\n"
              "                      per connection opened or closed\n"
              "  proxy --listen PORT --to HOST:PORT [--bind ADDR] [--max-conn N] [--json]\n"
              "                      forwards your own client to HOST:PORT and logs both legs live\n"
              "  lessons [--lessons-dir DIR] | lessons --check [DIR]\n"
              "                      the lessons (id, kind, title); --check validates the built-in\n"
              "                      lessons or the *.json files in DIR, one line per error\n"
              "  arp --system [--json]\n"
              "                      this machine's interfaces and the kernel's ARP cache, with\n"
              "                      what each column means\n"
              "\n"
              "Exit status: 0 success, 1 the work failed, 2 bad usage or input, 3 not available here.\n");
}

// Takes "--lang L" (or "--lang=L") out of the arguments; returns L, or an empty string.
QString takeLanguage(QStringList &args)
{
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--lang") && i + 1 < args.size()) {
            const QString language = args[i + 1];
            args.remove(i, 2);
            return language;
        }
        if (args[i].startsWith(QLatin1String("--lang="))) {
            const QString language = args[i].mid(7);
            args.remove(i);
            return language;
        }
    }
    return {};
}

} // namespace

int run(QStringList args, QTextStream &out, QTextStream &err)
{
    // English too has a translation file: its plural forms ("1 frame", "2 frames").
    const QString language = takeLanguage(args);
    if (!installTranslations(language.isEmpty() ? QStringLiteral("en") : language)) {
        err << tr("netsteps-cli: unknown language '%1' (use en or zh_CN)").arg(language) << Qt::endl;
        return BadInput;
    }
    if (args.isEmpty()) {
        out << usage();
        return BadInput;
    }
    const QString command = args.takeFirst();
    if (command == QLatin1String("--help") || command == QLatin1String("-h") || command == QLatin1String("help")) {
        out << usage();
        return Success;
    }
    if (command == QLatin1String("--version")) {
        out << "netsteps-cli " << QCoreApplication::applicationVersion() << Qt::endl;
        return Success;
    }
    if (command == QLatin1String("subnet"))
        return runSubnetCommand(args, out, err);
    if (command == QLatin1String("scenarios"))
        return runScenariosCommand(args, out, err);
    if (command == QLatin1String("run"))
        return runRunCommand(args, out, err);
    if (command == QLatin1String("export"))
        return runExportCommand(args, out, err);
    if (command == QLatin1String("serve"))
        return runServeCommand(args, out, err);
    if (command == QLatin1String("proxy"))
        return runProxyCommand(args, out, err);
    if (command == QLatin1String("lessons"))
        return runLessonsCommand(args, out, err);
    if (command == QLatin1String("arp"))
        return runArpCommand(args, out, err);
    err << tr("netsteps-cli: unknown command '%1'; run netsteps-cli --help").arg(command) << Qt::endl;
    return BadInput;
}

} // namespace NetSteps::Cli

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("netsteps-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(NETSTEPS_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    const int status = NetSteps::Cli::run(app.arguments().mid(1), out, err);
    out.flush();
    err.flush();
    return status;
}
