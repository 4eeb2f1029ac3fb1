#include "icaltime.h"

#include "timezones.h"

#include <QCoreApplication>
#include <limits>

namespace sre::alerting::icaltime {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(sre::alerting)
};

QString tzidOf(icalproperty *prop)
{
    if (!prop)
        return {};
    icalparameter *p = icalproperty_get_first_parameter(prop, ICAL_TZID_PARAMETER);
    return p && icalparameter_get_tzid(p) ? QString::fromUtf8(icalparameter_get_tzid(p)) : QString();
}
} // namespace

std::optional<QTimeZone> zoneFromTzid(const QString &tzid)
{
    QString id = tzid.trimmed();
    for (;;) {
        if (isKnownTimeZone(id))
            return QTimeZone(id.toUtf8());
        const qsizetype slash = id.indexOf(u'/', 1);
        if (!id.startsWith(u'/') || slash < 0)
            break;
        id = id.mid(slash);
        if (id.startsWith(u'/') && isKnownTimeZone(id.mid(1)))
            return QTimeZone(id.mid(1).toUtf8());
    }
    const QByteArray iana = QTimeZone::windowsIdToDefaultIanaId(tzid.toUtf8());
    if (!iana.isEmpty())
        return QTimeZone(iana);
    return std::nullopt;
}

Placement placementOf(icalproperty *prop, const QTimeZone &floating, const QString &file, int line, Problems &problems)
{
    Placement p;
    const QString tzid = tzidOf(prop);
    if (tzid.isEmpty()) {
        p.zone = floating;
        return p;
    }
    p.zone = zoneFromTzid(tzid);
    if (!p.zone) {
        const icaltimetype t = icalproperty_get_datetime_with_component(prop, nullptr);
        p.icalZone = t.zone;
        if (!p.icalZone) {
            problems << Problem::warning(
                file, line,
                Tr::tr("unknown time zone \"%1\"; reading the time as %2").arg(tzid, QString::fromUtf8(floating.id())));
            p.zone = floating;
        }
    }
    return p;
}

// Qt 6.4 gives an invalid QDateTime in the gap and the second occurrence in the fold, so the two
// offsets around the time are tried here.
QDateTime zonedToUtc(QDate date, QTime time, const QTimeZone &zone)
{
    const qint64 local = QDateTime(date, time, QTimeZone::utc()).toSecsSinceEpoch();
    constexpr qint64 kDay = 24 * 3600;
    const auto offsetAt
        = [&](qint64 utc) { return qint64(zone.offsetFromUtc(QDateTime::fromSecsSinceEpoch(utc, QTimeZone::utc()))); };
    const qint64 before = offsetAt(local - kDay), after = offsetAt(local + kDay);
    std::optional<qint64> found;
    for (const qint64 offset : { before, after }) {
        const qint64 utc = local - offset;
        if (offsetAt(utc) == offset && (!found || utc < *found))
            found = utc;
    }
    return QDateTime::fromSecsSinceEpoch(found ? *found : local - before, QTimeZone::utc());
}

QDateTime toQt(const icaltimetype &t, const Placement &p)
{
    if (icaltime_is_null_time(t))
        return {};
    if (icaltime_is_utc(t))
        return QDateTime(QDate(t.year, t.month, t.day), QTime(t.hour, t.minute, t.second), QTimeZone::utc());
    const QDate date(t.year, t.month, t.day);
    const QTime time = t.is_date ? QTime(0, 0) : QTime(t.hour, t.minute, t.second);
    if (!date.isValid() || !time.isValid())
        return {};
    if (p.icalZone && !p.zone) {
        icaltimetype local = t;
        local.zone = nullptr;
        return QDateTime::fromSecsSinceEpoch(icaltime_as_timet_with_zone(local, const_cast<icaltimezone *>(p.icalZone)),
                                             QTimeZone::utc());
    }
    if (!p.zone || *p.zone == QTimeZone::utc())
        return QDateTime(date, time, QTimeZone::utc());
    return zonedToUtc(date, time, *p.zone);
}

icaltimetype untilOnTheClockOf(icaltimetype until, const icaltimetype &dtstart, const Placement &p)
{
    if (icaltime_is_null_time(until) || !icaltime_is_utc(until) || until.is_date || icaltime_is_utc(dtstart))
        return until;
    if (p.icalZone && !p.zone)
        return icaltime_convert_to_zone(until, const_cast<icaltimezone *>(p.icalZone));
    if (!p.zone)
        return until;
    const QDateTime utc(QDate(until.year, until.month, until.day), QTime(until.hour, until.minute, until.second),
                        QTimeZone::utc());
    if (!utc.isValid())
        return until;
    const QDateTime local = utc.addSecs(p.zone->offsetFromUtc(utc));
    icaltimetype out = until;
    out.zone = nullptr;
    out.year = local.date().year();
    out.month = local.date().month();
    out.day = local.date().day();
    out.hour = local.time().hour();
    out.minute = local.time().minute();
    out.second = local.time().second();
    return out;
}

QDateTime LocalToUtc::operator()(const icaltimetype &t)
{
    if (!m_placement.zone || m_placement.icalZone || icaltime_is_null_time(t) || icaltime_is_utc(t))
        return toQt(t, m_placement);
    const QDate date(t.year, t.month, t.day);
    const QTime time = t.is_date ? QTime(0, 0) : QTime(t.hour, t.minute, t.second);
    if (!date.isValid() || !time.isValid())
        return {};
    const qint64 local = QDateTime(date, time, QTimeZone::utc()).toSecsSinceEpoch();
    if (m_valid && local - m_offset > m_from && local - m_offset < m_to)
        return QDateTime::fromSecsSinceEpoch(local - m_offset, QTimeZone::utc());
    const QDateTime exact = toQt(t, m_placement);
    if (!exact.isValid())
        return exact;
    const QTimeZone &zone = *m_placement.zone;
    if (!zone.hasTransitions())
        return exact;
    constexpr qint64 kDay = 24 * 3600;
    const QTimeZone::OffsetData before = zone.previousTransition(exact.addSecs(1));
    const QTimeZone::OffsetData after = zone.nextTransition(exact);
    m_offset = local - exact.toSecsSinceEpoch();
    m_from = before.atUtc.isValid() ? before.atUtc.toSecsSinceEpoch() + kDay : std::numeric_limits<qint64>::min();
    m_to = after.atUtc.isValid() ? after.atUtc.toSecsSinceEpoch() - kDay : std::numeric_limits<qint64>::max();
    m_valid = true;
    return exact;
}

} // namespace sre::alerting::icaltime
