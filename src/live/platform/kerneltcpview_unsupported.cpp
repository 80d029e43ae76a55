// Systems without a kernel-view implementation: every question is answered with a plain
// "not available on this system yet", never with a guess presented as the kernel's.

#include "kerneltcpview.h"

#include <QCoreApplication>
#include <QSysInfo>

namespace NetSteps {

namespace {


void setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
}

// The kernel's TCP view where NetSteps cannot read it.
class UnsupportedKernelTcpView final : public KernelTcpView
{
    Q_DECLARE_TR_FUNCTIONS(NetSteps::UnsupportedKernelTcpView)

public:
    bool isAvailable() const override { return false; }

    QString unavailableReason() const override
    {
        return tr("The kernel's view of TCP states is not available on this system (%1) yet.")
            .arg(QSysInfo::prettyProductName());
    }

    std::optional<TcpState> stateOfDescriptor(qintptr, QString *error) const override
    {
        setError(error, unavailableReason());
        return std::nullopt;
    }

    QList<KernelSocketRow> ipv4Sockets(QString *error) const override
    {
        setError(error, unavailableReason());
        return {};
    }

    int timeWaitSeconds() const override { return -1; }

    bool shutdownWrite(qintptr, QString *error) const override
    {
        setError(error, tr("Half-closing a connection (shutdown for writing) is not available on this "
                           "system (%1) yet.")
                            .arg(QSysInfo::prettyProductName()));
        return false;
    }

    bool setLingerZero(qintptr, QString *error) const override
    {
        setError(error, tr("Aborting a connection with RST (SO_LINGER 0) is not available on this "
                           "system (%1) yet.")
                            .arg(QSysInfo::prettyProductName()));
        return false;
    }

    bool setKeepalive(qintptr, const KeepaliveTimings &, QString *error) const override
    {
        setError(error, unavailableReason());
        return false;
    }

    std::optional<KeepaliveTimings> keepaliveDefaults(QString *error) const override
    {
        setError(error, unavailableReason());
        return std::nullopt;
    }

    std::optional<qint64> msSinceLastAckReceived(qintptr, QString *error) const override
    {
        setError(error, unavailableReason());
        return std::nullopt;
    }

    std::optional<int> retransmissions(qintptr, QString *error) const override
    {
        setError(error, unavailableReason());
        return std::nullopt;
    }
};

} // namespace

std::unique_ptr<KernelTcpView> KernelTcpView::create()
{
    return std::make_unique<UnsupportedKernelTcpView>();
}

} // namespace NetSteps
