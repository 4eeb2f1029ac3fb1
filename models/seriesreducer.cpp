#include "seriesreducer.h"

#include <QFuture>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>
#include <cmath>

namespace sre {

SeriesReducer::SeriesReducer(QObject *parent)
    : QObject(parent)
{ }

void SeriesReducer::setSeries(SeriesList series)
{
    m_series = std::move(series);
}

QList<QList<QPointF>> SeriesReducer::reduce(const SeriesList &series, double t0, double t1, int columns)
{
    QList<QList<QPointF>> out;
    out.reserve(qsizetype(series.size()));
    // One column either side, so the line runs on to the plot's edges when zoomed in.
    const double width = (t1 - t0) / std::max(1, columns);
    for (const auto &s : series) {
        QList<QPointF> points = s ? series::decimateM4(*s, t0 - width, t1 + width, columns + 2) : QList<QPointF>();
        if (s && !s->empty()) {
            // The nearest samples beyond both edges, so that a segment crossing an edge is drawn
            // (a two-point line, zoomed into its middle, would otherwise vanish).
            const auto before = std::lower_bound(s->t.begin(), s->t.end(), t0 - width);
            if (before != s->t.begin()) {
                const auto i = std::size_t(std::distance(s->t.begin(), before) - 1);
                if (!std::isnan(s->v[i]))
                    points.prepend(QPointF(s->t[i], s->v[i]));
            }
            const auto after = std::upper_bound(s->t.begin(), s->t.end(), t1 + width);
            if (after != s->t.end()) {
                const auto i = std::size_t(std::distance(s->t.begin(), after));
                if (!std::isnan(s->v[i]))
                    points.append(QPointF(s->t[i], s->v[i]));
            }
        }
        for (QPointF &p : points)
            p.setX(p.x() * 1000.0);
        out << std::move(points);
    }
    return out;
}

void SeriesReducer::request(double t0, double t1, int columns)
{
    const quint64 generation = ++m_generation;
    ++m_pending;
    // A watcher rather than QFuture::then(context): with Qt 6.4 such a continuation was now and
    // then never run here (tst_timechart caught it), leaving the chart without data.
    auto *watcher = new QFutureWatcher<QList<QList<QPointF>>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        --m_pending;
        if (generation == m_generation)
            emit reduced(watcher->result());
    });
    watcher->setFuture(
        QtConcurrent::run([series = m_series, t0, t1, columns] { return reduce(series, t0, t1, columns); }));
}

} // namespace sre
