#pragma once

#include <QList>
#include <QStringList>
#include <QTextStream>

#include <algorithm>

namespace NetSteps::Cli {

// Writes rows as columns padded to their widest cell, each line indented; the last cell of a
// row is not padded, so lines carry no trailing spaces.
inline void writeTable(QTextStream &out, const QList<QStringList> &rows, const QString &indent = QStringLiteral("  "))
{
    QList<qsizetype> widths;
    for (const QStringList &row : rows) {
        widths.resize(std::max(widths.size(), row.size()));
        for (qsizetype c = 0; c < row.size(); ++c)
            widths[c] = std::max(widths[c], row[c].size());
    }
    for (const QStringList &row : rows) {
        QString line = indent;
        for (qsizetype c = 0; c < row.size(); ++c)
            line += c + 1 < row.size() ? row[c].leftJustified(widths[c] + 2) : row[c];
        out << line << u'\n';
    }
}

} // namespace NetSteps::Cli
