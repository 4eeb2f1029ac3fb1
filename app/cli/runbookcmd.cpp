// srectl runbook for | coverage | lint | search
#include "context.h"

#include "alertrule.h"
#include "checks.h"
#include "searchindex.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

namespace sre::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(srectl)
};

std::vector<rb::AlertRef> alertRefs(ws::Workspace &workspace)
{
    std::vector<rb::AlertRef> refs;
    for (const alerting::AlertRule &r : workspace.rules().items())
        refs.push_back({ r.name, r.annotations, r.file, r.line });
    return refs;
}

// Below the workspace: relative, as people write it; elsewhere (runbook roots may be anywhere): absolute.
QString shown(const ws::Workspace &workspace, const QString &file)
{
    if (file.isEmpty())
        return file;
    const QString rel = QDir(workspace.dir()).relativeFilePath(file);
    return rel.startsWith(QStringLiteral("../")) ? file : rel;
}

QString withMarks(QString text, const QString &open, const QString &close)
{
    return text.replace(rb::kMarkOpen, open).replace(rb::kMarkClose, close);
}

QJsonObject findingJson(const ws::Workspace &workspace, const rb::Finding &f)
{
    return { { QStringLiteral("file"), shown(workspace, f.file) },
             { QStringLiteral("line"), f.line },
             { QStringLiteral("rule"), f.rule },
             { QStringLiteral("message"), f.message } };
}

bool noArguments(const Context &ctx, const QString &verb)
{
    if (ctx.args.isEmpty())
        return true;
    err(Tr::tr("srectl runbook %1: unexpected argument \"%2\"").arg(verb, ctx.args.first()));
    return false;
}

// srectl runbook for ALERTNAME: the local file of the alert's runbook, with #anchor.
int runbookFor(Context &ctx)
{
    if (ctx.args.size() != 1) {
        err(Tr::tr("usage: srectl runbook for ALERTNAME"));
        return BadInput;
    }
    const QString name = ctx.args.first();
    ws::Workspace &workspace = ctx.workspace();
    const std::shared_ptr<const rb::Resolver> shared = workspace.runbookResolver();
    const rb::Resolver &resolver = *shared;
    std::vector<rb::AlertRef> refs;
    for (const rb::AlertRef &a : alertRefs(workspace)) {
        if (a.name == name)
            refs.push_back(a);
    }
    const bool known = !refs.empty();
    if (!known)
        refs.push_back({ name, {}, {}, 0 }); // no rule: front matter, file name and heading still work
    rb::Resolution found;
    rb::Resolution firstFailure;
    for (const rb::AlertRef &a : refs) {
        rb::Resolution r = resolver.resolve(a);
        if (r.found()) {
            found = std::move(r);
            break;
        }
        if (firstFailure.notes.isEmpty() && firstFailure.refused.isEmpty())
            firstFailure = std::move(r);
    }
    if (found.found()) {
        if (ctx.format == Format::Json) {
            const QJsonObject o { { QStringLiteral("alert"), name },
                                  { QStringLiteral("file"), found.file },
                                  { QStringLiteral("anchor"), found.anchor },
                                  { QStringLiteral("method"), rb::methodId(found.method) } };
            out(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented)));
        } else {
            out(found.location() + u'\n');
        }
        for (const QString &note : std::as_const(found.notes))
            err(Tr::tr("srectl runbook for %1: note: %2").arg(name, note));
        return Ok;
    }
    if (!firstFailure.refused.isEmpty())
        err(Tr::tr("srectl runbook for %1: %2").arg(name, firstFailure.refused));
    for (const QString &note : std::as_const(firstFailure.notes))
        err(Tr::tr("srectl runbook for %1: %2").arg(name, note));
    if (!firstFailure.externalUrl.isEmpty())
        err(Tr::tr("srectl runbook for %1: the runbook is on the web only: %2").arg(name, firstFailure.externalUrl));
    err(known ? Tr::tr("srectl runbook for %1: no runbook found").arg(name)
              : Tr::tr("srectl runbook for %1: no runbook found, and no alerting rule of that name in %2")
                    .arg(name, QDir(workspace.dir()).filePath(QStringLiteral("rules"))));
    return CheckFailed;
}

// srectl runbook coverage: alerts without a runbook, runbooks no alert points to, broken links.
int coverage(Context &ctx)
{
    if (!noArguments(ctx, QStringLiteral("coverage")))
        return BadInput;
    ws::Workspace &workspace = ctx.workspace();
    ctx.reportLoadErrors(ws::Part::Rules);
    ctx.reportLoadErrors(ws::Part::Runbooks);
    const std::shared_ptr<const rb::Resolver> shared = workspace.runbookResolver();
    const rb::Resolver &resolver = *shared;
    const rb::CoverageReport report = rb::coverage(alertRefs(workspace), resolver);

    Table table { { Tr::tr("ALERT"), Tr::tr("RUNBOOK"), Tr::tr("FOUND BY") }, {} };
    QJsonArray alerts;
    for (const rb::AlertCoverage &a : report.alerts) {
        const rb::Resolution &r = a.resolution;
        QString where = r.found() ? shown(workspace, r.file) : QStringLiteral("-");
        if (!r.anchor.isEmpty())
            where += u'#' + r.anchor;
        table.rows << QStringList { a.alert.name, where, rb::methodText(r.method) };
        alerts.append(QJsonObject { { QStringLiteral("alert"), a.alert.name },
                                    { QStringLiteral("rule_file"), shown(workspace, a.alert.file) },
                                    { QStringLiteral("rule_line"), a.alert.line },
                                    { QStringLiteral("runbook"), r.found() ? shown(workspace, r.file) : QString() },
                                    { QStringLiteral("anchor"), r.anchor },
                                    { QStringLiteral("method"), rb::methodId(r.method) },
                                    { QStringLiteral("refused"), r.refused },
                                    { QStringLiteral("notes"), QJsonArray::fromStringList(r.notes) } });
    }
    QStringList unreferenced;
    for (const QString &f : report.unreferenced)
        unreferenced << shown(workspace, f);
    const rb::Findings findings = report.findings();
    QJsonArray links;
    for (const rb::Finding &f : report.links)
        links.append(findingJson(workspace, f));

    switch (ctx.format) {
    case Format::Json: {
        const QJsonObject o { { QStringLiteral("alerts"), alerts },
                              { QStringLiteral("unreferenced_runbooks"), QJsonArray::fromStringList(unreferenced) },
                              { QStringLiteral("broken_links"), links },
                              { QStringLiteral("uncovered"), report.uncovered() } };
        out(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented)));
        break;
    }
    case Format::Markdown: {
        out(QStringLiteral("## ") + Tr::tr("Alerts and their runbooks") + QStringLiteral("\n\n")
            + renderMarkdown(table));
        out(QStringLiteral("\n## ") + Tr::tr("Runbooks no alert points to") + QStringLiteral("\n\n"));
        for (const QString &f : std::as_const(unreferenced))
            out(QStringLiteral("- `%1`\n").arg(f));
        out(QStringLiteral("\n## ") + Tr::tr("Problems") + QStringLiteral("\n\n"));
        for (const rb::Finding &f : findings)
            out(QStringLiteral("- `%1`\n").arg(f.toString(workspace.dir())));
        break;
    }
    case Format::Table: {
        out(renderTable(table));
        if (!unreferenced.isEmpty()) {
            out(u'\n' + Tr::tr("Runbooks no alert points to:") + u'\n');
            for (const QString &f : std::as_const(unreferenced))
                out(QStringLiteral("  ") + f + u'\n');
        }
        if (!findings.isEmpty()) {
            out(u'\n' + Tr::tr("Problems:") + u'\n');
            for (const rb::Finding &f : findings)
                out(f.toString(workspace.dir()) + u'\n');
        }
        break;
    }
    }
    err(Tr::tr("%1 alerts: %2 with a runbook, %3 without; %4 runbooks no alert points to; %5 broken links or anchors")
            .arg(report.alerts.size())
            .arg(qsizetype(report.alerts.size()) - report.uncovered())
            .arg(report.uncovered())
            .arg(unreferenced.size())
            .arg(report.links.size()));
    return report.failed() ? CheckFailed : Ok;
}

// srectl runbook lint: template sections, placeholders, empty sections; exit 1 on findings.
int lint(Context &ctx)
{
    if (!noArguments(ctx, QStringLiteral("lint")))
        return BadInput;
    ws::Workspace &workspace = ctx.workspace();
    ctx.reportLoadErrors(ws::Part::Runbooks);
    const rb::Findings findings = rb::lint(workspace.runbooks().items());
    Table table { { Tr::tr("LOCATION"), Tr::tr("RULE"), Tr::tr("MESSAGE") }, {} };
    QJsonArray json;
    for (const rb::Finding &f : findings) {
        table.rows << QStringList { shown(workspace, f.file) + u':' + QString::number(f.line), f.rule, f.message };
        json.append(findingJson(workspace, f));
    }
    if (ctx.format == Format::Table) {
        for (const rb::Finding &f : findings)
            out(f.toString(workspace.dir()) + u'\n');
    } else {
        print(ctx, table, json);
    }
    err(Tr::tr("%1 runbooks, %2 findings").arg(workspace.runbooks().size()).arg(findings.size()));
    return findings.isEmpty() ? Ok : CheckFailed;
}

QString cacheDir()
{
    QString base = qEnvironmentVariable("XDG_CACHE_HOME");
    if (base.isEmpty() || !QDir::isAbsolutePath(base))
        base = QDir::home().filePath(QStringLiteral(".cache"));
    return QDir(base).filePath(QStringLiteral("sre-console"));
}

// srectl runbook search QUERY... [--limit N]
int search(Context &ctx)
{
    QStringList words;
    int limit = 20;
    for (qsizetype i = 0; i < ctx.args.size(); ++i) {
        if (ctx.args[i] == u"--limit") {
            bool ok = false;
            limit = i + 1 < ctx.args.size() ? ctx.args[++i].toInt(&ok) : 0;
            if (!ok || limit <= 0) {
                err(Tr::tr("srectl runbook search: --limit needs a positive number"));
                return BadInput;
            }
            continue;
        }
        words << ctx.args[i];
    }
    const QString query = words.join(u' ').trimmed();
    if (query.isEmpty()) {
        err(Tr::tr("usage: srectl runbook search QUERY [--limit N] [--format json]"));
        return BadInput;
    }
    ws::Workspace &workspace = ctx.workspace();
    QTemporaryDir fallback;
    auto index = std::make_unique<rb::SearchIndex>(rb::SearchIndex::fileFor(cacheDir(), workspace.dir()));
    if (const QString error = index->open(); !error.isEmpty()) {
        err(Tr::tr("srectl runbook search: %1; using a temporary index").arg(error));
        index = std::make_unique<rb::SearchIndex>(rb::SearchIndex::fileFor(fallback.path(), workspace.dir()));
        if (const QString again = index->open(); !again.isEmpty()) {
            err(Tr::tr("srectl runbook search: %1").arg(again));
            return CheckFailed;
        }
    }
    const rb::UpdateStats stats = index->update(workspace.config().runbookPaths);
    for (const QString &e : stats.errors)
        err(Tr::tr("srectl runbook search: %1").arg(e));
    rb::SearchOptions options;
    options.limit = limit;
    options.prefixLastWord = false; // a finished query: prefixes only where written (kubep*)
    const rb::SearchResult result = index->search(query, options);
    if (!result.error.isEmpty()) {
        err(Tr::tr("srectl runbook search: %1").arg(result.error));
        return BadInput;
    }
    Table table { { Tr::tr("RUNBOOK"), Tr::tr("TITLE"), Tr::tr("MATCH") }, {} };
    QJsonArray json;
    const QString bold = QStringLiteral("**");
    for (const rb::SearchHit &h : result.hits) {
        const QString match = h.snippet.isEmpty() || (!h.fullText() && !h.matchedName.isEmpty())
            ? withMarks(h.matchedName, bold, bold)
            : withMarks(h.snippet, bold, bold);
        table.rows << QStringList { shown(workspace, h.path), h.title, match };
        json.append(QJsonObject { { QStringLiteral("path"), h.path },
                                  { QStringLiteral("title"), h.title },
                                  { QStringLiteral("alerts"), QJsonArray::fromStringList(h.alerts) },
                                  { QStringLiteral("snippet"), withMarks(h.snippet, bold, bold) },
                                  { QStringLiteral("matched_name"), withMarks(h.matchedName, bold, bold) },
                                  { QStringLiteral("bm25"), h.bm25 },
                                  { QStringLiteral("fuzzy"), h.fuzzy } });
    }
    print(ctx, table, json);
    if (result.hits.empty())
        err(Tr::tr("srectl runbook search: no runbook matches \"%1\"").arg(query));
    return Ok;
}

} // namespace

int runbookCommand(Context &ctx, const QString &verb)
{
    if (verb == u"for")
        return runbookFor(ctx);
    if (verb == u"coverage")
        return coverage(ctx);
    if (verb == u"lint")
        return lint(ctx);
    if (verb == u"search")
        return search(ctx);
    err(Tr::tr("srectl runbook: unknown verb \"%1\" (expected: for, coverage, lint, search)").arg(verb));
    return BadInput;
}

} // namespace sre::cli
