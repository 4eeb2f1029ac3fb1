// srectl alerts history / alerts seen: alert history from Prometheus' own ALERTS series
// (models/alerting/alerthistory.h) and "seen before" (models/alerting/seenbefore.h).
#include "context.h"

#include "alerthistory.h"
#include "duration.h"
#include "prometheusclient.h"
#include "seenbefore.h"
#include "templates.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonObject>
#include <QTimeZone>

namespace sre::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(srectl)
};

using namespace sre::alerting;

constexpr qint64 kStep = 60;
constexpr qint64 kDay = 86400;

QString utc(qint64 t)
{
    return QDateTime::fromSecsSinceEpoch(t, Qt::UTC).toString(Qt::ISODate);
}

QString local(qint64 t, const QTimeZone &zone)
{
    return QDateTime::fromSecsSinceEpoch(t, zone).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString seconds(qint64 s)
{
    return formatDuration(std::chrono::seconds(s));
}

QJsonObject labelsJson(const QMap<QString, QString> &labels)
{
    QJsonObject o;
    for (auto it = labels.cbegin(); it != labels.cend(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

bool isUnreachable(const prom::Error &e)
{
    using K = prom::Error::Kind;
    return e.kind == K::Network || e.kind == K::ConnectionRefused || e.kind == K::Timeout
        || (e.kind == K::Http && e.httpStatus >= 500);
}

// The workspace's Prometheus (or the one --datasource names); BadInput when there is none.
const DatasourceConfig *prometheusOf(Context &ctx)
{
    const DatasourceConfig *ds = ctx.workspace().config().prometheus(ctx.datasource);
    if (ds && ds->type == DatasourceConfig::Type::Prometheus)
        return ds;
    return nullptr;
}

void reportNoPrometheus(const Context &ctx)
{
    err(ctx.datasource.isEmpty() ? Tr::tr("srectl: the workspace has no Prometheus datasource")
                                 : Tr::tr("srectl: no Prometheus datasource named \"%1\"").arg(ctx.datasource));
}

AlertHistory fetch(const DatasourceConfig &ds, AlertHistoryRequest request)
{
    prom::PrometheusClient client(ds);
    QFuture<AlertHistory> future = fetchAlertHistory(client, request);
    future.waitForFinished();
    const AlertHistory history = future.result();
    for (const QString &w : history.warnings)
        err(Tr::tr("%1: warning from Prometheus: %2").arg(ds.name, w));
    return history;
}

// srectl alerts history [--period 30d|7d] [--from T --to T]
int history(Context &ctx)
{
    const QString usage = Tr::tr(
        "usage: srectl alerts history [--period 30d|7d] [--from TIME --to TIME] [--format table|json|markdown]");
    std::optional<qint64> from, to;
    qint64 period = 30 * kDay;
    for (qsizetype i = 0; i < ctx.args.size(); ++i) {
        const QString opt = ctx.args[i];
        if (i + 1 >= ctx.args.size() || (opt != u"--period" && opt != u"--from" && opt != u"--to")) {
            err(usage);
            return BadInput;
        }
        const QString value = ctx.args[++i];
        if (opt == u"--period") {
            const auto d = parseDuration(value);
            if (!d || d->count() < kStep * 1000) {
                err(Tr::tr("srectl alerts history: --period \"%1\" is not a duration such as 30d or 7d").arg(value));
                return BadInput;
            }
            period = std::chrono::duration_cast<std::chrono::seconds>(*d).count();
            continue;
        }
        const std::optional<qint64> t = parseTime(value);
        if (!t) {
            err(Tr::tr("srectl alerts history: %1 \"%2\" is not RFC 3339 or Unix seconds").arg(opt, value));
            return BadInput;
        }
        (opt == u"--from" ? from : to) = *t;
    }
    const qint64 end = to.value_or(QDateTime::currentSecsSinceEpoch());
    AlertHistoryRequest request = lastPeriod(end, period, ctx.workspace().config().timezone, kStep);
    if (from)
        request.from = *from / kStep * kStep;
    if (request.from >= request.to) {
        err(Tr::tr("srectl alerts history: --from must be before --to"));
        return BadInput;
    }
    const DatasourceConfig *ds = prometheusOf(ctx);
    if (!ds) {
        reportNoPrometheus(ctx);
        return BadInput;
    }
    const AlertHistory h = fetch(*ds, request);
    if (!h.ok()) {
        err(h.error->toString());
        return isUnreachable(*h.error) ? int(Unreachable) : int(BadInput);
    }
    const QTimeZone zone(h.timezone.toUtf8());
    Table table { { Tr::tr("ALERT"), Tr::tr("LABELS"), Tr::tr("FIRINGS"), Tr::tr("PAGES/WEEK"), Tr::tr("NIGHT PAGES"),
                    Tr::tr("TIME FIRING"), Tr::tr("MEDIAN"), Tr::tr("FLAP SCORE"),
                    Tr::tr("LAST FIRED (%1)").arg(h.timezone) },
                  {} };
    QJsonArray json;
    for (const AlertHistoryRow &row : h.rows) {
        QStringList labels;
        for (auto it = row.labels.cbegin(); it != row.labels.cend(); ++it)
            labels << it.key() + u'=' + it.value();
        table.rows << QStringList { row.alertname,
                                    labels.join(u','),
                                    QString::number(row.firingCount()),
                                    QString::number(row.pagesPerWeek, 'f', 1),
                                    QString::number(row.nightPages),
                                    seconds(row.totalSeconds),
                                    seconds(row.medianSeconds),
                                    QString::number(row.flapScore()),
                                    local(row.lastFired(), zone) };
        QJsonArray firings, starts, secondsByHour;
        for (const Firing &f : row.firings) {
            QJsonObject firing { { QStringLiteral("start"), utc(f.start) },
                                 { QStringLiteral("end"), utc(f.end) },
                                 { QStringLiteral("seconds"), f.duration() },
                                 { QStringLiteral("clippedStart"), f.clippedStart },
                                 { QStringLiteral("ongoing"), f.ongoing } };
            if (f.activeSince > 0) // ALERTS_FOR_STATE: active (pending) since, before the period
                firing.insert(QStringLiteral("activeSince"), utc(f.activeSince));
            firings.append(firing);
        }
        for (size_t hour = 0; hour < 24; ++hour) {
            starts.append(row.startsByHour[hour]);
            secondsByHour.append(row.secondsByHour[hour]);
        }
        json.append(QJsonObject { { QStringLiteral("alertname"), row.alertname },
                                  { QStringLiteral("labels"), labelsJson(row.labels) },
                                  { QStringLiteral("from"), utc(h.from) },
                                  { QStringLiteral("to"), utc(h.to) },
                                  { QStringLiteral("timezone"), h.timezone },
                                  { QStringLiteral("firingCount"), row.firingCount() },
                                  { QStringLiteral("pagesPerWeek"), row.pagesPerWeek },
                                  { QStringLiteral("nightPages"), row.nightPages },
                                  { QStringLiteral("totalSeconds"), row.totalSeconds },
                                  { QStringLiteral("medianSeconds"), row.medianSeconds },
                                  { QStringLiteral("flapScore"), row.flapScore() },
                                  { QStringLiteral("shortFirings"), row.shortFirings },
                                  { QStringLiteral("refires"), row.refires },
                                  { QStringLiteral("lastFired"), utc(row.lastFired()) },
                                  { QStringLiteral("startsByHour"), starts },
                                  { QStringLiteral("secondsByHour"), secondsByHour },
                                  { QStringLiteral("firings"), firings } });
    }
    print(ctx, table, json);
    return Ok;
}

QString promQuote(const QString &value)
{
    QString v = value;
    v.replace(u'\\', QStringLiteral("\\\\")).replace(u'"', QStringLiteral("\\\""));
    return u'"' + v + u'"';
}

// srectl alerts seen NAME [--label NAME=VALUE]... [--at TIME]
int seen(Context &ctx)
{
    const QString usage = Tr::tr("usage: srectl alerts seen ALERTNAME [--label NAME=VALUE]... [--at TIME] "
                                 "[--format table|json|markdown]");
    SeenBeforeInput input;
    qint64 at = QDateTime::currentSecsSinceEpoch();
    for (qsizetype i = 0; i < ctx.args.size(); ++i) {
        const QString arg = ctx.args[i];
        if (arg == u"--label" && i + 1 < ctx.args.size()) {
            const QString pair = ctx.args[++i];
            const qsizetype eq = pair.indexOf(u'=');
            if (eq <= 0) {
                err(Tr::tr("srectl alerts seen: --label \"%1\" is not NAME=VALUE").arg(pair));
                return BadInput;
            }
            input.labels.insert(pair.left(eq), pair.mid(eq + 1));
        } else if (arg == u"--at" && i + 1 < ctx.args.size()) {
            const std::optional<qint64> t = parseTime(ctx.args[++i]);
            if (!t) {
                err(Tr::tr("srectl alerts seen: --at \"%1\" is not RFC 3339 or Unix seconds").arg(ctx.args[i]));
                return BadInput;
            }
            at = *t;
        } else if (!arg.startsWith(u'-') && input.alertname.isEmpty()) {
            input.alertname = arg;
        } else {
            err(usage);
            return BadInput;
        }
    }
    if (input.alertname.isEmpty()) {
        err(usage);
        return BadInput;
    }
    ws::Workspace &workspace = ctx.workspace();
    input.rules = workspace.rules().items();
    input.postmortems = workspace.postmortems().items();
    for (const slo::SloSpec &s : workspace.slos().items())
        input.sloIds << s.id();
    const pm::TemplateSet templates = pm::loadTemplatesFor(workspace.dir());
    input.templates = &templates;

    int exit = Ok;
    AlertHistory history;
    if (const DatasourceConfig *ds = prometheusOf(ctx)) {
        AlertHistoryRequest request = lastPeriod(at, 30 * kDay, workspace.config().timezone, kStep);
        request.matchers = QStringLiteral("alertname=") + promQuote(input.alertname);
        history = fetch(*ds, request);
        if (history.ok()) {
            input.history = &history;
        } else {
            // What the workspace knows is still worth printing; the exit code tells a script.
            err(history.error->toString());
            exit = isUnreachable(*history.error) ? int(Unreachable) : int(BadInput);
        }
    } else if (!ctx.datasource.isEmpty()) {
        reportNoPrometheus(ctx);
        return BadInput;
    }
    const SeenBefore s = computeSeenBefore(input);

    QJsonArray postmortems;
    Table table { { Tr::tr("POSTMORTEM"), Tr::tr("STARTED (UTC)"), Tr::tr("CONNECTED BY"), Tr::tr("OPEN ITEMS"),
                    Tr::tr("TITLE") },
                  {} };
    for (const SeenPostmortem &p : s.postmortems) {
        QStringList via, viaKeys;
        for (const Connection c : p.connections) {
            via << connectionText(c);
            viaKeys << connectionKey(c);
        }
        QJsonArray items;
        for (const pm::ActionItem &a : p.openActionItems) {
            items.append(QJsonObject { { QStringLiteral("action"), a.action },
                                       { QStringLiteral("owner"), a.owner },
                                       { QStringLiteral("due"), a.due },
                                       { QStringLiteral("priority"), a.priority },
                                       { QStringLiteral("status"), a.status },
                                       { QStringLiteral("line"), a.line } });
        }
        table.rows << QStringList { p.id, p.started.isValid() ? p.started.toString(Qt::ISODate) : QString(),
                                    via.join(QStringLiteral(", ")), QString::number(p.openActionItems.size()),
                                    p.title };
        postmortems.append(QJsonObject {
            { QStringLiteral("id"), p.id },
            { QStringLiteral("title"), p.title },
            { QStringLiteral("file"), QDir(workspace.dir()).relativeFilePath(p.file) },
            { QStringLiteral("status"), p.status },
            { QStringLiteral("severity"), p.severity },
            { QStringLiteral("started"), p.started.isValid() ? p.started.toString(Qt::ISODate) : QString() },
            { QStringLiteral("connections"), QJsonArray::fromStringList(viaKeys) },
            { QStringLiteral("services"), QJsonArray::fromStringList(p.sharedServices) },
            { QStringLiteral("slos"), QJsonArray::fromStringList(p.sharedSlos) },
            { QStringLiteral("openActionItems"), items } });
    }
    if (ctx.format == Format::Json) {
        QJsonObject historyJson { { QStringLiteral("known"), s.historyKnown } };
        if (s.historyKnown) {
            historyJson.insert(QStringLiteral("from"), utc(s.historyFrom));
            historyJson.insert(QStringLiteral("to"), utc(s.historyTo));
            historyJson.insert(QStringLiteral("firings"), s.firings);
            historyJson.insert(QStringLiteral("lastFired"), s.lastFired ? QJsonValue(utc(s.lastFired)) : QJsonValue());
            historyJson.insert(QStringLiteral("totalSeconds"), s.totalSeconds);
            historyJson.insert(QStringLiteral("flapScore"), s.flapScore);
        }
        out(renderJson(
            QJsonArray { QJsonObject { { QStringLiteral("alertname"), s.alertname },
                                       { QStringLiteral("services"), QJsonArray::fromStringList(s.services) },
                                       { QStringLiteral("slos"), QJsonArray::fromStringList(s.slos) },
                                       { QStringLiteral("history"), historyJson },
                                       { QStringLiteral("postmortems"), postmortems } } }));
        return exit;
    }
    QStringList head { s.alertname };
    if (!s.historyKnown) {
        head << Tr::tr("  history:      unknown (no answer from Prometheus)");
    } else {
        head << Tr::tr("  last fired:   %1")
                    .arg(s.firings ? utc(s.lastFired) : Tr::tr("not in the 30 days to %1").arg(utc(s.historyTo)));
        head << Tr::tr("  firings:      %1 in the 30 days to %2 (%3 firing, flap score %4)")
                    .arg(s.firings)
                    .arg(utc(s.historyTo), seconds(s.totalSeconds))
                    .arg(s.flapScore);
    }
    if (!s.services.isEmpty())
        head << Tr::tr("  services:     %1").arg(s.services.join(QStringLiteral(", ")));
    if (!s.slos.isEmpty())
        head << Tr::tr("  SLOs:         %1").arg(s.slos.join(QStringLiteral(", ")));
    out(head.join(u'\n') + QStringLiteral("\n\n"));
    if (s.postmortems.empty()) {
        out(Tr::tr("No postmortem is connected to %1.\n").arg(s.alertname));
        return exit;
    }
    print(ctx, table, postmortems);
    for (const SeenPostmortem &p : s.postmortems) {
        if (p.openActionItems.isEmpty())
            continue;
        QString text = u'\n' + Tr::tr("Open action items of %1:").arg(p.id) + u'\n';
        for (const pm::ActionItem &a : p.openActionItems) {
            QStringList who;
            if (!a.owner.isEmpty())
                who << a.owner;
            if (!a.due.isEmpty())
                who << a.due;
            text += QStringLiteral("- ") + a.action
                + (who.isEmpty() ? QString() : QStringLiteral(" (") + who.join(QStringLiteral(", ")) + u')') + u'\n';
        }
        out(text);
    }
    return exit;
}

} // namespace

int alertsHistoryCommand(Context &ctx)
{
    return history(ctx);
}

int alertsSeenCommand(Context &ctx)
{
    return seen(ctx);
}

} // namespace sre::cli
