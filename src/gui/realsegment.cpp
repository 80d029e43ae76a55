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

// The two-party scenario's endpoint that is not `name`; empty if there is none, or several.
QString otherEndpoint(const QStringList &endpointNames, const QString &name)
{
    if (endpointNames.size() != 2 || !endpointNames.contains(name))
        return {};
    return endpointNames.at(endpointNames.indexOf(name) == 0 ? 1 : 0);
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
            // The live session names the ends where it knows them (a listener's connections share
            // its port, but not its peer's); else the ports do.
            QString from = captured.from.isEmpty() ? owners.value(tcp.sourcePort) : captured.from;
            QString to = captured.to.isEmpty() ? owners.value(tcp.destinationPort) : captured.to;
            if (from.isEmpty() && !to.isEmpty())
                from = otherEndpoint(endpointNames, to);
            if (to.isEmpty() && !from.isEmpty())
                to = otherEndpoint(endpointNames, from);
            if (from.isEmpty() || to.isEmpty() || from == to)
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
