#pragma once

#include "lan.h"

#include <QAbstractTableModel>
#include <QList>
#include <QWidget>

class QLabel;
class QTableView;

// The tables of the ARP lessons at a step: every station's ARP cache and every switch's MAC
// table, read from the state the step recorded (so stepping back shows exactly what that step
// left), with the entries that the step created or changed marked.
namespace NetSteps {

class Scenario;

// Every ARP cache at a step, one row per entry, station by station in topology order: the
// station, the IPv4 address, the MAC address, the entry's state and its age (the step's time
// minus the entry's last change or confirmation).
class ArpCacheTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArpCacheTableModel)

public:
    enum Column { Station, Address, Mac, State, Age, ColumnCount };
    enum Role {
        ChangedRole = Qt::UserRole + 1, // bool: the entry is new, or differs from the previous step's
        AgeMsRole,                      // qint64: the age in milliseconds
    };

    explicit ArpCacheTableModel(QObject *parent = nullptr);

    // The caches after this step of the scenario (nullptr: none).
    void setStep(const Scenario *scenario, int step);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString station;
        ArpEntry entry;
        QString macOwner; // the station the MAC address belongs to
        bool changed = false;
    };

    QList<Row> m_rows;
    qint64 m_nowMs = 0;
};

// Every switch's MAC table at a step, one row per entry: the switch, the MAC address with the
// station it belongs to, the port, and the age (the step's time minus when it was last seen).
class MacTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MacTableModel)

public:
    enum Column { Switch, Mac, Port, Age, ColumnCount };
    enum Role { ChangedRole = Qt::UserRole + 1, AgeMsRole };

    explicit MacTableModel(QObject *parent = nullptr);

    void setStep(const Scenario *scenario, int step);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString switchName;
        MacTableEntry entry;
        QString owner;
        bool changed = false;
    };

    QList<Row> m_rows;
    qint64 m_nowMs = 0;
};

// The two tables under their headings, ARP caches above MAC tables, for a window's side panel.
class LanTablesWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LanTablesWidget)

public:
    explicit LanTablesWidget(QWidget *parent = nullptr);

    void setStep(const Scenario *scenario, int step);
    ArpCacheTableModel *arpCaches() const { return m_arpModel; }
    MacTableModel *macTables() const { return m_macModel; }
    QTableView *arpView() const { return m_arpView; }
    QTableView *macView() const { return m_macView; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    ArpCacheTableModel *m_arpModel;
    MacTableModel *m_macModel;
    QTableView *m_arpView;
    QTableView *m_macView;
    QLabel *m_arpHeading;
    QLabel *m_macHeading;
};

} // namespace NetSteps
