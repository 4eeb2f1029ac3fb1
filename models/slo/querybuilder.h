#pragma once

#include "slospec.h"

#include <QString>
#include <chrono>

namespace sre::slo {

// PromQL for the bucketed event counts of an SLO: run each as a range query with step = STEP and
// the value at time T is the bad (or total) events of the bucket (T - STEP, T]. Every SLI kind
// reduces to these two; the SLO engine sums buckets for every window (events.h).
//   EventRatio  the SLO's queries with {{window}} = STEP and rate() -> increase()
//               (increase(x[w]) is exactly rate(x[w]) * w); bad = total - good for good queries.
//   Latency     good = sum(increase(<hist>_bucket{...,le="T"}[STEP])), total = _count; bad = total - good.
//               Native histograms: histogram_count / histogram_fraction(0, T, ...).
//   Timeslice   each SLICE of the step is one event, evaluated by a subquery:
//               bad = sum(sum_over_time((<query> <inverse op> bool T)[STEP:SLICE])),
//               total = sum(count_over_time((<query> >= -Inf)[STEP:SLICE])); a slice where the
//               query is NaN (no traffic for a quantile) is neither good nor bad.
struct EventQueries
{
    QString bad;
    QString total;
};
EventQueries bucketQueries(const SloSpec &spec, std::chrono::seconds step);

// The SLI (good / total, 0..1) over the `window` ending at the query's evaluation time, for
// Prometheus to evaluate itself: the independent computation the bucket sums must agree with.
QString sliQuery(const SloSpec &spec, std::chrono::seconds window);
// 1 - SLI over `window`; divided by (1 - objective) it is the burn rate.
QString errorRatioQuery(const SloSpec &spec, std::chrono::seconds window);

// "<", "<=", ">", ">=" and the comparison that is true exactly when `op` is false (for non-NaN).
QString opSymbol(TimesliceSli::Op op);
QString inverseOpSymbol(TimesliceSli::Op op);

} // namespace sre::slo
