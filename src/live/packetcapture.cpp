#include "packetcapture.h"

#include "nativesockets.h"

#include <QtEndian>

#include <algorithm>
#include <utility>

namespace NetSteps {

namespace {

// Wire layout of the few header fields the filter reads (Ethernet II, IPv4, TCP).
constexpr qsizetype ethernetHeaderLength = 14;
constexpr qsizetype etherTypeOffset = 12;
constexpr quint16 etherTypeIpv4 = 0x0800;
constexpr qsizetype minimumIpv4HeaderLength = 20;
constexpr quint8 protocolTcp = 6;
constexpr quint16 fragmentBits = 0x3fff; // the More Fragments flag and the fragment offset

quint16 readBigEndian16(QByteArrayView bytes, qsizetype offset)
{
    return qFromBigEndian<quint16>(bytes.data() + offset);
}

quint32 readBigEndian32(QByteArrayView bytes, qsizetype offset)
{
    return qFromBigEndian<quint32>(bytes.data() + offset);
}

} // namespace

PacketCapture::PacketCapture(QObject *parent) : QObject(parent) {}

PacketCapture::~PacketCapture() = default;

bool PacketCapture::start(QString *error)
{
    if (isRunning())
        return true;
    m_frames.clear();
    m_keptBytes = 0;
    m_statistics = {};
    return openCapture(error);
}

void PacketCapture::stop()
{
    if (!isRunning())
        return;
    readPending();
    closeCapture();
}

void PacketCapture::setPorts(const QList<quint16> &ports)
{
    m_ports = QSet<quint16>(ports.cbegin(), ports.cend());
}

QList<quint16> PacketCapture::ports() const
{
    QList<quint16> sorted(m_ports.cbegin(), m_ports.cend());
    std::sort(sorted.begin(), sorted.end());
    return sorted;
}

QList<CapturedFrame> PacketCapture::takeFrames()
{
    if (isRunning())
        readPending();
    m_keptBytes = 0;
    return std::exchange(m_frames, {});
}

bool PacketCapture::isWatchedSegment(QByteArrayView frame, const QSet<quint16> &ports)
{
    if (frame.size() < ethernetHeaderLength + minimumIpv4HeaderLength
        || readBigEndian16(frame, etherTypeOffset) != etherTypeIpv4)
        return false;
    const QByteArrayView ip = frame.sliced(ethernetHeaderLength);
    const quint8 versionAndLength = quint8(ip[0]);
    const qsizetype ipHeaderLength = qsizetype(versionAndLength & 0x0f) * 4;
    if ((versionAndLength >> 4) != 4 || ipHeaderLength < minimumIpv4HeaderLength || quint8(ip[9]) != protocolTcp
        || (readBigEndian16(ip, 6) & fragmentBits) != 0)
        return false;
    const quint32 loopback = loopbackAddress.toUInt();
    if (readBigEndian32(ip, 12) != loopback || readBigEndian32(ip, 16) != loopback)
        return false;
    // The two ports are the first four bytes of the TCP header.
    if (ip.size() < ipHeaderLength + 4)
        return false;
    return ports.contains(readBigEndian16(ip, ipHeaderLength))
        && ports.contains(readBigEndian16(ip, ipHeaderLength + 2));
}

void PacketCapture::offer(qint64 timeUs, QByteArrayView bytes, qint64 wireLength)
{
    if (!isWatchedSegment(bytes, m_ports))
        return;
    if (wireLength > bytes.size()) {
        // A cut frame would show a segment that never was: count it rather than keep it.
        ++m_statistics.truncated;
        return;
    }
    if (m_frames.size() >= maxKeptFrames || m_keptBytes + bytes.size() > maxKeptBytes) {
        ++m_statistics.droppedListFull;
        return;
    }
    CapturedFrame frame;
    frame.timeUs = timeUs;
    frame.bytes = bytes.toByteArray();
    m_frames.append(frame);
    m_keptBytes += bytes.size();
    ++m_statistics.kept;
}

void PacketCapture::onReadable()
{
    const quint64 keptBefore = m_statistics.kept;
    readPending();
    if (m_statistics.kept != keptBefore)
        emit framesCaptured();
}

} // namespace NetSteps
