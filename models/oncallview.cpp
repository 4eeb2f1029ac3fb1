#include "oncallview.h"

#include "ical.h"

#include <algorithm>

namespace sre {

OncallView computeOncallView(const alerting::Schedule &schedule, const QDateTime &from, const QDateTime &to)
{
    OncallView view;
    view.from = from;
    view.to = to;
    view.config = schedule.config();
    for (const QString &rotation : schedule.rotationNames()) {
        OncallViewRow row;
        row.rotation = rotation;
        row.fromCalendar = schedule.hasCalendar(rotation);
        row.segments = schedule.timeline(rotation, from, to);
        for (size_t i = 1; i < row.segments.size(); ++i)
            if (row.segments[i].members != row.segments[i - 1].members)
                view.handovers.push_back(
                    { rotation, row.segments[i].from, row.segments[i - 1].members, row.segments[i].members });
        for (const alerting::Segment &gap : schedule.gaps(rotation, from, to))
            view.gaps.push_back({ rotation, gap.from, gap.to });
        view.rows.push_back(std::move(row));
    }
    const auto byTime = [](const auto &a, const auto &b) {
        if constexpr (requires { a.at; })
            return a.at < b.at;
        else
            return a.from < b.from;
    };
    std::stable_sort(view.handovers.begin(), view.handovers.end(), byTime);
    std::stable_sort(view.gaps.begin(), view.gaps.end(), byTime);
    return view;
}

OncallView loadOncallView(const alerting::OncallSchedule &config, const QDateTime &from, const QDateTime &to,
                          const alerting::CalendarFetchOptions &options)
{
    alerting::Schedule schedule(config);
    Problems problems;
    const std::vector<alerting::CalendarSourceStatus> sources
        = alerting::loadCalendars(schedule, from, to, problems, options);
    OncallView view = computeOncallView(schedule, from, to);
    for (OncallViewRow &row : view.rows)
        for (const alerting::CalendarSourceStatus &source : sources)
            if (source.rotation == row.rotation)
                row.source = source;
    for (const Problem &p : problems)
        view.problems << p.toString();
    return view;
}

} // namespace sre
