#pragma once

#include <QAbstractTableModel>
#include <QList>

namespace NetSteps {

class LabSession;
struct LabConnection;

// The socket lab's connections as a table: one row per LabConnection of the session, in the
// order they appeared, with NetSteps' role, both addresses, the model's and the kernel's state
// (TIME-WAIT with the kernel's countdown) and the bytes each way. The rows follow the session's
// signals one by one (an insert per connection, a dataChanged per change, a removal per
// connection the session lets go), so a class's hundreds of connections cost no full reset.
// Rows are kept by connection id, so a row always names the same connection.
class LabConnectionsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LabConnectionsModel)

public:
    enum Column { Number, Transport, Role, Local, Peer, ModelState, KernelState, BytesIn, BytesOut, ClosedBecause, ColumnCount };
    static constexpr int ConnectionIdRole = Qt::UserRole + 1;

    explicit LabConnectionsModel(QObject *parent = nullptr);

    // The session whose connections are shown, or nullptr for none; the model does not own it.
    void setSession(const LabSession *session);
    const LabSession *session() const { return m_session; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    int connectionId(int row) const { return row >= 0 && row < m_ids.size() ? m_ids.at(row) : 0; }
    int rowOf(int id) const; // -1 when the connection is not listed
    // The texts after a language change.
    void retranslate();

    // "TIME-WAIT (42 s)", "ESTABLISHED", or why the kernel cannot say.
    static QString kernelStateText(const LabConnection &connection);
    static QString roleText(const LabConnection &connection);

private:
    void connectionAdded(int id);
    void connectionChanged(int id);
    void connectionRemoved(int id);
    const LabConnection *connectionAt(int row) const;

    const LabSession *m_session = nullptr;
    QList<int> m_ids; // ascending, as the session numbers them
};

} // namespace NetSteps
