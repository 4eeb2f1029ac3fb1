// Drift of deployed rules (models/rules/rulesdrift.h): PromQL normalisation, and the comparison of
// the demo workspace's generated rules with a /api/v1/rules answer recorded from Prometheus 2.42
// after it loaded exactly those rules (data/api-rules-demo.json). Each drift case changes that
// answer in one way and expects exactly that change to be reported.
#include "alertrule.h"
#include "rulesdrift.h"
#include "rulesyaml.h"
#include "workspace.h"

#include <QFile>
#include <QTest>

using namespace sre;

namespace {

QByteArray recorded()
{
    QFile f(QStringLiteral(SRE_SOURCE_DIR "/tests/unit/rules/data/api-rules-demo.json"));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestRulesDrift : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void normalizedEqual_data();
    void normalizedEqual();
    void recordedAnswerMatches();
    void drift_data();
    void drift();
    void neverDeployed();
    void notRulesApi();

private:
    std::vector<rules::SloRules> m_expected;
    std::vector<alerting::ApiRuleGroup> m_loaded;
};

void TestRulesDrift::initTestCase()
{
    ws::Workspace workspace;
    workspace.openBlocking(QStringLiteral(SRE_SOURCE_DIR "/resources/demo"));
    QVERIFY(workspace.slos().size() >= 3);
    m_expected = rules::generateAll(workspace.slos().items(), workspace.dir());
    const alerting::ApiRuleGroupsResult parsed = alerting::parseApiRuleGroups(recorded());
    QVERIFY2(parsed.error.isEmpty(), qPrintable(parsed.error));
    m_loaded = parsed.groups;
    QCOMPARE(m_loaded.size(), m_expected.size());
}

void TestRulesDrift::normalizedEqual_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<bool>("equal");
    QTest::newRow("white space and lines") << "a >= 14.4\nand\n  b >= 14.4"
                                           << "a >= 14.4 and b >= 14.4" << true;
    QTest::newRow("duration spelling") << "rate(x[1h])"
                                       << "rate(x[60m])" << true;
    QTest::newRow("millisecond duration") << "sum_over_time(x[59m59s999ms])"
                                          << "sum_over_time(x[3599999ms])" << true;
    QTest::newRow("subquery step spelling") << "max_over_time(x[30m:60s])"
                                            << "max_over_time(x[30m:1m])" << true;
    QTest::newRow("number spelling") << "x > 1e-3"
                                     << "x > 0.001" << true;
    QTest::newRow("string quotes") << "x{a='b'}"
                                   << "x{a=\"b\"}" << true;
    QTest::newRow("matcher order") << "x{b=\"2\",a=\"1\"}"
                                   << "x{a=\"1\",b=\"2\"}" << true;
    QTest::newRow("trailing comma") << "x{a=\"1\",}"
                                    << "x{a=\"1\"}" << true;
    QTest::newRow("keyword case") << "SUM BY (le) (x) AND y"
                                  << "sum by (le) (x) and y" << true;
    QTest::newRow("aggregation clause after") << "sum(rate(x[5m])) by (le)"
                                              << "sum by (le) (rate(x[5m]))" << true;
    QTest::newRow("bare group_left") << "a * on(x) group_left b"
                                     << "a * on(x) group_left() b" << true;
    QTest::newRow("comment") << "x # the total\n> 0"
                             << "x > 0" << true;
    QTest::newRow("changed: function") << "sum_over_time(x[1h])"
                                       << "avg_over_time(x[1h])" << false;
    QTest::newRow("changed: factor") << "x >= 14.4"
                                     << "x >= 14.3" << false;
    QTest::newRow("changed: window") << "rate(x[5m])"
                                     << "rate(x[6m])" << false;
    QTest::newRow("changed: label value") << "x{a=\"1\"}"
                                          << "x{a=\"2\"}" << false;
    QTest::newRow("changed: parentheses") << "(a + b) / c"
                                          << "a + b / c" << false;
    QTest::newRow("changed: grouping") << "sum by (a) (x)"
                                       << "sum by (b) (x)" << false;
}

void TestRulesDrift::normalizedEqual()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(bool, equal);
    QCOMPARE(rules::normalizedPromql(a) == rules::normalizedPromql(b), equal);
}

void TestRulesDrift::recordedAnswerMatches()
{
    // Prometheus prints every query re-formatted (one line, its own spacing); still no drift.
    const rules::DriftReport report = rules::compareRules(m_expected, m_loaded);
    QVERIFY(report.anyGenerated);
    for (const rules::SloDrift &d : report.slos)
        QVERIFY2(d.ok(), qPrintable(d.sloId + QStringLiteral(": ") + d.summary()));
    QVERIFY(!report.drifted());
}

void TestRulesDrift::drift_data()
{
    QTest::addColumn<int>("change");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("detailHas");
    QTest::newRow("group removed") << 0 << "missing" << QString() << "not loaded";
    QTest::newRow("recording rule removed") << 1 << "missing"
                                            << "slo:total_events:increase5m"
                                            << "not loaded";
    QTest::newRow("expression edited") << 2 << "outdated"
                                       << "slo:bad_events:increase5m"
                                       << "expression";
    QTest::newRow("label edited") << 3 << "outdated"
                                  << "SLOBurnRate{tier=\"%1\"}"
                                  << "factor";
    QTest::newRow("annotation edited") << 4 << "outdated"
                                       << "SLOBurnRate{tier=\"%1\"}"
                                       << "summary";
    QTest::newRow("interval changed") << 5 << "outdated" << QString() << "interval";
    QTest::newRow("evaluation failed") << 6 << "failing"
                                       << "slo:bad_events:increase5m"
                                       << "boom";
    QTest::newRow("rule only Prometheus has") << 7 << "outdated"
                                              << "extra:record"
                                              << "no longer generated";
}

void TestRulesDrift::drift()
{
    QFETCH(int, change);
    QFETCH(QString, kind);
    QFETCH(QString, rule);
    QFETCH(QString, detailHas);
    std::vector<alerting::ApiRuleGroup> loaded = m_loaded;
    const rules::SloRules &target = m_expected[1];
    auto group = std::find_if(loaded.begin(), loaded.end(), [&](const auto &g) { return g.name == target.group; });
    QVERIFY(group != loaded.end());
    auto find = [&](const QString &name) {
        return std::find_if(group->rules.begin(), group->rules.end(), [&](const auto &r) { return r.name == name; });
    };
    QString tier;
    switch (change) {
    case 0: loaded.erase(group); break;
    case 1: group->rules.erase(find(rules::totalEventsRecord())); break;
    case 2: find(rules::badEventsRecord())->query.replace(QStringLiteral("> 0"), QStringLiteral("> 1")); break;
    case 3:
        find(rules::alertName())->labels[QStringLiteral("factor")] += QStringLiteral("0001");
        tier = find(rules::alertName())->labels.value(QStringLiteral("tier"));
        break;
    case 4:
        find(rules::alertName())->annotations[QStringLiteral("summary")] += QStringLiteral("!");
        tier = find(rules::alertName())->labels.value(QStringLiteral("tier"));
        break;
    case 5: group->intervalSeconds = 60; break;
    case 6:
        find(rules::badEventsRecord())->health = QStringLiteral("err");
        find(rules::badEventsRecord())->lastError = QStringLiteral("boom");
        break;
    case 7: {
        alerting::ApiRule extra;
        extra.name = QStringLiteral("extra:record");
        extra.query = QStringLiteral("vector(1)");
        group->rules.push_back(extra);
        break;
    }
    }
    const rules::DriftReport report = rules::compareRules(m_expected, loaded);
    QVERIFY(report.drifted());
    for (const rules::SloDrift &d : report.slos) {
        if (d.group != target.group) {
            QVERIFY2(d.ok(), qPrintable(d.summary()));
            continue;
        }
        QCOMPARE(d.findings.size(), std::size_t(1));
        QCOMPARE(rules::driftKindName(d.findings[0].kind), kind);
        QCOMPARE(d.findings[0].rule, tier.isEmpty() ? rule : rule.arg(tier));
        QVERIFY2(d.findings[0].detail.contains(detailHas), qPrintable(d.findings[0].detail));
        QCOMPARE(d.kinds(), QStringList { kind });
    }
}

void TestRulesDrift::neverDeployed()
{
    std::vector<alerting::ApiRuleGroup> other(1);
    other[0].name = QStringLiteral("sloth-slo-sli-recordings-checkout");
    const rules::DriftReport report = rules::compareRules(m_expected, other);
    QVERIFY(!report.anyGenerated);
    QVERIFY(report.drifted()); // the CLI still fails: nothing is deployed
}

void TestRulesDrift::notRulesApi()
{
    QVERIFY(!alerting::parseApiRuleGroups("<html>proxy</html>").error.isEmpty());
    QVERIFY(!alerting::parseApiRuleGroups(R"({"status":"error","error":"nope"})").error.isEmpty());
}

QTEST_GUILESS_MAIN(TestRulesDrift)
#include "tst_rulesdrift.moc"
