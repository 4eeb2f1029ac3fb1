#include "replay.h"

#include "rulegen.h"
#include "timegrid.h"

#include <algorithm>

namespace sre::replay {

namespace {
using namespace std::chrono_literals;

using slo::alignDown;
using slo::alignUp;

// The end of the last bucket in [from, to) whose own burn rate reaches `factor`.
std::optional<qint64> lastBurningBucketEnd(const slo::EventSeries &series, double objective, double factor, qint64 from,
                                           qint64 to)
{
    const std::vector<slo::EventBucket> &buckets = series.buckets();
    const qint64 step = series.step().count();
    std::optional<qint64> last;
    auto it = std::lower_bound(buckets.begin(), buckets.end(), from,
                               [](const slo::EventBucket &b, qint64 t) { return b.start < t; });
    for (; it != buckets.end() && it->start + step <= to; ++it) {
        const auto burn = slo::burnRate(slo::EventCounts { it->bad, it->total }, objective);
        if (burn && *burn >= factor)
            last = it->start + step;
    }
    return last;
}

std::optional<qint64> median(std::vector<qint64> values)
{
    if (values.empty())
        return std::nullopt;
    std::sort(values.begin(), values.end());
    const std::size_t mid = values.size() / 2;
    return values.size() % 2 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
}
} // namespace

std::chrono::seconds factorWindow(const slo::SloSpec &spec)
{
    return rules::nominalLength(spec); // the generated rules' own factors, so the two agree
}

std::vector<ReplayTier> replayTiers(const slo::SloSpec &spec)
{
    std::vector<ReplayTier> tiers;
    const std::chrono::seconds window = factorWindow(spec);
    for (const slo::BurnTier &t : slo::effectiveTiers(spec))
        tiers.push_back({ t, slo::tierFactor(t, window), 0s });
    return tiers;
}

std::chrono::seconds longestWindow(const std::vector<ReplayTier> &tiers)
{
    std::chrono::seconds longest { 0 };
    for (const ReplayTier &t : tiers)
        longest = std::max({ longest, t.tier.longWindow, t.tier.shortWindow });
    return longest;
}

std::vector<qint64> evaluationTimes(qint64 from, qint64 to, std::chrono::seconds step)
{
    std::vector<qint64> times;
    if (step.count() <= 0 || to < from)
        return times;
    const qint64 first = alignUp(from, step.count());
    times.reserve(std::size_t((to - first) / step.count() + 1));
    for (qint64 t = first; t <= to; t += step.count())
        times.push_back(t);
    return times;
}

std::optional<double> windowBurn(const slo::EventSeries &series, double objective, qint64 at,
                                 std::chrono::seconds window)
{
    return slo::burnRate(series, objective, at, window);
}

std::vector<FiringSpan> firingSpans(const slo::EventSeries &series, double objective, const ReplayTier &tier,
                                    qint64 from, qint64 to, std::chrono::seconds step)
{
    std::vector<FiringSpan> spans;
    std::optional<qint64> pendingSince;
    std::optional<qint64> firingSince;
    qint64 last = from;
    for (const qint64 t : evaluationTimes(from, to, step)) {
        last = t;
        const bool active = slo::tierFiring(tier.factor, windowBurn(series, objective, t, tier.tier.longWindow),
                                            windowBurn(series, objective, t, tier.tier.shortWindow));
        if (active) {
            if (!pendingSince)
                pendingSince = t;
            // Prometheus fires once the condition has been active for `for` (at once without one).
            if (!firingSince && t - *pendingSince >= tier.forDuration.count())
                firingSince = t;
            continue;
        }
        if (firingSince)
            spans.push_back({ *pendingSince, *firingSince, t, false });
        pendingSince.reset();
        firingSince.reset();
    }
    if (firingSince)
        spans.push_back({ *pendingSince, *firingSince, last, true });
    return spans;
}

ReplayResult replay(const slo::SloSpec &spec, const slo::EventSeries &series, const std::vector<ReplayTier> &tiers,
                    const std::vector<Incident> &incidents, qint64 from, qint64 to, std::chrono::seconds step)
{
    ReplayResult result;
    result.spec = spec;
    result.from = from;
    result.to = to;
    result.step = step;
    result.incidents = incidents;

    const double budgetFraction = 1 - spec.objective;
    const qint64 rangeSeconds = std::max<qint64>(to - from, 1);
    const slo::EventCounts inRange = series.counts(from, to);
    if (inRange.total > 0)
        result.windowBudgetEvents
            = budgetFraction * inRange.total * double(factorWindow(spec).count()) / double(rangeSeconds);
    const qint64 bucket = std::max<qint64>(series.step().count(), 1);

    for (const ReplayTier &tier : tiers) {
        TierReplay r;
        r.tier = tier;
        r.firings = firingSpans(series, spec.objective, tier, from, to, step);
        r.pagesPerWeek = double(r.firings.size()) * double(7 * 24 * 3600) / double(rangeSeconds);

        const auto overlaps
            = [](const FiringSpan &f, const Incident &i) { return f.start <= i.ended && f.end >= i.started; };
        for (const Incident &incident : incidents) {
            Detection d;
            d.incident = incident;
            const auto hit = std::find_if(r.firings.begin(), r.firings.end(),
                                          [&](const FiringSpan &f) { return overlaps(f, incident); });
            if (hit == r.firings.end()) {
                ++r.missed;
            } else {
                d.firedAt = hit->start;
                d.timeToDetect = std::max<qint64>(0, hit->start - incident.started);
                if (result.windowBudgetEvents && *result.windowBudgetEvents > 0) {
                    const double bad = hit->start > incident.started
                        ? series.counts(alignDown(incident.started, bucket), hit->start).bad
                        : 0.0;
                    d.budgetSpent = bad / *result.windowBudgetEvents;
                    r.budgetBeforeFirstFiring = std::max(r.budgetBeforeFirstFiring.value_or(0.0), *d.budgetSpent);
                }
            }
            r.detections.push_back(std::move(d));
        }

        std::vector<qint64> resets;
        for (const FiringSpan &f : r.firings) {
            if (std::none_of(incidents.begin(), incidents.end(), [&](const Incident &i) { return overlaps(f, i); }))
                ++r.withoutIncident;
            std::optional<qint64> reset;
            if (!f.open) {
                const auto burnEnd = lastBurningBucketEnd(series, spec.objective, tier.factor,
                                                          f.pendingSince - tier.tier.longWindow.count(), f.end);
                if (burnEnd) {
                    reset = std::max<qint64>(0, f.end - *burnEnd);
                    resets.push_back(*reset);
                }
            }
            r.resets.push_back(reset);
        }
        r.medianReset = median(resets);
        if (!resets.empty())
            r.maxReset = *std::max_element(resets.begin(), resets.end());
        result.tiers.push_back(std::move(r));
    }
    return result;
}

std::vector<ReplayResult> replayGroups(const slo::SloSpec &spec, const std::vector<GroupEvents> &groups,
                                       const std::vector<ReplayTier> &tiers, const std::vector<Incident> &incidents,
                                       qint64 from, qint64 to, std::chrono::seconds step)
{
    std::vector<ReplayResult> out;
    out.reserve(groups.size());
    for (const GroupEvents &g : groups) {
        ReplayResult r = replay(spec, g.series, tiers, incidents, from, to, step);
        r.group = g.labels;
        out.push_back(std::move(r));
    }
    std::stable_sort(out.begin(), out.end(), [&](const ReplayResult &a, const ReplayResult &b) {
        const int fa = firingCount(a), fb = firingCount(b);
        if (fa != fb)
            return fa > fb;
        return groupText(a.group, spec.groupBy) < groupText(b.group, spec.groupBy);
    });
    return out;
}

int firingCount(const ReplayResult &r)
{
    int n = 0;
    for (const TierReplay &t : r.tiers)
        n += int(t.firings.size());
    return n;
}

QString groupText(const QMap<QString, QString> &labels, const QStringList &groupBy)
{
    QStringList parts;
    for (const QString &name : groupBy)
        if (labels.contains(name))
            parts << name + QLatin1Char('=') + labels.value(name);
    for (auto it = labels.begin(); it != labels.end(); ++it)
        if (!groupBy.contains(it.key()))
            parts << it.key() + QLatin1Char('=') + it.value();
    return parts.join(QStringLiteral(", "));
}

} // namespace sre::replay
