#pragma once

#include "labevent.h"
#include "labserveroptions.h"

#include <QByteArray>
#include <QObject>
#include <QTimer>
#include <QUdpSocket>

namespace NetSteps {

// The course's UDP server: each datagram gets one reply datagram to its sender (hello:
// "Hello, X!", upper, echo), as `data, addr = s.recvfrom(1024)` then `s.sendto(reply, addr)`
// do, but a datagram is always read whole.
//
// UDP has no connections, so the log has no lifecycle to follow: the first datagrams of each
// second are logged one by one (peer, bytes in and out), the rest are counted and summarised in
// one line at the end of the second, so a flood cannot flood the log. At most 64 datagrams are
// read per wake-up; the rest wait for the next one.
class LabUdpServer final : public QObject
{
    Q_OBJECT

public:
    static constexpr int LoggedPerSecond = 10;

    explicit LabUdpServer(const LabServerOptions &options, QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(LabUdpServer)

    // What the socket lab's window follows: every datagram and its reply. None by default.
    class MessageObserver
    {
    public:
        // recvfrom() returned `in` from `peer`; sendto() of `reply` returned `sent` (-1: failed).
        virtual void datagram(const NativeSocketAddress &peer, QByteArrayView in, QByteArrayView reply, qint64 sent) = 0;

    protected:
        ~MessageObserver() = default;
    };
    void setMessageObserver(MessageObserver *observer) { m_observer = observer; }

    // Binds (without SO_REUSEADDR, so a port another program holds is refused); emits Listening.
    bool listen(LabListenError *error);
    NativeSocketAddress address() const { return m_address; }
    // Closes the socket, after the summary of the datagrams not logged yet; emits Stopped.
    void stop();

Q_SIGNALS:
    void event(const NetSteps::LabEvent &event);

private:
    void readPending();
    void endSecond();

    LabServerOptions m_options;
    NativeSocketAddress m_address;
    MessageObserver *m_observer = nullptr;
    QUdpSocket m_socket;
    QByteArray m_datagram; // one buffer for every datagram
    QByteArray m_reply;
    QTimer m_second;       // runs while datagrams arrive
    bool m_activeThisSecond = false;
    int m_loggedThisSecond = 0;
    qint64 m_unlogged = 0;
    qint64 m_unloggedIn = 0;
    qint64 m_unloggedOut = 0;
};

} // namespace NetSteps
