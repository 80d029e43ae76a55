// SocketLabPanel, its tables: the connections the lab has seen and the log of its calls, and
// the detail line of the call selected. The server's and the client's controls:
// socketlabpanel.cpp.
#include "socketlabpanel.h"

#include "labcalllogmodel.h"
#include "labconnectionsmodel.h"
#include "labsession.h"
#include "palette.h"

#include <QHeaderView>
#include <QLabel>
#include <QLayout>
#include <QScrollBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace NetSteps {

namespace {

QTableView *newTable(QWidget *parent, const QString &name)
{
    auto *view = new QTableView(parent);
    view->setObjectName(name);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->setTextElideMode(Qt::ElideRight);
    view->verticalHeader()->hide();
    // Fixed row heights: the view never measures hundreds of rows.
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setHighlightSections(false);
    view->setTabKeyNavigation(false); // Tab leaves the table, arrows move in it
    return view;
}

} // namespace

int SocketLabPanel::preferredHeight() const
{
    const int line = QFontMetrics(m_callLogView->font()).height() + 8;
    return layout()->contentsMargins().top() + (m_controls->isHidden() ? 0 : m_controls->sizeHint().height() + layout()->spacing())
        + m_tabs->tabBar()->sizeHint().height() + m_callLogView->horizontalHeader()->sizeHint().height() + 4 * line
        + m_callDetail->sizeHint().height() + 8;
}

QWidget *SocketLabPanel::createTables()
{
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("labTables"));
    m_tabs->setDocumentMode(true);

    m_connectionsView = newTable(m_tabs, QStringLiteral("connectionsTable"));
    m_connectionsView->setModel(m_connectionsModel);
    m_connectionsView->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_tabs->addTab(m_connectionsView, QString());

    auto *callPage = new QWidget(m_tabs);
    auto *callLayout = new QVBoxLayout(callPage);
    callLayout->setContentsMargins(0, 0, 0, 0);
    callLayout->setSpacing(2);
    m_callLogView = newTable(callPage, QStringLiteral("callLogTable"));
    m_callLogView->setModel(m_callLogModel);
    callLayout->addWidget(m_callLogView, 1);
    m_callDetail = new QLabel(callPage);
    m_callDetail->setObjectName(QStringLiteral("callDetail"));
    m_callDetail->setWordWrap(true);
    m_callDetail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    callLayout->addWidget(m_callDetail);
    m_tabs->addTab(callPage, QString());
    m_tabs->setCurrentIndex(1);
    m_controlsToggle = new QToolButton(m_tabs);
    m_controlsToggle->setObjectName(QStringLiteral("controlsToggle"));
    m_controlsToggle->setCheckable(true);
    m_controlsToggle->setChecked(true);
    m_controlsToggle->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_tabs->setCornerWidget(m_controlsToggle, Qt::TopRightCorner);
    connect(m_controlsToggle, &QToolButton::toggled, this, &SocketLabPanel::setControlsShown);

    connect(m_connectionsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                Q_EMIT connectionSelected(current.isValid() ? m_connectionsModel->connectionId(current.row()) : 0);
            });
    connect(m_callLogView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &SocketLabPanel::showCallDetail);
    // The log follows the newest call while its view is at the bottom; scrolled up, it stays.
    connect(m_callLogModel, &QAbstractItemModel::rowsAboutToBeInserted, this, [this] {
        const QScrollBar *bar = m_callLogView->verticalScrollBar();
        m_callLogAtBottom = bar->value() >= bar->maximum();
    });
    connect(m_callLogModel, &QAbstractItemModel::rowsInserted, this, &SocketLabPanel::followNewestCall);
    for (QAbstractItemModel *model : {static_cast<QAbstractItemModel *>(m_connectionsModel),
                                      static_cast<QAbstractItemModel *>(m_callLogModel)}) {
        connect(model, &QAbstractItemModel::rowsInserted, this, &SocketLabPanel::updateTabTitles);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &SocketLabPanel::updateTabTitles);
        connect(model, &QAbstractItemModel::modelReset, this, &SocketLabPanel::updateTabTitles);
    }
    return m_tabs;
}

// Each column as wide as its header or a typical value, whichever is wider, in the type the
// tables have now (presenter mode enlarges it); the last column takes the rest.
void SocketLabPanel::sizeColumns()
{
    const auto fit = [](QTableView *view, int column, const QString &sample) {
        const QFontMetrics metrics(view->font());
        const QString header = view->model()->headerData(column, Qt::Horizontal).toString();
        const int text = qMax(metrics.horizontalAdvance(sample), QFontMetrics(view->horizontalHeader()->font()).horizontalAdvance(header));
        view->setColumnWidth(column, text + 3 * metrics.averageCharWidth());
    };
    const QString address = QStringLiteral("127.0.0.1:65535");
    fit(m_connectionsView, LabConnectionsModel::Number, QStringLiteral("999"));
    fit(m_connectionsView, LabConnectionsModel::Transport, QStringLiteral("TCP"));
    fit(m_connectionsView, LabConnectionsModel::Role, LabConnectionsModel::tr("NetSteps connects"));
    fit(m_connectionsView, LabConnectionsModel::Local, address);
    fit(m_connectionsView, LabConnectionsModel::Peer, address);
    fit(m_connectionsView, LabConnectionsModel::ModelState, QStringLiteral("ESTABLISHED"));
    fit(m_connectionsView, LabConnectionsModel::KernelState, LabConnectionsModel::tr("TIME-WAIT (%1 s)").arg(60));
    fit(m_connectionsView, LabConnectionsModel::BytesIn, QStringLiteral("99999"));
    fit(m_connectionsView, LabConnectionsModel::BytesOut, QStringLiteral("99999"));
    fit(m_callLogView, LabCallLogModel::Time, LabCallLogModel::tr("%1 s").arg(QStringLiteral("999.999")));
    fit(m_callLogView, LabCallLogModel::Connection, QStringLiteral("999"));
    fit(m_callLogView, LabCallLogModel::Who, LabCallLogModel::tr("server"));
    fit(m_callLogView, LabCallLogModel::Call, QStringLiteral("sendall(b'Hello, Rose!')"));
    fit(m_callLogView, LabCallLogModel::Result, QStringLiteral("(conn, ('127.0.0.1', 65535))"));
    for (QTableView *view : {m_connectionsView, m_callLogView})
        view->verticalHeader()->setDefaultSectionSize(QFontMetrics(view->font()).height() + 8);
}

void SocketLabPanel::updateTabTitles()
{
    m_tabs->setTabText(0, tr("Connect&ions (%1)").arg(m_connectionsModel->rowCount()));
    m_tabs->setTabText(1, tr("Call lo&g (%1)").arg(m_callLogModel->rowCount()));
    m_tabs->setTabToolTip(0, tr("Every connection the lab has seen; select a TCP one to follow it on the ladder."));
    m_tabs->setTabToolTip(1, tr("Every socket call NetSteps made, with the line of Python that makes it."));
}

void SocketLabPanel::showCallDetail()
{
    const QModelIndex current = m_callLogView->currentIndex();
    const LabCall *call = current.isValid() ? m_callLogModel->call(current.row()) : nullptr;
    if (!call) {
        m_callDetail->setStyleSheet(QString());
        m_callDetail->setText(tr("Select a call to see its Python line and result; failed calls are in red."));
        return;
    }
    if (call->failed()) {
        m_callDetail->setStyleSheet(Palette::errorTextStyle());
        m_callDetail->setText(tr("%1 → %2").arg(call->python, LabCallLogModel::errorDetail(*call).replace(u'\n', QStringLiteral(" · "))));
        return;
    }
    m_callDetail->setStyleSheet(QString());
    m_callDetail->setText(tr("%1 → %2").arg(call->python, call->result));
}

void SocketLabPanel::followNewestCall()
{
    if (m_callLogAtBottom)
        m_callLogView->scrollToBottom();
}

void SocketLabPanel::setControlsShown(bool shown)
{
    m_controls->setVisible(shown);
    {
        const QSignalBlocker blocker(m_controlsToggle);
        m_controlsToggle->setChecked(shown);
    }
    m_controlsToggle->setText(shown ? tr("Hide controls") : tr("Show controls"));
    m_controlsToggle->setToolTip(shown ? tr("Give the server's and the client's controls' room to the tables")
                                       : tr("Show the server's and the client's controls"));
}

bool SocketLabPanel::controlsShown() const
{
    return !m_controls->isHidden();
}

int SocketLabPanel::selectedConnection() const
{
    const QModelIndex current = m_connectionsView->selectionModel()->currentIndex();
    return current.isValid() && m_connectionsView->selectionModel()->isRowSelected(current.row(), {})
        ? m_connectionsModel->connectionId(current.row())
        : 0;
}

void SocketLabPanel::selectConnection(int id)
{
    const int row = m_connectionsModel->rowOf(id);
    if (row < 0) {
        m_connectionsView->clearSelection();
        m_connectionsView->selectionModel()->setCurrentIndex({}, QItemSelectionModel::Clear);
        return;
    }
    m_connectionsView->selectRow(row);
}

} // namespace NetSteps
