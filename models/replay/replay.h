#pragma once

#include "burnrate.h"
#include "events.h"
#include "slospec.h"

#include <QMap>
#include <QString>
#include <QtGlobal>
#include <chrono>
#include <optional>
#include <vector>

// Alert replay (issue 15 part 2): how the multi-window, multi-burn-rate tiers of an SLO would have
// fired over its history, evaluated the way Prometheus evaluates an alerting rule (every `step`,
// both windows at or above the factor, held for `for`), from one series of fine-grained bucketed
// event counts. Every window is a prefix-sum difference of that series (events.h), so a month at
// one-minute steps is one fetch, not one query per window per step.
namespace sre::replay {

// A tier as it is replayed: the SLO's own, or an edited "what if" one.
struct ReplayTier
{
    slo::BurnTier tier;
    double factor = 0; // the burn rate both windows must reach
    std::chrono::seconds forDuration { 0 }; // Prometheus' `for`: how long the condition must hold
};

// The length the factors of an SLO refer to: its rolling window, or for a calendar window the
// nominal length of its period (week 7d, month 30d, quarter 90d), as the generated rules use.
std::chrono::seconds factorWindow(const slo::SloSpec &spec);

// The SLO's tiers (its override or the Workbook's defaults, slo::effectiveTiers) with their
// factors and no `for`.
std::vector<ReplayTier> replayTiers(const slo::SloSpec &spec);

// One firing of a tier: the condition held from `pendingSince`, the alert fired at `start` (the
// first evaluation at which it had held for `for`) and stopped firing at `end` (the first
// evaluation at which the condition no longer held), or `open` when it was still firing at the
// last evaluation (then `end` is the end of the range).
struct FiringSpan
{
    qint64 pendingSince = 0;
    qint64 start = 0;
    qint64 end = 0;
    bool open = false;

    friend bool operator==(const FiringSpan &, const FiringSpan &) = default;
};

// The evaluation times of [from, to] at `step`: multiples of the step (as Prometheus aligns a rule
// group's evaluations to its interval), from the first at or after `from` to the last at or
// before `to`.
std::vector<qint64> evaluationTimes(qint64 from, qint64 to, std::chrono::seconds step);

// The burn rate over (at - window, at] from the buckets that lie inside it; no traffic, no rate
// (never NaN: a window without events does not burn).
std::optional<double> windowBurn(const slo::EventSeries &series, double objective, qint64 at,
                                 std::chrono::seconds window);

// The tier evaluated at every evaluation time of [from, to], with `for` applied.
std::vector<FiringSpan> firingSpans(const slo::EventSeries &series, double objective, const ReplayTier &tier,
                                    qint64 from, qint64 to, std::chrono::seconds step);

// A postmortem's incident, as replay matches firings with it: [started, ended].
struct Incident
{
    QString id;
    QString title;
    qint64 started = 0;
    qint64 ended = 0; // resolved, else mitigated, else started + kUnknownIncidentLength
};
inline constexpr std::chrono::seconds kUnknownIncidentLength { 24 * 3600 };

// How one tier met one incident.
struct Detection
{
    Incident incident;
    std::optional<qint64> firedAt; // start of the first firing that overlaps the incident
    // Seconds from `started` to firedAt (0 when the tier was already firing at `started`).
    std::optional<qint64> timeToDetect;
    // Share of the SLO window's error budget spent by the bad events in [started, firedAt].
    std::optional<double> budgetSpent;
};

struct TierReplay
{
    ReplayTier tier;
    std::vector<FiringSpan> firings;
    double pagesPerWeek = 0; // firings per 7 days of the range
    std::vector<Detection> detections; // one per incident, in the incidents' order
    int missed = 0; // incidents no firing overlapped
    int withoutIncident = 0; // firings that overlap no incident: possible false pages
    // Per firing that ended: seconds from the end of the burn (the end of the last one-step
    // bucket, since the firing's long window began, burning at least at the factor) to the end
    // of the firing. Open firings have none.
    std::vector<std::optional<qint64>> resets;
    std::optional<qint64> medianReset;
    std::optional<qint64> maxReset;
    // Budget share spent from an incident's start to the tier's first firing for it: the largest
    // over the detected incidents.
    std::optional<double> budgetBeforeFirstFiring;
};

struct ReplayResult
{
    slo::SloSpec spec;
    // The group replayed, for an SLO with groupBy replayed group by group (replayGroups()); empty
    // for the SLO as a whole.
    QMap<QString, QString> group;
    qint64 from = 0;
    qint64 to = 0;
    std::chrono::seconds step { 60 };
    std::vector<Incident> incidents;
    std::vector<TierReplay> tiers;
    // Error budget of the SLO window in bad events, estimated from the range's traffic (its total
    // events scaled to the window length); the denominator of every budget share. None without
    // traffic.
    std::optional<double> windowBudgetEvents;
};

// Replays `tiers` over [from, to] at `step`. `series` must hold buckets of at most `step` from
// `from` minus the longest window (the older buckets are what the first evaluations' windows see).
ReplayResult replay(const slo::SloSpec &spec, const slo::EventSeries &series, const std::vector<ReplayTier> &tiers,
                    const std::vector<Incident> &incidents, qint64 from, qint64 to, std::chrono::seconds step);

// One group of an SLO with groupBy: its label values and its own events.
struct GroupEvents
{
    QMap<QString, QString> labels;
    slo::EventSeries series;
};

// An SLO with groupBy pages per group: its generated rules keep the `by` labels, so each group's
// alert fires on that group's burn alone (a route failing while the others are fine pages; summed
// with them it may not). Each group replayed on its own events as replay() does, the groups whose
// tiers fired most first (then by label values). Incidents are matched per group: a group whose
// alert never fired during an incident has it as missed.
std::vector<ReplayResult> replayGroups(const slo::SloSpec &spec, const std::vector<GroupEvents> &groups,
                                       const std::vector<ReplayTier> &tiers, const std::vector<Incident> &incidents,
                                       qint64 from, qint64 to, std::chrono::seconds step);

// How many times the tiers of `r` fired, all together.
int firingCount(const ReplayResult &r);

// "handler=/pay, code=5xx": a group's labels in the order of `groupBy` (then any others).
QString groupText(const QMap<QString, QString> &labels, const QStringList &groupBy);

// The longest window of `tiers` (0 when none).
std::chrono::seconds longestWindow(const std::vector<ReplayTier> &tiers);

} // namespace sre::replay
