#include "figures.h"

#include <QCoreApplication>

namespace sre::pm {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(sre::pm)
};

std::optional<qint64> span(const QDateTime &from, const QDateTime &to)
{
    if (!from.isValid() || !to.isValid() || to < from)
        return std::nullopt;
    return from.secsTo(to);
}
} // namespace

DerivedFigures derivedFigures(const Postmortem &p)
{
    DerivedFigures f;
    f.timeToDetect = span(p.started, p.detected);
    f.timeToMitigate = span(p.started, p.mitigated);
    f.timeToResolve = span(p.started, p.resolved);
    f.impactDuration = span(p.started, p.resolved.isValid() ? p.resolved : p.mitigated);
    return f;
}

QString formatDuration(qint64 seconds)
{
    const qint64 days = seconds / 86400, hours = seconds % 86400 / 3600, minutes = seconds % 3600 / 60;
    if (days > 0)
        return hours > 0 ? Tr::tr("%1d %2h").arg(days).arg(hours) : Tr::tr("%1d").arg(days);
    if (hours > 0)
        return minutes > 0 ? Tr::tr("%1h %2m").arg(hours).arg(minutes) : Tr::tr("%1h").arg(hours);
    if (minutes > 0)
        return Tr::tr("%1m").arg(minutes);
    return Tr::tr("%1s").arg(seconds);
}

QString formatDuration(const std::optional<qint64> &seconds)
{
    return seconds ? formatDuration(*seconds) : QStringLiteral("–");
}

} // namespace sre::pm
