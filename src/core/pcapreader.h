#pragma once

#include <QCoreApplication>

#include "parseresult.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

namespace NetSteps {

// One frame of a capture file: when it was captured, the bytes kept, and how long it really was.
struct PcapRecord
{
    qint64 timestampMicroseconds = 0; // since 1970-01-01 UTC
    QByteArray data;
    quint32 originalLength = 0;

    friend bool operator==(const PcapRecord &, const PcapRecord &) = default;
};

// Reads a classic libpcap capture of Ethernet frames (link type 1), written in either byte order,
// with microsecond or nanosecond timestamps (nanoseconds are rounded down to microseconds).
// Rejects, with a message saying where, a truncated file header or record, a record longer than
// the file's snap length or 256 KiB, and any other link type. pcapng files are not read.
class PcapReader
{
    Q_DECLARE_TR_FUNCTIONS(NetSteps::PcapReader)

public:
    static constexpr quint32 MaximumRecordLength = 256 * 1024;

    static Parsed<QList<PcapRecord>> read(QByteArrayView bytes);
};

} // namespace NetSteps
