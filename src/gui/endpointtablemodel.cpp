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
    const int next = qBound(0, step, m_scenario->lastStep());
    // A listener creates connections as SYNs arrive, so the rows may differ between steps: then
    // the views start afresh; otherwise only the values change.
    if (endpointNames(m_step) != endpointNames(next)) {
        beginResetModel();
        m_step = next;
        endResetModel();
        return;
    }
    m_step = next;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

QStringList EndpointTableModel::endpointNames(int step) const
{
    QStringList names;
    for (const TcpControlBlock &tcb : m_scenario->step(step).state.endpoints)
        names.append(tcb.name);
    return names;
}

void EndpointTableModel::setEndpointLabeler(std::function<QString(const QString &)> labeler)
{
    m_labeler = std::move(labeler);
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, Endpoint), index(rowCount() - 1, Endpoint));
}

void EndpointTableModel::setObservations(const QList<LiveObservation> *observations)
{
    m_observations = observations;
    m_countdown.clear();
    observationsChanged();
}

void EndpointTableModel::setKernelCountdown(const QString &endpoint, int secondsLeft)
{
    if (secondsLeft < 0)
        m_countdown.remove(endpoint);
    else
        m_countdown.insert(endpoint, secondsLeft);
    observationsChanged();
}

void EndpointTableModel::observationsChanged()
{
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, Kernel), index(rowCount() - 1, Kernel));
}

const LiveObservation *EndpointTableModel::observation() const
{
    if (!m_observations)
        return nullptr;
    for (const LiveObservation &o : *m_observations) {
        if (o.step == m_step)
            return &o;
    }
    return nullptr;
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
        if (index.column() == Kernel) {
            const LiveObservation *o = observation();
            const std::optional<TcpState> kernel = o ? o->kernelStates.value(tcb.name) : std::nullopt;
            if (!kernel)
                return QBrush(Palette::muted());
            return QBrush(*kernel == tcb.state ? QColor(0x2e, 0x7d, 0x32) : Palette::highlight());
        }
        return {};
    }
    if (role == Qt::FontRole && index.column() == State) {
        QFont f;
        f.setBold(true);
        return f;
    }
    // The connections a listener created share its address and port: the peer tells them apart.
    if (role == Qt::ToolTipRole && index.column() == Endpoint)
        return tcb.peerPort == 0 ? QVariant()
                                 : QVariant(QStringLiteral("%1:%2 ↔ %3:%4")
                                                .arg(tcb.address.toString())
                                                .arg(tcb.port)
                                                .arg(tcb.peerAddress.toString())
                                                .arg(tcb.peerPort));
    if (role == Qt::ToolTipRole && index.column() == Kernel) {
        if (!m_observations)
            return tr("Simulated mode: this endpoint exists only in the model, so there is no kernel socket to ask. "
                      "Live mode shows the state the operating system reports.");
        const LiveObservation *o = observation();
        if (!o)
            return tr("The kernel has not been asked about this step yet.");
        QStringList lines;
        if (o->endpoints.contains(tcb.name))
            lines.append(o->endpoints.value(tcb.name));
        if (o->notes.contains(tcb.name))
            lines.append(o->notes.value(tcb.name));
        if (!o->simulatedReason.isEmpty())
            lines.append(o->simulatedReason);
        if (!o->bindResult.isEmpty())
            lines.append(tr("The real bind() returned: %1").arg(o->bindResult));
        if (!o->error.isEmpty())
            lines.append(o->error);
        return lines.join(u'\n');
    }
    if (role != Qt::DisplayRole)
        return {};
    // The variables exist only while there is a connection: SND.* from the first SYN sent,
    // RCV.NXT from the first SYN received.
    const bool hasSend = tcb.state != TcpState::Closed && tcb.state != TcpState::Listen;
    const bool hasReceive = hasSend && tcb.state != TcpState::SynSent;
    switch (index.column()) {
    case Endpoint: return m_labeler(tcb.name);
    case State: return tcpStateName(tcb.state);
    case Kernel: {
        if (!m_observations)
            return tr("simulated");
        const LiveObservation *o = observation();
        if (!o) {
            // The kernel's own TIME-WAIT, counting down while this step waits for it to end.
            if (m_countdown.contains(tcb.name))
                return tr("TIME-WAIT, %1 s left").arg(m_countdown.value(tcb.name));
            return tr("waiting…");
        }
        if (!o->simulatedReason.isEmpty())
            return tr("simulated only");
        const std::optional<TcpState> kernel = o->kernelStates.value(tcb.name);
        if (!kernel)
            return tr("not observable");
        // The mark says whether the kernel agrees with the model; a disagreement is never hidden.
        QString text = QStringLiteral("%1 %2").arg(tcpStateName(*kernel), *kernel == tcb.state ? QStringLiteral("✓")
                                                                                                : QStringLiteral("✗"));
        if (o->timeWaitSecondsLeft.contains(tcb.name))
            text += u' ' + tr("(%1 s left)").arg(o->timeWaitSecondsLeft.value(tcb.name));
        // What the real bind() of this step answered, where the whole class can read it.
        if (!o->bindResult.isEmpty() && step.actor == tcb.name)
            text += QStringLiteral(" · ") + tr("bind(): %1").arg(o->bindResult);
        return text;
    }
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
