#include "pointerhighlight.h"

#include <QApplication>
#include <QMouseEvent>
#include <QPainter>
#include <QWindow>

namespace NetSteps {

PointerHighlight::PointerHighlight(QWidget *covered) : QWidget(covered)
{
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setFocusPolicy(Qt::NoFocus);
    covered->installEventFilter(this); // to keep covering it as it is resized
    setGeometry(covered->rect());
    hide();
}

PointerHighlight::~PointerHighlight()
{
    qApp->removeEventFilter(this);
}

void PointerHighlight::setActive(bool active)
{
    if (active == m_active)
        return;
    m_active = active;
    if (active) {
        // The mouse is watched where it goes first: the window, before the widget under it
        // (which need not track the mouse).
        qApp->installEventFilter(this);
        setGeometry(parentWidget()->rect());
        raise();
        show();
        const QPoint at = mapFromGlobal(QCursor::pos());
        moveTo(rect().contains(at) ? std::optional<QPoint>(at) : std::nullopt);
    } else {
        qApp->removeEventFilter(this);
        moveTo(std::nullopt);
        hide();
    }
}

bool PointerHighlight::belongsToWindow(QObject *object) const
{
    if (auto *widget = qobject_cast<QWidget *>(object))
        return widget->window() == window();
    return object == window()->windowHandle();
}

bool PointerHighlight::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize) {
        setGeometry(parentWidget()->rect());
    } else if (m_active && event->type() == QEvent::MouseMove && belongsToWindow(watched)) {
        const QPoint at = mapFromGlobal(static_cast<QMouseEvent *>(event)->globalPosition().toPoint());
        moveTo(rect().contains(at) ? std::optional<QPoint>(at) : std::nullopt);
    } else if (m_active && event->type() == QEvent::Leave && watched == window()->windowHandle()) {
        moveTo(std::nullopt);
    }
    return QWidget::eventFilter(watched, event);
}

void PointerHighlight::moveTo(std::optional<QPoint> center)
{
    if (center == m_center)
        return;
    if (m_center)
        update(circleRect(*m_center));
    m_center = center;
    if (m_center)
        update(circleRect(*m_center));
}

QRect PointerHighlight::circleRect(QPoint center) const
{
    const int reach = radius + 3; // the ring's pen reaches past the radius
    return QRect(center - QPoint(reach, reach), QSize(2 * reach + 1, 2 * reach + 1));
}

void PointerHighlight::paintEvent(QPaintEvent *)
{
    if (!m_center)
        return;
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    // Yellow shows on white and on every endpoint's colour; the ring marks the edge on yellow.
    painter.setPen(QPen(QColor(0xe6, 0x8a, 0x00, 220), 3));
    painter.setBrush(QColor(0xff, 0xd5, 0x00, 90));
    painter.drawEllipse(QPointF(*m_center), radius, radius);
}

} // namespace NetSteps
