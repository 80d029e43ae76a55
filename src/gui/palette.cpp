#include "palette.h"

#include <QApplication>

namespace NetSteps::Palette {

QColor endpointColor(const QString &endpoint)
{
    if (endpoint == QLatin1String("client"))
        return QColor(0x1f, 0x5f, 0xbf);
    if (endpoint == QLatin1String("server"))
        return QColor(0xc2, 0x5a, 0x00);
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

QFont viewFont(qreal pointSize, bool bold)
{
    QFont f = QApplication::font();
    f.setPointSizeF(pointSize);
    f.setBold(bold);
    return f;
}

} // namespace NetSteps::Palette
