#pragma once

// Who is on call, computed from oncall.yaml rotations (members, length, handoff) and iCalendar
// shifts, with overrides winning: the answers behind the status bar, the On-call view and
// `srectl oncall`.
#include "oncall.h"

#include <QDateTime>
#include <QMap>
#include <QStringList>
#include <chrono>
#include <optional>
#include <vector>

class QTimeZone;

namespace sre::alerting {

// One person on call in one rotation for [from, to).
struct Shift
{
    QString member; // a handle of `people:` (or the calendar's own name when nobody matches)
    QDateTime from, to;
    bool isOverride = false;
};

// A stretch of time in which the set of people on call does not change. Empty `members` is a gap;
// more than one is an overlap.
struct Segment
{
    QDateTime from, to;
    QStringList members; // sorted
    bool isOverride = false; // the members come from an override

    bool isGap() const { return members.isEmpty(); }
    bool isOverlap() const { return members.size() > 1; }
};

// The horizon of gap checks and of the On-call view's timeline.
inline constexpr std::chrono::hours kOncallHorizon { 14 * 24 };

// The shifts a member list makes in [from, to): handoffs on the handoff weekday and time in the
// schedule's zone (lengths of whole days step by calendar days, so a handoff stays at 10:00 local
// across DST; other lengths step by elapsed time). The rotation begins on `start` at the handoff
// time; when `start` is not the handoff weekday, the first member's shift runs to the first handoff.
std::vector<Shift> rotationShifts(const Rotation &rotation, const QTimeZone &zone, const QDateTime &from,
                                  const QDateTime &to);

class Schedule
{
public:
    Schedule() = default;
    explicit Schedule(OncallSchedule config);

    const OncallSchedule &config() const { return m_config; }
    QStringList rotationNames() const;
    bool isEmpty() const { return m_config.isEmpty(); }

    // Shifts read from the rotation's iCalendar source (they replace its member list).
    void setCalendar(const QString &rotation, std::vector<Shift> shifts);
    bool hasCalendar(const QString &rotation) const { return m_calendars.contains(rotation); }

    // Every shift of `rotation` overlapping [from, to): the rotation's or calendar's, then the
    // overrides of oncall.yaml.
    std::vector<Shift> shifts(const QString &rotation, const QDateTime &from, const QDateTime &to) const;
    // [from, to) cut where the set on call changes; during an override only the override's people
    // are on call.
    std::vector<Segment> timeline(const QString &rotation, const QDateTime &from, const QDateTime &to) const;
    // The segment holding `at` (its `from`/`to` clipped to the horizon around `at`).
    Segment at(const QString &rotation, const QDateTime &at) const;
    // The earliest instant after `at` at which the set on call changes, within `horizon`.
    std::optional<QDateTime> nextHandover(const QString &rotation, const QDateTime &at,
                                          std::chrono::seconds horizon = kOncallHorizon) const;
    std::vector<Segment> gaps(const QString &rotation, const QDateTime &from, const QDateTime &to) const;
    std::vector<Segment> overlaps(const QString &rotation, const QDateTime &from, const QDateTime &to) const;

private:
    OncallSchedule m_config;
    QMap<QString, std::vector<Shift>> m_calendars;
};

} // namespace sre::alerting
