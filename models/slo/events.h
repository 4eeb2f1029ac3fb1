#pragma once

#include <QtGlobal>
#include <chrono>
#include <optional>
#include <vector>

namespace sre::slo {

// Bad and total events counted in one bucket [start, start + step). Times are Unix seconds.
// A Prometheus range query of `sum(increase(x[STEP]))` with that step returns, at time T, the
// bucket that starts at T - STEP.
struct EventBucket
{
    qint64 start = 0;
    double bad = 0;
    double total = 0;
};

// Events over some span. good = total - bad. Zero traffic has no SLI: "no data", never 100 %.
struct EventCounts
{
    double bad = 0;
    double total = 0;

    double good() const { return total - bad; }
    std::optional<double> sli() const; // good / total
    std::optional<double> errorRatio() const; // bad / total
};

// Buckets of one SLO with prefix sums, so that the counts of any window are two look-ups. One
// fetch serves the whole dashboard: every window, burn rate and the burndown come from here.
class EventSeries final
{
public:
    EventSeries() = default;
    // Buckets may come in any order. Missing buckets (gaps) count as no events. A bucket with a NaN
    // count is a gap. Negative counts (a counter reset seen as a negative increase) and bad > total
    // (two series extrapolated separately) are clamped to 0 and to total; clampedBuckets() says how
    // many were.
    EventSeries(std::chrono::seconds step, std::vector<EventBucket> buckets);

    std::chrono::seconds step() const { return m_step; }
    const std::vector<EventBucket> &buckets() const { return m_buckets; }
    bool empty() const { return m_buckets.empty(); }
    int clampedBuckets() const { return m_clamped; }

    // Start of the first bucket and end of the last one; 0 when empty.
    qint64 firstStart() const;
    qint64 lastEnd() const;

    // Events of the buckets that lie entirely within [from, to].
    EventCounts counts(qint64 from, qint64 to) const;

    // Adds newer buckets (a refresh); a bucket with the start of an existing one replaces it.
    void merge(const std::vector<EventBucket> &buckets);
    // Forgets the buckets that start before `from`: a console left open for days adds one bucket
    // per step and needs only the last window's.
    void dropBefore(qint64 from);

private:
    void rebuild();

    std::chrono::seconds m_step { 60 };
    std::vector<EventBucket> m_buckets;
    std::vector<double> m_badPrefix; // m_badPrefix[i] = sum of bad in buckets [0, i)
    std::vector<double> m_totalPrefix; // likewise for total
    int m_clamped = 0;
};

// Buckets from raw cumulative counter samples taken at the same instants (as a client sees them
// without increase()). A counter that goes down was reset; as Prometheus does, the increase across
// a reset is the new value (the counter restarted from zero). Bucket i spans [times[i-1], times[i]).
EventSeries eventSeriesFromCounters(const std::vector<qint64> &times, const std::vector<double> &badCounter,
                                    const std::vector<double> &totalCounter);

} // namespace sre::slo
