// computeReport(): every number of srectl's JSON report, from a spec, buckets and an instant.
#include "tst_slomath.h"

#include "report.h"

#include <QJsonArray>
#include <QTest>

using namespace sre::slo;
using namespace sloMathTest;
using namespace std::chrono_literals;

namespace {

constexpr qint64 kHourStart = 1'789'999'200; // a whole hour in September 2026
constexpr qint64 kDay = 86400;

SloSpec availability()
{
    SloSpec s;
    s.service = QStringLiteral("checkout");
    s.name = QStringLiteral("availability");
    s.objective = 0.999;
    s.window = 30 * 24h;
    return s;
}

// 31 days of one-hour buckets: 3600 requests and 1.8 errors each (half the 99.9 % budget).
EventSeries steadyHalfBudget()
{
    return EventSeries(1h, constantBuckets(kHourStart, 3600, 31 * 24, 1.8, 3600));
}

} // namespace

void TestSloMath::report()
{
    // Half an hour into a bucket: the report is as of the end of the last complete one.
    const qint64 at = kHourStart + 31 * kDay + 1800;
    const SloReport r = computeReport(availability(), steadyHalfBudget(), at);

    QCOMPARE(r.id, QStringLiteral("checkout/availability"));
    QCOMPARE(r.window, QStringLiteral("30d"));
    QCOMPARE(r.evaluatedAt, kHourStart + 31 * kDay);
    QCOMPARE(r.windowStart, kHourStart + 1 * kDay);
    QCOMPARE(r.totalEvents, 30 * 24 * 3600.0);
    QVERIFY(near(r.badEvents, 30 * 24 * 1.8));
    QVERIFY(near(r.goodEvents, 30 * 24 * (3600 - 1.8)));
    QVERIFY(near(r.sli, 1 - 1.8 / 3600));
    QVERIFY(near(r.errorBudgetConsumed, (1.8 / 3600) / (1 - 0.999)));
    QVERIFY(near(r.errorBudgetRemaining, 1 - (1.8 / 3600) / (1 - 0.999)));
    QVERIFY(near(r.allowedBadEvents, (1 - 0.999) * 30 * 24 * 3600));
    QVERIFY(near(r.allowedDowntimeMinutes, 30 * 24 * 60 * (1 - 0.999)));
    QVERIFY(near(r.usedDowntimeMinutes, 0.5 * 30 * 24 * 60 * (1 - 0.999)));

    // Windows shorter than a bucket cannot be computed from one-hour buckets.
    QCOMPARE(r.burnRates.size(), std::size_t(7));
    QVERIFY(!r.burnRate(u"5m"));
    QVERIFY(!r.burnRate(u"30m"));
    for (const char *w : { "1h", "2h", "6h", "1d", "3d" })
        QVERIFY2(near(r.burnRate(QString::fromUtf8(w)), (1.8 / 3600) / (1 - 0.999)), w);

    QCOMPARE(r.alerts.size(), std::size_t(4));
    QCOMPARE(r.alerts[0].tier, QStringLiteral("page-fast"));
    QVERIFY(near(r.alerts[0].factor, 0.02 * 30 * 24));
    for (const AlertState &a : r.alerts)
        QVERIFY2(!a.firing, qPrintable(a.tier));

    // Half the budget left at burn rate 0.5: 0.5 * 30 d / 0.5.
    QVERIFY(near(r.timeToExhaustionSeconds, 0.5 * 30 * kDay / 0.5));
    QCOMPARE(r.status, SloStatus::Ok);
}

void TestSloMath::reportWithoutTraffic()
{
    const EventSeries idle(1h, constantBuckets(kHourStart, 3600, 31 * 24, 0, 0));
    const SloReport r = computeReport(availability(), idle, kHourStart + 31 * kDay);
    QVERIFY(!r.sli);
    QVERIFY(!r.errorBudgetRemaining);
    QVERIFY(!r.errorBudgetConsumed);
    QVERIFY(!r.timeToExhaustionSeconds);
    QCOMPARE(r.totalEvents, 0.0);
    QCOMPARE(r.allowedBadEvents, 0.0);
    for (const BurnRateValue &b : r.burnRates)
        QVERIFY2(!b.value, qPrintable(b.window));
    QCOMPARE(r.status, SloStatus::NoData);
}

void TestSloMath::reportJson()
{
    const SloReport r = computeReport(availability(), steadyHalfBudget(), kHourStart + 31 * kDay);
    const QJsonObject json = toJson(r);
    for (const char *key : { "id", "service", "name", "objective", "window", "sli", "error_budget_remaining",
                             "error_budget_consumed", "bad_events", "total_events", "allowed_bad_events", "burn_rates",
                             "alerts", "time_to_exhaustion_seconds", "status" })
        QVERIFY2(json.contains(QLatin1String(key)), key);
    QCOMPARE(json.value(QStringLiteral("objective")).toDouble(), 0.999);
    QCOMPARE(json.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));

    const QJsonObject burnRates = json.value(QStringLiteral("burn_rates")).toObject();
    QCOMPARE(burnRates.keys().size(), 7);
    QVERIFY(burnRates.value(QStringLiteral("5m")).isNull());
    QVERIFY(near(burnRates.value(QStringLiteral("1h")).toDouble(), (1.8 / 3600) / (1 - 0.999)));

    const QJsonObject page = json.value(QStringLiteral("alerts")).toArray().at(0).toObject();
    QCOMPARE(page.value(QStringLiteral("tier")).toString(), QStringLiteral("page-fast"));
    QCOMPARE(page.value(QStringLiteral("severity")).toString(), QStringLiteral("page"));
    QCOMPARE(page.value(QStringLiteral("long_window")).toString(), QStringLiteral("1h"));
    QCOMPARE(page.value(QStringLiteral("short_window")).toString(), QStringLiteral("5m"));
    QVERIFY(near(page.value(QStringLiteral("factor")).toDouble(), 0.02 * 30 * 24));
    QCOMPARE(page.value(QStringLiteral("firing")).toBool(), false);
}
