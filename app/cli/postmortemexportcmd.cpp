// srectl postmortem impact ID [--write] [--at T]; srectl postmortem export ID --format html|pdf -o FILE
#include "reportcmds.h"

#include "budgetreport.h"
#include "incidentimpact.h"
#include "reporthtml.h"
#include "sloengine.h"
#include "templates.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sre::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(srectl)
};

struct Args
{
    QString id;
    QMap<QString, QString> values;
    bool write = false;
};

std::optional<Args> parseArgs(const QString &verb, const QStringList &args, const QStringList &valued, bool writeFlag)
{
    Args o;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        if (writeFlag && a == u"--write") {
            o.write = true;
        } else if (valued.contains(a)) {
            if (i + 1 >= args.size()) {
                err(Tr::tr("srectl postmortem %1: %2 needs a value").arg(verb, a));
                return std::nullopt;
            }
            o.values.insert(a, args[++i]);
        } else if (!a.startsWith(u'-') && o.id.isEmpty()) {
            o.id = a;
        } else {
            err(Tr::tr("srectl postmortem %1: unexpected argument \"%2\"").arg(verb, a));
            return std::nullopt;
        }
    }
    if (o.id.isEmpty()) {
        err(Tr::tr("srectl postmortem %1: which postmortem? Give its id, e.g. INC-2025-001").arg(verb));
        return std::nullopt;
    }
    return o;
}

QJsonObject impactJson(const reports::ImpactResult &r)
{
    const reports::IntervalImpact &i = r.impact;
    const auto iso = [](qint64 t) { return QDateTime::fromSecsSinceEpoch(t, Qt::UTC).toString(Qt::ISODate); };
    QJsonObject o { { QStringLiteral("slo"), r.spec.id() },
                    { QStringLiteral("objective"), r.spec.objective },
                    { QStringLiteral("counted_from"), iso(i.counted.start) },
                    { QStringLiteral("counted_to"), iso(i.counted.end) },
                    { QStringLiteral("budget_window_start"), iso(i.budgetWindow.start) },
                    { QStringLiteral("budget_window_end"), iso(i.budgetWindow.end) },
                    { QStringLiteral("bad_events"), i.badEvents },
                    { QStringLiteral("total_events"), i.totalEvents },
                    { QStringLiteral("allowed_bad_events"), i.allowedBadEvents },
                    { QStringLiteral("budget_share"), i.budgetShare ? QJsonValue(*i.budgetShare) : QJsonValue() } };
    if (r.error)
        o.insert(QStringLiteral("error"), r.error->toString());
    return o;
}

} // namespace

int postmortemImpactCommand(Context &ctx)
{
    const auto o = parseArgs(QStringLiteral("impact"), ctx.args, { QStringLiteral("--at") }, true);
    if (!o)
        return BadInput;
    qint64 now = QDateTime::currentSecsSinceEpoch();
    if (o->values.contains(QStringLiteral("--at"))) {
        const auto t = parseTime(o->values.value(QStringLiteral("--at")));
        if (!t) {
            err(Tr::tr("srectl postmortem impact: --at is not RFC 3339 or Unix seconds"));
            return BadInput;
        }
        now = *t;
    }
    ws::Workspace &workspace = ctx.workspace();
    const pm::Postmortem *p = workspace.findPostmortem(o->id);
    if (!p) {
        err(Tr::tr("srectl postmortem impact: no postmortem \"%1\" in %2 (see srectl postmortem list)")
                .arg(o->id, workspace.dir()));
        return BadInput;
    }
    if (!p->started.isValid()) {
        err(Tr::tr("%1: the postmortem has no `started:` time, so there is no interval to measure").arg(p->file));
        return BadInput;
    }
    auto opened = openEngine(ctx);
    if (const int *code = std::get_if<int>(&opened))
        return *code;
    auto future
        = reports::computePostmortemImpact(*std::get<EngineHandle>(opened).engine, *p, workspace.slos().items(), now);
    future.waitForFinished();
    const reports::PostmortemImpact impact = future.result();
    int exit = Ok;
    for (const reports::ImpactResult &r : impact.slos)
        if (r.error)
            exit = std::max(exit, reportPrometheusError(r.spec, *r.error));
    if (exit != Ok)
        return exit;

    const pm::TemplateSet templates = pm::loadTemplatesFor(workspace.dir());
    const pm::Template *tmpl = templates.find(p->templateId);
    const pm::TableHeadings headings = templates.headingsFor(p->templateId);
    const QString language
        = reports::documentLanguage(pm::PostmortemDocument::parse(p->raw, headings), tmpl ? tmpl->language : QString());
    const QString block = reports::impactMarkdown(impact, language, workspace.config().timezone);
    if (o->write) {
        const QByteArray bytes = reports::withImpactSection(p->raw, headings, block, language);
        if (const int code = writeOutput(QStringLiteral("postmortem impact"), p->file, bytes); code != Ok)
            return code;
        out(QDir(ctx.workspaceDir).filePath(QDir(workspace.dir()).relativeFilePath(p->file)) + QLatin1Char('\n'));
        return Ok;
    }
    if (ctx.format == Format::Json) {
        QJsonArray slos;
        for (const reports::ImpactResult &r : impact.slos)
            slos.append(impactJson(r));
        const QJsonObject json { { QStringLiteral("id"), p->id },
                                 { QStringLiteral("slos"), slos },
                                 { QStringLiteral("unknown_slos"), QJsonArray::fromStringList(impact.unknownSlos) } };
        out(QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented)));
        return Ok;
    }
    out(block + QLatin1Char('\n'));
    return Ok;
}

// The impact chart needs Prometheus; without a reachable one the postmortem is still exported,
// with a warning, since the document itself is what matters.
int postmortemExportCommand(Context &ctx)
{
    const auto o = parseArgs(
        QStringLiteral("export"), ctx.args,
        { QStringLiteral("--format"), QStringLiteral("-o"), QStringLiteral("--output"), QStringLiteral("--at") },
        false);
    if (!o)
        return BadInput;
    const QString format = formatName(ctx, o->values.value(QStringLiteral("--format")));
    const QString output = o->values.value(QStringLiteral("-o"), o->values.value(QStringLiteral("--output")));
    if (format != u"html" && format != u"pdf") {
        err(Tr::tr("srectl postmortem export: --format must be html or pdf"));
        return BadInput;
    }
    if (output.isEmpty()) {
        err(Tr::tr("srectl postmortem export: give the file to write with -o FILE"));
        return BadInput;
    }
    qint64 now = QDateTime::currentSecsSinceEpoch();
    if (o->values.contains(QStringLiteral("--at"))) {
        const auto t = parseTime(o->values.value(QStringLiteral("--at")));
        if (!t) {
            err(Tr::tr("srectl postmortem export: --at is not RFC 3339 or Unix seconds"));
            return BadInput;
        }
        now = *t;
    }
    ws::Workspace &workspace = ctx.workspace();
    const pm::Postmortem *p = workspace.findPostmortem(o->id);
    if (!p) {
        err(Tr::tr("srectl postmortem export: no postmortem \"%1\" in %2 (see srectl postmortem list)")
                .arg(o->id, workspace.dir()));
        return BadInput;
    }
    const pm::TemplateSet templates = pm::loadTemplatesFor(workspace.dir());
    const pm::TableHeadings headings = templates.headingsFor(p->templateId);
    std::optional<reports::PostmortemImpact> impact;
    if (p->started.isValid() && workspace.config().prometheus(ctx.datasource)) {
        auto opened = openEngine(ctx);
        if (EngineHandle *h = std::get_if<EngineHandle>(&opened)) {
            auto future = reports::computePostmortemImpact(*h->engine, *p, workspace.slos().items(), now);
            future.waitForFinished();
            impact = future.result();
            for (const reports::ImpactResult &r : impact->slos)
                if (r.error)
                    err(Tr::tr("srectl postmortem export: warning: no impact chart for %1: %2")
                            .arg(r.spec.id(), r.error->toString()));
        }
    }
    const QString error = reports::writeDocument(
        reports::postmortemHtml(p->raw, headings, workspace.config().timezone, impact ? &*impact : nullptr), format,
        output);
    if (!error.isEmpty()) {
        err(Tr::tr("srectl postmortem export: %1").arg(error));
        return BadInput;
    }
    return Ok;
}

} // namespace sre::cli
