#pragma once

#include "framefield.h"

#include <QByteArray>
#include <QList>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QTableView;
class QTreeWidget;
class QTreeWidgetItem;

namespace NetSteps {

class EndpointTableModel;

// The right-hand panel: the selected frame layer by layer (each field with its value and what
// it means) over a hex dump that highlights the selected field's bytes, and the table of each
// endpoint's state as modelled and as the kernel reports it.
class InspectorWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InspectorWidget)

public:
    explicit InspectorWidget(QWidget *parent = nullptr);

    // Shows a frame's bytes; an empty title and bytes clear the panel.
    void showFrame(const QString &title, const QByteArray &bytes);
    void clearFrame();
    EndpointTableModel *endpointModel() const { return m_endpoints; }
    // The table of TCP endpoints belongs to the TCP lessons; the others hide it.
    void setEndpointsVisible(bool visible);

    QString title() const;
    QList<FrameField> fields() const { return m_fields; }
    QString hexDump() const;
    void selectField(int index);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void onFieldSelected();

    QLabel *m_title;
    QTreeWidget *m_tree;
    QLabel *m_meaning;
    QPlainTextEdit *m_hex;
    QWidget *m_states;
    QLabel *m_statesTitle;
    QTableView *m_table;
    EndpointTableModel *m_endpoints;
    QByteArray m_bytes;
    QList<FrameField> m_fields;
};

} // namespace NetSteps
