#pragma once

#include "types.h"

#include <QFuture>
#include <QMap>
#include <QString>
#include <QTimeZone>
#include <array>
#include <optional>
#include <vector>

namespace sre::prom {
class PrometheusClient;
}

namespace sre::alerting {

// Alert history from Prometheus' own `ALERTS` series (DESIGN.md: the console keeps no alert
// database). The series is read as
//
//     count_over_time(ALERTS{alertstate="firing"}[STEP - 1ms])
//
// by query_range with the same STEP, so a point at t means "the rule evaluation wrote a firing
// sample in (t - STEP, t]": each sample shows at exactly one evaluation time, whether the range's
// left end is closed (Prometheus 2) or open (Prometheus 3). A range selector has no 5-minute
// lookback, so a resolved alert stops at its last sample (backfilled data has no staleness markers
// and would otherwise linger).
//
// Rules of the computation (all in computeAlertHistory(), which is pure):
// - A **firing** is a run of points whose neighbours are at most 2 steps apart: a gap of more than
//   2 steps (one missed rule evaluation is tolerated) ends it. It starts at its first point and
//   lasts (last point - first point) + STEP: N points are N steps of firing (exact when the rule is
//   evaluated every STEP on the STEP grid). A firing under way at the period's start or end is
//   clipped to the period (`clippedStart`, `ongoing`); one that starts at the period's very last
//   instant has no time inside it and is left out.
// - **Total time firing** is the sum of the firings' durations; **median duration** the median of
//   them (the mean of the middle two for an even count).
// - **Flap score** = the number of firings shorter than 10 minutes, plus the number of firings that
//   start at most 30 minutes after the previous firing of the same series ended (a re-fire). A short
//   firing that is also a re-fire counts twice. A firing clipped by the period's edges is never
//   counted as short: its real length is unknown.
// - A **page** is a firing (each one notifies the receiver once); **pages per week** = firings ×
//   7 days / the period's length. **Night-time pages** are firings that start between 22:00 and
//   07:00 in the workspace's time zone.
// - **Hours of the day**: `startsByHour[h]` counts firings that start in local hour h;
//   `secondsByHour[h]` is the time firing in local hour h (each point's STEP is put in the hour in
//   which that STEP began), so the 24 buckets add up to the total time firing.
// - **Active since** (`ALERTS_FOR_STATE`): for a firing already under way when the period began,
//   the time its alert became active (pending). Prometheus writes `ALERTS_FOR_STATE{<the alert's
//   labels>}` at each evaluation of an active alert, its value the alert's activeAt in Unix
//   seconds; one instant query of it at the period's start answers for every clipped firing. The
//   firing's start, duration and the figures above stay clipped to the period: activeSince only
//   says how long it had been going on (an alert firing for weeks reads very differently from one
//   that began a minute before the period). 0 when not known (no sample). Prometheus writes the
//   series for every active alert, with or without `for` (checked with Debian's 2.42).
struct Firing
{
    qint64 start = 0; // Unix seconds
    qint64 end = 0; // start + duration
    bool clippedStart = false; // already firing when the period began
    bool ongoing = false; // still firing when the period ended
    qint64 activeSince = 0; // clippedStart only: activeAt from ALERTS_FOR_STATE (Unix seconds); 0: unknown

    qint64 duration() const { return end - start; }
    friend bool operator==(const Firing &, const Firing &) = default;
};

struct AlertHistoryRow
{
    QString alertname;
    QMap<QString, QString> labels; // every label but __name__, alertname and alertstate
    std::vector<Firing> firings; // in time order

    qint64 totalSeconds = 0;
    qint64 medianSeconds = 0;
    int shortFirings = 0; // shorter than kShortFiring
    int refires = 0; // started within kRefireWindow of the previous end
    int nightPages = 0;
    double pagesPerWeek = 0;
    std::array<int, 24> startsByHour {};
    std::array<qint64, 24> secondsByHour {};

    int firingCount() const { return int(firings.size()); }
    int flapScore() const { return shortFirings + refires; }
    qint64 lastFired() const { return firings.empty() ? 0 : firings.back().start; }
    QString severity() const { return labels.value(QStringLiteral("severity")); }
    // `alertname{a="x", b="y"}`, the way Prometheus prints a series.
    QString seriesText() const;
};

struct AlertHistory
{
    qint64 from = 0;
    qint64 to = 0;
    qint64 step = 60;
    QString timezone; // IANA name the hours and nights are counted in
    std::vector<AlertHistoryRow> rows; // by pages per week, most first (ties: name, labels)
    QStringList warnings; // passed through from Prometheus
    std::optional<prom::Error> error;

    bool ok() const { return !error.has_value(); }
    // The rows of one alert name (any labels), in the order of `rows`.
    std::vector<const AlertHistoryRow *> rowsFor(const QString &alertname) const;
};

constexpr qint64 kShortFiring = 10 * 60;
constexpr qint64 kRefireWindow = 30 * 60;
constexpr int kNightStartHour = 22;
constexpr int kNightEndHour = 7;

// One series' firings from its point times (Unix seconds, ascending), by the rules above.
std::vector<Firing> firingsFromPoints(const std::vector<double> &times, qint64 step, qint64 from, qint64 to);

// The whole history from the query's series (pure: unit tests feed synthetic series).
AlertHistory computeAlertHistory(const std::vector<prom::Series> &series, qint64 from, qint64 to, qint64 step,
                                 const QTimeZone &zone);

// Sets activeSince on the clipped first firings of `history` from `forState`, the answer to
// alertsForStateQuery() at history.from: a series matches a row by alertname and every other label
// (alertstate and __name__ aside). Values that are not a time at or before history.from are ignored.
void applyActiveSince(AlertHistory &history, const std::vector<prom::Series> &forState);

struct AlertHistoryRequest
{
    qint64 from = 0;
    qint64 to = 0;
    qint64 step = 60;
    QString timezone = QStringLiteral("UTC");
    QString matchers; // extra label matchers inside ALERTS{...}, e.g. `alertname="X"`; empty: all
    QString viewKey; // latest wins, see PrometheusClient
};

// The `length` seconds up to `to`, both on the STEP grid (rule evaluations mostly are), counted in
// `timezone`: what `srectl alerts history --period 30d` and a view's "last 30 days" ask for.
AlertHistoryRequest lastPeriod(qint64 to, qint64 length, const QString &timezone, qint64 step = 60);

// The PromQL the history is read with (see above).
QString alertHistoryQuery(const AlertHistoryRequest &request);

// `ALERTS_FOR_STATE{<matchers>}`, queried at the period's start for activeSince (see above).
QString alertsForStateQuery(const AlertHistoryRequest &request);

// Fetches (with query_range's range splitting) and computes; with it, one instant query of
// alertsForStateQuery() at `from` gives the clipped firings their activeSince (an
// error there only leaves it unknown). The future finishes on the client's
// worker thread; errors come in AlertHistory::error.
QFuture<AlertHistory> fetchAlertHistory(prom::PrometheusClient &client, const AlertHistoryRequest &request);

} // namespace sre::alerting
