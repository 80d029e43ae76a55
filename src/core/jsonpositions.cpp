#include "jsonpositions.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace NetSteps {

JsonPositions::JsonPositions(const QByteArray &utf8) : m_text(utf8)
{
    skipSpace();
    m_offsets.insert(QString(), m_pos);
    scanValue(QString());
}

QString JsonPositions::memberPath(const QString &parent, const QString &key)
{
    return parent.isEmpty() ? key : parent + u'.' + key;
}

QString JsonPositions::elementPath(const QString &parent, qsizetype index)
{
    return QStringLiteral("%1[%2]").arg(parent).arg(index);
}

JsonPositions::Position JsonPositions::at(const QString &path) const
{
    QString p = path;
    // Each round drops the last component ("a.b[2]" → "a.b" → "a" → ""), so it ends.
    while (!m_offsets.contains(p) && !p.isEmpty()) {
        const qsizetype cut = std::max(p.lastIndexOf(u'.'), p.lastIndexOf(u'['));
        p = cut > 0 ? p.left(cut) : QString();
    }
    return fromOffset(m_text, m_offsets.value(p, 0));
}

JsonPositions::Position JsonPositions::fromOffset(const QByteArray &utf8, qsizetype offset)
{
    offset = qBound<qsizetype>(0, offset, utf8.size());
    const QByteArrayView before(utf8.constData(), offset);
    const qsizetype lineStart = before.lastIndexOf('\n') + 1;
    Position position;
    position.line = int(before.count('\n')) + 1;
    position.column = int(QString::fromUtf8(before.sliced(lineStart)).size()) + 1;
    return position;
}

void JsonPositions::skipSpace()
{
    while (m_pos < m_text.size()) {
        const char c = m_text.at(m_pos);
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
            return;
        ++m_pos;
    }
}

// Each scan function consumes what it reads and returns false when the text stops making sense
// (which it cannot for a text QJsonDocument accepted): the scan then simply ends there.
bool JsonPositions::scanValue(const QString &path)
{
    skipSpace();
    if (m_pos >= m_text.size())
        return false;
    switch (m_text.at(m_pos)) {
    case '{':
        return scanObject(path);
    case '[':
        return scanArray(path);
    case '"':
        return scanString(nullptr);
    default: {
        // true, false, null or a number: up to the next delimiter.
        const qsizetype start = m_pos;
        while (m_pos < m_text.size() && !QByteArrayView(",]} \t\r\n").contains(m_text.at(m_pos)))
            ++m_pos;
        return m_pos > start;
    }
    }
}

bool JsonPositions::scanObject(const QString &path)
{
    ++m_pos; // '{'
    skipSpace();
    if (m_pos < m_text.size() && m_text.at(m_pos) == '}') {
        ++m_pos;
        return true;
    }
    while (m_pos < m_text.size()) {
        skipSpace();
        const qsizetype keyStart = m_pos;
        QString key;
        if (!scanString(&key))
            return false;
        skipSpace();
        if (m_pos >= m_text.size() || m_text.at(m_pos) != ':')
            return false;
        ++m_pos;
        const QString member = memberPath(path, key);
        if (m_offsets.contains(member)) {
            if (!m_duplicates.contains(member))
                m_duplicates.append(member);
            // QJsonDocument keeps the last of duplicate keys: forget where the earlier value's
            // members were, so that they neither count as duplicates nor point at the wrong value.
            m_offsets.removeIf([&](const auto &entry) {
                return entry.key().startsWith(member + u'.') || entry.key().startsWith(member + u'[');
            });
        }
        m_offsets.insert(member, keyStart);
        if (!scanValue(member))
            return false;
        skipSpace();
        if (m_pos >= m_text.size())
            return false;
        const char c = m_text.at(m_pos++);
        if (c == '}')
            return true;
        if (c != ',')
            return false;
    }
    return false;
}

bool JsonPositions::scanArray(const QString &path)
{
    ++m_pos; // '['
    skipSpace();
    if (m_pos < m_text.size() && m_text.at(m_pos) == ']') {
        ++m_pos;
        return true;
    }
    for (qsizetype index = 0; m_pos < m_text.size(); ++index) {
        skipSpace();
        const QString element = elementPath(path, index);
        m_offsets.insert(element, m_pos);
        if (!scanValue(element))
            return false;
        skipSpace();
        if (m_pos >= m_text.size())
            return false;
        const char c = m_text.at(m_pos++);
        if (c == ']')
            return true;
        if (c != ',')
            return false;
    }
    return false;
}

bool JsonPositions::scanString(QString *decoded)
{
    if (m_pos >= m_text.size() || m_text.at(m_pos) != '"')
        return false;
    const qsizetype start = m_pos++;
    bool escaped = false;
    while (m_pos < m_text.size()) {
        const char c = m_text.at(m_pos++);
        if (c == '\\') {
            escaped = true;
            ++m_pos; // the escaped character (a \uXXXX's digits are ordinary characters)
            continue;
        }
        if (c != '"')
            continue;
        if (decoded) {
            const QByteArray quoted = m_text.mid(start, m_pos - start);
            // Escapes are rare in keys: let QJsonDocument decode them rather than repeat its rules.
            *decoded = escaped ? QJsonDocument::fromJson('[' + quoted + ']').array().at(0).toString()
                               : QString::fromUtf8(quoted.mid(1, quoted.size() - 2));
        }
        return true;
    }
    return false;
}

} // namespace NetSteps
