#pragma once

#include "machineinterfaces.h"
#include "scenariobuilder.h"

#include <QList>
#include <QWidget>

#include <array>
#include <optional>

class QComboBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace NetSteps {

// The numbers of the subnet lessons: an address and its mask (dotted, or a prefix such as
// "/26"), the second address that subnet-and compares, the host bits subnetting borrows, and
// this machine's own interfaces to start from. Each field is checked as the user types, with
// the core's parsers: a wrong field is marked and the message names the bad octet and why.
// Enter (or Apply, or picking an interface) applies the fields; the panel emits only valid
// parameters and otherwise keeps the last valid ones, and Enter on a wrong field selects the
// bad octet or prefix in it.
//
// The child widgets carry object names ("address", "mask", "otherAddress", "borrowBits",
// "machineInterface", "apply", "message") for tests and tools.
class SubnetInputPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SubnetInputPanel)

public:
    enum class Field { Address, Mask, OtherAddress };

    explicit SubnetInputPanel(QWidget *parent = nullptr);

    // "subnetting" edits ScenarioParameters::subnetToSplit and borrowBits; any other lesson
    // (subnet-and) edits subnet and otherAddress. The fields show these parameters.
    void setLesson(const QString &id, const ScenarioParameters &parameters);
    // The last valid parameters: those set, or the last ones emitted.
    const ScenarioParameters &parameters() const { return m_parameters; }

    // Why a field's text is not valid, or nothing when it is.
    std::optional<ParseError> fieldError(Field field) const { return m_errors.at(std::size_t(field)); }
    QString errorText() const;

    // This machine's IPv4 interface addresses as listed, loopback included.
    const QList<MachineInterface> &interfaces() const { return m_interfaces; }
    void refreshInterfaces();
    // Fills the address and mask from interfaces().at(index) and applies them.
    void useInterface(qsizetype index);

    // Emits parametersChanged when every field is valid and the values differ from the last
    // valid ones; returns whether it did.
    bool apply();

Q_SIGNALS:
    void parametersChanged(const ScenarioParameters &parameters);

protected:
    void changeEvent(QEvent *event) override;

private:
    bool isSubnetting() const { return m_lessonId == QLatin1String("subnetting"); }
    void retranslate();
    void fillFields();
    void validate(Field field);
    void updateBorrowRange();
    void showErrors();
    void selectFirstError();
    std::optional<ScenarioParameters> fieldParameters() const;
    std::optional<ParseError> combinationError() const;
    QLineEdit *edit(Field field) const;
    void interfaceActivated(int comboIndex);

    QString m_lessonId = QStringLiteral("subnet-and");
    ScenarioParameters m_parameters;
    std::array<std::optional<ParseError>, 3> m_errors;
    Ipv4Address m_address;
    int m_prefix = 0;
    Ipv4Address m_otherAddress;
    QList<MachineInterface> m_interfaces;

    QLabel *m_addressLabel;
    QLineEdit *m_addressEdit;
    QLabel *m_maskLabel;
    QLineEdit *m_maskEdit;
    QLabel *m_otherLabel;
    QLineEdit *m_otherEdit;
    QLabel *m_borrowLabel;
    QSpinBox *m_borrowSpin;
    QPushButton *m_applyButton;
    QLabel *m_machineLabel;
    QComboBox *m_machineCombo;
    QLabel *m_message;
};

} // namespace NetSteps
