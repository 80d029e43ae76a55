#pragma once

#include <QCoreApplication>

#include "ipv4address.h"
#include "parseresult.h"

#include <QList>
#include <QString>
#include <QStringView>

// This machine's own ARP cache, as the kernel lists it, beside the model's caches of the ARP
// lessons. Linux writes it to /proc/net/arp; other systems have no such file and get a sentence
// that says so.
namespace NetSteps {

// One row of /proc/net/arp: IP address, HW type, Flags, HW address, Mask, Device.
struct SystemArpEntry
{
    // The ATF_* bits of the Flags column (linux/if_arp.h) that the kernel sets.
    static constexpr int completeFlag = 0x2;  // ATF_COM: the hardware address is known
    static constexpr int permanentFlag = 0x4; // ATF_PERM: added by hand, never ages out
    static constexpr int publishedFlag = 0x8; // ATF_PUBL: answered for another host (proxy ARP)
    // The HW type of Ethernet (ARPHRD_ETHER, linux/if_arp.h); Wi-Fi reports it too.
    static constexpr int ethernetType = 0x1;

    Ipv4Address ip;
    int hardwareType = 0;
    int flags = 0;
    QString hardwareAddress; // lower-case colon-separated bytes; all zeros while incomplete
    QString mask;            // "*" except on proxy entries
    QString device;          // the interface the neighbour is reached through: "eth0"

    bool isComplete() const { return flags & completeFlag; }
    bool isPermanent() const { return flags & permanentFlag; }
    bool isPublished() const { return flags & publishedFlag; }

    friend bool operator==(const SystemArpEntry &, const SystemArpEntry &) = default;
};

// The rows that parsed, and one error per line that did not (its `part` is the 1-based line
// number): a malformed line does not hide the others.
struct SystemArpTable
{
    QList<SystemArpEntry> entries;
    QList<ParseError> problems;
};

class SystemArp
{
    Q_DECLARE_TR_FUNCTIONS(NetSteps::SystemArp)

public:
    static QString procPath() { return QStringLiteral("/proc/net/arp"); }

    // Parses the text of /proc/net/arp: a header line, then one line per entry, six columns
    // separated by spaces. Blank lines are skipped.
    static SystemArpTable parse(QStringView text);

    // Reads and parses the file at `path`; on a system without it, or when it cannot be read,
    // no table and a translated sentence saying why.
    static Parsed<SystemArpTable> read(const QString &path = procPath());

    // "Ethernet" for 0x1, and the names of the other common ARPHRD_* types; empty for the rest.
    static QString hardwareTypeName(int type);
    // What the flags mean, translated: "complete", "permanent, complete", "incomplete".
    static QString flagsMeaning(int flags);
};

} // namespace NetSteps
