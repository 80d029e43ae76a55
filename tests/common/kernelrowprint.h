#pragma once

// Readable QCOMPARE failures for the kernel view's values (found by Qt Test through ADL).

#include "kerneltcpview.h"

#include <QtGlobal>

#include <optional>

namespace NetSteps {

inline char *toString(TcpState state)
{
    return qstrdup(qPrintable(tcpStateName(state)));
}

inline char *toString(const std::optional<TcpState> &state)
{
    return qstrdup(state ? qPrintable(tcpStateName(*state)) : "(none)");
}

inline char *toString(const KernelSocketRow &row)
{
    return qstrdup(qPrintable(QStringLiteral("%1:%2 -> %3:%4 %5 timer %6")
                                  .arg(row.localAddress.toString())
                                  .arg(row.localPort)
                                  .arg(row.remoteAddress.toString())
                                  .arg(row.remotePort)
                                  .arg(tcpStateName(row.state))
                                  .arg(row.timerSecondsLeft)));
}

inline char *toString(const std::optional<KernelSocketRow> &row)
{
    return row ? toString(*row) : qstrdup("(none)");
}

} // namespace NetSteps
