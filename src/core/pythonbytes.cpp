#include "pythonbytes.h"

namespace NetSteps {

QString pythonBytes(QByteArrayView bytes)
{
    // Python quotes with ' unless the bytes hold a ' and no ".
    const char quote = bytes.contains('\'') && !bytes.contains('"') ? '"' : '\'';
    QString text = QStringLiteral("b") + QLatin1Char(quote);
    for (const char byte : bytes) {
        const auto code = static_cast<unsigned char>(byte);
        if (byte == '\\' || byte == quote)
            text += QLatin1String("\\") + QLatin1Char(byte);
        else if (byte == '\t')
            text += QLatin1String("\\t");
        else if (byte == '\n')
            text += QLatin1String("\\n");
        else if (byte == '\r')
            text += QLatin1String("\\r");
        else if (code < 0x20 || code >= 0x7f)
            text += QStringLiteral("\\x%1").arg(code, 2, 16, QLatin1Char('0'));
        else
            text += QLatin1Char(byte);
    }
    return text + QLatin1Char(quote);
}

QString pythonBytesPreview(QByteArrayView bytes, qsizetype maxBytes)
{
    if (bytes.size() <= maxBytes)
        return pythonBytes(bytes);
    return pythonBytes(bytes.first(maxBytes)) + QStringLiteral("…");
}

} // namespace NetSteps
