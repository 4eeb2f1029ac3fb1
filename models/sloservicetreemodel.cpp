#include "sloservicetreemodel.h"

#include "itemdatarole.h"
#include "slooverviewmodel.h"

#include <QCoreApplication>
#include <limits>

namespace sre {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(sre::SloServiceTreeModel)
};

// Worst first when sorted descending: critical, warning, no data, ok.
int severity(const QString &status)
{
    if (status == u"critical")
        return 3;
    if (status == u"warning")
        return 2;
    if (status == u"no-data")
        return 1;
    return status.isEmpty() ? -1 : 0;
}

// internalId: 0 for a service row, service + 1 for an SLO row, kGroupBase + source row for a
// group row (its parent is that SLO).
constexpr quintptr kTopLevel = 0;
constexpr quintptr kGroupBase = quintptr(1) << 30;
} // namespace

SloServiceTreeModel::SloServiceTreeModel(SloOverviewModel &source, QObject *parent)
    : QAbstractItemModel(parent)
    , m_source(source)
{
    connect(&source, &QAbstractItemModel::modelReset, this, [this] {
        beginResetModel();
        rebuild();
        endResetModel();
    });
    connect(&source, &QAbstractItemModel::dataChanged, this, &SloServiceTreeModel::sourceDataChanged);
    rebuild();
}

void SloServiceTreeModel::rebuild()
{
    m_services.clear();
    m_rows.clear();
    const int n = m_source.rowCount();
    m_serviceOfRow = QList<int>(n, -1);
    m_positionOfRow = QList<int>(n, -1);
    m_groupCount = QList<int>(n, 0);
    for (int r = 0; r < n; ++r)
        m_groupCount[r] = m_source.groupCount(r);
    for (int r = 0; r < n; ++r) {
        const QString service = m_source.index(r, 0).data(ServiceRole).toString();
        if (!m_services.contains(service))
            m_services << service;
    }
    m_services.sort(Qt::CaseInsensitive);
    m_rows.resize(m_services.size());
    for (int r = 0; r < n; ++r) {
        const int s = int(m_services.indexOf(m_source.index(r, 0).data(ServiceRole).toString()));
        m_serviceOfRow[r] = s;
        m_positionOfRow[r] = int(m_rows[s].size());
        m_rows[s] << r;
    }
}

void SloServiceTreeModel::sourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight)
{
    // Groups came or went: the rows beneath an SLO change, so the tree is laid out again.
    for (int r = 0; r < m_groupCount.size(); ++r) {
        if (m_source.groupCount(r) != m_groupCount[r]) {
            beginResetModel();
            rebuild();
            endResetModel();
            return;
        }
    }
    for (int r = topLeft.row(); r <= bottomRight.row() && r < m_serviceOfRow.size(); ++r) {
        const QModelIndex parent = index(m_serviceOfRow[r], 0);
        const QModelIndex slo = index(m_positionOfRow[r], 0, parent);
        emit dataChanged(slo, index(m_positionOfRow[r], ColumnCount - 1, parent));
        if (m_groupCount[r] > 0)
            emit dataChanged(index(0, 0, slo), index(m_groupCount[r] - 1, ColumnCount - 1, slo));
    }
    // The services' aggregates follow their SLOs.
    if (!m_services.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_services.size()) - 1, ColumnCount - 1));
}

QModelIndex SloServiceTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, kTopLevel);
    if (parent.internalId() == kTopLevel)
        return createIndex(row, column, quintptr(parent.row() + 1));
    const int sourceRow = m_rows[int(parent.internalId() - 1)][parent.row()];
    return createIndex(row, column, kGroupBase + quintptr(sourceRow));
}

QModelIndex SloServiceTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kTopLevel)
        return {};
    if (child.internalId() >= kGroupBase) {
        const int sourceRow = int(child.internalId() - kGroupBase);
        return createIndex(m_positionOfRow[sourceRow], 0, quintptr(m_serviceOfRow[sourceRow] + 1));
    }
    return createIndex(int(child.internalId() - 1), 0, kTopLevel);
}

int SloServiceTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_services.size());
    if (parent.column() != 0)
        return 0;
    if (parent.internalId() == kTopLevel)
        return int(m_rows.value(parent.row()).size());
    if (parent.internalId() < kGroupBase)
        return m_groupCount.value(m_rows[int(parent.internalId() - 1)][parent.row()]);
    return 0;
}

int SloServiceTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

bool SloServiceTreeModel::isService(const QModelIndex &index) const
{
    return index.isValid() && index.model() == this && index.internalId() == kTopLevel;
}

bool SloServiceTreeModel::isGroup(const QModelIndex &index) const
{
    return index.isValid() && index.model() == this && index.internalId() >= kGroupBase;
}

int SloServiceTreeModel::sourceColumn(int column)
{
    return column == Name ? SloOverviewModel::Slo : column + 1;
}

QModelIndex SloServiceTreeModel::mapToSource(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.internalId() == kTopLevel || isGroup(index))
        return {};
    const int service = int(index.internalId() - 1);
    return m_source.index(m_rows[service][index.row()], sourceColumn(index.column()));
}

QModelIndex SloServiceTreeModel::indexOfSlo(const QString &id) const
{
    for (int r = 0; r < m_source.rowCount(); ++r)
        if (r < m_serviceOfRow.size() && m_source.index(r, 0).data(IdRole).toString() == id)
            return index(m_positionOfRow[r], 0, index(m_serviceOfRow[r], 0));
    return {};
}

QVariant SloServiceTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    if (section == Name)
        return Tr::tr("Service / SLO");
    return m_source.headerData(sourceColumn(section), orientation, role);
}

QVariant SloServiceTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == kTopLevel)
        return serviceData(index.row(), index.column(), role);
    if (isGroup(index))
        return m_source.groupData(int(index.internalId() - kGroupBase), index.row(), sourceColumn(index.column()),
                                  role);
    return mapToSource(index).data(role);
}

QVariant SloServiceTreeModel::serviceData(int service, int column, int role) const
{
    const QList<int> &rows = m_rows[service];
    switch (role) {
    case IdRole: return QString();
    case ServiceRole: return m_services[service];
    case SloOverviewModel::StaleRole: {
        bool stale = false;
        for (int r : rows)
            stale = stale || m_source.index(r, 0).data(role).toBool();
        return stale;
    }
    case StatusRole: {
        QString worst;
        for (int r : rows) {
            const QString s = m_source.index(r, 0).data(StatusRole).toString();
            if (severity(s) > severity(worst))
                worst = s;
        }
        return worst;
    }
    case SloOverviewModel::SparklineRole: { // the trend of its SLO with the least budget
        int least = -1;
        QVariant budget;
        for (int r : rows) {
            const QVariant v = m_source.index(r, 0).data(SloOverviewModel::BudgetFractionRole);
            if (v.isValid() && (!budget.isValid() || v.toDouble() < budget.toDouble()))
                budget = v, least = r;
        }
        return least < 0 ? QVariant() : m_source.index(least, 0).data(role);
    }
    case SloOverviewModel::BudgetFractionRole: {
        QVariant least;
        for (int r : rows) {
            const QVariant v = m_source.index(r, 0).data(role);
            if (v.isValid() && (!least.isValid() || v.toDouble() < least.toDouble()))
                least = v;
        }
        return least;
    }
    case Qt::TextAlignmentRole: return column == Name ? QVariant() : m_source.index(0, sourceColumn(column)).data(role);
    case Qt::DisplayRole:
    case SortRole: break;
    default: return {};
    }
    const bool sort = role == SortRole;
    switch (column) {
    case Name:
        return sort ? QVariant(m_services[service])
                    : QVariant(Tr::tr("%1 (%n SLO(s))", nullptr, int(rows.size())).arg(m_services[service]));
    case BudgetRemaining:
    case Sli: {
        // The service shows its weakest SLO: least budget, lowest SLI.
        QVariant best;
        QVariant text;
        for (int r : rows) {
            const QModelIndex i = m_source.index(r, sourceColumn(column));
            const QVariant v = i.data(SortRole);
            if (!best.isValid() || v.toDouble() < best.toDouble()) {
                best = v;
                text = i.data(Qt::DisplayRole);
            }
        }
        return sort ? best : text;
    }
    case Burn1h:
    case Burn6h: {
        QVariant worst;
        QVariant text;
        for (int r : rows) {
            const QModelIndex i = m_source.index(r, sourceColumn(column));
            const QVariant v = i.data(SortRole);
            if (!worst.isValid() || v.toDouble() > worst.toDouble()) {
                worst = v;
                text = i.data(Qt::DisplayRole);
            }
        }
        return sort ? worst : text;
    }
    case Status: {
        const QString worst = serviceData(service, column, StatusRole).toString();
        if (sort)
            return severity(worst);
        for (int r : rows)
            if (m_source.index(r, 0).data(StatusRole).toString() == worst)
                return m_source.index(r, SloOverviewModel::Status).data(Qt::DisplayRole);
        return QString();
    }
    default: return sort ? QVariant(QString()) : QVariant();
    }
}

} // namespace sre
