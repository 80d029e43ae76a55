#include "lansetuppanel.h"

#include "palette.h"
#include "scenarioregistry.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QStyle>

namespace NetSteps {

namespace {

// The router sits on the last port; the other addresses of a /24 leave room for 253 hosts.
constexpr int maxHostsPerLan = 253;


} // namespace

LanSetupPanel::LanSetupPanel(QWidget *parent)
    : QWidget(parent),
      m_hostsLabel(new QLabel(this)),
      m_hosts(new QSpinBox(this)),
      m_networkLabels{new QLabel(this), new QLabel(this)},
      m_networks{new QLineEdit(this), new QLineEdit(this)},
      m_hostLabel(new QLabel(this)),
      m_hostChoice(new QComboBox(this)),
      m_hostAddress(new QLineEdit(this)),
      m_error(new QLabel(this))
{
    m_hosts->setObjectName(QStringLiteral("hostsPerLan"));
    m_networks[0]->setObjectName(QStringLiteral("lan1Network"));
    m_networks[1]->setObjectName(QStringLiteral("lan2Network"));
    m_hostChoice->setObjectName(QStringLiteral("host"));
    m_hostAddress->setObjectName(QStringLiteral("hostAddress"));
    m_error->setObjectName(QStringLiteral("message"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_hosts->setRange(2, maxHostsPerLan);
    m_hostsLabel->setBuddy(m_hosts);
    layout->addWidget(m_hostsLabel);
    layout->addWidget(m_hosts);
    for (int lan = 0; lan < 2; ++lan) {
        m_networks[lan]->setMaxLength(18);
        m_networks[lan]->setMinimumWidth(m_networks[lan]->fontMetrics().horizontalAdvance(QStringLiteral("192.168.100.100/24")) + 16);
        m_networkLabels[lan]->setBuddy(m_networks[lan]);
        layout->addWidget(m_networkLabels[lan]);
        layout->addWidget(m_networks[lan]);
        connect(m_networks[lan], &QLineEdit::textEdited, this, &LanSetupPanel::edited);
    }
    m_hostLabel->setBuddy(m_hostChoice);
    layout->addWidget(m_hostLabel);
    layout->addWidget(m_hostChoice);
    m_hostAddress->setMaxLength(15);
    m_hostAddress->setMinimumWidth(m_hostAddress->fontMetrics().horizontalAdvance(QStringLiteral("192.168.100.100")) + 16);
    layout->addWidget(m_hostAddress);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(Palette::errorTextStyle());
    layout->addWidget(m_error, 1);

    connect(m_hosts, &QSpinBox::valueChanged, this, &LanSetupPanel::edited);
    connect(m_hostChoice, &QComboBox::currentIndexChanged, this, &LanSetupPanel::showHost);
    connect(m_hostAddress, &QLineEdit::textEdited, this, &LanSetupPanel::edited);
    retranslate();
}

void LanSetupPanel::retranslate()
{
    m_hostsLabel->setText(tr("&Hosts per LAN:"));
    m_hosts->setToolTip(tr("From 2 up to what the LAN's prefix leaves beside the router's address (253 on a /24)."));
    m_networkLabels[0]->setText(tr("LAN &1:"));
    m_networkLabels[1]->setText(tr("LAN &2:"));
    for (QLineEdit *edit : m_networks)
        edit->setToolTip(tr("The router's address on this LAN and the LAN's prefix, such as 192.168.1.1/24."));
    m_hostLabel->setText(tr("Host &address:"));
    m_hostAddress->setToolTip(tr("The chosen host's IPv4 address; it must lie in its LAN and be free."));
}

void LanSetupPanel::setLesson(const QString &id, const ScenarioParameters &parameters)
{
    m_lessonId = id;
    m_parameters = parameters;
    m_filling = true;
    m_twoLans = id == QLatin1String("arp-via-gateway");
    m_networkLabels[1]->setVisible(m_twoLans);
    m_networks[1]->setVisible(m_twoLans);
    m_hosts->setValue(parameters.lan.hostsPerLan);
    for (int lan = 0; lan < 2; ++lan) {
        m_networks[lan]->setText(parameters.lan.networks.value(lan).toString());
        markField(m_networks[lan], false);
    }
    const QString chosen = m_hostChoice->currentText();
    m_hostChoice->clear();
    const int lans = m_twoLans ? 2 : 1;
    for (int i = 0; i < lans * parameters.lan.hostsPerLan; ++i)
        m_hostChoice->addItem(LanTopology::hostName(i / parameters.lan.hostsPerLan, i % parameters.lan.hostsPerLan));
    m_hostChoice->setCurrentIndex(qMax(0, m_hostChoice->findText(chosen)));
    m_error->clear();
    m_filling = false;
    showHost();
}

QString LanSetupPanel::errorText() const
{
    return m_error->text();
}

void LanSetupPanel::showHost()
{
    if (m_filling || m_hostChoice->currentIndex() < 0)
        return;
    const std::optional<Scenario> scenario = ScenarioRegistry::build(m_lessonId, m_parameters);
    const LanStation *station = scenario && scenario->topology ? scenario->topology->station(m_hostChoice->currentText()) : nullptr;
    m_hostAddress->setText(station ? station->address.address().toString() : QString());
    markField(m_hostAddress, false);
}

void LanSetupPanel::markField(QWidget *field, bool bad)
{
    field->setStyleSheet(bad ? Palette::errorFieldStyle() : QString());
}

void LanSetupPanel::edited()
{
    if (m_filling)
        return;
    ScenarioParameters next = m_parameters;
    const int hosts = m_hosts->value();
    next.lan.hostsPerLan = hosts;
    QStringList problems;
    for (int lan = 0; lan < 2; ++lan) {
        if (lan > 0 && !m_twoLans)
            continue;
        const Parsed<Subnet> network = Subnet::parse(m_networks[lan]->text().trimmed());
        markField(m_networks[lan], !network.ok());
        if (!network.ok())
            problems.append(tr("LAN %1: %2").arg(lan + 1).arg(network.error().message));
        else if (lan < next.lan.networks.size())
            next.lan.networks[lan] = network.value();
    }
    // A host's own address, kept by its index among all hosts (LAN 1's first).
    const int index = m_hostChoice->currentIndex();
    if (index >= 0 && sender() == m_hostAddress) {
        const Parsed<Ipv4Address> address = Ipv4Address::parse(m_hostAddress->text().trimmed());
        markField(m_hostAddress, !address.ok());
        if (!address.ok()) {
            problems.append(tr("%1: %2").arg(m_hostChoice->currentText(), address.error().message));
        } else {
            while (next.lan.overrides.size() <= index)
                next.lan.overrides.append(Ipv4Address());
            next.lan.overrides[index] = address.value();
        }
    }
    // Another number of hosts renumbers them: addresses given for the old layout no longer apply.
    if (hosts != m_parameters.lan.hostsPerLan)
        next.lan.overrides.clear();
    if (problems.isEmpty()) {
        if (const std::optional<ParseError> error = ScenarioRegistry::check(m_lessonId, next))
            problems.append(error->message);
    }
    if (!problems.isEmpty()) {
        m_error->setText(problems.join(u'\n'));
        return;
    }
    m_error->clear();
    markField(m_hostAddress, false);
    const bool renumbered = hosts != m_parameters.lan.hostsPerLan;
    m_parameters = next;
    if (renumbered)
        setLesson(m_lessonId, next);
    Q_EMIT parametersChanged(m_parameters);
}

} // namespace NetSteps
