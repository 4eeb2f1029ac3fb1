#pragma once

#include "itemdatarole.h"
#include "workspace.h"

#include <QAbstractTableModel>
#include <QTimeZone>
#include <functional>

namespace sre {

// Header and column plumbing shared by the table models over workspace stores.
class StoreTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    using QAbstractTableModel::QAbstractTableModel;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

protected:
    QStringList m_headers;
};

// A read-only table over one store. Rows follow the store: a store change resets the model.
template<typename T> class StoreModel : public StoreTableModel
{
public:
    using Cell = std::function<QVariant(const T &, int role)>;
    struct Column
    {
        QString header;
        Cell cell;
    };

    StoreModel(ws::Store<T> &store, std::vector<Column> columns, QObject *parent = nullptr)
        : StoreTableModel(parent)
        , m_store(store)
        , m_columns(std::move(columns))
    {
        for (const Column &c : m_columns)
            m_headers << c.header;
        connect(&m_store, &ws::StoreBase::changed, this, [this] {
            beginResetModel();
            endResetModel();
        });
    }

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : static_cast<int>(m_store.size());
    }
    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : static_cast<int>(m_columns.size());
    }
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
            return {};
        return m_columns[static_cast<std::size_t>(index.column())].cell(
            m_store.items()[static_cast<std::size_t>(index.row())], role);
    }
    const T &item(int row) const { return m_store.items().at(static_cast<std::size_t>(row)); }

private:
    ws::Store<T> &m_store;
    std::vector<Column> m_columns;
};

// Factories for the lists the pages show. Times are shown in the workspace time zone.
StoreModel<slo::SloSpec> *createSloListModel(ws::Workspace &workspace, QObject *parent);
StoreModel<pm::Postmortem> *createPostmortemListModel(ws::Workspace &workspace, QObject *parent);
StoreModel<rb::Runbook> *createRunbookListModel(ws::Workspace &workspace, QObject *parent);
StoreModel<alerting::AlertRule> *createAlertRuleListModel(ws::Workspace &workspace, QObject *parent);

// The workspace's problems list ("file:line: message"), refreshed on Workspace::problemsChanged.
class ProblemsModel final : public StoreTableModel
{
    Q_OBJECT
public:
    explicit ProblemsModel(ws::Workspace &workspace, QObject *parent = nullptr);
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;

private:
    ws::Workspace &m_workspace;
    Problems m_problems;
};

QString formatObjective(double fraction);
QString formatDurationShort(qint64 seconds);

} // namespace sre
