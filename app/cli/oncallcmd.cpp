// srectl oncall now | next | gaps [--at T] [--rotation R]
#include "context.h"

#include "ical.h"
#include "schedule.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QTimeZone>
#include <algorithm>

namespace sre::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(srectl)
};

struct Options
{
    QDateTime at = QDateTime::currentDateTimeUtc();
    QString rotation;
};

std::optional<Options> parseOptions(const QStringList &args)
{
    Options o;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        if ((a == u"--at" || a == u"--rotation") && i + 1 < args.size()) {
            const QString v = args[++i];
            if (a == u"--rotation") {
                o.rotation = v;
                continue;
            }
            const auto t = parseTime(v);
            if (!t) {
                err(Tr::tr("srectl: --at \"%1\" is not RFC 3339 or Unix seconds").arg(v));
                return std::nullopt;
            }
            o.at = QDateTime::fromSecsSinceEpoch(*t, QTimeZone::utc());
        } else {
            err(Tr::tr("srectl oncall: unknown option \"%1\" (options: --at T, --rotation R)").arg(a));
            return std::nullopt;
        }
    }
    return o;
}

QString when(const QDateTime &t, const QTimeZone &zone)
{
    return t.isValid() ? t.toTimeZone(zone).toString(Qt::ISODate) : QString();
}

QString people(const alerting::OncallSchedule &s, const QStringList &handles)
{
    QStringList names;
    for (const QString &h : handles)
        names << s.displayName(h);
    return names.isEmpty() ? Tr::tr("nobody") : names.join(QStringLiteral(", "));
}
} // namespace

int oncallCommand(Context &ctx, const QString &verb)
{
    if (verb != u"now" && verb != u"next" && verb != u"gaps") {
        err(Tr::tr("srectl oncall: unknown verb \"%1\" (now, next, gaps)").arg(verb));
        return BadInput;
    }
    const std::optional<Options> opt = parseOptions(ctx.args);
    if (!opt)
        return BadInput;
    if (ctx.reportLoadErrors(ws::Part::Oncall))
        return BadInput;
    alerting::Schedule schedule(ctx.workspace().oncall());
    if (schedule.isEmpty()) {
        err(Tr::tr("srectl: the workspace has no oncall.yaml (or it names no rotation)"));
        return BadInput;
    }
    const QDateTime horizonEnd = opt->at.addSecs(std::chrono::seconds(alerting::kOncallHorizon).count());
    Problems problems;
    // URL sources come from the cache or the network (hourly, see icsfetch.h); their warnings
    // (stale copy, failed refresh) go to stderr with the URL redacted. The user asked now: a
    // source whose last refresh failed is asked again even before the console's retry time.
    alerting::CalendarFetchOptions fetchOptions;
    fetchOptions.ignoreBackoff = true;
    const std::vector<alerting::CalendarSourceStatus> sources
        = alerting::loadCalendars(schedule, opt->at.addDays(-30), horizonEnd.addDays(1), problems, fetchOptions);
    qsizetype errors = 0;
    for (const Problem &p : problems) {
        err(p.toString());
        errors += p.isError() ? 1 : 0;
    }
    // An unreachable URL source without a cached copy is one error each; it exits 3 (a source
    // could not be reached) unless something in the workspace itself is wrong (2).
    const auto unreachable = std::count_if(sources.begin(), sources.end(), [](const auto &s) { return s.unreachable; });
    const bool calendarError = errors > unreachable;
    QStringList rotations = schedule.rotationNames();
    if (!opt->rotation.isEmpty()) {
        if (!rotations.contains(opt->rotation)) {
            err(Tr::tr("srectl: no rotation \"%1\" in oncall.yaml (%2)")
                    .arg(opt->rotation, rotations.join(QStringLiteral(", "))));
            return BadInput;
        }
        rotations = { opt->rotation };
    }
    const alerting::OncallSchedule &config = schedule.config();
    QTimeZone zone(config.timezone.toUtf8());
    if (!zone.isValid())
        zone = QTimeZone::utc();

    Table table;
    QJsonArray json;
    bool gapFound = false;
    if (verb == u"now") {
        table.headers = { Tr::tr("ROTATION"), Tr::tr("ON CALL"), Tr::tr("SINCE"), Tr::tr("UNTIL"), Tr::tr("OVERRIDE") };
        for (const QString &r : rotations) {
            const alerting::Segment s = schedule.at(r, opt->at);
            const std::optional<QDateTime> until = schedule.nextHandover(r, opt->at);
            table.rows << QStringList { r, people(config, s.members), s.isGap() ? QString() : when(s.from, zone),
                                        until ? when(*until, zone) : QString(),
                                        s.isOverride ? Tr::tr("yes") : QString() };
            json << QJsonObject { { QStringLiteral("rotation"), r },
                                  { QStringLiteral("members"), QJsonArray::fromStringList(s.members) },
                                  { QStringLiteral("since"), s.isGap() ? QString() : when(s.from, zone) },
                                  { QStringLiteral("until"), until ? when(*until, zone) : QString() },
                                  { QStringLiteral("override"), s.isOverride } };
        }
    } else if (verb == u"next") {
        table.headers = { Tr::tr("ROTATION"), Tr::tr("HANDOVER"), Tr::tr("FROM"), Tr::tr("TO") };
        for (const QString &r : rotations) {
            const std::optional<QDateTime> at = schedule.nextHandover(r, opt->at);
            const QStringList before = schedule.at(r, opt->at).members;
            const QStringList after = at ? schedule.at(r, *at).members : QStringList();
            table.rows << QStringList { r, at ? when(*at, zone) : Tr::tr("none within 14 days"), people(config, before),
                                        at ? people(config, after) : QString() };
            json << QJsonObject { { QStringLiteral("rotation"), r },
                                  { QStringLiteral("at"), at ? when(*at, zone) : QString() },
                                  { QStringLiteral("from"), QJsonArray::fromStringList(before) },
                                  { QStringLiteral("to"), QJsonArray::fromStringList(after) } };
        }
    } else {
        table.headers = { Tr::tr("ROTATION"), Tr::tr("GAP FROM"), Tr::tr("GAP TO"), Tr::tr("HOURS") };
        for (const QString &r : rotations)
            for (const alerting::Segment &g : schedule.gaps(r, opt->at, horizonEnd)) {
                gapFound = true;
                const double hours = double(g.from.secsTo(g.to)) / 3600.0;
                table.rows << QStringList { r, when(g.from, zone), when(g.to, zone), QString::number(hours, 'f', 1) };
                json << QJsonObject { { QStringLiteral("rotation"), r },
                                      { QStringLiteral("from"), when(g.from, zone) },
                                      { QStringLiteral("to"), when(g.to, zone) },
                                      { QStringLiteral("hours"), hours } };
            }
    }
    print(ctx, table, json);
    if (calendarError)
        return BadInput;
    if (unreachable > 0)
        return Unreachable;
    return gapFound ? CheckFailed : Ok;
}

} // namespace sre::cli
