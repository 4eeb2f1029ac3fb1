#pragma once

#include "slospec.h"

#include <QMap>
#include <QString>
#include <QStringList>
#include <chrono>
#include <vector>

// Prometheus rules generated from an SLO spec (DESIGN.md "Generated rules"). The recording rules
// record the raw increase of bad and of total events per 5 minutes, exactly the buckets the SLO
// engine fetches (querybuilder.h), so every window's burn rate and the period SLI are sums of
// increases divided, never averages of ratios. The group is evaluated every 5 minutes, so the
// recorded samples cover the time without overlap; a window of length W sums its ceil(W / 5m)
// newest samples.
namespace sre::rules {

// The length a burn-rate factor refers to: the rolling window, or a calendar period's nominal
// 7, 30 or 90 days (a fixed length, as Prometheus rules need). The replay uses the same.
std::chrono::seconds nominalLength(const slo::SloSpec &spec);

// The bucket of the recorded increases and the evaluation interval of every generated group.
inline constexpr std::chrono::seconds kRuleStep { 300 };
QString badEventsRecord(); // slo:bad_events:increase5m
QString totalEventsRecord(); // slo:total_events:increase5m
QString alertName(); // SLOBurnRate

// One alerting rule: a tier of the SLO fires when both its long and its short window burn the
// budget at least `factor` times as fast as the SLO window allows.
struct TierAlert
{
    slo::BurnTier tier;
    double factor = 0;
    std::chrono::milliseconds exhaustion { 0 }; // the whole budget is gone after this at `factor`
    QString expr;
    QMap<QString, QString> labels; // slo, service, severity, tier, long, short, factor, exhaustion
    QMap<QString, QString> annotations; // runbook_url (when the spec has one), summary, description
};

// The rule group of one SLO.
struct SloRules
{
    slo::SloSpec spec;
    QString group; // sre-console-<service>-<slo>
    // The window the budget and the factors refer to. A calendar window has no fixed length; its
    // rules use the nominal one (week 7d, month 30d, quarter 90d), see notes.
    std::chrono::seconds windowLength { 0 };
    QMap<QString, QString> seriesLabels; // slo, service: added to both recorded series
    QString badExpr; // recorded as slo:bad_events:increase5m; no sample without traffic
    QString totalExpr; // recorded as slo:total_events:increase5m; no sample without traffic
    std::vector<TierAlert> alerts; // none when the SLO's alerting is disabled
    QStringList notes; // what the reader of the rules should know (shown as comments)
};

SloRules generateRules(const slo::SloSpec &spec);

// `name{service="...",slo="..."}`: a recorded series of the SLO.
QString recordedSelector(const SloRules &rules, const QString &metric);

// How many recorded samples (one per kRuleStep) the range `[window - 1ms]` holds at an evaluation:
// ceil(window / 5m). One millisecond less than the window, because Prometheus 2 includes both ends
// of a range and would count the sample at its start as well.
int samplesIn(std::chrono::seconds window);

// The `[...]` of a window: "59m59s999ms" for 1h.
QString rangeText(std::chrono::seconds window);

} // namespace sre::rules
