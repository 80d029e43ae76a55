#pragma once

#include <QString>

namespace NetSteps {

// One field of a decoded frame, as the inspector lists it and the hex dump highlights it: its
// layer ("Ethernet II", "ARP", "IPv4", "TCP", "UDP", "Payload"), its name, its value as text, a
// translated one-sentence explanation, and where its bytes are in the frame.
struct FrameField
{
    QString layer;
    QString name;
    QString value;
    QString meaning;
    int offset = 0;
    int length = 0;

    friend bool operator==(const FrameField &, const FrameField &) = default;
};

} // namespace NetSteps
