#pragma once

#include <QList>

// The order in which the window tests visit a lesson's steps: every step forwards, every step
// backwards, then jumps (to the end, to the start, and into the middle), so that what a step
// shows cannot depend on the step shown before it.
inline QList<int> seekOrder(int lastStep)
{
    QList<int> order;
    for (int i = 0; i <= lastStep; ++i)
        order.append(i);
    for (int i = lastStep; i >= 0; --i)
        order.append(i);
    order += {lastStep, 0, qMin(3, lastStep), qMin(1, lastStep)};
    return order;
}
