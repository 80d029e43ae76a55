#pragma once

#include <QCoreApplication>

#include "ipv4address.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace NetSteps {

struct AddressingStep;
struct RouteDecision;

// What the bit view draws for one part of the subnet lessons: rows of 32 bits (an address, a
// mask, the network they AND to, ...), the prefix boundaries, a verdict, notes and the table of
// subnets. Every value comes from Subnet's functions or from the recorded decision; the figure
// only chooses which of them to show and how to label them. BitView lays it out and paints it;
// tests read it.
struct BitFigure
{
    Q_DECLARE_TR_FUNCTIONS(NetSteps::BitFigure)

public:
    static constexpr int bitCount = 32;
    // A table of more subnets than this shows its first and last few around an ellipsis row.
    static constexpr int maxTableRows = 16;
    static constexpr int tableRowsAtEachEnd = 4;

    enum class Region { Neutral, Network, Borrowed, Host };
    enum class Verdict { None, SameNetwork, DifferentNetworks };

    struct Row
    {
        QString name;      // "Address", "Mask", …
        QString operation; // "AND", "=", or empty
        Ipv4Address value;
        int revealed = bitCount;  // how many columns, from the left, are drawn (the AND animates)
        quint32 emphasised = 0;   // bits drawn highlighted (the value's bit 31 is column 0)
        bool ruleAbove = false;   // a line above the row, as under a sum

        // The dotted decimal beside the row, empty while its bits are still being revealed.
        QString decimal() const;
        // The row as drawn: "11000000.10101000.00000001.00001010", a space for each column not
        // yet revealed.
        QString bits() const;
        bool isEmphasised(int column) const { return (emphasised >> (bitCount - 1 - column)) & 1; }
    };

    // A vertical line between two columns: the boundary between network and host bits.
    struct PrefixLine
    {
        int prefix = 0;       // the line stands before this column (32: after the last one)
        bool former = false;  // the prefix before subnetting, drawn dashed
        QString label() const { return QStringLiteral("/%1").arg(prefix); }
    };

    QString heading;          // a line above the bits, for the overview before the first part
    QList<Row> rows;
    QList<PrefixLine> prefixLines;
    int networkColumns = -1;  // columns before this are network bits; -1 leaves every bit neutral
    int borrowedColumns = 0;  // after the network bits, the bits subnetting borrowed
    int activeColumn = -1;    // the column the AND is working on, -1 when none
    Verdict verdict = Verdict::None;
    QString verdictText;
    QStringList notes;
    QStringList tableHeader;
    // One row per subnet: its number in the borrowed bits, network/prefix, first host, last
    // host, broadcast, host count. A row of a single cell stands for the subnets left out.
    QList<QStringList> table;

    Region region(int column) const;
    bool isEmpty() const { return heading.isEmpty() && rows.isEmpty(); }

    // The figure of one part of a lesson. In the AND part, progress 0..1 reveals the network
    // row column by column: floor(progress * 32) columns, all 32 at progress 1.
    static BitFigure forStep(const AddressingStep &step, qreal progress = 1.0);
    // What a lesson starts from, before its first part: the address and mask (or the network
    // to split) in dotted decimal.
    static BitFigure overview(const AddressingStep &first);
    // A sender's AND decision in the ARP lessons: its address and the destination, each ANDed
    // with its mask, and the networks compared.
    static BitFigure forDecision(const RouteDecision &decision);
    // How many columns of the AND's result are revealed at this progress.
    static int revealedColumns(qreal progress);
};

} // namespace NetSteps
