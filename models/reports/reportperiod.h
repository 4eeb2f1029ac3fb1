#pragma once

#include "slospec.h"
#include "window.h"

#include <QString>
#include <chrono>
#include <optional>

namespace sre::reports {

// The period an error-budget review covers: a calendar period by name ("2026-10", "2026-Q4",
// "2026-W44") in the workspace time zone, or a rolling window ending at an instant.
struct ReportPeriod
{
    QString name; // "2026-10", or "30d" for a rolling window
    QString timezone; // IANA, the workspace's
    std::optional<slo::NamedPeriod> calendar;
    std::chrono::seconds rolling { 0 }; // when not calendar
    qint64 at = 0; // the instant evaluated: the period's end, or now while it runs

    // [start, end) of what is evaluated: a calendar period that has not ended yet ends at `at`.
    slo::TimeRange range() const;
    // What the budget is of: the whole calendar period, or the rolling window.
    std::chrono::seconds budgetLength() const;
    bool isComplete() const; // a calendar period that has ended, or any rolling window
};

// "2026-10" / "2026-Q4" / "2026-W44" in `timezone`; the period is evaluated up to min(end, now).
std::optional<ReportPeriod> calendarReportPeriod(const QString &name, const QString &timezone, qint64 now);
ReportPeriod rollingReportPeriod(std::chrono::seconds window, qint64 at, const QString &timezone);

// Each SLO of the review is evaluated over the period, whatever its own window: a complete
// period as the rolling window of its length ending at its end (as `srectl slo report --period`
// does), a running calendar period as that calendar period (budget of the whole period, events
// so far).
slo::SloSpec specForPeriod(const slo::SloSpec &spec, const ReportPeriod &period);

} // namespace sre::reports
