#include "sloengine.h"

#include "futurechain.h"
#include "prometheusclient.h"
#include "querybuilder.h"
#include "timegrid.h"
#include "window.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>
#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>

namespace sre {

using slo::alignDown;

int SloEvaluation::groupsOutOfBudget() const
{
    return int(std::count_if(groups.cbegin(), groups.cend(), [](const SloGroupEvaluation &g) {
        return g.report.errorBudgetRemaining && *g.report.errorBudgetRemaining <= 0;
    }));
}

namespace {
// The report of the SLO (all groups together) and of each group, worst first.
void computeReports(SloEvaluation &ev, const std::map<QString, SloGroupEvaluation> &groups, qint64 at)
{
    ev.report = slo::computeReport(ev.spec, ev.series, at);
    ev.groups.clear();
    for (const auto &entry : groups) {
        SloGroupEvaluation g = entry.second;
        g.report = slo::computeReport(ev.spec, g.series, at);
        g.report.group = g.labels;
        ev.groups.push_back(std::move(g));
    }
    const auto rank = [](const SloGroupEvaluation &g) {
        return g.report.errorBudgetRemaining.value_or(std::numeric_limits<double>::infinity());
    };
    std::stable_sort(ev.groups.begin(), ev.groups.end(),
                     [&](const SloGroupEvaluation &a, const SloGroupEvaluation &b) { return rank(a) < rank(b); });
}

// All groups together: the sum of their buckets.
slo::EventSeries sumOfGroups(const std::map<QString, SloGroupEvaluation> &groups, std::chrono::seconds step)
{
    std::map<qint64, slo::EventBucket> sum;
    for (const auto &entry : groups) {
        for (const slo::EventBucket &b : entry.second.series.buckets()) {
            slo::EventBucket &s = sum[b.start];
            s.start = b.start;
            s.bad += b.bad;
            s.total += b.total;
        }
    }
    std::vector<slo::EventBucket> buckets;
    buckets.reserve(sum.size());
    for (const auto &entry : sum)
        buckets.push_back(entry.second);
    return slo::EventSeries(step, std::move(buckets));
}
} // namespace

SloEngine::SloEngine(prom::PrometheusClient &client)
    : m_client(client)
{ }

SloEngine::~SloEngine()
{
    QMutexLocker lock(&m_life->mutex); // waits for a continuation using the engine
    m_life->alive = false;
}

namespace {
SloEvaluation cancelledEvaluation(const slo::SloSpec &spec, const QString &message,
                                  prom::Error::Kind kind = prom::Error::Kind::Cancelled)
{
    SloEvaluation ev;
    ev.spec = spec;
    prom::Error e;
    e.kind = kind;
    e.message = message;
    ev.error = e;
    return ev;
}

SloEvaluation closedEvaluation(const slo::SloSpec &spec)
{
    return cancelledEvaluation(spec, QStringLiteral("the SLO engine was closed"));
}

// Like the client's answer to a request replaced by a newer one with the same view key.
SloEvaluation replacedEvaluation(const slo::SloSpec &spec)
{
    return cancelledEvaluation(spec, QCoreApplication::translate("sre::SloEngine", "replaced by a newer evaluation"),
                               prom::Error::Kind::Stale);
}

SloEvaluation interruptedEvaluation(const slo::SloSpec &spec)
{
    return cancelledEvaluation(spec, QCoreApplication::translate("sre::SloEngine", "the evaluation was interrupted"));
}
} // namespace

int SloEngine::queriesSent() const
{
    QMutexLocker lock(&m_mutex);
    return m_queries;
}

void SloEngine::clearCache()
{
    QMutexLocker lock(&m_mutex);
    m_cache.clear();
}

void SloEngine::setRollingHistory(bool on)
{
    QMutexLocker lock(&m_mutex);
    m_rollingHistory = on;
}

qint64 SloEngine::fetchStart(const slo::SloSpec &spec, qint64 at) const
{
    const slo::EvaluationWindow window = slo::evaluationWindow(spec, at);
    qint64 first = std::min(window.range.start, at - kLongestBurnWindow.count());
    QMutexLocker lock(&m_mutex);
    if (m_rollingHistory && !spec.calendar)
        first = std::min(first, window.range.start - window.length.count());
    return alignDown(first, kStep.count());
}

namespace {
// Range query timestamps on a grid with a millisecond phase, moved up to the next whole second:
// buckets are keyed by whole seconds (events.h), and a bucket then never counts as complete
// before it has ended. Whole-second timestamps stay as they are.
prom::QueryResult snapped(prom::QueryResult r)
{
    for (prom::Series &s : r.series)
        for (double &t : s.timestamps)
            t = std::ceil(t - 1e-6);
    return r;
}

using slo::utcMs;

// Adds the buckets of one bad/total answer to the series (or to the groups' series).
void mergeInto(std::map<QString, SloGroupEvaluation> &groups, slo::EventSeries &series, const prom::QueryResult &bad,
               const prom::QueryResult &total, const QStringList &groupBy, std::chrono::seconds step)
{
    const prom::QueryResult b = snapped(bad);
    const prom::QueryResult t = snapped(total);
    if (groupBy.isEmpty()) {
        const std::vector<slo::EventBucket> buckets = bucketsFromRange(b, t, step);
        if (series.empty())
            series = slo::EventSeries(step, buckets);
        else
            series.merge(buckets);
        return;
    }
    for (auto &[groupKey, got] : groupedBucketsFromRange(b, t, step, groupBy)) {
        SloGroupEvaluation &g = groups[groupKey];
        g.labels = got.labels;
        if (g.series.empty())
            g.series = slo::EventSeries(step, std::move(got.buckets));
        else
            g.series.merge(got.buckets);
    }
}

// The first and last instants (ms) of any series of an answer.
std::optional<std::pair<qint64, qint64>> span(const prom::QueryResult &r)
{
    std::optional<std::pair<qint64, qint64>> out;
    for (const prom::Series &s : r.series) {
        for (std::size_t i = 0; i < s.timestamps.size(); ++i) {
            if (std::isnan(s.values[i]))
                continue;
            const qint64 t = qint64(std::llround(s.timestamps[i] * 1000));
            out = out ? std::pair { std::min(out->first, t), std::max(out->second, t) } : std::pair { t, t };
        }
    }
    return out;
}

int pointCount(const prom::QueryResult &r)
{
    int n = 0;
    for (const prom::Series &s : r.series)
        n += int(std::count_if(s.values.cbegin(), s.values.cend(), [](double v) { return !std::isnan(v); }));
    return n;
}

} // namespace

void SloEngine::setFastPath(FastPath mode)
{
    QMutexLocker lock(&m_mutex);
    m_fastPathMode = mode;
}

void SloEngine::clearFastPathChecks()
{
    QMutexLocker lock(&m_mutex);
    m_fastPath.clear();
}

SloEngine::QueryCounts SloEngine::queryCounts() const
{
    QMutexLocker lock(&m_mutex);
    return m_counts;
}

namespace {
// Concludes a fast-path check exactly once: with the check's answer, or, when the check's chain
// ends without one (cancelled, an exception, dropped), as interrupted when the last copy goes.
// Evaluations wait for the conclusion: it must come.
class CheckConclusion
{
public:
    using Conclude = std::function<void(const fastpath::Check &)>;
    explicit CheckConclusion(Conclude conclude)
        : m_conclude(std::move(conclude))
    { }
    ~CheckConclusion()
    {
        if (m_done)
            return;
        fastpath::Check interrupted;
        interrupted.reason = QCoreApplication::translate("sre::SloEngine", "the check was interrupted");
        interrupted.transient = true;
        m_conclude(interrupted);
    }
    CheckConclusion(const CheckConclusion &) = delete;
    CheckConclusion &operator=(const CheckConclusion &) = delete;
    void operator()(const fastpath::Check &c)
    {
        m_done = true;
        m_conclude(c);
    }

private:
    Conclude m_conclude;
    bool m_done = false;
};
} // namespace

QFuture<fastpath::Check> SloEngine::fastPathCheck(const slo::SloSpec &spec, qint64 at)
{
    const slo::EventQueries raw = slo::bucketQueries(spec, kStep);
    const QString key = raw.bad + QLatin1Char('\n') + raw.total;
    const QString id = spec.id();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    auto shared = std::make_shared<SharedResult<fastpath::Check>>();
    {
        QMutexLocker lock(&m_mutex);
        const auto it = m_fastPath.find(id);
        // A check reads the hour before its instant: it holds for evaluations near that instant
        // (a live refresh) while it is young, not for an "as of" months away.
        if (it != m_fastPath.end() && it->second.key == key && std::abs(at - it->second.checkedFor) <= kRecheck.count()
            && (!it->second.check->result() || now - it->second.checkedAtMs < kRecheck.count() * 1000))
            return it->second.check->waiter(); // a future of its own: see SharedResult
        ++m_counts.checks;
        // Stored before the check starts: its conclusion may come on another thread at once.
        m_fastPath[id] = { key, shared, now, at };
    }
    auto conclusion = std::make_shared<CheckConclusion>([this, life = m_life, id, shared](const fastpath::Check &c) {
        if (c.usable)
            qCInfo(fastpath::lcFastPath, "%s: reading the recorded series (%d buckets agree, grid +%lld ms)",
                   qUtf8Printable(id), c.compared, c.phaseMs);
        else
            qCInfo(fastpath::lcFastPath, "%s: not reading the recorded series: %s", qUtf8Printable(id),
                   qUtf8Printable(c.reason));
        {
            QMutexLocker alive(&life->mutex);
            if (c.transient && life->alive) { // Prometheus did not answer: check again next time
                QMutexLocker lock(&m_mutex);
                const auto state = m_fastPath.find(id);
                if (state != m_fastPath.end() && state->second.check == shared)
                    state->second.checkedAtMs = 0;
            }
        }
        shared->set(c);
    });
    // The continuation's own future is not kept: nothing else may chain on it.
    fut::then(fastpath::checkRecorded(m_client, m_life, spec, at),
              [conclusion](const fastpath::Check &c) { (*conclusion)(c); });
    return shared->waiter();
}

void SloEngine::refuseFastPath(const QString &id, qint64 at, const QString &reason)
{
    qCInfo(fastpath::lcFastPath, "%s: not reading the recorded series: %s", qUtf8Printable(id), qUtf8Printable(reason));
    fastpath::Check refused;
    refused.reason = reason;
    QMutexLocker lock(&m_mutex);
    const auto it = m_fastPath.find(id);
    // Only the check this evaluation could have used: one stored meanwhile for an instant far
    // away (an "as of" months back) is that instant's to keep.
    if (it != m_fastPath.end() && std::abs(at - it->second.checkedFor) <= kRecheck.count())
        it->second.check = SharedResult<fastpath::Check>::ready(refused);
}

QFuture<SloEvaluation> SloEngine::evaluate(const slo::SloSpec &spec, qint64 at)
{
    // Whatever happens inside, the caller gets an evaluation, never a cancelled future (which has
    // no result to read).
    const auto guarded = [spec](QFuture<SloEvaluation> f) {
        return fut::onCanceled(f, [spec] { return interruptedEvaluation(spec); });
    };
    FastPath mode;
    {
        QMutexLocker lock(&m_mutex);
        mode = m_fastPathMode;
    }
    // Taking a call number and sending that call's queries is one step (m_submit): a call that
    // sends later is a later call, so the client's "latest wins" per view key and this engine's
    // agree.
    if (mode == FastPath::Off) {
        QMutexLocker submit(&m_submit);
        nextCall(spec.id());
        return guarded(evaluateOnGrid(spec, at, {}, {}));
    }
    QFuture<fastpath::Check> check = fastPathCheck(spec, at);
    const auto next = [this, spec, at, mode](const fastpath::Check &c) {
        if (!c.usable)
            return evaluateOnGrid(spec, at, {}, c.reason);
        return evaluateOnGrid(spec, at, { c.phaseMs, mode == FastPath::On }, {});
    };
    QMutexLocker submit(&m_submit);
    const quint64 call = nextCall(spec.id());
    // A check already made: now, on this thread. A check under way finishes on another thread,
    // where the evaluations that waited for it go on in any order: only the latest call sends.
    if (check.isFinished())
        return guarded(next(check.result()));
    submit.unlock();
    return guarded(fut::then(check, [this, next, spec, call, life = m_life](const fastpath::Check &c) {
        QMutexLocker lock(&life->mutex);
        if (!life->alive)
            return QtFuture::makeReadyFuture(closedEvaluation(spec));
        QMutexLocker submitting(&m_submit);
        if (latestCall(spec.id()) != call)
            return QtFuture::makeReadyFuture(replacedEvaluation(spec));
        return next(c);
    }));
}

quint64 SloEngine::nextCall(const QString &id)
{
    QMutexLocker lock(&m_mutex);
    return ++m_calls[id];
}

quint64 SloEngine::latestCall(const QString &id) const
{
    QMutexLocker lock(&m_mutex);
    const auto it = m_calls.find(id);
    return it == m_calls.end() ? 0 : it->second;
}

QFuture<SloEvaluation> SloEngine::evaluateOnGrid(const slo::SloSpec &spec, qint64 at, Grid grid, const QString &note)
{
    const qint64 stepMs = kStep.count() * 1000;
    const slo::EventQueries queries = slo::bucketQueries(spec, kStep);
    const slo::EventQueries recordedQueries
        = grid.recorded ? fastpath::recordedBucketQueries(spec) : slo::EventQueries();
    const QString key = queries.bad + QLatin1Char('\n') + queries.total + QLatin1Char('\n')
        + (grid.recorded ? QStringLiteral("recorded@") : QStringLiteral("raw@")) + QString::number(grid.phaseMs);
    const qint64 endMs = fastpath::gridDown(at * 1000, grid.phaseMs);
    const qint64 startMs = fastpath::gridDown(fetchStart(spec, at) * 1000, grid.phaseMs);

    // With buckets cached from before, ask only for what is newer (the last cached bucket again:
    // it may have been incomplete when it was fetched).
    qint64 fetchFromMs = startMs;
    qint64 fetchedFromMs = startMs;
    // Shared, not copied: this runs on the caller's thread (the GUI's), and a month of buckets of
    // every SLO is megabytes. Pool threads copy what they change.
    std::shared_ptr<const CachedData> cached;
    {
        QMutexLocker lock(&m_mutex);
        const auto it = m_cache.find(spec.id());
        // Buckets before the history began do not exist: what counts is where the fetch began.
        // The range asked for counts, not where the first bucket is: a service younger than the
        // window has no buckets at its start, and asking again would re-fetch the whole window at
        // every refresh.
        if (it != m_cache.end() && it->second.queryKey == key && it->second.fetchedFromMs <= startMs
            && it->second.toMs > startMs) {
            cached = it->second.data;
            fetchFromMs = std::max(startMs, it->second.toMs - stepMs);
            fetchedFromMs = it->second.fetchedFromMs;
        }
    }

    const auto finish = [at, note](SloEvaluation &ev, const CachedData &data) {
        ev.series = data.series;
        ev.fromRecorded = data.recordedFrom.has_value();
        ev.recordedFrom = data.recordedFrom;
        ev.fastPathNote = note;
        computeReports(ev, data.groups, at);
    };

    // Everything needed is cached (the same instant again, or an earlier one): no request.
    if (cached && fetchFromMs + stepMs > endMs) {
        return fut::run([spec, cached, finish] {
            SloEvaluation ev;
            ev.spec = spec;
            finish(ev, *cached);
            return ev;
        });
    }

    const QString viewKey = QStringLiteral("slo:") + spec.id();
    const qint64 firstMs = fetchFromMs + stepMs; // the first point is the bucket ending here
    // The SLO's own queries over [fromMs, toMs] (grid instants), appended to `futures`.
    const auto raw = [this, queries, viewKey](QList<QFuture<prom::QueryResult>> &futures, qint64 fromMs, qint64 toMs,
                                              const QString &part) {
        {
            QMutexLocker lock(&m_mutex);
            m_queries += 2;
            m_counts.raw += 2;
        }
        futures << m_client.queryRange(queries.bad, utcMs(fromMs), utcMs(toMs), kStep,
                                       viewKey + part + QStringLiteral(":bad"))
                << m_client.queryRange(queries.total, utcMs(fromMs), utcMs(toMs), kStep,
                                       viewKey + part + QStringLiteral(":total"));
    };

    QList<QFuture<prom::QueryResult>> futures;
    if (grid.recorded) {
        {
            QMutexLocker lock(&m_mutex);
            m_queries += 2;
            m_counts.recorded += 3;
        }
        // The recorded buckets, and how many recorded samples there are in the range at all (on
        // the grid or not: a sample off the grid means the rule group moved).
        futures << m_client.queryRange(recordedQueries.bad, utcMs(firstMs), utcMs(endMs), kStep,
                                       viewKey + QStringLiteral(":recorded:bad"))
                << m_client.queryRange(recordedQueries.total, utcMs(firstMs), utcMs(endMs), kStep,
                                       viewKey + QStringLiteral(":recorded:total"))
                << m_client.query(fastpath::recordedSampleCountQuery(spec, endMs - firstMs + 60000), utcMs(endMs),
                                  viewKey + QStringLiteral(":recorded:count"));
    } else {
        raw(futures, firstMs, endMs, QString());
    }

    // Step 2 of the fast path: the SLO's own queries where the recorded series have no sample
    // (before the first: deployed later; after the newest: not evaluated yet; everywhere when
    // there is none in the range).
    const auto rawGaps = [raw, firstMs, endMs, stepMs](const prom::QueryResult &recordedTotal) {
        QList<QFuture<prom::QueryResult>> more;
        const auto recordedSpan = span(recordedTotal);
        if (!recordedSpan) {
            raw(more, firstMs, endMs, QStringLiteral(":head"));
            return more;
        }
        if (recordedSpan->first > firstMs)
            raw(more, firstMs, recordedSpan->first - stepMs, QStringLiteral(":head"));
        if (recordedSpan->second < endMs)
            raw(more, recordedSpan->second + stepMs, endMs, QStringLiteral(":tail"));
        return more;
    };

    // The answers, as (bad, total) pairs, into the cache and the evaluation.
    const auto build = [this, life = m_life, spec, at, key, note, cached, startMs, endMs, fetchedFromMs,
                        finish](const std::vector<std::pair<prom::QueryResult, prom::QueryResult>> &answers,
                                std::optional<qint64> recordedFrom) {
        SloEvaluation ev;
        ev.spec = spec;
        for (const auto &[bad, total] : answers) {
            ev.warnings << bad.warnings << total.warnings;
            if (!ev.error && (bad.error || total.error))
                ev.error = bad.error ? bad.error : total.error;
        }
        if (ev.error) {
            if (cached) { // the last good data
                finish(ev, *cached);
            } else {
                ev.fastPathNote = note;
                computeReports(ev, {}, at);
            }
            return ev;
        }
        auto fresh = cached ? std::make_shared<CachedData>(*cached) : std::make_shared<CachedData>();
        for (const auto &[bad, total] : answers)
            mergeInto(fresh->groups, fresh->series, bad, total, spec.groupBy, kStep);
        if (recordedFrom)
            fresh->recordedFrom = fresh->recordedFrom ? std::min(*fresh->recordedFrom, *recordedFrom) : *recordedFrom;
        // Live refreshes add a bucket per step for as long as the console stays open: keep the span
        // this evaluation needs and at most kCacheSlack of older buckets (going back a little in
        // time needs no refetch), so the cache cannot grow without bound.
        qint64 keptFromMs = fetchedFromMs;
        if (fetchedFromMs < startMs - kCacheSlack.count() * 1000) {
            const qint64 start = startMs / 1000;
            fresh->series.dropBefore(start);
            for (auto &[groupKey, g] : fresh->groups)
                g.series.dropBefore(start);
            if (fresh->recordedFrom && *fresh->recordedFrom < start)
                fresh->recordedFrom = start;
            keptFromMs = startMs;
        }
        if (!spec.groupBy.isEmpty())
            fresh->series = sumOfGroups(fresh->groups, kStep);
        finish(ev, *fresh);
        QMutexLocker alive(&life->mutex);
        if (life->alive) {
            QMutexLocker lock(&m_mutex);
            m_cache[spec.id()] = { key, keptFromMs, endMs, std::move(fresh) };
        }
        return ev;
    };

    return fut::then(
        fut::whenAll(futures),
        [this, life = m_life, spec, at, grid, firstMs, rawGaps, build](const QList<QFuture<prom::QueryResult>> &done) {
            if (!grid.recorded || !done[0].result().ok() || !done[1].result().ok() || !done[2].result().ok())
                return QtFuture::makeReadyFuture(build({ { done[0].result(), done[1].result() } }, {}));
            // From here on the engine and its client are used.
            QMutexLocker alive(&life->mutex);
            if (!life->alive)
                return QtFuture::makeReadyFuture(closedEvaluation(spec));
            const prom::QueryResult &count = done[2].result();
            const qint64 samples
                = count.series.empty() || count.series[0].values.empty() ? 0 : std::llround(count.series[0].values[0]);
            const int onGrid = pointCount(done[1].result());
            if (samples != onGrid) {
                const QString reason = QCoreApplication::translate("sre::SloEngine",
                                                                   "%1 of the %2 recorded samples since %3 are "
                                                                   "off the 5m grid of the newest ones (the rule "
                                                                   "group moved)")
                                           .arg(samples - onGrid)
                                           .arg(samples)
                                           .arg(utcMs(firstMs).toString(Qt::ISODate));
                refuseFastPath(spec.id(), at, reason);
                return evaluateOnGrid(spec, at, {}, reason);
            }
            std::optional<qint64> recordedFrom;
            if (const auto s = span(done[1].result()))
                recordedFrom = qint64(std::ceil(double(s->first) / 1000 - 1e-6)) - kStep.count();
            std::vector<std::pair<prom::QueryResult, prom::QueryResult>> answers { { done[0].result(),
                                                                                     done[1].result() } };
            QList<QFuture<prom::QueryResult>> more = rawGaps(done[1].result());
            if (more.isEmpty())
                return QtFuture::makeReadyFuture(build(answers, recordedFrom));
            return fut::then(fut::whenAll(more),
                             [answers, recordedFrom, build](const QList<QFuture<prom::QueryResult>> &gaps) mutable {
                                 for (qsizetype i = 0; i + 1 < gaps.size(); i += 2)
                                     answers.push_back({ gaps[i].result(), gaps[i + 1].result() });
                                 return build(answers, recordedFrom);
                             });
        });
}

QFuture<QList<SloEvaluation>> SloEngine::evaluateAll(const std::vector<slo::SloSpec> &specs, qint64 at)
{
    QList<QFuture<SloEvaluation>> futures;
    for (const slo::SloSpec &spec : specs)
        futures << evaluate(spec, at);
    return fut::then(fut::whenAll(futures), [specs](const QList<QFuture<SloEvaluation>> &done) {
        QList<SloEvaluation> out;
        for (qsizetype i = 0; i < done.size(); ++i) {
            // A future cancelled by Qt has no result to read (see SharedResult): an error, not a crash.
            if (done[i].isCanceled() || done[i].resultCount() == 0)
                out << interruptedEvaluation(specs[std::size_t(i)]);
            else
                out << done[i].result();
        }
        return out;
    });
}

} // namespace sre
