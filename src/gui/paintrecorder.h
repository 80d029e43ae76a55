#pragma once

#include <QFont>
#include <QList>
#include <QPaintDevice>
#include <QPainterPath>
#include <QString>

#include <memory>
#include <optional>

namespace NetSteps {

// A paint device that draws nothing and keeps what QSvgGenerator (Qt 6.4) leaves out of the
// SVG it writes: for each change of the painter's state (each of the generator's <g> groups),
// the clip in force; for each run of text (each <text> element), its font, stretch included,
// and the width Qt laid it out to.
//
// It measures like a model device and reports the model's engine features and type, so that a
// widget painted on both calls the two engines alike: its records follow the model's output
// one to one, in order.
class PaintRecorder final : public QPaintDevice
{
public:
    struct Run
    {
        QString text;
        QFont font;
        qreal width = 0; // in the painter's units where the run was drawn
    };

    explicit PaintRecorder(const QPaintDevice &model);
    ~PaintRecorder() override;

    const QList<Run> &runs() const;
    // One per state change: the clip in the painter's logical coordinates, or nothing when
    // the painter did not clip.
    const QList<std::optional<QPainterPath>> &clips() const;

    QPaintEngine *paintEngine() const override;

protected:
    int metric(PaintDeviceMetric metric) const override;

private:
    class Engine;

    const QPaintDevice &m_model;
    std::unique_ptr<Engine> m_engine;
};

} // namespace NetSteps
