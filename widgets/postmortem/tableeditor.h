#pragma once

#include "markdowntable.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QWidget>

class QLabel;
class QTableView;
class QToolButton;

namespace sre {

// The rows of a timeline or action-items table as the editor shows them. Edits are reported as
// requests; the editor applies them to the document and the model follows the document.
class TableRowsModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    using QAbstractTableModel::QAbstractTableModel;

    // Keeps the model's rows when they did not change, so an edit in progress is not reset.
    void setTable(const QStringList &headers, const QList<QStringList> &rows);
    void setToday(const QDate &today) { m_today = today; }
    QStringList headers() const { return m_headers; }
    QList<QStringList> rows() const { return m_rows; }
    bool isOverdue(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;

signals:
    void cellEdited(int row, int column, const QString &text);

private:
    QStringList m_headers;
    QList<pm::Column> m_kinds;
    QList<QStringList> m_rows;
    QDate m_today = QDate::currentDate();
};

// A table with the buttons to add, delete and order rows, and (for the timeline) paste lines
// of text or a chat export as rows.
class TableEditor final : public QWidget
{
    Q_OBJECT
public:
    enum class Kind { Timeline, ActionItems };
    TableEditor(Kind kind, QWidget *parent = nullptr);

    TableRowsModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    void setTable(const QStringList &headers, const QList<QStringList> &rows);
    // Selects the cell of a file-level finding (row of the table, column kind).
    void selectRow(int row, pm::Column column = pm::Column::Unknown);

signals:
    void cellEdited(int row, int column, const QString &text);
    void rowsAdded(int at, const QList<QStringList> &rows);
    void rowRemoved(int row);
    void sortRequested();

private:
    void addRow();
    void removeRow();
    void pasteLines();
    void updateSummary();

    Kind m_kind;
    TableRowsModel *m_model;
    QTableView *m_view;
    QLabel *m_summary;
};

} // namespace sre
