#pragma once

#include "scenario.h"
#include "scenariobuilder.h"

#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace NetSteps {

// What the navigator, the CLI and the lessons know of a scenario before building it.
struct ScenarioInfo
{
    QString id;    // stable: "tcp-handshake"
    QString topic; // stable: "tcp", "arp", "addressing", "sockets", "basics"
    const char *titleSource;   // English source text, translated by title()
    const char *summarySource; // one line, translated by summary()
    std::function<Scenario(const ScenarioParameters &)> build;
    // Why the scenario cannot be performed live on this machine (English source text), or
    // nullptr when it can be.
    const char *simulatedOnlySource = nullptr;
    // What a live run of this scenario changes or leaves simulated (English source text), or
    // nullptr when it performs everything as modelled.
    const char *liveNoteSource = nullptr;
    // The parameters a live run uses instead of the given ones (timers short enough to watch
    // with real sockets), or empty when they are the same.
    std::function<ScenarioParameters(const ScenarioParameters &)> liveParameters = {};

    bool isLiveCapable() const { return simulatedOnlySource == nullptr; }
    QString simulatedOnlyReason() const;
    QString liveNote() const;
    ScenarioParameters parametersForLive(const ScenarioParameters &parameters) const
    {
        return liveParameters ? liveParameters(parameters) : parameters;
    }

    QString title() const;
    QString summary() const;
};

// Every scenario NetSteps can perform, in teaching order.
class ScenarioRegistry
{
public:
    static const QList<ScenarioInfo> &all();
    static const ScenarioInfo *find(QStringView id);
    static QStringList ids();
    static QString topicTitle(const QString &topic);
    // Why the parameters cannot make this scenario (say, a LAN too small for its hosts), or nothing.
    static std::optional<ParseError> check(QStringView id, const ScenarioParameters &parameters);
    // The scenario, or nothing for an unknown id or parameters that check() rejects.
    static std::optional<Scenario> build(QStringView id, const ScenarioParameters &parameters);
};

} // namespace NetSteps
