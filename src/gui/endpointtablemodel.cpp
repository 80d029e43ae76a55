#include "endpointtablemodel.h"

#include "palette.h"
#include "scenario.h"

#include <QBrush>
#include <QFont>

namespace NetSteps {

EndpointTableModel::EndpointTableModel(QObject *parent) : QAbstractTableModel(parent)
{
    m_labeler = [](const QString &name) { return name; };
}

void EndpointTableModel::setScenario(const Scenario *scenario)
{
    beginResetModel();
    m_scenario = scenario;
    m_step = 0;
    endResetModel();
}

void EndpointTableModel::setStep(int step)
{
    if (!m_scenario || m_step == step)
        return;
    m_step = qBound(0, step, m_scenario->lastStep());
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void EndpointTableModel::setEndpointLabeler(std::function<QString(const QString &)> labeler)
{
    m_labeler = std::move(labeler);
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, Endpoint), index(rowCount() - 1, Endpoint));
}

int EndpointTableModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || !m_scenario || m_scenario->steps.isEmpty())
        return 0;
    return int(m_scenario->step(m_step).state.endpoints.size());
}

int EndpointTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EndpointTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_scenario)
        return {};
    const Step &step = m_scenario->step(m_step);
    const TcpControlBlock &tcb = step.state.endpoints.at(index.row());
    if (role == Qt::ForegroundRole) {
        if (index.column() == Endpoint || index.column() == State)
            return QBrush(Palette::endpointColor(tcb.name));
        if (index.column() == Kernel)
            return QBrush(Palette::muted());
        return {};
    }
    if (role == Qt::FontRole && index.column() == State) {
        QFont f;
        f.setBold(true);
        return f;
    }
    if (role == Qt::ToolTipRole && index.column() == Kernel)
        return tr("Simulated mode: this endpoint exists only in the model, so there is no kernel socket to ask. "
                  "Live mode shows the state the operating system reports.");
    if (role != Qt::DisplayRole)
        return {};
    // The variables exist only while there is a connection: SND.* from the first SYN sent,
    // RCV.NXT from the first SYN received.
    const bool hasSend = tcb.state != TcpState::Closed && tcb.state != TcpState::Listen;
    const bool hasReceive = hasSend && tcb.state != TcpState::SynSent;
    switch (index.column()) {
    case Endpoint: return m_labeler(tcb.name);
    case State: return tcpStateName(tcb.state);
    case Kernel: return tr("simulated");
    case SndUna: return hasSend ? QVariant(tcb.sndUna) : QVariant();
    case SndNxt: return hasSend ? QVariant(tcb.sndNxt) : QVariant();
    case RcvNxt: return hasReceive ? QVariant(tcb.rcvNxt) : QVariant();
    case Timer: {
        QStringList timers;
        for (const TimerState &t : step.state.timers) {
            if (t.endpoint != tcb.name)
                continue;
            const QString at = QString::number(t.deadlineMs / 1000.0, 'f', 3);
            switch (t.kind) {
            case TimerState::Kind::TwoMsl: timers.append(tr("2MSL expires at t = %1 s").arg(at)); break;
            case TimerState::Kind::Retransmission: timers.append(tr("retransmission at t = %1 s").arg(at)); break;
            case TimerState::Kind::Keepalive: timers.append(tr("keep-alive at t = %1 s").arg(at)); break;
            }
        }
        return timers.isEmpty() ? QVariant() : QVariant(timers.join(QStringLiteral("; ")));
    }
    default: return {};
    }
}

QVariant EndpointTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Endpoint: return tr("Endpoint");
    case State: return tr("Model state");
    case Kernel: return tr("Kernel state");
    case SndUna: return QStringLiteral("SND.UNA");
    case SndNxt: return QStringLiteral("SND.NXT");
    case RcvNxt: return QStringLiteral("RCV.NXT");
    case Timer: return tr("Timer");
    default: return {};
    }
}

} // namespace NetSteps
