#include "ipv4address.h"

#include <QCoreApplication>

namespace NetSteps {

namespace {
} // namespace

Parsed<Ipv4Address> Ipv4Address::parse(QStringView text)
{
    if (text.isEmpty())
        return ParseError{tr("The address is empty; write four numbers 0-255 separated by dots, "
                             "such as 192.168.1.10."),
                          0, 0, -1};
    quint32 value = 0;
    int pos = 0;
    for (int octet = 0; octet < 4; ++octet) {
        const int start = pos;
        while (pos < text.size() && text[pos].isDigit() && text[pos].unicode() < 128)
            ++pos;
        if (pos == start) {
            if (pos < text.size() && text[pos] != u'.')
                return ParseError{tr("Octet %1 contains '%2'; only the digits 0-9 are allowed.")
                                      .arg(octet + 1)
                                      .arg(text[pos]),
                                  pos, 1, octet};
            return ParseError{tr("Octet %1 is missing; an IPv4 address has four octets.").arg(octet + 1),
                              pos, 0, octet};
        }
        const QStringView digits = text.sliced(start, pos - start);
        bool fits = false;
        const int number = digits.toInt(&fits);
        if (!fits || number > 255)
            return ParseError{tr("Octet %1 is %2, which is over 255.").arg(octet + 1).arg(digits.toString()),
                              start, int(digits.size()), octet};
        if (digits.size() > 3)
            return ParseError{tr("Octet %1 is %2, which has more than three digits.")
                                  .arg(octet + 1)
                                  .arg(digits.toString()),
                              start, int(digits.size()), octet};
        value = (value << 8) | quint32(number);
        if (octet < 3) {
            if (pos >= text.size())
                return ParseError{tr("The address ends after %1 octet(s); an IPv4 address has four.")
                                      .arg(octet + 1),
                                  pos, 0, octet + 1};
            if (text[pos] != u'.')
                return ParseError{tr("Octet %1 is followed by '%2'; octets are separated by dots.")
                                      .arg(octet + 1)
                                      .arg(text[pos]),
                                  pos, 1, octet};
            ++pos;
        }
    }
    if (pos != text.size())
        return ParseError{tr("Unexpected text after the fourth octet: '%1'.").arg(text.sliced(pos).toString()),
                          pos, int(text.size() - pos), -1};
    return Ipv4Address(value);
}

QString Ipv4Address::toString() const
{
    return QStringLiteral("%1.%2.%3.%4").arg(octet(0)).arg(octet(1)).arg(octet(2)).arg(octet(3));
}

QString Ipv4Address::toBinaryString() const
{
    QString out;
    out.reserve(35);
    for (int i = 31; i >= 0; --i) {
        out.append((m_value >> i) & 1 ? u'1' : u'0');
        if (i % 8 == 0 && i != 0)
            out.append(u'.');
    }
    return out;
}

} // namespace NetSteps
