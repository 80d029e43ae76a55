#include "paintrecorder.h"

#include <QPaintEngine>
#include <QPainter>

namespace NetSteps {

namespace {

// The features of the model's engine, bit by bit (some are only known by their bits).
QPaintEngine::PaintEngineFeatures featuresOf(const QPaintEngine *engine)
{
    QPaintEngine::PaintEngineFeatures features;
    for (int bit = 0; bit < 32; ++bit) {
        const auto feature = QPaintEngine::PaintEngineFeature(1u << bit);
        if (engine && engine->hasFeature(feature))
            features |= feature;
    }
    return features;
}

} // namespace

class PaintRecorder::Engine final : public QPaintEngine
{
public:
    Engine(PaintEngineFeatures features, Type type) : QPaintEngine(features), m_type(type) {}

    bool begin(QPaintDevice *) override { return true; }
    bool end() override { return true; }
    void updateState(const QPaintEngineState &state) override
    {
        const QPainter *painter = state.painter();
        clips.append(painter && painter->hasClipping() ? std::optional(painter->clipPath()) : std::nullopt);
    }
    void drawPath(const QPainterPath &) override {}
    void drawPolygon(const QPointF *, int, PolygonDrawMode) override {}
    void drawPixmap(const QRectF &, const QPixmap &, const QRectF &) override {}
    void drawTiledPixmap(const QRectF &, const QPixmap &, const QPointF &) override {}
    void drawImage(const QRectF &, const QImage &, const QRectF &, Qt::ImageConversionFlags) override {}
    void drawTextItem(const QPointF &, const QTextItem &textItem) override
    {
        // The generator writes no text for a text drawn without a pen.
        if (state->pen().style() != Qt::NoPen)
            runs.append({textItem.text(), textItem.font(), textItem.width()});
    }
    Type type() const override { return m_type; }

    QList<Run> runs;
    QList<std::optional<QPainterPath>> clips;

private:
    Type m_type;
};

PaintRecorder::PaintRecorder(const QPaintDevice &model)
    : m_model(model),
      m_engine(std::make_unique<Engine>(featuresOf(model.paintEngine()),
                                        model.paintEngine() ? model.paintEngine()->type() : QPaintEngine::User))
{
}

PaintRecorder::~PaintRecorder() = default;

const QList<PaintRecorder::Run> &PaintRecorder::runs() const
{
    return m_engine->runs;
}

const QList<std::optional<QPainterPath>> &PaintRecorder::clips() const
{
    return m_engine->clips;
}

QPaintEngine *PaintRecorder::paintEngine() const
{
    return m_engine.get();
}

int PaintRecorder::metric(PaintDeviceMetric metric) const
{
    switch (metric) {
    case PdmWidth: return m_model.width();
    case PdmHeight: return m_model.height();
    case PdmWidthMM: return m_model.widthMM();
    case PdmHeightMM: return m_model.heightMM();
    case PdmNumColors: return m_model.colorCount();
    case PdmDepth: return m_model.depth();
    case PdmDpiX: return m_model.logicalDpiX();
    case PdmDpiY: return m_model.logicalDpiY();
    case PdmPhysicalDpiX: return m_model.physicalDpiX();
    case PdmPhysicalDpiY: return m_model.physicalDpiY();
    case PdmDevicePixelRatio: return qRound(m_model.devicePixelRatio());
    case PdmDevicePixelRatioScaled: return qRound(m_model.devicePixelRatioF() * devicePixelRatioFScale());
    }
    return QPaintDevice::metric(metric);
}

} // namespace NetSteps
