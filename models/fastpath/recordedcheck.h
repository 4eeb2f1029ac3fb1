#pragma once

#include "querybuilder.h"
#include "slospec.h"
#include "types.h"

#include <QFuture>
#include <QLoggingCategory>
#include <QRecursiveMutex>
#include <QString>
#include <chrono>
#include <memory>

// The engine's fast path (docs/slo-formats.md "Engine fast path"): where Prometheus already holds
// the series the generated recording rules write (models/rules: slo:bad_events:increase5m and
// slo:total_events:increase5m, one sample per 5m evaluation, none without traffic), the SLO engine
// reads them instead of running the SLO's own bucket queries (for a timeslice SLI, month-long
// subqueries).
//
// A recorded sample at T is the rule's expression, the engine's own bucket query, evaluated at T:
// the bucket (T - 5m, T]. Prometheus evaluates a rule group every 5m at an offset of its own (a hash
// of the group's name and file), so the samples lie on a 5m grid shifted by that offset, the
// phase, not on the engine's whole 5 minutes. Read on their own grid they are exactly the raw
// buckets of that grid; the engine therefore evaluates an SLO on the fast path on the recorded
// grid, raw queries included.
//
// Before the engine trusts them, checkRecorded() makes sure that the series exist under their
// names with the labels the rules give them (slo, service and the grouping labels, nothing more),
// that their samples are 5m apart on one grid, and that the newest few buckets agree with the raw
// bucket queries evaluated at the same instants. Any difference beyond rounding refuses the fast
// path, with the reason.
namespace sre::prom {
class PrometheusClient;
}

namespace sre::fastpath {

Q_DECLARE_LOGGING_CATEGORY(lcFastPath)

inline constexpr std::chrono::seconds kStep { 300 }; // the rules' interval and bucket
inline constexpr qint64 kStepMs = 300000;
// How far back the check looks for recorded samples, and how many of the newest buckets it compares.
inline constexpr std::chrono::seconds kCheckLookback { 3600 };
inline constexpr int kCompareBuckets = 6;
// Recorded and raw values differ by rounding only: both are the same expression evaluated at the
// same instant, so anything beyond this relative difference means another expression.
inline constexpr double kTolerance = 1e-9;

struct Check
{
    bool usable = false;
    qint64 phaseMs = 0; // the recorded samples are at k * 5m + phaseMs (Unix milliseconds)
    int compared = 0; // buckets compared (per group)
    QString reason; // why not usable; empty when usable
    bool transient = false; // Prometheus did not answer: check again at the next evaluation
};

// `{__name__=~"slo:(bad|total)_events:increase5m",service="…",slo="…"}`: both recorded series of
// the SLO (every group of it).
QString recordedSeriesSelector(const slo::SloSpec &spec);

// Range queries (step 5m, evaluated on the recorded grid) for the recorded bad and total events of
// each bucket: `sum(sum_over_time(<recorded>[1m]))`, or `sum by (<groupBy>)` for a grouped SLO.
// The range picks the one sample at the step's instant and nothing else: no lookback to an older
// sample when an interval without traffic recorded none (backfilled series have no staleness
// markers).
slo::EventQueries recordedBucketQueries(const slo::SloSpec &spec);

// `sum(count_over_time(<recorded total>[RANGE]))`: counts every recorded total sample
// in the `rangeMs` before the evaluation time, on or off the grid.
QString recordedSampleCountQuery(const slo::SloSpec &spec, qint64 rangeMs);

// The largest instant <= `atMs` on the grid of `phaseMs`.
qint64 gridDown(qint64 atMs, qint64 phaseMs);

// Whether the owner of a client (the SLO engine) still lives. Continuations that use the client or
// the owner hold `mutex` while they do and give up when `alive` is false; the owner clears it in
// its destructor, before the client goes away.
struct Life
{
    QRecursiveMutex mutex;
    bool alive = true;
};

// The check, evaluated at `at` (Unix seconds): the recorded samples of the hour before it, then the
// raw bucket queries at the newest kCompareBuckets of their instants. The future finishes on a
// pool or the client's thread.
QFuture<Check> checkRecorded(prom::PrometheusClient &client, std::shared_ptr<Life> life, const slo::SloSpec &spec,
                             qint64 at);

// The parts of the check that need no network, for tests: the recorded samples (the answer to an
// instant query of `recordedSeriesSelector(spec)[1h]`) give the grid and the instants to compare,
// or the reason they cannot be used.
struct SampleCheck
{
    std::optional<Check> refused; // set when the samples alone rule the fast path out
    qint64 phaseMs = 0;
    std::vector<qint64> comparedMs; // instants to compare, oldest first
};
SampleCheck checkSamples(const slo::SloSpec &spec, const prom::QueryResult &recorded);
// Compares recorded samples with the raw bucket queries' answers at `instants`.
Check compareBuckets(const slo::SloSpec &spec, const prom::QueryResult &recorded, const prom::QueryResult &rawBad,
                     const prom::QueryResult &rawTotal, const SampleCheck &samples);

} // namespace sre::fastpath
