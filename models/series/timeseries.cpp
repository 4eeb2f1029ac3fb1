#include "timeseries.h"

#include <cmath>

namespace sre::series {

QList<QPointF> decimateM4(const TimeSeries &series, double t0, double t1, int columns)
{
    QList<QPointF> out;
    if (series.empty() || columns <= 0 || !(t1 > t0))
        return out;
    out.reserve(columns * 4);
    const double width = (t1 - t0) / columns;

    struct Column
    {
        qsizetype first = -1, min = -1, max = -1, last = -1;
    } col;
    int current = -1;

    auto flush = [&] {
        if (col.first < 0)
            return;
        // Emit the four indices in time order without duplicates.
        qsizetype idx[4] = { col.first, col.min, col.max, col.last };
        std::sort(std::begin(idx), std::end(idx));
        qsizetype previous = -1;
        for (qsizetype i : idx) {
            if (i != previous)
                out.append(QPointF(series.t[i], series.v[i]));
            previous = i;
        }
        col = {};
    };

    for (std::size_t i = 0; i < series.size(); ++i) {
        const double time = series.t[i];
        const double value = series.v[i];
        if (time < t0 || time > t1 || std::isnan(value))
            continue;
        const int c = std::min(columns - 1, static_cast<int>((time - t0) / width));
        if (c != current) {
            flush();
            current = c;
        }
        const auto index = static_cast<qsizetype>(i);
        if (col.first < 0) {
            col.first = col.min = col.max = index;
        } else {
            if (value < series.v[col.min])
                col.min = index;
            if (value > series.v[col.max])
                col.max = index;
        }
        col.last = index;
    }
    flush();
    return out;
}

} // namespace sre::series
