#pragma once

#include <QMetaType>
#include <QString>

#include <array>
#include <optional>

namespace NetSteps {

// The eleven connection states of RFC 9293 section 3.3.2, in RFC spelling.
enum class TcpState {
    Closed,
    Listen,
    SynSent,
    SynReceived,
    Established,
    FinWait1,
    FinWait2,
    CloseWait,
    Closing,
    LastAck,
    TimeWait,
};

inline constexpr std::array<TcpState, 11> allTcpStates{
    TcpState::Closed,   TcpState::Listen,   TcpState::SynSent,   TcpState::SynReceived,
    TcpState::Established, TcpState::FinWait1, TcpState::FinWait2, TcpState::CloseWait,
    TcpState::Closing,  TcpState::LastAck,  TcpState::TimeWait,
};

// "SYN-SENT", "TIME-WAIT", ...: the RFC's own names, never translated.
QString tcpStateName(TcpState state);
std::optional<TcpState> tcpStateFromName(QStringView name);

// Linux numbers its states differently (include/net/tcp_states.h; tcp_info.tcpi_state and the
// "st" column of /proc/net/tcp). Returns nothing for numbers Linux does not use for a TCP state.
std::optional<TcpState> tcpStateFromLinux(int linuxState);
int tcpStateToLinux(TcpState state);

} // namespace NetSteps

Q_DECLARE_METATYPE(NetSteps::TcpState)
