#include "palette.h"

#include <QApplication>

#include <iterator>

namespace NetSteps::Palette {

QColor endpointColor(const QString &endpoint)
{
    if (endpoint == QLatin1String("client"))
        return QColor(0x1f, 0x5f, 0xbf);
    if (endpoint == QLatin1String("server"))
        return QColor(0xc2, 0x5a, 0x00);
    // A connection a listener created ("server ← client 2") is drawn on the listener's lifeline,
    // in its colour.
    const QString arrow = QStringLiteral(" ← ");
    if (const qsizetype at = endpoint.indexOf(arrow); at > 0)
        return endpointColor(endpoint.left(at));
    // Numbered clients: blue, green, wine and brown (from Paul Tol's colour-blind-safe schemes),
    // dark enough for text on white, and apart from the server's orange and the highlight red
    // with each kind of colour-blindness. Client 1 is the two-party client's blue.
    static const QColor numbered[] = {QColor(0x1f, 0x5f, 0xbf), QColor(0x11, 0x77, 0x33), QColor(0xaa, 0x33, 0x77),
                                      QColor(0x6d, 0x4c, 0x41)};
    const QLatin1String clientPrefix("client ");
    if (endpoint.startsWith(clientPrefix)) {
        bool numberedClient = false;
        const int number = endpoint.mid(clientPrefix.size()).toInt(&numberedClient);
        if (numberedClient && number >= 1)
            return numbered[(number - 1) % std::size(numbered)];
    }
    static const QColor others[] = {QColor(0x2e, 0x7d, 0x32), QColor(0x8e, 0x24, 0xaa), QColor(0x00, 0x83, 0x8f)};
    return others[qHash(endpoint) % 3];
}

QColor endpointFill(const QString &endpoint)
{
    QColor c = endpointColor(endpoint);
    return QColor::fromHsv(c.hue(), 40, 250);
}

QColor ink()
{
    return QColor(0x21, 0x21, 0x21);
}

QColor muted()
{
    return QColor(0x9e, 0x9e, 0x9e);
}

QColor highlight()
{
    return QColor(0xd3, 0x2f, 0x2f);
}

QColor kernel()
{
    // Deep purple: apart from both endpoints' colours, the highlight and the table's agreement green.
    return QColor(0x6a, 0x1b, 0x9a);
}

namespace {
qreal s_strokeScale = 1.0;
qreal s_textScale = 1.0;
} // namespace

qreal textScale()
{
    return s_textScale;
}

void setTextScale(qreal scale)
{
    s_textScale = scale;
}

qreal strokeScale()
{
    return s_strokeScale;
}

void setStrokeScale(qreal scale)
{
    s_strokeScale = scale;
}

QFont viewFont(qreal pointSize, bool bold)
{
    QFont f = QApplication::font();
    f.setPointSizeF(pointSize);
    f.setBold(bold);
    return f;
}

QString errorTextStyle()
{
    return QStringLiteral("color: #b00020;");
}

QString errorFieldStyle()
{
    return QStringLiteral("background: #ffe0e0; border: 2px solid #b00020;");
}

QString warningNoteStyle()
{
    return QStringLiteral("color: #6d4c00; background: #fff8e1; border: 1px solid #e6c15a; border-radius: 4px; padding: 2px 6px;");
}

} // namespace NetSteps::Palette
