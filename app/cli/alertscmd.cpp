// srectl alerts list / silence add|list|expire: the live alerts and silences of the workspace's
// Alertmanagers, through the same AlertmanagerPoller as the Alerts page (HA peers merged).
#include "context.h"

#include "alertmanagerpoller.h"
#include "duration.h"
#include "futurewatch.h"
#include "silencebuilder.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonObject>
#include <QTimeZone>
#include <QTimer>
#include <algorithm>

namespace sre::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(srectl)
};

using namespace sre::alerting;

QString utc(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
}

QString stateName(AlertState s)
{
    switch (s) {
    case AlertState::Active: return QStringLiteral("active");
    case AlertState::Suppressed: return QStringLiteral("suppressed");
    case AlertState::Unprocessed: return QStringLiteral("unprocessed");
    }
    return {};
}

QString stateName(SilenceState s)
{
    switch (s) {
    case SilenceState::Active: return QStringLiteral("active");
    case SilenceState::Pending: return QStringLiteral("pending");
    case SilenceState::Expired: return QStringLiteral("expired");
    }
    return {};
}

QJsonObject toJson(const LabelSet &labels)
{
    QJsonObject o;
    for (auto it = labels.cbegin(); it != labels.cend(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

QJsonArray toJson(const std::vector<Matcher> &matchers)
{
    QJsonArray a;
    for (const Matcher &m : matchers)
        a.append(QJsonObject { { QStringLiteral("name"), m.name },
                               { QStringLiteral("value"), m.value },
                               { QStringLiteral("isRegex"), m.isRegex },
                               { QStringLiteral("isEqual"), m.isEqual } });
    return a;
}

// Waits (with an event loop: the poller's answers arrive as queued calls) for one future.
template<typename T> T await(QObject *context, const QFuture<T> &future)
{
    QEventLoop loop;
    T value {};
    onFinished(context, future, [&](const T &v) {
        value = v;
        loop.quit();
    });
    loop.exec();
    return value;
}

// The workspace's Alertmanagers (or the one --datasource names), polled once. Returns an exit
// code when there is none or none answered; errors of single peers go to stderr.
std::optional<int> pollOnce(Context &ctx, AlertmanagerPoller &poller)
{
    std::vector<DatasourceConfig> selected;
    for (const DatasourceConfig &ds : ctx.workspace().config().datasources)
        if (ds.type == DatasourceConfig::Type::Alertmanager && (ctx.datasource.isEmpty() || ds.name == ctx.datasource))
            selected.push_back(ds);
    if (selected.empty()) {
        err(ctx.datasource.isEmpty() ? Tr::tr("srectl: the workspace has no alertmanager datasource")
                                     : Tr::tr("srectl: no alertmanager datasource named \"%1\"").arg(ctx.datasource));
        return int(BadInput);
    }
    poller.setDatasources(selected);
    QEventLoop loop;
    QObject::connect(&poller, &AlertmanagerPoller::snapshotChanged, &loop, &QEventLoop::quit);
    QTimer::singleShot(0, &poller, &AlertmanagerPoller::refreshNow);
    loop.exec();
    const AlertSnapshot snapshot = poller.snapshot();
    for (auto it = snapshot.errors.cbegin(); it != snapshot.errors.cend(); ++it)
        err(it.value());
    if (snapshot.errors.size() == qsizetype(selected.size()))
        return int(Unreachable);
    return std::nullopt;
}

bool parseMatcherArgs(const QString &text, std::vector<Matcher> &into)
{
    QString error;
    const std::optional<Matcher> m = parseMatcher(text, &error);
    if (!m) {
        err(QStringLiteral("srectl: ") + error);
        return false;
    }
    into.push_back(*m);
    return true;
}

// srectl alerts list [--filter MATCHER]...
int alertsList(Context &ctx)
{
    std::vector<Matcher> filter;
    for (qsizetype i = 0; i < ctx.args.size(); ++i) {
        if (ctx.args[i] == u"--filter" && i + 1 < ctx.args.size()) {
            if (!parseMatcherArgs(ctx.args[++i], filter))
                return BadInput;
        } else {
            err(Tr::tr("usage: srectl alerts list [--filter MATCHER]... (MATCHER: name=\"v\", !=, =~, !~)"));
            return BadInput;
        }
    }
    AlertmanagerPoller poller;
    if (const auto exit = pollOnce(ctx, poller))
        return *exit;
    std::vector<Alert> alerts = poller.snapshot().alerts;
    std::erase_if(alerts, [&](const Alert &a) { return !matchesAll(filter, a.labels); });
    std::stable_sort(alerts.begin(), alerts.end(), [](const Alert &a, const Alert &b) {
        return std::tie(a.startsAt, a.fingerprint) < std::tie(b.startsAt, b.fingerprint);
    });
    Table table { { Tr::tr("ALERTNAME"), Tr::tr("SEVERITY"), Tr::tr("STATE"), Tr::tr("SINCE (UTC)"), Tr::tr("LABELS"),
                    Tr::tr("SOURCES") },
                  {} };
    QJsonArray json;
    for (const Alert &a : alerts) {
        LabelSet others = a.labels;
        others.remove(QStringLiteral("alertname"));
        others.remove(QStringLiteral("severity"));
        std::vector<Matcher> shown = exactMatchers(others);
        QString labels = formatMatchers(shown);
        table.rows << QStringList { a.name(),        a.severity(), stateName(a.state),
                                    utc(a.startsAt), labels,       a.sources.join(u',') };
        json.append(QJsonObject { { QStringLiteral("fingerprint"), a.fingerprint },
                                  { QStringLiteral("labels"), toJson(a.labels) },
                                  { QStringLiteral("annotations"), toJson(a.annotations) },
                                  { QStringLiteral("state"), stateName(a.state) },
                                  { QStringLiteral("startsAt"), utc(a.startsAt) },
                                  { QStringLiteral("generatorURL"), a.generatorURL },
                                  { QStringLiteral("silencedBy"), QJsonArray::fromStringList(a.silencedBy) },
                                  { QStringLiteral("inhibitedBy"), QJsonArray::fromStringList(a.inhibitedBy) },
                                  { QStringLiteral("receivers"), QJsonArray::fromStringList(a.receivers) },
                                  { QStringLiteral("sources"), QJsonArray::fromStringList(a.sources) } });
    }
    print(ctx, table, json);
    return Ok;
}

// srectl silence list
int silenceList(Context &ctx)
{
    if (!ctx.args.isEmpty()) {
        err(Tr::tr("usage: srectl silence list"));
        return BadInput;
    }
    AlertmanagerPoller poller;
    if (const auto exit = pollOnce(ctx, poller))
        return *exit;
    std::vector<Silence> silences = poller.snapshot().silences;
    std::stable_sort(silences.begin(), silences.end(), [](const Silence &a, const Silence &b) {
        return std::tie(a.state, a.endsAt, a.id) < std::tie(b.state, b.endsAt, b.id);
    });
    Table table { { Tr::tr("ID"), Tr::tr("STATE"), Tr::tr("MATCHERS"), Tr::tr("CREATED BY"), Tr::tr("ENDS (UTC)"),
                    Tr::tr("COMMENT") },
                  {} };
    QJsonArray json;
    for (const Silence &s : silences) {
        table.rows << QStringList { s.id,        stateName(s.state), formatMatchers(s.matchers),
                                    s.createdBy, utc(s.endsAt),      s.comment };
        json.append(QJsonObject { { QStringLiteral("id"), s.id },
                                  { QStringLiteral("state"), stateName(s.state) },
                                  { QStringLiteral("matchers"), toJson(s.matchers) },
                                  { QStringLiteral("startsAt"), utc(s.startsAt) },
                                  { QStringLiteral("endsAt"), utc(s.endsAt) },
                                  { QStringLiteral("createdBy"), s.createdBy },
                                  { QStringLiteral("comment"), s.comment },
                                  { QStringLiteral("ack"), s.isAck() },
                                  { QStringLiteral("source"), s.source } });
    }
    print(ctx, table, json);
    return Ok;
}

// srectl silence add --matcher M... --duration 2h --comment TEXT [--author NAME] [--start TIME]
int silenceAdd(Context &ctx)
{
    Silence silence;
    std::optional<std::chrono::milliseconds> duration;
    const QString usage = Tr::tr("usage: srectl silence add --matcher MATCHER... --duration 2h --comment TEXT "
                                 "[--author NAME] [--start TIME]");
    for (qsizetype i = 0; i < ctx.args.size(); ++i) {
        const QString opt = ctx.args[i];
        if (i + 1 >= ctx.args.size()) {
            err(usage);
            return BadInput;
        }
        const QString value = ctx.args[++i];
        if (opt == u"--matcher") {
            if (!parseMatcherArgs(value, silence.matchers))
                return BadInput;
        } else if (opt == u"--duration") {
            duration = parseDuration(value);
            if (!duration || duration->count() <= 0) {
                err(Tr::tr("srectl: --duration \"%1\" is not a duration like 2h or 30m").arg(value));
                return BadInput;
            }
        } else if (opt == u"--comment") {
            silence.comment = value;
        } else if (opt == u"--author") {
            silence.createdBy = value;
        } else if (opt == u"--start") {
            const std::optional<qint64> at = parseTime(value);
            if (!at) {
                err(Tr::tr("srectl: --start \"%1\" is not RFC 3339 or Unix seconds").arg(value));
                return BadInput;
            }
            silence.startsAt = QDateTime::fromSecsSinceEpoch(*at, Qt::UTC);
        } else {
            err(usage);
            return BadInput;
        }
    }
    if (silence.matchers.empty() || !duration || silence.comment.trimmed().isEmpty()) {
        err(usage + u'\n' + Tr::tr("srectl: --matcher, --duration and a non-empty --comment are required"));
        return BadInput;
    }
    AlertmanagerPoller poller;
    if (const auto exit = pollOnce(ctx, poller))
        return *exit;
    if (!silence.startsAt.isValid())
        silence.startsAt = QDateTime::currentDateTimeUtc();
    silence.endsAt = silence.startsAt.addMSecs(duration->count());
    const SilenceWriteResult result = await(&poller, poller.createSilence(silence));
    if (!result.ok()) {
        err(result.error);
        return result.httpStatus >= 400 && result.httpStatus < 500 ? int(BadInput) : int(Unreachable);
    }
    if (ctx.format == Format::Json)
        out(renderJson(QJsonArray {
            QJsonObject { { QStringLiteral("id"), result.id }, { QStringLiteral("source"), result.source } } }));
    else
        out(result.id + u'\n');
    return Ok;
}

// srectl silence expire ID...
int silenceExpire(Context &ctx)
{
    if (ctx.args.isEmpty()
        || std::any_of(ctx.args.begin(), ctx.args.end(), [](const QString &a) { return a.startsWith(u'-'); })) {
        err(Tr::tr("usage: srectl silence expire ID..."));
        return BadInput;
    }
    AlertmanagerPoller poller;
    if (const auto exit = pollOnce(ctx, poller))
        return *exit;
    int exit = Ok;
    for (const QString &id : ctx.args) {
        const AmReply reply = await(&poller, poller.expireSilence(id));
        if (reply.ok()) {
            out(Tr::tr("expired %1\n").arg(id));
            continue;
        }
        err(reply.error);
        const bool refused = reply.httpStatus >= 400 && reply.httpStatus < 500;
        exit = std::max(exit, refused ? int(BadInput) : int(Unreachable));
    }
    return exit;
}

} // namespace

std::optional<int> pollAlertmanagers(Context &ctx, AlertmanagerPoller &poller)
{
    return pollOnce(ctx, poller);
}

int alertsCommand(Context &ctx, const QString &verb)
{
    if (verb == u"list")
        return alertsList(ctx);
    if (verb == u"history")
        return alertsHistoryCommand(ctx);
    if (verb == u"seen")
        return alertsSeenCommand(ctx);
    err(Tr::tr("srectl alerts: unknown verb \"%1\" (expected list, history or seen)").arg(verb));
    return BadInput;
}

int silenceCommand(Context &ctx, const QString &verb)
{
    if (verb == u"add")
        return silenceAdd(ctx);
    if (verb == u"list")
        return silenceList(ctx);
    if (verb == u"expire")
        return silenceExpire(ctx);
    err(Tr::tr("srectl silence: unknown verb \"%1\" (expected add, list or expire)").arg(verb));
    return BadInput;
}

} // namespace sre::cli
