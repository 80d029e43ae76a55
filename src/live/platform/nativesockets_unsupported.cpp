// Systems without a native-socket implementation: every call fails with a plain "not available
// on this system yet", so that a live lesson says so instead of misbehaving.

#include "nativesockets.h"

#include <QCoreApplication>
#include <QSysInfo>

namespace NetSteps {

namespace {

// Native socket calls where NetSteps has no implementation.
class UnsupportedNativeSockets final : public NativeSockets
{
    Q_DECLARE_TR_FUNCTIONS(NetSteps::UnsupportedNativeSockets)

public:
    bool isAvailable() const override { return false; }

    QString unavailableReason() const override
    {
        return tr("Native socket calls (listen with a chosen backlog, bind without SO_REUSEADDR, half-close) "
                  "are not available on this system (%1) yet.")
            .arg(QSysInfo::prettyProductName());
    }

    qintptr openTcp(NativeSocketError *error) const override
    {
        unavailable(error);
        return -1;
    }
    qintptr openUdp(NativeSocketError *error) const override
    {
        unavailable(error);
        return -1;
    }
    qint64 sendTo(qintptr, QByteArrayView, const NativeSocketAddress &, NativeSocketError *error) const override
    {
        unavailable(error);
        return -1;
    }
    qint64 receiveFrom(qintptr, char *, qint64, NativeSocketAddress *, NativeSocketError *error) const override
    {
        unavailable(error);
        return -1;
    }
    bool setReuseAddress(qintptr, bool, NativeSocketError *error) const override { return unavailable(error); }
    bool bind(qintptr, const NativeSocketAddress &, NativeSocketError *error) const override
    {
        return unavailable(error);
    }
    bool listen(qintptr, int, NativeSocketError *error) const override { return unavailable(error); }
    bool connect(qintptr, const NativeSocketAddress &, NativeSocketError *error) const override
    {
        return unavailable(error);
    }
    bool connectResult(qintptr, NativeSocketError *error) const override { return unavailable(error); }
    qintptr accept(qintptr, NativeSocketAddress *, NativeSocketError *error) const override
    {
        unavailable(error);
        return -1;
    }
    std::optional<NativeSocketAddress> localAddress(qintptr, NativeSocketError *error) const override
    {
        unavailable(error);
        return std::nullopt;
    }
    qint64 send(qintptr, QByteArrayView, NativeSocketError *error) const override
    {
        unavailable(error);
        return -1;
    }
    qint64 receive(qintptr, char *, qint64, NativeSocketError *error) const override
    {
        unavailable(error);
        return -1;
    }
    bool close(qintptr, NativeSocketError *error) const override { return unavailable(error); }

private:
    bool unavailable(NativeSocketError *error) const
    {
        if (error)
            *error = {unavailableReason(), {}, false};
        return false;
    }
};

} // namespace

std::unique_ptr<NativeSockets> NativeSockets::create()
{
    return std::make_unique<UnsupportedNativeSockets>();
}

} // namespace NetSteps
