#pragma once

#include "burnrate.h"
#include "events.h"
#include "slospec.h"

#include <QJsonObject>
#include <QMap>
#include <QString>
#include <chrono>
#include <optional>
#include <vector>

namespace sre::slo {

// ok / warning / critical / no-data. The rule, in order (docs/slo-formats.md):
//   no-data   the window has no events (no SLI);
//   critical  the budget is spent (remaining <= 0) or a page tier fires;
//   warning   any other tier fires, or less than `warningRemaining` of the budget is left;
//   ok        otherwise.
enum class SloStatus { Ok, Warning, Critical, NoData };
QString statusName(SloStatus status); // "ok", "warning", "critical", "no-data"

struct AlertState
{
    QString tier;
    QString severity;
    std::chrono::seconds longWindow { 0 };
    std::chrono::seconds shortWindow { 0 };
    double factor = 0;
    std::optional<double> longBurnRate;
    std::optional<double> shortBurnRate;
    bool firing = false;
};

struct BurnRateValue
{
    QString window; // "5m", "30m", "1h", "2h", "6h", "1d", "3d"
    std::chrono::seconds length { 0 };
    std::optional<double> value;
};

// Every number srectl's JSON report and the SLO page show for one SLO at one instant.
struct SloReport
{
    QString id;
    QString service;
    QString name;
    double objective = 0; // fraction
    QMap<QString, QString> group; // the group's label values, for an SLO with groupBy; else empty
    QString window; // windowText(): "30d", "calendar month (Asia/Tokyo)"
    qint64 windowStart = 0; // Unix seconds; the window evaluated is [windowStart, evaluatedAt]
    qint64 evaluatedAt = 0; // the end of the last complete bucket at or before the requested time
    std::chrono::seconds windowLength { 0 };
    // The first bucket with data, when it starts after the window does: the numbers then cover
    // only [dataFrom, evaluatedAt] (a period that began before the history or the metric did).
    std::optional<qint64> dataFrom;

    std::optional<double> sli;
    std::optional<double> errorBudgetRemaining;
    std::optional<double> errorBudgetConsumed;
    double badEvents = 0;
    double totalEvents = 0;
    double goodEvents = 0;
    double allowedBadEvents = 0;
    double allowedDowntimeMinutes = 0;
    std::optional<double> usedDowntimeMinutes;

    std::vector<BurnRateValue> burnRates; // in standardBurnWindows() order
    std::vector<AlertState> alerts;
    std::optional<double> timeToExhaustionSeconds;
    SloStatus status = SloStatus::NoData;

    std::optional<double> burnRate(QStringView window) const;
};

struct ReportOptions
{
    // The burn rate "now" that time to exhaustion extrapolates.
    std::chrono::seconds exhaustionBurnWindow { 3600 };
    double warningRemaining = 0.25;
};

SloStatus statusFor(std::optional<double> sli, std::optional<double> remaining, const std::vector<AlertState> &alerts,
                    double warningRemaining);

// The report at `at` (Unix seconds) from the SLO's buckets. The evaluation instant is moved back to
// the end of the last complete bucket at or before `at`, so that every window is whole buckets.
SloReport computeReport(const SloSpec &spec, const EventSeries &series, qint64 at, const ReportOptions &options = {});

// The report as JSON with the keys srectl prints (snake_case; absent numbers are null).
QJsonObject toJson(const SloReport &report);

} // namespace sre::slo
