#include "socketlabpanel.h"

#include "labcalllogmodel.h"
#include "labconnectionsmodel.h"
#include "labproxygroup.h"
#include "labsession.h"
#include "machineinterfaces.h"

#include "palette.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QEvent>
#include <QFontDatabase>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace NetSteps {

namespace {

constexpr quint16 defaultPort = 8080;

LabTransport transportOf(const QComboBox *combo)
{
    return combo->currentIndex() == 1 ? LabTransport::Udp : LabTransport::Tcp;
}

} // namespace

SocketLabPanel::SocketLabPanel(QWidget *parent)
    : QWidget(parent), m_connectionsModel(new LabConnectionsModel(this)), m_callLogModel(new LabCallLogModel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    // The controls can give their room to the tables and the stage (presenter mode hides them;
    // the button in the tables' corner brings them back).
    m_controls = new QWidget(this);
    m_controls->setObjectName(QStringLiteral("labControls"));
    auto *groups = new QHBoxLayout(m_controls);
    groups->setContentsMargins(0, 0, 0, 0);
    groups->addWidget(createServerGroup(), 1);
    // NetSteps' client and the proxy share the right half: a student uses one or the other.
    m_clientTabs = new QTabWidget(m_controls);
    m_clientTabs->setObjectName(QStringLiteral("clientTabs"));
    m_clientTabs->setDocumentMode(true);
    m_clientTabs->addTab(createClientGroup(), QString());
    m_proxyGroup = new LabProxyGroup(m_clientTabs);
    m_clientTabs->addTab(m_proxyGroup, QString());
    groups->addWidget(m_clientTabs, 1);
    layout->addWidget(m_controls);
    layout->addWidget(createTables(), 1);

    // The order a keyboard user meets the controls: the server's, the client's, then the tables.
    setTabOrder(m_serverTransport, m_mode);
    setTabOrder(m_mode, m_serverPort);
    setTabOrder(m_serverPort, m_otherComputers);
    setTabOrder(m_otherComputers, m_bindAddress);
    setTabOrder(m_bindAddress, m_startServer);
    setTabOrder(m_startServer, m_pythonLine);
    setTabOrder(m_pythonLine, m_copyPython);
    setTabOrder(m_copyPython, m_clientTransport);
    setTabOrder(m_clientTransport, m_host);
    setTabOrder(m_host, m_clientPort);
    setTabOrder(m_clientPort, m_connectUdp);
    setTabOrder(m_connectUdp, m_connect);
    setTabOrder(m_connect, m_close);
    setTabOrder(m_close, m_text);
    setTabOrder(m_text, m_send);
    setTabOrder(m_send, m_sendAll);
    setTabOrder(m_sendAll, m_tabs);
    setTabOrder(m_tabs, m_connectionsView);
    setTabOrder(m_connectionsView, m_callLogView);

    retranslate();
    setSession(nullptr);
}

SocketLabPanel::~SocketLabPanel() = default;

QGroupBox *SocketLabPanel::createServerGroup()
{
    m_serverGroup = new QGroupBox(this);
    m_serverGroup->setObjectName(QStringLiteral("serverGroup"));
    auto *grid = new QGridLayout(m_serverGroup);
    grid->setContentsMargins(8, 4, 8, 4);
    grid->setVerticalSpacing(4);

    m_serverTransportLabel = new QLabel(m_serverGroup);
    m_serverTransport = new QComboBox(m_serverGroup);
    m_serverTransport->setObjectName(QStringLiteral("serverTransport"));
    m_serverTransport->addItems({QStringLiteral("TCP"), QStringLiteral("UDP")});
    m_serverTransportLabel->setBuddy(m_serverTransport);
    m_modeLabel = new QLabel(m_serverGroup);
    m_mode = new QComboBox(m_serverGroup);
    m_mode->setObjectName(QStringLiteral("serverMode"));
    for (LabMode mode : {LabMode::Hello, LabMode::Upper, LabMode::Echo})
        m_mode->addItem(LabProtocol::modeName(mode), QVariant::fromValue(int(mode)));
    m_modeLabel->setBuddy(m_mode);
    m_serverPortLabel = new QLabel(m_serverGroup);
    m_serverPort = new QSpinBox(m_serverGroup);
    m_serverPort->setObjectName(QStringLiteral("serverPort"));
    m_serverPort->setRange(0, 65535);
    m_serverPort->setValue(defaultPort);
    m_serverPortLabel->setBuddy(m_serverPort);

    m_otherComputers = new QCheckBox(m_serverGroup);
    m_otherComputers->setObjectName(QStringLiteral("otherComputers"));
    m_bindLabel = new QLabel(m_serverGroup);
    m_bindAddress = new QComboBox(m_serverGroup);
    m_bindAddress->setObjectName(QStringLiteral("bindAddress"));
    m_bindAddress->setEditable(true);
    m_bindAddress->setInsertPolicy(QComboBox::NoInsert);
    m_bindAddress->setMinimumContentsLength(15);
    m_bindLabel->setBuddy(m_bindAddress);
    m_bindWarning = new QLabel(m_serverGroup);
    m_bindWarning->setObjectName(QStringLiteral("bindWarning"));
    m_bindWarning->setWordWrap(true);
    m_bindWarning->setStyleSheet(Palette::warningNoteStyle());

    m_startServer = new QPushButton(m_serverGroup);
    m_startServer->setObjectName(QStringLiteral("startServer"));
    m_serverStatus = new QLabel(m_serverGroup);
    m_serverStatus->setObjectName(QStringLiteral("serverStatus"));
    m_serverStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_pythonLine = new QLineEdit(m_serverGroup);
    m_pythonLine->setObjectName(QStringLiteral("pythonLine"));
    m_pythonLine->setReadOnly(true);
    QFont code = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_pythonLine->setStyleSheet(QStringLiteral("font-family: \"%1\";").arg(code.family()));
    m_copyPython = new QPushButton(m_serverGroup);
    m_copyPython->setObjectName(QStringLiteral("copyPython"));
    m_serverMessage = new QLabel(m_serverGroup);
    m_serverMessage->setObjectName(QStringLiteral("serverMessage"));
    m_serverMessage->setWordWrap(true);
    m_serverMessage->setTextInteractionFlags(Qt::TextSelectableByMouse);

    // Two narrow columns of label and field, so that both groups fit side by side under the stage
    // of a 1280-pixel window.
    grid->addWidget(m_serverTransportLabel, 0, 0);
    grid->addWidget(m_serverTransport, 0, 1);
    grid->addWidget(m_modeLabel, 0, 2);
    grid->addWidget(m_mode, 0, 3, 1, 2);
    grid->addWidget(m_serverPortLabel, 1, 0);
    grid->addWidget(m_serverPort, 1, 1);
    grid->addWidget(m_otherComputers, 1, 2, 1, 4);
    grid->addWidget(m_bindLabel, 2, 0);
    grid->addWidget(m_bindAddress, 2, 1, 1, 3);
    grid->addWidget(m_bindWarning, 3, 0, 1, 7);
    grid->addWidget(m_startServer, 4, 0, 1, 2);
    grid->addWidget(m_serverStatus, 4, 2, 1, 5);
    grid->addWidget(m_pythonLine, 5, 0, 1, 5);
    grid->addWidget(m_copyPython, 5, 5);
    grid->addWidget(m_serverMessage, 6, 0, 1, 7);
    // Wider, the fields keep their size and the room goes to the right.
    grid->setColumnStretch(6, 1);
    grid->setRowStretch(7, 1);
    m_pythonLine->setMinimumWidth(m_pythonLine->fontMetrics().horizontalAdvance(QStringLiteral("s.connect(('127.0.0.1', 65535))")) + 12);

    connect(m_otherComputers, &QCheckBox::toggled, this, &SocketLabPanel::updateOtherComputers);
    connect(m_startServer, &QPushButton::clicked, this, &SocketLabPanel::startOrStopServer);
    connect(m_copyPython, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(m_pythonLine->text());
        showServerMessage(tr("Copied: paste it into your client."), false);
    });
    return m_serverGroup;
}

QGroupBox *SocketLabPanel::createClientGroup()
{
    m_clientGroup = new QGroupBox(this);
    m_clientGroup->setObjectName(QStringLiteral("clientGroup"));
    auto *grid = new QGridLayout(m_clientGroup);
    grid->setContentsMargins(8, 4, 8, 4);
    grid->setVerticalSpacing(4);

    m_clientTransportLabel = new QLabel(m_clientGroup);
    m_clientTransport = new QComboBox(m_clientGroup);
    m_clientTransport->setObjectName(QStringLiteral("clientTransport"));
    m_clientTransport->addItems({QStringLiteral("TCP"), QStringLiteral("UDP")});
    m_clientTransportLabel->setBuddy(m_clientTransport);
    m_hostLabel = new QLabel(m_clientGroup);
    m_host = new QLineEdit(QStringLiteral("127.0.0.1"), m_clientGroup);
    m_host->setObjectName(QStringLiteral("clientHost"));
    m_host->setMaxLength(15);
    m_host->setMinimumWidth(m_host->fontMetrics().horizontalAdvance(QStringLiteral("255.255.255.255")) + 16);
    m_hostLabel->setBuddy(m_host);
    m_clientPortLabel = new QLabel(m_clientGroup);
    m_clientPort = new QSpinBox(m_clientGroup);
    m_clientPort->setObjectName(QStringLiteral("clientPort"));
    m_clientPort->setRange(1, 65535);
    m_clientPort->setValue(defaultPort);
    m_clientPortLabel->setBuddy(m_clientPort);
    m_connectUdp = new QCheckBox(m_clientGroup);
    m_connectUdp->setObjectName(QStringLiteral("connectUdp"));
    m_connect = new QPushButton(m_clientGroup);
    m_connect->setObjectName(QStringLiteral("connectClient"));
    m_close = new QPushButton(m_clientGroup);
    m_close->setObjectName(QStringLiteral("closeClient"));
    m_textLabel = new QLabel(m_clientGroup);
    m_text = new QLineEdit(m_clientGroup);
    m_text->setObjectName(QStringLiteral("clientText"));
    m_text->setMaxLength(int(LabSession::maxClientMessage));
    m_textLabel->setBuddy(m_text);
    m_send = new QPushButton(m_clientGroup);
    m_send->setObjectName(QStringLiteral("send"));
    m_sendAll = new QPushButton(m_clientGroup);
    m_sendAll->setObjectName(QStringLiteral("sendAll"));
    m_clientMessage = new QLabel(m_clientGroup);
    m_clientMessage->setObjectName(QStringLiteral("clientMessage"));
    m_clientMessage->setWordWrap(true);
    m_clientMessage->setTextInteractionFlags(Qt::TextSelectableByMouse);

    grid->addWidget(m_clientTransportLabel, 0, 0);
    grid->addWidget(m_clientTransport, 0, 1);
    grid->addWidget(m_hostLabel, 0, 2);
    grid->addWidget(m_host, 0, 3, 1, 3);
    grid->addWidget(m_clientPortLabel, 1, 0);
    grid->addWidget(m_clientPort, 1, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_connect);
    buttons->addWidget(m_close);
    grid->addLayout(buttons, 1, 2, 1, 4);
    grid->addWidget(m_connectUdp, 2, 0, 1, 6); // UDP only
    grid->addWidget(m_textLabel, 3, 0);
    auto *sendRow = new QHBoxLayout;
    sendRow->addWidget(m_text, 1);
    sendRow->addWidget(m_send);
    sendRow->addWidget(m_sendAll);
    grid->addLayout(sendRow, 3, 1, 1, 6);
    grid->addWidget(m_clientMessage, 4, 0, 1, 7);
    grid->setColumnStretch(6, 1);
    grid->setRowStretch(5, 1);

    connect(m_clientTransport, &QComboBox::currentIndexChanged, this, &SocketLabPanel::updateClient);
    connect(m_host, &QLineEdit::textEdited, this, [this] {
        m_hostEdited = true;
        validateClient();
    });
    connect(m_host, &QLineEdit::returnPressed, this, &SocketLabPanel::connectClient);
    connect(m_clientPort, &QSpinBox::valueChanged, this, [this] { m_hostEdited = true; });
    connect(m_connect, &QPushButton::clicked, this, &SocketLabPanel::connectClient);
    connect(m_close, &QPushButton::clicked, this, [this] {
        if (m_session)
            m_session->closeClient();
    });
    connect(m_send, &QPushButton::clicked, this, [this] { send(false); });
    connect(m_sendAll, &QPushButton::clicked, this, [this] { send(true); });
    connect(m_text, &QLineEdit::returnPressed, this, [this] { send(false); });
    return m_clientGroup;
}

void SocketLabPanel::setSession(LabSession *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    m_connectionsModel->setSession(session);
    m_callLogModel->setSession(session);
    if (m_session) {
        connect(m_session, &LabSession::serverChanged, this, &SocketLabPanel::updateServer);
        connect(m_session, &LabSession::clientChanged, this, &SocketLabPanel::updateClient);
        connect(m_session, &QObject::destroyed, this, [this] { setSession(nullptr); });
    }
    m_serverGroup->setEnabled(m_session != nullptr);
    m_clientGroup->setEnabled(m_session != nullptr);
    m_proxyGroup->setSession(session);
    updateServer();
    updateClient();
    updateTabTitles();
    m_callLogView->scrollToBottom();
}

void SocketLabPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    if (event->type() == QEvent::FontChange)
        sizeColumns();
    QWidget::changeEvent(event);
}

void SocketLabPanel::retranslate()
{
    m_serverGroup->setTitle(tr("NetSteps' server"));
    m_clientTabs->setTabText(0, tr("Client"));
    m_clientTabs->setTabText(1, tr("Proxy"));
    m_clientTabs->setTabToolTip(1, tr("Watch your own client talk to your own server through NetSteps"));
    m_serverGroup->setToolTip(tr("The course's servers, run for real by NetSteps: point your own client at it."));
    m_serverTransportLabel->setText(tr("Tr&ansport:"));
    m_serverTransport->setToolTip(tr("TCP: a connection and a byte stream (SOCK_STREAM). UDP: datagrams, "
                                     "no connection (SOCK_DGRAM)."));
    m_modeLabel->setText(tr("&Mode:"));
    m_mode->setToolTip(tr("What the server answers:\n"
                          "hello: \"Welcome!\" when a client connects, \"Hello, X!\" for each message X; \"exit\" "
                          "closes the connection.\n"
                          "upper: each message upper-cased.\n"
                          "echo: each message back unchanged."));
    m_serverPortLabel->setText(tr("&Port:"));
    m_serverPort->setSpecialValueText(tr("0 (any free)"));
    m_serverPort->setToolTip(tr("The port to bind(); 0 lets the kernel choose a free one."));
    m_otherComputers->setText(tr("Let other comp&uters connect"));
    m_otherComputers->setToolTip(tr("Bind to an address other computers can reach, such as 0.0.0.0 (every "
                                    "interface), so that a deskmate's client can connect. Unchecked, the server "
                                    "listens on 127.0.0.1, which only this computer reaches."));
    m_bindLabel->setText(tr("&Bind to:"));
    m_bindAddress->setToolTip(tr("The address the server binds: 0.0.0.0 is every interface of this computer."));
    m_bindWarning->setText(tr("Other computers on your network can reach this server while it runs: start it "
                              "only on a network you trust, and stop it when you are done."));
    m_copyPython->setText(tr("Cop&y"));
    m_copyPython->setToolTip(tr("Copy the line to the clipboard"));
    m_pythonLine->setToolTip(tr("The line of your Python client that reaches this server"));

    m_clientGroup->setTitle(tr("NetSteps' client"));
    m_clientGroup->setToolTip(tr("A client run for real by NetSteps: point it at your own server, or at "
                                 "NetSteps' server."));
    m_clientTransportLabel->setText(tr("Tra&nsport:"));
    m_clientTransport->setToolTip(m_serverTransport->toolTip());
    m_hostLabel->setText(tr("H&ost:"));
    m_host->setPlaceholderText(QStringLiteral("127.0.0.1"));
    m_host->setToolTip(tr("The server's IPv4 address, in dotted decimal such as 127.0.0.1"));
    m_clientPortLabel->setText(tr("Po&rt:"));
    m_clientPort->setToolTip(tr("The server's port, 1 to 65535"));
    m_connectUdp->setText(tr("connect() the UDP soc&ket"));
    m_connectUdp->setToolTip(tr("A connected UDP socket hears about a port where nothing listens: the "
                                "kernel's ICMP port unreachable makes the next call fail with "
                                "ConnectionRefusedError. An unconnected one never knows."));
    m_connect->setText(tr("&Connect"));
    m_close->setText(tr("Clos&e"));
    m_close->setToolTip(tr("close(): over TCP, the client sends its FIN"));
    m_textLabel->setText(tr("Te&xt:"));
    m_text->setPlaceholderText(tr("Rose"));
    m_text->setToolTip(tr("What to send, as UTF-8 bytes; Enter sends it with send()"));
    m_send->setText(tr("Sen&d"));
    m_send->setToolTip(tr("send(): one call, which may take fewer bytes than given"));
    m_sendAll->setText(tr("Send a&ll"));
    m_sendAll->setToolTip(tr("sendall(): calls send() until every byte is taken"));

    m_connectionsModel->retranslate();
    m_callLogModel->retranslate();
    setControlsShown(controlsShown());
    sizeColumns();
    updateTabTitles();
    updateServer();
    updateClient();
    showCallDetail();
}

// The addresses a server may bind to let others in: every interface, or one of this computer's.
void SocketLabPanel::fillBindAddresses()
{
    const QString current = m_bindAddress->currentText();
    m_bindAddress->clear();
    m_bindAddress->addItem(QStringLiteral("0.0.0.0"));
    m_bindAddress->setItemData(0, tr("every interface of this computer"), Qt::ToolTipRole);
    for (const MachineInterface &machineInterface : machineInterfaces()) {
        if (machineInterface.isLoopback || !machineInterface.isUp)
            continue;
        m_bindAddress->addItem(machineInterface.address.toString());
        m_bindAddress->setItemData(m_bindAddress->count() - 1, machineInterface.humanName, Qt::ToolTipRole);
    }
    const int index = m_bindAddress->findText(current);
    if (index >= 0)
        m_bindAddress->setCurrentIndex(index);
}

void SocketLabPanel::updateOtherComputers()
{
    const bool others = m_otherComputers->isChecked();
    if (others && m_bindAddress->findText(QStringLiteral("0.0.0.0")) < 0)
        fillBindAddresses();
    if (!others) {
        m_bindAddress->clear();
        m_bindAddress->addItem(QStringLiteral("127.0.0.1"));
    }
    m_bindWarning->setVisible(others);
    updateServer();
}

void SocketLabPanel::showServerMessage(const QString &text, bool error)
{
    m_serverMessage->setStyleSheet(error ? Palette::errorTextStyle() : QString());
    m_serverMessage->setText(text);
    m_serverMessage->setVisible(!text.isEmpty());
}

void SocketLabPanel::showClientMessage(const QString &text, bool error)
{
    m_clientMessage->setStyleSheet(error ? Palette::errorTextStyle() : QString());
    m_clientMessage->setText(text);
    m_clientMessage->setVisible(!text.isEmpty());
}

QString SocketLabPanel::serverMessage() const
{
    return m_serverMessage->text();
}

QString SocketLabPanel::clientMessage() const
{
    return m_clientMessage->text();
}

void SocketLabPanel::startOrStopServer()
{
    if (!m_session)
        return;
    if (m_session->isServing()) {
        m_session->stopServer();
        showServerMessage({}, false);
        return;
    }
    LabServerOptions options;
    options.mode = LabMode(m_mode->currentData().toInt());
    options.address.address = loopbackAddress;
    if (m_otherComputers->isChecked()) {
        const Parsed<Ipv4Address> address = Ipv4Address::parse(m_bindAddress->currentText().trimmed());
        if (!address) {
            m_bindAddress->setStyleSheet(Palette::errorFieldStyle());
            showServerMessage(tr("Bind to: %1").arg(address.error().message), true);
            m_bindAddress->setFocus();
            return;
        }
        options.address.address = *address;
    }
    m_bindAddress->setStyleSheet(QString());
    options.address.port = quint16(m_serverPort->value());
    QString error;
    if (!m_session->startServer(transportOf(m_serverTransport), options, &error)) {
        showServerMessage(error.isEmpty() ? tr("The server could not start.") : error, true);
        updateServer();
        return;
    }
    showServerMessage({}, false);
}

void SocketLabPanel::updateServer()
{
    const bool serving = m_session && m_session->isServing();
    m_startServer->setText(serving ? tr("&Stop server") : tr("&Start server"));
    m_startServer->setToolTip(serving ? tr("Close the server's connections and its listening socket")
                                      : tr("socket(), bind() and listen(): start the course's server for real"));
    for (QWidget *field : {static_cast<QWidget *>(m_serverTransport), static_cast<QWidget *>(m_mode),
                           static_cast<QWidget *>(m_serverPort), static_cast<QWidget *>(m_otherComputers)})
        field->setEnabled(!serving);
    // The address is asked only of a user who lets others in.
    m_bindAddress->setEnabled(!serving);
    m_bindAddress->setVisible(m_otherComputers->isChecked());
    m_bindLabel->setVisible(m_otherComputers->isChecked());
    m_bindWarning->setVisible(m_otherComputers->isChecked());
    if (m_bindAddress->count() == 0)
        m_bindAddress->addItem(QStringLiteral("127.0.0.1"));
    m_pythonLine->setVisible(serving);
    m_copyPython->setVisible(serving);
    if (!serving) {
        m_serverStatus->setText(m_session ? tr("Not running.") : tr("Open the lesson to use the lab."));
        m_pythonLine->clear();
        return;
    }
    const NativeSocketAddress address = m_session->serverAddress();
    const bool udp = m_session->serverTransport() == LabTransport::Udp;
    const bool everywhere = address.address == Ipv4Address();
    m_serverStatus->setText(everywhere
                                ? tr("Listening on %1 (every interface; 127.0.0.1 from this computer)").arg(address.toString())
                                : udp ? tr("Receiving on %1 (UDP)").arg(address.toString())
                                      : tr("Listening on %1").arg(address.toString()));
    // From this computer, a server on every interface is reached through loopback too.
    const QString host = everywhere ? QStringLiteral("127.0.0.1") : address.address.toString();
    m_pythonLine->setText(udp ? QStringLiteral("s.sendto(b'Rose', ('%1', %2))").arg(host).arg(address.port)
                              : QStringLiteral("s.connect(('%1', %2))").arg(host).arg(address.port));
    if (!udp)
        m_proxyGroup->proposeTarget(address.port);
    // NetSteps' client is ready to reach it, unless the user chose where it goes.
    if (!m_hostEdited) {
        m_host->setText(host);
        m_clientPort->setValue(address.port);
        m_clientTransport->setCurrentIndex(udp ? 1 : 0);
        m_hostEdited = false;
        validateClient();
    }
}

bool SocketLabPanel::validateClient()
{
    const Parsed<Ipv4Address> address = Ipv4Address::parse(m_host->text().trimmed());
    m_host->setStyleSheet(address ? QString() : Palette::errorFieldStyle());
    m_host->setToolTip(address ? tr("The server's IPv4 address, in dotted decimal such as 127.0.0.1")
                               : address.error().message);
    if (!address) {
        showClientMessage(tr("Host: %1").arg(address.error().message), true);
        return false;
    }
    if (m_clientMessage->styleSheet() == Palette::errorTextStyle())
        showClientMessage({}, false);
    return true;
}

void SocketLabPanel::connectClient()
{
    if (!m_session)
        return;
    if (!validateClient()) {
        m_host->setFocus();
        const ParseError error = Ipv4Address::parse(m_host->text().trimmed()).error();
        if (error.position >= 0)
            m_host->setSelection(error.position, qMax(1, error.length));
        return;
    }
    const NativeSocketAddress to{*Ipv4Address::parse(m_host->text().trimmed()), quint16(m_clientPort->value())};
    const LabTransport transport = transportOf(m_clientTransport);
    m_session->connectClient(transport, to, transport == LabTransport::Udp && m_connectUdp->isChecked());
    updateClient();
    if (m_session->isClientConnected())
        m_text->setFocus();
}

void SocketLabPanel::send(bool all)
{
    if (!m_session || !m_session->isClientConnected())
        return;
    QString error;
    if (!m_session->sendFromClient(m_text->text().toUtf8(), all, &error)) {
        showClientMessage(error, true);
        return;
    }
    showClientMessage({}, false);
    m_text->selectAll(); // the next message replaces it, or Enter sends it again
}

void SocketLabPanel::updateClient()
{
    const bool udp = transportOf(m_clientTransport) == LabTransport::Udp;
    m_connectUdp->setVisible(udp);
    const bool has = m_session && m_session->hasClient();
    const bool connected = m_session && m_session->isClientConnected();
    const bool tcpClient = has && m_session->clientTransport() == LabTransport::Tcp;
    m_connect->setEnabled(m_session != nullptr);
    m_connect->setToolTip(udp ? tr("socket(AF_INET, SOCK_DGRAM): a UDP socket whose sendto() goes to the host and port")
                              : tr("socket() and connect(): the three-way handshake with the server"));
    m_close->setEnabled(has);
    m_text->setEnabled(connected);
    m_send->setEnabled(connected);
    m_sendAll->setEnabled(connected && tcpClient);
    if (!m_session || !Ipv4Address::parse(m_host->text().trimmed()))
        return; // the host's own error stays up
    if (connected) {
        showClientMessage(tcpClient ? tr("Connected: type a message and press Enter to send() it.")
                                    : tr("Ready: type a message and press Enter to sendto() it."),
                          false);
    } else if (has) {
        showClientMessage(tr("connect() is waiting for the server's answer…"), false);
    } else {
        // A connect() that failed is in the call log; say it here too.
        const QList<LabCall> &calls = m_session->calls();
        const LabCall *last = calls.isEmpty() ? nullptr : &calls.constLast();
        if (last && last->who == QLatin1String("client") && last->failed())
            showClientMessage(tr("%1 failed: %2").arg(last->call, last->error), true);
        else
            showClientMessage({}, false);
    }
}

} // namespace NetSteps
