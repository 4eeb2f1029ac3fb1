#pragma once

#include <QAbstractItemModel>
#include <QPersistentModelIndex>

namespace sre {

class SloOverviewModel;

// The SLO overview grouped by service: a top-level row per service (its worst status, least budget
// and highest burn, so a collapsed service still says how it is doing) with its SLOs beneath, and
// beneath an SLO with groupBy its groups (worst first).
// A view over SloOverviewModel: the numbers stay there; this model only arranges them.
class SloServiceTreeModel final : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { Name, Objective, Window, Sli, BudgetRemaining, Burn1h, Burn6h, Status, Trend, ColumnCount };

    explicit SloServiceTreeModel(SloOverviewModel &source, QObject *parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    bool isService(const QModelIndex &index) const;
    bool isGroup(const QModelIndex &index) const;
    QModelIndex mapToSource(const QModelIndex &index) const; // invalid for a service row
    QModelIndex indexOfSlo(const QString &id) const;

private:
    void rebuild();
    void sourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight);
    static int sourceColumn(int column);
    QVariant serviceData(int service, int column, int role) const;

    SloOverviewModel &m_source;
    QStringList m_services; // sorted by name
    QList<QList<int>> m_rows; // source rows per service
    QList<int> m_serviceOfRow; // source row -> service
    QList<int> m_positionOfRow; // source row -> row under its service
    QList<int> m_groupCount; // source row -> its groups (rows beneath it)
};

} // namespace sre
