#pragma once

#include <QtGlobal>

namespace NetSteps {

// A small deterministic generator (SplitMix64) for initial sequence numbers, ports and MAC
// addresses: the same seed gives the same scenario on every platform and compiler.
class SeededRandom
{
public:
    explicit SeededRandom(quint64 seed) : m_state(seed) {}

    quint64 next64()
    {
        quint64 z = (m_state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    quint32 next32() { return quint32(next64() >> 32); }
    // Uniform enough for teaching purposes in [low, high] (inclusive).
    quint32 bounded(quint32 low, quint32 high) { return low + quint32(next64() % (quint64(high) - low + 1)); }

private:
    quint64 m_state;
};

} // namespace NetSteps
