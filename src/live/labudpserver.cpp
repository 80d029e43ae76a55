#include "labudpserver.h"

#include <QHostAddress>

namespace NetSteps {

namespace {

constexpr int DatagramsPerWakeUp = 64;

} // namespace

LabUdpServer::LabUdpServer(const LabServerOptions &options, QObject *parent)
    : QObject(parent), m_options(options), m_address(options.address)
{
    m_datagram.resize(LabProtocol::DatagramSize);
    m_reply.reserve(LabProtocol::DatagramSize + 16);
    m_second.setInterval(std::chrono::seconds(1));
    connect(&m_second, &QTimer::timeout, this, &LabUdpServer::endSecond);
    connect(&m_socket, &QUdpSocket::readyRead, this, &LabUdpServer::readPending);
}

bool LabUdpServer::listen(LabListenError *error)
{
    const QString where = m_options.address.toString();
    if (!m_socket.bind(QHostAddress(m_options.address.address.toUInt()), m_options.address.port,
                       QAbstractSocket::DontShareAddress)) {
        switch (m_socket.error()) {
        case QAbstractSocket::AddressInUseError:
            *error = {LabFailure::AddressInUse,
                      tr("UDP %1 is already in use (%2): another program is bound to that port. Choose "
                         "another port, or 0 for any free one.")
                          .arg(where, m_socket.errorString())};
            break;
        case QAbstractSocket::SocketAccessError:
            *error = {LabFailure::PermissionDenied,
                      tr("UDP %1: permission denied (%2). Ports below 1024 need root or the "
                         "CAP_NET_BIND_SERVICE capability; choose a port from 1024 up.")
                          .arg(where, m_socket.errorString())};
            break;
        case QAbstractSocket::SocketAddressNotAvailableError:
            *error = {LabFailure::AddressNotAvailable,
                      tr("UDP %1: %2 is not an address of this machine (%3).")
                          .arg(where, m_options.address.address.toString(), m_socket.errorString())};
            break;
        default:
            *error = {LabFailure::Other, tr("UDP %1: could not bind (%2).").arg(where, m_socket.errorString())};
            break;
        }
        return false;
    }
    m_address = {Ipv4Address(m_socket.localAddress().toIPv4Address()), m_socket.localPort()};
    LabEvent listening;
    listening.kind = LabEvent::Kind::Listening;
    listening.transport = LabTransport::Udp;
    listening.local = m_address;
    Q_EMIT event(listening);
    return true;
}

void LabUdpServer::readPending()
{
    for (int i = 0; i < DatagramsPerWakeUp && m_socket.hasPendingDatagrams(); ++i) {
        QHostAddress host;
        quint16 port = 0;
        const qint64 size = m_socket.readDatagram(m_datagram.data(), m_datagram.size(), &host, &port);
        if (size < 0)
            return;
        m_reply.resize(0);
        LabProtocol::respond(m_options.mode, LabTransport::Udp, QByteArrayView(m_datagram.constData(), size),
                             &m_reply);
        const qint64 sent = m_socket.writeDatagram(m_reply, host, port);
        if (m_observer)
            m_observer->datagram({Ipv4Address(host.toIPv4Address()), port}, QByteArrayView(m_datagram.constData(), size),
                                 m_reply, sent);

        if (!m_second.isActive()) {
            m_second.start();
            m_loggedThisSecond = 0;
        }
        m_activeThisSecond = true;
        if (m_loggedThisSecond < LoggedPerSecond) {
            ++m_loggedThisSecond;
            LabEvent datagram;
            datagram.kind = LabEvent::Kind::Datagram;
            datagram.transport = LabTransport::Udp;
            datagram.local = m_address;
            datagram.peer = {Ipv4Address(host.toIPv4Address()), port};
            datagram.bytesIn = size;
            datagram.bytesOut = std::max<qint64>(sent, 0);
            if (sent < 0)
                datagram.detail = m_socket.errorString();
            Q_EMIT event(datagram);
        } else {
            ++m_unlogged;
            m_unloggedIn += size;
            m_unloggedOut += std::max<qint64>(sent, 0);
        }
    }
}

void LabUdpServer::endSecond()
{
    if (m_unlogged > 0) {
        LabEvent summary;
        summary.kind = LabEvent::Kind::DatagramSummary;
        summary.transport = LabTransport::Udp;
        summary.local = m_address;
        summary.reads = m_unlogged;
        summary.bytesIn = m_unloggedIn;
        summary.bytesOut = m_unloggedOut;
        m_unlogged = m_unloggedIn = m_unloggedOut = 0;
        Q_EMIT event(summary);
    }
    m_loggedThisSecond = 0;
    if (!m_activeThisSecond)
        m_second.stop();
    m_activeThisSecond = false;
}

void LabUdpServer::stop()
{
    if (m_socket.state() != QAbstractSocket::BoundState)
        return;
    endSecond();
    m_second.stop();
    m_socket.close();
    LabEvent stopped;
    stopped.kind = LabEvent::Kind::Stopped;
    stopped.transport = LabTransport::Udp;
    stopped.local = m_address;
    Q_EMIT event(stopped);
}

} // namespace NetSteps
