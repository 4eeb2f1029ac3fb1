// The generated rules (models/rules): expressions, labels and the scenarios' predicted firings.
// Every expectation is written by hand from DESIGN.md's math and the engine's bucket queries
// (querybuilder.h), not copied from the generator's output.
#include "burnrate.h"
#include "rulegen.h"
#include "rulesyaml.h"
#include "ruletests.h"

#include <QTest>

Q_DECLARE_METATYPE(sre::slo::SloSpec)

using namespace sre;
using namespace std::chrono_literals;

namespace {

slo::SloSpec ratioSpec()
{
    slo::SloSpec s;
    s.service = QStringLiteral("shop");
    s.name = QStringLiteral("availability");
    s.objective = 0.999;
    s.window = 30 * 24h;
    s.kind = slo::SloSpec::Kind::EventRatio;
    s.ratio.errorQuery = QStringLiteral(R"(sum(rate(http_requests_total{service="shop",code=~"5.."}[{{window}}])))");
    s.ratio.totalQuery = QStringLiteral(R"(sum(rate(http_requests_total{service="shop"}[{{window}}])))");
    s.runbook = QStringLiteral("https://runbooks.example.com/shop/availability");
    return s;
}

slo::SloSpec latencySpec()
{
    slo::SloSpec s = ratioSpec();
    s.name = QStringLiteral("latency");
    s.objective = 0.99;
    s.kind = slo::SloSpec::Kind::Latency;
    s.latency.histogram = QStringLiteral(R"(http_request_duration_seconds{service="shop"})");
    s.latency.threshold = 1;
    return s;
}

slo::SloSpec timesliceSpec()
{
    slo::SloSpec s = ratioSpec();
    s.name = QStringLiteral("p99");
    s.kind = slo::SloSpec::Kind::Timeslice;
    s.timeslice.query = QStringLiteral("histogram_quantile(0.99, sum by (le) (rate(lat_bucket[5m])))");
    s.timeslice.op = slo::TimesliceSli::Op::Lt;
    s.timeslice.threshold = 0.5;
    s.timeslice.slice = 1min;
    return s;
}

slo::SloSpec groupedSpec()
{
    slo::SloSpec s = ratioSpec();
    s.groupBy = { QStringLiteral("handler") };
    return s;
}

} // namespace

class TestRuleGen : public QObject
{
    Q_OBJECT

private slots:
    void recordingRules_data();
    void recordingRules();
    void alertExpression();
    void tierLabels_data();
    void tierLabels();
    void windowsAsSamples();
    void scenarioFirings();
    void outageStopsTierByTier();
    void formats();
};

void TestRuleGen::recordingRules_data()
{
    QTest::addColumn<slo::SloSpec>("spec");
    QTest::addColumn<QString>("total");
    QTest::addColumn<QString>("bad");

    const QString totalReq = QStringLiteral(R"(sum(increase(http_requests_total{service="shop"}[5m])))");
    const QString errReq = QStringLiteral(R"(sum(increase(http_requests_total{service="shop",code=~"5.."}[5m])))");
    QTest::newRow("ratio: error / total, zero traffic gives no sample")
        << ratioSpec() << totalReq + QStringLiteral(" > 0")
        << QStringLiteral("(%1 or vector(0))\nand\n%2 > 0").arg(errReq, totalReq);

    const QString count = QStringLiteral(R"(sum(increase(http_request_duration_seconds_count{service="shop"}[5m])))");
    const QString le1
        = QStringLiteral(R"(sum(increase(http_request_duration_seconds_bucket{service="shop",le=~"1|1\\.0"}[5m])))");
    QTest::newRow("latency: bucket le matched as \"1\" and \"1.0\", bad = count - good")
        << latencySpec() << count + QStringLiteral(" > 0")
        << QStringLiteral("(%1 - (%2 or vector(0)))\nand\n%1 > 0").arg(count, le1);

    const QString q = QStringLiteral("histogram_quantile(0.99, sum by (le) (rate(lat_bucket[5m])))");
    const QString slices = QStringLiteral("sum(count_over_time((%1 >= -Inf)[4m59s999ms:1m]))").arg(q);
    QTest::newRow("timeslice: 1m slices of the 5m bucket, bad when not < 0.5, NaN slices skipped")
        << timesliceSpec() << slices + QStringLiteral(" > 0")
        << QStringLiteral("sum(sum_over_time((%1 >= bool 0.5)[4m59s999ms:1m]))\nand\n%2 > 0").arg(q, slices);

    const QString gTotal = QStringLiteral(R"(sum by (handler) (increase(http_requests_total{service="shop"}[5m])))");
    const QString gErr
        = QStringLiteral(R"(sum by (handler) (increase(http_requests_total{service="shop",code=~"5.."}[5m])))");
    QTest::newRow("grouped: per handler, a group without errors gets 0")
        << groupedSpec() << gTotal + QStringLiteral(" > 0")
        << QStringLiteral("(%1 or %2 * 0)\nand\n%2 > 0").arg(gErr, gTotal);
}

void TestRuleGen::recordingRules()
{
    QFETCH(slo::SloSpec, spec);
    QFETCH(QString, total);
    QFETCH(QString, bad);
    const rules::SloRules r = rules::generateRules(spec);
    QCOMPARE(r.group, QStringLiteral("sre-console-shop-%1").arg(spec.name));
    QCOMPARE(r.totalExpr, total);
    QCOMPARE(r.badExpr, bad);
    const QMap<QString, QString> labels { { QStringLiteral("service"), QStringLiteral("shop") },
                                          { QStringLiteral("slo"), spec.name } };
    QCOMPARE(r.seriesLabels, labels);
}

void TestRuleGen::alertExpression()
{
    const rules::SloRules r = rules::generateRules(ratioSpec());
    QCOMPARE(r.alerts.size(), size_t(4)); // the Workbook's four tiers
    const QString sel = QStringLiteral(R"({service="shop",slo="availability"})");
    const auto burn = [&](const QString &range) {
        return QStringLiteral("(sum_over_time(slo:bad_events:increase5m%1[%2]) / "
                              "sum_over_time(slo:total_events:increase5m%1[%2])) / (1 - 0.999)")
            .arg(sel, range);
    };
    QCOMPARE(r.alerts[0].expr,
             QStringLiteral("%1 >= 14.4\nand\n%2 >= 14.4")
                 .arg(burn(QStringLiteral("59m59s999ms")), burn(QStringLiteral("4m59s999ms"))));
    QCOMPARE(r.alerts[3].expr,
             QStringLiteral("%1 >= 1\nand\n%2 >= 1")
                 .arg(burn(QStringLiteral("2d23h59m59s999ms")), burn(QStringLiteral("5h59m59s999ms"))));
    QCOMPARE(r.alerts[0].annotations.value(QStringLiteral("runbook_url")), ratioSpec().runbook);
    QVERIFY(!r.alerts[0].annotations.value(QStringLiteral("summary")).isEmpty());
    QVERIFY(!r.alerts[0].annotations.value(QStringLiteral("description")).isEmpty());
}

void TestRuleGen::tierLabels_data()
{
    QTest::addColumn<slo::SloSpec>("spec");
    QTest::addColumn<int>("tier");
    QTest::addColumn<QString>("factor");
    QTest::addColumn<QString>("exhaustion");
    QTest::addColumn<QString>("longWindow");

    QTest::newRow("30d page-fast: 2 % in 1h is 14.4, budget gone in 50h")
        << ratioSpec() << 0 << QStringLiteral("14.4") << QStringLiteral("2d2h") << QStringLiteral("1h");
    slo::SloSpec days28 = ratioSpec();
    days28.window = 28 * 24h;
    QTest::newRow("28d page-fast: 0.02 * 672h / 1h")
        << days28 << 0 << QStringLiteral("13.44") << QStringLiteral("2d2h") << QStringLiteral("1h");
    // 10 % in 3d of 28d: 28 / 30, printed in full (Pyrra's `%.f` would say 1).
    QTest::newRow("28d ticket-slow: full precision, not rounded")
        << days28 << 3 << QStringLiteral("0.9333333333333333") << QStringLiteral("30d") << QStringLiteral("3d");
    slo::SloSpec custom = ratioSpec();
    custom.tiers = { { QStringLiteral("slow-burn"), QStringLiteral("ticket"), 7h, 35min, 0.02, std::nullopt } };
    QTest::newRow("per-SLO tier: 2 % in 7h of 30d is 0.02 * 720 / 7")
        << custom << 0 << QStringLiteral("2.057142857142857") << QStringLiteral("14d14h") << QStringLiteral("7h");
    slo::SloSpec calendar = ratioSpec();
    calendar.calendar = slo::CalendarWindow { slo::CalendarWindow::Period::Month, QStringLiteral("Asia/Tokyo") };
    QTest::newRow("calendar month: the nominal 30d")
        << calendar << 1 << QStringLiteral("6") << QStringLiteral("5d") << QStringLiteral("6h");
}

void TestRuleGen::tierLabels()
{
    QFETCH(slo::SloSpec, spec);
    QFETCH(int, tier);
    QFETCH(QString, factor);
    QFETCH(QString, exhaustion);
    QFETCH(QString, longWindow);
    const rules::SloRules r = rules::generateRules(spec);
    const QMap<QString, QString> &l = r.alerts.at(size_t(tier)).labels;
    QCOMPARE(l.value(QStringLiteral("factor")), factor);
    QCOMPARE(l.value(QStringLiteral("exhaustion")), exhaustion);
    QCOMPARE(l.value(QStringLiteral("long")), longWindow);
    QCOMPARE(l.value(QStringLiteral("slo")), spec.name);
    QCOMPARE(l.value(QStringLiteral("service")), spec.service);
    QCOMPARE(l.keys().join(QLatin1Char(',')), QStringLiteral("exhaustion,factor,long,service,severity,short,slo,tier"));
}

void TestRuleGen::windowsAsSamples()
{
    QCOMPARE(rules::samplesIn(5min), 1);
    QCOMPARE(rules::samplesIn(1h), 12);
    QCOMPARE(rules::samplesIn(72h), 864);
    QCOMPARE(rules::samplesIn(1min), 1); // a window shorter than a bucket still sees the newest one
    QCOMPARE(rules::samplesIn(7min), 2);
    QCOMPARE(rules::rangeText(1h), QStringLiteral("59m59s999ms"));
}

void TestRuleGen::scenarioFirings()
{
    const rules::SloRules r = rules::generateRules(ratioSpec());
    const std::vector<rules::Scenario> all = rules::testScenarios(r);
    // idle, steady, outage, then above/below per tier
    QCOMPARE(all.size(), size_t(3 + 2 * 4));
    for (int step : { 0, 6, 12 }) {
        QCOMPARE(rules::firingAt(r, all[0], step), std::vector<bool>(4, false));
        QCOMPARE(rules::firingAt(r, all[1], step), std::vector<bool>(4, false));
    }
    // page-fast just above: 1440 of 100000 is 1.44 %, but 0.0144 / (1 - 0.999) is
    // 14.399999999999986 in doubles (as in Prometheus), so the smallest count that fires is 1441.
    const rules::Scenario &above = all[3];
    QCOMPARE(above.bad.at(1), 1441.0);
    QCOMPARE(all[4].bad.at(1), 1440.0);
    // Step 0 is clean; at step 11 the 1h window (12 samples) still holds it: 11 * 1441 / 1.2e6 is
    // 13.2 times the budget. At step 12 the window is all at 1.441 %: fires.
    QCOMPARE(rules::firingAt(r, above, 11)[0], false);
    QCOMPARE(rules::firingAt(r, above, 12)[0], true);
    // The lower tiers (factors 6, 3, 1) fire from step 1, when their windows hold one clean and one
    // bad step: 1441 / 200000 is 7.2 times the budget. The scenario ends at step 13.
    QCOMPARE(rules::firingAt(r, above, 1), (std::vector<bool> { false, true, true, true }));
    QCOMPARE(rules::checkpoints(r, above), (std::vector<int> { 0, 1, 11, 12, 13 }));
    for (int step = 0; step < int(all[4].total.size()); ++step)
        QCOMPARE(rules::firingAt(r, all[4], step)[0], false);
}

void TestRuleGen::outageStopsTierByTier()
{
    const rules::SloRules r = rules::generateRules(ratioSpec());
    const rules::Scenario outage = rules::testScenarios(r).at(2);
    // A clean hour (steps 0..11), then 100 % failures at step 12: every tier's long window is over
    // its factor at once (1/13 of the 1h window is 77 times the budget; 1/864 of 3d is 1.16 times).
    QCOMPARE(rules::firingAt(r, outage, 11), std::vector<bool>(4, false));
    QCOMPARE(rules::firingAt(r, outage, 12), std::vector<bool>(4, true));
    // Recovery from step 13: the short windows (1, 6, 24, 72 samples) let go one after another.
    QCOMPARE(rules::firingAt(r, outage, 13), (std::vector<bool> { false, true, true, true }));
    QCOMPARE(rules::firingAt(r, outage, 18), (std::vector<bool> { false, false, true, true }));
    QCOMPARE(rules::firingAt(r, outage, 36), (std::vector<bool> { false, false, false, true }));
    QCOMPARE(rules::firingAt(r, outage, 84), std::vector<bool>(4, false));
}

void TestRuleGen::formats()
{
    const std::vector<rules::SloRules> r { rules::generateRules(ratioSpec()), rules::generateRules(latencySpec()) };
    const QString plain = QString::fromUtf8(rules::renderRules(r, rules::RuleFormat::Rules));
    QVERIFY(plain.contains(QStringLiteral("\ngroups:\n")));
    QVERIFY(plain.contains(QStringLiteral("name: sre-console-shop-latency")));
    QVERIFY(plain.contains(QStringLiteral("factor: \"14.4\"")));
    const QString crd = QString::fromUtf8(rules::renderRules(r, rules::RuleFormat::PrometheusRule));
    QVERIFY(crd.contains(QStringLiteral("apiVersion: monitoring.coreos.com/v1\nkind: PrometheusRule\n")));
    QVERIFY(crd.contains(QStringLiteral("\nspec:\n  groups:\n")));
}

QTEST_GUILESS_MAIN(TestRuleGen)
#include "tst_rulegen.moc"
