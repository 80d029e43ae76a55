// Systems without a capture implementation: start() says so instead of pretending.

#include "packetcapture.h"

namespace NetSteps {

namespace {

class UnsupportedPacketCapture final : public PacketCapture
{
public:
    explicit UnsupportedPacketCapture(QObject *parent) : PacketCapture(parent) {}
    Q_DISABLE_COPY_MOVE(UnsupportedPacketCapture)

    bool isAvailable() const override { return false; }

    QString unavailableReason() const override
    {
        return PacketCapture::tr("Capturing real segments is only supported on Linux in this version.");
    }

    bool isRunning() const override { return false; }

protected:
    bool openCapture(QString *error) override
    {
        if (error)
            *error = unavailableReason();
        return false;
    }

    void closeCapture() override {}
    void readPending() override {}
};

} // namespace

std::unique_ptr<PacketCapture> PacketCapture::create(QObject *parent)
{
    return std::make_unique<UnsupportedPacketCapture>(parent);
}

} // namespace NetSteps
