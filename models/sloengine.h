#pragma once

#include "events.h"
#include "recordedcheck.h"
#include "report.h"
#include "sharedresult.h"
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
    // The fast path (recordedcheck.h): the buckets from `recordedFrom` on came from the series of
    // the generated recording rules, on their grid (so `report.evaluatedAt` is a point of that
    // grid); those before it, if any, from the SLO's own queries on the same grid. When the engine
    // checked the recorded series and refused them, `fastPathNote` says why.
    bool fromRecorded = false;
    std::optional<qint64> recordedFrom;
    QString fastPathNote;

    bool ok() const { return !error.has_value(); }
    int groupsOutOfBudget() const; // groups whose remaining budget is <= 0
};

// Fetches the bucketed bad/total event counts of SLOs from Prometheus (one range query each, step
// kStep, over [window start - longest burn window, at]) and computes every number from prefix
// sums (DESIGN.md "SLO math"). Buckets are kept per SLO, so a later refresh asks only for the
// buckets after the last one it has. Thread-safe; futures finish on a pool thread.
//
// Thread-safe; of overlapping evaluate() calls for one SLO the latest wins: the older ones end as
// Stale ("replaced by a newer evaluation"), as the client's per-view-key requests do.
//
// Fast path (docs/slo-formats.md "Engine fast path"): once per SLO, and again after kRecheck or
// for an instant more than kRecheck from the one checked, the engine checks whether Prometheus holds the series of the
// generated recording rules and whether they agree with the SLO's own queries (fastpath::checkRecorded). If they do, it
// reads the buckets from them, on the grid Prometheus evaluated them on, and runs the SLO's own queries on the same
// grid only where no recorded sample exists yet: before the first one (the rules were deployed later) and after the
// newest one (not evaluated yet). An interval without traffic has no recorded sample and counts as no events, as on the
// raw path.
class SloEngine final
{
public:
    static constexpr std::chrono::seconds kStep { 300 };
    static constexpr std::chrono::seconds kLongestBurnWindow { 3 * 24 * 3600 };

    explicit SloEngine(prom::PrometheusClient &client);
    // Evaluations still under way finish with a Cancelled error and send no more requests; destroy
    // the engine before its client.
    ~SloEngine();
    SloEngine(const SloEngine &) = delete;
    SloEngine &operator=(const SloEngine &) = delete;

    // On: the fast path where the check passes (the default). Off: the SLO's own queries on the
    // engine's grid (whole 5 minutes). RawOnRecordedGrid: the check, and the SLO's own queries on
    // the recorded series' grid, never the recorded series (what the fast path must equal; tests
    // and bench_refresh).
    enum class FastPath { Off, On, RawOnRecordedGrid };
    void setFastPath(FastPath mode);
    static constexpr std::chrono::seconds kRecheck { 3600 };
    // Forgets the fast-path checks, so the next evaluation of each SLO checks again.
    void clearFastPathChecks();

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
    // The same, by kind: the SLO's own bucket queries, the recorded series (range queries and the
    // sample count), and the fast-path checks started.
    struct QueryCounts
    {
        int raw = 0;
        int recorded = 0;
        int checks = 0;
    };
    QueryCounts queryCounts() const;
    void clearCache();

private:
    struct CachedData
    {
        slo::EventSeries series;
        std::map<QString, SloGroupEvaluation> groups; // by groupKey(); report unused
        std::optional<qint64> recordedFrom; // the first bucket read from the recorded series
    };
    struct Cached
    {
        QString queryKey; // the queries and the grid
        // The range asked for, [fetchedFrom, to] in Unix milliseconds: a service younger than the
        // window has no buckets at its start, and that is known, not missing.
        qint64 fetchedFromMs = 0;
        qint64 toMs = 0;
        std::shared_ptr<const CachedData> data; // never null
    };
    // The grid an SLO is evaluated on (instants k * kStep + phaseMs), and whether the recorded
    // series are read.
    struct Grid
    {
        qint64 phaseMs = 0;
        bool recorded = false;
    };
    struct FastPathState
    {
        QString key; // the SLO's queries when checked
        // Shared by every evaluation of the SLO made while the check runs; never null.
        std::shared_ptr<SharedResult<fastpath::Check>> check;
        qint64 checkedAtMs = 0; // wall clock
        qint64 checkedFor = 0; // the evaluation instant checked (Unix seconds)
    };

    QFuture<fastpath::Check> fastPathCheck(const slo::SloSpec &spec, qint64 at);
    void refuseFastPath(const QString &id, qint64 at, const QString &reason);
    quint64 nextCall(const QString &id);
    quint64 latestCall(const QString &id) const;
    QFuture<SloEvaluation> evaluateOnGrid(const slo::SloSpec &spec, qint64 at, Grid grid, const QString &note);

    prom::PrometheusClient &m_client;
    // Continuations on pool threads hold its mutex while they use this engine or its client.
    std::shared_ptr<fastpath::Life> m_life = std::make_shared<fastpath::Life>();
    mutable QMutex m_mutex;
    std::map<QString, Cached> m_cache; // by SLO id
    std::map<QString, FastPathState> m_fastPath; // by SLO id
    std::map<QString, quint64> m_calls; // evaluate() calls by SLO id: the latest one wins
    // Held while a call takes its number and sends its queries; taken after m_life's mutex and
    // before m_mutex.
    QMutex m_submit;
    int m_queries = 0;
    QueryCounts m_counts;
    bool m_rollingHistory = false;
    FastPath m_fastPathMode = FastPath::On;
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
