// An iCalendar source of on-call shifts (ical.h). Input: the calendar text. Properties: problems
// name the file and a line of it (or line 0 for the whole file); every shift lies in the window
// asked for, has a member and ends after it starts; the schedule built from the shifts answers
// who is on call, the next handover and gaps without crashing, and its timeline tiles the window.
#include "fuzzcheck.h"
#include "ical.h"
#include "schedule.h"

using namespace sre::alerting;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray text(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString file = QStringLiteral("/fuzz/cal.ics");
    OncallSchedule config;
    config.timezone = QStringLiteral("Europe/Berlin");
    config.people.insert(QStringLiteral("aiko"),
                         Person { QStringLiteral("Aiko Tanaka"), {}, { QStringLiteral("aiko@example.com") } });
    Rotation r;
    r.name = QStringLiteral("primary");
    r.ics.path = file;
    config.rotations.push_back(r);
    const QDateTime from(QDate(2026, 3, 20), QTime(0, 0), Qt::UTC);
    const QDateTime to = from.addDays(14);
    const CalendarResult result = readCalendar(text, file, r.ics, config, from, to);
    const qsizetype lines = text.count('\n') + 1;
    for (const sre::Problem &p : result.problems) {
        FUZZ_CHECK(p.file == file);
        FUZZ_CHECK(p.line >= 0 && p.line <= lines);
    }
    for (const Shift &s : result.shifts) {
        FUZZ_CHECK(!s.member.isEmpty());
        FUZZ_CHECK(s.from < s.to);
        FUZZ_CHECK(s.from < to && s.to > from);
    }
    Schedule schedule(config);
    schedule.setCalendar(r.name, result.shifts);
    const std::vector<Segment> timeline = schedule.timeline(r.name, from, to);
    FUZZ_CHECK(!timeline.empty());
    FUZZ_CHECK(timeline.front().from == from && timeline.back().to == to);
    for (size_t i = 1; i < timeline.size(); ++i)
        FUZZ_CHECK(timeline[i - 1].to == timeline[i].from);
    (void)schedule.nextHandover(r.name, from.addDays(3));
    (void)schedule.gaps(r.name, from, to);
    return 0;
}
