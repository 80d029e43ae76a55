#pragma once

#include "scenariobuilder.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace NetSteps {

// The shape of the ARP lessons' LANs: how many hosts each has, each LAN's network (as the
// router's address on it, "192.168.1.1/24") and any host's own address. Every field is checked
// as the user types, against the same rules the scenarios use (ScenarioRegistry::check); a
// field that is wrong is marked and the reason shown, and the lesson keeps its last valid LAN.
class LanSetupPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LanSetupPanel)

public:
    explicit LanSetupPanel(QWidget *parent = nullptr);

    // The lesson whose rules apply (a LAN that arp-no-reply can use needs a free address), and
    // the parameters it was built from.
    void setLesson(const QString &id, const ScenarioParameters &parameters);
    const ScenarioParameters &parameters() const { return m_parameters; }
    QString errorText() const;
    void retranslate();

Q_SIGNALS:
    // Only ever with parameters the lesson accepts.
    void parametersChanged(const ScenarioParameters &parameters);

private:
    void edited();
    void showHost();
    void markField(QWidget *field, bool bad);

    QString m_lessonId;
    ScenarioParameters m_parameters;
    QLabel *m_hostsLabel;
    QSpinBox *m_hosts;
    QLabel *m_networkLabels[2];
    QLineEdit *m_networks[2];
    QLabel *m_hostLabel;
    QComboBox *m_hostChoice;
    QLineEdit *m_hostAddress;
    QLabel *m_error;
    bool m_filling = false;
    bool m_twoLans = false;
};

} // namespace NetSteps
