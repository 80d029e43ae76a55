#include "labproxygroup.h"

#include "labsession.h"

#include "palette.h"

#include <QEvent>
#include <QFontDatabase>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

namespace NetSteps {

namespace {

constexpr quint16 defaultProxyPort = 9000;
constexpr quint16 defaultTargetPort = 8080;

} // namespace

LabProxyGroup::LabProxyGroup(QWidget *parent)
    : QGroupBox(parent), m_portLabel(new QLabel(this)), m_port(new QSpinBox(this)), m_hostLabel(new QLabel(this)),
      m_host(new QLineEdit(QStringLiteral("127.0.0.1"), this)), m_targetPortLabel(new QLabel(this)),
      m_targetPort(new QSpinBox(this)), m_start(new QPushButton(this)), m_status(new QLabel(this)),
      m_python(new QLineEdit(this)), m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("proxyGroup"));
    m_port->setObjectName(QStringLiteral("proxyPort"));
    m_port->setRange(0, 65535);
    m_port->setValue(defaultProxyPort);
    m_portLabel->setBuddy(m_port);
    m_host->setObjectName(QStringLiteral("proxyHost"));
    m_hostLabel->setBuddy(m_host);
    m_targetPort->setObjectName(QStringLiteral("proxyTargetPort"));
    m_targetPort->setRange(1, 65535);
    m_targetPort->setValue(defaultTargetPort);
    m_targetPortLabel->setBuddy(m_targetPort);
    m_start->setObjectName(QStringLiteral("startProxy"));
    m_status->setObjectName(QStringLiteral("proxyStatus"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_python->setObjectName(QStringLiteral("proxyPython"));
    m_python->setReadOnly(true);
    m_python->setStyleSheet(
        QStringLiteral("font-family: \"%1\";").arg(QFontDatabase::systemFont(QFontDatabase::FixedFont).family()));
    m_message->setObjectName(QStringLiteral("proxyMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(8, 4, 8, 4);
    grid->setVerticalSpacing(4);
    grid->addWidget(m_portLabel, 0, 0);
    grid->addWidget(m_port, 0, 1);
    grid->addWidget(m_hostLabel, 1, 0);
    grid->addWidget(m_host, 1, 1);
    grid->addWidget(m_targetPortLabel, 1, 2);
    grid->addWidget(m_targetPort, 1, 3);
    grid->addWidget(m_start, 2, 0, 1, 2);
    grid->addWidget(m_status, 2, 2, 1, 3);
    grid->addWidget(m_python, 3, 0, 1, 4);
    grid->addWidget(m_message, 4, 0, 1, 5);
    grid->setColumnStretch(4, 1);
    grid->setRowStretch(5, 1);

    connect(m_start, &QPushButton::clicked, this, &LabProxyGroup::startOrStop);
    connect(m_host, &QLineEdit::textEdited, this, [this] { m_targetEdited = true; });
    connect(m_targetPort, &QSpinBox::valueChanged, this, [this] { m_targetEdited = m_targetEdited || m_targetPort->hasFocus(); });
    retranslate();
    update();
}

void LabProxyGroup::setSession(LabSession *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (m_session)
        connect(m_session, &LabSession::proxyChanged, this, &LabProxyGroup::update);
    setEnabled(m_session != nullptr);
    update();
}

void LabProxyGroup::proposeTarget(quint16 port)
{
    if (m_targetEdited || (m_session && m_session->isProxying()))
        return;
    m_host->setText(QStringLiteral("127.0.0.1"));
    m_targetPort->setValue(port);
}

QString LabProxyGroup::message() const
{
    return m_message->text();
}

void LabProxyGroup::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QGroupBox::changeEvent(event);
}

void LabProxyGroup::retranslate()
{
    setTitle(tr("Proxy: watch your own programs"));
    setToolTip(tr("NetSteps listens on a port and passes every connection on to the server you name. Point your "
                  "client at the proxy's port: both halves of its conversation appear in the table and on the "
                  "diagrams."));
    m_portLabel->setText(tr("Listen o&n port:"));
    m_port->setSpecialValueText(tr("0 (any free)"));
    m_hostLabel->setText(tr("For&ward to:"));
    m_host->setToolTip(tr("The server's IPv4 address, in dotted decimal such as 127.0.0.1"));
    // The client's group shares these letters: it is on another tab, and a hidden label's
    // shortcut does not fire.
    m_targetPortLabel->setText(tr("Po&rt:"));
    update();
}

void LabProxyGroup::startOrStop()
{
    if (!m_session)
        return;
    if (m_session->isProxying()) {
        m_session->stopProxy();
        showMessage(tr("The proxy stopped; its connections were closed."), false);
        return;
    }
    const Parsed<Ipv4Address> target = Ipv4Address::parse(m_host->text().trimmed());
    m_host->setStyleSheet(target ? QString() : Palette::errorFieldStyle());
    if (!target) {
        showMessage(tr("Forward to: %1").arg(target.error().message), true);
        m_host->setFocus();
        if (target.error().position >= 0)
            m_host->setSelection(target.error().position, qMax(1, target.error().length));
        return;
    }
    // The proxy listens on 127.0.0.1 only: the programs it shows are on this computer.
    QString error;
    if (!m_session->startProxy({loopbackAddress, quint16(m_port->value())}, {*target, quint16(m_targetPort->value())},
                               &error)) {
        showMessage(error, true);
        return;
    }
    showMessage({}, false);
}

void LabProxyGroup::update()
{
    const bool running = m_session && m_session->isProxying();
    m_start->setText(running ? tr("Stop pro&xy") : tr("Start pro&xy"));
    m_port->setEnabled(!running);
    m_host->setEnabled(!running);
    m_targetPort->setEnabled(!running);
    if (!running) {
        m_status->setText(tr("Not running"));
        m_python->clear();
        m_python->setPlaceholderText(tr("Start the proxy, then point your client at its port"));
        return;
    }
    const NativeSocketAddress at = m_session->proxyAddress();
    m_status->setText(tr("%1 → %2").arg(at.toString(), m_session->proxyTarget().toString()));
    m_python->setText(QStringLiteral("s.connect(('%1', %2))").arg(at.address.toString()).arg(at.port));
}

void LabProxyGroup::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? Palette::errorTextStyle() : QString());
}

} // namespace NetSteps
