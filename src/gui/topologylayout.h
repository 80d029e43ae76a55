#pragma once

#include "topologyitems.h"

#include <QHash>
#include <QList>
#include <QPointF>
#include <QRectF>
#include <QSizeF>
#include <QString>
#include <QStringList>

namespace NetSteps {

class LanTopology;

// Where every part of a LAN topology goes in a scene of a given size. Each LAN has a region with
// its switch near the top and its hosts fanned out below on arcs of an ellipse, in port order
// from left to right, so that the links spread like a star without crossing; the router stands
// between the two LANs (or beside the only one). Pure geometry: TopologyView builds its items
// from it.
//
// Few hosts share one arc, centred in the height, as screens with room for their names and
// addresses under them; many fill several arcs as dots, labelled only where there is room.
struct TopologyLayout
{
    struct Lan
    {
        QString switchName;
        QRectF region;
        QRectF switchRect;
        QList<SwitchGlyph::Port> ports; // in the switch's coordinates (its centre is 0,0)
        QStringList title; // its number and network, in lines
        QPointF titleAnchor;
        Qt::Alignment titleAlignment;
    };

    // Where a station is drawn: a host's glyph, or the router interface's socket.
    struct Place
    {
        QPointF centre;
        QPointF port;    // where its link leaves its switch
        QPointF linkEnd; // where its link reaches the station
    };

    // A host's label: its name; its name and IPv4 address; those and its MAC address.
    enum class Label { Name, Address, Mac };

    QRectF scene;
    bool screens = true; // hosts have room to be drawn as screens, else as dots
    QSizeF glyph;        // a host's glyph
    qreal spacing = 0;   // between neighbouring hosts on an arc
    // Per Label: the view's zoom from which such labels under every host clear one another
    // (1 or less: at once).
    QList<qreal> labelZoom;
    QList<Lan> lans;
    QHash<QString, Place> places;
    QRectF routerRect; // empty without a router
    QList<RouterGlyph::Interface> routerInterfaces;

    static TopologyLayout compute(const LanTopology &topology, QSizeF scene);
};

} // namespace NetSteps
