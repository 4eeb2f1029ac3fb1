// Rolling and calendar windows in IANA time zones, DST included.
#include "tst_slomath.h"

#include "window.h"

#include <QDateTime>
#include <QTest>

using namespace sre::slo;
using namespace std::chrono_literals;

namespace {

qint64 utc(const char *iso)
{
    return QDateTime::fromString(QString::fromUtf8(iso), Qt::ISODate).toSecsSinceEpoch();
}

CalendarWindow::Period periodOf(const QString &name)
{
    if (name == u"week")
        return CalendarWindow::Period::Week;
    if (name == u"quarter")
        return CalendarWindow::Period::Quarter;
    return CalendarWindow::Period::Month;
}

} // namespace

void TestSloMath::calendarPeriods_data()
{
    QTest::addColumn<QString>("timezone");
    QTest::addColumn<QString>("period");
    QTest::addColumn<qint64>("instant");
    QTest::addColumn<qint64>("start");
    QTest::addColumn<qint64>("end");
    QTest::addColumn<int>("hours");
    QTest::addColumn<QString>("name");

    QTest::newRow("Berlin October 2026: DST ends on the 25th, 745 h")
        << "Europe/Berlin"
        << "month" << utc("2026-10-15T12:00:00Z") << utc("2026-09-30T22:00:00Z") << utc("2026-10-31T23:00:00Z")
        << 31 * 24 + 1 << "2026-10";
    QTest::newRow("Berlin March 2026: DST starts on the 29th, 743 h")
        << "Europe/Berlin"
        << "month" << utc("2026-03-15T12:00:00Z") << utc("2026-02-28T23:00:00Z") << utc("2026-03-31T22:00:00Z")
        << 31 * 24 - 1 << "2026-03";
    QTest::newRow("Tokyo February 2026, no DST")
        << "Asia/Tokyo"
        << "month" << utc("2026-02-10T00:00:00Z") << utc("2026-01-31T15:00:00Z") << utc("2026-02-28T15:00:00Z")
        << 28 * 24 << "2026-02";
    QTest::newRow("Tokyo: 23:59:59 local on Feb 28 is still February")
        << "Asia/Tokyo"
        << "month" << utc("2026-02-28T14:59:59Z") << utc("2026-01-31T15:00:00Z") << utc("2026-02-28T15:00:00Z")
        << 28 * 24 << "2026-02";
    QTest::newRow("Tokyo: midnight local on Mar 1 is March, though still Feb 28 in UTC")
        << "Asia/Tokyo"
        << "month" << utc("2026-02-28T15:00:00Z") << utc("2026-02-28T15:00:00Z") << utc("2026-03-31T15:00:00Z")
        << 31 * 24 << "2026-03";
    QTest::newRow("UTC week: Thursday belongs to the week from Monday")
        << "UTC"
        << "week" << utc("2026-10-29T10:00:00Z") << utc("2026-10-26T00:00:00Z") << utc("2026-11-02T00:00:00Z") << 7 * 24
        << "2026-W44";
    QTest::newRow("UTC week: Sunday night is still the same week")
        << "UTC"
        << "week" << utc("2026-11-01T23:00:00Z") << utc("2026-10-26T00:00:00Z") << utc("2026-11-02T00:00:00Z") << 7 * 24
        << "2026-W44";
    QTest::newRow("New York week with the DST change on Nov 1: 169 h")
        << "America/New_York"
        << "week" << utc("2026-10-29T12:00:00Z") << utc("2026-10-26T04:00:00Z") << utc("2026-11-02T05:00:00Z")
        << 7 * 24 + 1 << "2026-W44";
    QTest::newRow("Berlin Q4 2026: 92 days and the DST hour")
        << "Europe/Berlin"
        << "quarter" << utc("2026-11-15T00:00:00Z") << utc("2026-09-30T22:00:00Z") << utc("2026-12-31T23:00:00Z")
        << (31 + 30 + 31) * 24 + 1 << "2026-Q4";
}

void TestSloMath::calendarPeriods()
{
    QFETCH(QString, timezone);
    QFETCH(QString, period);
    QFETCH(qint64, instant);
    QFETCH(qint64, start);
    QFETCH(qint64, end);
    QFETCH(int, hours);
    QFETCH(QString, name);

    const CalendarWindow window { periodOf(period), timezone };
    const TimeRange range = calendarPeriod(window, instant);
    QCOMPARE(QDateTime::fromSecsSinceEpoch(range.start, Qt::UTC), QDateTime::fromSecsSinceEpoch(start, Qt::UTC));
    QCOMPARE(QDateTime::fromSecsSinceEpoch(range.end, Qt::UTC), QDateTime::fromSecsSinceEpoch(end, Qt::UTC));
    QCOMPARE(range.seconds(), qint64(hours) * 3600);
    QVERIFY(range.contains(instant));
    QCOMPARE(periodName(window, instant), name);

    // The name leads back to the same period.
    const auto named = namedPeriod(name, timezone);
    QVERIFY(named);
    QCOMPARE(named->range, range);
}

void TestSloMath::namedPeriods_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("timezone");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<qint64>("start");
    QTest::addColumn<qint64>("end");

    QTest::newRow("month 2026-10 in Berlin")
        << "2026-10"
        << "Europe/Berlin" << true << utc("2026-09-30T22:00:00Z") << utc("2026-10-31T23:00:00Z");
    QTest::newRow("quarter 2026-Q4 in Berlin")
        << "2026-Q4"
        << "Europe/Berlin" << true << utc("2026-09-30T22:00:00Z") << utc("2026-12-31T23:00:00Z");
    QTest::newRow("ISO week 2026-W44") << "2026-W44"
                                       << "UTC" << true << utc("2026-10-26T00:00:00Z") << utc("2026-11-02T00:00:00Z");
    QTest::newRow("2026-W01 starts on Monday 2025-12-29 (Jan 4 is a Sunday)")
        << "2026-W01"
        << "UTC" << true << utc("2025-12-29T00:00:00Z") << utc("2026-01-05T00:00:00Z");
    QTest::newRow("2026-W53 exists: Jan 1 2026 is a Thursday")
        << "2026-W53"
        << "UTC" << true << utc("2026-12-28T00:00:00Z") << utc("2027-01-04T00:00:00Z");
    QTest::newRow("2025-W53 does not exist") << "2025-W53"
                                             << "UTC" << false << qint64(0) << qint64(0);
    QTest::newRow("month 13") << "2026-13"
                              << "UTC" << false << qint64(0) << qint64(0);
    QTest::newRow("quarter 5") << "2026-Q5"
                               << "UTC" << false << qint64(0) << qint64(0);
    QTest::newRow("not a period name") << "October"
                                       << "UTC" << false << qint64(0) << qint64(0);
    QTest::newRow("unknown time zone") << "2026-10"
                                       << "Mars/Olympus" << false << qint64(0) << qint64(0);
}

void TestSloMath::namedPeriods()
{
    QFETCH(QString, name);
    QFETCH(QString, timezone);
    QFETCH(bool, valid);
    QFETCH(qint64, start);
    QFETCH(qint64, end);
    const auto period = namedPeriod(name, timezone);
    QCOMPARE(period.has_value(), valid);
    if (valid) {
        QCOMPARE(period->range.start, start);
        QCOMPARE(period->range.end, end);
    }
}

void TestSloMath::evaluationWindows()
{
    const qint64 at = utc("2026-10-15T12:00:00Z");
    SloSpec rolling;
    rolling.window = 28 * 24h;
    const EvaluationWindow r = evaluationWindow(rolling, at);
    QCOMPARE(r.range.start, at - 28 * 86400);
    QCOMPARE(r.range.end, at);
    QCOMPARE(r.length, std::chrono::seconds(28 * 86400));
    QCOMPARE(windowText(rolling), QStringLiteral("28d"));

    SloSpec calendar;
    calendar.calendar = CalendarWindow { CalendarWindow::Period::Month, QStringLiteral("Europe/Berlin") };
    const EvaluationWindow c = evaluationWindow(calendar, at);
    QCOMPARE(c.range.start, utc("2026-09-30T22:00:00Z"));
    QCOMPARE(c.range.end, at);
    // The budget is the whole month's: 745 hours in October 2026 in Berlin.
    QCOMPARE(c.length, std::chrono::seconds((31 * 24 + 1) * 3600));
    QCOMPARE(windowText(calendar), QStringLiteral("calendar month (Europe/Berlin)"));
}

// `--period` of srectl slo report/gate and report budget, and the SLO page's period picker, all
// evaluate through evaluateOverPeriod(): the window is the period from its start to the instant.
void TestSloMath::overPeriod_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<qint64>("at");
    QTest::addColumn<qint64>("expectedAt");
    QTest::addColumn<bool>("complete");

    const qint64 dec6 = utc("2026-12-06T07:20:00Z");
    QTest::newRow("current month: from Dec 1 (Tokyo) to now, not 31 days back") << "2026-12" << dec6 << dec6 << false;
    QTest::newRow("current quarter: from Oct 1 (Tokyo)") << "2026-Q4" << dec6 << dec6 << false;
    QTest::newRow("current ISO week 2026-W49: from Monday Nov 30 (Tokyo)") << "2026-W49" << dec6 << dec6 << false;
    QTest::newRow("completed month: the rolling window that ends at its end")
        << "2026-11" << dec6 << utc("2026-11-30T15:00:00Z") << true;
    QTest::newRow("completed ISO week 2026-W48") << "2026-W48" << dec6 << utc("2026-11-29T15:00:00Z") << true;
    QTest::newRow("--at exactly the period's end: complete")
        << "2026-11" << utc("2026-11-30T15:00:00Z") << utc("2026-11-30T15:00:00Z") << true;
    QTest::newRow("--at before the period began: its start, an empty window, not the month of --at")
        << "2026-12" << utc("2026-11-15T00:00:00Z") << utc("2026-11-30T15:00:00Z") << false;
}

void TestSloMath::overPeriod()
{
    QFETCH(QString, name);
    QFETCH(qint64, at);
    QFETCH(qint64, expectedAt);
    QFETCH(bool, complete);
    const QString tokyo = QStringLiteral("Asia/Tokyo");
    const auto period = namedPeriod(name, tokyo);
    QVERIFY(period);

    for (const bool ownCalendar : { false, true }) {
        SloSpec spec;
        spec.objective = 0.999;
        spec.window = 30 * 24h;
        if (ownCalendar)
            spec.calendar = CalendarWindow { CalendarWindow::Period::Quarter, QStringLiteral("UTC") };
        const PeriodEvaluation p = evaluateOverPeriod(spec, *period, tokyo, at);
        QCOMPARE(p.at, expectedAt);
        QCOMPARE(p.complete, complete);
        QCOMPARE(p.spec.calendar.has_value(), !complete);
        const EvaluationWindow w = evaluationWindow(p.spec, p.at);
        QCOMPARE(w.range.start, period->range.start);
        QCOMPARE(w.range.end, expectedAt);
        QCOMPARE(w.length.count(), period->range.seconds()); // the budget of the whole period
        QCOMPARE(p.spec.objective, 0.999);
    }
}
