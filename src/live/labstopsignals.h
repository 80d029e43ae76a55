#pragma once

#include <QObject>
#include <QSocketNotifier>
#include <QString>

#include <memory>

namespace NetSteps {

// Turns SIGINT and SIGTERM into a Qt signal, so a headless lab server can close its connections
// cleanly before it exits. The signal handler only writes one byte to a pipe (a call that is safe
// in a handler); the event loop reads the pipe through a QSocketNotifier and emits
// stopRequested(). The previous handlers come back when this object is destroyed. One instance
// at a time; on systems without an implementation it never fires (isWatching() is false).
class LabStopSignals final : public QObject
{
    Q_OBJECT

public:
    explicit LabStopSignals(QObject *parent = nullptr);
    ~LabStopSignals() override;
    Q_DISABLE_COPY_MOVE(LabStopSignals)

    bool isWatching() const { return m_notifier != nullptr; }

Q_SIGNALS:
    void stopRequested(const QString &signalName); // "SIGINT" or "SIGTERM"

private:
    void readPipe();

    int m_readEnd = -1;
    int m_writeEnd = -1;
    std::unique_ptr<QSocketNotifier> m_notifier;
};

} // namespace NetSteps
