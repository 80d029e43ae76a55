#pragma once

#include <QDeadlineTimer>
#include <QTest>

#include <functional>

// Runs the event loop until done() or the limit: a safety bound, not a measurement.
inline bool spinUntil(const std::function<bool()> &done, int limitMs = 60000)
{
    const QDeadlineTimer deadline(limitMs);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QTest::qWait(5);
    }
    return true;
}
