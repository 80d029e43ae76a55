#include "realsegment.h"

#include "framecodec.h"
#include "livesession.h"
#include "narrator.h"
#include "tcpflags.h"

#include <QHash>

namespace NetSteps {

namespace {

// The port of "127.0.0.1:PORT", or 0.
quint16 portOf(const QString &address)
{
    bool ok = false;
    const quint16 port = address.section(u':', -1).toUShort(&ok);
    return ok ? port : 0;
}

// The two-party scenario's endpoint that is not `name`, or empty if there is none.
QString otherEndpoint(const QStringList &endpointNames, const QString &name)
{
    for (const QString &other : endpointNames)
        if (other != name)
            return other;
    return {};
}

} // namespace

QList<RealSegment> realSegments(const QList<LiveObservation> &observations, const QStringList &endpointNames)
{
    QList<RealSegment> segments;
    QHash<quint16, QString> owners; // port → endpoint, from this observation and the ones before it
    for (const LiveObservation &observation : observations) {
        for (auto it = observation.endpoints.cbegin(); it != observation.endpoints.cend(); ++it)
            if (const quint16 port = portOf(it.value()))
                owners.insert(port, it.key());
        for (const CapturedFrame &captured : observation.captured) {
            const Parsed<Frame> frame = FrameCodec::decode(captured.bytes);
            if (!frame || !frame->tcp)
                continue;
            const TcpHeader &tcp = *frame->tcp;
            QString from = owners.value(tcp.sourcePort);
            QString to = owners.value(tcp.destinationPort);
            if (from.isEmpty() && !to.isEmpty())
                from = otherEndpoint(endpointNames, to);
            if (to.isEmpty() && !from.isEmpty())
                to = otherEndpoint(endpointNames, from);
            if (from.isEmpty() || to.isEmpty() || from == to || !endpointNames.contains(from) || !endpointNames.contains(to))
                continue;
            RealSegment segment;
            segment.step = observation.step;
            segment.from = from;
            segment.to = to;
            segment.flags = tcpFlagsToString(tcp.flags);
            // The window as it is in the header (unscaled), beside the numbers the model also shows.
            segment.label = QStringLiteral("%1 %2 win=%3").arg(segment.flags, Narrator::segmentNumbers(*frame)).arg(tcp.window);
            segment.summary = FrameCodec::summary(*frame);
            segment.bytes = captured.bytes;
            segments.append(segment);
        }
    }
    return segments;
}

} // namespace NetSteps
