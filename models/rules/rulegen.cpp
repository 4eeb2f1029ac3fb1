#include "rulegen.h"

#include "burnrate.h"
#include "duration.h"
#include "promqltext.h"
#include "querybuilder.h"
#include "window.h"

#include <cmath>

namespace sre::rules {

using namespace std::chrono_literals;

QString badEventsRecord()
{
    return QStringLiteral("slo:bad_events:increase5m");
}

QString totalEventsRecord()
{
    return QStringLiteral("slo:total_events:increase5m");
}

QString alertName()
{
    return QStringLiteral("SLOBurnRate");
}

int samplesIn(std::chrono::seconds window)
{
    return int((window.count() + kRuleStep.count() - 1) / kRuleStep.count());
}

QString rangeText(std::chrono::seconds window)
{
    return formatDuration(std::chrono::duration_cast<std::chrono::milliseconds>(window) - 1ms);
}

namespace {

QString labelValue(const QString &value)
{
    QString escaped = value;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('"'), QStringLiteral("\\\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QString percentText(double fraction)
{
    return slo::promql::formatNumber(std::round(fraction * 100 * 1e9) / 1e9) + QStringLiteral(" %");
}

// (sum of bad / sum of total over the window) / (1 - objective): the engine's burnRate().
QString burnExpr(const SloRules &r, std::chrono::seconds window)
{
    const QString range = rangeText(window);
    return QStringLiteral("(sum_over_time(%1[%3]) / sum_over_time(%2[%3])) / (1 - %4)")
        .arg(recordedSelector(r, badEventsRecord()), recordedSelector(r, totalEventsRecord()), range,
             slo::promql::formatNumber(r.spec.objective));
}

TierAlert tierAlert(const SloRules &r, const slo::BurnTier &tier)
{
    const slo::SloSpec &spec = r.spec;
    TierAlert a;
    a.tier = tier;
    a.factor = slo::tierFactor(tier, r.windowLength);
    const double windowMs = double(std::chrono::duration_cast<std::chrono::milliseconds>(r.windowLength).count());
    a.exhaustion = std::chrono::milliseconds(std::llround(windowMs / a.factor));
    const QString factor = slo::promql::formatNumber(a.factor);
    a.expr = QStringLiteral("%1 >= %3\nand\n%2 >= %3")
                 .arg(burnExpr(r, tier.longWindow), burnExpr(r, tier.shortWindow), factor);
    a.labels = r.seriesLabels;
    a.labels.insert(QStringLiteral("severity"), tier.severity);
    a.labels.insert(QStringLiteral("tier"), tier.name);
    a.labels.insert(QStringLiteral("long"), formatDuration(tier.longWindow));
    a.labels.insert(QStringLiteral("short"), formatDuration(tier.shortWindow));
    a.labels.insert(QStringLiteral("factor"), factor);
    a.labels.insert(QStringLiteral("exhaustion"), formatDuration(a.exhaustion));
    if (!spec.runbook.isEmpty())
        a.annotations.insert(QStringLiteral("runbook_url"), spec.runbook);
    a.annotations.insert(
        QStringLiteral("summary"),
        QStringLiteral("%1 is burning its error budget %2 times too fast (%3)").arg(spec.id(), factor, tier.name));
    a.annotations.insert(
        QStringLiteral("description"),
        QStringLiteral("%1: over both the last %2 and the last %3, at least %4 times the allowed share of "
                       "events failed (objective %5 over %6, so %7 of events may fail). At this rate the "
                       "whole error budget is spent in %8.%9")
            .arg(spec.id(), formatDuration(tier.longWindow), formatDuration(tier.shortWindow), factor,
                 percentText(spec.objective), slo::windowText(spec), percentText(1 - spec.objective),
                 formatDuration(a.exhaustion),
                 spec.description.isEmpty() ? QString() : QStringLiteral(" SLI: ") + spec.description.trimmed()));
    return a;
}

} // namespace

std::chrono::seconds nominalLength(const slo::SloSpec &spec)
{
    if (!spec.calendar)
        return spec.window;
    switch (spec.calendar->period) {
    case slo::CalendarWindow::Period::Week: return 7 * 24h;
    case slo::CalendarWindow::Period::Month: return 30 * 24h;
    case slo::CalendarWindow::Period::Quarter: return 90 * 24h;
    }
    return spec.window;
}

QString recordedSelector(const SloRules &rules, const QString &metric)
{
    QStringList matchers;
    for (auto it = rules.seriesLabels.cbegin(); it != rules.seriesLabels.cend(); ++it)
        matchers << it.key() + QLatin1Char('=') + labelValue(it.value());
    return metric + QLatin1Char('{') + matchers.join(QLatin1Char(',')) + QLatin1Char('}');
}

SloRules generateRules(const slo::SloSpec &spec)
{
    SloRules r;
    r.spec = spec;
    r.group = QStringLiteral("sre-console-%1-%2").arg(spec.service, spec.name);
    r.windowLength = nominalLength(spec);
    r.seriesLabels.insert(QStringLiteral("service"), spec.service);
    r.seriesLabels.insert(QStringLiteral("slo"), spec.name);

    // The engine's own 5-minute bucket queries: the same latency `le` matching, the same
    // timeslice subqueries, the same per-group sums.
    const slo::EventQueries q = slo::bucketQueries(spec, kRuleStep);
    const QString hasTraffic = slo::promql::operand(q.total) + QStringLiteral(" > 0");
    r.totalExpr = hasTraffic;
    r.badExpr = slo::promql::operand(q.bad) + QStringLiteral("\nand\n") + hasTraffic;

    if (spec.calendar)
        r.notes << QStringLiteral("The %1 has no fixed length: the factors and the exhaustion times use %2.")
                       .arg(slo::windowText(spec), formatDuration(r.windowLength));
    for (const slo::BurnTier &tier : slo::effectiveTiers(spec)) {
        if (tier.shortWindow < kRuleStep || tier.longWindow.count() % kRuleStep.count() != 0
            || tier.shortWindow.count() % kRuleStep.count() != 0)
            r.notes << QStringLiteral("Tier %1: its windows are counted in whole 5m buckets (%2 and %3 buckets).")
                           .arg(tier.name)
                           .arg(samplesIn(tier.longWindow))
                           .arg(samplesIn(tier.shortWindow));
        r.alerts.push_back(tierAlert(r, tier));
    }
    return r;
}

} // namespace sre::rules
