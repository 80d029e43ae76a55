#include "subnetinputpanel.h"

#include "scenarioregistry.h"

#include "palette.h"

#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace NetSteps {

namespace {

constexpr std::array allFields = {SubnetInputPanel::Field::Address, SubnetInputPanel::Field::Mask,
                                  SubnetInputPanel::Field::OtherAddress};

// A prefix written as "/26" is read by the core's CIDR parser behind a placeholder address;
// the error's position is moved back onto the field's own text.
Parsed<int> parsePrefix(QStringView text)
{
    if (!text.startsWith(u'/'))
        return Subnet::prefixFromMask(text);
    const QString placeholder = QStringLiteral("0.0.0.0");
    const Parsed<Subnet> subnet = Subnet::parse(QString(placeholder).append(text));
    if (subnet)
        return subnet->prefix();
    ParseError error = subnet.error();
    if (error.position >= 0)
        error.position = std::max(0, error.position - int(placeholder.size()));
    return error;
}

bool sameLessonValues(const ScenarioParameters &a, const ScenarioParameters &b)
{
    return a.subnet == b.subnet && a.otherAddress == b.otherAddress && a.subnetToSplit == b.subnetToSplit
        && a.borrowBits == b.borrowBits;
}

void markField(QLineEdit *field, const std::optional<ParseError> &error)
{
    field->setStyleSheet(error ? Palette::errorFieldStyle() : QString());
    field->setToolTip(error ? error->message : QString());
}

QString interfaceLabel(const MachineInterface &machineInterface)
{
    QString label = machineInterface.prefixLength >= 0
        ? QStringLiteral("%1: %2/%3")
              .arg(machineInterface.humanName, machineInterface.address.toString())
              .arg(machineInterface.prefixLength)
        : QStringLiteral("%1: %2").arg(machineInterface.humanName, machineInterface.address.toString());
    if (machineInterface.isLoopback)
        label += SubnetInputPanel::tr(" (loopback)");
    else if (machineInterface.mac != MacAddress())
        label += QStringLiteral(" — ") + machineInterface.mac.toString();
    if (!machineInterface.isUp)
        label += SubnetInputPanel::tr(" (down)");
    return label;
}

QLineEdit *addressLineEdit(QWidget *parent, const QString &name)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(name);
    edit->setMaxLength(18);
    edit->setMinimumWidth(edit->fontMetrics().horizontalAdvance(QStringLiteral("255.255.255.255")) + 24);
    return edit;
}

} // namespace

SubnetInputPanel::SubnetInputPanel(QWidget *parent)
    : QWidget(parent),
      m_addressLabel(new QLabel(this)),
      m_addressEdit(addressLineEdit(this, QStringLiteral("address"))),
      m_maskLabel(new QLabel(this)),
      m_maskEdit(addressLineEdit(this, QStringLiteral("mask"))),
      m_otherLabel(new QLabel(this)),
      m_otherEdit(addressLineEdit(this, QStringLiteral("otherAddress"))),
      m_borrowLabel(new QLabel(this)),
      m_borrowSpin(new QSpinBox(this)),
      m_applyButton(new QPushButton(this)),
      m_machineLabel(new QLabel(this)),
      m_machineCombo(new QComboBox(this)),
      m_message(new QLabel(this))
{
    m_borrowSpin->setObjectName(QStringLiteral("borrowBits"));
    m_applyButton->setObjectName(QStringLiteral("apply"));
    m_machineCombo->setObjectName(QStringLiteral("machineInterface"));
    m_message->setObjectName(QStringLiteral("message"));
    m_addressLabel->setBuddy(m_addressEdit);
    m_maskLabel->setBuddy(m_maskEdit);
    m_otherLabel->setBuddy(m_otherEdit);
    m_borrowLabel->setBuddy(m_borrowSpin);
    m_machineLabel->setBuddy(m_machineCombo);
    // A typed number of bits applies on Enter, not digit by digit.
    m_borrowSpin->setKeyboardTracking(false);
    m_machineCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);

    auto *layout = new QGridLayout;
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_addressLabel, 0, 0);
    layout->addWidget(m_addressEdit, 0, 1);
    layout->addWidget(m_maskLabel, 0, 2);
    layout->addWidget(m_maskEdit, 0, 3);
    // The second address and the borrowed bits share a place: a lesson shows one of them.
    layout->addWidget(m_otherLabel, 0, 4);
    layout->addWidget(m_otherEdit, 0, 5);
    layout->addWidget(m_borrowLabel, 0, 4);
    layout->addWidget(m_borrowSpin, 0, 5);
    layout->addWidget(m_applyButton, 0, 6);
    layout->addWidget(m_machineLabel, 1, 0);
    layout->addWidget(m_machineCombo, 1, 1, 1, 5, Qt::AlignLeft);
    layout->setColumnStretch(7, 1);
    // The message wraps below the fields, as tall as its lines need.
    auto *column = new QVBoxLayout(this);
    column->setContentsMargins(0, 0, 0, 0);
    column->addLayout(layout);
    column->addWidget(m_message);
    column->addStretch(1);

    setTabOrder(m_addressEdit, m_maskEdit);
    setTabOrder(m_maskEdit, m_otherEdit);
    setTabOrder(m_otherEdit, m_borrowSpin);
    setTabOrder(m_borrowSpin, m_applyButton);
    setTabOrder(m_applyButton, m_machineCombo);

    for (Field field : allFields) {
        connect(edit(field), &QLineEdit::textEdited, this, [this, field] { validate(field); });
        connect(edit(field), &QLineEdit::returnPressed, this, &SubnetInputPanel::apply);
    }
    connect(m_borrowSpin, &QSpinBox::valueChanged, this, &SubnetInputPanel::apply);
    connect(m_applyButton, &QPushButton::clicked, this, &SubnetInputPanel::apply);
    connect(m_machineCombo, &QComboBox::activated, this, &SubnetInputPanel::interfaceActivated);

    retranslate();
    refreshInterfaces();
    setLesson(QStringLiteral("subnet-and"), ScenarioParameters());
}

void SubnetInputPanel::setLesson(const QString &id, const ScenarioParameters &parameters)
{
    m_lessonId = id;
    m_parameters = parameters;
    const bool subnetting = isSubnetting();
    m_otherLabel->setVisible(!subnetting);
    m_otherEdit->setVisible(!subnetting);
    m_borrowLabel->setVisible(subnetting);
    m_borrowSpin->setVisible(subnetting);
    fillFields();
}

QString SubnetInputPanel::errorText() const
{
    QStringList lines;
    for (Field field : allFields) {
        if (!edit(field)->isHidden() && m_errors.at(std::size_t(field)))
            lines.append(m_errors.at(std::size_t(field))->message);
    }
    if (lines.isEmpty()) {
        if (const std::optional<ParseError> error = combinationError())
            lines.append(error->message);
    }
    return lines.join(u'\n');
}

void SubnetInputPanel::refreshInterfaces()
{
    m_interfaces = machineInterfaces();
    const QSignalBlocker blocker(m_machineCombo);
    m_machineCombo->clear();
    m_machineCombo->addItem(tr("Choose one of this machine's interfaces"));
    for (const MachineInterface &machineInterface : std::as_const(m_interfaces))
        m_machineCombo->addItem(interfaceLabel(machineInterface));
}

void SubnetInputPanel::useInterface(qsizetype index)
{
    if (index < 0 || index >= m_interfaces.size())
        return;
    const MachineInterface &machineInterface = m_interfaces.at(index);
    m_addressEdit->setText(machineInterface.address.toString());
    validate(Field::Address);
    // An interface the system gives no netmask for keeps the mask that is there.
    if (machineInterface.prefixLength >= 0) {
        m_maskEdit->setText(machineInterface.netmask.toString());
        validate(Field::Mask);
    }
    apply();
}

bool SubnetInputPanel::apply()
{
    const std::optional<ScenarioParameters> next = fieldParameters();
    if (!next)
        selectFirstError();
    if (!next || ScenarioRegistry::check(m_lessonId, *next) || sameLessonValues(*next, m_parameters)) {
        showErrors();
        return false;
    }
    m_parameters = *next;
    showErrors();
    Q_EMIT parametersChanged(m_parameters);
    return true;
}

void SubnetInputPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        const int current = m_machineCombo->currentIndex();
        refreshInterfaces();
        m_machineCombo->setCurrentIndex(current);
        for (Field field : allFields)
            validate(field);
    }
    QWidget::changeEvent(event);
}

void SubnetInputPanel::retranslate()
{
    m_addressLabel->setText(tr("&Address:"));
    m_addressEdit->setPlaceholderText(tr("192.168.1.10"));
    m_maskLabel->setText(tr("&Mask:"));
    m_maskEdit->setPlaceholderText(tr("255.255.255.0 or /24"));
    m_maskEdit->setAccessibleDescription(tr("A dotted mask such as 255.255.255.192, or a prefix such as /26."));
    m_otherLabel->setText(tr("&Second address:"));
    m_otherEdit->setAccessibleDescription(tr("The address compared with the first: is it on the same network?"));
    m_borrowLabel->setText(tr("&Borrowed bits:"));
    m_borrowSpin->setToolTip(tr("How many host bits subnetting borrows: 2, 4, 8 … subnets."));
    m_applyButton->setText(tr("A&pply"));
    m_applyButton->setToolTip(tr("Build the lesson from these numbers (Enter)."));
    m_machineLabel->setText(tr("This ma&chine:"));
    m_machineCombo->setToolTip(tr("Start from the address and mask of one of this computer's interfaces."));
}

void SubnetInputPanel::fillFields()
{
    const Subnet &subnet = isSubnetting() ? m_parameters.subnetToSplit : m_parameters.subnet;
    m_addressEdit->setText(subnet.address().toString());
    m_maskEdit->setText(subnet.mask().toString());
    m_otherEdit->setText(m_parameters.otherAddress.toString());
    for (Field field : allFields)
        validate(field);
    const QSignalBlocker blocker(m_borrowSpin);
    m_borrowSpin->setValue(m_parameters.borrowBits);
    showErrors();
}

void SubnetInputPanel::validate(Field field)
{
    const QString text = edit(field)->text().trimmed();
    std::optional<ParseError> &error = m_errors[std::size_t(field)];
    error.reset();
    switch (field) {
    case Field::Address:
    case Field::OtherAddress: {
        const Parsed<Ipv4Address> address = Ipv4Address::parse(text);
        if (!address) {
            error = address.error();
            const QString name = field == Field::Address ? tr("Address") : tr("Second address");
            error->message = tr("%1: %2", "field name: what is wrong").arg(name, error->message);
        } else if (field == Field::Address) {
            m_address = *address;
        } else {
            m_otherAddress = *address;
        }
        break;
    }
    case Field::Mask: {
        const Parsed<int> prefix = parsePrefix(text);
        if (!prefix) {
            error = prefix.error();
        } else {
            m_prefix = *prefix;
            updateBorrowRange();
        }
        break;
    }
    }
    markField(edit(field), error);
    showErrors();
}

void SubnetInputPanel::updateBorrowRange()
{
    const QSignalBlocker blocker(m_borrowSpin);
    const int hostBits = 32 - m_prefix;
    m_borrowSpin->setRange(1, std::max(1, std::min(Subnet::MaxSplitBits, hostBits)));
}

// The message line: what is wrong, or that the fields differ from what the lesson shows.
void SubnetInputPanel::showErrors()
{
    const QString errors = errorText();
    const std::optional<ScenarioParameters> next = fieldParameters();
    const bool pending = errors.isEmpty() && next && !sameLessonValues(*next, m_parameters);
    if (!m_errors.at(std::size_t(Field::Mask)))
        markField(m_maskEdit, combinationError());
    m_message->setStyleSheet(errors.isEmpty() ? QString() : Palette::errorTextStyle());
    m_message->setText(!errors.isEmpty() ? errors : pending ? tr("Press Enter to apply.") : QString());
    m_applyButton->setEnabled(pending);
}

std::optional<ScenarioParameters> SubnetInputPanel::fieldParameters() const
{
    for (Field field : allFields) {
        if (!edit(field)->isHidden() && m_errors.at(std::size_t(field)))
            return std::nullopt;
    }
    ScenarioParameters next = m_parameters;
    if (isSubnetting()) {
        next.subnetToSplit = Subnet(m_address, m_prefix);
        next.borrowBits = m_borrowSpin->value();
    } else {
        next.subnet = Subnet(m_address, m_prefix);
        next.otherAddress = m_otherAddress;
    }
    return next;
}

// Fields that are each valid but cannot make the lesson together: a /32 has no bits to borrow.
std::optional<ParseError> SubnetInputPanel::combinationError() const
{
    const std::optional<ScenarioParameters> next = fieldParameters();
    if (!next)
        return std::nullopt;
    return ScenarioRegistry::check(m_lessonId, *next);
}

QLineEdit *SubnetInputPanel::edit(Field field) const
{
    switch (field) {
    case Field::Address:
        return m_addressEdit;
    case Field::Mask:
        return m_maskEdit;
    case Field::OtherAddress:
        break;
    }
    return m_otherEdit;
}

// Puts the cursor on what is wrong: the bad octet or prefix of the first field in error.
void SubnetInputPanel::selectFirstError()
{
    for (Field field : allFields) {
        const std::optional<ParseError> &error = m_errors.at(std::size_t(field));
        if (edit(field)->isHidden() || !error)
            continue;
        edit(field)->setFocus();
        if (error->position >= 0 && error->length > 0)
            edit(field)->setSelection(error->position, error->length);
        return;
    }
}

void SubnetInputPanel::interfaceActivated(int comboIndex)
{
    // Item 0 only invites a choice.
    useInterface(comboIndex - 1);
}

} // namespace NetSteps
