#include "presentermode.h"

#include "palette.h"

#include <QApplication>
#include <QKeyEvent>
#include <QMainWindow>
#include <QMenuBar>
#include <QStatusBar>
#include <QWindow>

namespace NetSteps {

namespace {

} // namespace

// Black on white with strong, saturated accents: what survives a washed-out projector.
QPalette PresenterMode::highContrastPalette()
{
    QPalette palette;
    const QColor black(0, 0, 0);
    const QColor white(255, 255, 255);
    const QColor dimmed(0x50, 0x50, 0x50); // still dark enough to read when disabled
    palette.setColor(QPalette::Window, white);
    palette.setColor(QPalette::WindowText, black);
    palette.setColor(QPalette::Base, white);
    palette.setColor(QPalette::AlternateBase, QColor(0xee, 0xee, 0xee));
    palette.setColor(QPalette::Text, black);
    palette.setColor(QPalette::Button, QColor(0xe6, 0xe6, 0xe6));
    palette.setColor(QPalette::ButtonText, black);
    palette.setColor(QPalette::BrightText, white);
    palette.setColor(QPalette::Light, white);
    palette.setColor(QPalette::Midlight, QColor(0xcc, 0xcc, 0xcc));
    palette.setColor(QPalette::Mid, QColor(0x66, 0x66, 0x66));
    palette.setColor(QPalette::Dark, QColor(0x33, 0x33, 0x33));
    palette.setColor(QPalette::Shadow, black);
    palette.setColor(QPalette::Highlight, QColor(0x00, 0x3d, 0xb3));
    palette.setColor(QPalette::HighlightedText, white);
    palette.setColor(QPalette::Link, QColor(0x00, 0x3d, 0xb3));
    palette.setColor(QPalette::LinkVisited, QColor(0x6a, 0x1b, 0x9a));
    palette.setColor(QPalette::PlaceholderText, dimmed);
    palette.setColor(QPalette::ToolTipBase, QColor(0xff, 0xff, 0xdc));
    palette.setColor(QPalette::ToolTipText, black);
    for (const QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        palette.setColor(QPalette::Disabled, role, dimmed);
    return palette;
}

namespace {

QFont scaled(QFont font, qreal factor)
{
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * factor);
    else
        font.setPixelSize(qRound(font.pixelSize() * factor));
    return font;
}

} // namespace

PresenterMode::PresenterMode(QMainWindow *window, QWidget *controls)
    : QObject(window), m_window(window), m_controls(controls)
{
    m_hideTimer.setSingleShot(true);
    m_hideTimer.setInterval(defaultHideDelay);
    connect(&m_hideTimer, &QTimer::timeout, this, &PresenterMode::hideControls);
}

PresenterMode::~PresenterMode()
{
    qApp->removeEventFilter(this);
}

void PresenterMode::setActive(bool active)
{
    if (active == m_active)
        return;
    m_active = active;
    if (active)
        enter();
    else
        leave();
    Q_EMIT activeChanged(active);
}

void PresenterMode::setControlsHideDelay(int milliseconds)
{
    m_hideTimer.setInterval(milliseconds);
    if (m_hideTimer.isActive())
        m_hideTimer.start();
}

bool PresenterMode::controlsShown() const
{
    return !m_controls->isHidden();
}

void PresenterMode::enter()
{
    Palette::setStrokeScale(strokeScale);
    Palette::setTextScale(viewTextScale);
    m_geometry = m_window->saveGeometry();
    m_font = m_window->font();
    m_palette = m_window->palette();
    m_menuBarShown = !m_window->menuBar()->isHidden();
    m_statusBarShown = !m_window->statusBar()->isHidden();

    // The fonts set on a widget of their own (a caption, a checkpoint's question) grow by the
    // same factor as the window's, which the others inherit.
    scaleOwnFonts(fontScale, true);
    m_window->setFont(scaled(m_window->font(), fontScale));
    m_window->setPalette(highContrastPalette());

    m_controlsPolicy = m_controls->sizePolicy();
    QSizePolicy keepsRoom = m_controlsPolicy;
    keepsRoom.setRetainSizeWhenHidden(true);
    m_controls->setSizePolicy(keepsRoom);
    m_window->menuBar()->hide();
    m_window->statusBar()->hide();
    m_window->showFullScreen();
    qApp->installEventFilter(this);
    showControls();
}

void PresenterMode::leave()
{
    Palette::setStrokeScale(1.0);
    Palette::setTextScale(1.0);
    qApp->removeEventFilter(this);
    m_hideTimer.stop();
    m_controls->setSizePolicy(m_controlsPolicy);
    m_controls->show();
    m_window->menuBar()->setVisible(m_menuBarShown);
    m_window->statusBar()->setVisible(m_statusBarShown);
    scaleOwnFonts(1 / fontScale, false);
    m_window->setFont(m_font);
    m_window->setPalette(m_palette);
    m_window->showNormal();
    m_window->restoreGeometry(m_geometry);
}

// Every widget of the window whose font does not follow the window's: one that names its own
// size, and, entering, one with a style sheet (Qt does not hand it its parent's font), which
// names its size from then on. While the window's font is set (presenter mode) every widget's
// font carries a size; leaving, those that set only, say, boldness get the size they would
// inherit anyway.
void PresenterMode::scaleOwnFonts(qreal factor, bool entering)
{
    const QList<QWidget *> widgets = m_window->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        const bool ownSize = widget->testAttribute(Qt::WA_SetFont) && (widget->font().resolveMask() & QFont::SizeResolved);
        if (ownSize || (entering && widget->testAttribute(Qt::WA_StyleSheet)))
            widget->setFont(scaled(widget->font(), factor));
    }
}

void PresenterMode::showControls()
{
    m_controls->show();
    m_hideTimer.start();
}

void PresenterMode::hideControls()
{
    // Not from under the mouse: someone is about to click there.
    if (m_controls->underMouse()) {
        m_hideTimer.start();
        return;
    }
    m_controls->hide();
}

bool PresenterMode::belongsToWindow(QObject *object) const
{
    if (auto *widget = qobject_cast<QWidget *>(object))
        return widget->window() == m_window;
    return object == m_window->windowHandle();
}

bool PresenterMode::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
        if (!belongsToWindow(watched))
            break;
        if (const auto *key = static_cast<QKeyEvent *>(event);
            key->key() == Qt::Key_Escape && key->modifiers() == Qt::NoModifier) {
            setActive(false);
            return true;
        }
        showControls();
        break;
    case QEvent::ShortcutOverride: // a key that turns out to be a shortcut is pressed no further
    case QEvent::MouseMove:
    case QEvent::MouseButtonPress:
    case QEvent::Wheel:
        if (belongsToWindow(watched))
            showControls();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace NetSteps
