#include "intervalimpact.h"

#include "futurechain.h"
#include "sloengine.h"
#include "timegrid.h"

#include <algorithm>

namespace sre::reports {

namespace {
constexpr auto floorTo = slo::alignDown;
constexpr auto ceilTo = slo::alignUp;
} // namespace

slo::TimeRange roundOutward(slo::TimeRange range, std::chrono::seconds step)
{
    const qint64 s = std::max<qint64>(1, step.count());
    return { floorTo(range.start, s), ceilTo(range.end, s) };
}

IntervalImpact intervalImpact(const slo::SloSpec &spec, const slo::EventSeries &series, slo::TimeRange interval,
                              slo::TimeRange budgetWindow, std::chrono::seconds budgetLength)
{
    IntervalImpact out;
    out.requested = interval;
    out.budgetWindow = budgetWindow;
    out.budgetLength = budgetLength;
    out.objective = spec.objective;
    const slo::TimeRange rounded = roundOutward(interval, series.step());
    out.counted = { std::clamp(rounded.start, budgetWindow.start, budgetWindow.end),
                    std::clamp(rounded.end, budgetWindow.start, budgetWindow.end) };
    const slo::EventCounts counts = series.counts(out.counted.start, out.counted.end);
    out.badEvents = counts.bad;
    out.totalEvents = counts.total;
    out.errorRatio = counts.errorRatio();
    const slo::EventCounts window = series.counts(budgetWindow.start, budgetWindow.end);
    out.windowBadEvents = window.bad;
    out.windowTotalEvents = window.total;
    out.allowedBadEvents = (1 - spec.objective) * window.total;
    if (out.allowedBadEvents > 0)
        out.budgetShare = out.badEvents / out.allowedBadEvents;
    if (!series.empty() && series.firstStart() > budgetWindow.start)
        out.windowDataFrom = series.firstStart();
    return out;
}

namespace {
constexpr qint64 kStep = SloEngine::kStep.count();

bool endsAtPeriodEnd(const slo::SloSpec &spec, slo::TimeRange interval, qint64 now, qint64 *periodEnd)
{
    if (!spec.calendar)
        return false;
    const slo::TimeRange period = slo::calendarPeriod(*spec.calendar, interval.start);
    *periodEnd = period.end;
    return floorTo(now, kStep) >= period.end;
}
} // namespace

qint64 budgetInstantFor(const slo::SloSpec &spec, slo::TimeRange interval, qint64 now)
{
    const qint64 latest = floorTo(now, kStep);
    if (!spec.calendar)
        return std::min(ceilTo(interval.end, kStep), latest);
    qint64 periodEnd = 0;
    if (endsAtPeriodEnd(spec, interval, now, &periodEnd))
        return periodEnd;
    return latest;
}

slo::SloSpec budgetSpecFor(const slo::SloSpec &spec, slo::TimeRange interval, qint64 now)
{
    slo::SloSpec out = spec;
    qint64 periodEnd = 0;
    if (endsAtPeriodEnd(spec, interval, now, &periodEnd)) {
        const slo::TimeRange period = slo::calendarPeriod(*spec.calendar, interval.start);
        out.window = std::chrono::seconds(period.seconds());
        out.calendar.reset();
    }
    return out;
}

IntervalImpact impactFromEvaluation(const SloEvaluation &evaluation, slo::TimeRange interval)
{
    const slo::SloReport &r = evaluation.report;
    return intervalImpact(evaluation.spec, evaluation.series, interval, { r.windowStart, r.evaluatedAt },
                          r.windowLength);
}

QFuture<ImpactResult> computeImpact(SloEngine &engine, const slo::SloSpec &spec, slo::TimeRange interval, qint64 now)
{
    const slo::SloSpec evaluated = budgetSpecFor(spec, interval, now);
    return fut::then(engine.evaluate(evaluated, budgetInstantFor(spec, interval, now)),
                     [spec, interval](const SloEvaluation &ev) {
                         ImpactResult out;
                         out.spec = spec;
                         out.series = ev.series;
                         out.error = ev.error;
                         out.impact = impactFromEvaluation(ev, interval);
                         return out;
                     });
}

} // namespace sre::reports
