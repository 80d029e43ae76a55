#include "tcpflags.h"

#include <QList>

#include <array>
#include <utility>

namespace NetSteps {

namespace {
// The display order: the flags that open and close a connection first, as people read them.
constexpr std::array<std::pair<TcpFlag, const char *>, 8> flagNames{{
    {TcpFlag::Syn, "SYN"},
    {TcpFlag::Fin, "FIN"},
    {TcpFlag::Rst, "RST"},
    {TcpFlag::Psh, "PSH"},
    {TcpFlag::Ack, "ACK"},
    {TcpFlag::Urg, "URG"},
    {TcpFlag::Ece, "ECE"},
    {TcpFlag::Cwr, "CWR"},
}};
} // namespace

QString tcpFlagsToString(TcpFlags flags)
{
    QString out;
    for (const auto &[flag, name] : flagNames) {
        if (!flags.testFlag(flag))
            continue;
        if (!out.isEmpty())
            out.append(u',');
        out.append(QLatin1StringView(name));
    }
    return out;
}

std::optional<TcpFlags> tcpFlagsFromString(QStringView text)
{
    TcpFlags flags;
    if (text.trimmed().isEmpty())
        return flags;
    for (QStringView item : text.split(u',')) {
        item = item.trimmed();
        bool known = false;
        for (const auto &[flag, name] : flagNames) {
            if (item.compare(QLatin1StringView(name), Qt::CaseInsensitive) == 0) {
                flags |= flag;
                known = true;
                break;
            }
        }
        if (!known)
            return std::nullopt;
    }
    return flags;
}

} // namespace NetSteps
