#pragma once

#include "processrun.h"
#include "spinuntil.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QProcess>
#include <QString>
#include <QStringList>

#include <algorithm>

// A netsteps-cli command with a JSON Lines log (serve --json, proxy --json) as a child process,
// in English; its log is read as it comes while the test runs the event loop (spinUntil).
class JsonLogProcess
{
public:
    JsonLogProcess()
    {
        m_process.setProcessEnvironment(englishEnvironment());
        QObject::connect(&m_process, &QProcess::readyReadStandardOutput, &m_process, [this] { readLines(); });
    }

    ~JsonLogProcess()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished();
        }
    }

    Q_DISABLE_COPY_MOVE(JsonLogProcess)

    // Starts `netsteps-cli ARGS --json` and waits for its first line, "listening".
    bool start(const QStringList &args)
    {
        m_process.start(QStringLiteral(NETSTEPS_CLI), args + QStringList{QStringLiteral("--json")});
        return spinUntil([this] { return !m_events.isEmpty() || m_process.state() == QProcess::NotRunning; })
            && port() != 0;
    }

    // The port of the first "listening" line.
    quint16 port() const
    {
        const QList<QJsonObject> listening = events(u"listening");
        return listening.isEmpty() ? 0 : quint16(listening.constFirst().value(QStringLiteral("port")).toInt());
    }

    // Lines of this event whose `key` (when given) reads `value`.
    int count(QStringView event, QStringView key = {}, QStringView value = {}) const
    {
        return int(events(event, key, value).size());
    }

    QList<QJsonObject> events(QStringView event, QStringView key = {}, QStringView value = {}) const
    {
        QList<QJsonObject> found;
        std::copy_if(m_events.cbegin(), m_events.cend(), std::back_inserter(found), [&](const QJsonObject &e) {
            return e.value(QStringLiteral("event")).toString() == event
                && (key.isEmpty() || e.value(key.toString()).toString() == value);
        });
        return found;
    }

    const QList<QJsonObject> &all() const { return m_events; }
    // Lines that were not a JSON object.
    const QList<QByteArray> &invalidLines() const { return m_invalid; }

    // What it wrote on stderr so far.
    QString errors()
    {
        m_errors += m_process.readAllStandardError();
        return QString::fromUtf8(m_errors);
    }

    // Everything, for a failure message.
    QString log()
    {
        QString text;
        for (const QJsonObject &e : std::as_const(m_events))
            text += QString::fromUtf8(QJsonDocument(e).toJson(QJsonDocument::Compact)) + u'\n';
        return text + errors();
    }

    QProcess &process() { return m_process; }

private:
    void readLines()
    {
        m_buffer += m_process.readAllStandardOutput();
        for (qsizetype end = m_buffer.indexOf('\n'); end >= 0; end = m_buffer.indexOf('\n')) {
            const QByteArray line = m_buffer.left(end);
            m_buffer.remove(0, end + 1);
            const QJsonDocument document = QJsonDocument::fromJson(line);
            if (document.isObject())
                m_events.append(document.object());
            else
                m_invalid.append(line);
        }
    }

    QProcess m_process;
    QByteArray m_buffer;
    QByteArray m_errors;
    QList<QJsonObject> m_events;
    QList<QByteArray> m_invalid;
};
