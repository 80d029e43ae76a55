#include "labcalllogmodel.h"

#include "labsession.h"
#include "palette.h"

namespace NetSteps {

namespace {

QColor errorColor()
{
    return Palette::highlight();
}

} // namespace

LabCallLogModel::LabCallLogModel(QObject *parent) : QAbstractTableModel(parent) {}

void LabCallLogModel::setSession(const LabSession *session)
{
    beginResetModel();
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    m_first = m_session ? m_session->droppedCalls() : 0;
    m_count = m_session ? int(m_session->calls().size()) : 0;
    if (m_session) {
        connect(m_session, &LabSession::callLogged, this, &LabCallLogModel::callLogged);
        connect(m_session, &QObject::destroyed, this, [this] { setSession(nullptr); });
    }
    endResetModel();
}

// The rows are counted in calls ever logged, so that whatever the session dropped from the
// front and appended at the end, each row keeps showing the same call while the view is told.
void LabCallLogModel::callLogged()
{
    const qint64 dropped = m_session->droppedCalls();
    const int leaving = int(qBound<qint64>(0, dropped - m_first, qint64(m_count)));
    if (leaving > 0) {
        beginRemoveRows({}, 0, leaving - 1);
        m_first += leaving;
        m_count -= leaving;
        endRemoveRows();
    }
    if (m_first < dropped) { // more were dropped than were shown
        m_first = dropped;
    }
    const int total = int(dropped + m_session->calls().size() - m_first);
    if (total > m_count) {
        beginInsertRows({}, m_count, total - 1);
        m_count = total;
        endInsertRows();
    }
}

const LabCall *LabCallLogModel::call(int row) const
{
    if (!m_session || row < 0 || row >= m_count)
        return nullptr;
    const qint64 at = m_first + row - m_session->droppedCalls();
    const QList<LabCall> &calls = m_session->calls();
    return at >= 0 && at < calls.size() ? &calls.at(at) : nullptr;
}

int LabCallLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_count;
}

int LabCallLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString LabCallLogModel::errorDetail(const LabCall &call)
{
    if (!call.failed())
        return {};
    QStringList lines{call.error};
    if (!call.errorNames.isEmpty())
        lines.append(tr("Linux / Windows: %1").arg(call.errorNames));
    if (!call.errorCause.isEmpty())
        lines.append(call.errorCause);
    return lines.join(u'\n');
}

void LabCallLogModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (m_count > 0)
        Q_EMIT dataChanged(index(0, 0), index(m_count - 1, ColumnCount - 1));
}

QVariant LabCallLogModel::data(const QModelIndex &index, int role) const
{
    const LabCall *c = index.isValid() ? call(index.row()) : nullptr;
    if (!c)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case Time: return tr("%1 s", "seconds since the lab started").arg(double(c->ms) / 1000.0, 0, 'f', 3);
        case Connection: return c->connection > 0 ? QVariant(c->connection) : QVariant(QStringLiteral("—"));
        case Who:
            if (c->who == QLatin1String("server"))
                return tr("server");
            if (c->who == QLatin1String("client"))
                return tr("client");
            if (c->who == QLatin1String("proxy"))
                return tr("proxy");
            return c->who;
        case Call: return c->call;
        case Result: return c->failed() ? c->error : c->result;
        case Python: return c->python;
        case ColumnCount: break;
        }
        return {};
    case Qt::ToolTipRole:
        if (c->failed())
            return errorDetail(*c);
        if (index.column() == Connection && c->connection == 0)
            return tr("The listening socket, or a UDP socket: no connection of its own");
        return index.column() == Python || index.column() == Result ? QVariant(c->python + QStringLiteral("  →  ") + c->result)
                                                                    : QVariant();
    case Qt::ForegroundRole:
        if (c->failed())
            return errorColor();
        if (index.column() == Who)
            return Palette::endpointColor(c->who);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Time || index.column() == Connection)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant LabCallLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (Column(section)) {
        case Time: return tr("Time");
        case Connection: return tr("Conn.");
        case Who: return tr("Who");
        case Call: return tr("Call");
        case Result: return tr("Result");
        case Python: return tr("Python");
        case ColumnCount: break;
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (Column(section)) {
        case Time: return tr("When the call returned, since the lab started");
        case Connection: return tr("The connection the call acted on (the number in the connections table)");
        case Who: return tr("Whose program made the call: NetSteps' server or NetSteps' client");
        case Call: return tr("The socket call, as the course writes it");
        case Result: return tr("What the call returned, or the error it raised");
        case Python: return tr("The line of Python that makes the same call");
        case ColumnCount: break;
        }
    }
    return {};
}

} // namespace NetSteps
