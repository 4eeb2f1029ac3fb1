#pragma once

#include "events.h"
#include "report.h"
#include "slospec.h"
#include "types.h"

#include <QFuture>
#include <QMutex>
#include <QObject>
#include <map>
#include <memory>

namespace sre {
namespace prom {
class PrometheusClient;
}

// One group of an SLO with groupBy (the values of its labels), evaluated on its own.
struct SloGroupEvaluation
{
    QMap<QString, QString> labels;
    slo::SloReport report; // report.group == labels
    slo::EventSeries series;
};

// One SLO evaluated at one instant: the report, the buckets behind it (for charts), and the
// error when Prometheus could not answer. An SLO with groupBy also has its groups, worst first
// (least budget left; no data last); `report` and `series` are then all groups together.
struct SloEvaluation
{
    slo::SloSpec spec;
    slo::SloReport report;
    slo::EventSeries series;
    std::vector<SloGroupEvaluation> groups;
    std::optional<prom::Error> error;
    QStringList warnings;

    bool ok() const { return !error.has_value(); }
    int groupsOutOfBudget() const; // groups whose remaining budget is <= 0
};

// Fetches the bucketed bad/total event counts of SLOs from Prometheus (one range query each, step
// kStep, over [window start - longest burn window, at]) and computes every number from prefix
// sums (DESIGN.md "SLO math"). Buckets are kept per SLO, so a later refresh asks only for the
// buckets after the last one it has. Thread-safe; futures finish on a pool thread.
class SloEngine final
{
public:
    static constexpr std::chrono::seconds kStep { 300 };
    static constexpr std::chrono::seconds kLongestBurnWindow { 3 * 24 * 3600 };

    explicit SloEngine(prom::PrometheusClient &client);

    // Charts of a rolling window show the value over the window preceding each point, so they need
    // one more window of buckets before the window start. Off by default (srectl needs only the
    // numbers); the SLO page turns it on.
    void setRollingHistory(bool on);
    // The first instant whose buckets an evaluation of `spec` at `at` needs.
    qint64 fetchStart(const slo::SloSpec &spec, qint64 at) const;

    // How much older than needed the bucket cache may get before it is trimmed: going back a little
    // in time needs no refetch, and a console open for days does not grow without bound.
    static constexpr std::chrono::seconds kCacheSlack { 24 * 3600 };

    QFuture<SloEvaluation> evaluate(const slo::SloSpec &spec, qint64 at);
    QFuture<QList<SloEvaluation>> evaluateAll(const std::vector<slo::SloSpec> &specs, qint64 at);

    // How many range queries the last evaluate() calls sent (two per SLO on a cold cache).
    int queriesSent() const;
    void clearCache();

private:
    struct CachedData
    {
        slo::EventSeries series;
        std::map<QString, SloGroupEvaluation> groups; // by groupKey(); report unused
    };
    struct Cached
    {
        QString queryKey;
        // The range asked for, [fetchedFrom, to]: a service younger than the window has no buckets
        // at its start, and that is known, not missing.
        qint64 fetchedFrom = 0;
        qint64 to = 0;
        std::shared_ptr<const CachedData> data; // never null
    };

    prom::PrometheusClient &m_client;
    mutable QMutex m_mutex;
    std::map<QString, Cached> m_cache; // by SLO id
    int m_queries = 0;
    bool m_rollingHistory = false;
};

// The bucket at each step timestamp T of a `sum(increase(x[STEP]))` range query is (T - STEP, T].
// Bad with no series at all (nothing ever failed) counts as zero where total has data.
std::vector<slo::EventBucket> bucketsFromRange(const prom::QueryResult &bad, const prom::QueryResult &total,
                                               std::chrono::seconds step);

// The same per group of `by` labels (a `sum by (by)` range query answers one series per group):
// buckets by group key, with the group's label values. A group's bad events match its total by
// those labels.
struct GroupBuckets
{
    QMap<QString, QString> labels;
    std::vector<slo::EventBucket> buckets;
};
std::map<QString, GroupBuckets> groupedBucketsFromRange(const prom::QueryResult &bad, const prom::QueryResult &total,
                                                        std::chrono::seconds step, const QStringList &by);

} // namespace sre
