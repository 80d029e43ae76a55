#pragma once

#include "capturedframe.h"

#include <QByteArrayView>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>
#include <QtGlobal>

#include <memory>

namespace NetSteps {

// How a capture went since start(): what was kept and what was lost, and why.
struct CaptureStatistics
{
    quint64 kept = 0;            // frames of the watched connections kept (taken or still waiting)
    quint64 droppedListFull = 0; // frames of the watched connections not kept: the list was full
    quint64 truncated = 0;       // frames of the watched connections longer than the snap length
    // Frames the kernel dropped because its buffer for this capture was full (the program did not
    // read in time). The kernel counts every TCP segment on loopback here, watched or not.
    quint64 droppedByKernel = 0;

    friend bool operator==(const CaptureStatistics &, const CaptureStatistics &) = default;
};

// The real frames of NetSteps' own connections on the loopback interface, exactly once each,
// with the kernel's timestamps (Linux: an AF_PACKET socket on "lo", which needs root or the
// CAP_NET_RAW capability). Other programs use loopback at the same time, so only IPv4 TCP
// frames from 127.0.0.1 to 127.0.0.1 whose two ports are both watched (setPorts) are kept.
//
// Pending frames are read whenever the socket becomes readable (the event loop must run) and by
// takeFrames(); each is filtered with the ports watched at that moment, so a connection's ports
// must be watched before the event loop runs again after its connect() or accept() (binding the
// client first gives its port before any segment). The kept frames are
// bounded in number and in bytes, so a flood on loopback cannot grow memory without end; what
// does not fit is counted in statistics(). Systems without an implementation get one whose
// start() fails with unavailableReason().
class PacketCapture : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PacketCapture)

public:
    // The longest frame recorded whole, as long as PcapWriter stores whole (loopback's MTU is
    // 65536, so its frames are at most 65550 bytes).
    static constexpr qsizetype snapLength = 262144;
    // Bounds on the frames kept between two takeFrames() calls.
    static constexpr qsizetype maxKeptFrames = 8192;
    static constexpr qsizetype maxKeptBytes = 32 * 1024 * 1024;

    // The implementation for the system this program was built for. The caller owns it; with a
    // parent, it must be destroyed before the parent is (as a member of the parent is).
    static std::unique_ptr<PacketCapture> create(QObject *parent = nullptr);

    ~PacketCapture() override;

    // Whether this system has an implementation at all (permission is only known by start()).
    virtual bool isAvailable() const = 0;
    // A translated sentence saying why capture is impossible on this system; empty when available.
    virtual QString unavailableReason() const = 0;

    // Starts capturing on the loopback interface, forgetting earlier frames and statistics (the
    // ports stay). True if it runs (also when it already ran); otherwise false with *error
    // saying why, and what permission is needed when that is the reason.
    bool start(QString *error = nullptr);
    // Reads what is still pending, then closes the capture. Kept frames stay for takeFrames().
    void stop();
    virtual bool isRunning() const = 0;

    // The ports whose connections are kept: both ports of a segment must be among them. May be
    // called at any time; it applies to frames read from then on.
    void setPorts(const QList<quint16> &ports);
    QList<quint16> ports() const;

    // Reads every frame already pending (so that a caller who just saw a state change gets each
    // segment the kernel sent before it), then hands over the kept frames in capture order and
    // forgets them.
    QList<CapturedFrame> takeFrames();

    CaptureStatistics statistics() const { return m_statistics; }

    // Whether a frame is an IPv4 TCP segment from 127.0.0.1 to 127.0.0.1 (not a fragment)
    // whose source and destination ports are both in ports.
    static bool isWatchedSegment(QByteArrayView frame, const QSet<quint16> &ports);

signals:
    // New frames were kept while the event loop read the capture (not emitted by takeFrames()).
    void framesCaptured();
    // Reading the capture failed and it stopped (the interface went away, for instance).
    void captureFailed(const QString &message);

protected:
    explicit PacketCapture(QObject *parent);

    // Opens the system's capture; false with *error set when it cannot.
    virtual bool openCapture(QString *error) = 0;
    // Closes it; frames not read yet are lost.
    virtual void closeCapture() = 0;
    // Reads the frames pending in the capture, at most readBudget of them (so that a flood
    // cannot keep the caller in the loop), passing each to offer().
    virtual void readPending() = 0;

    // One frame as read: wireLength is its length on the wire, bytes what was captured of it.
    // Kept if watched, fits and leaves room; counted otherwise.
    void offer(qint64 timeUs, QByteArrayView bytes, qint64 wireLength);
    void countKernelDrops(quint64 frames) { m_statistics.droppedByKernel += frames; }
    // readPending() when the event loop says the capture is readable; emits framesCaptured().
    void onReadable();
    // At most this many frames per readPending(): about as many small segments as the kernel's
    // buffer for a capture holds, so one call empties it unless frames keep arriving.
    static constexpr int readBudget = 16384;

private:
    QSet<quint16> m_ports;
    QList<CapturedFrame> m_frames;
    qsizetype m_keptBytes = 0;
    CaptureStatistics m_statistics;
};

} // namespace NetSteps
