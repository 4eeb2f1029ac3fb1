#include "context.h"
#include "reportcmds.h"

#include "duration.h"
#include "prometheusclient.h"
#include "sloengine.h"
#include "storemodels.h"
#include "window.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonObject>
#include <cmath>
#include <set>
#include <variant>

namespace sre::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(srectl)
};

using slo::windowText;

// srectl slo list
int list(Context &ctx)
{
    ws::Workspace &workspace = ctx.workspace();
    ctx.reportLoadErrors(ws::Part::Slos);
    Table table { { Tr::tr("ID"), Tr::tr("OBJECTIVE"), Tr::tr("WINDOW"), Tr::tr("FORMAT"), Tr::tr("FILE") }, {} };
    QJsonArray json;
    for (const slo::SloSpec &s : workspace.slos().items()) {
        const QString where
            = QDir(workspace.dir()).relativeFilePath(s.file) + QLatin1Char(':') + QString::number(s.line);
        table.rows << QStringList { s.id(), formatObjective(s.objective), windowText(s), s.sourceFormat, where };
        json.append(QJsonObject { { QStringLiteral("id"), s.id() },
                                  { QStringLiteral("service"), s.service },
                                  { QStringLiteral("name"), s.name },
                                  { QStringLiteral("objective"), s.objective },
                                  { QStringLiteral("window"), windowText(s) },
                                  { QStringLiteral("format"), s.sourceFormat },
                                  { QStringLiteral("file"), s.file },
                                  { QStringLiteral("line"), s.line } });
    }
    print(ctx, table, json);
    return Ok;
}
// Options of `slo report` and `slo gate`.
struct Selection
{
    QStringList ids;
    qint64 at = 0;
    std::optional<std::chrono::seconds> window;
    std::optional<slo::NamedPeriod> period;
    QString periodName;
    double minRemaining = 0.0;
    std::optional<double> maxBurn;
    QString burnWindow = QStringLiteral("1h");
    bool raw = false; // --raw: the SLO's own queries only, never the recorded series of its rules
};

// Parses the verb's options; returns an exit code on a usage error.
std::optional<int> parseSelection(Context &ctx, Selection &sel, bool gate)
{
    sel.at = QDateTime::currentSecsSinceEpoch();
    static const QStringList burnWindows
        = { QStringLiteral("5m"), QStringLiteral("30m"), QStringLiteral("1h"), QStringLiteral("2h"),
            QStringLiteral("6h"), QStringLiteral("1d"),  QStringLiteral("3d") };
    QStringList options = { QStringLiteral("--slo"), QStringLiteral("--at"), QStringLiteral("--window"),
                            QStringLiteral("--period"), QStringLiteral("--raw") };
    if (gate)
        options << QStringLiteral("--min-remaining") << QStringLiteral("--max-burn") << QStringLiteral("--burn-window");
    const QStringList &a = ctx.args;
    for (qsizetype i = 0; i < a.size(); ++i) {
        const QString opt = a[i];
        if (!options.contains(opt)) {
            err(Tr::tr("srectl slo: unknown option \"%1\" (expected %2)").arg(opt, options.join(QStringLiteral(", "))));
            return BadInput;
        }
        if (opt == u"--raw") { // the one flag without a value
            sel.raw = true;
            continue;
        }
        if (i + 1 >= a.size()) {
            err(Tr::tr("srectl slo: %1 needs a value").arg(opt));
            return BadInput;
        }
        const QString v = a[++i];
        bool ok = true;
        if (opt == u"--slo") {
            sel.ids << v;
        } else if (opt == u"--at") {
            const auto t = parseTime(v);
            ok = t.has_value();
            sel.at = t.value_or(0);
        } else if (opt == u"--window") {
            const auto d = parseDuration(v);
            ok = d && d->count() > 0;
            if (ok)
                sel.window = std::chrono::duration_cast<std::chrono::seconds>(*d);
        } else if (opt == u"--period") {
            sel.periodName = v;
            sel.period = slo::namedPeriod(v, ctx.workspace().config().timezone);
            ok = sel.period.has_value();
        } else if (opt == u"--min-remaining") {
            sel.minRemaining = v.toDouble(&ok);
        } else if (opt == u"--max-burn") {
            sel.maxBurn = v.toDouble(&ok);
        } else if (opt == u"--burn-window") {
            sel.burnWindow = v;
            ok = burnWindows.contains(v);
        }
        if (!ok) {
            static const QMap<QString, const char *> expected
                = { { QStringLiteral("--at"), QT_TRANSLATE_NOOP("srectl", "RFC 3339 or Unix seconds") },
                    { QStringLiteral("--window"), QT_TRANSLATE_NOOP("srectl", "a duration such as 30d") },
                    { QStringLiteral("--period"),
                      QT_TRANSLATE_NOOP("srectl", "a period such as 2026-10, 2026-Q4 or 2026-W44") },
                    { QStringLiteral("--min-remaining"), QT_TRANSLATE_NOOP("srectl", "a fraction such as 0.1") },
                    { QStringLiteral("--max-burn"), QT_TRANSLATE_NOOP("srectl", "a number such as 14.4") },
                    { QStringLiteral("--burn-window"),
                      QT_TRANSLATE_NOOP("srectl", "one of 5m, 30m, 1h, 2h, 6h, 1d, 3d") } };
            err(Tr::tr("srectl slo: %1 \"%2\" is not %3").arg(opt, v, Tr::tr(expected.value(opt))));
            return BadInput;
        }
    }
    if (sel.window && sel.period) {
        err(Tr::tr("srectl slo: --window and --period cannot be combined"));
        return BadInput;
    }
    return std::nullopt;
}

// The SLOs asked for, with the window overridden; an unknown id is a usage error.
std::optional<std::vector<slo::SloSpec>> selectSpecs(Context &ctx, Selection &sel)
{
    ws::Workspace &workspace = ctx.workspace();
    std::vector<slo::SloSpec> specs;
    sel.ids.removeDuplicates(); // the same SLO twice would be evaluated (and cancelled) twice
    for (const QString &id : std::as_const(sel.ids)) {
        const slo::SloSpec *spec = workspace.findSlo(id);
        if (!spec) {
            err(Tr::tr("srectl slo: no SLO \"%1\" in %2 (see srectl slo list)").arg(id, workspace.dir()));
            return std::nullopt;
        }
        specs.push_back(*spec);
    }
    if (sel.ids.isEmpty())
        specs = workspace.slos().items();
    const qint64 requested = sel.at;
    for (slo::SloSpec &s : specs) {
        if (sel.window) {
            s.window = *sel.window;
            s.calendar.reset();
        } else if (sel.period) {
            // The same resolution as `report budget` and the SLO page: a running period is the
            // calendar period so far, an ended one the rolling window that ends where it ends.
            const slo::PeriodEvaluation p
                = slo::evaluateOverPeriod(s, *sel.period, workspace.config().timezone, requested);
            s = p.spec;
            sel.at = p.at;
        }
    }
    return specs;
}

// Evaluates; prints errors; returns the evaluations or the exit code when Prometheus failed.
// `raw`: only the SLOs' own queries, on the engine's 5m grid ending at `at`; else the recorded
// series of the generated rules where they agree with them, on the rule group's grid (see
// models/fastpath).
std::variant<QList<SloEvaluation>, int> evaluate(Context &ctx, const std::vector<slo::SloSpec> &specs, qint64 at,
                                                 bool raw)
{
    const DatasourceConfig *ds = ctx.workspace().config().prometheus(ctx.datasource);
    if (!ds || ds->type != DatasourceConfig::Type::Prometheus) {
        err(ctx.datasource.isEmpty() ? Tr::tr("srectl: the workspace has no Prometheus datasource")
                                     : Tr::tr("srectl: no Prometheus datasource named \"%1\"").arg(ctx.datasource));
        return int(BadInput);
    }
    prom::PrometheusClient client(*ds);
    SloEngine engine(client);
    engine.setFastPath(raw ? SloEngine::FastPath::Off : SloEngine::FastPath::On);
    auto future = engine.evaluateAll(specs, at);
    future.waitForFinished();
    const QList<SloEvaluation> results = future.result();
    int exit = Ok;
    for (const SloEvaluation &e : results) {
        for (const QString &w : e.warnings)
            err(Tr::tr("%1: warning from Prometheus: %2").arg(e.spec.id(), w));
        if (!e.error)
            continue;
        err(QStringLiteral("%1:%2: %3: %4").arg(e.spec.file).arg(e.spec.line).arg(e.spec.id(), e.error->toString()));
        using K = prom::Error::Kind;
        const bool unreachable = e.error->kind == K::Network || e.error->kind == K::ConnectionRefused
            || e.error->kind == K::Timeout || (e.error->kind == K::Http && e.error->httpStatus >= 500);
        exit = std::max(exit, unreachable ? int(Unreachable) : int(BadInput));
    }
    if (exit != Ok)
        return exit;
    return results;
}

QString percent(std::optional<double> v, int decimals = 3)
{
    return v ? QString::number(*v * 100.0, 'f', decimals) + QStringLiteral(" %") : QStringLiteral("–");
}

QString number(std::optional<double> v, int decimals = 2)
{
    return v ? QString::number(*v, 'f', decimals) : QStringLiteral("–");
}

// The common start of `report` and `gate`: options, the SLOs asked for, their evaluation; or the
// exit code when any of it failed.
std::variant<QList<SloEvaluation>, int> selectAndEvaluate(Context &ctx, Selection &sel, bool gate)
{
    if (const auto code = parseSelection(ctx, sel, gate))
        return *code;
    const auto specs = selectSpecs(ctx, sel);
    if (!specs)
        return int(BadInput);
    return evaluate(ctx, *specs, sel.at, sel.raw);
}

// The rows of report and gate: each SLO, or each group of an SLO with groupBy (worst first), since
// the objective holds for every group on its own.
std::vector<slo::SloReport> rowsOf(const QList<SloEvaluation> &evaluations)
{
    std::vector<slo::SloReport> rows;
    for (const SloEvaluation &e : evaluations) {
        if (e.groups.empty()) { // no groups, or no group has data yet: the gate must see "no data"
            rows.push_back(e.report);
            continue;
        }
        for (const SloGroupEvaluation &g : e.groups)
            rows.push_back(g.report);
    }
    return rows;
}

// `{handler="/pay"}`, or nothing for an SLO without groups.
QString groupText(const QMap<QString, QString> &group)
{
    if (group.isEmpty())
        return {};
    QStringList parts;
    for (auto it = group.cbegin(); it != group.cend(); ++it)
        parts << QStringLiteral("%1=\"%2\"").arg(it.key(), it.value());
    return QLatin1Char('{') + parts.join(QLatin1Char(',')) + QLatin1Char('}');
}

// srectl slo report
int report(Context &ctx)
{
    Selection sel;
    const auto evaluated = selectAndEvaluate(ctx, sel, false);
    if (const int *code = std::get_if<int>(&evaluated))
        return *code;
    Table table { { Tr::tr("ID"), Tr::tr("OBJECTIVE"), Tr::tr("WINDOW"), Tr::tr("SLI"), Tr::tr("BUDGET LEFT"),
                    Tr::tr("BURN 1h"), Tr::tr("BURN 6h"), Tr::tr("BAD / TOTAL"), Tr::tr("STATUS") },
                  {} };
    QJsonArray json;
    std::set<QString> noted; // "data only from" once per SLO, not once per group
    for (const slo::SloReport &reported : rowsOf(std::get<QList<SloEvaluation>>(evaluated))) {
        slo::SloReport r = reported;
        if (sel.period)
            r.window = sel.periodName;
        QJsonObject o = slo::toJson(r);
        json.append(o);
        if (r.dataFrom && (r.group.isEmpty() || noted.insert(r.id).second))
            err(Tr::tr("%1: data only from %2: the numbers cover part of the window")
                    .arg(r.id, QDateTime::fromSecsSinceEpoch(*r.dataFrom, Qt::UTC).toString(Qt::ISODate)));
        table.rows << QStringList { r.id + groupText(r.group),
                                    formatObjective(r.objective),
                                    r.window,
                                    percent(r.sli),
                                    percent(r.errorBudgetRemaining, 1),
                                    number(r.burnRate(u"1h")),
                                    number(r.burnRate(u"6h")),
                                    QStringLiteral("%1 / %2").arg(r.badEvents, 0, 'f', 0).arg(r.totalEvents, 0, 'f', 0),
                                    slo::statusName(r.status) };
    }
    print(ctx, table, json);
    return Ok;
}

// srectl slo gate: the deploy gate of an error-budget policy.
int gate(Context &ctx)
{
    Selection sel;
    const auto evaluated = selectAndEvaluate(ctx, sel, true);
    if (const int *code = std::get_if<int>(&evaluated))
        return *code;
    int failed = 0;
    for (const slo::SloReport &r : rowsOf(std::get<QList<SloEvaluation>>(evaluated))) {
        const QString id = r.id + groupText(r.group);
        QStringList why;
        if (!r.errorBudgetRemaining)
            why << Tr::tr("no data: no events in the window, so the budget cannot be checked");
        else if (*r.errorBudgetRemaining < sel.minRemaining)
            why << Tr::tr("error budget remaining %1 is below %2")
                       .arg(percent(r.errorBudgetRemaining, 2), percent(sel.minRemaining, 2));
        if (sel.maxBurn) {
            const auto burn = r.burnRate(sel.burnWindow);
            if (burn && *burn > *sel.maxBurn)
                why << Tr::tr("burn rate over %1 is %2, above %3")
                           .arg(sel.burnWindow, number(burn), number(sel.maxBurn));
        }
        if (why.isEmpty()) {
            out(Tr::tr("PASS %1 (budget left %2)\n").arg(id, percent(r.errorBudgetRemaining, 2)));
        } else {
            ++failed;
            err(Tr::tr("FAIL %1: %2").arg(id, why.join(QStringLiteral("; "))));
        }
    }
    return failed > 0 ? CheckFailed : Ok;
}
} // namespace

std::optional<qint64> parseTime(const QString &text)
{
    bool ok = false;
    const double unix = text.toDouble(&ok);
    if (ok)
        return qint64(std::floor(unix));
    const QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (t.isValid())
        return t.toSecsSinceEpoch();
    return std::nullopt;
}

int sloCommand(Context &ctx, const QString &verb)
{
    if (verb == u"list")
        return list(ctx);
    if (verb == u"report")
        return report(ctx);
    if (verb == u"gate")
        return gate(ctx);
    if (verb == u"rules")
        return sloRulesCommand(ctx);
    if (verb == u"replay")
        return sloReplayCommand(ctx);
    if (verb == u"audit")
        return sloAuditCommand(ctx);
    err(Tr::tr("srectl slo: unknown verb \"%1\" (expected: list, report, gate, rules, replay, audit)").arg(verb));
    return BadInput;
}

} // namespace sre::cli
