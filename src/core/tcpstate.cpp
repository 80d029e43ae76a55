#include "tcpstate.h"

namespace NetSteps {

QString tcpStateName(TcpState state)
{
    switch (state) {
    case TcpState::Closed: return QStringLiteral("CLOSED");
    case TcpState::Listen: return QStringLiteral("LISTEN");
    case TcpState::SynSent: return QStringLiteral("SYN-SENT");
    case TcpState::SynReceived: return QStringLiteral("SYN-RECEIVED");
    case TcpState::Established: return QStringLiteral("ESTABLISHED");
    case TcpState::FinWait1: return QStringLiteral("FIN-WAIT-1");
    case TcpState::FinWait2: return QStringLiteral("FIN-WAIT-2");
    case TcpState::CloseWait: return QStringLiteral("CLOSE-WAIT");
    case TcpState::Closing: return QStringLiteral("CLOSING");
    case TcpState::LastAck: return QStringLiteral("LAST-ACK");
    case TcpState::TimeWait: return QStringLiteral("TIME-WAIT");
    }
    return {};
}

std::optional<TcpState> tcpStateFromName(QStringView name)
{
    for (TcpState s : allTcpStates) {
        if (name.compare(tcpStateName(s), Qt::CaseInsensitive) == 0)
            return s;
    }
    return std::nullopt;
}

std::optional<TcpState> tcpStateFromLinux(int linuxState)
{
    switch (linuxState) {
    case 1: return TcpState::Established;
    case 2: return TcpState::SynSent;
    case 3: return TcpState::SynReceived;
    case 4: return TcpState::FinWait1;
    case 5: return TcpState::FinWait2;
    case 6: return TcpState::TimeWait;
    case 7: return TcpState::Closed;
    case 8: return TcpState::CloseWait;
    case 9: return TcpState::LastAck;
    case 10: return TcpState::Listen;
    case 11: return TcpState::Closing;
    case 12: return TcpState::SynReceived; // TCP_NEW_SYN_RECV: a request socket in the SYN queue
    default: return std::nullopt;
    }
}

int tcpStateToLinux(TcpState state)
{
    switch (state) {
    case TcpState::Established: return 1;
    case TcpState::SynSent: return 2;
    case TcpState::SynReceived: return 3;
    case TcpState::FinWait1: return 4;
    case TcpState::FinWait2: return 5;
    case TcpState::TimeWait: return 6;
    case TcpState::Closed: return 7;
    case TcpState::CloseWait: return 8;
    case TcpState::LastAck: return 9;
    case TcpState::Listen: return 10;
    case TcpState::Closing: return 11;
    }
    return 7;
}

} // namespace NetSteps
