#include "sloengine.h"

#include "prometheusclient.h"
#include "querybuilder.h"
#include "window.h"

#include <QTimeZone>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>
#include <cmath>
#include <limits>
#include <unordered_map>

namespace sre {

namespace {
QDateTime utc(qint64 seconds)
{
    return QDateTime::fromSecsSinceEpoch(seconds, QTimeZone::utc());
}

qint64 alignDown(qint64 t, qint64 step)
{
    return t - ((t % step) + step) % step;
}
} // namespace

std::vector<slo::EventBucket> bucketsFromRange(const prom::QueryResult &bad, const prom::QueryResult &total,
                                               std::chrono::seconds step)
{
    std::vector<slo::EventBucket> buckets;
    if (total.series.empty())
        return buckets;
    // `sum(...)` yields at most one series; sum several defensively.
    std::unordered_map<qint64, double> badAt;
    for (const prom::Series &s : bad.series)
        for (std::size_t i = 0; i < s.timestamps.size(); ++i)
            if (!std::isnan(s.values[i]))
                badAt[qint64(std::llround(s.timestamps[i]))] += s.values[i];
    std::map<qint64, double> totalAt;
    for (const prom::Series &s : total.series)
        for (std::size_t i = 0; i < s.timestamps.size(); ++i)
            if (!std::isnan(s.values[i]))
                totalAt[qint64(std::llround(s.timestamps[i]))] += s.values[i];
    buckets.reserve(totalAt.size());
    for (const auto &[t, totalValue] : totalAt) {
        const auto it = badAt.find(t);
        buckets.push_back({ t - step.count(), it == badAt.end() ? 0.0 : it->second, totalValue });
    }
    return buckets;
}

std::map<QString, GroupBuckets> groupedBucketsFromRange(const prom::QueryResult &bad, const prom::QueryResult &total,
                                                        std::chrono::seconds step, const QStringList &by)
{
    const auto labelsOf = [&by](const prom::Series &s) {
        QMap<QString, QString> labels;
        for (const QString &l : by)
            labels.insert(l, s.labels.value(l));
        return labels;
    };
    const auto keyOf
        = [](const QMap<QString, QString> &labels) { return QStringList(labels.values()).join(QChar(0x1f)); };
    std::map<QString, std::pair<prom::QueryResult, prom::QueryResult>> parts;
    std::map<QString, QMap<QString, QString>> labelsByKey;
    for (const prom::Series &s : total.series) {
        const QMap<QString, QString> labels = labelsOf(s);
        const QString key = keyOf(labels);
        parts[key].second.series.push_back(s);
        labelsByKey[key] = labels;
    }
    for (const prom::Series &s : bad.series) {
        const auto it = parts.find(keyOf(labelsOf(s)));
        if (it != parts.end())
            it->second.first.series.push_back(s);
    }
    std::map<QString, GroupBuckets> out;
    for (const auto &[key, part] : parts)
        out[key] = { labelsByKey[key], bucketsFromRange(part.first, part.second, step) };
    return out;
}

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

QFuture<SloEvaluation> SloEngine::evaluate(const slo::SloSpec &spec, qint64 at)
{
    const qint64 step = kStep.count();
    const slo::EventQueries queries = slo::bucketQueries(spec, kStep);
    const QString key = queries.bad + QLatin1Char('\n') + queries.total;
    const qint64 end = alignDown(at, step);
    const qint64 start = fetchStart(spec, at);

    // With buckets cached from before, ask only for what is newer (the last cached bucket again:
    // it may have been incomplete when it was fetched).
    qint64 fetchFrom = start;
    qint64 fetchedFrom = start;
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
        if (it != m_cache.end() && it->second.queryKey == key && it->second.fetchedFrom <= start
            && it->second.to > start) {
            cached = it->second.data;
            fetchFrom = std::max(start, it->second.to - step);
            fetchedFrom = it->second.fetchedFrom;
        }
        m_queries += 2;
    }

    // Everything needed is cached (the same instant again, or an earlier one): no request.
    if (cached && fetchFrom + step > end) {
        {
            QMutexLocker lock(&m_mutex);
            m_queries -= 2;
        }
        return QtConcurrent::run([spec, at, cached] {
            SloEvaluation ev;
            ev.spec = spec;
            ev.series = cached->series;
            computeReports(ev, cached->groups, at);
            return ev;
        });
    }

    const QString viewKey = QStringLiteral("slo:") + spec.id();
    QList<QFuture<prom::QueryResult>> futures;
    // The first point is the bucket ending at fetchFrom + step.
    futures << m_client.queryRange(queries.bad, utc(fetchFrom + step), utc(end), kStep,
                                   viewKey + QStringLiteral(":bad"))
            << m_client.queryRange(queries.total, utc(fetchFrom + step), utc(end), kStep,
                                   viewKey + QStringLiteral(":total"));

    return QtFuture::whenAll(futures.begin(), futures.end())
        .then(QtFuture::Launch::Async,
              [this, spec, at, start, end, key, cached, fetchedFrom](const QList<QFuture<prom::QueryResult>> &done) {
                  SloEvaluation ev;
                  ev.spec = spec;
                  const prom::QueryResult bad = done[0].result();
                  const prom::QueryResult total = done[1].result();
                  ev.warnings << bad.warnings << total.warnings;
                  if (bad.error || total.error) {
                      ev.error = bad.error ? bad.error : total.error;
                      if (cached) // the last good data
                          ev.series = cached->series;
                      computeReports(ev, cached ? cached->groups : std::map<QString, SloGroupEvaluation>(), at);
                      return ev;
                  }
                  auto fresh = cached ? std::make_shared<CachedData>(*cached) : std::make_shared<CachedData>();
                  slo::EventSeries &series = fresh->series;
                  std::map<QString, SloGroupEvaluation> &groups = fresh->groups;
                  if (spec.groupBy.isEmpty()) {
                      const std::vector<slo::EventBucket> buckets = bucketsFromRange(bad, total, kStep);
                      if (series.empty())
                          series = slo::EventSeries(kStep, buckets);
                      else
                          series.merge(buckets);
                  } else {
                      for (auto &[groupKey, got] : groupedBucketsFromRange(bad, total, kStep, spec.groupBy)) {
                          SloGroupEvaluation &g = groups[groupKey];
                          g.labels = got.labels;
                          if (g.series.empty())
                              g.series = slo::EventSeries(kStep, std::move(got.buckets));
                          else
                              g.series.merge(got.buckets);
                      }
                  }
                  // Live refreshes add a bucket per step for as long as the console stays open: keep
                  // the span this evaluation needs and at most kCacheSlack of older buckets (going
                  // back a little in time needs no refetch), so the cache cannot grow without bound.
                  qint64 keptFrom = fetchedFrom;
                  if (fetchedFrom < start - kCacheSlack.count()) {
                      series.dropBefore(start);
                      for (auto &[groupKey, g] : groups)
                          g.series.dropBefore(start);
                      keptFrom = start;
                  }
                  if (!spec.groupBy.isEmpty())
                      series = sumOfGroups(groups, kStep);
                  ev.series = series;
                  computeReports(ev, groups, at);
                  {
                      QMutexLocker lock(&m_mutex);
                      m_cache[spec.id()] = { key, keptFrom, end, std::move(fresh) };
                  }
                  return ev;
              });
}

QFuture<QList<SloEvaluation>> SloEngine::evaluateAll(const std::vector<slo::SloSpec> &specs, qint64 at)
{
    QList<QFuture<SloEvaluation>> futures;
    for (const slo::SloSpec &spec : specs)
        futures << evaluate(spec, at);
    return QtFuture::whenAll(futures.begin(), futures.end()).then([](const QList<QFuture<SloEvaluation>> &done) {
        QList<SloEvaluation> out;
        for (const QFuture<SloEvaluation> &f : done)
            out << f.result();
        return out;
    });
}

} // namespace sre
