#pragma once

#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QString>

// The objects of a JSON Lines text (one object per line, blank lines skipped), as netsteps-cli
// writes them; empty if any line is not a JSON object.
inline QList<QJsonObject> jsonLines(const QString &text)
{
    QList<QJsonObject> lines;
    for (const QByteArray &line : text.toUtf8().split('\n')) {
        if (line.trimmed().isEmpty())
            continue;
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject())
            return {};
        lines.append(doc.object());
    }
    return lines;
}
