// Buckets, prefix sums and the SLI: event-weighted, no data without traffic, counter resets.
#include "tst_slomath.h"

#include <QTest>

using namespace sre::slo;
using namespace sloMathTest;

namespace {

constexpr qint64 kT0 = 1'790'000'040; // September 2026, a whole minute

// Ten one-minute buckets: 100 events each, bucket i has i bad ones.
EventSeries rising()
{
    std::vector<EventBucket> buckets;
    for (int i = 0; i < 10; ++i)
        buckets.push_back({ kT0 + i * 60, double(i), 100 });
    return EventSeries(std::chrono::seconds(60), buckets);
}

} // namespace

void TestSloMath::windowCounts_data()
{
    QTest::addColumn<qint64>("from");
    QTest::addColumn<qint64>("to");
    QTest::addColumn<double>("bad");
    QTest::addColumn<double>("total");

    QTest::newRow("the whole series") << kT0 << kT0 + 600 << double(0 + 1 + 2 + 3 + 4 + 5 + 6 + 7 + 8 + 9)
                                      << 10 * 100.0;
    QTest::newRow("buckets 2, 3 and 4") << kT0 + 120 << kT0 + 300 << double(2 + 3 + 4) << 3 * 100.0;
    QTest::newRow("a bucket cut by a window edge is left out")
        << kT0 + 90 << kT0 + 330 << double(2 + 3 + 4) << 3 * 100.0;
    QTest::newRow("one bucket") << kT0 + 540 << kT0 + 600 << 9.0 << 100.0;
    QTest::newRow("before the data") << kT0 - 600 << kT0 << 0.0 << 0.0;
    QTest::newRow("window shorter than a bucket") << kT0 + 60 << kT0 + 90 << 0.0 << 0.0;
    QTest::newRow("window reaching past the data") << kT0 + 480 << kT0 + 6000 << double(8 + 9) << 2 * 100.0;
}

void TestSloMath::windowCounts()
{
    QFETCH(qint64, from);
    QFETCH(qint64, to);
    QFETCH(double, bad);
    QFETCH(double, total);
    const EventCounts c = rising().counts(from, to);
    QVERIFY2(near(c.bad, bad), qPrintable(QString::number(c.bad)));
    QVERIFY2(near(c.total, total), qPrintable(QString::number(c.total)));
    QVERIFY(near(c.good(), total - bad));
}

void TestSloMath::sli_data()
{
    QTest::addColumn<double>("bad");
    QTest::addColumn<double>("total");
    QTest::addColumn<std::optional<double>>("sli");

    QTest::newRow("999 of 1000 good") << 1.0 << 1000.0 << std::optional<double>(999.0 / 1000);
    QTest::newRow("all good") << 0.0 << 50.0 << std::optional<double>(1.0);
    QTest::newRow("all bad") << 50.0 << 50.0 << std::optional<double>(0.0);
    QTest::newRow("zero traffic is no data, not 100 %") << 0.0 << 0.0 << std::optional<double>();
}

void TestSloMath::sli()
{
    QFETCH(double, bad);
    QFETCH(double, total);
    QFETCH(std::optional<double>, sli);
    const EventCounts c { bad, total };
    QVERIFY(near(c.sli(), sli));
    QCOMPARE(c.errorRatio().has_value(), sli.has_value());
}

void TestSloMath::counterReset()
{
    // Raw cumulative counters; the process restarted before the fourth sample.
    const std::vector<qint64> times { kT0, kT0 + 60, kT0 + 120, kT0 + 180, kT0 + 240 };
    const std::vector<double> total { 100, 200, 300, 50, 150 };
    const std::vector<double> bad { 1, 2, 3, 0, 1 };
    const EventSeries s = eventSeriesFromCounters(times, bad, total);
    QCOMPARE(s.step(), std::chrono::seconds(60));
    QCOMPARE(s.buckets().size(), std::size_t(4));
    // Across the reset the increase is the new value (the counter restarted from 0), not 50 - 300.
    QCOMPARE(s.buckets()[2].total, 50.0);
    QCOMPARE(s.buckets()[2].bad, 0.0);
    const EventCounts c = s.counts(kT0, kT0 + 240);
    QCOMPARE(c.total, (200.0 - 100) + (300.0 - 200) + 50 + (150.0 - 50));
    QCOMPARE(c.bad, (2.0 - 1) + (3.0 - 2) + 0 + (1.0 - 0));
    QCOMPARE(s.clampedBuckets(), 0);
}

void TestSloMath::negativeIncreaseClamped()
{
    // What a client computing plain differences would get across a reset: a negative increase.
    // It must not subtract events from the window.
    const std::vector<EventBucket> buckets {
        { kT0, 1, 100 },
        { kT0 + 60, -3, -250 }, // reset seen as a negative increase
        { kT0 + 120, 7, 5 }, // bad > total: two series extrapolated separately
        { kT0 + 180, qQNaN(), 100 },
    };
    const EventSeries s(std::chrono::seconds(60), buckets);
    QCOMPARE(s.clampedBuckets(), 2);
    QCOMPARE(s.buckets().size(), std::size_t(3)); // the NaN bucket is a gap
    const EventCounts c = s.counts(kT0, kT0 + 240);
    QCOMPARE(c.total, 100.0 + 0 + 5);
    QCOMPARE(c.bad, 1.0 + 0 + 5);
    QVERIFY(c.bad >= 0 && c.bad <= c.total);
}

void TestSloMath::refreshMergesBuckets()
{
    EventSeries s(std::chrono::seconds(60), constantBuckets(kT0, 60, 3, 1, 10));
    // A refresh re-fetches the last bucket (now complete) and adds a new one.
    s.merge({ { kT0 + 120, 2, 20 }, { kT0 + 180, 3, 30 } });
    QCOMPARE(s.buckets().size(), std::size_t(4));
    const EventCounts c = s.counts(kT0, kT0 + 240);
    QCOMPARE(c.total, 10.0 + 10 + 20 + 30);
    QCOMPARE(c.bad, 1.0 + 1 + 2 + 3);
    QCOMPARE(s.lastEnd(), kT0 + 240);
}

void TestSloMath::dropBeforeKeepsTheRest()
{
    EventSeries s(std::chrono::seconds(60), constantBuckets(kT0, 60, 5, 1, 10));
    s.dropBefore(kT0); // nothing before the first bucket
    QCOMPARE(s.buckets().size(), std::size_t(5));
    s.dropBefore(kT0 + 150); // the buckets starting at kT0, +60 and +120 go
    QCOMPARE(s.buckets().size(), std::size_t(2));
    QCOMPARE(s.firstStart(), kT0 + 180);
    QCOMPARE(s.lastEnd(), kT0 + 300);
    // The prefix sums start over: counts of what is left, and nothing from before.
    QCOMPARE(s.counts(kT0, kT0 + 300).total, 20.0);
    QCOMPARE(s.counts(kT0 + 180, kT0 + 240).bad, 1.0);
    s.merge({ { kT0 + 300, 2, 20 } });
    QCOMPARE(s.counts(kT0, kT0 + 360).total, 40.0);
}

QTEST_GUILESS_MAIN(TestSloMath)
