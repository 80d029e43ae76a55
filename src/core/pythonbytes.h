#pragma once

#include <QByteArrayView>
#include <QString>

namespace NetSteps {

// Bytes as Python writes a bytes literal, which the course's students read: b'Rose\n'.
QString pythonBytes(QByteArrayView bytes);
// The same for at most `maxBytes` of them, with "…" after the literal when some were left out.
QString pythonBytesPreview(QByteArrayView bytes, qsizetype maxBytes);

} // namespace NetSteps
