// Recurrence rules that began long before the window asked for. The expected instances are
// computed here from the rule's definition with QDate and QTimeZone (every INTERVAL-th day or week
// counted from DTSTART's week, the BYDAY weekdays, UNTIL), not by libical and not read back from
// the code under test: the reader starts DAILY and WEEKLY rules near the window instead of
// iterating from DTSTART, and this checks that it lands on the same instances.
#include "tst_oncall.h"

#include "ical.h"
#include "oncall.h"

#include <QElapsedTimer>
#include <QTest>
#include <QTimeZone>
#include <functional>
#include <random>

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

CalendarResult read(const QByteArray &ics, const QDateTime &from = kFrom, const QDateTime &to = kTo)
{
    OncallSchedule cfg;
    cfg.timezone = QStringLiteral("Europe/Berlin");
    cfg.people.insert(QStringLiteral("chen"), Person { QStringLiteral("Chen Wei"), {}, { QStringLiteral("chen") } });
    IcsSource src;
    src.path = QStringLiteral("/ws/r.ics");
    return readCalendar(ics, src.path, src, cfg, from, to);
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

// A MINUTELY rule of 30-second shifts (fuzz_ical found a SECONDLY one): 20,160 shifts in the 14
// days. The schedule's timeline used to test every shift at every cut (n^2: over 10 s here for
// this calendar, minutes under the fuzzer); it is a sweep now. The answer is worked out from the
// rule: chen for 30 s, nobody for 30 s, every minute of the window.
void TestOncall::manyShortShiftsTimeline()
{
    QByteArray ics = calendar("VALUE=DATE-TIME:20260320T000000Z", "FREQ=MINUTELY");
    ics.replace("DURATION:PT8H", "DURATION:PT30S");
    const CalendarResult r = read(ics);
    QVERIFY2(r.problems.isEmpty(), qPrintable(describe(r)));
    const qint64 minutes = kFrom.secsTo(kTo) / 60;
    QCOMPARE(qint64(r.shifts.size()), minutes);
    OncallSchedule cfg;
    cfg.timezone = QStringLiteral("Europe/Berlin");
    Rotation rotation;
    rotation.name = QStringLiteral("db");
    rotation.ics.path = QStringLiteral("/ws/r.ics");
    cfg.rotations.push_back(rotation);
    Schedule schedule(cfg);
    schedule.setCalendar(rotation.name, r.shifts);
    QElapsedTimer timer;
    timer.start();
    const std::vector<Segment> timeline = schedule.timeline(rotation.name, kFrom, kTo);
    const std::vector<Segment> gaps = schedule.gaps(rotation.name, kFrom, kTo);
    const qint64 elapsed = timer.elapsed();
    QCOMPARE(qint64(timeline.size()), 2 * minutes);
    for (qint64 i = 0; i < qint64(timeline.size()); ++i) {
        const Segment &s = timeline[size_t(i)];
        const QDateTime start = kFrom.addSecs(i * 30);
        if (s.from != start || s.to != start.addSecs(30) || s.isOverride
            || s.members != (i % 2 ? QStringList() : QStringList { QStringLiteral("chen") }))
            QFAIL(qPrintable(QStringLiteral("segment %1: %2 to %3, %4")
                                 .arg(i)
                                 .arg(s.from.toString(Qt::ISODate), s.to.toString(Qt::ISODate), s.members.join(u','))));
    }
    QCOMPARE(qint64(gaps.size()), minutes);
    QCOMPARE(schedule.nextHandover(rotation.name, kFrom.addSecs(10)), std::optional(kFrom.addSecs(30)));
    // Generous: the sweep takes milliseconds; the old n^2 loop took over ten seconds.
    QVERIFY2(elapsed < 3000, qPrintable(QStringLiteral("%1 ms").arg(elapsed)));
}

// A rule every 7 minutes of Berlin's clock, one minute long, from 20:00 on 26 March to 06:00 UTC on
// the 31st: Berlin moves from 02:00 to 03:00 on the 29th. The reader converts local times by
// subtraction away from a transition (LocalToUtc); the expected instances here convert every
// local time through QDateTime, so a span taken past a transition shows as a wrong hour. The
// clock times 02:00 to 02:59 do not exist that night: RFC 5545 (3.3.5) reads them with the offset
// from before the gap, +01:00. (Qt 6.4 makes them invalid QDateTimes; the reader used to end the
// rule there, with no warning.)
void TestOncall::subDailyRuleAcrossDst()
{
    QByteArray ics = calendar("TZID=Europe/Berlin:20260326T200000", "FREQ=MINUTELY;INTERVAL=7;UNTIL=20260331T060000Z");
    ics.replace("DURATION:PT8H", "DURATION:PT1M");
    const CalendarResult r = read(ics);
    QVERIFY2(r.problems.isEmpty(), qPrintable(describe(r)));
    const QTimeZone berlin("Europe/Berlin");
    const QDateTime until(QDate(2026, 3, 31), QTime(6, 0), QTimeZone::utc());
    QList<Span> want;
    // The naive local clock, stepped in UTC so that it has no gap of its own.
    for (QDateTime naive(QDate(2026, 3, 26), QTime(20, 0), QTimeZone::utc());; naive = naive.addSecs(7 * 60)) {
        const QDateTime zoned(naive.date(), naive.time(), berlin);
        const bool inGap = naive.date() == QDate(2026, 3, 29) && naive.time().hour() == 2;
        QCOMPARE(zoned.isValid(), !inGap);
        const QDateTime s = inGap ? naive.addSecs(-3600) : zoned.toUTC();
        if (s > until)
            break;
        want << Span(s, s.addSecs(60));
    }
    // Stepped on the clock, the hour after the gap comes round again in UTC: 02:04 (+01:00) is
    // 01:04 UTC, after 03:00 (+02:00), 01:00 UTC. The reader gives shifts in time order.
    std::sort(want.begin(), want.end());
    QVERIFY(want.size() > 900);
    QCOMPARE(spans(r), want);

    // A daily 02:30 handover over both changes of 2026. In the spring gap it is 02:30 at +01:00,
    // 01:30 UTC; in the autumn, when 02:30 comes twice, it is the first one, 02:30 CEST, 00:30 UTC.
    const CalendarResult spring = read(calendar("TZID=Europe/Berlin:20260327T023000", "FREQ=DAILY;COUNT=3"));
    QVERIFY2(spring.problems.isEmpty(), qPrintable(describe(spring)));
    const auto utc = [](int month, int day, int hour, int minute) {
        const QDateTime t(QDate(2026, month, day), QTime(hour, minute), QTimeZone::utc());
        return Span(t, t.addSecs(kLength));
    };
    QCOMPARE(spans(spring), QList<Span>({ utc(3, 27, 1, 30), utc(3, 28, 1, 30), utc(3, 29, 1, 30) }));
    const QDateTime october(QDate(2026, 10, 20), QTime(0, 0), QTimeZone::utc());
    const CalendarResult autumn
        = read(calendar("TZID=Europe/Berlin:20261024T023000", "FREQ=DAILY;COUNT=3"), october, october.addDays(14));
    QVERIFY2(autumn.problems.isEmpty(), qPrintable(describe(autumn)));
    QCOMPARE(spans(autumn), QList<Span>({ utc(10, 24, 0, 30), utc(10, 25, 0, 30), utc(10, 26, 1, 30) }));
}

// A rule that repeats every second, each instance lasting ten hours (the fuzzer's slow input): the
// instances overlap, so they make one stretch of chen's time, one shift, not 50,000. The rule runs
// into the step bound, which is reported.
void TestOncall::overlappingInstancesAreOneShift()
{
    QByteArray ics = calendar("TZID=Europe/Berlin:20260320T000000", "FREQ=SECONDLY");
    ics.replace("DURATION:PT8H", "DURATION:PT10H");
    QElapsedTimer timer;
    timer.start();
    const CalendarResult r = read(ics);
    const qint64 elapsed = timer.elapsed();
    QCOMPARE(r.problems.size(), 1);
    QVERIFY2(r.problems.front().message.contains(QStringLiteral("RRULE")), qPrintable(describe(r)));
    const QDateTime first = QDateTime(QDate(2026, 3, 20), QTime(0, 0), QTimeZone("Europe/Berlin")).toUTC();
    QCOMPARE(spans(r), QList<Span>({ Span(first, first.addSecs(49999 + 10 * 3600)) }));
    // Generous (about 0.1 s in a normal build); it was 0.3 s with a zone lookup and a shift per step.
    QVERIFY2(elapsed < 5000, qPrintable(QStringLiteral("%1 ms").arg(elapsed)));
}

// The timeline against its definition, evaluated the slow way on 5,000 random calendars: at each
// instant where a shift starts or ends (and the window's edges), the members whose shifts cover
// it (overrides, when any, instead of the others), sorted; equal neighbours merged. Shifts start
// before the window, end after it, are empty or reversed, overlap, and repeat a member.
void TestOncall::timelineMatchesTheDefinition()
{
    const QDateTime from = kFrom, to = kFrom.addSecs(1000);
    const auto definition = [&](const std::vector<Shift> &all) {
        std::vector<qint64> cuts { from.toSecsSinceEpoch(), to.toSecsSinceEpoch() };
        for (const Shift &s : all)
            for (const QDateTime &t : { s.from, s.to })
                if (t > from && t < to)
                    cuts.push_back(t.toSecsSinceEpoch());
        std::sort(cuts.begin(), cuts.end());
        cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());
        std::vector<Segment> out;
        for (size_t i = 0; i + 1 < cuts.size(); ++i) {
            QStringList base, over;
            for (const Shift &s : all)
                if (s.from.toSecsSinceEpoch() <= cuts[i] && cuts[i] < s.to.toSecsSinceEpoch()) {
                    QStringList &set = s.isOverride ? over : base;
                    if (!set.contains(s.member))
                        set << s.member;
                }
            QStringList members = over.isEmpty() ? base : over;
            members.sort();
            if (!out.empty() && out.back().members == members && out.back().isOverride == !over.isEmpty())
                out.back().to = QDateTime::fromSecsSinceEpoch(cuts[i + 1], QTimeZone::utc());
            else
                out.push_back({ QDateTime::fromSecsSinceEpoch(cuts[i], QTimeZone::utc()),
                                QDateTime::fromSecsSinceEpoch(cuts[i + 1], QTimeZone::utc()), members,
                                !over.isEmpty() });
        }
        return out;
    };
    OncallSchedule cfg;
    Rotation rotation;
    rotation.name = QStringLiteral("db");
    rotation.ics.path = QStringLiteral("/ws/r.ics");
    cfg.rotations.push_back(rotation);
    std::mt19937 random(7);
    for (int round = 0; round < 5000; ++round) {
        std::vector<Shift> shifts;
        const int n = int(random() % 12);
        for (int k = 0; k < n; ++k) {
            const qint64 a = qint64(random() % 1400) - 200;
            const qint64 b = random() % 4 == 0 ? a - qint64(random() % 3) : qint64(random() % 1400) - 200;
            shifts.push_back(
                { QStringLiteral("m%1").arg(random() % 4), from.addSecs(a), from.addSecs(b), random() % 3 == 0 });
        }
        Schedule schedule(cfg);
        schedule.setCalendar(rotation.name, shifts);
        const std::vector<Segment> got = schedule.timeline(rotation.name, from, to);
        const std::vector<Segment> want = definition(schedule.shifts(rotation.name, from, to));
        bool same = got.size() == want.size();
        for (size_t i = 0; same && i < got.size(); ++i)
            same = got[i].from == want[i].from && got[i].to == want[i].to && got[i].members == want[i].members
                && got[i].isOverride == want[i].isOverride;
        if (!same)
            QFAIL(qPrintable(QStringLiteral("round %1: %2 segments, the definition gives %3")
                                 .arg(round)
                                 .arg(got.size())
                                 .arg(want.size())));
    }
}
