#include "noisiestalertsmodel.h"

#include "duration.h"

#include <QDateTime>

namespace sre {

namespace {

QString labelsText(const QMap<QString, QString> &labels)
{
    QStringList parts;
    for (auto it = labels.cbegin(); it != labels.cend(); ++it)
        if (it.key() != u"severity")
            parts << it.key() + QLatin1Char('=') + it.value();
    return parts.join(QStringLiteral(", "));
}

QString seconds(qint64 s)
{
    return formatDuration(std::chrono::seconds(s));
}

} // namespace

NoisiestAlertsModel::NoisiestAlertsModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void NoisiestAlertsModel::setHistory(alerting::AlertHistory history)
{
    beginResetModel();
    m_history = std::move(history);
    const QTimeZone zone(m_history.timezone.toUtf8());
    m_zone = zone.isValid() ? zone : QTimeZone::utc();
    endResetModel();
}

const alerting::AlertHistoryRow *NoisiestAlertsModel::rowAt(int row) const
{
    return row >= 0 && size_t(row) < m_history.rows.size() ? &m_history.rows[size_t(row)] : nullptr;
}

int NoisiestAlertsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_history.rows.size());
}

int NoisiestAlertsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant NoisiestAlertsModel::display(const alerting::AlertHistoryRow &row, int column) const
{
    switch (Column(column)) {
    case Alert: return row.alertname;
    case Labels: return labelsText(row.labels);
    case Severity: return row.severity();
    case Firings: return row.firingCount();
    case PagesPerWeek: return QString::number(row.pagesPerWeek, 'f', 1);
    case NightPages: return row.nightPages;
    case TotalFiring: return seconds(row.totalSeconds);
    case MedianDuration: return seconds(row.medianSeconds);
    case FlapScore: return row.flapScore();
    case LastFired:
        return QDateTime::fromSecsSinceEpoch(row.lastFired(), m_zone).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    case ColumnCount: break;
    }
    return {};
}

QVariant NoisiestAlertsModel::sortValue(const alerting::AlertHistoryRow &row, int column) const
{
    switch (Column(column)) {
    case Alert: return row.alertname;
    case Labels: return labelsText(row.labels);
    case Severity: return row.severity();
    case Firings: return row.firingCount();
    case PagesPerWeek: return row.pagesPerWeek;
    case NightPages: return row.nightPages;
    case TotalFiring: return row.totalSeconds;
    case MedianDuration: return row.medianSeconds;
    case FlapScore: return row.flapScore();
    case LastFired: return row.lastFired();
    case ColumnCount: break;
    }
    return {};
}

QVariant NoisiestAlertsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const alerting::AlertHistoryRow &row = m_history.rows[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole: return display(row, index.column());
    case Qt::ToolTipRole: return index.column() == Labels ? row.seriesText() : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() >= Firings && index.column() <= FlapScore
            ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
            : QVariant();
    case SortRole: return sortValue(row, index.column());
    case IdRole: return row.alertname;
    case ServiceRole: return row.labels.value(QStringLiteral("service"));
    case LabelsRole: {
        QVariantMap labels;
        for (auto it = row.labels.cbegin(); it != row.labels.cend(); ++it)
            labels.insert(it.key(), it.value());
        return labels;
    }
    case FiringsRole: {
        QVariantList firings;
        for (const alerting::Firing &f : row.firings)
            firings << QVariantMap { { QStringLiteral("start"), f.start },
                                     { QStringLiteral("end"), f.end },
                                     { QStringLiteral("ongoing"), f.ongoing } };
        return firings;
    }
    case StartsByHourRole: {
        QVariantList hours;
        for (const int n : row.startsByHour)
            hours << n;
        return hours;
    }
    case SecondsByHourRole: {
        QVariantList hours;
        for (const qint64 n : row.secondsByHour)
            hours << n;
        return hours;
    }
    default: return {};
    }
}

QVariant NoisiestAlertsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Alert: return tr("Alert");
    case Labels: return tr("Labels");
    case Severity: return tr("Severity");
    case Firings: return tr("Firings");
    case PagesPerWeek: return tr("Pages / week");
    case NightPages: return tr("Night pages");
    case TotalFiring: return tr("Time firing");
    case MedianDuration: return tr("Median duration");
    case FlapScore: return tr("Flap score");
    case LastFired: return tr("Last fired");
    case ColumnCount: break;
    }
    return {};
}

} // namespace sre
