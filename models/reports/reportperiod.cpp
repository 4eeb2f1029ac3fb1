#include "reportperiod.h"

#include "duration.h"

#include <algorithm>

namespace sre::reports {

slo::TimeRange ReportPeriod::range() const
{
    if (calendar)
        return { calendar->range.start, std::min(calendar->range.end, at) };
    return { at - rolling.count(), at };
}

std::chrono::seconds ReportPeriod::budgetLength() const
{
    return calendar ? std::chrono::seconds(calendar->range.seconds()) : rolling;
}

bool ReportPeriod::isComplete() const
{
    return !calendar || at >= calendar->range.end;
}

std::optional<ReportPeriod> calendarReportPeriod(const QString &name, const QString &timezone, qint64 now)
{
    const auto named = slo::namedPeriod(name, timezone);
    if (!named)
        return std::nullopt;
    ReportPeriod p;
    p.name = name.trimmed();
    p.timezone = timezone;
    p.calendar = named;
    p.at = std::clamp(now, named->range.start, named->range.end);
    return p;
}

ReportPeriod rollingReportPeriod(std::chrono::seconds window, qint64 at, const QString &timezone)
{
    ReportPeriod p;
    p.name = formatDuration(std::chrono::duration_cast<std::chrono::milliseconds>(window));
    p.timezone = timezone;
    p.rolling = window;
    p.at = at;
    return p;
}

slo::SloSpec specForPeriod(const slo::SloSpec &spec, const ReportPeriod &period)
{
    if (period.calendar)
        return slo::evaluateOverPeriod(spec, *period.calendar, period.timezone, period.at).spec;
    slo::SloSpec out = spec;
    out.window = period.rolling;
    out.calendar.reset();
    return out;
}

} // namespace sre::reports
