#pragma once

#include <QCoreApplication>

#include "scenario.h"

#include <QString>

namespace NetSteps {

// Turns the structured record of a step into the text a user reads. Every sentence goes
// through translation, so the same step reads in English or Chinese.
class Narrator
{
    Q_DECLARE_TR_FUNCTIONS(NetSteps::Narrator)

public:
    // The caption of a step: what happened, to whom, which transition, and why.
    static QString caption(const Scenario &scenario, int step);
    // A short title for the step's event, e.g. "client: connect()" or "SYN → server".
    static QString eventTitle(const Scenario &scenario, int step);
    // The layer the step happens on, e.g. "Transport layer (TCP)".
    static QString layer(const Scenario &scenario, int step);
    // "SYN,ACK seq=… ack=… len=5": the segment's flags and numbers (not translated).
    static QString segmentSummary(const Frame &frame);
    // What a frame is, as a ladder labels its arrow: the TCP flags ("SYN,ACK"), "UDP", or
    // "ICMP port unreachable" (not translated, like the flags).
    static QString frameTitle(const Frame &frame);
    // The numbers part of it: "seq=… ack=… len=5" (ack only with the ACK flag, len only with data);
    // for UDP "len=5", for ICMP "type=3 code=3".
    static QString segmentNumbers(const Frame &frame);
    // The name of the timer behind a timeout event: "2MSL", "retransmission", "keep-alive".
    static QString timerName(TcpEvent event);
    // "client", "server", "client 2", "server ← client 2" (a connection the server's listener
    // created for client 2), translated.
    static QString endpointLabel(const QString &name);
    // Sentences joined with a space where the language uses one (not after a full-width stop).
    static QString joinSentences(const QStringList &sentences);
    // A station of a LAN as a student reads it: "A1", "router (eth0)".
    static QString stationLabel(const QString &name);
    // The 2MSL of this scenario and Linux's TIME-WAIT, for display beside a TIME-WAIT timer.
    static QString timeWaitNote(const Scenario &scenario);

private:
    // The addressing and LAN scenarios' halves of caption(), eventTitle() and layer() (lannarrator.cpp).
    static QString lanCaption(const Scenario &scenario, int step);
    static QString lanEventTitle(const Scenario &scenario, int step);
    static QString lanLayer(const Scenario &scenario, int step);
    // The sockets lessons' steps: UDP, ICMP, and what send() and recv() return (socketnarrator.cpp).
    static bool isSocketStep(const Scenario &scenario, int step);
    static QString socketCaption(const Scenario &scenario, int step);
    static QString socketEventTitle(const Scenario &scenario, int step);
    static QString socketLayer(const Scenario &scenario, int step);
};

} // namespace NetSteps
