#pragma once

#include <QString>
#include <QtGlobal>

#include <functional>
#include <memory>

namespace NetSteps {

// Something a LabPoller tells when its descriptor is ready.
class LabPollTarget
{
public:
    // readable also when the peer closed or the socket has an error (the next call says which);
    // writable likewise, so a target that only waits to write still hears of a dead peer.
    virtual void descriptorReady(bool readable, bool writable) = 0;

protected:
    ~LabPollTarget() = default;
};

// Tells a lab server which of its descriptors are ready, inside the Qt event loop.
//
// Why not one QSocketNotifier per connection: Qt's dispatchers (glib's and the UNIX one) walk
// every registered notifier on every wake-up, so with a thousand connections each message pays
// for the whole set. On Linux the poller keeps the descriptors in an epoll set and the event loop
// watches only the epoll descriptor (one QSocketNotifier): a wake-up costs what is ready, however
// many connections are open. Elsewhere it falls back to a notifier per descriptor.
//
// Events are delivered in batches of at most MaxBatch; after each batch afterBatch() runs, so a
// server can release what its targets finished with while a batch may still name them.
class LabPoller
{
public:
    enum class Kind {
        Best,      // epoll on Linux, notifiers elsewhere
        Notifiers, // one QSocketNotifier pair per descriptor, on every system
    };
    static constexpr int MaxBatch = 256;

    static std::unique_ptr<LabPoller> create(Kind kind, std::function<void()> afterBatch);

    virtual ~LabPoller();
    Q_DISABLE_COPY_MOVE(LabPoller)

    // "epoll" or "notifiers", for logs and benchmarks.
    virtual QString mechanism() const = 0;
    // Starts watching; false if the system refused (the descriptor is then not watched).
    virtual bool watch(qintptr descriptor, LabPollTarget *target, bool read, bool write) = 0;
    virtual void setInterest(qintptr descriptor, LabPollTarget *target, bool read, bool write) = 0;
    // Stops watching, before the descriptor is closed. Events of this batch that were already
    // collected may still reach the target: it must stay alive until afterBatch().
    virtual void unwatch(qintptr descriptor) = 0;

protected:
    LabPoller() = default;
    // Qt's notifiers on every system: the fallback, and a second implementation for the tests.
    static std::unique_ptr<LabPoller> createWithNotifiers(std::function<void()> afterBatch);
    // The system's own mechanism (platform/), or nullptr where there is none.
    static std::unique_ptr<LabPoller> createNative(std::function<void()> afterBatch);
};

} // namespace NetSteps
