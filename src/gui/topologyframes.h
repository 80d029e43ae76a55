#pragma once

#include <QCoreApplication>
#include <QColor>
#include <QString>
#include <QStringList>

namespace NetSteps {

struct ArpCache;
struct Frame;
struct RouteDecision;
struct SwitchDecision;
class LanTopology;

// What the topology writes about a frame and the decisions taken on it: the colour of its kind,
// its short label, a switch's decision, a sender's AND. Made from the step's record only.
class TopologyFrames
{
    Q_DECLARE_TR_FUNCTIONS(NetSteps::TopologyFrames)

public:
    // Okabe and Ito's colour-blind-safe orange, bluish green and blue.
    static QColor requestColor() { return QColor(0xe6, 0x9f, 0x00); }
    static QColor replyColor() { return QColor(0x00, 0x9e, 0x73); }
    static QColor dataColor() { return QColor(0x00, 0x72, 0xb2); }
    static QColor colorOf(const Frame &frame);
    // The colour for text in a frame's colour: darker, to read on white.
    static QColor textColorOf(const Frame &frame) { return colorOf(frame).darker(135); }

    // "ARP who-has 192.168.1.3", "ARP 192.168.1.3 is-at …", "TCP SYN".
    static QString title(const Frame &frame);
    // "to ff:ff:ff:ff:ff:ff (broadcast)", "to 5e:…:01 (A2)".
    static QString destination(const Frame &frame, const LanTopology &topology);
    // "IP 192.168.1.2 → 192.168.2.2" for an IPv4 packet, empty for ARP.
    static QString packet(const Frame &frame);
    // What the switch learned, and where the frame goes and why.
    static QStringList switchDecision(const SwitchDecision &decision, const Frame &frame, const LanTopology &topology);
    // The station's question, its AND and the destination's (in columns), and the verdict.
    static QStringList routeDecision(const RouteDecision &route);
    // An unanswered ARP request: the sender asks again, or gives up on the address.
    static QStringList timeout(const QString &station, const Frame *resent, const ArpCache *cache, qint64 nowMs);
};

} // namespace NetSteps
