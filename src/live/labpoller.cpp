#include "labpoller.h"

#include <QObject>
#include <QSocketNotifier>

#include <unordered_map>
#include <utility>
#include <vector>

namespace NetSteps {

LabPoller::~LabPoller() = default;

namespace {

// One QSocketNotifier for reading and one for writing per descriptor; each activation is a batch
// of one event.
class NotifierPoller final : public LabPoller
{
public:
    explicit NotifierPoller(std::function<void()> afterBatch) : m_afterBatch(std::move(afterBatch)) {}

    QString mechanism() const override { return QStringLiteral("notifiers"); }

    bool watch(qintptr descriptor, LabPollTarget *target, bool read, bool write) override
    {
        Watch &w = m_watches[descriptor];
        w.read = std::make_unique<QSocketNotifier>(descriptor, QSocketNotifier::Read);
        w.write = std::make_unique<QSocketNotifier>(descriptor, QSocketNotifier::Write);
        QObject::connect(w.read.get(), &QSocketNotifier::activated, w.read.get(),
                         [this, target] { deliver(target, true, false); });
        QObject::connect(w.write.get(), &QSocketNotifier::activated, w.write.get(),
                         [this, target] { deliver(target, false, true); });
        w.read->setEnabled(read);
        w.write->setEnabled(write);
        return true;
    }

    void setInterest(qintptr descriptor, LabPollTarget *, bool read, bool write) override
    {
        const auto it = m_watches.find(descriptor);
        if (it == m_watches.end())
            return;
        it->second.read->setEnabled(read);
        it->second.write->setEnabled(write);
    }

    void unwatch(qintptr descriptor) override
    {
        const auto it = m_watches.find(descriptor);
        if (it == m_watches.end())
            return;
        // The notifier may be the one whose signal is being delivered: disable it now, delete
        // it at the next delivery (never inside its own signal).
        for (std::unique_ptr<QSocketNotifier> *notifier : {&it->second.read, &it->second.write}) {
            (*notifier)->setEnabled(false);
            m_retired.push_back(std::move(*notifier));
        }
        m_watches.erase(it);
    }

private:
    struct Watch
    {
        std::unique_ptr<QSocketNotifier> read;
        std::unique_ptr<QSocketNotifier> write;
    };

    void deliver(LabPollTarget *target, bool readable, bool writable)
    {
        m_retired.clear();
        target->descriptorReady(readable, writable);
        m_afterBatch();
    }

    std::function<void()> m_afterBatch;
    std::unordered_map<qintptr, Watch> m_watches;
    std::vector<std::unique_ptr<QSocketNotifier>> m_retired;
};

} // namespace

std::unique_ptr<LabPoller> LabPoller::createWithNotifiers(std::function<void()> afterBatch)
{
    return std::make_unique<NotifierPoller>(std::move(afterBatch));
}

std::unique_ptr<LabPoller> LabPoller::create(Kind kind, std::function<void()> afterBatch)
{
    if (kind == Kind::Best) {
        if (std::unique_ptr<LabPoller> native = createNative(afterBatch))
            return native;
    }
    return createWithNotifiers(std::move(afterBatch));
}

} // namespace NetSteps
