#include "report.h"

#include "budget.h"
#include "duration.h"
#include "window.h"

#include <QDateTime>
#include <QJsonArray>

namespace sre::slo {

QString statusName(SloStatus status)
{
    switch (status) {
    case SloStatus::Ok: return QStringLiteral("ok");
    case SloStatus::Warning: return QStringLiteral("warning");
    case SloStatus::Critical: return QStringLiteral("critical");
    case SloStatus::NoData: return QStringLiteral("no-data");
    }
    return {};
}

std::optional<double> SloReport::burnRate(QStringView window) const
{
    for (const BurnRateValue &b : burnRates) {
        if (b.window == window)
            return b.value;
    }
    return std::nullopt;
}

SloStatus statusFor(std::optional<double> sli, std::optional<double> remaining, const std::vector<AlertState> &alerts,
                    double warningRemaining)
{
    if (!sli || !remaining)
        return SloStatus::NoData;
    const auto firing = [&](bool page) {
        return std::any_of(alerts.cbegin(), alerts.cend(),
                           [&](const AlertState &a) { return a.firing && (a.severity == u"page") == page; });
    };
    if (*remaining <= 0 || firing(true))
        return SloStatus::Critical;
    if (firing(false) || *remaining < warningRemaining)
        return SloStatus::Warning;
    return SloStatus::Ok;
}

SloReport computeReport(const SloSpec &spec, const EventSeries &series, qint64 at, const ReportOptions &options)
{
    SloReport r;
    r.id = spec.id();
    r.service = spec.service;
    r.name = spec.name;
    r.objective = spec.objective;
    r.window = windowText(spec);

    // Back to a bucket boundary of the series: the end of the last bucket that has ended by `at`.
    qint64 end = at;
    if (!series.empty() && series.step().count() > 0) {
        const qint64 step = series.step().count();
        const qint64 origin = series.firstStart();
        end = at < origin ? at : origin + (at - origin) / step * step;
    }
    r.evaluatedAt = end;
    const EvaluationWindow window = evaluationWindow(spec, end);
    r.windowStart = window.range.start;
    r.windowLength = window.length;
    if (!series.empty() && series.firstStart() > r.windowStart && series.firstStart() < end)
        r.dataFrom = series.firstStart();

    const EventCounts counts = series.counts(window.range.start, window.range.end);
    r.badEvents = counts.bad;
    r.totalEvents = counts.total;
    r.goodEvents = counts.good();
    r.sli = counts.sli();
    r.allowedBadEvents = (1 - spec.objective) * counts.total;
    r.allowedDowntimeMinutes = double(window.length.count()) / 60.0 * (1 - spec.objective);
    if (const auto budget = errorBudget(counts, spec.objective, window.length)) {
        r.errorBudgetConsumed = budget->consumed;
        r.errorBudgetRemaining = budget->remaining;
        r.usedDowntimeMinutes = budget->usedDowntimeMinutes;
    }

    for (const BurnWindow &w : standardBurnWindows())
        r.burnRates.push_back({ w.name, w.length, burnRate(series, spec.objective, end, w.length) });

    for (const TierState &t : evaluateTiers(effectiveTiers(spec), series, spec.objective, end, window.length)) {
        r.alerts.push_back({ t.tier.name, t.tier.severity, t.tier.longWindow, t.tier.shortWindow, t.factor,
                             t.longBurnRate, t.shortBurnRate, t.firing });
    }

    if (r.errorBudgetRemaining) {
        const auto current = burnRate(series, spec.objective, end, options.exhaustionBurnWindow);
        r.timeToExhaustionSeconds = timeToExhaustion(*r.errorBudgetRemaining, window.length, current);
    }
    r.status = statusFor(r.sli, r.errorBudgetRemaining, r.alerts, options.warningRemaining);
    return r;
}

namespace {
QJsonValue optionalNumber(std::optional<double> v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

QString isoUtc(qint64 t)
{
    return QDateTime::fromSecsSinceEpoch(t, Qt::UTC).toString(Qt::ISODate); // "…Z"
}

QString durationText(std::chrono::seconds s)
{
    return formatDuration(std::chrono::duration_cast<std::chrono::milliseconds>(s));
}
} // namespace

// Exactly the keys srectl's JSON report documents (issue "SLO engine"); the other numbers of
// SloReport are for the GUI.
QJsonObject toJson(const SloReport &r)
{
    QJsonObject burnRates;
    for (const BurnRateValue &b : r.burnRates)
        burnRates.insert(b.window, optionalNumber(b.value));
    QJsonArray alerts;
    for (const AlertState &a : r.alerts) {
        alerts.append(QJsonObject { { QStringLiteral("tier"), a.tier },
                                    { QStringLiteral("severity"), a.severity },
                                    { QStringLiteral("long_window"), durationText(a.longWindow) },
                                    { QStringLiteral("short_window"), durationText(a.shortWindow) },
                                    { QStringLiteral("factor"), a.factor },
                                    { QStringLiteral("firing"), a.firing } });
    }
    QJsonObject out {
        { QStringLiteral("id"), r.id },
        { QStringLiteral("service"), r.service },
        { QStringLiteral("name"), r.name },
        { QStringLiteral("objective"), r.objective },
        { QStringLiteral("window"), r.window },
        { QStringLiteral("window_start"), isoUtc(r.windowStart) },
        { QStringLiteral("evaluated_at"), isoUtc(r.evaluatedAt) },
        { QStringLiteral("data_from"), r.dataFrom ? QJsonValue(isoUtc(*r.dataFrom)) : QJsonValue(QJsonValue::Null) },
        { QStringLiteral("sli"), optionalNumber(r.sli) },
        { QStringLiteral("error_budget_remaining"), optionalNumber(r.errorBudgetRemaining) },
        { QStringLiteral("error_budget_consumed"), optionalNumber(r.errorBudgetConsumed) },
        { QStringLiteral("bad_events"), r.badEvents },
        { QStringLiteral("total_events"), r.totalEvents },
        { QStringLiteral("allowed_bad_events"), r.allowedBadEvents },
        { QStringLiteral("burn_rates"), burnRates },
        { QStringLiteral("alerts"), alerts },
        { QStringLiteral("time_to_exhaustion_seconds"), optionalNumber(r.timeToExhaustionSeconds) },
        { QStringLiteral("status"), statusName(r.status) },
    };
    if (!r.group.isEmpty()) {
        QJsonObject group;
        for (auto it = r.group.cbegin(); it != r.group.cend(); ++it)
            group.insert(it.key(), it.value());
        out.insert(QStringLiteral("group"), group);
    }
    return out;
}

} // namespace sre::slo
