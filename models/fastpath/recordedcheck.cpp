#include "recordedcheck.h"

#include "duration.h"
#include "futurechain.h"
#include "prometheusclient.h"
#include "promqltext.h"
#include "rulegen.h"
#include "timegrid.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>
#include <algorithm>
#include <cmath>
#include <map>
#include <set>

namespace sre::fastpath {

Q_LOGGING_CATEGORY(lcFastPath, "sre.fastpath", QtWarningMsg)

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(sre::fastpath)
};

using slo::utcMs;

QString timeText(qint64 ms)
{
    return utcMs(ms).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz")) + QStringLiteral(" UTC");
}

qint64 toMs(double seconds)
{
    return qint64(std::llround(seconds * 1000.0));
}

QString groupKey(const QStringList &by, const QMap<QString, QString> &labels)
{
    QStringList values;
    for (const QString &l : by)
        values << labels.value(l);
    return values.join(QChar(0x1f));
}

QString groupText(const QStringList &by, const QMap<QString, QString> &labels)
{
    if (by.isEmpty())
        return {};
    QStringList parts;
    for (const QString &l : by)
        parts << QStringLiteral("%1=\"%2\"").arg(l, labels.value(l));
    return QStringLiteral("{%1} ").arg(parts.join(QLatin1Char(',')));
}

bool same(double a, double b)
{
    return std::abs(a - b) <= kTolerance * std::max({ 1.0, std::abs(a), std::abs(b) });
}

QString number(double v)
{
    return QString::number(v, 'g', 12);
}

// metric name -> group key -> instant (ms) -> value
using Values = std::map<QString, std::map<QString, std::map<qint64, double>>>;

Values valuesOf(const QStringList &by, const prom::QueryResult &result, const QString &name = {})
{
    Values out;
    for (const prom::Series &s : result.series) {
        auto &points = out[name.isEmpty() ? s.labels.value(QStringLiteral("__name__")) : name][groupKey(by, s.labels)];
        for (std::size_t i = 0; i < s.timestamps.size(); ++i)
            if (!std::isnan(s.values[i]))
                points[toMs(s.timestamps[i])] += s.values[i];
    }
    return out;
}

Check refuse(const QString &reason, bool transient = false)
{
    Check c;
    c.reason = reason;
    c.transient = transient;
    return c;
}

} // namespace

QString recordedSeriesSelector(const slo::SloSpec &spec)
{
    const rules::SloRules r = rules::generateRules(spec);
    const QString selector = rules::recordedSelector(r, QString());
    // `{service="…",slo="…"}` with the name as a matcher for both metrics.
    return QStringLiteral("{__name__=~\"%1|%2\",").arg(rules::badEventsRecord(), rules::totalEventsRecord())
        + selector.mid(1);
}

slo::EventQueries recordedBucketQueries(const slo::SloSpec &spec)
{
    const rules::SloRules r = rules::generateRules(spec);
    const QString by = spec.groupBy.isEmpty() ? QString() : QStringLiteral(" by (%1)").arg(spec.groupBy.join(u", "));
    const auto q = [&](const QString &metric) {
        return QStringLiteral("sum%1(sum_over_time(%2[1m]))").arg(by, rules::recordedSelector(r, metric));
    };
    return { q(rules::badEventsRecord()), q(rules::totalEventsRecord()) };
}

QString recordedSampleCountQuery(const slo::SloSpec &spec, qint64 rangeMs)
{
    const rules::SloRules r = rules::generateRules(spec);
    return QStringLiteral("sum(count_over_time(%1[%2]))")
        .arg(rules::recordedSelector(r, rules::totalEventsRecord()),
             formatDuration(std::chrono::milliseconds(std::max<qint64>(rangeMs, 1))));
}

qint64 gridDown(qint64 atMs, qint64 phaseMs)
{
    return slo::alignDown(atMs - phaseMs, kStepMs) + phaseMs;
}

SampleCheck checkSamples(const slo::SloSpec &spec, const prom::QueryResult &recorded)
{
    SampleCheck out;
    if (recorded.error) {
        out.refused = refuse(Tr::tr("Prometheus did not answer the check: %1").arg(recorded.error->toString()), true);
        return out;
    }
    QSet<QString> allowed { QStringLiteral("__name__"), QStringLiteral("service"), QStringLiteral("slo") };
    for (const QString &l : spec.groupBy)
        allowed.insert(l);
    for (const prom::Series &s : recorded.series) {
        for (auto it = s.labels.cbegin(); it != s.labels.cend(); ++it) {
            if (!allowed.contains(it.key())) {
                out.refused = refuse(Tr::tr("the recorded series %1 carry the label %2, which the generated rules "
                                            "do not set")
                                         .arg(s.labels.value(QStringLiteral("__name__")), it.key()));
                return out;
            }
        }
    }
    const Values values = valuesOf(spec.groupBy, recorded);
    const auto total = values.find(rules::totalEventsRecord());
    if (total == values.end() || total->second.empty()) {
        out.refused = refuse(Tr::tr("Prometheus holds no %1 samples of this SLO in the hour before the evaluation "
                                    "(the generated rules are not deployed)")
                                 .arg(rules::totalEventsRecord()));
        return out;
    }
    const auto bad = values.find(rules::badEventsRecord());
    std::optional<qint64> phase;
    std::set<qint64> instants;
    for (const auto &[key, points] : total->second) {
        if (bad == values.end() || !bad->second.contains(key)) {
            out.refused = refuse(Tr::tr("Prometheus holds %1 samples but no %2 samples")
                                     .arg(rules::totalEventsRecord(), rules::badEventsRecord()));
            return out;
        }
        for (const auto &entry : points)
            instants.insert(entry.first);
    }
    for (const auto &[name, groups] : values) {
        for (const auto &[key, points] : groups) {
            for (const auto &entry : points) {
                const qint64 p = slo::gridOffset(entry.first, kStepMs);
                if (phase && *phase != p) {
                    out.refused = refuse(Tr::tr("the recorded samples are not on one 5m grid (at %1 and at %2 past "
                                                "a multiple of 5 minutes): the rule group's interval or name changed")
                                             .arg(formatDuration(std::chrono::milliseconds(*phase)),
                                                  formatDuration(std::chrono::milliseconds(p))));
                    return out;
                }
                phase = p;
            }
        }
    }
    out.phaseMs = phase.value_or(0);
    auto from = instants.end();
    for (int i = 0; i < kCompareBuckets && from != instants.begin(); ++i)
        --from;
    out.comparedMs.assign(from, instants.end());
    return out;
}

Check compareBuckets(const slo::SloSpec &spec, const prom::QueryResult &recorded, const prom::QueryResult &rawBad,
                     const prom::QueryResult &rawTotal, const SampleCheck &samples)
{
    if (samples.refused)
        return *samples.refused;
    for (const prom::QueryResult *r : { &rawBad, &rawTotal })
        if (r->error)
            return refuse(Tr::tr("Prometheus did not answer the check: %1").arg(r->error->toString()), true);
    const QStringList &by = spec.groupBy;
    const Values rec = valuesOf(by, recorded);
    const auto recordedOf = [&](const QString &metric) {
        const auto it = rec.find(metric);
        return it == rec.end() ? std::map<QString, std::map<qint64, double>>() : it->second;
    };
    const auto recBad = recordedOf(rules::badEventsRecord());
    const auto recTotal = recordedOf(rules::totalEventsRecord());
    const auto rawB = valuesOf(by, rawBad, QStringLiteral("bad"))[QStringLiteral("bad")];
    const auto rawT = valuesOf(by, rawTotal, QStringLiteral("total"))[QStringLiteral("total")];

    std::map<QString, QMap<QString, QString>> groups; // every group either side knows
    for (const prom::QueryResult *r : { &recorded, &rawTotal })
        for (const prom::Series &s : r->series)
            groups.emplace(groupKey(by, s.labels), s.labels);

    const auto at = [](const std::map<QString, std::map<qint64, double>> &m, const QString &key,
                       qint64 t) -> std::optional<double> {
        const auto g = m.find(key);
        if (g == m.end())
            return std::nullopt;
        const auto v = g->second.find(t);
        return v == g->second.end() ? std::nullopt : std::optional<double>(v->second);
    };

    int compared = 0;
    const qint64 first = samples.comparedMs.front();
    const qint64 last = samples.comparedMs.back();
    for (qint64 t = first; t <= last; t += kStepMs) {
        for (const auto &[key, labels] : groups) {
            const QString where = groupText(by, labels) + timeText(t);
            const std::optional<double> total = at(rawT, key, t);
            const std::optional<double> recordedTotal = at(recTotal, key, t);
            const bool traffic = total && *total > 0;
            if (!traffic) {
                if (recordedTotal)
                    return refuse(Tr::tr("%1 at %2 is %3, but the SLO's query counts no events there")
                                      .arg(rules::totalEventsRecord(), where, number(*recordedTotal)));
                continue;
            }
            if (!recordedTotal)
                return refuse(Tr::tr("%1 has no sample at %2, but the SLO's query counts %3 events there")
                                  .arg(rules::totalEventsRecord(), where, number(*total)));
            if (!same(*recordedTotal, *total))
                return refuse(Tr::tr("%1 at %2 is %3, the SLO's query gives %4")
                                  .arg(rules::totalEventsRecord(), where, number(*recordedTotal), number(*total)));
            const double badValue = at(rawB, key, t).value_or(0);
            const std::optional<double> recordedBad = at(recBad, key, t);
            if (!recordedBad || !same(*recordedBad, badValue))
                return refuse(Tr::tr("%1 at %2 is %3, the SLO's query gives %4")
                                  .arg(rules::badEventsRecord(), where,
                                       recordedBad ? number(*recordedBad) : Tr::tr("missing"), number(badValue)));
            ++compared;
        }
    }
    Check c;
    c.usable = compared > 0;
    c.phaseMs = samples.phaseMs;
    c.compared = compared;
    if (!c.usable)
        c.reason = Tr::tr("no bucket with traffic to compare in the hour before the evaluation");
    return c;
}

QFuture<Check> checkRecorded(prom::PrometheusClient &client, std::shared_ptr<Life> life, const slo::SloSpec &spec,
                             qint64 at)
{
    const QString query = QStringLiteral("%1[%2]").arg(
        recordedSeriesSelector(spec),
        formatDuration(std::chrono::duration_cast<std::chrono::milliseconds>(kCheckLookback)));
    prom::PrometheusClient *c = &client;
    return fut::then(
        client.query(query, QDateTime::fromSecsSinceEpoch(at, QTimeZone::utc())),
        [c, life, spec](const prom::QueryResult &recorded) -> QFuture<Check> {
            const SampleCheck samples = checkSamples(spec, recorded);
            if (samples.refused)
                return QtFuture::makeReadyFuture(*samples.refused);
            const slo::EventQueries raw = slo::bucketQueries(spec, kStep);
            const QDateTime from = utcMs(samples.comparedMs.front());
            const QDateTime to = utcMs(samples.comparedMs.back());
            QList<QFuture<prom::QueryResult>> futures;
            {
                QMutexLocker lock(&life->mutex);
                if (!life->alive)
                    return QtFuture::makeReadyFuture(refuse(Tr::tr("the engine was closed"), true));
                futures << c->queryRange(raw.bad, from, to, kStep) << c->queryRange(raw.total, from, to, kStep);
            }
            return fut::then(fut::whenAll(futures),
                             [spec, recorded, samples](const QList<QFuture<prom::QueryResult>> &done) {
                                 return compareBuckets(spec, recorded, done[0].result(), done[1].result(), samples);
                             });
        });
}

} // namespace sre::fastpath
