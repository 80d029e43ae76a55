#include "macaddress.h"

#include <QCoreApplication>

namespace NetSteps {

namespace {

int hexValue(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= '0' && u <= '9')
        return u - '0';
    if (u >= 'a' && u <= 'f')
        return u - 'a' + 10;
    if (u >= 'A' && u <= 'F')
        return u - 'A' + 10;
    return -1;
}
} // namespace

Parsed<MacAddress> MacAddress::parse(QStringView text)
{
    Bytes bytes{};
    QChar separator;
    int pos = 0;
    for (int i = 0; i < 6; ++i) {
        if (pos + 2 > text.size() || hexValue(text[pos]) < 0 || hexValue(text[pos + 1]) < 0) {
            const int bad = pos < text.size() && hexValue(text[pos]) >= 0 ? pos + 1 : pos;
            return ParseError{tr("Byte %1 of the MAC address must be two hexadecimal digits (0-9, a-f).")
                                  .arg(i + 1),
                              bad, bad < text.size() ? 1 : 0, i};
        }
        bytes[i] = quint8(hexValue(text[pos]) * 16 + hexValue(text[pos + 1]));
        pos += 2;
        if (i < 5) {
            if (pos >= text.size())
                return ParseError{tr("The MAC address ends after %1 byte(s); it has six.").arg(i + 1), pos, 0,
                                  i + 1};
            const QChar c = text[pos];
            if ((c != u':' && c != u'-') || (!separator.isNull() && c != separator))
                return ParseError{tr("Expected ':' (or '-' throughout) after byte %1, found '%2'.")
                                      .arg(i + 1)
                                      .arg(c),
                                  pos, 1, i};
            separator = c;
            ++pos;
        }
    }
    if (pos != text.size())
        return ParseError{tr("Unexpected text after the sixth byte: '%1'.").arg(text.sliced(pos).toString()),
                          pos, int(text.size() - pos), -1};
    return MacAddress(bytes);
}

QString MacAddress::toString() const
{
    QString out;
    for (int i = 0; i < 6; ++i) {
        if (i)
            out.append(u':');
        out.append(QStringLiteral("%1").arg(m_bytes[i], 2, 16, QLatin1Char('0')));
    }
    return out;
}

} // namespace NetSteps
