#include "slohistory.h"

#include "budget.h"
#include "burnrate.h"

#include <cmath>
#include <limits>

namespace sre {

namespace {
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

double orNaN(std::optional<double> v)
{
    return v ? *v : kNaN;
}

std::optional<double> remaining(const slo::EventCounts &counts, double objective)
{
    const auto sli = counts.sli();
    if (!sli)
        return std::nullopt;
    return 1.0 - slo::budgetConsumed(*sli, objective);
}
} // namespace

SloHistory computeHistory(const SloEvaluation &ev, std::optional<slo::TimeRange> period)
{
    SloHistory h;
    const slo::SloReport &r = ev.report;
    const slo::EventSeries &s = ev.series;
    const double objective = ev.spec.objective;
    h.evaluatedAt = r.evaluatedAt;
    h.from = r.windowStart;
    h.to = r.evaluatedAt;
    if (!period && ev.spec.calendar && r.evaluatedAt > r.windowStart)
        period = slo::calendarPeriod(*ev.spec.calendar, r.windowStart);
    if (period) {
        h.calendar = true;
        h.from = period->start;
        h.to = period->end;
    }
    if (s.empty() || r.evaluatedAt <= h.from)
        return h;
    const qint64 step = s.step().count();
    const qint64 start = r.windowStart;

    // The period's whole budget in events, projecting the traffic so far over the rest of it.
    double periodBudget = 0;
    if (h.calendar) {
        const slo::EventCounts sofar = s.counts(h.from, r.evaluatedAt);
        const double elapsed = double(r.evaluatedAt - h.from);
        if (elapsed > 0)
            periodBudget = (1 - objective) * sofar.total * double(h.to - h.from) / elapsed;
        h.idealBurndown.append(double(h.from), 1.0);
        h.idealBurndown.append(double(h.to), 0.0);
    }

    // A rolling window is charted as what it was at each point: the window preceding the point
    // (the engine fetched one more window of buckets for this). A calendar period counts from its
    // start, as its numbers do.
    h.rolling = !h.calendar;
    const qint64 length = r.windowLength.count();

    const std::size_t n = std::size_t(std::max<qint64>(0, (r.evaluatedAt - start) / step));
    for (auto *ts : { &h.sliHourly, &h.sliWindow, &h.budgetRemaining, &h.burn1h, &h.burn6h })
        ts->t.reserve(n), ts->v.reserve(n);
    for (qint64 t = start + step; t <= r.evaluatedAt; t += step) {
        const double x = double(t);
        const slo::EventCounts window = s.counts(h.rolling ? t - length : start, t);
        const slo::EventCounts hour = s.counts(t - 3600, t);
        h.sliHourly.append(x, orNaN(hour.sli()));
        h.sliWindow.append(x, orNaN(window.sli()));
        h.budgetRemaining.append(x, orNaN(remaining(window, objective)));
        h.burn1h.append(x, orNaN(slo::burnRate(hour, objective)));
        h.burn6h.append(x, orNaN(slo::burnRate(s.counts(t - 6 * 3600, t), objective)));
        if (h.calendar && periodBudget > 0)
            h.periodBudgetRemaining.append(x, 1.0 - window.bad / periodBudget);
    }
    return h;
}

QList<double> budgetSparkline(const SloEvaluation &ev, int points)
{
    QList<double> out;
    const slo::SloReport &r = ev.report;
    if (ev.series.empty() || points < 2 || r.evaluatedAt <= r.windowStart)
        return out;
    const qint64 step = ev.series.step().count();
    for (int i = 1; i <= points; ++i) {
        qint64 t = r.windowStart + (r.evaluatedAt - r.windowStart) * i / points;
        t -= (t - r.windowStart) % step; // whole buckets
        out << orNaN(remaining(ev.series.counts(r.windowStart, t), ev.spec.objective));
    }
    return out;
}

} // namespace sre
