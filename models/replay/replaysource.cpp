#include "replaysource.h"

#include "duration.h"
#include "futurechain.h"
#include "prometheusclient.h"
#include "querybuilder.h"
#include "sloengine.h"
#include "timegrid.h"

#include <QCoreApplication>
#include <QTimeZone>
#include <algorithm>
#include <atomic>
#include <memory>

namespace sre::replay {

namespace {
using slo::alignDown;
constexpr auto utc = slo::utcSeconds;
} // namespace

std::vector<Incident> incidentsOf(const QString &sloId, const std::vector<pm::Postmortem> &postmortems, qint64 from,
                                  qint64 to)
{
    std::vector<Incident> incidents;
    for (const pm::Postmortem &p : postmortems) {
        if (p.isTemplate || !p.slos.contains(sloId) || !p.started.isValid())
            continue;
        Incident i;
        i.id = p.id;
        i.title = p.title;
        i.started = p.started.toSecsSinceEpoch();
        if (p.resolved.isValid())
            i.ended = p.resolved.toSecsSinceEpoch();
        else if (p.mitigated.isValid())
            i.ended = p.mitigated.toSecsSinceEpoch();
        else
            i.ended = i.started + kUnknownIncidentLength.count();
        i.ended = std::max(i.ended, i.started);
        if (i.ended < from || i.started > to)
            continue;
        incidents.push_back(std::move(i));
    }
    std::stable_sort(incidents.begin(), incidents.end(),
                     [](const Incident &a, const Incident &b) { return a.started < b.started; });
    return incidents;
}

QFuture<FetchedEvents> fetchEvents(prom::PrometheusClient &client, const slo::SloSpec &spec, qint64 from, qint64 to,
                                   std::chrono::seconds step, std::chrono::seconds lookback, const QString &viewKey)
{
    const slo::EventQueries queries = slo::bucketQueries(spec, step);
    const qint64 start = alignDown(from - lookback.count(), step.count());
    const qint64 end = alignDown(to, step.count());
    // The point at T is the bucket (T - step, T]: the first one asked for ends at start + step.
    QList<QFuture<prom::QueryResult>> futures;
    futures << client.queryRange(queries.bad, utc(start + step.count()), utc(end), step,
                                 viewKey.isEmpty() ? QString() : viewKey + QStringLiteral(":bad"))
            << client.queryRange(queries.total, utc(start + step.count()), utc(end), step,
                                 viewKey.isEmpty() ? QString() : viewKey + QStringLiteral(":total"));
    return fut::then(fut::whenAll(futures),
                     [step, groupBy = spec.groupBy](const QList<QFuture<prom::QueryResult>> &done) {
                         FetchedEvents fetched;
                         const prom::QueryResult bad = done[0].result();
                         const prom::QueryResult total = done[1].result();
                         fetched.warnings << bad.warnings << total.warnings;
                         if (bad.error || total.error) {
                             fetched.error = bad.error ? bad.error : total.error;
                             return fetched;
                         }
                         // bucketsFromRange sums every series it gets: a grouped SLO becomes its total.
                         fetched.series = slo::EventSeries(step, bucketsFromRange(bad, total, step));
                         if (!groupBy.isEmpty())
                             for (auto &[key, g] : groupedBucketsFromRange(bad, total, step, groupBy))
                                 fetched.groups.push_back({ g.labels, slo::EventSeries(step, std::move(g.buckets)) });
                         return fetched;
                     });
}

std::optional<QString> applyTierEdit(std::vector<ReplayTier> &tiers, const QString &edit, std::chrono::seconds window)
{
    const qsizetype colon = edit.indexOf(QLatin1Char(':'));
    const QString name = (colon < 0 ? edit : edit.left(colon)).trimmed();
    if (name.isEmpty() || colon < 0)
        return QCoreApplication::translate("sre::replay", "tier edit \"%1\" is not NAME:KEY=VALUE[,KEY=VALUE...]")
            .arg(edit);
    auto it = std::find_if(tiers.begin(), tiers.end(), [&](const ReplayTier &t) { return t.tier.name == name; });
    const bool added = it == tiers.end();
    ReplayTier tier;
    if (added) {
        tier.tier.name = name;
        tier.tier.severity = QStringLiteral("page");
        tier.tier.factor.reset();
    } else {
        tier = *it;
    }
    bool sawLong = false, sawShort = false, sawFactor = false, sawShare = false;
    for (const QString &part : edit.mid(colon + 1).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const qsizetype eq = part.indexOf(QLatin1Char('='));
        const QString key = part.left(eq).trimmed();
        const QString value = eq < 0 ? QString() : part.mid(eq + 1).trimmed();
        if (eq < 0 || value.isEmpty())
            return QCoreApplication::translate("sre::replay", "tier edit \"%1\": \"%2\" is not KEY=VALUE")
                .arg(edit, part);
        const auto duration = [&]() -> std::optional<std::chrono::seconds> {
            const auto d = parseDuration(value);
            if (!d || d->count() < 0)
                return std::nullopt;
            return std::chrono::duration_cast<std::chrono::seconds>(*d);
        };
        if (key == u"factor") {
            bool ok = false;
            const double f = value.toDouble(&ok);
            if (!ok || !(f > 0))
                return QCoreApplication::translate("sre::replay", "tier %1: factor \"%2\" must be a positive number")
                    .arg(name, value);
            tier.tier.factor = f;
            sawFactor = true;
        } else if (key == u"share") {
            QString written = value;
            const bool percent = written.endsWith(QLatin1Char('%'));
            if (percent)
                written.chop(1);
            bool ok = false;
            double share = written.toDouble(&ok);
            if (percent)
                share /= 100;
            if (!ok || !(share > 0 && share <= 1))
                return QCoreApplication::translate(
                           "sre::replay",
                           "tier %1: share \"%2\" must be a fraction in (0, 1] such as 0.02, or a percentage such "
                           "as 2%")
                    .arg(name, value);
            tier.tier.budgetShare = share;
            tier.tier.factor.reset();
            sawShare = true;
        } else if (key == u"long" || key == u"short" || key == u"for") {
            const auto d = duration();
            if (!d || (key != u"for" && d->count() <= 0))
                return QCoreApplication::translate("sre::replay",
                                                   "tier %1: %2 \"%3\" is not a duration such as 1h or 5m")
                    .arg(name, key, value);
            if (key == u"long") {
                tier.tier.longWindow = *d;
                sawLong = true;
            } else if (key == u"short") {
                tier.tier.shortWindow = *d;
                sawShort = true;
            } else {
                tier.forDuration = *d;
            }
        } else if (key == u"severity") {
            tier.tier.severity = value;
        } else {
            return QCoreApplication::translate(
                       "sre::replay",
                       "tier %1: unknown key \"%2\" (expected factor, share, long, short, for, severity)")
                .arg(name, key);
        }
    }
    if (added && (!sawLong || !sawShort || !(sawFactor || sawShare)))
        return QCoreApplication::translate("sre::replay", "new tier %1 needs long, short and factor or share")
            .arg(name);
    if (tier.tier.shortWindow > tier.tier.longWindow)
        return QCoreApplication::translate("sre::replay", "tier %1: the short window is longer than the long window")
            .arg(name);
    if (sawFactor && sawShare)
        return QCoreApplication::translate("sre::replay", "tier %1: give factor or share, not both").arg(name);
    tier.factor = slo::tierFactor(tier.tier, window);
    if (added)
        tiers.push_back(tier);
    else
        *it = tier;
    return std::nullopt;
}

} // namespace sre::replay
