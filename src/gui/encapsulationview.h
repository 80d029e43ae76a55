#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QWidget>

namespace NetSteps {

// Encapsulation, drawn from a real frame's bytes: on the way down the sender's stack each layer
// puts its header in front of what the layer above handed it (the application's data, then the
// TCP segment, the IP packet, the Ethernet frame), and on the way up the receiver's stack each
// layer takes its own header off again. Each block is as wide as its bytes (within a minimum
// so that a short header stays readable), labelled with its name and size, and each layer is
// named with the device that works at it.
class EncapsulationView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EncapsulationView)

public:
    // One header (or the data) of the frame: its layer's name as FrameCodec names it
    // ("Ethernet II", "IPv4", "TCP", "UDP", "ARP", "Payload") and its size.
    struct Block
    {
        QString layer;
        int bytes = 0;
    };

    explicit EncapsulationView(QWidget *parent = nullptr);

    // The frame to draw: any bytes FrameCodec decodes. By default, the first data segment of the
    // tcp-data lesson ("Hello, Rose!" in a TCP segment in an IPv4 packet in an Ethernet frame).
    void setFrame(const QByteArray &bytes);
    // The blocks of the frame, outermost header first, data last (empty if it does not decode).
    const QList<Block> &blocks() const { return m_blocks; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QList<Block> m_blocks;
};

} // namespace NetSteps
