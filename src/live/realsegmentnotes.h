#pragma once

#include "livesession.h"

#include <QCoreApplication>
#include <QStringList>

namespace NetSteps {

// Why the real segments of a live step look different from the modelled ones, in sentences a
// student reads beside them: the random ISN, the options and window Linux chooses on loopback,
// segments that arrive at once instead of over the following steps, an ACK that rode on a FIN.
class RealSegmentNotes
{
    Q_DECLARE_TR_FUNCTIONS(NetSteps::RealSegmentNotes)

public:
    struct Note
    {
        QString topic; // a few words, such as "random ISNs"
        QString text;  // the explanation
    };

    // The notes for observations.at(index) (its step's captured frames, with the earlier
    // observations for what was sent before); empty when it captured nothing.
    static QList<Note> explain(const Scenario &scenario, const QList<LiveObservation> &observations, qsizetype index);
};

} // namespace NetSteps
