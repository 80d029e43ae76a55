#include "nativesockets.h"

namespace NetSteps {

QString NativeSocketAddress::toString() const
{
    return QStringLiteral("%1:%2").arg(address.toString()).arg(port);
}

NativeSockets::~NativeSockets() = default;

} // namespace NetSteps
