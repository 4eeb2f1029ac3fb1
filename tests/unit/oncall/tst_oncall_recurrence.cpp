// Recurrence rules that began long before the window asked for. The expected instances are
// computed here from the rule's definition with QDate and QTimeZone (every INTERVAL-th day or week
// counted from DTSTART's week, the BYDAY weekdays, UNTIL), not by libical and not read back from
// the code under test: the reader starts DAILY and WEEKLY rules near the window instead of
// iterating from DTSTART, and this checks that it lands on the same instances.
#include "tst_oncall.h"

#include "ical.h"
#include "oncall.h"

#include <QTest>
#include <QTimeZone>
#include <functional>

using namespace sre::alerting;

namespace {
const QDateTime kFrom(QDate(2026, 3, 20), QTime(0, 0), QTimeZone::utc()); // Berlin's DST starts 29 March
const QDateTime kTo = kFrom.addDays(14);
constexpr qint64 kLength = 8 * 3600;

QByteArray calendar(const QByteArray &dtstart, const QByteArray &rrule)
{
    QByteArray text = "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Example//Recurrence//EN\nBEGIN:VEVENT\nUID:r\nDTSTART;"
        + dtstart + "\nDURATION:PT8H\nRRULE:" + rrule + "\nSUMMARY:chen\nEND:VEVENT\nEND:VCALENDAR\n";
    return text.replace("\n", "\r\n");
}

CalendarResult read(const QByteArray &ics)
{
    OncallSchedule cfg;
    cfg.timezone = QStringLiteral("Europe/Berlin");
    cfg.people.insert(QStringLiteral("chen"), Person { QStringLiteral("Chen Wei"), {}, { QStringLiteral("chen") } });
    IcsSource src;
    src.path = QStringLiteral("/ws/r.ics");
    return readCalendar(ics, src.path, src, cfg, kFrom, kTo);
}

using Span = QPair<QDateTime, QDateTime>;

// Shifts of `length` seconds starting at `time` in `zone` on every day the rule matches, as far
// as they touch the window.
QList<Span> expected(QTime time, const QTimeZone &zone, const std::function<bool(QDate)> &matches)
{
    QList<Span> out;
    for (QDate d = kFrom.date().addDays(-2); d <= kTo.date(); d = d.addDays(1)) {
        if (!matches(d))
            continue;
        const QDateTime s = QDateTime(d, time, zone).toUTC();
        const QDateTime e = s.addSecs(kLength);
        if (s < kTo && e > kFrom)
            out << Span(s, e);
    }
    return out;
}

QList<Span> spans(const CalendarResult &r)
{
    QList<Span> out;
    for (const Shift &s : r.shifts)
        out << Span(s.from.toUTC(), s.to.toUTC());
    return out;
}

// The first day of d's week, for a week starting on `weekStart` (1 = Monday ... 7 = Sunday).
QDate weekOf(QDate d, int weekStart)
{
    return d.addDays(-((d.dayOfWeek() - weekStart + 7) % 7));
}

QString describe(const CalendarResult &r)
{
    QStringList lines;
    for (const sre::Problem &p : r.problems)
        lines << QStringLiteral("line %1: %2").arg(p.line).arg(p.message);
    return lines.join(QLatin1Char('\n'));
}
} // namespace

void TestOncall::recurrenceFromLongAgo_data()
{
    QTest::addColumn<QByteArray>("dtstart");
    QTest::addColumn<QByteArray>("rrule");
    QTest::addColumn<QList<Span>>("want");
    const QTimeZone berlin("Europe/Berlin");
    const QTimeZone newYork("America/New_York");
    const QTime ten(10, 0);

    const QDate d1926(1926, 1, 26);
    QTest::newRow("daily since 1926") << QByteArray("TZID=Europe/Berlin:19260126T100000") << QByteArray("FREQ=DAILY")
                                      << expected(ten, berlin, [&](QDate d) { return d >= d1926; });
    // The fuzzer's year-226 rule, every third day: 657,000 days of plain iteration.
    const QDate d226(226, 1, 26);
    QTest::newRow("every 3rd day since 226")
        << QByteArray("TZID=Europe/Berlin:02260126T100000") << QByteArray("FREQ=DAILY;INTERVAL=3")
        << expected(ten, berlin, [&](QDate d) { return d226.daysTo(d) % 3 == 0; });
    // Every other week on Monday and Thursday, from Thursday 7 January 1999 (weeks from Monday).
    const QDate d1999(1999, 1, 7);
    QTest::newRow("fortnightly Mon+Thu since 1999")
        << QByteArray("TZID=America/New_York:19990107T090000") << QByteArray("FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH")
        << expected(QTime(9, 0), newYork, [&](QDate d) {
               const qint64 weeks = weekOf(d1999, 1).daysTo(weekOf(d, 1)) / 7;
               return d >= d1999 && weeks % 2 == 0 && (d.dayOfWeek() == 1 || d.dayOfWeek() == 4);
           });
    // The same with weeks from Sunday: Tuesday and the following Sunday now fall in different weeks.
    const QDate d2003(2003, 5, 6); // a Tuesday
    QTest::newRow("fortnightly Sun+Tue, WKST=SU, since 2003")
        << QByteArray("TZID=Europe/Berlin:20030506T100000") << QByteArray("FREQ=WEEKLY;INTERVAL=2;WKST=SU;BYDAY=SU,TU")
        << expected(ten, berlin, [&](QDate d) {
               const qint64 weeks = weekOf(d2003, 7).daysTo(weekOf(d, 7)) / 7;
               return d >= d2003 && weeks % 2 == 0 && (d.dayOfWeek() == 7 || d.dayOfWeek() == 2);
           });
    // Weekly on DTSTART's weekday (a Wednesday), every 5th week, ending with UNTIL inside the window.
    const QDate d1950(1950, 6, 7);
    const QDateTime until(QDate(2026, 4, 2), QTime(0, 0), QTimeZone::utc());
    QTest::newRow("every 5th week since 1950, until 2 April 2026")
        << QByteArray("TZID=Europe/Berlin:19500607T100000")
        << QByteArray("FREQ=WEEKLY;INTERVAL=5;UNTIL=20260402T000000Z") << expected(ten, berlin, [&](QDate d) {
               return d >= d1950 && d1950.daysTo(d) % 35 == 0 && QDateTime(d, QTime(10, 0), berlin) <= until;
           });
    // Daily in UTC, only in March (a BYMONTH filter), since 1970.
    const QDate d1970(1970, 1, 1);
    QTest::newRow("daily in March since 1970")
        << QByteArray("VALUE=DATE-TIME:19700101T100000Z") << QByteArray("FREQ=DAILY;BYMONTH=3")
        << expected(ten, QTimeZone::utc(), [&](QDate d) { return d >= d1970 && d.month() == 3; });
}

void TestOncall::recurrenceFromLongAgo()
{
    QFETCH(QByteArray, dtstart);
    QFETCH(QByteArray, rrule);
    QFETCH(QList<Span>, want);
    QVERIFY(!want.isEmpty());
    const CalendarResult r = read(calendar(dtstart, rrule));
    QVERIFY2(r.problems.isEmpty(), qPrintable(describe(r)));
    QCOMPARE(spans(r), want);
}

void TestOncall::recurrenceBoundIsReported()
{
    // An hourly rule from 1990 needs 317,000 steps to reach 2026: it is cut off at the bound, and
    // the warning names the event's line rather than leaving the rotation empty without a word.
    const CalendarResult r = read(calendar("TZID=Europe/Berlin:19900101T100000", "FREQ=HOURLY"));
    QCOMPARE(r.problems.size(), 1);
    QCOMPARE(r.problems.front().file, QStringLiteral("/ws/r.ics"));
    QCOMPARE(r.problems.front().line, 4); // BEGIN:VEVENT
    QVERIFY2(r.problems.front().message.contains(QStringLiteral("RRULE")), qPrintable(describe(r)));
    QVERIFY(r.shifts.empty());
    // A repeating event that lasts 36 years (a DTEND in the wrong decade) is skipped with a
    // warning: every one of its instances since 1990 would overlap the window.
    QByteArray decades = calendar("TZID=Europe/Berlin:19900101T100000", "FREQ=DAILY");
    decades.replace("DURATION:PT8H", "DTEND;TZID=Europe/Berlin:20260328T170000");
    const CalendarResult longEvent = read(decades);
    QCOMPARE(longEvent.problems.size(), 1);
    QCOMPARE(longEvent.problems.front().line, 4);
    QVERIFY(longEvent.shifts.empty());
    // A COUNT rule keeps its DTSTART (its instances are counted from the first) and simply ends.
    const CalendarResult counted = read(calendar("TZID=Europe/Berlin:19260126T100000", "FREQ=DAILY;COUNT=3"));
    QVERIFY2(counted.problems.isEmpty(), qPrintable(describe(counted)));
    QVERIFY(counted.shifts.empty());
}
