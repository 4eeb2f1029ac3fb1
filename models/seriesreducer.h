#pragma once

#include "timeseries.h"

#include <QList>
#include <QObject>
#include <QPointF>
#include <memory>

namespace sre {

// Reduces a chart's series to its pixel width (M4: first/min/max/last per pixel column) on the
// thread pool, so a chart of 43,200 points draws about as fast as one of 1,000. One reduction in
// flight per chart view; a newer request wins and older results are dropped (generation id).
// Results arrive on the owner's thread as x in ms since the epoch, ready for QXYSeries::replace().
class SeriesReducer final : public QObject
{
    Q_OBJECT
public:
    using SeriesList = std::vector<std::shared_ptr<const series::TimeSeries>>;

    explicit SeriesReducer(QObject *parent = nullptr);

    void setSeries(SeriesList series);
    // Reduces every series to [t0, t1] (Unix seconds) at `columns` columns; emits reduced() later.
    void request(double t0, double t1, int columns);
    bool isBusy() const { return m_pending > 0; }

    // Synchronous, for tests: the same reduction the pool runs.
    static QList<QList<QPointF>> reduce(const SeriesList &series, double t0, double t1, int columns);

signals:
    void reduced(const QList<QList<QPointF>> &points);

private:
    SeriesList m_series;
    quint64 m_generation = 0;
    int m_pending = 0;
};

} // namespace sre
