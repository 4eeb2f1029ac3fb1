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

// One SLO evaluated at one instant: the report, the buckets behind it (for charts), and the
// error when Prometheus could not answer.
struct SloEvaluation
{
    slo::SloSpec spec;
    slo::SloReport report;
    slo::EventSeries series;
    std::optional<prom::Error> error;
    QStringList warnings;

    bool ok() const { return !error.has_value(); }
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
    // How much older than needed the cached buckets of an SLO may get before they are dropped.
    static constexpr std::chrono::seconds kCacheSlack { 24 * 3600 };

    explicit SloEngine(prom::PrometheusClient &client);

    QFuture<SloEvaluation> evaluate(const slo::SloSpec &spec, qint64 at);
    QFuture<QList<SloEvaluation>> evaluateAll(const std::vector<slo::SloSpec> &specs, qint64 at);

    // How many range queries the last evaluate() calls sent (two per SLO on a cold cache).
    int queriesSent() const;
    void clearCache();

private:
    struct Cached
    {
        QString queryKey;
        std::shared_ptr<const slo::EventSeries> series; // never null
        // The range asked for, [from, to]: a service younger than the window has no buckets at
        // its start, and that is known, not missing.
        qint64 from = 0;
        qint64 to = 0;
    };

    prom::PrometheusClient &m_client;
    mutable QMutex m_mutex;
    std::map<QString, Cached> m_cache; // by SLO id
    int m_queries = 0;
};

// The bucket at each step timestamp T of a `sum(increase(x[STEP]))` range query is (T - STEP, T].
// Bad with no series at all (nothing ever failed) counts as zero where total has data.
std::vector<slo::EventBucket> bucketsFromRange(const prom::QueryResult &bad, const prom::QueryResult &total,
                                               std::chrono::seconds step);

} // namespace sre
