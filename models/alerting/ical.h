#pragma once

// iCalendar (RFC 5545) sources of on-call shifts, read with libical: exports of paging services
// (PagerDuty: SUMMARY "On Call - <Name> - <Schedule>", ATTENDEE a bare email; Grafana OnCall:
// SUMMARY the user, PRIORITY 0 a rotation shift and 1 an override, cancelled shifts kept with
// STATUS:CANCELLED) and calendars people author (RRULE, RDATE, EXDATE, RECURRENCE-ID, TZID).
// libical unfolds lines, unescapes text and expands recurrence rules; instances are placed in
// their zone with QTimeZone.
#include "icsfetch.h"
#include "oncall.h"
#include "schedule.h"

namespace sre::alerting {

enum class CalendarShape { Authored, PagerDuty, GrafanaOncall };

// The default person_from of a shape (a regex over SUMMARY with a "name" group).
QString defaultPersonFrom(CalendarShape shape);

struct CalendarResult
{
    std::vector<Shift> shifts; // overlapping [from, to), in start order; cancelled ones left out
    CalendarShape shape = CalendarShape::Authored;
    Problems problems; // naming `file` and the line of the event's BEGIN:VEVENT
};

// Reads `text` (the calendar of `source`) and returns the shifts that overlap [from, to). Event
// summaries and attendees become handles of `schedule` (see OncallSchedule::handleFor); floating
// times are in the schedule's zone.
CalendarResult readCalendar(const QByteArray &text, const QString &file, const IcsSource &source,
                            const OncallSchedule &schedule, const QDateTime &from, const QDateTime &to);

// Reads every rotation's `ics:` source into `schedule`: files from disk, URLs through the cache
// and the network (see icsfetch.h). It waits on disk and network: call it off the GUI thread.
// Returns the state of each URL source (age, stale), in the order of oncall.yaml.
std::vector<CalendarSourceStatus> loadCalendars(Schedule &schedule, const QDateTime &from, const QDateTime &to,
                                                Problems &problems, const CalendarFetchOptions &options = {});

} // namespace sre::alerting
