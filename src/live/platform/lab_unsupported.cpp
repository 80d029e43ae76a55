// Systems without native lab-server calls: every call fails, and the lab servers say so instead of
// misbehaving. The poller falls back to Qt's notifiers.

#include "labnative.h"
#include "labpoller.h"
#include "labproxynative.h"
#include "labstopsignals.h"

#include <QCoreApplication>
#include <QSysInfo>

namespace NetSteps {

// No handler is installed: SIGINT and SIGTERM end the process as they normally do.
LabStopSignals::LabStopSignals(QObject *parent) : QObject(parent) {}

LabStopSignals::~LabStopSignals() = default;

std::unique_ptr<LabPoller> LabPoller::createNative(std::function<void()>)
{
    return nullptr;
}

namespace LabNative {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(NetSteps::LabNative)
};
} // namespace

bool isAvailable()
{
    return false;
}

QString unavailableReason()
{
    return Text::tr("The lab's TCP server is not available on this system (%1) yet.")
        .arg(QSysInfo::prettyProductName());
}

qintptr listenTcp(const NativeSocketAddress &, int, LabSocketError *error)
{
    *error = {LabFailure::Other, unavailableReason()};
    return -1;
}

qintptr accept(qintptr, NativeSocketAddress *, LabSocketError *error)
{
    *error = {LabFailure::Other, unavailableReason()};
    return -1;
}

qint64 receive(qintptr, char *, qint64, LabSocketError *error)
{
    *error = {LabFailure::Other, unavailableReason()};
    return -1;
}

qint64 send(qintptr, const char *, qint64, LabSocketError *error)
{
    *error = {LabFailure::Other, unavailableReason()};
    return -1;
}

void close(qintptr) {}

std::optional<NativeSocketAddress> localAddress(qintptr)
{
    return std::nullopt;
}

std::optional<LabDescriptorLimit> raiseDescriptorLimit(qint64)
{
    return std::nullopt;
}

qintptr connectTcp(const NativeSocketAddress &, LabConnectResult *result)
{
    *result = {LabConnectOutcome::Failed, unavailableReason()};
    return -1;
}

LabConnectResult connectResult(qintptr)
{
    return {LabConnectOutcome::Failed, unavailableReason()};
}

} // namespace LabNative

} // namespace NetSteps
