#pragma once

// Instants on a grid of steps (Unix seconds or milliseconds, the caller's unit), and UTC
// QDateTimes from them: the arithmetic every query over buckets needs.
#include <QDateTime>
#include <QTimeZone>

namespace sre::slo {

// The remainder of t / step in [0, step), also for t before 1970.
constexpr qint64 gridOffset(qint64 t, qint64 step)
{
    return ((t % step) + step) % step;
}

// t rounded down (up) to a multiple of step.
constexpr qint64 alignDown(qint64 t, qint64 step)
{
    return t - gridOffset(t, step);
}

constexpr qint64 alignUp(qint64 t, qint64 step)
{
    const qint64 rem = gridOffset(t, step);
    return rem == 0 ? t : t + (step - rem);
}

inline QDateTime utcSeconds(qint64 seconds)
{
    return QDateTime::fromSecsSinceEpoch(seconds, QTimeZone::utc());
}

inline QDateTime utcMs(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc());
}

} // namespace sre::slo
