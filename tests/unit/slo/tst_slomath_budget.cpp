// Error budget, burn rates, multi-window multi-burn-rate tiers, status and the report.
#include "tst_slomath.h"

#include "budget.h"
#include "burnrate.h"
#include "report.h"

#include <QJsonArray>
#include <QTest>

using namespace sre::slo;
using namespace sloMathTest;
using namespace std::chrono_literals;

namespace {

constexpr qint64 kDay = 86400;
constexpr qint64 kEnd = 1'790'006'400; // a whole hour in September 2026

// Five-minute buckets over four days, 1000 events each: 1 bad per bucket (burn rate 1 at 99.9 %),
// except the last hour with 20 bad per bucket (burn rate 20).
EventSeries spikeAtTheEnd()
{
    const qint64 step = 300;
    const int count = int(4 * kDay / step);
    std::vector<EventBucket> buckets = constantBuckets(kEnd - count * step, step, count, 1, 1000);
    for (int i = count - 12; i < count; ++i)
        buckets[std::size_t(i)].bad = 20;
    return EventSeries(std::chrono::seconds(step), buckets);
}

} // namespace

void TestSloMath::budget_data()
{
    QTest::addColumn<double>("objective");
    QTest::addColumn<double>("bad");
    QTest::addColumn<double>("total");
    QTest::addColumn<int>("windowDays");
    QTest::addColumn<double>("consumed");
    QTest::addColumn<double>("allowedBad");
    QTest::addColumn<double>("allowedMinutes");

    QTest::newRow("half the budget used") << 0.999 << 5.0 << 10000.0 << 30 << (1 - 9995.0 / 10000) / (1 - 0.999)
                                          << (1 - 0.999) * 10000 << 30 * 24 * 60 * (1 - 0.999);
    QTest::newRow("budget overspent: remaining goes negative")
        << 0.99 << 30.0 << 1000.0 << 30 << (1 - 970.0 / 1000) / (1 - 0.99) << (1 - 0.99) * 1000
        << 30 * 24 * 60 * (1 - 0.99);
    QTest::newRow("objective 99.999: one bad event in a million")
        << 0.99999 << 1.0 << 1e6 << 30 << (1 - 999999.0 / 1e6) / (1 - 0.99999) << (1 - 0.99999) * 1e6
        << 30 * 24 * 60 * (1 - 0.99999);
    QTest::newRow("no bad events, 28 days")
        << 0.999 << 0.0 << 5000.0 << 28 << 0.0 << (1 - 0.999) * 5000 << 28 * 24 * 60 * (1 - 0.999);
}

void TestSloMath::budget()
{
    QFETCH(double, objective);
    QFETCH(double, bad);
    QFETCH(double, total);
    QFETCH(int, windowDays);
    QFETCH(double, consumed);
    QFETCH(double, allowedBad);
    QFETCH(double, allowedMinutes);

    const auto b = errorBudget({ bad, total }, objective, std::chrono::seconds(windowDays * kDay));
    QVERIFY(b);
    QVERIFY2(near(b->consumed, consumed), qPrintable(QString::number(b->consumed, 'g', 17)));
    QVERIFY(near(b->remaining, 1 - consumed));
    QVERIFY(near(b->allowedBadEvents, allowedBad));
    QCOMPARE(b->usedBadEvents, bad);
    QVERIFY(near(b->allowedDowntimeMinutes, allowedMinutes));
    QVERIFY(near(b->usedDowntimeMinutes, consumed * allowedMinutes));
    QVERIFY(near(budgetConsumed((total - bad) / total, objective), consumed));
}

void TestSloMath::budgetWithoutTraffic()
{
    QVERIFY(!errorBudget({ 0, 0 }, 0.999, std::chrono::seconds(30 * kDay)));
}

void TestSloMath::burnRates_data()
{
    QTest::addColumn<int>("windowSeconds");
    QTest::addColumn<qint64>("at");
    QTest::addColumn<std::optional<double>>("expected");

    const auto rate = [](double bad, double total) { return std::optional<double>((bad / total) / (1 - 0.999)); };
    QTest::newRow("5m: one spike bucket") << 300 << kEnd << rate(20, 1000);
    QTest::newRow("30m: six spike buckets") << 1800 << kEnd << rate(6 * 20, 6 * 1000);
    QTest::newRow("1h: the whole spike") << 3600 << kEnd << rate(12 * 20, 12 * 1000);
    QTest::newRow("2h: half spike") << 7200 << kEnd << rate(12 * 20 + 12 * 1, 24 * 1000);
    QTest::newRow("6h") << 6 * 3600 << kEnd << rate(12 * 20 + 60 * 1, 72 * 1000);
    QTest::newRow("1d") << int(kDay) << kEnd << rate(12 * 20 + 276 * 1, 288 * 1000);
    QTest::newRow("3d") << int(3 * kDay) << kEnd << rate(12 * 20 + 852 * 1, 864 * 1000);
    QTest::newRow("an hour before the spike: burn rate 1") << 3600 << kEnd - 3600 << rate(12, 12 * 1000);
    QTest::newRow("after the data: no traffic, no rate") << 300 << kEnd + kDay << std::optional<double>();
}

void TestSloMath::burnRates()
{
    QFETCH(int, windowSeconds);
    QFETCH(qint64, at);
    QFETCH(std::optional<double>, expected);
    const auto actual = burnRate(spikeAtTheEnd(), 0.999, at, std::chrono::seconds(windowSeconds));
    QVERIFY2(near(actual, expected), qPrintable(QString::number(actual.value_or(-1), 'g', 17)));
}

void TestSloMath::timeToExhaustion_data()
{
    QTest::addColumn<double>("remaining");
    QTest::addColumn<int>("windowDays");
    QTest::addColumn<std::optional<double>>("burn");
    QTest::addColumn<std::optional<double>>("expected");

    QTest::newRow("half left, burning twice as fast as allowed")
        << 0.5 << 30 << std::optional<double>(2) << std::optional<double>(0.5 * 30 * 86400 / 2);
    QTest::newRow("full budget at burn rate 1 lasts the window")
        << 1.0 << 28 << std::optional<double>(1) << std::optional<double>(28.0 * 86400);
    QTest::newRow("not burning") << 0.5 << 30 << std::optional<double>(0) << std::optional<double>();
    QTest::newRow("no data") << 0.5 << 30 << std::optional<double>() << std::optional<double>();
    QTest::newRow("already exhausted") << -0.2 << 30 << std::optional<double>(3) << std::optional<double>(0);
}

void TestSloMath::timeToExhaustion()
{
    QFETCH(double, remaining);
    QFETCH(int, windowDays);
    QFETCH(std::optional<double>, burn);
    QFETCH(std::optional<double>, expected);
    QVERIFY(near(sre::slo::timeToExhaustion(remaining, std::chrono::seconds(windowDays * kDay), burn), expected));
}

void TestSloMath::tierFactors_data()
{
    QTest::addColumn<int>("windowDays");
    QTest::addColumn<int>("tier"); // index into defaultTiers(); -1: an explicit factor of 2.5
    QTest::addColumn<double>("factor");

    QTest::newRow("30d page 2 % in 1h") << 30 << 0 << 0.02 * (30 * 24) / 1;
    QTest::newRow("30d page 5 % in 6h") << 30 << 1 << 0.05 * (30 * 24) / 6;
    QTest::newRow("30d ticket 10 % in 1d") << 30 << 2 << 0.10 * (30 * 24) / 24;
    QTest::newRow("30d ticket 10 % in 3d") << 30 << 3 << 0.10 * (30 * 24) / 72;
    QTest::newRow("28d page 2 % in 1h") << 28 << 0 << 0.02 * (28 * 24) / 1;
    QTest::newRow("28d page 5 % in 6h") << 28 << 1 << 0.05 * (28 * 24) / 6;
    QTest::newRow("28d ticket 10 % in 1d") << 28 << 2 << 0.10 * (28 * 24) / 24;
    QTest::newRow("28d ticket 10 % in 3d") << 28 << 3 << 0.10 * (28 * 24) / 72;
    QTest::newRow("7d page 2 % in 1h") << 7 << 0 << 0.02 * (7 * 24) / 1;
    QTest::newRow("an explicit factor overrides the share") << 30 << -1 << 2.5;
}

void TestSloMath::tierFactors()
{
    QFETCH(int, windowDays);
    QFETCH(int, tier);
    QFETCH(double, factor);
    const std::vector<BurnTier> defaults = defaultTiers();
    QCOMPARE(defaults.size(), std::size_t(4));
    BurnTier t = tier >= 0 ? defaults[std::size_t(tier)] : BurnTier {};
    if (tier < 0)
        t.factor = 2.5;
    QVERIFY2(near(tierFactor(t, std::chrono::seconds(windowDays * kDay)), factor),
             qPrintable(QString::number(tierFactor(t, std::chrono::seconds(windowDays * kDay)), 'g', 17)));
    // The documented default windows: 1h/5m, 6h/30m, 1d/2h, 3d/6h.
    QCOMPARE(defaults[0].longWindow, 1h);
    QCOMPARE(defaults[0].shortWindow, 5min);
    QCOMPARE(defaults[1].longWindow, 6h);
    QCOMPARE(defaults[1].shortWindow, 30min);
    QCOMPARE(defaults[2].longWindow, 24h);
    QCOMPARE(defaults[2].shortWindow, 2h);
    QCOMPARE(defaults[3].longWindow, 72h);
    QCOMPARE(defaults[3].shortWindow, 6h);
}

void TestSloMath::tierFiring_data()
{
    QTest::addColumn<std::optional<double>>("longRate");
    QTest::addColumn<std::optional<double>>("shortRate");
    QTest::addColumn<bool>("firing");

    QTest::newRow("both windows above the factor") << std::optional<double>(20) << std::optional<double>(15) << true;
    QTest::newRow("long window only: the spike is over")
        << std::optional<double>(20) << std::optional<double>(2) << false;
    QTest::newRow("short window only: too brief") << std::optional<double>(3) << std::optional<double>(50) << false;
    QTest::newRow("exactly at the factor") << std::optional<double>(14.4) << std::optional<double>(14.4) << true;
    QTest::newRow("no data") << std::optional<double>() << std::optional<double>(20) << false;
}

void TestSloMath::tierFiring()
{
    QFETCH(std::optional<double>, longRate);
    QFETCH(std::optional<double>, shortRate);
    QFETCH(bool, firing);
    QCOMPARE(sre::slo::tierFiring(14.4, longRate, shortRate), firing);
}

void TestSloMath::tierStates()
{
    const auto states = evaluateTiers(defaultTiers(), spikeAtTheEnd(), 0.999, kEnd, std::chrono::seconds(30 * kDay));
    QCOMPARE(states.size(), std::size_t(4));
    // page 1h/5m at 14.4: both windows burn at 20.
    QVERIFY(states[0].firing);
    // page 6h/30m at 6: the 6h window burns at (12*20 + 60) / 72 = 4.17.
    QVERIFY(near(states[1].longBurnRate, (12 * 20 + 60 * 1) / 72.0));
    QVERIFY(!states[1].firing);
    // ticket 1d/2h at 3: the day burns at (240 + 276) / 288 = 1.79.
    QVERIFY(!states[2].firing);
    // ticket 3d/6h at 1: 3d burns at (240 + 852) / 864 = 1.26 and 6h at 4.17.
    QVERIFY(near(states[3].factor, 0.10 * (30 * 24) / 72));
    QVERIFY(states[3].firing);
}

void TestSloMath::status_data()
{
    QTest::addColumn<std::optional<double>>("remaining"); // none: no traffic
    QTest::addColumn<QString>("firingSeverity"); // empty: nothing fires
    QTest::addColumn<QString>("expected");

    QTest::newRow("no traffic is no-data") << std::optional<double>() << QString() << "no-data";
    QTest::newRow("budget spent is critical") << std::optional<double>(0) << QString() << "critical";
    QTest::newRow("budget overspent is critical") << std::optional<double>(-1.5) << QString() << "critical";
    QTest::newRow("a page tier firing is critical") << std::optional<double>(0.8) << "page"
                                                    << "critical";
    QTest::newRow("a ticket tier firing is a warning") << std::optional<double>(0.8) << "ticket"
                                                       << "warning";
    QTest::newRow("under a quarter of the budget left is a warning")
        << std::optional<double>(0.2) << QString() << "warning";
    QTest::newRow("exactly a quarter left is ok") << std::optional<double>(0.25) << QString() << "ok";
    QTest::newRow("healthy") << std::optional<double>(0.9) << QString() << "ok";
}

void TestSloMath::status()
{
    QFETCH(std::optional<double>, remaining);
    QFETCH(QString, firingSeverity);
    QFETCH(QString, expected);
    std::vector<AlertState> alerts(2);
    alerts[0].severity = QStringLiteral("page");
    alerts[1].severity = QStringLiteral("ticket");
    for (AlertState &a : alerts)
        a.firing = a.severity == firingSeverity;
    const std::optional<double> sli = remaining ? std::optional<double>(0.999) : std::nullopt;
    QCOMPARE(statusName(statusFor(sli, remaining, alerts, 0.25)), expected);
}
