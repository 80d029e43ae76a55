#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

namespace NetSteps {

// Where each member and element of a JSON text starts, by its path ("steps[3].checkpoint.ask"),
// so that an error found in the parsed document can point into the file: QJsonDocument keeps
// no positions. Built from a text QJsonDocument has already accepted.
class JsonPositions
{
public:
    struct Position
    {
        int line = 0;   // 1-based; 0 when there is no position
        int column = 0; // 1-based, in characters
    };

    explicit JsonPositions(const QByteArray &utf8);

    // Where the value at path is written (for an object member: its key), or, when the path is
    // not in the text (a missing field), where the nearest enclosing value is.
    Position at(const QString &path) const;
    // The paths of members written twice in the same object, each once.
    const QStringList &duplicates() const { return m_duplicates; }

    static Position fromOffset(const QByteArray &utf8, qsizetype offset);
    static QString memberPath(const QString &parent, const QString &key);
    static QString elementPath(const QString &parent, qsizetype index);

private:
    void skipSpace();
    bool scanValue(const QString &path);
    bool scanObject(const QString &path);
    bool scanArray(const QString &path);
    bool scanString(QString *decoded);

    QByteArray m_text;
    qsizetype m_pos = 0;
    QHash<QString, qsizetype> m_offsets;
    QStringList m_duplicates;
};

} // namespace NetSteps
