#include "seriesreducer.h"

#include <QFuture>
#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

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
    QPointer<SeriesReducer> self(this);
    QtConcurrent::run([series = m_series, t0, t1, columns] {
        return reduce(series, t0, t1, columns);
    }).then(this, [self, generation](const QList<QList<QPointF>> &points) {
        if (!self)
            return;
        --self->m_pending;
        if (generation == self->m_generation)
            emit self->reduced(points);
    });
}

} // namespace sre
