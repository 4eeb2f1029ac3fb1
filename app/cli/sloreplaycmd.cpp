// srectl slo replay: how the burn-rate tiers of an SLO (its own, or edited "what if" ones) would
// have fired over its history, and how they met the incidents of its postmortems (models/replay).
#include "context.h"
#include "duration.h"
#include "prometheusclient.h"
#include "replaysource.h"
#include "reportcmds.h"
#include "sloengine.h"
#include "window.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <cmath>

namespace sre::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(srectl)
};

QString usage()
{
    return Tr::tr("usage: srectl slo replay --slo ID [--from TIME --to TIME | --period 30d|2026-10] [--step 1m]\n"
                  "                         [--tier NAME:KEY=VALUE,...]... [--only-edited-tiers]\n"
                  "  KEY: factor=14.4 share=2% long=1h short=5m for=2m severity=page");
}

QString utc(qint64 t)
{
    return QDateTime::fromSecsSinceEpoch(t, Qt::UTC).toString(Qt::ISODate);
}

QString duration(std::optional<qint64> seconds)
{
    if (!seconds)
        return QStringLiteral("–");
    if (*seconds == 0)
        return QStringLiteral("0s");
    return formatDuration(std::chrono::seconds(*seconds));
}

QString percent(std::optional<double> v)
{
    return v ? QString::number(*v * 100.0, 'f', 2) + QStringLiteral(" %") : QStringLiteral("–");
}

QJsonValue jsonOr(std::optional<qint64> v)
{
    return v ? QJsonValue(double(*v)) : QJsonValue();
}

QJsonValue jsonOr(std::optional<double> v)
{
    return v ? QJsonValue(*v) : QJsonValue();
}

struct Options
{
    QString id;
    std::optional<qint64> from, to;
    QString period;
    std::chrono::seconds step { 60 };
    QStringList tierEdits;
    bool onlyEdited = false;
};

std::optional<int> parseOptions(const Context &ctx, Options &o)
{
    const QStringList &a = ctx.args;
    for (qsizetype i = 0; i < a.size(); ++i) {
        const QString opt = a[i];
        if (opt == u"--only-edited-tiers") {
            o.onlyEdited = true;
            continue;
        }
        static const QStringList withValue
            = { QStringLiteral("--slo"),    QStringLiteral("--from"), QStringLiteral("--to"),
                QStringLiteral("--period"), QStringLiteral("--step"), QStringLiteral("--tier") };
        if (!withValue.contains(opt)) {
            err(Tr::tr("srectl slo replay: unknown option \"%1\"").arg(opt) + QLatin1Char('\n') + usage());
            return BadInput;
        }
        if (i + 1 >= a.size()) {
            err(Tr::tr("srectl slo replay: %1 needs a value").arg(opt));
            return BadInput;
        }
        const QString v = a[++i];
        if (opt == u"--slo") {
            o.id = v;
        } else if (opt == u"--from" || opt == u"--to") {
            const auto t = parseTime(v);
            if (!t) {
                err(Tr::tr("srectl slo replay: %1 \"%2\" is not RFC 3339 or Unix seconds").arg(opt, v));
                return BadInput;
            }
            (opt == u"--from" ? o.from : o.to) = *t;
        } else if (opt == u"--period") {
            o.period = v;
        } else if (opt == u"--step") {
            const auto d = parseDuration(v);
            if (!d || *d < std::chrono::seconds(1) || d->count() % 1000 != 0) {
                err(Tr::tr("srectl slo replay: --step \"%1\" is not a duration of whole seconds such as 1m").arg(v));
                return BadInput;
            }
            o.step = std::chrono::duration_cast<std::chrono::seconds>(*d);
        } else if (opt == u"--tier") {
            o.tierEdits << v;
        }
    }
    if (o.id.isEmpty()) {
        err(Tr::tr("srectl slo replay: --slo is required") + QLatin1Char('\n') + usage());
        return BadInput;
    }
    if ((o.from || o.to) && !o.period.isEmpty()) {
        err(Tr::tr("srectl slo replay: --period cannot be combined with --from and --to"));
        return BadInput;
    }
    if (o.onlyEdited && o.tierEdits.isEmpty()) {
        err(Tr::tr("srectl slo replay: --only-edited-tiers needs at least one --tier"));
        return BadInput;
    }
    return std::nullopt;
}

// [from, to] from the options: --from/--to, a duration or a named period, or the SLO's window
// ending now.
std::optional<std::pair<qint64, qint64>> resolveRange(Context &ctx, const Options &o, const slo::SloSpec &spec)
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    qint64 to = o.to.value_or(now);
    qint64 from = 0;
    if (!o.period.isEmpty()) {
        if (const auto d = parseDuration(o.period); d && d->count() > 0) {
            from = to - std::chrono::duration_cast<std::chrono::seconds>(*d).count();
        } else if (const auto named = slo::namedPeriod(o.period, ctx.workspace().config().timezone)) {
            from = named->range.start;
            to = std::min(named->range.end, now);
        } else {
            err(Tr::tr("srectl slo replay: --period \"%1\" is neither a duration such as 30d nor a period such as "
                       "2026-10, 2026-Q4 or 2026-W44")
                    .arg(o.period));
            return std::nullopt;
        }
    } else {
        from = o.from.value_or(to - replay::factorWindow(spec).count());
    }
    if (from >= to) {
        err(Tr::tr("srectl slo replay: the range is empty (%1 is not before %2)").arg(utc(from), utc(to)));
        return std::nullopt;
    }
    return std::pair { from, to };
}

QJsonObject toJson(const replay::ReplayResult &r)
{
    QJsonArray tiers;
    for (const replay::TierReplay &t : r.tiers) {
        QJsonArray firings;
        for (std::size_t i = 0; i < t.firings.size(); ++i) {
            const replay::FiringSpan &f = t.firings[i];
            firings.append(QJsonObject { { QStringLiteral("pending_since"), utc(f.pendingSince) },
                                         { QStringLiteral("start"), utc(f.start) },
                                         { QStringLiteral("end"), utc(f.end) },
                                         { QStringLiteral("open"), f.open },
                                         { QStringLiteral("reset_seconds"), jsonOr(t.resets[i]) } });
        }
        QJsonArray detections;
        for (const replay::Detection &d : t.detections)
            detections.append(
                QJsonObject { { QStringLiteral("incident"), d.incident.id },
                              { QStringLiteral("started"), utc(d.incident.started) },
                              { QStringLiteral("fired"), d.firedAt ? QJsonValue(utc(*d.firedAt)) : QJsonValue() },
                              { QStringLiteral("time_to_detect_seconds"), jsonOr(d.timeToDetect) },
                              { QStringLiteral("budget_spent"), jsonOr(d.budgetSpent) } });
        tiers.append(QJsonObject { { QStringLiteral("tier"), t.tier.tier.name },
                                   { QStringLiteral("severity"), t.tier.tier.severity },
                                   { QStringLiteral("long_window"), formatDuration(t.tier.tier.longWindow) },
                                   { QStringLiteral("short_window"), formatDuration(t.tier.tier.shortWindow) },
                                   { QStringLiteral("factor"), t.tier.factor },
                                   { QStringLiteral("for"), formatDuration(t.tier.forDuration) },
                                   { QStringLiteral("firings"), int(t.firings.size()) },
                                   { QStringLiteral("pages_per_week"), t.pagesPerWeek },
                                   { QStringLiteral("incidents_missed"), t.missed },
                                   { QStringLiteral("firings_without_incident"), t.withoutIncident },
                                   { QStringLiteral("median_reset_seconds"), jsonOr(t.medianReset) },
                                   { QStringLiteral("max_reset_seconds"), jsonOr(t.maxReset) },
                                   { QStringLiteral("budget_before_first_firing"), jsonOr(t.budgetBeforeFirstFiring) },
                                   { QStringLiteral("firing_spans"), firings },
                                   { QStringLiteral("incidents"), detections } });
    }
    QJsonObject object { { QStringLiteral("slo"), r.spec.id() },
                         { QStringLiteral("from"), utc(r.from) },
                         { QStringLiteral("to"), utc(r.to) },
                         { QStringLiteral("step_seconds"), double(r.step.count()) },
                         { QStringLiteral("window_budget_events"), jsonOr(r.windowBudgetEvents) },
                         { QStringLiteral("tiers"), tiers } };
    if (!r.spec.groupBy.isEmpty()) {
        QJsonObject group;
        for (auto it = r.group.begin(); it != r.group.end(); ++it)
            group.insert(it.key(), it.value());
        object.insert(QStringLiteral("group"), group);
    }
    return object;
}

void printText(const Context &ctx, const replay::ReplayResult &r)
{
    const auto render
        = [&](const Table &t) { return ctx.format == Format::Markdown ? renderMarkdown(t) : renderTable(t); };
    Table summary { { Tr::tr("TIER"), Tr::tr("SEVERITY"), Tr::tr("LONG/SHORT"), Tr::tr("FACTOR"), Tr::tr("FOR"),
                      Tr::tr("FIRINGS"), Tr::tr("PAGES/WEEK"), Tr::tr("DETECTED"), Tr::tr("MISSED"),
                      Tr::tr("NO INCIDENT"), Tr::tr("RESET (MEDIAN)"), Tr::tr("BUDGET BEFORE FIRING") },
                    {} };
    Table firings { { Tr::tr("TIER"), Tr::tr("FIRED"), Tr::tr("STOPPED"), Tr::tr("DURATION"), Tr::tr("RESET") }, {} };
    Table incidents { { Tr::tr("INCIDENT"), Tr::tr("TIER"), Tr::tr("STARTED"), Tr::tr("FIRED"),
                        Tr::tr("TIME TO DETECT"), Tr::tr("BUDGET SPENT") },
                      {} };
    for (const replay::TierReplay &t : r.tiers) {
        const int detected = int(t.detections.size()) - t.missed;
        summary.rows << QStringList { t.tier.tier.name,
                                      t.tier.tier.severity,
                                      formatDuration(t.tier.tier.longWindow) + QLatin1Char('/')
                                          + formatDuration(t.tier.tier.shortWindow),
                                      QString::number(t.tier.factor, 'g', 6),
                                      duration(t.tier.forDuration.count()),
                                      QString::number(t.firings.size()),
                                      QString::number(t.pagesPerWeek, 'f', 2),
                                      QStringLiteral("%1/%2").arg(detected).arg(t.detections.size()),
                                      QString::number(t.missed),
                                      QString::number(t.withoutIncident),
                                      duration(t.medianReset),
                                      percent(t.budgetBeforeFirstFiring) };
        for (std::size_t i = 0; i < t.firings.size(); ++i) {
            const replay::FiringSpan &f = t.firings[i];
            firings.rows << QStringList { t.tier.tier.name, utc(f.start), f.open ? Tr::tr("still firing") : utc(f.end),
                                          duration(f.end - f.start), duration(t.resets[i]) };
        }
        for (const replay::Detection &d : t.detections)
            incidents.rows << QStringList { d.incident.id,
                                            t.tier.tier.name,
                                            utc(d.incident.started),
                                            d.firedAt ? utc(*d.firedAt) : Tr::tr("missed"),
                                            duration(d.timeToDetect),
                                            percent(d.budgetSpent) };
    }
    const QString subject = r.spec.groupBy.isEmpty()
        ? r.spec.id()
        : QStringLiteral("%1 {%2}").arg(r.spec.id(), replay::groupText(r.group, r.spec.groupBy));
    out(Tr::tr("%1: replay from %2 to %3 every %4\n").arg(subject, utc(r.from), utc(r.to), formatDuration(r.step)));
    out(render(summary));
    if (!firings.rows.isEmpty())
        out(QLatin1Char('\n') + render(firings));
    if (!incidents.rows.isEmpty())
        out(QLatin1Char('\n') + render(incidents));
}
} // namespace

// srectl slo replay
int sloReplayCommand(Context &ctx)
{
    Options o;
    if (const auto code = parseOptions(ctx, o))
        return *code;
    ws::Workspace &workspace = ctx.workspace();
    const slo::SloSpec *found = workspace.findSlo(o.id);
    if (!found) {
        err(Tr::tr("srectl slo: no SLO \"%1\" in %2 (see srectl slo list)").arg(o.id, workspace.dir()));
        return BadInput;
    }
    const slo::SloSpec spec = *found;
    const auto range = resolveRange(ctx, o, spec);
    if (!range)
        return BadInput;
    const auto [from, to] = *range;

    std::vector<replay::ReplayTier> tiers
        = o.onlyEdited ? std::vector<replay::ReplayTier> {} : replay::replayTiers(spec);
    if (o.onlyEdited) // edits then name new tiers, or the SLO's own ones to start from
        for (const QString &edit : std::as_const(o.tierEdits)) {
            std::vector<replay::ReplayTier> own = replay::replayTiers(spec);
            const QString name = edit.section(QLatin1Char(':'), 0, 0).trimmed();
            for (const replay::ReplayTier &t : own)
                if (t.tier.name == name
                    && std::none_of(tiers.begin(), tiers.end(), [&](const auto &x) { return x.tier.name == name; }))
                    tiers.push_back(t);
        }
    for (const QString &edit : std::as_const(o.tierEdits))
        if (const auto problem = replay::applyTierEdit(tiers, edit, replay::factorWindow(spec))) {
            err(Tr::tr("srectl slo replay: %1").arg(*problem));
            return BadInput;
        }
    if (tiers.empty()) {
        err(Tr::tr("srectl slo replay: %1 has no burn-rate tiers (its alerting is disabled); give some with --tier")
                .arg(spec.id()));
        return BadInput;
    }
    for (const replay::ReplayTier &t : tiers)
        for (const std::chrono::seconds w : { t.tier.longWindow, t.tier.shortWindow })
            if (w.count() % o.step.count() != 0)
                err(Tr::tr("srectl slo replay: warning: tier %1's window %2 is not a multiple of the step %3; "
                           "it is counted as the whole steps inside it")
                        .arg(t.tier.name, formatDuration(w), formatDuration(o.step)));

    auto opened = openEngine(ctx);
    if (const int *code = std::get_if<int>(&opened))
        return *code;
    EngineHandle &h = std::get<EngineHandle>(opened);
    auto future = replay::fetchEvents(*h.client, spec, from, to, o.step, replay::longestWindow(tiers));
    future.waitForFinished();
    const replay::FetchedEvents fetched = future.result();
    for (const QString &w : fetched.warnings)
        err(Tr::tr("%1: warning from Prometheus: %2").arg(spec.id(), w));
    if (fetched.error)
        return reportPrometheusError(spec, *fetched.error);
    if (fetched.series.empty())
        err(Tr::tr("%1: no events between %2 and %3: nothing burned, nothing fired")
                .arg(spec.id(), utc(from), utc(to)));

    const std::vector<replay::Incident> incidents
        = replay::incidentsOf(spec.id(), workspace.postmortems().items(), from, to);
    // An SLO with groupBy pages per group (its rules keep the labels): one replay per group, the
    // groups that fired most first. Without groups in the answer (no data), the SLO as a whole.
    std::vector<replay::ReplayResult> results = fetched.groups.empty()
        ? std::vector { replay::replay(spec, fetched.series, tiers, incidents, from, to, o.step) }
        : replay::replayGroups(spec, fetched.groups, tiers, incidents, from, to, o.step);
    if (ctx.format == Format::Json) {
        QJsonArray array;
        for (const replay::ReplayResult &r : results)
            array.append(toJson(r));
        out(renderJson(array));
    } else {
        for (std::size_t i = 0; i < results.size(); ++i) {
            if (i > 0)
                out(QStringLiteral("\n"));
            printText(ctx, results[i]);
        }
    }
    return Ok;
}

} // namespace sre::cli
