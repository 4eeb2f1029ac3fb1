#pragma once

#include "problem.h"

#include <QMap>
#include <QString>
#include <QStringList>
#include <chrono>
#include <optional>
#include <vector>

namespace sre::slo {

// How the SLI is measured. Every kind reduces to good/total event counts per time bucket.
struct EventRatioSli
{
    // Either error+total or good+total; queries may contain {{window}} / {{.window}}.
    QString errorQuery;
    QString goodQuery;
    QString totalQuery;
};

struct LatencySli
{
    QString histogram; // metric selector without _bucket, e.g. http_request_duration_seconds{service="x"}
    double threshold = 0; // seconds; must be a bucket boundary
    bool nativeHistogram = false; // a Prometheus native histogram (Pyrra latencyNative): no _bucket series
};

struct TimesliceSli
{
    enum class Op { Lt, Le, Gt, Ge };
    QString query;
    Op op = Op::Lt;
    double threshold = 0;
    std::chrono::seconds slice { 60 };
};

struct CalendarWindow
{
    enum class Period { Week, Month, Quarter };
    Period period = Period::Month;
    QString timezone = QStringLiteral("UTC");
};

struct BurnTier
{
    QString name; // e.g. "page-fast"
    QString severity; // page | ticket
    std::chrono::seconds longWindow { 3600 };
    std::chrono::seconds shortWindow { 300 };
    double budgetShare = 0.02; // share of the window's budget consumed in longWindow
    std::optional<double> factor; // explicit factor overrides budgetShare
};

struct SloSpec
{
    QString service;
    QString name;
    QString description;
    QMap<QString, QString> labels;
    double objective = 0.999; // always a fraction in (0, 1)
    std::chrono::seconds window { 30 * 24 * 3600 }; // rolling window; ignored when calendar is set
    std::optional<CalendarWindow> calendar;

    enum class Kind { EventRatio, Latency, Timeslice };
    Kind kind = Kind::EventRatio;
    EventRatioSli ratio;
    LatencySli latency;
    TimesliceSli timeslice;

    // Labels the objective applies to separately (Pyrra `grouping`, native `group_by`, a
    // `sum by (...)` shared by the queries): one SLI and budget per combination of their values.
    QStringList groupBy;

    QString runbook; // as written (relative to the workspace) or URL
    std::vector<BurnTier> tiers; // empty: the defaults derived from the window
    bool alertingDisabled = false; // no burn-rate tiers at all (Sloth: both alerts disabled; Pyrra)

    QString sourceFormat; // native | seed | sloth | openslo | pyrra
    QString file;
    int line = 0;

    // How a foreign format was mapped onto this SLO (shown next to it, documented in
    // docs/slo-formats.md), e.g. "the fixed [5m] range was re-windowed to {{window}}".
    QStringList notes;
    // The seed format's error_budget.remaining_query, kept to cross-check the console's own numbers.
    QString errorBudgetQuery;

    QString id() const { return service + QLatin1Char('/') + name; }
};

struct SpecFileResult
{
    std::vector<SloSpec> slos;
    Problems problems;
};

// Reads every SLO in a file, whatever supported format it is in (detected by content).
// Never throws; a malformed SLO is reported with file:line and the others are still returned.
SpecFileResult loadSpecFile(const QString &path);
SpecFileResult loadSpecText(const QByteArray &text, const QString &pathForMessages);

// One error per SLO whose id was already used by an earlier one in `specs` (in order), naming
// both places. loadSpecFile() applies it within a file; the workspace applies it across files.
Problems findDuplicateIds(const std::vector<SloSpec> &specs);

// Whether a latency threshold is one of a histogram's bucket boundaries (the `le` values). The
// threshold cannot be checked offline; this is used against the live buckets. Returns the message
// to show when it is not a boundary, std::nullopt when it is.
std::optional<QString> validateLatencyThreshold(double threshold, const std::vector<double> &bucketBounds);

} // namespace sre::slo
