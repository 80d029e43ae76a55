#pragma once

#include "scenario.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace NetSteps {

// A text a lesson author wrote in every language NetSteps speaks ("en", "zh_CN").
class LocalizedText
{
public:
    LocalizedText() = default;
    // The same text in every language: a port number, a protocol name.
    static LocalizedText same(const QString &text);

    void set(const QString &language, const QString &text) { m_texts.insert(language, text); }
    // The text in the language NetSteps shows now (currentLanguage()).
    QString text() const;
    // The text in this language, or the English one if the language has none.
    QString text(const QString &language) const;
    bool isEmpty() const { return m_texts.isEmpty(); }

    friend bool operator==(const LocalizedText &, const LocalizedText &) = default;

private:
    QHash<QString, QString> m_texts;
};

// The network layer a step happens on, in the five-layer model the course teaches.
enum class LessonLayer { Application, Transport, Network, Link, Physical };

// The model's answer to a checkpoint, or one of the choices offered: a key that does not depend
// on the language (a state name, flags, a timer id) and the text a student reads.
struct CheckpointChoice
{
    QString key;
    QString text;
    bool correct = false;

    friend bool operator==(const CheckpointChoice &, const CheckpointChoice &) = default;
};

// A question the student answers before a step is revealed. The lesson names what to ask of the
// model and writes only the wrong choices; the right one always comes from the scenario.
struct Checkpoint
{
    Q_DECLARE_TR_FUNCTIONS(NetSteps::Checkpoint)

public:
    enum class Ask {
        State, // the endpoint's TCP state after the step
        Sent,  // the flags of the segment the endpoint sends in the step
        Timer, // which of the endpoint's timers expires in the step
        Queue, // what the listener does at its queues in the step (listen backlog)
        Network, // the sender's AND decision: same network or via the gateway (a station, or "address" in the subnet lessons)
        Switch,  // what the switch does with the frame: flood, forward or filter
        Ports,   // the switch ports the frame goes out of, such as 2,3,4,5
        Receive, // what a station does with the frame that reached it: reply, discard, update, resolve, drop, accept, forward
        Count,   // in the subnet lessons ("address"): how many hosts a network holds, or how many subnets borrowing makes;
                 // in the sockets lessons: how many bytes the endpoint's send() or recv() returns
        Result,  // in the sockets lessons: what the endpoint's receive call gives: data, econnrefused or timeout
    };

    Ask ask = Ask::State;
    QString endpoint;
    LocalizedText question;
    QStringList distractors;  // keys, in their canonical spelling (see canonicalKey)
    LocalizedText explanation; // optional: shown with the answer, besides the step's caption

    // The model's answer at this step of the scenario, or nothing when the model cannot answer
    // the question there (then *problem, if given, says why).
    std::optional<CheckpointChoice> answer(const Scenario &scenario, int step, QString *problem = nullptr) const;
    // The answer and the distractors, in a fixed order that does not depend on which is right
    // (states in RFC order, flags and port lists alphabetically, the others in keys() order).
    // Empty when the model cannot answer.
    QList<CheckpointChoice> choices(const Scenario &scenario, int step) const;

    static QString askName(Ask ask); // "state", "sent", "timer", "queue"
    static std::optional<Ask> askFromName(QStringView name);
    static QStringList askNames();
    // The closed set of answers for Timer, Queue, Network, Switch, Receive and Result; empty for State,
    // Sent and Ports, whose answers are TCP state names, flag sets and port lists.
    static QStringList keys(Ask ask);
    // How many wrong choices a checkpoint needs: 2, or all there are for a question with fewer
    // (same network or via the gateway has only one).
    static int minimumDistractors(Ask ask);
    // A distractor as the lesson wrote it, in canonical spelling ("syn, ack" → "SYN,ACK"), or
    // nothing when it cannot be an answer to this kind of question.
    static std::optional<QString> canonicalKey(Ask ask, QStringView written);
    // What a student reads for a key, in the current language (state names and flags are never translated).
    static QString keyText(Ask ask, const QString &key);
};

// What a lesson adds to one step of its scenario; every part is optional.
struct LessonStep
{
    int step = 0;
    LocalizedText caption; // replaces the default narration when not empty
    std::optional<LessonLayer> layer;
    QList<LocalizedText> glossary;
    std::optional<Checkpoint> checkpoint;
};

// A table on a reference page: column headings and rows of cells, all translatable.
struct LessonTable
{
    QList<LocalizedText> columns;
    QList<QList<LocalizedText>> rows;
};

// One page of a reference lesson: a title, and text, a table or a figure that NetSteps draws.
struct LessonPage
{
    LocalizedText title;
    LocalizedText text;         // may be empty when the page is a table or a figure
    std::optional<LessonTable> table;
    QString figure;             // a figure id (Lesson::figureIds()), or empty
    QList<LocalizedText> glossary;
};

// A lesson: teaching text over one scenario (with the scenario's id), or a short reference of
// pages for ground that has no scenario. Read from a file by LessonLoader.
struct Lesson
{
    Q_DECLARE_TR_FUNCTIONS(NetSteps::Lesson)

public:
    enum class Kind { Scenario, Reference };
    static constexpr int schemaVersion = 1; // the only version this NetSteps reads

    QString id;
    Kind kind = Kind::Scenario;
    QString topic; // a scenario lesson's comes from its scenario
    LocalizedText title;
    LocalizedText summary;
    QList<LessonStep> steps; // a scenario lesson's, in step order
    QList<LessonPage> pages; // a reference lesson's
    QString file;            // where it was read from (":/lessons/… " when embedded)

    bool isEmbedded() const { return file.startsWith(u':'); }
    // The lesson's additions to a step, or nullptr.
    const LessonStep *step(int index) const;
    // The caption a student reads at a step: the lesson's, or the model's default narration.
    QString caption(const Scenario &scenario, int step) const;
    // The layer of a step: the lesson's, or the model's default.
    QString layer(const Scenario &scenario, int step) const;
    // Every glossary term of the lesson, each once, in the order they first appear.
    QList<LocalizedText> glossary() const;

    static QString kindName(Kind kind); // "scenario", "reference"
    static QString layerName(LessonLayer layer); // translated, e.g. "Transport layer"
    static std::optional<LessonLayer> layerFromId(QStringView id);
    static QStringList layerIds();
    // The topics of the lesson navigator, in its order.
    static QStringList topics();
    // The figures NetSteps' views can draw on a reference page.
    static QStringList figureIds();
};

} // namespace NetSteps
