#include "pcapwriter.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QIODevice>
#include <QtEndian>

namespace NetSteps {

namespace {

void put16(QByteArray &out, quint16 value)
{
    char bytes[2];
    qToLittleEndian(value, bytes);
    out.append(bytes, 2);
}

void put32(QByteArray &out, quint32 value)
{
    char bytes[4];
    qToLittleEndian(value, bytes);
    out.append(bytes, 4);
}
} // namespace

PcapWriter::PcapWriter(QIODevice *device) : m_device(device) {}

bool PcapWriter::writeHeader()
{
    QByteArray header;
    put32(header, Magic);
    put16(header, 2); // version 2.4
    put16(header, 4);
    put32(header, 0); // time zone offset: timestamps are UTC
    put32(header, 0); // timestamp accuracy
    put32(header, SnapLength);
    put32(header, LinkTypeEthernet);
    return write(header);
}

bool PcapWriter::writeRecord(qint64 timestampMicroseconds, QByteArrayView frame)
{
    const qint64 seconds = timestampMicroseconds / 1000000;
    if (timestampMicroseconds < 0 || seconds > 0xffffffffLL) {
        m_errorString =
            tr("The timestamp %1 µs is outside what a pcap file can hold (0 up to the year 2106).")
                .arg(timestampMicroseconds);
        return false;
    }
    const quint32 captured = quint32(qMin<qsizetype>(frame.size(), SnapLength));
    QByteArray record;
    record.reserve(16 + captured);
    put32(record, quint32(seconds));
    put32(record, quint32(timestampMicroseconds % 1000000));
    put32(record, captured);
    put32(record, quint32(qMin<qsizetype>(frame.size(), 0xffffffffLL)));
    record.append(frame.first(captured));
    return write(record);
}

QString PcapWriter::errorString() const
{
    return m_errorString;
}

QByteArray PcapWriter::toBytes(const QList<std::pair<qint64, QByteArray>> &records)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    PcapWriter writer(&buffer);
    writer.writeHeader();
    for (const auto &[timestamp, frame] : records)
        writer.writeRecord(timestamp, frame);
    return bytes;
}

bool PcapWriter::write(const QByteArray &bytes)
{
    if (!m_device || !m_device->isWritable()) {
        m_errorString = tr("The capture file is not open for writing.");
        return false;
    }
    if (m_device->write(bytes) != bytes.size()) {
        m_errorString = tr("Could not write the capture file: %1").arg(m_device->errorString());
        return false;
    }
    return true;
}

} // namespace NetSteps
