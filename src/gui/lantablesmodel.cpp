#include "lantablesmodel.h"

#include "narrator.h"
#include "palette.h"
#include "scenario.h"

#include <QBrush>
#include <QFont>
#include <QHeaderView>
#include <QEvent>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace NetSteps {

namespace {

// The same pale yellow as the ladder's current row: what this step changed.
const QColor changedBackground(255, 243, 200);

QString ageText(qint64 ms)
{
    return QCoreApplication::translate("NetSteps::ArpCacheTableModel", "%1 s").arg(QString::number(ms / 1000.0, 'f', 3));
}

QString ownerOf(const Scenario &scenario, MacAddress mac)
{
    if (mac == MacAddress() || !scenario.topology)
        return {};
    const LanStation *owner = scenario.topology->stationWithMac(mac);
    return owner ? Narrator::stationLabel(owner->name) : QString();
}

QColor stateColor(ArpState state)
{
    switch (state) {
    case ArpState::Reachable: return QColor(0x2e, 0x7d, 0x32);
    case ArpState::Stale: return QColor(0xa1, 0x5c, 0x00);
    case ArpState::Incomplete: return Palette::muted().darker(150);
    case ArpState::Failed: return Palette::highlight();
    }
    return Palette::ink();
}

// Swaps in the rows of a new step: the views keep their place when the same entries are shown
// (only values changed), and start afresh when entries came or went.
template <typename Model, typename Row, typename Key>
void replaceRows(Model *model, QList<Row> &rows, QList<Row> next, Key key, const std::function<void()> &reset,
                 const std::function<void()> &endReset)
{
    bool sameKeys = rows.size() == next.size();
    for (qsizetype i = 0; sameKeys && i < rows.size(); ++i)
        sameKeys = key(rows.at(i)) == key(next.at(i));
    if (!sameKeys) {
        reset();
        rows = std::move(next);
        endReset();
        return;
    }
    rows = std::move(next);
    if (!rows.isEmpty())
        Q_EMIT model->dataChanged(model->index(0, 0), model->index(int(rows.size()) - 1, model->columnCount() - 1));
}

} // namespace

// ---- ArpCacheTableModel ----

ArpCacheTableModel::ArpCacheTableModel(QObject *parent) : QAbstractTableModel(parent)
{
}

void ArpCacheTableModel::setStep(const Scenario *scenario, int step)
{
    QList<Row> next;
    if (scenario && !scenario->steps.isEmpty()) {
        step = qBound(0, step, scenario->lastStep());
        const LanState &state = scenario->step(step).state.lan;
        const LanState *previous = step > 0 ? &scenario->step(step - 1).state.lan : nullptr;
        m_nowMs = scenario->step(step).timeMs;
        for (const ArpCache &cache : state.arpCaches) {
            const ArpCache *before = previous ? previous->cache(cache.station) : nullptr;
            for (const ArpEntry &entry : cache.entries) {
                const ArpEntry *old = before ? before->find(entry.ip) : nullptr;
                const bool changed = previous && (!old || *old != entry);
                next.append(Row{cache.station, entry, ownerOf(*scenario, entry.mac), changed});
            }
        }
    }
    replaceRows(this, m_rows, std::move(next), [](const Row &r) { return std::pair(r.station, r.entry.ip); },
                [this] { beginResetModel(); }, [this] { endResetModel(); });
}

int ArpCacheTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ArpCacheTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ArpCacheTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const ArpEntry &e = row.entry;
    const qint64 age = m_nowMs - e.updatedMs;
    switch (role) {
    case ChangedRole: return row.changed;
    case AgeMsRole: return age;
    case Qt::BackgroundRole: return row.changed ? QVariant(QBrush(changedBackground)) : QVariant();
    case Qt::FontRole: {
        if (!row.changed && index.column() != State)
            return {};
        QFont f;
        f.setBold(true);
        return f;
    }
    case Qt::ForegroundRole: return index.column() == State ? QVariant(QBrush(stateColor(e.state))) : QVariant();
    case Qt::ToolTipRole:
        if (index.column() == Mac && !row.macOwner.isEmpty())
            return tr("the MAC address of %1").arg(row.macOwner);
        if (index.column() == State) {
            switch (e.state) {
            case ArpState::Incomplete: return tr("A request is out (%n sent); no reply yet.", nullptr, e.requests);
            case ArpState::Reachable: return tr("Confirmed recently: used as it is for %1 s.").arg(ArpResolver::reachableMs / 1000);
            case ArpState::Stale: return tr("Learned from a request, or not confirmed lately: still used, and checked again.");
            case ArpState::Failed: return tr("No reply to %n request(s): packets for this address are dropped.", nullptr, e.requests);
            }
        }
        if (index.column() == Age)
            return tr("last changed or confirmed at t = %1").arg(ageText(e.updatedMs));
        return {};
    case Qt::DisplayRole:
        switch (index.column()) {
        case Station: return Narrator::stationLabel(row.station);
        case Address: return e.ip.toString();
        case Mac: return e.mac == MacAddress() ? QStringLiteral("—") : e.mac.toString();
        case State: return arpStateName(e.state);
        case Age: return ageText(age);
        default: return {};
        }
    default: return {};
    }
}

QVariant ArpCacheTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Station: return tr("Station");
    case Address: return tr("IP address");
    case Mac: return tr("MAC address");
    case State: return tr("State");
    case Age: return tr("Age");
    default: return {};
    }
}

// ---- MacTableModel ----

MacTableModel::MacTableModel(QObject *parent) : QAbstractTableModel(parent)
{
}

void MacTableModel::setStep(const Scenario *scenario, int step)
{
    QList<Row> next;
    if (scenario && !scenario->steps.isEmpty()) {
        step = qBound(0, step, scenario->lastStep());
        const LanState &state = scenario->step(step).state.lan;
        const LanState *previous = step > 0 ? &scenario->step(step - 1).state.lan : nullptr;
        m_nowMs = scenario->step(step).timeMs;
        for (const MacTable &table : state.macTables) {
            const MacTable *before = previous ? previous->macTable(table.switchName) : nullptr;
            for (const MacTableEntry &entry : table.entries) {
                const MacTableEntry *old = before ? before->find(entry.mac) : nullptr;
                const bool changed = previous && (!old || *old != entry);
                next.append(Row{table.switchName, entry, ownerOf(*scenario, entry.mac), changed});
            }
        }
    }
    replaceRows(this, m_rows, std::move(next), [](const Row &r) { return std::pair(r.switchName, r.entry.mac); },
                [this] { beginResetModel(); }, [this] { endResetModel(); });
}

int MacTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MacTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MacTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const qint64 age = m_nowMs - row.entry.learnedMs;
    switch (role) {
    case ChangedRole: return row.changed;
    case AgeMsRole: return age;
    case Qt::BackgroundRole: return row.changed ? QVariant(QBrush(changedBackground)) : QVariant();
    case Qt::FontRole: {
        if (!row.changed)
            return {};
        QFont f;
        f.setBold(true);
        return f;
    }
    case Qt::ToolTipRole:
        if (index.column() == Age)
            return tr("forgotten %1 s after it was last seen (IEEE 802.1D ageing time)").arg(LearningSwitch::agingMs / 1000);
        return {};
    case Qt::DisplayRole:
        switch (index.column()) {
        case Switch: return row.switchName;
        case Mac: return row.owner.isEmpty() ? row.entry.mac.toString()
                                             : tr("%1 (%2)").arg(row.entry.mac.toString(), row.owner);
        case Port: return row.entry.port;
        case Age: return ageText(age);
        default: return {};
        }
    default: return {};
    }
}

QVariant MacTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Switch: return tr("Switch");
    case Mac: return tr("MAC address");
    case Port: return tr("Port");
    case Age: return tr("Age");
    default: return {};
    }
}

// ---- LanTablesWidget ----

namespace {

QTableView *tableFor(QAbstractItemModel *model, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setModel(model);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setStretchLastSection(true);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setWordWrap(false);
    return view;
}

QLabel *heading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont f = label->font();
    f.setBold(true);
    label->setFont(f);
    return label;
}

} // namespace

LanTablesWidget::LanTablesWidget(QWidget *parent)
    : QWidget(parent), m_arpModel(new ArpCacheTableModel(this)), m_macModel(new MacTableModel(this)),
      m_arpView(tableFor(m_arpModel, this)), m_macView(tableFor(m_macModel, this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_arpHeading = heading(QString(), this);
    m_macHeading = heading(QString(), this);
    m_arpHeading->setBuddy(m_arpView);
    m_macHeading->setBuddy(m_macView);
    layout->addWidget(m_arpHeading);
    layout->addWidget(m_arpView, 3);
    layout->addWidget(m_macHeading);
    layout->addWidget(m_macView, 2);
    retranslate();
}

void LanTablesWidget::retranslate()
{
    m_arpHeading->setText(tr("ARP caches"));
    m_macHeading->setText(tr("MAC tables"));
    m_arpView->setAccessibleName(tr("ARP caches"));
    m_macView->setAccessibleName(tr("MAC tables"));
    Q_EMIT m_arpModel->headerDataChanged(Qt::Horizontal, 0, ArpCacheTableModel::ColumnCount - 1);
    Q_EMIT m_macModel->headerDataChanged(Qt::Horizontal, 0, MacTableModel::ColumnCount - 1);
}

void LanTablesWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void LanTablesWidget::setStep(const Scenario *scenario, int step)
{
    m_arpModel->setStep(scenario, step);
    m_macModel->setStep(scenario, step);
}

} // namespace NetSteps
