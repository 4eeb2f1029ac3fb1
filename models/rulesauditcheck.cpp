#include "rulesauditcheck.h"

#include "closeswitch.h"
#include "futurechain.h"
#include "prometheusclient.h"
#include "querybuilder.h"
#include "sloengine.h"

#include <QCoreApplication>
#include <QTimeZone>
#include <algorithm>
#include <cmath>
#include <map>
#include <set>

namespace sre {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(sre::RulesAudit)
};

// The exact buckets step: fine enough for every window and for the 5m ratios averaged at each
// 1-minute evaluation of a rule.
constexpr std::chrono::seconds kExactStep { 60 };

QDateTime utc(double seconds)
{
    return QDateTime::fromMSecsSinceEpoch(qint64(std::llround(seconds * 1000)), QTimeZone::utc());
}

prom::QueryResult wait(QFuture<prom::QueryResult> future)
{
    future.waitForFinished();
    return future.result();
}

QString rangeOf(std::chrono::seconds s)
{
    return QString::number(s.count()) + u's';
}

// The newest sample of each series of `rule` at or before `at`: its time, and the value summed over
// the series that have a sample at that time. nullopt: no sample in the lookback.
struct Latest
{
    double at = 0;
    double value = 0;
    int series = 0;
    std::vector<QMap<QString, QString>> labels; // of each series summed
};

// Whether `labels` hold every label of `group` with its value.
bool inGroup(const QMap<QString, QString> &labels, const QMap<QString, QString> &group)
{
    for (auto it = group.begin(); it != group.end(); ++it)
        if (labels.value(it.key()) != it.value())
            return false;
    return true;
}

class Auditor
{
public:
    Auditor(prom::PrometheusClient &client, qint64 at)
        : m_client(client)
        , m_at(at)
    { }

    std::optional<prom::Error> error;

    std::optional<Latest> latest(const rules::AuditedRule &rule)
    {
        const qint64 lookback = std::max<qint64>(600, qint64(2 * rule.intervalSeconds));
        const prom::QueryResult r = wait(
            m_client.query(rule.selector() + u'[' + QString::number(lookback) + QStringLiteral("s]"), utc(m_at)));
        if (r.error) {
            error = r.error;
            return std::nullopt;
        }
        Latest l;
        l.at = -1;
        for (const prom::Series &s : r.series)
            if (!s.timestamps.empty())
                l.at = std::max(l.at, s.timestamps.back());
        if (l.at < 0)
            return std::nullopt;
        for (const prom::Series &s : r.series)
            if (!s.timestamps.empty() && s.timestamps.back() == l.at) {
                l.value += s.values.back();
                ++l.series;
                l.labels.push_back(s.labels);
            }
        return l;
    }

    // The SLO's exact 1-minute buckets over the `span` ending at the step at or after `at`, and one
    // step more before it (the outer steps of a window that does not start on a step). With a
    // `group` (an SLO with groupBy): that group's own events; nullptr with no error when the SLO's
    // queries have no such group.
    const slo::EventSeries *exact(const slo::SloSpec &spec, double at, std::chrono::seconds span,
                                  const QMap<QString, QString> &group = {})
    {
        const qint64 step = kExactStep.count();
        const qint64 end = qint64(std::ceil(at / double(step))) * step;
        const auto key = std::make_tuple(spec.id(), end, keyOf(group));
        if (const auto it = m_exact.find(key); it != m_exact.end() && it->second.first >= span)
            return &it->second.second;
        if (!group.isEmpty()) // the grouped answer is there, but without this group
            if (const auto done = m_grouped.find({ spec.id(), end }); done != m_grouped.end() && done->second >= span)
                return nullptr;
        const slo::EventQueries q = slo::bucketQueries(spec, kExactStep);
        const QDateTime from = utc(double(end - span.count()));
        QFuture<prom::QueryResult> bad = m_client.queryRange(q.bad, from, utc(double(end)), kExactStep);
        QFuture<prom::QueryResult> total = m_client.queryRange(q.total, from, utc(double(end)), kExactStep);
        const prom::QueryResult b = wait(bad);
        const prom::QueryResult t = wait(total);
        if (b.error || t.error) {
            error = b.error ? b.error : t.error;
            return nullptr;
        }
        if (group.isEmpty()) {
            auto &slot = m_exact[key];
            slot = { span, slo::EventSeries(kExactStep, bucketsFromRange(b, t, kExactStep)) };
            return &slot.second;
        }
        // One answer holds every group: keep them all for the other groups' rules.
        for (auto &[k, g] : groupedBucketsFromRange(b, t, kExactStep, spec.groupBy)) {
            auto &slot = m_exact[std::make_tuple(spec.id(), end, keyOf(g.labels))];
            if (slot.first < span)
                slot = { span, slo::EventSeries(kExactStep, std::move(g.buckets)) };
        }
        m_grouped[{ spec.id(), end }] = span;
        const auto it = m_exact.find(key);
        return it == m_exact.end() ? nullptr : &it->second.second;
    }

    // The sum of the answer's series (those of `group` only, when one is given); nullopt: none.
    std::optional<double> scalar(const QString &promql, double at, const QMap<QString, QString> &group = {})
    {
        const prom::QueryResult r = wait(m_client.query(promql, utc(at)));
        if (r.error) {
            error = r.error;
            return std::nullopt;
        }
        std::optional<double> sum;
        for (const prom::Series &s : r.series)
            if (!s.values.empty() && inGroup(s.labels, group))
                sum = sum.value_or(0) + s.values.back();
        return sum;
    }

    rules::AuditEvidence evidence(const rules::AuditedRule &rule, const slo::SloSpec &spec, const slo::EventSeries &ex,
                                  const Latest &l, const QMap<QString, QString> &group)
    {
        rules::AuditEvidence e;
        e.recorded = l.value;
        e.exact = rules::expectedValue(rule, spec, ex, l.at);
        if (!rule.input.isEmpty()) {
            // Exactly the samples the rule averaged: its input over the window, ending at the
            // rule's instant, or one evaluation interval before it when the rule reads another
            // recorded series (the budget reads the period SLI of that rule's last evaluation,
            // whose window ended up to an interval earlier; which one it saw depends on the
            // groups' hashed offsets). The end that reproduces the recorded value is kept.
            const double interval = rule.intervalSeconds > 0 ? rule.intervalSeconds : 60.0;
            const std::vector<double> ends = rule.measure == rules::AuditMeasure::BudgetRemaining
                ? std::vector<double> { l.at, l.at - interval }
                : std::vector<double> { l.at };
            for (const double endAt : ends) {
                const prom::QueryResult r
                    = wait(m_client.query(rule.inputSelector() + u'[' + rangeOf(rule.window) + u']', utc(endAt)));
                if (r.error) {
                    error = r.error;
                    return e;
                }
                rules::AuditEvidence candidate = e;
                candidate.inputSamples = 0;
                candidate.inputNonFinite = 0;
                candidate.firstNonFinite.reset();
                candidate.timeWeighted.reset();
                double sum = 0;
                bool defined = true;
                for (const prom::Series &s : r.series)
                    for (std::size_t i = 0; i < s.timestamps.size(); ++i) {
                        ++candidate.inputSamples;
                        if (!std::isfinite(s.values[i])) {
                            ++candidate.inputNonFinite;
                            if (!candidate.firstNonFinite || s.timestamps[i] < *candidate.firstNonFinite)
                                candidate.firstNonFinite = s.timestamps[i];
                        }
                        // The exact input ratio at the same instant, over the steps its rate() saw.
                        const auto ratio = rules::ratioAsSampled(ex, s.timestamps[i], rule.inputWindow);
                        if (ratio)
                            sum += *ratio;
                        else
                            defined = false;
                    }
                if (defined && candidate.inputSamples > 0) {
                    const double mean = sum / candidate.inputSamples;
                    // In the rule's own unit: a budget remaining is 1 - ratio / (1 - objective).
                    candidate.timeWeighted = rule.measure == rules::AuditMeasure::BudgetRemaining
                        ? 1.0 - mean / (1.0 - spec.objective)
                        : mean;
                }
                const bool reproduces = candidate.timeWeighted && std::isfinite(e.recorded)
                    && rules::sameValue(e.recorded, *candidate.timeWeighted);
                if (endAt == ends.front() || reproduces)
                    e = candidate;
                if (reproduces)
                    break;
            }
        } else {
            // Prometheus' own increase() of the SLO's events over the whole window.
            const slo::EventQueries q = slo::bucketQueries(spec, rule.window);
            const auto bad = scalar(q.bad, l.at, group);
            const auto total = scalar(q.total, l.at, group);
            if (total)
                e.extrapolated = rules::measureOf(rule, spec, slo::EventCounts { bad.value_or(0), *total });
        }
        QString ruleGroup = rule.group;
        ruleGroup.replace(QLatin1Char('\\'), QStringLiteral("\\\\\\\\"))
            .replace(QLatin1Char('"'), QStringLiteral("\\\""));
        for (const QChar c : QStringLiteral(".+*?()[]{}|^$"))
            ruleGroup.replace(c, QStringLiteral("\\\\") + c);
        e.missedEvaluations
            = scalar(QStringLiteral(
                         "sum(increase(prometheus_rule_group_iterations_missed_total{rule_group=~\".*;%1\"}[%2]))")
                         .arg(ruleGroup, rangeOf(rule.window)),
                     l.at)
                  .value_or(0);
        return e;
    }

private:
    prom::PrometheusClient &m_client;
    qint64 m_at;
    // Label names and values in turn: unambiguous whatever the values hold.
    static QStringList keyOf(const QMap<QString, QString> &group)
    {
        QStringList out;
        for (auto it = group.begin(); it != group.end(); ++it)
            out << it.key() << it.value();
        return out;
    }

    std::map<std::tuple<QString, qint64, QStringList>, std::pair<std::chrono::seconds, slo::EventSeries>> m_exact;
    std::map<std::pair<QString, qint64>, std::chrono::seconds> m_grouped; // grouped answers fetched, and their span
};

// Audits one recorded series (of `group`, for an SLO with groupBy) whose newest sample is `l`.
void auditOne(Auditor &auditor, rules::SloAudit &audit, const rules::AuditedRule &rule, const slo::SloSpec &spec,
              const Latest &l, const QMap<QString, QString> &group)
{
    const slo::EventSeries *exact = auditor.exact(spec, l.at, rule.window + rule.inputWindow + 2 * kExactStep, group);
    if (!exact) {
        if (!auditor.error)
            audit.notes << Tr::tr("%1: the SLO's queries have no events for this group").arg(rule.displayName());
        return;
    }
    ++audit.rulesAudited;
    if (rules::consistentWithEvents(rule, spec, *exact, l.at, l.value))
        return;
    const std::optional<double> expected = rules::expectedValue(rule, spec, *exact, l.at);
    const rules::AuditEvidence evidence = auditor.evidence(rule, spec, *exact, l, group);
    if (auditor.error)
        return;
    rules::AuditFinding f;
    f.rule = rule;
    f.at = l.at;
    f.recorded = l.value;
    f.exact = expected;
    f.causes = rules::classify(rule, evidence);
    f.detail = rules::evidenceText(rule, evidence, f.causes);
    f.evidence = evidence;
    audit.findings.push_back(std::move(f));
}

} // namespace

RulesAuditResult runRulesAudit(prom::PrometheusClient &client, const std::vector<slo::SloSpec> &specs, qint64 at)
{
    RulesAuditResult result;
    QFuture<prom::RawResponse> future = client.get(QStringLiteral("/api/v1/rules"));
    future.waitForFinished();
    const prom::RawResponse response = future.result();
    if (response.error) {
        result.error = response.error->toString();
        result.configError = response.error->kind == prom::Error::Kind::Config;
        return result;
    }
    const alerting::ApiRuleGroupsResult loaded = alerting::parseApiRuleGroups(response.body);
    if (!loaded.error.isEmpty()) {
        result.error = loaded.error;
        return result;
    }
    const std::vector<rules::AuditedRule> found = rules::discoverAuditedRules(specs, loaded.groups);
    rules::AuditReport report;
    report.at = at;
    Auditor auditor(client, at);
    for (const slo::SloSpec &spec : specs) {
        rules::SloAudit audit;
        audit.sloId = spec.id();
        bool any = false;
        for (const rules::AuditedRule &rule : found) {
            if (rule.sloId != audit.sloId)
                continue;
            any = true;
            const std::optional<Latest> l = auditor.latest(rule);
            if (auditor.error)
                break;
            if (!l) {
                audit.notes << Tr::tr("%1: no sample at or before the audit time").arg(rule.displayName());
                continue;
            }
            const bool ratio = rule.measure == rules::AuditMeasure::ErrorRatio
                || rule.measure == rules::AuditMeasure::BudgetRemaining;
            // Counts add up over the groups. A ratio recorded per group (every series carries the
            // SLO's group_by labels) is audited per group; one recorded for all groups together,
            // as a whole.
            const bool perGroup = !spec.groupBy.isEmpty()
                && std::all_of(l->labels.begin(), l->labels.end(), [&](const QMap<QString, QString> &labels) {
                       return std::all_of(spec.groupBy.begin(), spec.groupBy.end(),
                                          [&](const QString &by) { return labels.contains(by); });
                   });
            if (!ratio || (!perGroup && l->series == 1)) {
                auditOne(auditor, audit, rule, spec, *l, {});
                if (auditor.error)
                    break;
                continue;
            }
            if (!perGroup) {
                audit.notes << Tr::tr("%1: %2 series, not one per group of the SLO's group_by; not audited")
                                   .arg(rule.displayName())
                                   .arg(l->series);
                continue;
            }
            // Each series is audited against its group's own events, and its evidence read from
            // its own input series.
            std::set<QStringList> seen;
            for (const QMap<QString, QString> &labels : l->labels) {
                QMap<QString, QString> group;
                QStringList key;
                for (const QString &by : spec.groupBy) {
                    group.insert(by, labels.value(by));
                    key << labels.value(by);
                }
                if (!seen.insert(key).second)
                    continue; // several series of one group: noted once below
                rules::AuditedRule one = rule;
                one.matchers.insert(group);
                if (!one.input.isEmpty())
                    one.inputMatchers.insert(group);
                const std::optional<Latest> own = auditor.latest(one);
                if (auditor.error)
                    break;
                if (!own || own->series != 1) {
                    audit.notes << Tr::tr("%1: %2 series for one group; not audited")
                                       .arg(one.displayName())
                                       .arg(own ? own->series : 0);
                    continue;
                }
                auditOne(auditor, audit, one, spec, *own, group);
                if (auditor.error)
                    break;
            }
            if (auditor.error)
                break;
        }
        if (auditor.error) {
            result.error = auditor.error->toString();
            return result;
        }
        if (any)
            report.slos.push_back(std::move(audit));
    }
    result.report = std::move(report);
    return result;
}

QFuture<RulesAuditResult> auditRules(DatasourceConfig datasource, std::vector<slo::SloSpec> specs, qint64 at,
                                     std::shared_ptr<prom::CloseSwitch> closeSwitch)
{
    return fut::run(
        [datasource = std::move(datasource), specs = std::move(specs), at, closeSwitch = std::move(closeSwitch)] {
            prom::PrometheusClient client(datasource);
            const prom::CloseSwitch::Attach attach(closeSwitch.get(), client);
            return runRulesAudit(client, specs, at);
        });
}

} // namespace sre
