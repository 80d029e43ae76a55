#pragma once

#include <QList>
#include <QStringList>
#include <QTextStream>

#include <algorithm>

namespace NetSteps::Cli {

// How many terminal columns a text takes: Chinese characters and full-width punctuation take
// two (the East Asian wide and full-width ranges), everything else one.
inline qsizetype displayWidth(const QString &text)
{
    qsizetype width = 0;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const bool wide = (u >= 0x1100 && u <= 0x115f) || (u >= 0x2e80 && u <= 0xa4cf) || (u >= 0xac00 && u <= 0xd7a3)
                          || (u >= 0xf900 && u <= 0xfaff) || (u >= 0xfe30 && u <= 0xfe4f) || (u >= 0xff00 && u <= 0xff60)
                          || (u >= 0xffe0 && u <= 0xffe6);
        width += wide ? 2 : 1;
    }
    return width;
}

// Writes rows as columns padded to their widest cell, each line indented; the last cell of a
// row is not padded, so lines carry no trailing spaces. Widths are terminal columns, so a
// table with Chinese cells lines up too.
inline void writeTable(QTextStream &out, const QList<QStringList> &rows, const QString &indent = QStringLiteral("  "))
{
    QList<qsizetype> widths;
    for (const QStringList &row : rows) {
        widths.resize(std::max(widths.size(), row.size()));
        for (qsizetype c = 0; c < row.size(); ++c)
            widths[c] = std::max(widths[c], displayWidth(row[c]));
    }
    for (const QStringList &row : rows) {
        QString line = indent;
        for (qsizetype c = 0; c < row.size(); ++c)
            line += c + 1 < row.size() ? row[c] + QString(widths[c] + 2 - displayWidth(row[c]), u' ') : row[c];
        out << line << u'\n';
    }
}

} // namespace NetSteps::Cli
