#include "ical.h"

#include "icaltime.h"
#include "timezones.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>
#include <algorithm>
#include <libical/ical.h>
#include <limits>
#include <memory>
#include <mutex>

namespace sre::alerting {

using namespace icaltime;

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(sre::alerting)
};

constexpr qsizetype kMaxBytes = 16 * 1024 * 1024;
// Recurrence steps per event: bounds a FREQ=SECONDLY rule, or an hourly one that began years before
// the window (50,000 hours is 5.7 years; DAILY and WEEKLY rules are started near the window, see
// jumpedStart()). About 0.2 s of libical work at most.
constexpr int kMaxInstances = 50000;

// A repeating event longer than a year is an error (a DTEND in the wrong century), not a shift.
constexpr qint64 kMaxRepeatingSeconds = 366 * 24 * 3600;

struct ComponentDeleter
{
    void operator()(icalcomponent *c) const { icalcomponent_free(c); }
};
struct IteratorDeleter
{
    void operator()(icalrecur_iterator *i) const { icalrecur_iterator_free(i); }
};

// A DAILY or WEEKLY rule without COUNT repeats with a fixed period of whole days (INTERVAL days or
// weeks; its BYxxx parts only filter or expand within a period): started a whole number of periods
// later, it gives the same instances from there on. A rule that began long before the window is
// started at the last period boundary at least one period before `skipBefore`, so expanding it
// costs the window's length, not the rule's age. Other rules keep their DTSTART (MONTHLY and
// YEARLY take few steps; COUNT needs every instance counted from the first).
icaltimetype jumpedStart(const icalrecurrencetype &rule, icaltimetype dtstart, QDate skipBefore)
{
    if (rule.count > 0 || (rule.rscale && *rule.rscale) || rule.interval < 1)
        return dtstart;
    qint64 periodDays = 0;
    if (rule.freq == ICAL_DAILY_RECURRENCE)
        periodDays = rule.interval;
    else if (rule.freq == ICAL_WEEKLY_RECURRENCE)
        periodDays = 7 * qint64(rule.interval);
    const QDate first(dtstart.year, dtstart.month, dtstart.day);
    if (periodDays == 0 || !first.isValid() || !skipBefore.isValid())
        return dtstart;
    const qint64 periods = first.daysTo(skipBefore) / periodDays - 1;
    if (periods <= 0)
        return dtstart;
    // QDate, not icaltime_adjust(): the latter counts days in the Julian calendar before 1582,
    // while the iterator (like QDate) uses the proleptic Gregorian one.
    const QDate jumped = first.addDays(periods * periodDays);
    dtstart.year = jumped.year();
    dtstart.month = jumped.month();
    dtstart.day = jumped.day();
    return dtstart;
}

QString text(const char *s)
{
    return s ? QString::fromUtf8(s) : QString();
}

// The lines of BEGIN:VEVENT, in order (physical lines, so after a folded line the count is right).
QList<int> eventLines(const QByteArray &bytes)
{
    QList<int> lines;
    int line = 1;
    qsizetype pos = 0;
    while (pos <= bytes.size()) {
        qsizetype end = bytes.indexOf('\n', pos);
        if (end < 0)
            end = bytes.size();
        const QByteArray l = bytes.mid(pos, end - pos).trimmed();
        if (l.compare("BEGIN:VEVENT", Qt::CaseInsensitive) == 0)
            lines << line;
        ++line;
        pos = end + 1;
    }
    return lines;
}

void collectEvents(icalcomponent *c, std::vector<icalcomponent *> &out)
{
    if (icalcomponent_isa(c) == ICAL_VEVENT_COMPONENT) {
        out.push_back(c);
        return;
    }
    for (icalcomponent *child = icalcomponent_get_first_component(c, ICAL_ANY_COMPONENT); child;
         child = icalcomponent_get_next_component(c, ICAL_ANY_COMPONENT))
        collectEvents(child, out);
}

QString prodIdOf(icalcomponent *c)
{
    if (icalcomponent_isa(c) == ICAL_VCALENDAR_COMPONENT)
        if (icalproperty *p = icalcomponent_get_first_property(c, ICAL_PRODID_PROPERTY))
            return text(icalproperty_get_prodid(p));
    for (icalcomponent *child = icalcomponent_get_first_component(c, ICAL_VCALENDAR_COMPONENT); child;
         child = icalcomponent_get_next_component(c, ICAL_VCALENDAR_COMPONENT))
        if (const QString id = prodIdOf(child); !id.isEmpty())
            return id;
    return {};
}

QString summaryOf(icalcomponent *e)
{
    icalproperty *p = icalcomponent_get_first_property(e, ICAL_SUMMARY_PROPERTY);
    return p ? text(icalproperty_get_summary(p)).trimmed() : QString();
}

QStringList attendeesOf(icalcomponent *e)
{
    QStringList out;
    for (icalproperty *p = icalcomponent_get_first_property(e, ICAL_ATTENDEE_PROPERTY); p;
         p = icalcomponent_get_next_property(e, ICAL_ATTENDEE_PROPERTY))
        out << text(icalproperty_get_attendee(p)).trimmed();
    return out;
}

CalendarShape detectShape(const QString &prodId, const std::vector<icalcomponent *> &events)
{
    if (prodId.contains(QStringLiteral("PagerDuty"), Qt::CaseInsensitive))
        return CalendarShape::PagerDuty;
    if (prodId.contains(QStringLiteral("Grafana"), Qt::CaseInsensitive))
        return CalendarShape::GrafanaOncall;
    static const QRegularExpression pd(defaultPersonFrom(CalendarShape::PagerDuty));
    if (!events.empty() && std::all_of(events.begin(), events.end(), [](icalcomponent *e) {
            return pd.match(summaryOf(e)).hasMatch();
        }))
        return CalendarShape::PagerDuty;
    return CalendarShape::Authored;
}

struct Instance
{
    QDateTime from, to;
};

struct Reader
{
    const QString &file;
    const IcsSource &source;
    const OncallSchedule &schedule;
    QDateTime from, to;
    QTimeZone floating;
    CalendarResult &result;
    QRegularExpression personFrom;
    QSet<QString> unknownNames;

    // The handle an event means, or empty (with a warning) when the mapping does not match.
    QString personOf(icalcomponent *e, int line)
    {
        const bool attendee = source.personField == u"attendee";
        QStringList candidates = attendee ? attendeesOf(e) : QStringList { summaryOf(e) };
        for (const QString &field : candidates) {
            const QRegularExpressionMatch m = personFrom.match(field);
            if (!m.hasMatch())
                continue;
            QString name = m.captured(QStringLiteral("name"));
            if (name.isNull())
                name = personFrom.captureCount() >= 1 ? m.captured(1) : m.captured(0);
            name = name.trimmed();
            if (name.isEmpty())
                continue;
            if (const QString handle = schedule.handleFor(name); !handle.isEmpty())
                return handle;
            // A PagerDuty name unknown to `people:` may still be someone's email.
            for (const QString &email : attendeesOf(e))
                if (const QString handle = schedule.handleFor(email); !handle.isEmpty())
                    return handle;
            if (!unknownNames.contains(name)) {
                unknownNames.insert(name);
                result.problems << Problem::warning(
                    file, line,
                    Tr::tr("\"%1\" is not in people: of oncall.yaml (add it to a person's handles)").arg(name));
            }
            return name;
        }
        result.problems << Problem::warning(
            file, line,
            Tr::tr("event \"%1\" does not match person_from \"%2\"; skipped")
                .arg(attendee ? candidates.join(QStringLiteral(", ")) : summaryOf(e), personFrom.pattern()));
        return {};
    }

    // Start and length of an event (its DTSTART, and DTEND or DURATION).
    bool startAndLength(icalcomponent *e, int line, QDateTime *start, qint64 *seconds, Placement *placement,
                        icaltimetype *dtstart)
    {
        icalproperty *ps = icalcomponent_get_first_property(e, ICAL_DTSTART_PROPERTY);
        if (!ps) {
            result.problems << Problem::error(file, line, Tr::tr("event has no DTSTART; skipped"));
            return false;
        }
        *placement = placementOf(ps, floating, file, line, result.problems);
        *dtstart = icalproperty_get_dtstart(ps);
        *start = toQt(*dtstart, *placement);
        if (!start->isValid()) {
            result.problems << Problem::error(file, line, Tr::tr("event has an invalid DTSTART; skipped"));
            return false;
        }
        if (icalproperty *pe = icalcomponent_get_first_property(e, ICAL_DTEND_PROPERTY)) {
            const QDateTime end
                = toQt(icalproperty_get_dtend(pe), placementOf(pe, floating, file, line, result.problems));
            *seconds = end.isValid() ? start->secsTo(end) : -1;
        } else if (icalproperty *pd = icalcomponent_get_first_property(e, ICAL_DURATION_PROPERTY)) {
            *seconds = icaldurationtype_as_int(icalproperty_get_duration(pd));
        } else {
            *seconds = dtstart->is_date ? 24 * 3600 : 0;
        }
        if (*seconds <= 0) {
            result.problems << Problem::warning(file, line, Tr::tr("event ends before it starts; skipped"));
            return false;
        }
        return true;
    }

    // Instances of a master event in the window, recurrence expanded by libical.
    std::vector<Instance> instances(icalcomponent *e, int line, const QSet<qint64> &overridden)
    {
        std::vector<Instance> out;
        QDateTime start;
        qint64 seconds = 0;
        Placement placement;
        icaltimetype dtstart;
        if (!startAndLength(e, line, &start, &seconds, &placement, &dtstart))
            return out;
        QSet<qint64> excluded = overridden;
        for (icalproperty *p = icalcomponent_get_first_property(e, ICAL_EXDATE_PROPERTY); p;
             p = icalcomponent_get_next_property(e, ICAL_EXDATE_PROPERTY)) {
            const QDateTime ex
                = toQt(icalproperty_get_exdate(p), placementOf(p, floating, file, line, result.problems));
            if (ex.isValid())
                excluded.insert(ex.toSecsSinceEpoch());
        }
        const auto add = [&](const QDateTime &s) {
            if (s.isValid() && !excluded.contains(s.toSecsSinceEpoch())) {
                const QDateTime end = s.addSecs(seconds);
                if (s < to && end > from)
                    out.push_back({ s, end });
            }
        };
        icalproperty *rrule = icalcomponent_get_first_property(e, ICAL_RRULE_PROPERTY);
        if (rrule && seconds > kMaxRepeatingSeconds) {
            // Every instance of a rule that began long ago would overlap the window.
            result.problems << Problem::warning(
                file, line,
                Tr::tr("repeating event lasts %1 days, more than a year; skipped").arg(seconds / (24 * 3600)));
            return out;
        }
        if (!rrule) {
            add(start);
        } else {
            // Instances whose local date lies two days before the window's start minus the event's
            // length end before the window in any zone (offsets are under a day): they are skipped
            // without the zone conversion. A DAILY or WEEKLY rule is started near the window
            // (jumpedStart()); any other rule that starts long before it may run into the bound,
            // which is reported rather than left without a word.
            const QDate skipBefore = from.addSecs(-seconds).toUTC().date().addDays(-2);
            icalrecurrencetype rule = icalproperty_get_rrule(rrule);
            rule.until = untilOnTheClockOf(rule.until, dtstart, placement);
            std::unique_ptr<icalrecur_iterator, IteratorDeleter> it(
                icalrecur_iterator_new(rule, jumpedStart(rule, dtstart, skipBefore)));
            if (!it) {
                result.problems << Problem::error(file, line, Tr::tr("RRULE cannot be expanded; skipped"));
                return out;
            }
            bool reachedEnd = false;
            LocalToUtc toUtc(placement);
            for (int n = 0; n < kMaxInstances; ++n) {
                const icaltimetype next = icalrecur_iterator_next(it.get());
                if (icaltime_is_null_time(next)) {
                    reachedEnd = true;
                    break;
                }
                if (QDate(next.year, next.month, next.day) < skipBefore)
                    continue;
                const QDateTime s = toUtc(next);
                if (!s.isValid() || s >= to) {
                    reachedEnd = true;
                    break;
                }
                add(s);
            }
            if (!reachedEnd)
                result.problems << Problem::warning(
                    file, line,
                    Tr::tr("RRULE repeats more than %1 times before the end of the time asked for; later "
                           "instances are left out")
                        .arg(kMaxInstances));
        }
        for (icalproperty *p = icalcomponent_get_first_property(e, ICAL_RDATE_PROPERTY); p;
             p = icalcomponent_get_next_property(e, ICAL_RDATE_PROPERTY)) {
            const icaldatetimeperiodtype rd = icalproperty_get_rdate(p);
            add(toQt(icaltime_is_null_time(rd.time) ? rd.period.start : rd.time,
                     placementOf(p, floating, file, line, result.problems)));
        }
        return mergedOverlaps(std::move(out));
    }

    // Instances of one event that overlap (a rule repeating faster than the event lasts) are one
    // stretch of the same person's time: one shift, not thousands.
    static std::vector<Instance> mergedOverlaps(std::vector<Instance> in)
    {
        std::stable_sort(in.begin(), in.end(), [](const Instance &a, const Instance &b) { return a.from < b.from; });
        std::vector<Instance> out;
        for (Instance &i : in) {
            if (!out.empty() && i.from < out.back().to)
                out.back().to = std::max(out.back().to, i.to);
            else
                out.push_back(std::move(i));
        }
        return out;
    }

    void run(icalcomponent *root, const QList<int> &lines)
    {
        std::vector<icalcomponent *> events;
        collectEvents(root, events);
        result.shape = detectShape(prodIdOf(root), events);
        const QString pattern = source.personFrom.isEmpty() ? defaultPersonFrom(result.shape) : source.personFrom;
        personFrom = QRegularExpression(pattern);
        if (!personFrom.isValid()) {
            result.problems << Problem::error(file, 1, Tr::tr("person_from is not a valid regular expression"));
            return;
        }
        const auto lineOf = [&](size_t i) { return i < size_t(lines.size()) ? lines.at(qsizetype(i)) : 1; };

        // RECURRENCE-ID overrides: their UID's master skips the instance they replace.
        QHash<QString, QSet<qint64>> overridden;
        for (size_t i = 0; i < events.size(); ++i) {
            icalcomponent *e = events[i];
            if (icalproperty *rid = icalcomponent_get_first_property(e, ICAL_RECURRENCEID_PROPERTY)) {
                const QDateTime t = toQt(icalproperty_get_recurrenceid(rid),
                                         placementOf(rid, floating, file, lineOf(i), result.problems));
                if (t.isValid())
                    overridden[text(icalcomponent_get_uid(e))].insert(t.toSecsSinceEpoch());
            }
        }
        for (size_t i = 0; i < events.size(); ++i) {
            icalcomponent *e = events[i];
            const int line = lineOf(i);
            for (icalproperty *p = icalcomponent_get_first_property(e, ICAL_XLICERROR_PROPERTY); p;
                 p = icalcomponent_get_next_property(e, ICAL_XLICERROR_PROPERTY))
                result.problems << Problem::warning(file, line,
                                                    Tr::tr("iCalendar: %1").arg(text(icalproperty_get_xlicerror(p))));
            if (icalcomponent_get_status(e) == ICAL_STATUS_CANCELLED)
                continue;
            std::vector<Instance> inst;
            if (icalcomponent_get_first_property(e, ICAL_RECURRENCEID_PROPERTY)) {
                QDateTime start;
                qint64 seconds = 0;
                Placement placement;
                icaltimetype dtstart;
                if (startAndLength(e, line, &start, &seconds, &placement, &dtstart)) {
                    const QDateTime end = start.addSecs(seconds);
                    if (start < to && end > from)
                        inst.push_back({ start, end });
                }
            } else {
                inst = instances(e, line, overridden.value(text(icalcomponent_get_uid(e))));
            }
            if (inst.empty())
                continue;
            const QString who = personOf(e, line);
            if (who.isEmpty())
                continue;
            bool isOverride = false;
            if (result.shape == CalendarShape::GrafanaOncall)
                if (icalproperty *p = icalcomponent_get_first_property(e, ICAL_PRIORITY_PROPERTY))
                    isOverride = icalproperty_get_priority(p) >= 1;
            for (const Instance &in : inst)
                result.shifts.push_back({ who, in.from.toUTC(), in.to.toUTC(), isOverride });
        }
        std::stable_sort(result.shifts.begin(), result.shifts.end(),
                         [](const Shift &a, const Shift &b) { return a.from < b.from; });
    }
};
} // namespace

QString defaultPersonFrom(CalendarShape shape)
{
    switch (shape) {
    case CalendarShape::PagerDuty: return QStringLiteral("^On Call - (?<name>.+?) - ");
    case CalendarShape::GrafanaOncall:
    case CalendarShape::Authored: break;
    }
    return QStringLiteral("^(?<name>.+)$");
}

CalendarResult readCalendar(const QByteArray &bytes, const QString &file, const IcsSource &source,
                            const OncallSchedule &schedule, const QDateTime &from, const QDateTime &to)
{
    static std::once_flag once;
    std::call_once(once, [] { icalerror_set_errors_are_fatal(0); });
    CalendarResult result;
    if (bytes.size() > kMaxBytes) {
        result.problems << Problem::error(file, 0, Tr::tr("calendar is larger than 16 MB; not read"));
        return result;
    }
    QByteArray text = bytes;
    text.replace('\0', ' ');
    if (!text.trimmed().startsWith("BEGIN:VCALENDAR") && !text.trimmed().startsWith("begin:vcalendar")) {
        result.problems << Problem::error(file, 1, Tr::tr("not an iCalendar file (no BEGIN:VCALENDAR)"));
        return result;
    }
    std::unique_ptr<icalcomponent, ComponentDeleter> root(icalparser_parse_string(text.constData()));
    icalerror_clear_errno();
    if (!root) {
        result.problems << Problem::error(file, 1, Tr::tr("not an iCalendar file"));
        return result;
    }
    QTimeZone zone(schedule.timezone.toUtf8());
    Reader reader { file, source, schedule, from, to, zone.isValid() ? zone : QTimeZone::utc(), result, {}, {} };
    reader.run(root.get(), eventLines(text));
    return result;
}

std::vector<CalendarSourceStatus> loadCalendars(Schedule &schedule, const QDateTime &from, const QDateTime &to,
                                                Problems &problems, const CalendarFetchOptions &options)
{
    std::vector<CalendarSourceStatus> sources;
    const OncallSchedule &config = schedule.config();
    for (const Rotation &r : config.rotations) {
        if (!r.ics.isSet())
            continue;
        if (r.ics.path.isEmpty()) {
            FetchedCalendar fetched = fetchCalendar(r, config.file, options);
            problems << fetched.problems;
            sources.push_back(fetched.status);
            if (!fetched.body)
                continue;
            CalendarResult c = readCalendar(*fetched.body, fetched.status.url, r.ics, config, from, to);
            problems << c.problems;
            schedule.setCalendar(r.name, std::move(c.shifts));
            continue;
        }
        QFile f(r.ics.path);
        if (!f.open(QIODevice::ReadOnly)) {
            problems << Problem::error(r.ics.path, 0, Tr::tr("cannot read calendar: %1").arg(f.errorString()));
            continue;
        }
        CalendarResult c = readCalendar(f.read(kMaxBytes + 1), r.ics.path, r.ics, config, from, to);
        problems << c.problems;
        schedule.setCalendar(r.name, std::move(c.shifts));
    }
    return sources;
}

} // namespace sre::alerting
