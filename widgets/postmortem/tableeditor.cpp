#include "tableeditor.h"

#include "tablerows.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QPalette>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace sre {

void TableRowsModel::setTable(const QStringList &headers, const QList<QStringList> &rows)
{
    if (headers == m_headers && rows.size() == m_rows.size()) {
        for (int r = 0; r < rows.size(); ++r)
            if (rows[r] != m_rows[r]) {
                m_rows[r] = rows[r];
                emit dataChanged(index(r, 0), index(r, columnCount() - 1));
            }
        return;
    }
    beginResetModel();
    m_headers = headers;
    m_rows = rows;
    m_kinds.clear();
    for (const QString &h : headers)
        m_kinds << pm::columnForHeader(h);
    endResetModel();
}

bool TableRowsModel::isOverdue(int row) const
{
    pm::ActionItem item;
    for (int c = 0; c < m_kinds.size(); ++c) {
        const QString cell = m_rows.value(row).value(c);
        switch (m_kinds[c]) {
        case pm::Column::Due: item.due = cell; break;
        case pm::Column::Status:
            item.status = cell;
            item.hasStatusColumn = true;
            break;
        default: break;
        }
    }
    return m_kinds.contains(pm::Column::Due) && item.isOverdue(m_today);
}

int TableRowsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TableRowsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_headers.size());
}

QVariant TableRowsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const QString cell = m_rows[index.row()].value(index.column());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole: return cell; // rows hold cell values, already unescaped by the table
    case Qt::BackgroundRole:
        // Overdue: a tint and a tooltip, so the state does not rest on colour alone.
        return isOverdue(index.row()) ? QVariant(QColor(255, 205, 210)) : QVariant();
    case Qt::ForegroundRole: return isOverdue(index.row()) ? QVariant(QColor(Qt::black)) : QVariant();
    case Qt::ToolTipRole:
        if (isOverdue(index.row()))
            return tr("Overdue: the due date has passed and the item is still open");
        return {};
    default: return {};
    }
}

QVariant TableRowsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return m_headers.value(section);
    if (orientation == Qt::Vertical && role == Qt::DisplayRole)
        return isOverdue(section) ? tr("%1 ⚠").arg(section + 1) : QString::number(section + 1);
    return {};
}

Qt::ItemFlags TableRowsModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return QAbstractTableModel::flags(index) | Qt::ItemIsEditable;
}

bool TableRowsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    // The typed text is Markdown cell text (`\|` is a pipe); the row keeps its value, as the table
    // reads it back, and the document gets the text.
    const QString text = pm::escapeCell(value.toString());
    const QString cellValue = pm::unescapeCell(text);
    if (m_rows[index.row()].value(index.column()) == cellValue)
        return false;
    while (m_rows[index.row()].size() <= index.column())
        m_rows[index.row()] << QString();
    m_rows[index.row()][index.column()] = cellValue;
    emit dataChanged(index, index);
    emit cellEdited(index.row(), index.column(), text);
    return true;
}

TableEditor::TableEditor(Kind kind, QWidget *parent)
    : QWidget(parent)
    , m_kind(kind)
    , m_model(new TableRowsModel(this))
    , m_view(new QTableView(this))
    , m_summary(new QLabel(this))
{
    m_view->setModel(m_model);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_view->setWordWrap(true);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                            | QAbstractItemView::AnyKeyPressed);

    auto *bar = new QHBoxLayout;
    const auto button = [this, bar](const QString &text, const QString &tip, auto slot) {
        auto *b = new QToolButton(this);
        b->setText(text);
        b->setToolTip(tip);
        bar->addWidget(b);
        connect(b, &QToolButton::clicked, this, slot);
        return b;
    };
    button(tr("Add row"), tr("Add a row below the selected one (Ctrl+Enter in the table)"), &TableEditor::addRow);
    button(tr("Delete row"), tr("Delete the selected row (Ctrl+Delete in the table)"), &TableEditor::removeRow);
    if (kind == Kind::Timeline) {
        button(tr("Sort by time"), tr("Order the rows by their time; rows without a time move with the row above"),
               &TableEditor::sortRequested);
        button(tr("Paste lines…"),
               tr("Paste lines such as \"14:32 alert fired\" or a chat export; each timed line becomes a row"),
               &TableEditor::pasteLines);
    }
    bar->addStretch(1);
    bar->addWidget(m_summary);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);

    connect(m_model, &TableRowsModel::cellEdited, this, &TableEditor::cellEdited);
    connect(m_model, &QAbstractItemModel::modelReset, this, &TableEditor::updateSummary);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &TableEditor::updateSummary);
    auto *addShortcut = new QAction(m_view);
    addShortcut->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    addShortcut->setShortcutContext(Qt::WidgetShortcut);
    connect(addShortcut, &QAction::triggered, this, &TableEditor::addRow);
    m_view->addAction(addShortcut);
    auto *removeShortcut = new QAction(m_view);
    removeShortcut->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Delete));
    removeShortcut->setShortcutContext(Qt::WidgetShortcut);
    connect(removeShortcut, &QAction::triggered, this, &TableEditor::removeRow);
    m_view->addAction(removeShortcut);
    // Pasting text into the timeline makes rows, as the button does.
    if (kind == Kind::Timeline) {
        auto *paste = new QAction(m_view);
        paste->setShortcut(QKeySequence::Paste);
        paste->setShortcutContext(Qt::WidgetShortcut);
        connect(paste, &QAction::triggered, this, [this] {
            const QList<QStringList> rows = pm::timelineRowsFromText(QApplication::clipboard()->text());
            if (!rows.isEmpty())
                emit rowsAdded(m_model->rowCount(), rows);
        });
        m_view->addAction(paste);
    }
}

void TableEditor::setTable(const QStringList &headers, const QList<QStringList> &rows)
{
    const bool reset = headers != m_model->headers();
    m_model->setTable(headers, rows);
    if (reset)
        m_view->resizeColumnsToContents();
    updateSummary();
}

void TableEditor::selectRow(int row, pm::Column column)
{
    int c = 0;
    for (int i = 0; i < m_model->columnCount(); ++i)
        if (pm::columnForHeader(m_model->headers()[i]) == column)
            c = i;
    m_view->setCurrentIndex(m_model->index(row, c));
    m_view->setFocus();
}

void TableEditor::addRow()
{
    const int at = m_view->currentIndex().isValid() ? m_view->currentIndex().row() + 1 : m_model->rowCount();
    emit rowsAdded(at, { QStringList() });
    m_view->setCurrentIndex(m_model->index(at, 0));
    m_view->edit(m_view->currentIndex());
}

void TableEditor::removeRow()
{
    if (m_view->currentIndex().isValid())
        emit rowRemoved(m_view->currentIndex().row());
}

void TableEditor::pasteLines()
{
    bool ok = false;
    const QString text = QInputDialog::getMultiLineText(
        this, tr("Paste timeline lines"),
        tr("One event per line, starting with its time (\"14:32 alert fired\", \"[14:32] alice: restarted the pods\", "
           "\"2025-01-15 14:32 — …\"). Lines without a time continue the event above."),
        QApplication::clipboard()->text(), &ok);
    if (!ok)
        return;
    const QList<QStringList> rows = pm::timelineRowsFromText(text);
    if (!rows.isEmpty())
        emit rowsAdded(m_model->rowCount(), rows);
}

void TableEditor::updateSummary()
{
    int overdue = 0;
    for (int r = 0; r < m_model->rowCount(); ++r)
        overdue += m_model->isOverdue(r) ? 1 : 0;
    QString text = tr("%n row(s)", nullptr, m_model->rowCount());
    if (overdue > 0)
        text += QStringLiteral(" · ") + tr("%n overdue", nullptr, overdue);
    m_summary->setText(text);
}

} // namespace sre
