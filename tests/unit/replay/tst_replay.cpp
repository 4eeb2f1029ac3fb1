// Alert replay on synthetic in-memory series. Every expected time and number is arithmetic done
// by hand in the comments, never taken from the code under test.
//
// The world of these tests: an SLO of 99.9 % over 30 days (budget 0.001), 1,000 requests a
// minute in one-minute buckets, no errors unless a case adds them. The tier is the Workbook's
// page-fast: long 1h, short 5m, factor 0.02 * 30d / 1h = 14.4.
#include "replay.h"
#include "replaysource.h"

#include <QTest>

using namespace sre;
using namespace std::chrono_literals;

Q_DECLARE_METATYPE(std::vector<sre::replay::FiringSpan>)

namespace {
constexpr qint64 kMin = 60;
// T0: where the first outage begins, on the minute grid. The series starts two hours earlier.
constexpr qint64 kT0 = 1'790'000'040; // 29,833,334 minutes
constexpr qint64 kSeriesStart = kT0 - 120 * kMin;

struct Errors
{
    qint64 from = 0; // first bucket start, as minutes after T0
    qint64 to = 0; // bucket starts before this
    double bad = 0; // per minute
    double total = 1000; // per minute inside the errors (0: no traffic)
};

slo::EventSeries series(const std::vector<Errors> &errors, qint64 minutes = 300)
{
    std::vector<slo::EventBucket> buckets;
    for (qint64 m = 0; m < minutes; ++m) {
        const qint64 start = kSeriesStart + m * kMin;
        slo::EventBucket b { start, 0, 1000 };
        for (const Errors &e : errors)
            if (start >= kT0 + e.from * kMin && start < kT0 + e.to * kMin) {
                b.bad = e.bad;
                b.total = e.total;
            }
        buckets.push_back(b);
    }
    return slo::EventSeries(60s, buckets);
}

slo::SloSpec spec()
{
    slo::SloSpec s;
    s.service = QStringLiteral("shop");
    s.name = QStringLiteral("availability");
    s.objective = 0.999;
    s.window = 30 * 24h;
    return s;
}

replay::ReplayTier pageFast(std::chrono::seconds forDuration = 0s)
{
    return { slo::defaultTiers().front(), 14.4, forDuration };
}

qint64 at(qint64 minutesAfterT0)
{
    return kT0 + minutesAfterT0 * kMin;
}
} // namespace

class TestReplay final : public QObject
{
    Q_OBJECT

private slots:
    void tiersComeFromTheEngine();
    void firingSpans_data();
    void firingSpans();
    void zeroTrafficIsNoBurn();
    void evaluationTimesAreOnTheStepGrid();
    void tierTable();
    void tierEdits_data();
    void tierEdits();
    void badTierEdits_data();
    void badTierEdits();
};

void TestReplay::tiersComeFromTheEngine()
{
    slo::SloSpec s = spec();
    const std::vector<replay::ReplayTier> tiers = replay::replayTiers(s);
    QCOMPARE(tiers.size(), std::size_t(4));
    QCOMPARE(tiers[0].tier.name, QStringLiteral("page-fast"));
    QVERIFY(qFuzzyCompare(tiers[0].factor, 14.4));
    QVERIFY(qFuzzyCompare(tiers[1].factor, 6.0)); // 5 % in 6h of 30d
    QVERIFY(qFuzzyCompare(tiers[2].factor, 3.0)); // 10 % in 1d
    QVERIFY(qFuzzyCompare(tiers[3].factor, 1.0)); // 10 % in 3d
    QCOMPARE(tiers[0].forDuration, 0s);

    // The SLO's own tiers win; a calendar month counts as 30 days, as the generated rules do.
    s.tiers = { { QStringLiteral("only"), QStringLiteral("page"), 2h, 10min, 0.05, std::nullopt } };
    s.calendar = slo::CalendarWindow { slo::CalendarWindow::Period::Month, QStringLiteral("Asia/Tokyo") };
    const auto own = replay::replayTiers(s);
    QCOMPARE(own.size(), std::size_t(1));
    QVERIFY(qFuzzyCompare(own[0].factor, 0.05 * 720 / 2)); // 18
    s.alertingDisabled = true;
    QVERIFY(replay::replayTiers(s).empty());
}

void TestReplay::firingSpans_data()
{
    QTest::addColumn<std::vector<Errors>>("errors");
    QTest::addColumn<qint64>("forSeconds");
    QTest::addColumn<std::vector<replay::FiringSpan>>("expected");

    // 10 % errors for 30 minutes from T0: burn 100 per bad minute. The long window reaches 14.4
    // with k bad minutes when 100 * k / 60 >= 14.4, k >= 8.64: at T0+9m; the short window is at
    // 100 * 1 / 5 = 20 already. After the outage (T0+30m) the short window holds 5 - j bad
    // minutes at T0+30m+j: 20 * (5 - j) >= 14.4 until j = 4, so the alert stops at T0+35m.
    QTest::newRow("step outage: fires when both windows exceed the factor")
        << std::vector<Errors> { { 0, 30, 100 } } << qint64(0)
        << std::vector<replay::FiringSpan> { { at(9), at(9), at(35), false } };
    QTest::newRow("step outage with for 2m: pending at 9m, firing at 11m")
        << std::vector<Errors> { { 0, 30, 100 } } << qint64(120)
        << std::vector<replay::FiringSpan> { { at(9), at(11), at(35), false } };
    // for longer than the condition holds (9m..35m = 26m): never fires.
    QTest::newRow("for longer than the burn: no firing")
        << std::vector<Errors> { { 0, 30, 100 } } << qint64(30 * 60) << std::vector<replay::FiringSpan> {};
    // One minute at 50 %: the short window burns 500 / 5000 / 0.001 = 100, the long one only
    // 500 / 60000 / 0.001 = 8.33 < 14.4: the long window filters the spike.
    QTest::newRow("short spike: filtered by the long window")
        << std::vector<Errors> { { 10, 11, 500 } } << qint64(0) << std::vector<replay::FiringSpan> {};
    // Two minutes at 100 %: long 2000 / 60000 / 0.001 = 33.3 and short 200 at T0+1m (1000 bad):
    // fires at T0+1m. The short window holds bad minutes until T0+2m+4m: stops at T0+7m.
    QTest::newRow("short total outage: long enough to page")
        << std::vector<Errors> { { 0, 2, 1000 } } << qint64(0)
        << std::vector<replay::FiringSpan> { { at(1), at(1), at(7), false } };
    // Still burning at the end of the range (T0+100m; the outage lasts until T0+150m): open span.
    QTest::newRow("open at the end of the range")
        << std::vector<Errors> { { 60, 150, 100 } } << qint64(0)
        << std::vector<replay::FiringSpan> { { at(69), at(69), at(100), true } };
}

void TestReplay::firingSpans()
{
    QFETCH(std::vector<Errors>, errors);
    QFETCH(qint64, forSeconds);
    QFETCH(std::vector<replay::FiringSpan>, expected);
    const auto spans
        = replay::firingSpans(series(errors), 0.999, pageFast(std::chrono::seconds(forSeconds)), at(-30), at(100), 60s);
    QCOMPARE(spans.size(), expected.size());
    for (std::size_t i = 0; i < spans.size(); ++i) {
        QCOMPARE(spans[i].pendingSince, expected[i].pendingSince);
        QCOMPARE(spans[i].start, expected[i].start);
        QCOMPARE(spans[i].end, expected[i].end);
        QCOMPARE(spans[i].open, expected[i].open);
    }
}

void TestReplay::zeroTrafficIsNoBurn()
{
    // No traffic at all from T0-60m to T0+60m: no window has a burn rate, and nothing fires.
    const slo::EventSeries idle = series({ { -60, 60, 0, 0 } });
    QVERIFY(!replay::windowBurn(idle, 0.999, at(0), 1h).has_value());
    QVERIFY(!replay::windowBurn(idle, 0.999, at(30), 5min).has_value());
    QVERIFY(replay::firingSpans(idle, 0.999, pageFast(), at(-30), at(60), 60s).empty());

    // A 100 % outage that then goes silent: the long window burns, the short one has no traffic
    // from T0+5m+5m on, so the alert stops there rather than firing on NaN or on 0 / 0.
    // T0..T0+5m all bad (1000/min), then no traffic until T0+60m.
    const slo::EventSeries silent = series({ { 0, 5, 1000 }, { 5, 60, 0, 0 } });
    const auto spans = replay::firingSpans(silent, 0.999, pageFast(), at(-30), at(60), 60s);
    QCOMPARE(spans.size(), std::size_t(1));
    QCOMPARE(spans[0].start, at(1));
    QCOMPARE(spans[0].end, at(10)); // (T0+5m, T0+10m] holds no event
    const auto burn = replay::windowBurn(silent, 0.999, at(20), 1h);
    QVERIFY(burn.has_value());
    // (T0-40m, T0+20m]: 40,000 good before the outage, 5,000 bad in it, nothing after:
    // 5,000 / 45,000 / 0.001 = 111.1.
    QVERIFY(qFuzzyCompare(*burn, 5000.0 / 45000 / 0.001));
}

void TestReplay::evaluationTimesAreOnTheStepGrid()
{
    const auto times = replay::evaluationTimes(kT0 + 1, kT0 + 181, 60s);
    QCOMPARE(times.size(), std::size_t(3));
    QCOMPARE(times.front(), kT0 + 60);
    QCOMPARE(times.back(), kT0 + 180);
    QVERIFY(replay::evaluationTimes(kT0, kT0 - 1, 60s).empty());
}

void TestReplay::tierTable()
{
    // Range T0-60m .. T0+180m (240 minutes, 240,000 requests). The window's budget is estimated
    // from the range's traffic: 0.001 * 240,000 * (30d / 240m) = 0.001 * 1000/min * 43,200 min =
    // 43,200 bad events.
    // Outage 1: 10 % from T0 to T0+30m (fires T0+9m .. T0+35m), incident INC-1 started T0-2m.
    // Outage 2: 10 % from T0+100m to T0+115m (fires T0+109m .. T0+120m), no incident.
    // INC-2 at T0+150m..T0+160m: nothing burned, missed.
    const slo::EventSeries s = series({ { 0, 30, 100 }, { 100, 115, 100 } });
    const std::vector<replay::Incident> incidents = {
        { QStringLiteral("INC-1"), QStringLiteral("outage"), at(-2), at(40) },
        { QStringLiteral("INC-2"), QStringLiteral("quiet"), at(150), at(160) },
    };
    const replay::ReplayResult r = replay::replay(spec(), s, { pageFast() }, incidents, at(-60), at(180), 60s);
    QVERIFY(r.windowBudgetEvents.has_value());
    QVERIFY(qFuzzyCompare(*r.windowBudgetEvents, 43200.0));
    QCOMPARE(r.tiers.size(), std::size_t(1));
    const replay::TierReplay &t = r.tiers.front();
    QCOMPARE(t.firings.size(), std::size_t(2));
    QCOMPARE(t.firings[0].start, at(9));
    QCOMPARE(t.firings[1].start, at(109));
    QCOMPARE(t.firings[1].end, at(120));
    QVERIFY(qFuzzyCompare(t.pagesPerWeek, 2.0 * 10080 / 240)); // 84
    QCOMPARE(t.detections.size(), std::size_t(2));
    QCOMPARE(t.detections[0].firedAt, std::optional<qint64>(at(9)));
    QCOMPARE(t.detections[0].timeToDetect, std::optional<qint64>(11 * kMin));
    // Bad events from INC-1's start to the firing: 9 minutes * 100 = 900 of 43,200.
    QVERIFY(t.detections[0].budgetSpent.has_value());
    QVERIFY(qFuzzyCompare(*t.detections[0].budgetSpent, 900.0 / 43200));
    QVERIFY(!t.detections[1].firedAt.has_value());
    QCOMPARE(t.missed, 1);
    QCOMPARE(t.withoutIncident, 1);
    // Both outages stop burning at their end and the alert resets 5 minutes later.
    QCOMPARE(t.resets.size(), std::size_t(2));
    QCOMPARE(t.resets[0], std::optional<qint64>(5 * kMin));
    QCOMPARE(t.medianReset, std::optional<qint64>(5 * kMin));
    QCOMPARE(t.maxReset, std::optional<qint64>(5 * kMin));
    QVERIFY(t.budgetBeforeFirstFiring.has_value());
    QVERIFY(qFuzzyCompare(*t.budgetBeforeFirstFiring, 900.0 / 43200));
}

void TestReplay::tierEdits_data()
{
    QTest::addColumn<QString>("edit");
    QTest::addColumn<QString>("name");
    QTest::addColumn<double>("factor");
    QTest::addColumn<qint64>("longSeconds");
    QTest::addColumn<qint64>("forSeconds");
    QTest::addColumn<int>("count");

    QTest::newRow("factor of an existing tier") << QStringLiteral("page-fast:factor=10") << QStringLiteral("page-fast")
                                                << 10.0 << qint64(3600) << qint64(0) << 4;
    // Its share (2 %) stays: 0.02 * 720h / 2h = 7.2.
    QTest::newRow("long window of an existing tier recomputes the factor")
        << QStringLiteral("page-fast:long=2h") << QStringLiteral("page-fast") << 7.2 << qint64(7200) << qint64(0) << 4;
    QTest::newRow("for") << QStringLiteral("page-slow:for=15m") << QStringLiteral("page-slow") << 6.0 << qint64(21600)
                         << qint64(900) << 4;
    // 0.02 * 720h / 0.5h = 28.8
    QTest::newRow("new tier by share") << QStringLiteral("fast30:long=30m,short=5m,share=2%")
                                       << QStringLiteral("fast30") << 28.8 << qint64(1800) << qint64(0) << 5;
    QTest::newRow("new tier by factor") << QStringLiteral("x:long=1h,short=5m,factor=20,for=1m") << QStringLiteral("x")
                                        << 20.0 << qint64(3600) << qint64(60) << 5;
}

void TestReplay::tierEdits()
{
    QFETCH(QString, edit);
    QFETCH(QString, name);
    QFETCH(double, factor);
    QFETCH(qint64, longSeconds);
    QFETCH(qint64, forSeconds);
    QFETCH(int, count);
    std::vector<replay::ReplayTier> tiers = replay::replayTiers(spec());
    const auto error = replay::applyTierEdit(tiers, edit, 30 * 24h);
    QVERIFY2(!error, qPrintable(error.value_or(QString())));
    QCOMPARE(int(tiers.size()), count);
    const auto it = std::find_if(tiers.begin(), tiers.end(), [&](const auto &t) { return t.tier.name == name; });
    QVERIFY(it != tiers.end());
    QVERIFY2(qFuzzyCompare(it->factor, factor), qPrintable(QString::number(it->factor)));
    QCOMPARE(qint64(it->tier.longWindow.count()), longSeconds);
    QCOMPARE(qint64(it->forDuration.count()), forSeconds);
}

void TestReplay::badTierEdits_data()
{
    QTest::addColumn<QString>("edit");
    QTest::newRow("no colon") << QStringLiteral("page-fast");
    QTest::newRow("negative factor") << QStringLiteral("page-fast:factor=-1");
    QTest::newRow("unknown key") << QStringLiteral("page-fast:bogus=1");
    QTest::newRow("new tier without factor") << QStringLiteral("new:long=1h,short=5m");
    QTest::newRow("not a duration") << QStringLiteral("page-fast:long=soon");
    QTest::newRow("share over 100 %") << QStringLiteral("page-fast:share=150%");
    QTest::newRow("short longer than long") << QStringLiteral("page-fast:short=2h");
    QTest::newRow("factor and share") << QStringLiteral("page-fast:factor=3,share=2%");
}

void TestReplay::badTierEdits()
{
    QFETCH(QString, edit);
    std::vector<replay::ReplayTier> tiers = replay::replayTiers(spec());
    const auto before = tiers.size();
    const auto error = replay::applyTierEdit(tiers, edit, 30 * 24h);
    QVERIFY(error.has_value());
    QVERIFY(!error->isEmpty());
    QCOMPARE(tiers.size(), before);
    QCOMPARE(tiers[0].factor, 14.4);
}

QTEST_GUILESS_MAIN(TestReplay)
#include "tst_replay.moc"
