#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTableView;
class QToolButton;

namespace NetSteps {

class LabCallLogModel;
class LabConnectionsModel;
class LabProxyGroup;
class LabSession;

// The socket lab's controls, under the stage of the lesson socket-lab: NetSteps' server (the
// course's hello, upper or echo server over TCP or UDP, on 127.0.0.1 unless the user lets other
// computers connect), NetSteps' client (connect, send, sendall, close), the connections the
// lab has seen and the log of every socket call, each with its line of Python. It drives a
// LabSession it does not own; errors show in the panel, never in a dialog box.
//
// Selecting a TCP connection in the table asks the window to follow it on the stage
// (connectionSelected). The child widgets carry object names ("serverTransport", "serverMode",
// "serverPort", "otherComputers", "bindAddress", "startServer", "serverStatus", "pythonLine",
// "serverMessage", "clientTransport", "clientHost", "clientPort", "connectUdp", "connectClient",
// "closeClient", "clientText", "send", "sendAll", "clientMessage", "connectionsTable",
// "callLogTable", "callDetail"; the proxy's in LabProxyGroup) for tests and tools.
class SocketLabPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SocketLabPanel)

public:
    explicit SocketLabPanel(QWidget *parent = nullptr);
    ~SocketLabPanel() override;

    // The session the controls drive, or nullptr (the controls are then disabled).
    void setSession(LabSession *session);
    LabSession *session() const { return m_session; }

    LabConnectionsModel *connectionsModel() const { return m_connectionsModel; }
    LabCallLogModel *callLogModel() const { return m_callLogModel; }
    LabProxyGroup *proxyGroup() const { return m_proxyGroup; }
    QTableView *connectionsView() const { return m_connectionsView; }
    QTableView *callLogView() const { return m_callLogView; }

    // The connection selected in the table, or 0.
    int selectedConnection() const;
    void selectConnection(int id);

    // The server's and the client's groups, or only the tables (presenter mode hides the groups).
    void setControlsShown(bool shown);
    bool controlsShown() const;
    // The height that shows every control and a few rows of the tables.
    int preferredHeight() const;

    QString serverMessage() const;
    QString clientMessage() const;

Q_SIGNALS:
    // The user selected a connection in the table (0: none).
    void connectionSelected(int id);

protected:
    void changeEvent(QEvent *event) override;

private:
    QGroupBox *createServerGroup();
    QGroupBox *createClientGroup();
    QWidget *createTables();
    void retranslate();
    void sizeColumns();
    void fillBindAddresses();
    void startOrStopServer();
    void connectClient();
    void send(bool all);
    void updateServer();
    void updateClient();
    void updateOtherComputers();
    // Whether the client's host and port are valid; marks the host field and says why not.
    bool validateClient();
    void showServerMessage(const QString &text, bool error);
    void showClientMessage(const QString &text, bool error);
    void showCallDetail();
    void followNewestCall();
    void updateTabTitles();

    LabSession *m_session = nullptr;
    LabConnectionsModel *m_connectionsModel;
    LabCallLogModel *m_callLogModel;

    QWidget *m_controls = nullptr; // the server's and the client's groups
    QToolButton *m_controlsToggle = nullptr;
    QGroupBox *m_serverGroup = nullptr;
    QLabel *m_serverTransportLabel = nullptr;
    QComboBox *m_serverTransport = nullptr;
    QLabel *m_modeLabel = nullptr;
    QComboBox *m_mode = nullptr;
    QLabel *m_serverPortLabel = nullptr;
    QSpinBox *m_serverPort = nullptr;
    QCheckBox *m_otherComputers = nullptr;
    QLabel *m_bindLabel = nullptr;
    QComboBox *m_bindAddress = nullptr;
    QLabel *m_bindWarning = nullptr;
    QPushButton *m_startServer = nullptr;
    QLabel *m_serverStatus = nullptr;
    QLineEdit *m_pythonLine = nullptr;
    QPushButton *m_copyPython = nullptr;
    QLabel *m_serverMessage = nullptr;

    QTabWidget *m_clientTabs = nullptr; // NetSteps' client, and the proxy (LabProxyGroup)
    LabProxyGroup *m_proxyGroup = nullptr;
    QGroupBox *m_clientGroup = nullptr;
    QLabel *m_clientTransportLabel = nullptr;
    QComboBox *m_clientTransport = nullptr;
    QLabel *m_hostLabel = nullptr;
    QLineEdit *m_host = nullptr;
    QLabel *m_clientPortLabel = nullptr;
    QSpinBox *m_clientPort = nullptr;
    QCheckBox *m_connectUdp = nullptr;
    QPushButton *m_connect = nullptr;
    QPushButton *m_close = nullptr;
    QLabel *m_textLabel = nullptr;
    QLineEdit *m_text = nullptr;
    QPushButton *m_send = nullptr;
    QPushButton *m_sendAll = nullptr;
    QLabel *m_clientMessage = nullptr;

    QTabWidget *m_tabs = nullptr;
    QTableView *m_connectionsView = nullptr;
    QTableView *m_callLogView = nullptr;
    QLabel *m_callDetail = nullptr;
    bool m_callLogAtBottom = true; // before rows arrive: whether the log follows the newest call
    bool m_hostEdited = false;     // the user typed a host: a server start no longer fills it
};

} // namespace NetSteps
