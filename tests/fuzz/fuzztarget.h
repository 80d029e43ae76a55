#pragma once

// What every fuzz target shares: the property checks and how a target is entered.
//
// Each target is one function over bytes. Built for libFuzzer (NETSTEPS_FUZZ_ENTRY defined, one
// target per executable), NETSTEPS_FUZZ_TARGET makes it LLVMFuzzerTestOneInput, and a broken
// property aborts so that libFuzzer keeps the input. Built into tst_fuzzregressions (every target
// in one executable, in the normal build), it registers the function by name, and a broken
// property throws, so the test fails on that file with the property's message.

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <functional>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

namespace NetSteps::Fuzz {

using Entry = int (*)(const std::uint8_t *data, std::size_t size);

// A property a target checks did not hold.
class PropertyFailure : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

[[noreturn]] void fail(const char *file, int line, const char *condition, const QString &detail);

// Every target compiled into this executable, in registration order (regression runner only).
std::vector<std::pair<QString, Entry>> &targets();

struct Registration
{
    Registration(const char *name, Entry entry) { targets().emplace_back(QString::fromLatin1(name), entry); }
};

inline QByteArrayView bytes(const std::uint8_t *data, std::size_t size)
{
    return QByteArrayView(reinterpret_cast<const char *>(data), qsizetype(size));
}

// Takes the input apart as a fuzz target needs it: single bytes and numbers from the front, the
// rest as it is. Past the end every read gives zeros, so a short input is still a valid one.
class Input
{
public:
    explicit Input(QByteArrayView bytes) : m_bytes(bytes) {}
    bool atEnd() const { return m_pos >= m_bytes.size(); }
    quint8 byte() { return atEnd() ? 0 : quint8(m_bytes[m_pos++]); }
    quint16 u16() { return quint16((quint16(byte()) << 8) | byte()); }
    quint32 u32() { return (quint32(u16()) << 16) | u16(); }
    bool flag() { return byte() & 1; }
    // Up to `limit` bytes, the count taken from the input first.
    QByteArray chunk(qsizetype limit)
    {
        const qsizetype wanted = qMin<qsizetype>(byte(), limit);
        const qsizetype count = qMin(wanted, m_bytes.size() - qMin(m_pos, m_bytes.size()));
        const QByteArray out = m_bytes.sliced(qMin(m_pos, m_bytes.size()), count).toByteArray();
        m_pos += count;
        return out;
    }
    QByteArrayView rest() const { return atEnd() ? QByteArrayView() : m_bytes.sliced(m_pos); }

private:
    QByteArrayView m_bytes;
    qsizetype m_pos = 0;
};

} // namespace NetSteps::Fuzz

// Checks a property; `detail` (a QString expression) says what was seen when it does not hold.
#define FUZZ_CHECK(condition, detail)                                                                     \
    do {                                                                                                  \
        if (!(condition))                                                                                 \
            ::NetSteps::Fuzz::fail(__FILE__, __LINE__, #condition, (detail));                              \
    } while (false)

#ifdef NETSTEPS_FUZZ_ENTRY
#define NETSTEPS_FUZZ_TARGET(name, function)                                                              \
    extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)                     \
    {                                                                                                     \
        return function(data, size);                                                                      \
    }
#else
#define NETSTEPS_FUZZ_TARGET(name, function)                                                              \
    static const ::NetSteps::Fuzz::Registration registration_##function(name, function);
#endif

#include "parseresult.h"

namespace NetSteps::Fuzz {

// What every rejection of outside text must carry: a message, and a position and length that
// lie within the text (position -1 when none applies), and a part within [minPart, maxPart].
inline void checkParseError(const ParseError &error, qsizetype textLength, int maxPart, const char *what)
{
    const QString where = QStringLiteral("%1: \"%2\" at %3+%4 part %5 of a %6-character text")
                              .arg(QLatin1StringView(what), error.message)
                              .arg(error.position)
                              .arg(error.length)
                              .arg(error.part)
                              .arg(textLength);
    FUZZ_CHECK(!error.message.trimmed().isEmpty(), where);
    FUZZ_CHECK(error.position >= -1 && error.position <= textLength, where);
    FUZZ_CHECK(error.length >= 0, where);
    FUZZ_CHECK(error.position < 0 || error.position + error.length <= textLength, where);
    FUZZ_CHECK(error.part >= -1 && error.part <= maxPart, where);
}

} // namespace NetSteps::Fuzz
