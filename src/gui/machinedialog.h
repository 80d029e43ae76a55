#pragma once

#include <QDialog>

class QLabel;
class QTableWidget;

namespace NetSteps {

// This computer's own interfaces (address, mask, MAC) and its kernel's ARP cache
// (/proc/net/arp), beside the model LANs of the ARP lessons: every column is explained in its
// header's tooltip, and a system without the file says so.
class MachineDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MachineDialog)

public:
    explicit MachineDialog(QWidget *parent = nullptr);

    // Reads the interfaces and the ARP cache again.
    void refresh();
    QTableWidget *interfacesTable() const { return m_interfaces; }
    QTableWidget *arpTable() const { return m_arp; }
    QString arpStatus() const;

private:
    void fillInterfaces();
    void fillArp();

    QTableWidget *m_interfaces;
    QTableWidget *m_arp;
    QLabel *m_arpStatus;
};

} // namespace NetSteps
