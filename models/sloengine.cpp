#include "sloengine.h"

#include "prometheusclient.h"
#include "querybuilder.h"
#include "window.h"

#include <QTimeZone>
#include <QtConcurrent/QtConcurrentRun>
#include <cmath>
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

QFuture<SloEvaluation> SloEngine::evaluate(const slo::SloSpec &spec, qint64 at)
{
    const qint64 step = kStep.count();
    const slo::EventQueries queries = slo::bucketQueries(spec, kStep);
    const QString key = queries.bad + QLatin1Char('\n') + queries.total;
    const slo::EvaluationWindow window = slo::evaluationWindow(spec, at);
    const qint64 end = alignDown(at, step);
    const qint64 start = alignDown(std::min(window.range.start, at - kLongestBurnWindow.count()), step);

    // With buckets cached from before, ask only for what is newer (the last cached bucket again:
    // it may have been incomplete when it was fetched).
    qint64 fetchFrom = start;
    // Shared, not copied: this runs on the caller's thread (the GUI's), and a month of buckets of
    // every SLO is megabytes. Pool threads copy what they change.
    std::shared_ptr<const slo::EventSeries> cached;
    qint64 coveredFrom = start; // of what the cache will hold after this fetch
    {
        QMutexLocker lock(&m_mutex);
        const auto it = m_cache.find(spec.id());
        // The range asked for counts, not where the first bucket is: a service younger than the
        // window has no buckets at its start, and asking again would re-fetch the whole window at
        // every refresh.
        const Cached *c = it != m_cache.end() && it->second.queryKey == key ? &it->second : nullptr;
        if (c && c->from <= start && c->to > start) {
            cached = c->series;
            coveredFrom = c->from;
            fetchFrom = std::max(start, c->to - step);
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
            ev.report = slo::computeReport(spec, *cached, at);
            ev.series = *cached;
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
              [this, spec, at, start, end, coveredFrom, key, cached](const QList<QFuture<prom::QueryResult>> &done) {
                  SloEvaluation ev;
                  ev.spec = spec;
                  const prom::QueryResult bad = done[0].result();
                  const prom::QueryResult total = done[1].result();
                  ev.warnings << bad.warnings << total.warnings;
                  if (bad.error || total.error) {
                      ev.error = bad.error ? bad.error : total.error;
                      if (cached) { // the last good data
                          ev.report = slo::computeReport(spec, *cached, at);
                          ev.series = *cached;
                      } else {
                          ev.report = slo::computeReport(spec, {}, at);
                      }
                      return ev;
                  }
                  slo::EventSeries series = cached ? *cached : slo::EventSeries();
                  const std::vector<slo::EventBucket> fresh = bucketsFromRange(bad, total, kStep);
                  if (series.empty())
                      series = slo::EventSeries(kStep, fresh);
                  else
                      series.merge(fresh);
                  // Live refreshes add a bucket per step for as long as the console stays open: keep
                  // the span this evaluation needs and at most kCacheSlack of older buckets (going
                  // back a little in time needs no refetch), so the cache cannot grow without bound.
                  qint64 from = coveredFrom;
                  if (from < start - kCacheSlack.count()) {
                      series.dropBefore(start);
                      from = start;
                  }
                  {
                      auto shared = std::make_shared<const slo::EventSeries>(series);
                      QMutexLocker lock(&m_mutex);
                      m_cache[spec.id()] = { key, std::move(shared), from, end };
                  }
                  ev.report = slo::computeReport(spec, series, at);
                  ev.series = std::move(series);
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
