// decimateM4 (the chart reduction): checked against a brute-force pass over each column that
// does not share the reduction's code, on seeded random series with spikes and gaps.
#include "timeseries.h"

#include <QTest>
#include <cmath>
#include <limits>
#include <map>
#include <random>

using sre::series::TimeSeries;

class TstDecimate : public QObject
{
    Q_OBJECT
private slots:
    void keepsExtremesOfEveryColumn_data();
    void keepsExtremesOfEveryColumn();
    void reducesToAtMostFourPerColumn();
    void emptyAndDegenerate();
};

namespace {
// Integer timestamps 0..n-1 every second, so that column boundaries (multiples of the integer
// column width) are exact and the expected columns can be found by plain integer division.
TimeSeries randomSeries(int n, unsigned seed, bool gaps)
{
    std::mt19937 rng(seed);
    std::normal_distribution<double> noise(0.0, 1.0);
    std::uniform_int_distribution<int> percent(0, 99);
    TimeSeries s;
    double level = 0;
    for (int i = 0; i < n; ++i) {
        level += noise(rng);
        double v = level;
        if (percent(rng) == 0)
            v += (percent(rng) % 2 ? 1 : -1) * 1000.0; // a one-sample spike
        if (gaps && percent(rng) < 5)
            v = std::numeric_limits<double>::quiet_NaN();
        s.append(double(i), v);
    }
    return s;
}
} // namespace

void TstDecimate::keepsExtremesOfEveryColumn_data()
{
    QTest::addColumn<int>("points");
    QTest::addColumn<int>("columns");
    QTest::addColumn<bool>("gaps");
    QTest::newRow("43200 into 1200") << 43200 << 1200 << false;
    QTest::newRow("43200 into 1200, gaps") << 43200 << 1200 << true;
    QTest::newRow("10000 into 100, gaps") << 10000 << 100 << true;
    QTest::newRow("600 into 300") << 600 << 300 << false;
}

void TstDecimate::keepsExtremesOfEveryColumn()
{
    QFETCH(int, points);
    QFETCH(int, columns);
    QFETCH(bool, gaps);
    const TimeSeries s = randomSeries(points, unsigned(points + columns), gaps);
    const int width = points / columns; // seconds per column, exact
    const QList<QPointF> out = sre::series::decimateM4(s, 0.0, double(points), columns);

    // Brute force: per column, the values of its first, last, lowest and highest non-NaN sample.
    struct Expected
    {
        double firstT = -1, lastT = -1, min = 0, max = 0;
    };
    std::map<int, Expected> expected;
    for (int i = 0; i < points; ++i) {
        if (std::isnan(s.v[std::size_t(i)]))
            continue;
        Expected &e = expected[i / width];
        const double v = s.v[std::size_t(i)];
        if (e.firstT < 0) {
            e.firstT = i;
            e.min = e.max = v;
        }
        e.lastT = i;
        e.min = std::min(e.min, v);
        e.max = std::max(e.max, v);
    }

    std::map<int, QList<QPointF>> got;
    double previousT = -1;
    for (const QPointF &p : out) {
        QVERIFY2(p.x() > previousT, "points in strictly increasing time");
        previousT = p.x();
        const auto i = std::size_t(p.x());
        QCOMPARE(double(i), p.x());
        QCOMPARE(p.y(), s.v[i]); // every point is an input sample
        got[int(i) / width] << p;
    }
    QCOMPARE(got.size(), expected.size());
    double globalMin = std::numeric_limits<double>::infinity(), globalMax = -globalMin;
    for (const auto &[column, e] : expected) {
        const QList<QPointF> &pts = got[column];
        QVERIFY(!pts.isEmpty());
        QVERIFY(pts.size() <= 4);
        QCOMPARE(pts.first().x(), e.firstT);
        QCOMPARE(pts.last().x(), e.lastT);
        double lo = pts.first().y(), hi = lo;
        for (const QPointF &p : pts) {
            lo = std::min(lo, p.y());
            hi = std::max(hi, p.y());
        }
        QCOMPARE(lo, e.min);
        QCOMPARE(hi, e.max);
        globalMin = std::min(globalMin, e.min);
        globalMax = std::max(globalMax, e.max);
    }
    // The spikes (±1000 around a random walk) survive as the overall extremes.
    double inMin = std::numeric_limits<double>::infinity(), inMax = -inMin;
    for (double v : s.v) {
        if (!std::isnan(v)) {
            inMin = std::min(inMin, v);
            inMax = std::max(inMax, v);
        }
    }
    QCOMPARE(globalMin, inMin);
    QCOMPARE(globalMax, inMax);
}

void TstDecimate::reducesToAtMostFourPerColumn()
{
    const TimeSeries s = randomSeries(43200, 7, false);
    const QList<QPointF> out = sre::series::decimateM4(s, 0.0, 43200.0, 1000);
    QVERIFY(out.size() <= 4000);
    QVERIFY(out.size() >= 2000); // first and last of every column at least (43 samples each)
}

void TstDecimate::emptyAndDegenerate()
{
    QVERIFY(sre::series::decimateM4(TimeSeries(), 0, 10, 5).isEmpty());
    const TimeSeries s = randomSeries(100, 3, false);
    QVERIFY(sre::series::decimateM4(s, 0, 100, 0).isEmpty());
    QVERIFY(sre::series::decimateM4(s, 50, 50, 10).isEmpty());
    QVERIFY(sre::series::decimateM4(s, 200, 300, 10).isEmpty()); // nothing in range
    // Fewer samples than columns: every sample is kept, unchanged.
    const QList<QPointF> all = sre::series::decimateM4(s, 0, 100, 1000);
    QCOMPARE(all.size(), qsizetype(100));
    for (qsizetype i = 0; i < all.size(); ++i)
        QCOMPARE(all[i], QPointF(s.t[std::size_t(i)], s.v[std::size_t(i)]));
}

QTEST_GUILESS_MAIN(TstDecimate)
#include "tst_decimate.moc"
