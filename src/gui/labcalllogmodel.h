#pragma once

#include <QAbstractTableModel>

namespace NetSteps {

class LabSession;
struct LabCall;

// The socket lab's call log as a table: each socket call NetSteps' server and client made, in
// the students' vocabulary (accept(), recv(1024), send(b'Hello, Rose!')), with its result and
// the line of Python that makes the same call. A failed call is drawn in the error colour, and
// its tooltip names the error (Python's exception, the Linux and Windows codes) and what causes
// it. The log is as bounded as the session's: calls the session drops from its front leave the
// table's front, and each new call is one inserted row.
class LabCallLogModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LabCallLogModel)

public:
    enum Column { Time, Connection, Who, Call, Result, Python, ColumnCount };

    explicit LabCallLogModel(QObject *parent = nullptr);

    // The session whose calls are shown, or nullptr for none; the model does not own it.
    void setSession(const LabSession *session);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The call shown at a row, or nullptr.
    const LabCall *call(int row) const;
    // A failed call's error, its codes and its cause, one per line; empty for a call that succeeded.
    static QString errorDetail(const LabCall &call);
    void retranslate();

private:
    void callLogged();

    const LabSession *m_session = nullptr;
    qint64 m_first = 0; // how many calls the session had logged before the first row
    int m_count = 0;
};

} // namespace NetSteps
