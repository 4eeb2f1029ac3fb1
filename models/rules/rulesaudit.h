#pragma once

#include "alertrule.h"
#include "events.h"
#include "slospec.h"

#include <QMap>
#include <QString>
#include <QStringList>
#include <chrono>
#include <optional>
#include <vector>

// The rule audit (issue 15, part 3): SLO recording rules already deployed in Prometheus (Sloth's,
// Pyrra's and the generated ones) compared with the engine's exact recomputation over the same
// window, and every difference explained by the evidence for its cause. This file is the logic
// without the network: which loaded rules belong to which SLO (discoverAuditedRules), what each
// recorded value should have been (expectedValue) and which cause the measurements show
// (classify). models/rulesauditcheck.h runs the queries.
namespace sre::rules {

enum class AuditSource { Sloth, Pyrra, Generated };
QString auditSourceName(AuditSource source); // sloth, pyrra, sre-console

// What a recorded series holds.
enum class AuditMeasure {
    ErrorRatio, // bad / total over the window (Sloth's slo:sli_error:ratio_rate<w>, Pyrra's :burnrate<w>)
    BudgetRemaining, // 1 - error ratio / (1 - objective) over the SLO window (Sloth)
    BadEvents, // the increase of bad events over the window (ours)
    TotalEvents, // the increase of all events over the window (ours; Pyrra's :increase<w>, summed)
};

// One deployed recording rule of a workspace SLO.
struct AuditedRule
{
    QString sloId;
    AuditSource source = AuditSource::Sloth;
    QString group; // the rule group (for its missed evaluations)
    double intervalSeconds = 0; // the group's evaluation interval; 0: Prometheus' global one
    QString record; // the recorded series' name
    QMap<QString, QString> matchers; // equality matchers that select the SLO's series of `record`
    std::chrono::seconds window { 0 };
    AuditMeasure measure = AuditMeasure::ErrorRatio;
    QString query; // as Prometheus printed it
    // A rule that averages another recorded ratio over its window (Sloth's "optimized" period
    // SLI, sum_over_time / count_over_time of the 5m ratios; also its budget remaining, which is
    // built on it): that series' name, matchers and window.
    QString input;
    QMap<QString, QString> inputMatchers;
    std::chrono::seconds inputWindow { 0 };

    // `record{matchers}`; `input{inputMatchers}`.
    QString selector() const;
    QString inputSelector() const;
    // e.g. slo:sli_error:ratio_rate30d{sloth_id="checkout-availability"}, for people.
    QString displayName() const;
};

// The loaded recording rules that belong to one of `specs`: Sloth's (labels sloth_service and
// sloth_slo name the SLO), Pyrra's (label `slo`, plus `service` or `namespace` where the name is
// not unique) and the generated ones (labels `slo` and `service`). Others are ignored.
std::vector<AuditedRule> discoverAuditedRules(const std::vector<slo::SloSpec> &specs,
                                              const std::vector<alerting::ApiRuleGroup> &groups);

// Relative tolerance: differences below 1e-4 of the value (plus 1e-9 absolute) are rounding.
inline constexpr double kAuditTolerance = 1e-4;
bool sameValue(double a, double b);

// `counts` in the unit `rule` records; nullopt for a ratio of 0/0.
std::optional<double> measureOf(const AuditedRule &rule, const slo::SloSpec &spec, const slo::EventCounts &counts);

// The exact buckets are whole steps (1 minute) of the SLO's events; a rule's sample is stamped at
// its group's evaluation time, which need not fall on a step. "The same window" is then known to
// the resolution of the steps: the events lie between those of the whole steps inside
// (at - window, at] and those of the steps touching it.
//
// What `rule` should have recorded for the window of its length that ends at the last whole step
// at or before `at`; nullopt when that is undefined (no traffic: a ratio of 0/0).
std::optional<double> expectedValue(const AuditedRule &rule, const slo::SloSpec &spec, const slo::EventSeries &exact,
                                    double at);
// Whether `recorded` is a value the events allow for the window ending at `at`: within the
// tolerance of the range between the inner and the outer whole steps. NaN and Inf never are.
bool consistentWithEvents(const AuditedRule &rule, const slo::SloSpec &spec, const slo::EventSeries &exact, double at,
                          double recorded);
// The error ratio as rate() or increase() sees it at `at`: over the whole steps whose both ends
// lie in [at - window, at] (their extrapolation cancels in a ratio).
std::optional<double> ratioAsSampled(const slo::EventSeries &exact, double at, std::chrono::seconds window);

// The cause a difference is explained by.
enum class AuditCause {
    NanOrInf, // NaN or Inf samples inside the window (zero traffic: 0/0)
    TimeWeightedAveraging, // the mean of interval ratios, not events over events
    Extrapolation, // increase()/rate() extrapolated at the edges of the window
    MissedEvaluations, // prometheus_rule_group_iterations_missed_total went up in the window
    Unexplained, // none of the above reproduces the recorded value
};
QString auditCauseName(AuditCause cause); // nan, averaging, extrapolation, missed-evaluations, unexplained
QString auditCauseText(AuditCause cause); // translated

// What the queries measured about one recorded value whose exact recomputation differs.
struct AuditEvidence
{
    double recorded = 0;
    std::optional<double> exact;
    // The input's samples inside the window (rules with an input): how many, how many are NaN or
    // Inf and when the first of those was, and the mean of the exact input ratios at the same
    // instants (the rule's time-weighted recomputation; unset when any of them is 0/0).
    int inputSamples = 0;
    int inputNonFinite = 0;
    std::optional<double> firstNonFinite;
    std::optional<double> timeWeighted;
    // Prometheus' own increase() of the SLO's event queries over the whole window (rules over raw
    // counters): the value the rule gets when extrapolation is all that differs.
    std::optional<double> extrapolated;
    double missedEvaluations = 0; // the increase of the group's missed-iterations counter
};

struct AuditFinding
{
    AuditedRule rule;
    double at = 0; // the timestamp of the recorded sample audited
    double recorded = 0;
    std::optional<double> exact;
    std::vector<AuditCause> causes; // at least one
    AuditEvidence evidence;
    QString detail; // the evidence, for people
};

// The causes the evidence shows, most specific first.
std::vector<AuditCause> classify(const AuditedRule &rule, const AuditEvidence &evidence);
QString evidenceText(const AuditedRule &rule, const AuditEvidence &evidence, const std::vector<AuditCause> &causes);

struct SloAudit
{
    QString sloId;
    int rulesAudited = 0; // recorded values compared
    std::vector<AuditFinding> findings;
    QStringList notes; // rules found but not audited, and why

    bool ok() const { return findings.empty(); }
    QStringList causes() const; // auditCauseName()s that occur
    QString summary() const; // one line per finding with its evidence, for a tooltip
    QString brief() const; // one line per finding: the rule and its causes
};

struct AuditReport
{
    qint64 at = 0;
    std::vector<SloAudit> slos; // SLOs with deployed rules, in the order of the specs
    bool hasFindings() const;
};

} // namespace sre::rules
