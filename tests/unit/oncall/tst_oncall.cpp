// Every expected instant here is written from the calendar by hand (a Monday 10:00 in Tokyo is
// 01:00 UTC; Berlin is UTC+1 before 29 March 2026 and UTC+2 after; New York is UTC-5 before
// 8 March 2026 and UTC-4 after), never read back from the code under test.
#include "tst_oncall.h"

#include "ical.h"
#include "oncall.h"
#include "schedule.h"

#include <QTest>
#include <QTimeZone>

using namespace sre::alerting;

namespace {
QDateTime utc(const char *iso)
{
    QDateTime t = QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
    return t.toUTC();
}

OncallSchedule parse(const char *yaml)
{
    const OncallResult r = parseOncall(QByteArray(yaml), QStringLiteral("/ws/oncall.yaml"));
    for (const sre::Problem &p : r.problems)
        qWarning() << p.message;
    return r.schedule;
}

const char *kTokyo = R"(timezone: Asia/Tokyo
rotations:
  - name: primary
    members: [aiko, ben, chen]
    length: 1w
    handoff: { weekday: monday, time: "10:00" }
    start: 2026-01-05
  - name: later
    members: [dana]
    length: 1w
    handoff: { weekday: monday, time: "10:00" }
    start: 2026-02-02
overrides:
  - { rotation: primary, member: chen, from: 2026-01-07T00:00:00+09:00, to: 2026-01-08T00:00:00+09:00 }
people:
  aiko: { name: Aiko Tanaka, handles: [aiko@example.com] }
  ben: { name: Ben Okafor, tz: America/New_York, handles: [ben@example.com, "Ben O."] }
  chen: { name: Chen Wei }
  dana: { name: Dana Whitfield }
)";

QStringList names(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *s : list)
        out << QString::fromLatin1(s);
    return out;
}

QByteArray crlf(QByteArray text)
{
    return text.replace("\n", "\r\n");
}

IcsSource fileSource()
{
    IcsSource s;
    s.path = QStringLiteral("/ws/cal.ics");
    return s;
}
} // namespace

void TestOncall::handoverAtTheBoundaryInstant()
{
    const Schedule s(parse(kTokyo));
    // 2026-01-12 is the second Monday: 10:00 JST = 01:00 UTC.
    QCOMPARE(s.at(QStringLiteral("primary"), utc("2026-01-12T00:59:59Z")).members, names({ "aiko" }));
    QCOMPARE(s.at(QStringLiteral("primary"), utc("2026-01-12T01:00:00Z")).members, names({ "ben" }));
    QCOMPARE(s.config().onCall(QStringLiteral("primary"), utc("2026-01-19T01:00:00Z")), QStringLiteral("chen"));
    // Fourth week: back to aiko.
    QCOMPARE(s.config().onCall(QStringLiteral("primary"), utc("2026-01-26T01:00:00Z")), QStringLiteral("aiko"));
    QCOMPARE(s.nextHandover(QStringLiteral("primary"), utc("2026-01-10T00:00:00Z")), utc("2026-01-12T01:00:00Z"));
    // Exactly at the boundary the next change is a week later.
    QCOMPARE(s.nextHandover(QStringLiteral("primary"), utc("2026-01-12T01:00:00Z")), utc("2026-01-19T01:00:00Z"));
    QVERIFY(s.gaps(QStringLiteral("primary"), utc("2026-01-10T00:00:00Z"), utc("2026-01-24T00:00:00Z")).empty());
}

void TestOncall::overridesWin()
{
    const Schedule s(parse(kTokyo));
    // Week 1 is aiko's; chen covers 7 January (JST), i.e. 2026-01-06T15:00Z to 2026-01-07T15:00Z.
    const Segment during = s.at(QStringLiteral("primary"), utc("2026-01-07T03:00:00Z"));
    QCOMPARE(during.members, names({ "chen" }));
    QVERIFY(during.isOverride);
    QCOMPARE(during.from, utc("2026-01-06T15:00:00Z"));
    QCOMPARE(during.to, utc("2026-01-07T15:00:00Z"));
    QCOMPARE(s.nextHandover(QStringLiteral("primary"), utc("2026-01-06T00:00:00Z")), utc("2026-01-06T15:00:00Z"));
    QCOMPARE(s.nextHandover(QStringLiteral("primary"), utc("2026-01-06T15:00:00Z")), utc("2026-01-07T15:00:00Z"));
    QCOMPARE(s.at(QStringLiteral("primary"), utc("2026-01-07T15:00:00Z")).members, names({ "aiko" }));
    const auto tl = s.timeline(QStringLiteral("primary"), utc("2026-01-06T00:00:00Z"), utc("2026-01-13T00:00:00Z"));
    QCOMPARE(tl.size(), size_t(4)); // aiko, chen (override), aiko, ben
    QCOMPARE(tl[3].from, utc("2026-01-12T01:00:00Z"));
    QCOMPARE(tl[3].members, names({ "ben" }));
}

void TestOncall::rotationStartingInTheFuture()
{
    const Schedule s(parse(kTokyo));
    QVERIFY(s.at(QStringLiteral("later"), utc("2026-01-20T00:00:00Z")).members.isEmpty());
    // Begins on Monday 2 February 10:00 JST.
    const auto gaps = s.gaps(QStringLiteral("later"), utc("2026-01-20T00:00:00Z"), utc("2026-02-03T00:00:00Z"));
    QCOMPARE(gaps.size(), size_t(1));
    QCOMPARE(gaps[0].from, utc("2026-01-20T00:00:00Z"));
    QCOMPARE(gaps[0].to, utc("2026-02-02T01:00:00Z"));
    QCOMPARE(s.nextHandover(QStringLiteral("later"), utc("2026-01-20T00:00:00Z")), utc("2026-02-02T01:00:00Z"));
    QCOMPARE(s.at(QStringLiteral("later"), utc("2026-02-02T01:00:00Z")).members, names({ "dana" }));
}

void TestOncall::memberInAnotherTimeZone()
{
    const OncallSchedule cfg = parse(kTokyo);
    QCOMPARE(cfg.people.value(QStringLiteral("ben")).tz, QStringLiteral("America/New_York"));
    const Schedule s(cfg);
    // Ben's shift is set by the schedule's zone (Tokyo), not his: it starts Monday 10:00 JST,
    // which is Sunday 20:00 in New York (EST, UTC-5).
    const Segment ben = s.at(QStringLiteral("primary"), utc("2026-01-13T00:00:00Z"));
    QCOMPARE(ben.members, names({ "ben" }));
    QCOMPARE(ben.from, utc("2026-01-12T01:00:00Z"));
    const QDateTime local = ben.from.toTimeZone(QTimeZone("America/New_York"));
    QCOMPARE(local.date(), QDate(2026, 1, 11));
    QCOMPARE(local.time(), QTime(20, 0));
    QCOMPARE(cfg.handleFor(QStringLiteral("mailto:BEN@example.com")), QStringLiteral("ben"));
    QCOMPARE(cfg.handleFor(QStringLiteral("Ben Okafor")), QStringLiteral("ben"));
}

void TestOncall::handoffStaysLocalAcrossDst()
{
    const Schedule s(parse(R"(timezone: Europe/Berlin
rotations:
  - { name: eu, members: [a, b], length: 1w, handoff: { weekday: monday, time: "10:00" }, start: 2026-03-23 }
  - { name: half, members: [a, b], length: 12h, handoff: { time: "08:00" }, start: 2026-03-28 }
)"));
    // 23 March 10:00 CET = 09:00Z; 30 March 10:00 CEST = 08:00Z.
    QCOMPARE(s.nextHandover(QStringLiteral("eu"), utc("2026-03-24T00:00:00Z")), utc("2026-03-30T08:00:00Z"));
    QCOMPARE(s.at(QStringLiteral("eu"), utc("2026-03-30T07:59:59Z")).members, names({ "a" }));
    QCOMPARE(s.at(QStringLiteral("eu"), utc("2026-03-30T08:00:00Z")).members, names({ "b" }));
    // 12-hour shifts step by elapsed time: 28 March 08:00 CET = 07:00Z, then every 12 hours.
    QCOMPARE(s.nextHandover(QStringLiteral("half"), utc("2026-03-29T12:00:00Z")), utc("2026-03-29T19:00:00Z"));
}

void TestOncall::badInputNamesFileAndLine()
{
    const OncallResult r = parseOncall(QByteArray(R"(rotations:
  - name: x
    members: [a]
    length: 1s
    ics: { url: "http://insecure.example/feed", token: hunter2 }
)"),
                                       QStringLiteral("/ws/oncall.yaml"));
    QStringList lines;
    for (const sre::Problem &p : r.problems)
        lines << QStringLiteral("%1:%2").arg(p.file).arg(p.line);
    QVERIFY2(lines.contains(QStringLiteral("/ws/oncall.yaml:4")), qPrintable(lines.join(u' ')));
    QVERIFY2(lines.contains(QStringLiteral("/ws/oncall.yaml:5")), qPrintable(lines.join(u' ')));
    // Not YAML at all: a problem, not an exception.
    QVERIFY(!parseOncall(QByteArray("rotations: [ {"), QStringLiteral("/ws/oncall.yaml")).problems.isEmpty());
}

void TestOncall::pagerDutyExport()
{
    const OncallSchedule cfg = parse(kTokyo);
    const QByteArray ics = crlf(R"(BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//PagerDuty Inc.//Schedule Feed//EN
BEGIN:VEVENT
UID:Q1
DTSTART:20260105T010000Z
DTEND:20260112T010000Z
SUMMARY:On Call - Aiko Tanaka - Primary
ATTENDEE:aiko@example.com
END:VEVENT
BEGIN:VEVENT
UID:Q2
DTSTART:20260112T010000Z
DTEND:20260119T010000Z
SUMMARY:On Call - B. Okafor - Primary
ATTENDEE:ben@example.com
END:VEVENT
END:VCALENDAR
)");
    const CalendarResult r = readCalendar(ics, QStringLiteral("/ws/pd.ics"), fileSource(), cfg,
                                          utc("2026-01-01T00:00:00Z"), utc("2026-02-01T00:00:00Z"));
    QCOMPARE(r.shape, CalendarShape::PagerDuty);
    QCOMPARE(r.shifts.size(), size_t(2));
    QCOMPARE(r.shifts[0].member, QStringLiteral("aiko")); // by display name
    QCOMPARE(r.shifts[1].member, QStringLiteral("ben")); // name unknown, by the bare email
    QCOMPARE(r.shifts[1].from, utc("2026-01-12T01:00:00Z"));
    QCOMPARE(r.shifts[1].to, utc("2026-01-19T01:00:00Z"));

    Schedule s(cfg);
    s.setCalendar(QStringLiteral("primary"), r.shifts);
    // The calendar replaces the member list; the yaml override still wins.
    QCOMPARE(s.at(QStringLiteral("primary"), utc("2026-01-07T03:00:00Z")).members, names({ "chen" }));
    const auto gaps = s.gaps(QStringLiteral("primary"), utc("2026-01-15T00:00:00Z"), utc("2026-01-29T00:00:00Z"));
    QCOMPARE(gaps.size(), size_t(1));
    QCOMPARE(gaps[0].from, utc("2026-01-19T01:00:00Z"));
}

void TestOncall::grafanaOncallExport()
{
    const OncallSchedule cfg = parse(kTokyo);
    const QByteArray ics = crlf(R"(BEGIN:VCALENDAR
VERSION:2.0
PRODID://Grafana Labs//Grafana On-Call//
BEGIN:VEVENT
UID:r1
DTSTART:20260301T000000Z
DTEND:20260308T000000Z
SUMMARY:aiko
PRIORITY:0
END:VEVENT
BEGIN:VEVENT
UID:o1
DTSTART:20260302T000000Z
DTEND:20260303T000000Z
SUMMARY:ben
PRIORITY:1
END:VEVENT
BEGIN:VEVENT
UID:o2
DTSTART:20260304T000000Z
DTEND:20260305T000000Z
SUMMARY:chen
PRIORITY:1
STATUS:CANCELLED
END:VEVENT
END:VCALENDAR
)");
    const CalendarResult r = readCalendar(ics, QStringLiteral("/ws/g.ics"), fileSource(), cfg,
                                          utc("2026-03-01T00:00:00Z"), utc("2026-03-15T00:00:00Z"));
    QCOMPARE(r.shape, CalendarShape::GrafanaOncall);
    QCOMPARE(r.shifts.size(), size_t(2)); // the cancelled override is ignored
    Schedule s(cfg);
    s.setCalendar(QStringLiteral("primary"), r.shifts);
    const Segment o = s.at(QStringLiteral("primary"), utc("2026-03-02T12:00:00Z"));
    QCOMPARE(o.members, names({ "ben" }));
    QVERIFY(o.isOverride);
    QCOMPARE(s.at(QStringLiteral("primary"), utc("2026-03-04T12:00:00Z")).members, names({ "aiko" }));
    QCOMPARE(s.nextHandover(QStringLiteral("primary"), utc("2026-03-01T00:00:00Z")), utc("2026-03-02T00:00:00Z"));
}

void TestOncall::authoredCalendar()
{
    const OncallSchedule cfg = parse(kTokyo);
    // Daily 09:00-17:00 Berlin (CET, UTC+1 in January), 5 days from Monday 12 January; the 14th
    // is excluded; the 15th moved to 12:00-20:00 and given to ben. The first SUMMARY is folded
    // (with an escaped comma) across three lines.
    const QByteArray ics = crlf(R"(BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Example//Hand written//EN
BEGIN:VEVENT
UID:day@example
DTSTART;TZID=Europe/Berlin:20260112T090000
DTEND;TZID=Europe/Berlin:20260112T170000
RRULE:FREQ=DAILY;COUNT=5
EXDATE;TZID=Europe/Berlin:20260114T090000
SUMMARY:Aiko Tanaka\, covering the day shift for the primary rotation whil
 e the regular rota is being reorganised after the reorg of the platform te
 am
END:VEVENT
BEGIN:VEVENT
UID:day@example
RECURRENCE-ID;TZID=Europe/Berlin:20260115T090000
DTSTART;TZID=Europe/Berlin:20260115T120000
DTEND;TZID=Europe/Berlin:20260115T200000
SUMMARY:ben
END:VEVENT
END:VCALENDAR
)");
    IcsSource src = fileSource();
    src.personFrom = QStringLiteral("^(?<name>[^,]+)");
    const CalendarResult r = readCalendar(ics, QStringLiteral("/ws/a.ics"), src, cfg, utc("2026-01-01T00:00:00Z"),
                                          utc("2026-02-01T00:00:00Z"));
    QCOMPARE(r.shape, CalendarShape::Authored);
    QList<QPair<QString, QDateTime>> got;
    for (const Shift &sh : r.shifts)
        got << qMakePair(sh.member, sh.from);
    const QList<QPair<QString, QDateTime>> want = {
        { QStringLiteral("aiko"), utc("2026-01-12T08:00:00Z") },
        { QStringLiteral("aiko"), utc("2026-01-13T08:00:00Z") },
        { QStringLiteral("ben"), utc("2026-01-15T11:00:00Z") },
        { QStringLiteral("aiko"), utc("2026-01-16T08:00:00Z") },
    };
    QCOMPARE(got, want);
    QCOMPARE(r.shifts[2].to, utc("2026-01-15T19:00:00Z"));
    // The whole folded, unescaped summary is one line of text.
    IcsSource whole = fileSource();
    const CalendarResult w = readCalendar(ics, QStringLiteral("/ws/a.ics"), whole, cfg, utc("2026-01-12T00:00:00Z"),
                                          utc("2026-01-13T00:00:00Z"));
    QCOMPARE(w.shifts.size(), size_t(1));
    QCOMPARE(w.shifts[0].member,
             QStringLiteral("Aiko Tanaka, covering the day shift for the primary rotation while the regular rota is "
                            "being reorganised after the reorg of the platform team"));
}

void TestOncall::dstWeekBerlinAndNewYork()
{
    const OncallSchedule cfg = parse(kTokyo);
    // A daily 10:00 local shift of 24 hours' wall time through each zone's spring-forward week.
    const auto expand
        = [&](const char *tzid, const char *firstDay) {
              const QByteArray ics = crlf(QByteArray(R"(BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Example//DST//EN
BEGIN:VEVENT
UID:dst
DTSTART;TZID=)") + tzid + ":" + firstDay + R"(T100000
DURATION:PT8H
RRULE:FREQ=DAILY;COUNT=7
SUMMARY:chen
END:VEVENT
END:VCALENDAR
)");
              return readCalendar(ics, QStringLiteral("/ws/dst.ics"), fileSource(), cfg, utc("2026-01-01T00:00:00Z"),
                                  utc("2026-05-01T00:00:00Z"));
          };
    // Berlin: 10:00 CET = 09:00Z up to Saturday 28 March, 10:00 CEST = 08:00Z from Sunday 29 March.
    const CalendarResult berlin = expand("Europe/Berlin", "20260326");
    QCOMPARE(berlin.shifts.size(), size_t(7));
    QCOMPARE(berlin.shifts[2].from, utc("2026-03-28T09:00:00Z"));
    QCOMPARE(berlin.shifts[3].from, utc("2026-03-29T08:00:00Z"));
    QCOMPARE(berlin.shifts[3].to, utc("2026-03-29T16:00:00Z"));
    // New York: 10:00 EST = 15:00Z up to Saturday 7 March, 10:00 EDT = 14:00Z from Sunday 8 March.
    const CalendarResult ny = expand("America/New_York", "20260305");
    QCOMPARE(ny.shifts.size(), size_t(7));
    QCOMPARE(ny.shifts[2].from, utc("2026-03-07T15:00:00Z"));
    QCOMPARE(ny.shifts[3].from, utc("2026-03-08T14:00:00Z"));
    QCOMPARE(ny.shifts[6].from, utc("2026-03-11T14:00:00Z"));
    // libical's own zone prefix is understood.
    const CalendarResult prefixed = expand("/freeassociation.sourceforge.net/Europe/Berlin", "20260326");
    QCOMPARE(prefixed.shifts.size(), size_t(7));
    QCOMPARE(prefixed.shifts[3].from, utc("2026-03-29T08:00:00Z"));
}

void TestOncall::overlapsAndGapsFromCalendar()
{
    const OncallSchedule cfg = parse(kTokyo);
    const QByteArray ics = crlf(R"(BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Example//Overlap//EN
BEGIN:VEVENT
UID:1
DTSTART:20260601T000000Z
DTEND:20260601T120000Z
SUMMARY:aiko
END:VEVENT
BEGIN:VEVENT
UID:2
DTSTART:20260601T100000Z
DTEND:20260601T200000Z
SUMMARY:ben
END:VEVENT
BEGIN:VEVENT
UID:3
DTSTART:20260601T220000Z
DTEND:20260602T000000Z
SUMMARY:chen
END:VEVENT
END:VCALENDAR
)");
    const CalendarResult r = readCalendar(ics, QStringLiteral("/ws/o.ics"), fileSource(), cfg,
                                          utc("2026-06-01T00:00:00Z"), utc("2026-06-02T00:00:00Z"));
    Schedule s(cfg);
    s.setCalendar(QStringLiteral("primary"), r.shifts);
    const auto ov = s.overlaps(QStringLiteral("primary"), utc("2026-06-01T00:00:00Z"), utc("2026-06-02T00:00:00Z"));
    QCOMPARE(ov.size(), size_t(1));
    QCOMPARE(ov[0].from, utc("2026-06-01T10:00:00Z"));
    QCOMPARE(ov[0].to, utc("2026-06-01T12:00:00Z"));
    QCOMPARE(ov[0].members, names({ "aiko", "ben" }));
    const auto gaps = s.gaps(QStringLiteral("primary"), utc("2026-06-01T00:00:00Z"), utc("2026-06-02T00:00:00Z"));
    QCOMPARE(gaps.size(), size_t(1));
    QCOMPARE(gaps[0].from, utc("2026-06-01T20:00:00Z"));
    QCOMPARE(gaps[0].to, utc("2026-06-01T22:00:00Z"));
    // Not a calendar: an error on line 1, no exception or crash.
    const CalendarResult bad = readCalendar("garbage", QStringLiteral("/ws/x.ics"), fileSource(), cfg,
                                            utc("2026-06-01T00:00:00Z"), utc("2026-06-02T00:00:00Z"));
    QVERIFY(bad.shifts.empty());
    QCOMPARE(bad.problems.size(), 1);
    QCOMPARE(bad.problems.front().line, 1);
}

QTEST_GUILESS_MAIN(TestOncall)
