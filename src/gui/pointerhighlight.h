#pragma once

#include <QPoint>
#include <QWidget>

#include <optional>

namespace NetSteps {

// A translucent circle that follows the mouse over a widget (the stage), for a teacher to show
// the class on a projector where to look. It lies over the widget it covers, lets every click
// through to it, and draws nothing while the mouse is elsewhere.
class PointerHighlight final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PointerHighlight)

public:
    static constexpr int radius = 36; // pixels

    explicit PointerHighlight(QWidget *covered);
    ~PointerHighlight() override;

    bool isActive() const { return m_active; }
    void setActive(bool active);
    // Where the circle is drawn, in the covered widget's coordinates: where the mouse is, while
    // it is over the widget.
    std::optional<QPoint> center() const { return m_center; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void moveTo(std::optional<QPoint> center);
    QRect circleRect(QPoint center) const;
    bool belongsToWindow(QObject *object) const;

    bool m_active = false;
    std::optional<QPoint> m_center;
};

} // namespace NetSteps
