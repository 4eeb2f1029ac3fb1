#pragma once

#include <QList>
#include <QPointF>
#include <QString>
#include <vector>

namespace sre::series {

// A series as charts and the math consume it: parallel arrays, timestamps in Unix seconds,
// NaN for "no value".
struct TimeSeries
{
    std::vector<double> t;
    std::vector<double> v;

    std::size_t size() const { return t.size(); }
    bool empty() const { return t.empty(); }
    void append(double time, double value)
    {
        t.push_back(time);
        v.push_back(value);
    }
};

// M4 reduction: for each of `columns` equal-width columns over [t0, t1], keep the first, minimum,
// maximum and last point, in time order. A line drawn through the result is pixel-identical to
// one drawn through the input at that width. NaN values are skipped.
QList<QPointF> decimateM4(const TimeSeries &series, double t0, double t1, int columns);

} // namespace sre::series
