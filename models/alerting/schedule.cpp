#include "schedule.h"

#include <QTimeZone>
#include <algorithm>
#include <functional>
#include <map>

namespace sre::alerting {

namespace {
constexpr qint64 kDay = 24 * 3600;
constexpr qint64 kMaxShifts = 100000; // a window never needs more; bounds a 1-minute rotation

qint64 floorDiv(qint64 a, qint64 b)
{
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)) ? 1 : 0);
}

bool intersects(const QDateTime &aFrom, const QDateTime &aTo, const QDateTime &bFrom, const QDateTime &bTo)
{
    return aFrom < bTo && bFrom < aTo;
}
} // namespace

std::vector<Shift> rotationShifts(const Rotation &r, const QTimeZone &zone, const QDateTime &from, const QDateTime &to)
{
    std::vector<Shift> out;
    const qint64 length = r.length.count();
    if (r.members.isEmpty() || !r.start.isValid() || length < 60 || !from.isValid() || !to.isValid() || from >= to)
        return out;
    const auto n = r.members.size();
    const QDateTime begin(r.start, r.handoffTime, zone);
    if (begin >= to)
        return out;

    // Handoff k (k >= 0) and the member from it on.
    std::function<QDateTime(qint64)> handoff;
    QDate anchor = r.start;
    qint64 k0 = 0;
    if (length % kDay == 0) {
        const qint64 days = length / kDay;
        if (days % 7 == 0 && r.handoffWeekday >= 1 && r.handoffWeekday <= 7)
            anchor = r.start.addDays((r.handoffWeekday - r.start.dayOfWeek() + 7) % 7);
        handoff = [=](qint64 k) { return QDateTime(anchor.addDays(k * days), r.handoffTime, zone); };
        const QDate local = std::max(from, begin).toTimeZone(zone).date();
        k0 = std::max<qint64>(0, floorDiv(anchor.daysTo(local), days) - 1);
    } else {
        const QDateTime first = begin;
        handoff = [=](qint64 k) { return first.addSecs(k * length); };
        k0 = std::max<qint64>(0, floorDiv(first.secsTo(std::max(from, begin)), length) - 1);
    }
    const QDateTime h0 = handoff(0);
    const qint64 offset = begin < h0 ? 1 : 0; // a first, partial shift before the first handoff
    if (offset && intersects(begin, h0, from, to))
        out.push_back({ r.members.at(0), begin, h0, false });
    for (qint64 k = k0; out.size() < size_t(kMaxShifts); ++k) {
        const QDateTime a = handoff(k), b = handoff(k + 1);
        if (!a.isValid() || !b.isValid() || a >= to)
            break;
        if (b > from && b > a)
            out.push_back({ r.members.at(static_cast<qsizetype>((k + offset) % n)), a, b, false });
    }
    return out;
}

Schedule::Schedule(OncallSchedule config)
    : m_config(std::move(config))
{ }

QStringList Schedule::rotationNames() const
{
    QStringList names;
    for (const Rotation &r : m_config.rotations)
        if (!names.contains(r.name))
            names << r.name;
    return names;
}

void Schedule::setCalendar(const QString &rotation, std::vector<Shift> shifts)
{
    m_calendars.insert(rotation, std::move(shifts));
}

std::vector<Shift> Schedule::shifts(const QString &rotation, const QDateTime &from, const QDateTime &to) const
{
    std::vector<Shift> out;
    if (const auto it = m_calendars.constFind(rotation); it != m_calendars.cend()) {
        for (const Shift &s : *it)
            if (intersects(s.from, s.to, from, to))
                out.push_back(s);
    } else {
        QTimeZone zone(m_config.timezone.toUtf8());
        if (!zone.isValid())
            zone = QTimeZone::utc();
        for (const Rotation &r : m_config.rotations)
            if (r.name == rotation && !r.ics.isSet()) {
                std::vector<Shift> s = rotationShifts(r, zone, from, to);
                out.insert(out.end(), s.begin(), s.end());
            }
    }
    for (const Override &o : m_config.overrides)
        if (o.rotation == rotation && o.from.isValid() && o.to.isValid() && intersects(o.from, o.to, from, to))
            out.push_back({ o.member, o.from, o.to, true });
    return out;
}

std::vector<Segment> Schedule::timeline(const QString &rotation, const QDateTime &from, const QDateTime &to) const
{
    std::vector<Segment> out;
    if (!from.isValid() || !to.isValid() || from >= to)
        return out;
    const std::vector<Shift> all = shifts(rotation, from, to);
    // A sweep over the instants where some shift starts or ends: each shift is added and removed
    // once, so a calendar of 50,000 one-minute shifts (a MINUTELY rule) costs n log n, not n^2.
    // A segment [a, b) holds the shifts with from <= a < to.
    const qint64 begin = from.toMSecsSinceEpoch(), end = to.toMSecsSinceEpoch();
    struct Change
    {
        qint64 at;
        int delta;
        const Shift *shift;
    };
    std::vector<Change> changes;
    std::vector<qint64> cuts { begin, end };
    for (const Shift &s : all) {
        const qint64 a = std::max(s.from.toMSecsSinceEpoch(), begin), b = s.to.toMSecsSinceEpoch();
        if (a >= b || a >= end)
            continue; // no time inside the window
        changes.push_back({ a, +1, &s });
        cuts.push_back(a);
        if (b < end) {
            changes.push_back({ b, -1, &s });
            cuts.push_back(b);
        }
    }
    std::sort(cuts.begin(), cuts.end());
    cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());
    std::stable_sort(changes.begin(), changes.end(), [](const Change &x, const Change &y) { return x.at < y.at; });
    std::map<QString, int> base, over; // members on call, with how many of their shifts cover the instant
    size_t next = 0;
    qint64 lastEnd = 0; // of out.back()
    const QTimeZone utc = QTimeZone::utc();
    for (size_t i = 0; i + 1 < cuts.size(); ++i) {
        const qint64 a = cuts[i], b = cuts[i + 1];
        for (; next < changes.size() && changes[next].at <= a; ++next) {
            std::map<QString, int> &set = changes[next].shift->isOverride ? over : base;
            const QString &member = changes[next].shift->member;
            if ((set[member] += changes[next].delta) <= 0)
                set.erase(member);
        }
        const std::map<QString, int> &shown = over.empty() ? base : over;
        QStringList members;
        members.reserve(qsizetype(shown.size()));
        for (const auto &entry : shown)
            members << entry.first; // sorted: std::map's order is QString's operator<, as QStringList::sort()
        // The ends as times only once a segment is complete: a calendar of 50,000 short shifts
        // (the fuzzer's) makes that many cuts.
        if (!out.empty() && out.back().members == members && out.back().isOverride == !over.empty()) {
            lastEnd = b;
        } else {
            if (!out.empty())
                out.back().to = QDateTime::fromMSecsSinceEpoch(lastEnd, utc);
            out.push_back({ QDateTime::fromMSecsSinceEpoch(a, utc), {}, members, !over.empty() });
            lastEnd = b;
        }
    }
    if (!out.empty())
        out.back().to = QDateTime::fromMSecsSinceEpoch(lastEnd, utc);
    return out;
}

Segment Schedule::at(const QString &rotation, const QDateTime &at) const
{
    const std::vector<Segment> segs
        = timeline(rotation, at.addSecs(-kOncallHorizon.count() * 3600), at.addSecs(kOncallHorizon.count() * 3600));
    for (const Segment &s : segs)
        if (s.from <= at && at < s.to)
            return s;
    return { at, at, {}, false };
}

std::optional<QDateTime> Schedule::nextHandover(const QString &rotation, const QDateTime &at,
                                                std::chrono::seconds horizon) const
{
    const std::vector<Segment> segs = timeline(rotation, at, at.addSecs(horizon.count()));
    for (size_t i = 1; i < segs.size(); ++i)
        if (segs[i].members != segs[0].members)
            return segs[i].from;
    return std::nullopt;
}

std::vector<Segment> Schedule::gaps(const QString &rotation, const QDateTime &from, const QDateTime &to) const
{
    std::vector<Segment> out;
    for (const Segment &s : timeline(rotation, from, to))
        if (s.isGap())
            out.push_back(s);
    return out;
}

std::vector<Segment> Schedule::overlaps(const QString &rotation, const QDateTime &from, const QDateTime &to) const
{
    std::vector<Segment> out;
    for (const Segment &s : timeline(rotation, from, to))
        if (s.isOverlap())
            out.push_back(s);
    return out;
}

} // namespace sre::alerting
