#include "inspectorwidget.h"

#include "endpointtablemodel.h"
#include "framecodec.h"

#include <QEvent>
#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTableView>
#include <QTextBlock>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace NetSteps {

namespace {
constexpr int bytesPerLine = 8;
constexpr int fieldIndexRole = Qt::UserRole + 1;

// Position in the hex dump text of byte `index`: "0000  xx xx ...".
int hexColumn(int index)
{
    const int line = index / bytesPerLine;
    const int column = index % bytesPerLine;
    const int lineLength = 6 + bytesPerLine * 3 + 1 + bytesPerLine + 1; // offset, hex, gap, ascii, newline
    return line * lineLength + 6 + column * 3;
}
} // namespace

InspectorWidget::InspectorWidget(QWidget *parent)
    : QWidget(parent),
      m_title(new QLabel(this)),
      m_tree(new QTreeWidget(this)),
      m_meaning(new QLabel(this)),
      m_hex(new QPlainTextEdit(this)),
      m_states(nullptr),
      m_statesTitle(new QLabel(this)),
      m_table(new QTableView(this)),
      m_endpoints(new EndpointTableModel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    QFont titleFont = font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    layout->addWidget(m_title);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    m_tree->setColumnCount(2);
    m_tree->setRootIsDecorated(true);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_tree->setObjectName(QStringLiteral("inspectorFields"));
    splitter->addWidget(m_tree);

    m_meaning->setWordWrap(true);
    m_meaning->setMinimumHeight(m_meaning->fontMetrics().height() * 3);
    m_meaning->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_meaning->setTextFormat(Qt::PlainText);
    m_meaning->setFrameShape(QFrame::StyledPanel);
    m_meaning->setMargin(4);
    splitter->addWidget(m_meaning);

    m_hex->setReadOnly(true);
    m_hex->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_hex->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_hex->setObjectName(QStringLiteral("inspectorHex"));
    splitter->addWidget(m_hex);

    auto *states = new QWidget(splitter);
    m_states = states;
    auto *statesLayout = new QVBoxLayout(states);
    statesLayout->setContentsMargins(0, 4, 0, 0);
    m_statesTitle->setFont(titleFont);
    statesLayout->addWidget(m_statesTitle);
    m_table->setModel(m_endpoints);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setObjectName(QStringLiteral("inspectorStates"));
    statesLayout->addWidget(m_table);
    splitter->addWidget(states);
    splitter->setStretchFactor(0, 5);
    splitter->setStretchFactor(1, 1);
    splitter->setStretchFactor(2, 2);
    splitter->setStretchFactor(3, 2);
    layout->addWidget(splitter);

    connect(m_tree, &QTreeWidget::currentItemChanged, this, &InspectorWidget::onFieldSelected);
    retranslate();
    clearFrame();
}

void InspectorWidget::retranslate()
{
    m_tree->setHeaderLabels({tr("Field"), tr("Value")});
    m_statesTitle->setText(tr("Endpoints"));
    if (m_bytes.isEmpty())
        m_title->setText(tr("No frame selected: click a frame on the stage."));
}

void InspectorWidget::setEndpointsVisible(bool visible)
{
    m_states->setVisible(visible);
}

void InspectorWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

QString InspectorWidget::title() const
{
    return m_title->text();
}

QString InspectorWidget::hexDump() const
{
    return m_hex->toPlainText();
}

void InspectorWidget::clearFrame()
{
    m_bytes.clear();
    m_fields.clear();
    m_tree->clear();
    m_hex->clear();
    m_meaning->clear();
    retranslate();
}

void InspectorWidget::showFrame(const QString &title, const QByteArray &bytes)
{
    if (bytes.isEmpty()) {
        clearFrame();
        return;
    }
    m_bytes = bytes;
    m_title->setText(title);
    m_fields = FrameCodec::describe(bytes);
    m_tree->clear();
    QTreeWidgetItem *layerItem = nullptr;
    QString layer;
    for (int i = 0; i < m_fields.size(); ++i) {
        const FrameField &f = m_fields.at(i);
        if (!layerItem || f.layer != layer) {
            layer = f.layer;
            layerItem = new QTreeWidgetItem(m_tree, {layer});
            QFont bold = layerItem->font(0);
            bold.setBold(true);
            layerItem->setFont(0, bold);
            layerItem->setFirstColumnSpanned(true);
            layerItem->setExpanded(true);
        }
        auto *item = new QTreeWidgetItem(layerItem, {f.name, f.value});
        item->setToolTip(0, f.meaning);
        item->setToolTip(1, f.meaning);
        item->setData(0, fieldIndexRole, i);
    }

    QString dump;
    for (int line = 0; line * bytesPerLine < bytes.size(); ++line) {
        const QByteArray chunk = bytes.mid(line * bytesPerLine, bytesPerLine);
        dump += QStringLiteral("%1  ").arg(line * bytesPerLine, 4, 16, QLatin1Char('0'));
        for (int i = 0; i < bytesPerLine; ++i)
            dump += i < chunk.size() ? QStringLiteral("%1 ").arg(quint8(chunk[i]), 2, 16, QLatin1Char('0'))
                                     : QStringLiteral("   ");
        dump += u' ';
        for (char c : chunk)
            dump += (c >= 0x20 && c < 0x7f) ? QChar(c) : QChar(u'.');
        dump += u'\n';
    }
    m_hex->setPlainText(dump);
    m_meaning->clear();
    // Start at the field a lesson is usually about: the TCP flags, 13 bytes into the TCP header.
    int tcpStart = -1;
    for (int i = 0; i < m_fields.size(); ++i) {
        if (m_fields[i].layer != QLatin1String("TCP"))
            continue;
        if (tcpStart < 0)
            tcpStart = m_fields[i].offset;
        if (m_fields[i].offset == tcpStart + 13) {
            selectField(i);
            break;
        }
    }
}

void InspectorWidget::selectField(int index)
{
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *layerItem = m_tree->topLevelItem(i);
        for (int j = 0; j < layerItem->childCount(); ++j) {
            if (layerItem->child(j)->data(0, fieldIndexRole).toInt() == index) {
                m_tree->setCurrentItem(layerItem->child(j));
                return;
            }
        }
    }
}

void InspectorWidget::onFieldSelected()
{
    QTreeWidgetItem *item = m_tree->currentItem();
    QList<QTextEdit::ExtraSelection> selections;
    if (!item || !item->data(0, fieldIndexRole).isValid()) {
        m_meaning->clear();
        m_hex->setExtraSelections(selections);
        return;
    }
    const FrameField &f = m_fields.at(item->data(0, fieldIndexRole).toInt());
    m_meaning->setText(QStringLiteral("%1 = %2\n%3").arg(f.name, f.value, f.meaning));
    for (int b = f.offset; b < f.offset + qMax(1, f.length) && b < m_bytes.size(); ++b) {
        QTextEdit::ExtraSelection sel;
        QTextCursor cursor(m_hex->document());
        cursor.setPosition(hexColumn(b));
        cursor.setPosition(hexColumn(b) + 2, QTextCursor::KeepAnchor);
        sel.cursor = cursor;
        sel.format.setBackground(QColor(255, 213, 79));
        selections.append(sel);
    }
    m_hex->setExtraSelections(selections);
}

} // namespace NetSteps
