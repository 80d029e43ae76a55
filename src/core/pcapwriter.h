#pragma once

#include <QCoreApplication>

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include <utility>

class QIODevice;

namespace NetSteps {

// Writes frames as a classic libpcap capture file (microsecond timestamps, link type 1 =
// Ethernet, in little-endian byte order), the format Wireshark, tcpdump and tshark all open.
// The writer does not own the device, which must be open for writing.
class PcapWriter
{
    Q_DECLARE_TR_FUNCTIONS(NetSteps::PcapWriter)

public:
    static constexpr quint32 Magic = 0xa1b2c3d4;
    static constexpr quint32 SnapLength = 262144;
    static constexpr quint32 LinkTypeEthernet = 1;

    explicit PcapWriter(QIODevice *device);

    // The 24-byte file header; write it once, first.
    bool writeHeader();
    // One frame captured at the given time (microseconds since 1970-01-01 UTC, from 0 up to the
    // year 2106, as the format's 32-bit seconds allow). A frame longer than the snap length is
    // stored cut to it, with its full length recorded.
    bool writeRecord(qint64 timestampMicroseconds, QByteArrayView frame);
    // Why the last write failed.
    QString errorString() const;

    // A whole capture file in memory: the header, then the records in the order given (a record
    // whose timestamp the format cannot hold is left out).
    static QByteArray toBytes(const QList<std::pair<qint64, QByteArray>> &records);

private:
    bool write(const QByteArray &bytes);

    QIODevice *m_device;
    QString m_errorString;
};

} // namespace NetSteps
