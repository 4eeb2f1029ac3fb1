#pragma once

#include "events.h"
#include "slospec.h"
#include "types.h"
#include "window.h"

#include <QFuture>
#include <optional>

namespace sre {
class SloEngine;
struct SloEvaluation;
} // namespace sre

// The one computation behind the error-budget review report and a postmortem's "Impact from
// SLOs": the events an interval of an SLO's 5-minute buckets holds and the share of a window's
// error budget they are.
namespace sre::reports {

// What an interval [from, to) cost an SLO.
//
// Interval edges are rounded outward to the bucket grid (from down, to up), so the buckets an
// incident touches at all are counted whole: an incident 14:32–15:47 counts [14:30, 15:50). The
// budget window is whole buckets already (the engine's evaluation instant is a bucket end).
struct IntervalImpact
{
    slo::TimeRange requested; // as asked
    slo::TimeRange counted; // rounded outward to whole buckets, clipped to the budget window
    slo::TimeRange budgetWindow; // the window whose budget the share is of
    std::chrono::seconds budgetLength { 0 }; // the window's (or whole calendar period's) length
    double objective = 0;
    double badEvents = 0;
    double totalEvents = 0;
    double windowBadEvents = 0;
    double windowTotalEvents = 0;
    double allowedBadEvents = 0; // (1 - objective) * total events of the budget window
    std::optional<double> budgetShare; // badEvents / allowedBadEvents; none without traffic in the window
    std::optional<double> errorRatio; // badEvents / totalEvents; none without traffic in the interval
    // The first bucket with data, when it starts after the budget window does (Prometheus'
    // retention or a new service): the allowed bad events then come from less traffic than the
    // whole window's, and the share is larger than it would be.
    std::optional<qint64> windowDataFrom;

    bool hasData() const { return totalEvents > 0; }
};

// `range` rounded outward to the grid of `step` seconds that starts at the Unix epoch (the grid
// SloEngine's buckets lie on).
slo::TimeRange roundOutward(slo::TimeRange range, std::chrono::seconds step);

// The counts of `interval` and its share of the budget of `budgetWindow`, both from `series`.
// `budgetLength` is what the budget is "of" (a calendar period's whole length while the period
// runs), shown beside the share.
IntervalImpact intervalImpact(const slo::SloSpec &spec, const slo::EventSeries &series, slo::TimeRange interval,
                              slo::TimeRange budgetWindow, std::chrono::seconds budgetLength);

// The evaluation instant whose window is the budget an incident [from, to) spends, for the SLO's
// own window: a rolling window ends where the incident ends (rounded up to a bucket end, and no
// later than `now`); a calendar window is the period that contains `from`, up to its end (no later
// than `now`). evaluationWindow(spec, that instant) then contains the incident.
qint64 budgetInstantFor(const slo::SloSpec &spec, slo::TimeRange interval, qint64 now);

// The SLO's spec as it must be evaluated at budgetInstantFor(): unchanged, except that a calendar
// period evaluated at its very end is the rolling window of the period's length (an instant at
// the end of a period already belongs to the next one).
slo::SloSpec budgetSpecFor(const slo::SloSpec &spec, slo::TimeRange interval, qint64 now);

// The impact of an interval from an evaluation whose window is the budget window (as returned
// by SloEngine::evaluate(budgetSpecFor(...), budgetInstantFor(...))).
IntervalImpact impactFromEvaluation(const SloEvaluation &evaluation, slo::TimeRange interval);

struct ImpactResult
{
    slo::SloSpec spec;
    IntervalImpact impact;
    slo::EventSeries series; // the buckets, for charts
    std::optional<prom::Error> error; // Prometheus could not answer
};

// Fetches the SLO's buckets through the engine and computes the interval's impact.
QFuture<ImpactResult> computeImpact(SloEngine &engine, const slo::SloSpec &spec, slo::TimeRange interval, qint64 now);

} // namespace sre::reports
