#pragma once

#include "types.h"

#include <QDateTime>
#include <chrono>
#include <vector>

namespace sre::prom {

// Prometheus rejects a range query when (end - start) / step exceeds 11,000. Requests stay at or
// below this many points per series.
inline constexpr qint64 kMaxPointsPerRequest = 11000;

// How many evaluation times Prometheus uses for [start, end] at `step`: start, start + step, ...
// up to end. 0 for an empty or reversed range or a non-positive step.
qint64 pointCount(const QDateTime &start, const QDateTime &end, std::chrono::milliseconds step);

// The smallest step from the ladder 1s 2s 5s 10s 15s 30s 1m 2m 5m 10m 15m 30m 1h 2h 3h 6h 12h 1d
// that keeps [start, end] within `maxPoints` points (whole days beyond that). Use it to match a
// chart's width (maxPoints = pixels) or to stay under Prometheus' limit.
std::chrono::seconds chooseStep(const QDateTime &start, const QDateTime &end, qint64 maxPoints = kMaxPointsPerRequest);

struct TimeRange
{
    QDateTime start;
    QDateTime end;

    friend bool operator==(const TimeRange &, const TimeRange &) = default;
};

// Splits [start, end] into consecutive ranges of at most `maxPoints` points each. All parts stay on
// the grid start + k * step and no evaluation time appears in two parts, so concatenating their
// results gives exactly what one unlimited query would. A range that needs no split, a
// non-positive step or a reversed range comes back unchanged (Prometheus then judges it).
std::vector<TimeRange> splitRange(const QDateTime &start, const QDateTime &end, std::chrono::seconds step,
                                  qint64 maxPoints = kMaxPointsPerRequest);

// Joins the results of consecutive parts of one range query: series are matched by their label
// set (kept in first-seen order) and their samples concatenated; a timestamp that is not after the
// previous one is dropped, so a boundary point is never duplicated. Warnings are merged. The
// error of the first part that failed, if any, becomes the result's error.
QueryResult stitchRangeResults(std::vector<QueryResult> parts);

} // namespace sre::prom
