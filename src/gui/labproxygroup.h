#pragma once

#include <QGroupBox>

class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace NetSteps {

class LabSession;

// The socket lab's proxy, to watch the student's own programs: NetSteps listens on a port of
// 127.0.0.1 and passes each connection on to a target (the student's own server, or NetSteps'),
// and both legs show in the connections table and on the diagrams. The student points their
// client at the proxy's port. Object names: "proxyPort", "proxyHost", "proxyTargetPort",
// "startProxy", "proxyStatus", "proxyPython", "proxyMessage".
class LabProxyGroup final : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LabProxyGroup)

public:
    explicit LabProxyGroup(QWidget *parent = nullptr);

    void setSession(LabSession *session);
    // Proposes the server NetSteps runs as the target, until the user types one.
    void proposeTarget(quint16 port);
    QString message() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void startOrStop();
    void update();
    void showMessage(const QString &text, bool error);

    LabSession *m_session = nullptr;
    QLabel *m_portLabel;
    QSpinBox *m_port;
    QLabel *m_hostLabel;
    QLineEdit *m_host;
    QLabel *m_targetPortLabel;
    QSpinBox *m_targetPort;
    QPushButton *m_start;
    QLabel *m_status;
    QLineEdit *m_python;
    QLabel *m_message;
    bool m_targetEdited = false;
};

} // namespace NetSteps
