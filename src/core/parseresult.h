#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace NetSteps {

// Why a piece of outside input was rejected: a translated message naming the bad part, and
// where it is in the text so a view can mark it (the octet of an address, say).
struct ParseError
{
    QString message;
    int position = -1; // index of the first bad character in the input, -1 if none applies
    int length = 0;    // how many characters are bad
    int part = -1;     // which component is bad (an octet index 0-3, a MAC byte 0-5), -1 if none
};

// Either a parsed value or the error that says why there is none.
template <typename T>
class Parsed
{
public:
    Parsed(T value) : m_value(std::move(value)) {}
    Parsed(ParseError error) : m_error(std::move(error)) {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &value() const { return *m_value; }
    const T &operator*() const { return *m_value; }
    const T *operator->() const { return &*m_value; }
    const ParseError &error() const { return m_error; }

private:
    std::optional<T> m_value;
    ParseError m_error;
};

} // namespace NetSteps
