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

// "2026-10" / "2026-Q4" / "2026-W44" in `timezone`; the period is evaluated at `now` moved into
// [start, end] (slo::evaluateOverPeriod()).
std::optional<ReportPeriod> calendarReportPeriod(const QString &name, const QString &timezone, qint64 now);
ReportPeriod rollingReportPeriod(std::chrono::seconds window, qint64 at, const QString &timezone);

// Each SLO of the review is evaluated over the period, whatever its own window: a calendar period
// as slo::evaluateOverPeriod() says (the same as `srectl slo report --period` and the SLO page),
// a rolling window as itself.
slo::SloSpec specForPeriod(const slo::SloSpec &spec, const ReportPeriod &period);

} // namespace sre::reports
