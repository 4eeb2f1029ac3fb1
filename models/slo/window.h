#pragma once

#include "slospec.h"

#include <QString>
#include <QtGlobal>
#include <chrono>
#include <optional>

namespace sre::slo {

// [start, end) in Unix seconds.
struct TimeRange
{
    qint64 start = 0;
    qint64 end = 0;

    qint64 seconds() const { return end - start; }
    bool contains(qint64 t) const { return t >= start && t < end; }
    friend bool operator==(const TimeRange &, const TimeRange &) = default;
};

// The calendar period that contains `instant`, in the window's IANA time zone: weeks start on
// Monday 00:00 (ISO 8601), months on the 1st, quarters in January, April, July and October. Periods
// follow the zone's clock, so a month with a DST change is an hour shorter or longer
// (Europe/Berlin: March 2026 has 743 hours, October 2026 745). An unknown zone is read as UTC.
TimeRange calendarPeriod(const CalendarWindow &window, qint64 instant);

// A period by name: "2026-10" (month), "2026-Q4" (quarter), "2026-W44" (ISO week), in `timezone`.
struct NamedPeriod
{
    CalendarWindow::Period period = CalendarWindow::Period::Month;
    TimeRange range;
};
std::optional<NamedPeriod> namedPeriod(const QString &name, const QString &timezone);

// The name of the period containing `instant`, in the forms namedPeriod() reads.
QString periodName(const CalendarWindow &window, qint64 instant);

// What an SLO is evaluated over at `at`: a rolling window is [at - window, at]; a calendar window
// is [start of the current period, at], and `length` is the whole period (the budget is the
// period's budget).
struct EvaluationWindow
{
    TimeRange range;
    std::chrono::seconds length { 0 };
};
EvaluationWindow evaluationWindow(const SloSpec &spec, qint64 at);

// An SLO evaluated over a named calendar period at an instant: what `srectl slo report|gate
// --period`, `srectl report budget --period`, the review export and the SLO page's period picker
// all evaluate, so they give the same numbers. The instant is moved into [period start, period
// end]. A period that has ended is the rolling window of its length ending at its end; the period
// still running is that calendar period in `timezone` (the zone it was named in), so its budget is
// the whole period's and its events are those since the period began.
struct PeriodEvaluation
{
    SloSpec spec;
    qint64 at = 0;
    bool complete = false;
};
PeriodEvaluation evaluateOverPeriod(const SloSpec &spec, const NamedPeriod &period, const QString &timezone, qint64 at);

// "30d", or "calendar month (Asia/Tokyo)".
QString windowText(const SloSpec &spec);

} // namespace sre::slo
