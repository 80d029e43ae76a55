#include "lessonparser.h"

#include "scenarioregistry.h"
#include "translations.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <cmath>

namespace NetSteps {

QString LessonError::toString() const
{
    QString out = file;
    if (line > 0)
        out += QStringLiteral(":%1:%2").arg(line).arg(column);
    out += QStringLiteral(": ");
    if (!path.isEmpty())
        out += path + QStringLiteral(": ");
    return out + message;
}

namespace {

QString member(const QString &parent, const QString &key)
{
    return JsonPositions::memberPath(parent, key);
}

QString element(const QString &parent, qsizetype index)
{
    return JsonPositions::elementPath(parent, index);
}

QString quotedList(const QStringList &items)
{
    return items.join(QStringLiteral(", "));
}

// The scenario as the application builds it. A live run may use other parameters (keep-alive's
// shorter timers give fewer steps), so a lesson is checked against that build too.
struct ScenarioBuild
{
    Scenario scenario;
    bool live = false;
};

QList<ScenarioBuild> buildsOf(const ScenarioInfo &info)
{
    const ScenarioParameters defaults;
    QList<ScenarioBuild> builds{{info.build(defaults), false}};
    if (info.isLiveCapable() && info.liveParameters)
        builds.append({info.build(info.parametersForLive(defaults)), true});
    return builds;
}

// What a checkpoint can ask about: a TCP endpoint; a LAN's station or switch; or, in the subnet
// lessons, "address" (the address being studied).
bool hasEndpoint(const Scenario &scenario, const QString &name)
{
    if (scenario.stage == Scenario::Stage::Bits)
        return name == QLatin1String("address");
    if (scenario.topology) {
        for (const LanSegment &segment : scenario.topology->segments) {
            if (segment.switchName == name)
                return true;
        }
        return scenario.topology->station(name) != nullptr;
    }
    if (scenario.endpointNames.contains(name) || scenario.sharedLifelines.contains(name))
        return true;
    return std::any_of(scenario.steps.cbegin(), scenario.steps.cend(),
                       [&](const Step &s) { return s.state.endpoint(name) != nullptr; });
}

QStringList endpointNames(const Scenario &scenario)
{
    if (scenario.stage == Scenario::Stage::Bits)
        return {QStringLiteral("address")};
    if (scenario.topology) {
        QStringList names;
        for (const LanSegment &segment : scenario.topology->segments)
            names.append(segment.switchName);
        for (const LanStation &station : scenario.topology->stations)
            names.append(station.name);
        return names;
    }
    QStringList names = scenario.endpointNames;
    for (auto it = scenario.sharedLifelines.cbegin(); it != scenario.sharedLifelines.cend(); ++it)
        names.append(it.key());
    for (const TcpControlBlock &tcb : scenario.steps.last().state.endpoints) {
        if (!names.contains(tcb.name))
            names.append(tcb.name);
    }
    return names;
}

// Reads the fields of a lesson file, recording every problem with its position; the values it
// returns count only if no problem was recorded.
class Reader
{
public:
    Reader(const QString &file, const JsonPositions &positions) : m_file(file), m_positions(positions) {}

    QList<LessonError> errors;

    void error(const QString &path, const QString &message)
    {
        const JsonPositions::Position p = m_positions.at(path);
        errors.append(LessonError{m_file, p.line, p.column, path, message});
    }

    // Members the schema does not know are mistakes (a misspelt "captoin" would otherwise be
    // ignored silently), except those starting with "_": notes an author keeps in the file.
    void checkFields(const QJsonObject &o, const QString &path, const QStringList &allowed)
    {
        for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
            if (!it.key().startsWith(u'_') && !allowed.contains(it.key()))
                error(member(path, it.key()),
                      LessonParser::tr("unknown field \"%1\" (fields here: %2)").arg(it.key(), quotedList(allowed)));
        }
    }

    std::optional<QJsonValue> field(const QJsonObject &o, const QString &path, const QString &key, bool required)
    {
        const auto it = o.constFind(key);
        if (it == o.constEnd()) {
            if (required)
                error(member(path, key), LessonParser::tr("missing field \"%1\"").arg(key));
            return std::nullopt;
        }
        return *it;
    }

    std::optional<QString> string(const QJsonObject &o, const QString &path, const QString &key, bool required)
    {
        const std::optional<QJsonValue> v = field(o, path, key, required);
        if (!v)
            return std::nullopt;
        if (!v->isString() || v->toString().trimmed().isEmpty()) {
            error(member(path, key), LessonParser::tr("expected a non-empty string"));
            return std::nullopt;
        }
        return v->toString();
    }

    std::optional<int> integer(const QJsonValue &v, const QString &path)
    {
        const double d = v.toDouble();
        if (!v.isDouble() || d != std::floor(d) || std::abs(d) > 1e9) {
            error(path, LessonParser::tr("expected a whole number"));
            return std::nullopt;
        }
        return int(d);
    }

    std::optional<QJsonArray> array(const QJsonObject &o, const QString &path, const QString &key, bool required)
    {
        const std::optional<QJsonValue> v = field(o, path, key, required);
        if (!v)
            return std::nullopt;
        if (!v->isArray() || v->toArray().isEmpty()) {
            error(member(path, key), LessonParser::tr("expected a list with at least one item: [ … ]"));
            return std::nullopt;
        }
        return v->toArray();
    }

    std::optional<QJsonObject> object(const QJsonValue &v, const QString &path)
    {
        if (!v.isObject()) {
            error(path, LessonParser::tr("expected an object: { … }"));
            return std::nullopt;
        }
        return v.toObject();
    }

    // {"en": "…", "zh_CN": "…"}: every language NetSteps speaks, and no other.
    std::optional<LocalizedText> text(const QJsonValue &v, const QString &path)
    {
        const QStringList languages = availableLanguages();
        if (!v.isObject()) {
            error(path, LessonParser::tr("expected a text in every language: {\"%1\": \"…\"}")
                            .arg(languages.join(QStringLiteral("\": \"…\", \""))));
            return std::nullopt;
        }
        const QJsonObject o = v.toObject();
        bool ok = true;
        for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
            if (!languages.contains(it.key())) {
                error(member(path, it.key()), LessonParser::tr("unknown language \"%1\" (languages: %2)")
                                                  .arg(it.key(), quotedList(languages)));
                ok = false;
            }
        }
        LocalizedText out;
        for (const QString &language : languages) {
            const QJsonValue t = o.value(language);
            if (t.isUndefined()) {
                error(member(path, language), LessonParser::tr("missing the %1 text").arg(language));
                ok = false;
            } else if (!t.isString() || t.toString().trimmed().isEmpty()) {
                error(member(path, language), LessonParser::tr("expected a non-empty string"));
                ok = false;
            } else {
                out.set(language, t.toString());
            }
        }
        return ok ? std::optional(out) : std::nullopt;
    }

    std::optional<LocalizedText> textField(const QJsonObject &o, const QString &path, const QString &key, bool required)
    {
        const std::optional<QJsonValue> v = field(o, path, key, required);
        return v ? text(*v, member(path, key)) : std::nullopt;
    }

    QList<LocalizedText> glossary(const QJsonObject &o, const QString &path)
    {
        QList<LocalizedText> terms;
        const QString at = member(path, QStringLiteral("glossary"));
        if (const std::optional<QJsonArray> a = array(o, path, QStringLiteral("glossary"), false)) {
            for (qsizetype i = 0; i < a->size(); ++i) {
                if (const std::optional<LocalizedText> term = text(a->at(i), element(at, i)))
                    terms.append(*term);
            }
        }
        return terms;
    }

    std::optional<Checkpoint> checkpoint(const QJsonValue &v, const QString &path, int step,
                                         const QList<ScenarioBuild> &builds);
    QList<LessonStep> steps(const QJsonObject &root, const QList<ScenarioBuild> &builds);
    std::optional<LessonTable> table(const QJsonValue &v, const QString &path);
    QList<LessonPage> pages(const QJsonObject &root);

private:
    QString m_file;
    const JsonPositions &m_positions;
};

QString distractorRule(Checkpoint::Ask ask)
{
    switch (ask) {
    case Checkpoint::Ask::State:
        return LessonParser::tr("a TCP state in RFC 9293 spelling, such as SYN-RECEIVED");
    case Checkpoint::Ask::Sent:
        return LessonParser::tr("TCP flags such as SYN,ACK");
    case Checkpoint::Ask::Ports:
        return LessonParser::tr("switch ports such as 2,3,4");
    case Checkpoint::Ask::Count:
        return LessonParser::tr("a whole number such as 62");
    default:
        break;
    }
    return LessonParser::tr("one of: %1").arg(quotedList(Checkpoint::keys(ask)));
}

std::optional<Checkpoint> Reader::checkpoint(const QJsonValue &v, const QString &path, int step,
                                             const QList<ScenarioBuild> &builds)
{
    const std::optional<QJsonObject> o = object(v, path);
    if (!o)
        return std::nullopt;
    checkFields(*o, path,
                {QStringLiteral("ask"), QStringLiteral("endpoint"), QStringLiteral("question"),
                 QStringLiteral("distractors"), QStringLiteral("explanation"), QStringLiteral("answer")});
    if (o->contains(QStringLiteral("answer")))
        error(member(path, QStringLiteral("answer")),
              LessonParser::tr("a checkpoint never states its answer: NetSteps asks the model. Remove \"answer\" and "
                               "write only the wrong choices, in \"distractors\""));
    Checkpoint c;
    const std::optional<QString> askName = string(*o, path, QStringLiteral("ask"), true);
    const std::optional<Checkpoint::Ask> ask = askName ? Checkpoint::askFromName(*askName) : std::nullopt;
    if (askName && !ask)
        error(member(path, QStringLiteral("ask")), LessonParser::tr("unknown question \"%1\" (questions: %2)")
                                                       .arg(*askName, quotedList(Checkpoint::askNames())));
    const std::optional<QString> endpoint = string(*o, path, QStringLiteral("endpoint"), true);
    c.question = textField(*o, path, QStringLiteral("question"), true).value_or(LocalizedText());
    c.explanation = textField(*o, path, QStringLiteral("explanation"), false).value_or(LocalizedText());
    const QString distractorsPath = member(path, QStringLiteral("distractors"));
    const std::optional<QJsonArray> written = array(*o, path, QStringLiteral("distractors"), true);
    if (!ask || !endpoint || !written)
        return std::nullopt;
    c.ask = *ask;
    c.endpoint = *endpoint;

    QList<qsizetype> writtenAt; // where each distractor is in the file's list
    for (qsizetype i = 0; i < written->size(); ++i) {
        const QString at = element(distractorsPath, i);
        const std::optional<QString> key =
            written->at(i).isString() ? Checkpoint::canonicalKey(c.ask, written->at(i).toString()) : std::nullopt;
        if (!key) {
            error(at, LessonParser::tr("\"%1\" cannot answer a \"%2\" question: expected %3")
                          .arg(written->at(i).toVariant().toString(), *askName, distractorRule(c.ask)));
        } else if (c.distractors.contains(*key)) {
            error(at, LessonParser::tr("\"%1\" is already a distractor").arg(*key));
        } else {
            c.distractors.append(*key);
            writtenAt.append(i);
        }
    }
    if (written->size() < Checkpoint::minimumDistractors(c.ask))
        error(distractorsPath, LessonParser::tr("a checkpoint needs at least %1 distractors; this one has %2")
                                   .arg(Checkpoint::minimumDistractors(c.ask))
                                   .arg(written->size()));
    if (step == 0) {
        error(path, LessonParser::tr("step 0 is the initial state: there is nothing before it to predict"));
        return std::nullopt;
    }
    for (const ScenarioBuild &build : builds) {
        if (!hasEndpoint(build.scenario, c.endpoint)) {
            error(member(path, QStringLiteral("endpoint")),
                  LessonParser::tr("there is no endpoint \"%1\" in this scenario (endpoints: %2)")
                      .arg(c.endpoint, quotedList(endpointNames(build.scenario))));
            return std::nullopt;
        }
        QString problem;
        const std::optional<CheckpointChoice> answer = c.answer(build.scenario, step, &problem);
        if (!answer) {
            error(member(path, QStringLiteral("ask")),
                  build.live ? LessonParser::tr("the model cannot answer this question in a live run: %1").arg(problem)
                             : LessonParser::tr("the model cannot answer this question: %1").arg(problem));
            return std::nullopt;
        }
        if (const qsizetype i = c.distractors.indexOf(answer->key); i >= 0) {
            error(element(distractorsPath, writtenAt.at(i)),
                  LessonParser::tr("\"%1\" is the right answer at step %2, so it cannot be a distractor")
                      .arg(answer->key)
                      .arg(step));
            return std::nullopt;
        }
    }
    return c;
}

QList<LessonStep> Reader::steps(const QJsonObject &root, const QList<ScenarioBuild> &builds)
{
    QList<LessonStep> out;
    const QString stepsPath = QStringLiteral("steps");
    const std::optional<QJsonValue> v = field(root, {}, stepsPath, true);
    if (!v)
        return out;
    if (!v->isArray()) {
        error(stepsPath, LessonParser::tr("expected a list: [ … ]"));
        return out;
    }
    const QJsonArray list = v->toArray();
    const QString scenarioId = builds.first().scenario.id;
    int previous = -1;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString path = element(stepsPath, i);
        const std::optional<QJsonObject> o = object(list.at(i), path);
        if (!o)
            continue;
        const QStringList fields = {QStringLiteral("step"), QStringLiteral("caption"), QStringLiteral("layer"),
                                    QStringLiteral("glossary"), QStringLiteral("checkpoint")};
        checkFields(*o, path, fields);
        const QString stepPath = member(path, QStringLiteral("step"));
        const std::optional<QJsonValue> number = field(*o, path, QStringLiteral("step"), true);
        const std::optional<int> index = number ? integer(*number, stepPath) : std::nullopt;
        if (!index)
            continue;
        bool exists = *index >= 0;
        if (!exists)
            error(stepPath, LessonParser::tr("steps are numbered from 0"));
        for (const ScenarioBuild &build : builds) {
            if (exists && *index > build.scenario.lastStep()) {
                error(stepPath, build.live ? LessonParser::tr("step %1 is beyond the last step of a live run of %2, "
                                                              "which is %3 (a live run uses shorter timers)")
                                                 .arg(*index)
                                                 .arg(scenarioId)
                                                 .arg(build.scenario.lastStep())
                                           : LessonParser::tr("step %1 is beyond the last step of %2, which is %3")
                                                 .arg(*index)
                                                 .arg(scenarioId)
                                                 .arg(build.scenario.lastStep()));
                exists = false;
            }
        }
        if (*index >= 0 && *index == previous)
            error(stepPath, LessonParser::tr("step %1 is written twice").arg(*index));
        else if (*index >= 0 && *index < previous)
            error(stepPath, LessonParser::tr("steps go in order: step %1 comes after step %2").arg(*index).arg(previous));
        previous = std::max(previous, *index);

        LessonStep s;
        s.step = *index;
        s.caption = textField(*o, path, QStringLiteral("caption"), false).value_or(LocalizedText());
        if (const std::optional<QString> layer = string(*o, path, QStringLiteral("layer"), false)) {
            s.layer = Lesson::layerFromId(*layer);
            if (!s.layer)
                error(member(path, QStringLiteral("layer")), LessonParser::tr("unknown layer \"%1\" (layers: %2)")
                                                                 .arg(*layer, quotedList(Lesson::layerIds())));
        }
        s.glossary = glossary(*o, path);
        if (const std::optional<QJsonValue> c = field(*o, path, QStringLiteral("checkpoint"), false); c && exists)
            s.checkpoint = checkpoint(*c, member(path, QStringLiteral("checkpoint")), *index, builds);
        const bool saysSomething = std::any_of(fields.cbegin() + 1, fields.cend(),
                                               [&](const QString &f) { return o->contains(f); });
        if (!saysSomething)
            error(path, LessonParser::tr("this entry adds nothing to step %1: give it a caption, a layer, glossary "
                                         "terms or a checkpoint")
                            .arg(*index));
        out.append(s);
    }
    return out;
}

std::optional<LessonTable> Reader::table(const QJsonValue &v, const QString &path)
{
    const std::optional<QJsonObject> o = object(v, path);
    if (!o)
        return std::nullopt;
    checkFields(*o, path, {QStringLiteral("columns"), QStringLiteral("rows")});
    LessonTable t;
    const QString columnsPath = member(path, QStringLiteral("columns"));
    const std::optional<QJsonArray> columns = array(*o, path, QStringLiteral("columns"), true);
    for (qsizetype i = 0; columns && i < columns->size(); ++i)
        t.columns.append(text(columns->at(i), element(columnsPath, i)).value_or(LocalizedText()));
    const QString rowsPath = member(path, QStringLiteral("rows"));
    const std::optional<QJsonArray> rows = array(*o, path, QStringLiteral("rows"), true);
    for (qsizetype r = 0; rows && r < rows->size(); ++r) {
        const QString rowPath = element(rowsPath, r);
        const QJsonArray cells = rows->at(r).toArray();
        if (!rows->at(r).isArray()) {
            error(rowPath, LessonParser::tr("expected a row of cells: [ … ]"));
            continue;
        }
        if (columns && cells.size() != columns->size())
            error(rowPath, LessonParser::tr("expected %1 cells, one for each column; found %2")
                               .arg(columns->size())
                               .arg(cells.size()));
        QList<LocalizedText> row;
        for (qsizetype c = 0; c < cells.size(); ++c) {
            const QJsonValue cell = cells.at(c);
            // A plain string reads the same in every language: a port number, a protocol's name.
            if (cell.isString() && !cell.toString().trimmed().isEmpty())
                row.append(LocalizedText::same(cell.toString()));
            else if (cell.isObject())
                row.append(text(cell, element(rowPath, c)).value_or(LocalizedText()));
            else
                error(element(rowPath, c), LessonParser::tr("expected a non-empty string, or a text in every language"));
        }
        t.rows.append(row);
    }
    return t;
}

QList<LessonPage> Reader::pages(const QJsonObject &root)
{
    QList<LessonPage> out;
    const QString pagesPath = QStringLiteral("pages");
    const std::optional<QJsonArray> list = array(root, {}, pagesPath, true);
    for (qsizetype i = 0; list && i < list->size(); ++i) {
        const QString path = element(pagesPath, i);
        const std::optional<QJsonObject> o = object(list->at(i), path);
        if (!o)
            continue;
        checkFields(*o, path,
                    {QStringLiteral("title"), QStringLiteral("text"), QStringLiteral("table"), QStringLiteral("figure"),
                     QStringLiteral("glossary")});
        LessonPage page;
        page.title = textField(*o, path, QStringLiteral("title"), true).value_or(LocalizedText());
        page.text = textField(*o, path, QStringLiteral("text"), false).value_or(LocalizedText());
        if (const std::optional<QJsonValue> t = field(*o, path, QStringLiteral("table"), false))
            page.table = table(*t, member(path, QStringLiteral("table")));
        if (const std::optional<QString> figure = string(*o, path, QStringLiteral("figure"), false)) {
            page.figure = *figure;
            if (!Lesson::figureIds().contains(*figure))
                error(member(path, QStringLiteral("figure")), LessonParser::tr("unknown figure \"%1\" (figures: %2)")
                                                                  .arg(*figure, quotedList(Lesson::figureIds())));
        }
        page.glossary = glossary(*o, path);
        const bool hasTable = o->contains(QStringLiteral("table"));
        const bool hasFigure = o->contains(QStringLiteral("figure"));
        if (hasTable && hasFigure)
            error(path, LessonParser::tr("a page shows a table or a figure, not both: make two pages"));
        if (!hasTable && !hasFigure && !o->contains(QStringLiteral("text")))
            error(path, LessonParser::tr("a page needs a text, a table or a figure"));
        out.append(page);
    }
    return out;
}

} // namespace

LessonParseResult LessonParser::parse(QByteArray json, const QString &file)
{
    LessonParseResult result;
    // Editors on Windows may start a UTF-8 file with a byte order mark; it is not part of the text.
    if (json.startsWith("\xEF\xBB\xBF"))
        json.remove(0, 3);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const JsonPositions::Position p = JsonPositions::fromOffset(json, parseError.offset);
        result.errors.append(
            LessonError{file, p.line, p.column, {}, tr("invalid JSON: %1").arg(parseError.errorString())});
        return result;
    }
    const JsonPositions positions(json);
    Reader r(file, positions);
    for (const QString &path : positions.duplicates())
        r.error(path, tr("this field is written twice"));
    if (!document.isObject()) {
        r.error({}, tr("a lesson file holds one JSON object: { … }"));
        result.errors = r.errors;
        return result;
    }
    const QJsonObject root = document.object();
    result.idPosition = positions.at(QStringLiteral("id"));

    // The version and the kind decide which fields a file has: nothing more is read without them.
    const QString versionPath = QStringLiteral("schemaVersion");
    const std::optional<QJsonValue> versionValue = r.field(root, {}, versionPath, true);
    const std::optional<int> version = versionValue ? r.integer(*versionValue, versionPath) : std::nullopt;
    if (version && *version != Lesson::schemaVersion)
        r.error(versionPath, tr("unknown schemaVersion %1: this NetSteps reads version %2")
                                 .arg(*version)
                                 .arg(Lesson::schemaVersion));
    const std::optional<QString> kind = r.string(root, {}, QStringLiteral("kind"), true);
    const bool knownKind = kind && (*kind == QLatin1String("scenario") || *kind == QLatin1String("reference"));
    if (kind && !knownKind)
        r.error(QStringLiteral("kind"), tr("unknown kind \"%1\" (kinds: scenario, reference)").arg(*kind));
    if (!r.errors.isEmpty()) {
        result.errors = r.errors;
        return result;
    }

    Lesson lesson;
    lesson.file = file;
    lesson.kind = *kind == QLatin1String("scenario") ? Lesson::Kind::Scenario : Lesson::Kind::Reference;
    QStringList fields = {versionPath, QStringLiteral("id"), QStringLiteral("kind"), QStringLiteral("title"),
                          QStringLiteral("summary")};
    fields += lesson.kind == Lesson::Kind::Scenario ? QStringList{QStringLiteral("steps")}
                                                    : QStringList{QStringLiteral("topic"), QStringLiteral("pages")};
    r.checkFields(root, {}, fields);

    lesson.id = r.string(root, {}, QStringLiteral("id"), true).value_or(QString());
    static const QRegularExpression idPattern(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
    if (!lesson.id.isEmpty() && !idPattern.match(lesson.id).hasMatch())
        r.error(QStringLiteral("id"), tr("an id is written in lower-case letters, digits and hyphens, like tcp-handshake"));
    lesson.title = r.textField(root, {}, QStringLiteral("title"), true).value_or(LocalizedText());
    lesson.summary = r.textField(root, {}, QStringLiteral("summary"), true).value_or(LocalizedText());

    const ScenarioInfo *info = ScenarioRegistry::find(lesson.id);
    if (lesson.kind == Lesson::Kind::Scenario) {
        if (info) {
            lesson.topic = info->topic;
            lesson.steps = r.steps(root, buildsOf(*info));
        } else if (!lesson.id.isEmpty()) {
            r.error(QStringLiteral("id"), tr("unknown scenario id \"%1\": a scenario lesson has its scenario's id "
                                             "(scenarios: %2)")
                                              .arg(lesson.id, quotedList(ScenarioRegistry::ids())));
        }
    } else {
        if (info)
            r.error(QStringLiteral("id"),
                    tr("\"%1\" is a scenario's id: a reference lesson needs an id of its own").arg(lesson.id));
        lesson.topic = r.string(root, {}, QStringLiteral("topic"), true).value_or(QString());
        if (!lesson.topic.isEmpty() && !Lesson::topics().contains(lesson.topic))
            r.error(QStringLiteral("topic"), tr("unknown topic \"%1\" (topics: %2)")
                                                 .arg(lesson.topic, quotedList(Lesson::topics())));
        lesson.pages = r.pages(root);
    }
    result.errors = r.errors;
    if (result.errors.isEmpty())
        result.lesson = lesson;
    return result;
}

} // namespace NetSteps
