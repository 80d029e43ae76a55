#include "machinedialog.h"

#include "machineinterfaces.h"
#include "systemarp.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace NetSteps {

namespace {

// A read-only table whose headers carry their column's explanation as a tooltip.
QTableWidget *makeTable(QWidget *parent, const QList<std::pair<QString, QString>> &columns)
{
    auto *table = new QTableWidget(0, int(columns.size()), parent);
    for (int c = 0; c < columns.size(); ++c) {
        auto *header = new QTableWidgetItem(columns.at(c).first);
        header->setToolTip(columns.at(c).second);
        table->setHorizontalHeaderItem(c, header);
    }
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

void setRow(QTableWidget *table, int row, const QStringList &cells)
{
    for (int c = 0; c < cells.size(); ++c)
        table->setItem(row, c, new QTableWidgetItem(cells.at(c)));
}

} // namespace

MachineDialog::MachineDialog(QWidget *parent)
    : QDialog(parent),
      m_interfaces(makeTable(this, {{tr("Interface"), tr("The system's name for the network card (lo is loopback).")},
                                    {tr("IPv4 address"), tr("This computer's address on that interface.")},
                                    {tr("Mask"), tr("The subnet mask: AND it with the address to get the network.")},
                                    {tr("Network"), tr("The address AND the mask: every host of this LAN shares it.")},
                                    {tr("MAC address"), tr("The card's hardware address, used inside the LAN (none on loopback).")},
                                    {tr("State"), tr("Whether the interface is up.")}})),
      m_arp(makeTable(this, {{tr("IP address"), tr("A neighbour's IPv4 address on one of the LANs.")},
                             {tr("HW type"), tr("The link type: 0x1 is Ethernet (Wi-Fi reports it too).")},
                             {tr("Flags"), tr("0x2: complete (the MAC address is known); 0x4: permanent (added by hand, "
                                              "never ages); 0x0: incomplete (a request is waiting for its reply).")},
                             {tr("HW address"), tr("The neighbour's MAC address, all zeros while incomplete.")},
                             {tr("Mask"), tr("Used only by proxy ARP entries; '*' otherwise.")},
                             {tr("Device"), tr("The interface through which the neighbour is reached.")}})),
      m_arpStatus(new QLabel(this))
{
    setWindowTitle(tr("This Machine"));
    auto *layout = new QVBoxLayout(this);
    auto *interfacesTitle = new QLabel(tr("<b>Interfaces</b> (QNetworkInterface)"), this);
    layout->addWidget(interfacesTitle);
    layout->addWidget(m_interfaces, 1);
    auto *arpTitle = new QLabel(tr("<b>The kernel's ARP cache</b> (%1) — point at a column heading for what it means")
                                    .arg(SystemArp::procPath()),
                                this);
    layout->addWidget(arpTitle);
    layout->addWidget(m_arp, 2);
    m_arpStatus->setWordWrap(true);
    layout->addWidget(m_arpStatus);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *again = buttons->addButton(tr("&Refresh"), QDialogButtonBox::ActionRole);
    again->setShortcut(QKeySequence::Refresh);
    connect(again, &QPushButton::clicked, this, &MachineDialog::refresh);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(820, 560);
    refresh();
}

QString MachineDialog::arpStatus() const
{
    return m_arpStatus->text();
}

void MachineDialog::refresh()
{
    fillInterfaces();
    fillArp();
}

void MachineDialog::fillInterfaces()
{
    const QList<MachineInterface> interfaces = machineInterfaces();
    m_interfaces->setRowCount(int(interfaces.size()));
    for (int row = 0; row < interfaces.size(); ++row) {
        const MachineInterface &i = interfaces.at(row);
        const bool hasMask = i.prefixLength >= 0;
        const QString network =
            hasMask ? QStringLiteral("%1/%2").arg(Ipv4Address(i.address.toUInt() & i.netmask.toUInt()).toString()).arg(i.prefixLength)
                    : tr("unknown");
        setRow(m_interfaces, row,
               {i.humanName.isEmpty() ? i.name : i.humanName, i.address.toString(),
                hasMask ? QStringLiteral("%1 (/%2)").arg(i.netmask.toString()).arg(i.prefixLength) : tr("unknown"), network,
                i.isLoopback || i.mac == MacAddress() ? tr("none") : i.mac.toString(), i.isUp ? tr("up") : tr("down")});
    }
}

void MachineDialog::fillArp()
{
    const Parsed<SystemArpTable> table = SystemArp::read();
    if (!table.ok()) {
        m_arp->setRowCount(0);
        m_arpStatus->setText(table.error().message);
        return;
    }
    const QList<SystemArpEntry> &entries = table->entries;
    m_arp->setRowCount(int(entries.size()));
    for (int row = 0; row < entries.size(); ++row) {
        const SystemArpEntry &e = entries.at(row);
        const QString type = SystemArp::hardwareTypeName(e.hardwareType);
        setRow(m_arp, row,
               {e.ip.toString(),
                QStringLiteral("0x%1%2").arg(e.hardwareType, 0, 16).arg(type.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(type)),
                QStringLiteral("0x%1 (%2)").arg(e.flags, 0, 16).arg(SystemArp::flagsMeaning(e.flags)), e.hardwareAddress,
                e.mask, e.device});
    }
    QStringList status;
    status.append(entries.isEmpty() ? tr("The cache is empty: this computer has not talked to a neighbour on its LAN lately.")
                                    : tr("%n neighbour(s) in the cache.", nullptr, int(entries.size())));
    for (const ParseError &problem : table->problems)
        status.append(problem.message);
    m_arpStatus->setText(status.join(u'\n'));
}

} // namespace NetSteps
