// The rule audit's logic without the network (models/rules/rulesaudit.h): which loaded rules belong
// to which SLO, in a /api/v1/rules answer recorded from Prometheus 2.42 after it loaded the rule
// audit fixture's Sloth-shaped and generated rules (data/api-rules-audit.json; one group of
// Pyrra-shaped rules was added by hand), what the events allow a rule to record over a window
// that does not start on a whole minute, and which causes the evidence names.
#include "alertrule.h"
#include "rulesaudit.h"
#include "workspace.h"

#include <QFile>
#include <QTest>
#include <cmath>

using namespace sre;
using namespace std::chrono_literals;

namespace {

QByteArray recorded()
{
    QFile f(QStringLiteral(SRE_SOURCE_DIR "/tests/unit/rules/data/api-rules-audit.json"));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

const rules::AuditedRule *find(const std::vector<rules::AuditedRule> &rules, const QString &slo, const QString &record)
{
    for (const rules::AuditedRule &r : rules)
        if (r.sloId == slo && r.record == record)
            return &r;
    return nullptr;
}

// 100 events a minute, 1 of them bad, from t0 for an hour; bucket i is (t0 + 60 i, t0 + 60 (i + 1)].
constexpr qint64 t0 = 1793487600;
slo::EventSeries steady(double badPerMinute = 1)
{
    std::vector<slo::EventBucket> b;
    for (int i = 0; i < 60; ++i)
        b.push_back({ t0 + 60 * i, badPerMinute, 100 });
    return slo::EventSeries(60s, b);
}

rules::AuditedRule ruleOf(rules::AuditMeasure measure, std::chrono::seconds window)
{
    rules::AuditedRule r;
    r.measure = measure;
    r.window = window;
    return r;
}

} // namespace

class TestRulesAudit : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void discovery();
    void alignedWindow();
    void unalignedWindow();
    void ratioAsRateSeesIt();
    void causes();

private:
    ws::Workspace m_workspace;
    std::vector<alerting::ApiRuleGroup> m_groups;
};

void TestRulesAudit::initTestCase()
{
    m_workspace.openBlocking(QStringLiteral(SRE_SOURCE_DIR "/tests/integration/data/audit/workspace"));
    QCOMPARE(m_workspace.slos().size(), 4);
    // Sloth's `sum by (handler)` queries make an SLO per handler (tst_slo_audit::perGroup).
    const slo::SloSpec *handlers = m_workspace.findSlo(QStringLiteral("checkout/handler-availability"));
    QVERIFY(handlers);
    QCOMPARE(handlers->groupBy, QStringList { QStringLiteral("handler") });
    const alerting::ApiRuleGroupsResult parsed = alerting::parseApiRuleGroups(recorded());
    QVERIFY2(parsed.error.isEmpty(), qPrintable(parsed.error));
    m_groups = parsed.groups;
}

void TestRulesAudit::discovery()
{
    const std::vector<rules::AuditedRule> found = rules::discoverAuditedRules(m_workspace.slos().items(), m_groups);
    const QString myapp = QStringLiteral("myapp-api/requests-availability");
    const QString checkout = QStringLiteral("checkout/requests-availability");
    const QString payments = QStringLiteral("payments-api/availability");

    const rules::AuditedRule *five = find(found, myapp, QStringLiteral("slo:sli_error:ratio_rate5m"));
    QVERIFY(five);
    QCOMPARE(five->source, rules::AuditSource::Sloth);
    QCOMPARE(five->window, 300s);
    QVERIFY(five->input.isEmpty());
    QCOMPARE(five->selector(),
             QStringLiteral("slo:sli_error:ratio_rate5m{sloth_id=\"myapp-api-requests-availability\"}"));
    QCOMPARE(five->intervalSeconds, 60.0);

    // The optimized period SLI, as Prometheus prints it (its 30d as 4w2d): an average of the 5m ratios.
    const rules::AuditedRule *period = find(found, checkout, QStringLiteral("slo:sli_error:ratio_rate30d"));
    QVERIFY(period);
    QCOMPARE(period->window, std::chrono::seconds(30 * 86400));
    QCOMPARE(period->input, QStringLiteral("slo:sli_error:ratio_rate5m"));
    QCOMPARE(period->inputWindow, 300s);
    QCOMPARE(period->inputSelector(),
             QStringLiteral("slo:sli_error:ratio_rate5m{sloth_id=\"checkout-requests-availability\"}"));

    // The budget is built on it: the SLO's window, the same input.
    const rules::AuditedRule *budget = find(found, checkout, QStringLiteral("slo:period_error_budget_remaining:ratio"));
    QVERIFY(budget);
    QCOMPARE(budget->measure, rules::AuditMeasure::BudgetRemaining);
    QCOMPARE(budget->window, std::chrono::seconds(30 * 86400));
    QCOMPARE(budget->input, QStringLiteral("slo:sli_error:ratio_rate5m"));

    // The generated rules.
    const rules::AuditedRule *bad = find(found, payments, QStringLiteral("slo:bad_events:increase5m"));
    QVERIFY(bad);
    QCOMPARE(bad->source, rules::AuditSource::Generated);
    QCOMPARE(bad->measure, rules::AuditMeasure::BadEvents);
    QCOMPARE(bad->window, 300s);
    QCOMPARE(bad->intervalSeconds, 300.0);
    QVERIFY(find(found, payments, QStringLiteral("slo:total_events:increase5m")));

    // Pyrra: the name is ambiguous (two services have requests-availability), the namespace decides;
    // the total metric's increase is audited, the histogram's is not; a burn rate of an SLO that is
    // not in the workspace is not either.
    const rules::AuditedRule *increase = find(found, myapp, QStringLiteral("http_requests:increase4w"));
    QVERIFY(increase);
    QCOMPARE(increase->source, rules::AuditSource::Pyrra);
    QCOMPARE(increase->measure, rules::AuditMeasure::TotalEvents);
    QCOMPARE(increase->window, std::chrono::seconds(28 * 86400));
    QVERIFY(!find(found, myapp, QStringLiteral("http_request_duration_seconds_bucket:increase4w")));
    const rules::AuditedRule *burn = find(found, myapp, QStringLiteral("http_requests:burnrate5m"));
    QVERIFY(burn);
    QCOMPARE(burn->measure, rules::AuditMeasure::ErrorRatio);
    QCOMPARE(int(std::count_if(found.begin(), found.end(),
                               [](const rules::AuditedRule &r) { return r.record == u"http_requests:burnrate1h"; })),
             0);

    // 2 services x (5m, 1h, 30d, budget) + 2 generated + 2 Pyrra; no alerting rule, nothing unrelated.
    QCOMPARE(found.size(), std::size_t(12));
}

void TestRulesAudit::alignedWindow()
{
    const slo::EventSeries s = steady();
    const slo::SloSpec spec = *m_workspace.findSlo(QStringLiteral("myapp-api/requests-availability"));
    const qint64 at = t0 + 30 * 60;
    const auto ratio = ruleOf(rules::AuditMeasure::ErrorRatio, 300s);
    QCOMPARE(rules::expectedValue(ratio, spec, s, at), std::optional(0.01));
    QVERIFY(rules::consistentWithEvents(ratio, spec, s, at, 0.01));
    QVERIFY(rules::consistentWithEvents(ratio, spec, s, at, 0.01 * (1 + 0.5e-4))); // rounding
    QVERIFY(!rules::consistentWithEvents(ratio, spec, s, at, 0.01 * (1 + 2e-4)));
    QVERIFY(!rules::consistentWithEvents(ratio, spec, s, at, std::nan("")));
    const auto budget = ruleOf(rules::AuditMeasure::BudgetRemaining, 600s);
    QVERIFY(std::abs(*rules::expectedValue(budget, spec, s, at) - (1 - 0.01 / (1 - 0.999))) < 1e-9);
    const auto total = ruleOf(rules::AuditMeasure::TotalEvents, 300s);
    QCOMPARE(rules::expectedValue(total, spec, s, at), std::optional(500.0));
    // No events at all: a ratio is undefined, and no finite value is right.
    const slo::EventSeries none(60s, {});
    QCOMPARE(rules::expectedValue(ratio, spec, none, at), std::nullopt);
    QVERIFY(!rules::consistentWithEvents(ratio, spec, none, at, 0));
}

// A rule evaluated 27 s past a minute: its 5m window holds 4 whole minutes and parts of 2 more.
void TestRulesAudit::unalignedWindow()
{
    std::vector<slo::EventBucket> b;
    for (int i = 0; i < 60; ++i)
        b.push_back({ t0 + 60 * i, double(i % 2), 100.0 + i });
    const slo::EventSeries s(60s, b);
    const slo::SloSpec spec = *m_workspace.findSlo(QStringLiteral("myapp-api/requests-availability"));
    const double at = t0 + 30 * 60 + 27;
    // Minutes ending t0+26m .. t0+30m are inside; those ending t0+25m and t0+31m touch the window.
    const auto total = ruleOf(rules::AuditMeasure::TotalEvents, 300s);
    // Bucket i is (t0 + 60 i, t0 + 60 (i + 1)]: buckets 26..29 inside, 25 and 30 touching.
    const double inner = (100 + 26) + (100 + 27) + (100 + 28) + (100 + 29);
    const double outer = inner + (100 + 25) + (100 + 30);
    QCOMPARE(rules::expectedValue(total, spec, s, at),
             std::optional(double((100 + 25) + (100 + 26) + (100 + 27) + (100 + 28) + (100 + 29))));
    QVERIFY(rules::consistentWithEvents(total, spec, s, at, inner));
    QVERIFY(rules::consistentWithEvents(total, spec, s, at, inner * 300 / 240)); // increase()'s extrapolation
    QVERIFY(rules::consistentWithEvents(total, spec, s, at, outer));
    QVERIFY(!rules::consistentWithEvents(total, spec, s, at, outer * 1.01));
    QVERIFY(!rules::consistentWithEvents(total, spec, s, at, inner * 0.99));
}

void TestRulesAudit::ratioAsRateSeesIt()
{
    std::vector<slo::EventBucket> b;
    for (int i = 0; i < 60; ++i)
        b.push_back({ t0 + 60 * i, double(i), 100 });
    const slo::EventSeries s(60s, b);
    // [at - 5m, at] with at 27 s past t0 + 30m holds the samples of t0 + 26m .. t0 + 30m: the
    // buckets 26..29.
    QCOMPARE(rules::ratioAsSampled(s, t0 + 30 * 60 + 27, 300s), std::optional((26.0 + 27 + 28 + 29) / 400));
    // On a minute, both ends' samples are in the range: 5 whole buckets (25..29).
    QCOMPARE(rules::ratioAsSampled(s, t0 + 30 * 60, 300s), std::optional((25.0 + 26 + 27 + 28 + 29) / 500));
}

void TestRulesAudit::causes()
{
    rules::AuditedRule averaged = ruleOf(rules::AuditMeasure::ErrorRatio, std::chrono::seconds(30 * 86400));
    averaged.input = QStringLiteral("slo:sli_error:ratio_rate5m");
    averaged.inputWindow = 300s;
    using C = rules::AuditCause;
    rules::AuditEvidence e;
    e.recorded = 0.0013;
    e.exact = 0.00092;
    e.inputSamples = 100;
    e.timeWeighted = 0.0013 * (1 + 1e-6);
    QCOMPARE(rules::classify(averaged, e), std::vector<C> { C::TimeWeightedAveraging });
    QVERIFY(rules::evidenceText(averaged, e, { C::TimeWeightedAveraging }).contains(QStringLiteral("100")));
    e.timeWeighted = 0.0012;
    QCOMPARE(rules::classify(averaged, e), std::vector<C> { C::Unexplained });
    e.missedEvaluations = 3;
    QCOMPARE(rules::classify(averaged, e), std::vector<C> { C::MissedEvaluations });

    rules::AuditEvidence nan;
    nan.recorded = std::nan("");
    nan.inputSamples = 100;
    nan.inputNonFinite = 57;
    nan.firstNonFinite = t0;
    QCOMPARE(rules::classify(averaged, nan), std::vector<C> { C::NanOrInf });
    QVERIFY(rules::evidenceText(averaged, nan, { C::NanOrInf }).contains(QStringLiteral("57 of the 100")));

    const auto increase = ruleOf(rules::AuditMeasure::TotalEvents, std::chrono::seconds(28 * 86400));
    rules::AuditEvidence edge;
    edge.recorded = 1010;
    edge.exact = 1000;
    edge.extrapolated = 1010;
    QCOMPARE(rules::classify(increase, edge), std::vector<C> { C::Extrapolation });
    edge.extrapolated = 1000; // Prometheus' increase() agrees with the exact count: not the cause
    QCOMPARE(rules::classify(increase, edge), std::vector<C> { C::Unexplained });
}

QTEST_GUILESS_MAIN(TestRulesAudit)
#include "tst_rulesaudit.moc"
