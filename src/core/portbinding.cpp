#include "portbinding.h"

namespace NetSteps {

namespace {

bool sharesPort(const TcpControlBlock &tcb, Ipv4Address address, quint16 port)
{
    const Ipv4Address any;
    return tcb.state != TcpState::Closed && tcb.port == port
        && (tcb.address == address || tcb.address == any || address == any);
}

} // namespace

const TcpControlBlock *bindConflict(const QList<TcpControlBlock> &sockets, Ipv4Address address, quint16 port,
                                    bool reuseAddress)
{
    for (const TcpControlBlock &tcb : sockets) {
        if (!sharesPort(tcb, address, port))
            continue;
        const bool shared = reuseAddress && tcb.reuseAddress && tcb.state != TcpState::Listen;
        if (!shared)
            return &tcb;
    }
    return nullptr;
}

const TcpControlBlock *portUser(const QList<TcpControlBlock> &sockets, Ipv4Address address, quint16 port)
{
    for (const TcpControlBlock &tcb : sockets) {
        if (sharesPort(tcb, address, port))
            return &tcb;
    }
    return nullptr;
}

} // namespace NetSteps
