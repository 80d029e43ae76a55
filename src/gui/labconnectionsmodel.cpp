#include "labconnectionsmodel.h"

#include "labsession.h"
#include "palette.h"
#include "tcpstate.h"

#include <algorithm>

namespace NetSteps {

LabConnectionsModel::LabConnectionsModel(QObject *parent) : QAbstractTableModel(parent) {}

void LabConnectionsModel::setSession(const LabSession *session)
{
    beginResetModel();
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    m_ids.clear();
    if (m_session) {
        for (const LabConnection &c : m_session->connections())
            m_ids.append(c.id);
        connect(m_session, &LabSession::connectionAdded, this, &LabConnectionsModel::connectionAdded);
        connect(m_session, &LabSession::connectionChanged, this, &LabConnectionsModel::connectionChanged);
        connect(m_session, &LabSession::connectionRemoved, this,
                [this](int id, int) { connectionRemoved(id); });
        connect(m_session, &QObject::destroyed, this, [this] { setSession(nullptr); });
    }
    endResetModel();
}

int LabConnectionsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

int LabConnectionsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int LabConnectionsModel::rowOf(int id) const
{
    const auto it = std::lower_bound(m_ids.cbegin(), m_ids.cend(), id);
    return it != m_ids.cend() && *it == id ? int(it - m_ids.cbegin()) : -1;
}

// The session lists its connections by ascending id too, usually at the same row.
const LabConnection *LabConnectionsModel::connectionAt(int row) const
{
    if (!m_session || row < 0 || row >= m_ids.size())
        return nullptr;
    const int id = m_ids.at(row);
    const QList<LabConnection> &all = m_session->connections();
    if (row < all.size() && all.at(row).id == id)
        return &all.at(row);
    return m_session->connection(id);
}

void LabConnectionsModel::connectionAdded(int id)
{
    if (rowOf(id) >= 0)
        return;
    // Ids only grow, so a new connection is the last row.
    const auto at = std::lower_bound(m_ids.begin(), m_ids.end(), id);
    const int row = int(at - m_ids.begin());
    beginInsertRows({}, row, row);
    m_ids.insert(row, id);
    endInsertRows();
}

void LabConnectionsModel::connectionChanged(int id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void LabConnectionsModel::connectionRemoved(int id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_ids.removeAt(row);
    endRemoveRows();
}

void LabConnectionsModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_ids.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_ids.size()) - 1, ColumnCount - 1));
}

QString LabConnectionsModel::roleText(const LabConnection &connection)
{
    if (connection.proxied)
        return connection.localSide == LabTraceEvent::Side::Server ? tr("proxy: your client's side")
                                                                    : tr("proxy: to the server");
    return connection.localSide == LabTraceEvent::Side::Server ? tr("NetSteps serves") : tr("NetSteps connects");
}

QString LabConnectionsModel::kernelStateText(const LabConnection &connection)
{
    if (connection.transport == LabTransport::Udp)
        return tr("no state (UDP)");
    if (connection.timeWaitSecondsLeft >= 0)
        return tr("TIME-WAIT (%1 s)", "the kernel's TIME-WAIT countdown").arg(connection.timeWaitSecondsLeft);
    if (connection.kernelState)
        return tcpStateName(*connection.kernelState);
    return connection.kernelNote.isEmpty() ? tr("not listed") : connection.kernelNote;
}

QVariant LabConnectionsModel::data(const QModelIndex &index, int role) const
{
    const LabConnection *c = index.isValid() ? connectionAt(index.row()) : nullptr;
    if (!c)
        return {};
    const bool tcp = c->transport == LabTransport::Tcp;
    if (role == ConnectionIdRole)
        return c->id;
    if (role == Qt::DisplayRole) {
        switch (Column(index.column())) {
        case Number: return c->id;
        case Transport: return tcp ? QStringLiteral("TCP") : QStringLiteral("UDP");
        case Role: return roleText(*c);
        case Local: return c->local.toString();
        case Peer: return c->peer.toString();
        case ModelState:
            if (!tcp)
                return tr("no state (UDP)");
            return c->modelState ? tcpStateName(*c->modelState) : QStringLiteral("—");
        case KernelState: return kernelStateText(*c);
        case BytesIn: return c->bytesIn;
        case BytesOut: return c->bytesOut;
        case ClosedBecause: return c->open ? tr("open") : c->closedBecause;
        case ColumnCount: break;
        }
        return {};
    }
    if (role == Qt::ToolTipRole) {
        switch (Column(index.column())) {
        case KernelState:
            return c->kernelNote.isEmpty() ? kernelStateText(*c) : c->kernelNote;
        case Role:
            return c->localSide == LabTraceEvent::Side::Server
                ? tr("NetSteps' server accepted this connection from %1.").arg(c->peer.toString())
                : tr("NetSteps' client connected from %1 to %2.").arg(c->local.toString(), c->peer.toString());
        case BytesIn:
            return tr("%n message(s) received", nullptr, c->messagesIn);
        case BytesOut:
            return tr("%n message(s) sent", nullptr, c->messagesOut);
        case ClosedBecause:
            return c->open ? QString() : c->closedBecause;
        case Number:
            return tcp ? tr("Select the row to follow this connection on the ladder and the state diagram.")
                       : tr("UDP has no connection to draw on the ladder: its datagrams are in the call log.");
        default:
            return {};
        }
    }
    if (role == Qt::ForegroundRole) {
        if (index.column() == KernelState && (c->kernelState || c->timeWaitSecondsLeft >= 0))
            return Palette::kernel();
        if (!c->open && index.column() != ClosedBecause)
            return Palette::muted().darker(130);
        if (index.column() == Role)
            return Palette::endpointColor(c->localSide == LabTraceEvent::Side::Server ? QStringLiteral("server")
                                                                                      : QStringLiteral("client"));
        return {};
    }
    if (role == Qt::TextAlignmentRole) {
        switch (Column(index.column())) {
        case Number:
        case BytesIn:
        case BytesOut: return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        default: return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
        }
    }
    return {};
}

QVariant LabConnectionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (Column(section)) {
        case Number: return tr("#");
        case Transport: return tr("Transport");
        case Role: return tr("Role");
        case Local: return tr("Local");
        case Peer: return tr("Peer");
        case ModelState: return tr("Model state");
        case KernelState: return tr("Kernel state");
        case BytesIn: return tr("Bytes in");
        case BytesOut: return tr("Bytes out");
        case ClosedBecause: return tr("Closed because");
        case ColumnCount: break;
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (Column(section)) {
        case Number: return tr("The connection's number, in the order NetSteps saw them");
        case Transport: return tr("TCP (a connection, a byte stream) or UDP (datagrams to one peer)");
        case Role: return tr("Whether NetSteps is the server of this connection or its client");
        case Local: return tr("NetSteps' own address and port on this connection (getsockname())");
        case Peer: return tr("The other program's address and port (the addr accept() returned, or where connect() went)");
        case ModelState: return tr("The state of NetSteps' side in the model, after the last call it saw");
        case KernelState: return tr("The state the kernel reports for the same socket, read while it lasts");
        case BytesIn: return tr("Bytes NetSteps received on it");
        case BytesOut: return tr("Bytes NetSteps sent on it");
        case ClosedBecause: return tr("Who closed it, and how NetSteps saw it");
        case ColumnCount: break;
        }
    }
    return {};
}

} // namespace NetSteps
