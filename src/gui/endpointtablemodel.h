#pragma once

#include "livesession.h"

#include <QAbstractTableModel>
#include <QStringList>

#include <functional>

namespace NetSteps {

class Scenario;

// Each endpoint's TCP state and sequence variables at the current step, as modelled, beside
// what the kernel reports (in Simulated mode there is no kernel socket, and the column says so).
// One row per endpoint that exists at the step: a listener's connections appear from the step
// whose SYN created them.
class EndpointTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EndpointTableModel)

public:
    enum Column { Endpoint, State, Kernel, SndUna, SndNxt, RcvNxt, Timer, ColumnCount };

    explicit EndpointTableModel(QObject *parent = nullptr);

    void setScenario(const Scenario *scenario);
    void setStep(int step);
    void setEndpointLabeler(std::function<QString(const QString &)> labeler);
    // Live mode: what the kernel said at each step so far (nullptr: Simulated mode).
    void setObservations(const QList<LiveObservation> *observations);
    void observationsChanged();
    // While the live run waits out an endpoint's TIME-WAIT: the kernel's seconds left.
    void setKernelCountdown(const QString &endpoint, int secondsLeft);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const Scenario *m_scenario = nullptr;
    int m_step = 0;
    std::function<QString(const QString &)> m_labeler;
    const QList<LiveObservation> *m_observations = nullptr;
    QHash<QString, int> m_countdown;
    const LiveObservation *observation() const;
    QStringList endpointNames(int step) const; // the rows at a step, in order
};

} // namespace NetSteps
