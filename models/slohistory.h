#pragma once

#include "sloengine.h"
#include "timeseries.h"
#include "window.h"

#include <QList>
#include <optional>

namespace sre {

// The SLO over time, for the detail charts: every series comes from the evaluation's buckets by
// prefix sums, one point per bucket end (times in Unix seconds).
struct SloHistory
{
    qint64 from = 0; // the chart's x range: the window, or the whole calendar period
    qint64 to = 0;
    qint64 evaluatedAt = 0;
    bool calendar = false; // a calendar period: the burndown has an ideal line to the period's end
    bool rolling = false; // a rolling window: each point is the value over the window preceding it

    series::TimeSeries sliHourly; // SLI of the hour ending at t
    series::TimeSeries sliWindow; // SLI of [t - window, t] (rolling), of [period start, t] (calendar)
    series::TimeSeries budgetRemaining; // remaining budget over the same span as sliWindow
    series::TimeSeries periodBudgetRemaining; // calendar: share of the whole period's budget left
    series::TimeSeries idealBurndown; // calendar: spending the budget evenly, 1 at the start, 0 at the end
    series::TimeSeries burn1h;
    series::TimeSeries burn6h;
};

// `period` names a calendar period to draw as a burndown even when the spec itself is rolling
// (a closed period picked in the GUI is evaluated as the rolling window that ends where it ends).
SloHistory computeHistory(const SloEvaluation &evaluation, std::optional<slo::TimeRange> period = {});

// The remaining budget at `points` evenly spaced instants of the window (for the overview's
// sparkline); NaN where there is no traffic yet.
QList<double> budgetSparkline(const SloEvaluation &evaluation, int points);

} // namespace sre
