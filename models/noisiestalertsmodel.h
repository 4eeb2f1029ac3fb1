#pragma once

#include "alerthistory.h"
#include "itemdatarole.h"

#include <QAbstractTableModel>
#include <QTimeZone>

namespace sre {

// The Noisiest alerts table of an on-call review: one row per alert name and label set of an
// AlertHistory (alerthistory.h says how each figure is computed). DisplayRole is text; SortRole
// is the raw number (seconds, counts, Unix seconds), so a QSortFilterProxyModel with
// setSortRole(SortRole) sorts by pages per week or night-time pages as numbers. The history
// arrives as a value (computed off the GUI thread); setHistory() replaces it with a model reset.
class NoisiestAlertsModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        Alert,
        Labels,
        Severity,
        Firings,
        PagesPerWeek,
        NightPages,
        TotalFiring,
        MedianDuration,
        FlapScore,
        LastFired,
        ColumnCount
    };
    enum Role {
        FiringsRole
        = ServiceRole + 300, // QVariantList of QVariantMap {start, end, ongoing} (Unix seconds): the timeline
        StartsByHourRole, // QVariantList of 24 ints, local hours of the history's time zone
        SecondsByHourRole, // QVariantList of 24 qint64
        LabelsRole, // QVariantMap of the row's labels (alertname not included)
    };

    explicit NoisiestAlertsModel(QObject *parent = nullptr);

    void setHistory(alerting::AlertHistory history);
    const alerting::AlertHistory &history() const { return m_history; }
    const alerting::AlertHistoryRow *rowAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const alerting::AlertHistoryRow &row, int column) const;
    QVariant sortValue(const alerting::AlertHistoryRow &row, int column) const;

    alerting::AlertHistory m_history;
    QTimeZone m_zone = QTimeZone::utc();
};

} // namespace sre
