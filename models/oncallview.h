#pragma once

// What the On-call page shows for a stretch of time: per rotation the schedule engine's timeline
// (schedule.h), the handovers and the gaps in it. Computed off the GUI thread (iCalendar files are
// read from disk) and handed to the page as a value.
#include "icsfetch.h"
#include "schedule.h"

#include <QDateTime>
#include <QStringList>
#include <vector>

namespace sre {

struct OncallViewRow
{
    QString rotation;
    bool fromCalendar = false; // its shifts come from an `ics:` source
    std::vector<alerting::Segment> segments; // [from, to) cut where the set on call changes
    std::optional<alerting::CalendarSourceStatus> source; // a URL source: its age and staleness
};

struct OncallHandover
{
    QString rotation;
    QDateTime at;
    QStringList before, after; // handles; empty: nobody
};

struct OncallGap
{
    QString rotation;
    QDateTime from, to;
};

struct OncallView
{
    QDateTime from, to;
    alerting::OncallSchedule config; // display names, zone, escalation
    std::vector<OncallViewRow> rows; // in the order of oncall.yaml
    std::vector<OncallHandover> handovers; // after `from`, in time order (all rotations)
    std::vector<OncallGap> gaps; // in time order (all rotations)
    QStringList problems; // calendars that could not be read

    bool isEmpty() const { return rows.empty(); }
};

// The view of `schedule` over [from, to): a pure function of the engine's answers.
OncallView computeOncallView(const alerting::Schedule &schedule, const QDateTime &from, const QDateTime &to);

// Reads the rotations' iCalendar sources (disk and network: call it on a worker thread), then
// computes the view.
OncallView loadOncallView(const alerting::OncallSchedule &config, const QDateTime &from, const QDateTime &to,
                          const alerting::CalendarFetchOptions &options = {});

} // namespace sre
