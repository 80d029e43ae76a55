#include "labprotocol.h"

namespace NetSteps::LabProtocol {

std::optional<LabMode> modeFromName(QStringView name)
{
    if (name == u"hello")
        return LabMode::Hello;
    if (name == u"upper")
        return LabMode::Upper;
    if (name == u"echo")
        return LabMode::Echo;
    return std::nullopt;
}

QString modeName(LabMode mode)
{
    switch (mode) {
    case LabMode::Hello:
        return QStringLiteral("hello");
    case LabMode::Upper:
        return QStringLiteral("upper");
    case LabMode::Echo:
        return QStringLiteral("echo");
    }
    return {};
}

QByteArrayView greeting(LabMode mode)
{
    return mode == LabMode::Hello ? QByteArrayView("Welcome!") : QByteArrayView();
}

namespace {

void appendUpper(QByteArrayView bytes, QByteArray *out)
{
    const qsizetype start = out->size();
    out->append(bytes);
    char *data = out->data() + start;
    for (qsizetype i = 0; i < bytes.size(); ++i)
        if (data[i] >= 'a' && data[i] <= 'z')
            data[i] = char(data[i] - 'a' + 'A');
}

} // namespace

QByteArray upper(QByteArrayView bytes)
{
    QByteArray out;
    appendUpper(bytes, &out);
    return out;
}

SplitLine splitLineEnding(QByteArrayView message)
{
    if (message.endsWith("\r\n"))
        return {message.chopped(2), message.last(2)};
    if (message.endsWith('\n'))
        return {message.chopped(1), message.last(1)};
    return {message, {}};
}

bool respond(LabMode mode, LabTransport transport, QByteArrayView message, QByteArray *reply)
{
    switch (mode) {
    case LabMode::Hello: {
        const SplitLine line = splitLineEnding(message);
        if (transport == LabTransport::Tcp && line.body == "exit")
            return true;
        reply->append("Hello, ").append(line.body).append('!').append(line.ending);
        return false;
    }
    case LabMode::Upper:
        // The line ending has no letters: upper-casing the whole message keeps it as it came.
        appendUpper(message, reply);
        return false;
    case LabMode::Echo:
        reply->append(message);
        return false;
    }
    return false;
}

} // namespace NetSteps::LabProtocol
