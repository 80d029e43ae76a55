#pragma once

#include <QByteArray>
#include <QFont>
#include <QObject>
#include <QPalette>
#include <QSizePolicy>
#include <QTimer>

class QMainWindow;
class QWidget;

namespace NetSteps {

// Presenter mode, for a teacher at a projector: the window full screen, its type 1.4 times as
// large, the views' main strokes thicker, a high-contrast palette, no menu bar or status bar, and the controls hidden until the
// mouse moves or a key is pressed. They hide again after a few quiet seconds and keep their room
// meanwhile, so that the stage does not jump whenever the mouse is touched. Esc leaves, unless
// something in the window takes Esc first (a checkpoint skips with it). Leaving puts back the
// window's geometry, type and palette. Which panels give way to the stage is the window's
// business: it hears activeChanged.
class PresenterMode final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PresenterMode)

public:
    static constexpr qreal fontScale = 1.4;
    static constexpr qreal strokeScale = 1.6; // lifelines, arrows, edges and links (Palette::strokeScale)
    static constexpr qreal viewTextScale = 1.3; // the LAN's labels (Palette::textScale)
    // Black on white with strong accents: presenter mode's palette, and the high-contrast theme's.
    static QPalette highContrastPalette();
    static constexpr int defaultHideDelay = 3000; // milliseconds

    // `controls` is the strip that hides while nobody touches the mouse or the keyboard.
    PresenterMode(QMainWindow *window, QWidget *controls);
    ~PresenterMode() override;

    bool isActive() const { return m_active; }
    void setActive(bool active);
    // How long the controls stay after the last mouse move or key press.
    int controlsHideDelay() const { return m_hideTimer.interval(); }
    void setControlsHideDelay(int milliseconds);
    bool controlsShown() const;

Q_SIGNALS:
    void activeChanged(bool active);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void enter();
    void leave();
    void showControls();
    void hideControls();
    bool belongsToWindow(QObject *object) const;
    void scaleOwnFonts(qreal factor, bool entering);

    QMainWindow *m_window;
    QWidget *m_controls;
    QTimer m_hideTimer;
    bool m_active = false;
    // What entering changed, to put back on leaving.
    QByteArray m_geometry;
    QFont m_font;       // with its resolve mask: a font the window inherited is inherited again
    QPalette m_palette; // likewise
    QSizePolicy m_controlsPolicy;
    bool m_menuBarShown = true;
    bool m_statusBarShown = true;
};

} // namespace NetSteps
