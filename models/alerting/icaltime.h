#pragma once
// The times of an iCalendar file as UTC, for the reader (ical.cpp): which zone a property's times
// are written in, and local times of that zone to UTC as RFC 5545 (3.3.5) reads them.
#include "problem.h"

#include <QDateTime>
#include <QString>
#include <QTimeZone>
#include <libical/ical.h>
#include <optional>

namespace sre::alerting::icaltime {

// A TZID as written ("Europe/Berlin", libical's "/freeassociation.sourceforge.net/Europe/Berlin",
// Outlook's "W. Europe Standard Time") as a zone Qt knows.
std::optional<QTimeZone> zoneFromTzid(const QString &tzid);

// How the times of one property are placed: UTC, a named zone, a VTIMEZONE only libical knows,
// or floating (the schedule's zone).
struct Placement
{
    std::optional<QTimeZone> zone;
    const icaltimezone *icalZone = nullptr;
};

// The placement of `prop`'s times: its TZID's zone, else the VTIMEZONE libical resolved, else
// `floating` (with a warning naming `file` and `line` when the TZID is unknown).
Placement placementOf(icalproperty *prop, const QTimeZone &floating, const QString &file, int line, Problems &problems);

// A local time of a named zone as UTC, the way RFC 5545 (3.3.5) reads it: a time that occurs
// twice (the autumn change) is the first occurrence; a time that does not occur (the spring gap)
// is read with the offset from before the gap.
QDateTime zonedToUtc(QDate date, QTime time, const QTimeZone &zone);

// An iCalendar time as UTC; invalid for a null or impossible time.
QDateTime toQt(const icaltimetype &t, const Placement &p);

// A rule's UTC UNTIL on the clock its DTSTART is written in. The iterator gets DTSTART without
// its zone and compares UNTIL's fields with the instances' as they are, so a UTC UNTIL would end
// a Berlin rule one or two hours late (and a New York one hours early).
icaltimetype untilOnTheClockOf(icaltimetype until, const icaltimetype &dtstart, const Placement &p);

// Local times of one zone to UTC for a rule's instances, in order. A zone's offset is constant
// between two transitions; a local time whose UTC reading lies more than a day inside such a span
// has that reading only (offsets differ by less than a day), so it is computed by subtraction. Only
// instances near a transition, and the first one, ask the zone: a FREQ=SECONDLY or MINUTELY rule
// over days makes a few lookups instead of one per instance.
class LocalToUtc
{
public:
    explicit LocalToUtc(const Placement &p)
        : m_placement(p)
    { }

    QDateTime operator()(const icaltimetype &t);

private:
    const Placement &m_placement;
    bool m_valid = false;
    qint64 m_offset = 0, m_from = 0, m_to = 0;
};

} // namespace sre::alerting::icaltime
