#pragma once

#include "subnet.h"

#include <QJsonObject>

namespace NetSteps::Cli {

// A subnet's range as netsteps-cli writes it in JSON: network, prefix, broadcast, first_host,
// last_host, host_count.
inline QJsonObject subnetRangeJson(const Subnet &subnet)
{
    return {{QStringLiteral("network"), subnet.network().toString()},
            {QStringLiteral("prefix"), subnet.prefix()},
            {QStringLiteral("broadcast"), subnet.broadcast().toString()},
            {QStringLiteral("first_host"), subnet.firstHost().toString()},
            {QStringLiteral("last_host"), subnet.lastHost().toString()},
            {QStringLiteral("host_count"), qint64(subnet.hostCount())}};
}

} // namespace NetSteps::Cli
