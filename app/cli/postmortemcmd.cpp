// srectl postmortem list | new | lint
#include "context.h"
#include "reportcmds.h"

#include "postmortemcheck.h"

#include "document.h"
#include "figures.h"
#include "lint.h"
#include "resourcedir.h"
#include "tablerows.h"
#include "templates.h"
#include "yamlutil.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonObject>
#include <QSaveFile>

namespace sre::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(srectl)
};

// Options of one verb: `--name value` pairs (repeatable) and positional arguments.
struct Options
{
    QMultiMap<QString, QString> values;
    QStringList positional;

    QString value(const QString &name) const { return values.value(name); }
};

// `flags` are options without a value (--strict); they are stored with the value "1".
std::optional<Options> parseOptions(const QString &verb, const QStringList &args, const QStringList &known,
                                    bool positional, const QStringList &flags = {})
{
    Options o;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        if (!a.startsWith(QStringLiteral("--"))) {
            if (!positional) {
                err(Tr::tr("srectl postmortem %1: unexpected argument \"%2\"").arg(verb, a));
                return std::nullopt;
            }
            o.positional << a;
            continue;
        }
        if (flags.contains(a)) {
            o.values.insert(a, QStringLiteral("1"));
            continue;
        }
        if (!known.contains(a)) {
            err(Tr::tr("srectl postmortem %1: unknown option \"%2\" (expected %3)")
                    .arg(verb, a, (known + flags).join(QStringLiteral(", "))));
            return std::nullopt;
        }
        if (i + 1 >= args.size()) {
            err(Tr::tr("srectl postmortem %1: %2 needs a value").arg(verb, a));
            return std::nullopt;
        }
        o.values.insert(a, args[++i]);
    }
    return o;
}

// A workspace file as the user would type it from where srectl was started: the --workspace
// folder as given, then the path inside the workspace.
QString shownPath(Context &ctx, const QString &file)
{
    return QDir::cleanPath(QDir(ctx.workspaceDir).filePath(QDir(ctx.workspace().dir()).relativeFilePath(file)));
}

std::vector<const pm::Postmortem *> postmortemsOf(ws::Workspace &workspace)
{
    std::vector<const pm::Postmortem *> out;
    for (const pm::Postmortem &p : workspace.postmortems().items())
        if (!p.isTemplate)
            out.push_back(&p);
    return out;
}

QJsonValue timeJson(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODate)) : QJsonValue();
}

QJsonValue secondsJson(const std::optional<qint64> &s)
{
    return s ? QJsonValue(double(*s)) : QJsonValue();
}

// srectl postmortem list [--status S] [--severity S] [--service NAME] [--since DATE] [--until DATE]
int list(Context &ctx)
{
    const QStringList known = { QStringLiteral("--status"), QStringLiteral("--severity"), QStringLiteral("--service"),
                                QStringLiteral("--since"), QStringLiteral("--until") };
    const std::optional<Options> o = parseOptions(QStringLiteral("list"), ctx.args, known, false);
    if (!o)
        return BadInput;
    std::optional<QDate> since, until;
    for (const auto &[name, target] :
         { std::pair { QStringLiteral("--since"), &since }, std::pair { QStringLiteral("--until"), &until } }) {
        if (!o->values.contains(name))
            continue;
        *target = QDate::fromString(o->value(name), Qt::ISODate);
        if (!(*target)->isValid()) {
            err(Tr::tr("srectl postmortem list: %1 \"%2\" is not a date such as 2026-01-31").arg(name, o->value(name)));
            return BadInput;
        }
    }
    ws::Workspace &workspace = ctx.workspace();
    ctx.reportLoadErrors(ws::Part::Postmortems);
    const pm::TemplateSet templates = pm::loadTemplatesFor(workspace.dir());

    std::vector<const pm::Postmortem *> items = postmortemsOf(workspace);
    std::stable_sort(items.begin(), items.end(), [](const pm::Postmortem *a, const pm::Postmortem *b) {
        return a->started != b->started ? a->started > b->started : a->id > b->id;
    });
    Table table { { Tr::tr("ID"), Tr::tr("TITLE"), Tr::tr("SEVERITY"), Tr::tr("STATUS"), Tr::tr("STARTED"),
                    Tr::tr("DURATION"), Tr::tr("SERVICES"), Tr::tr("OPEN ACTIONS") },
                  {} };
    QJsonArray json;
    for (const pm::Postmortem *p : items) {
        if ((o->values.contains(QStringLiteral("--status")) && p->status != o->value(QStringLiteral("--status")))
            || (o->values.contains(QStringLiteral("--severity"))
                && p->severity != o->value(QStringLiteral("--severity")))
            || (o->values.contains(QStringLiteral("--service"))
                && !p->services.contains(o->value(QStringLiteral("--service"))))
            || (since && (!p->started.isValid() || p->started.toUTC().date() < *since))
            || (until && (!p->started.isValid() || p->started.toUTC().date() > *until)))
            continue;
        const pm::PostmortemDocument doc = pm::PostmortemDocument::parse(p->raw, templates.headingsFor(p->templateId));
        const QList<pm::ActionItem> actions = pm::actionItemsOf(doc);
        const auto open
            = std::count_if(actions.cbegin(), actions.cend(), [](const pm::ActionItem &a) { return a.isOpen(); });
        const pm::DerivedFigures figures = pm::derivedFigures(*p);
        const QString started = p->started.isValid()
            ? p->started.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm'Z'"))
            : QStringLiteral("–");
        table.rows << QStringList { p->id,
                                    p->title,
                                    p->severity,
                                    p->status,
                                    started,
                                    pm::formatDuration(figures.impactDuration),
                                    p->services.join(QStringLiteral(", ")),
                                    QStringLiteral("%1/%2").arg(open).arg(actions.size()) };
        json.append(QJsonObject { { QStringLiteral("id"), p->id },
                                  { QStringLiteral("title"), p->title },
                                  { QStringLiteral("severity"), p->severity },
                                  { QStringLiteral("status"), p->status },
                                  { QStringLiteral("started"), timeJson(p->started) },
                                  { QStringLiteral("detected"), timeJson(p->detected) },
                                  { QStringLiteral("mitigated"), timeJson(p->mitigated) },
                                  { QStringLiteral("resolved"), timeJson(p->resolved) },
                                  { QStringLiteral("durationSeconds"), secondsJson(figures.impactDuration) },
                                  { QStringLiteral("timeToDetectSeconds"), secondsJson(figures.timeToDetect) },
                                  { QStringLiteral("timeToMitigateSeconds"), secondsJson(figures.timeToMitigate) },
                                  { QStringLiteral("timeToResolveSeconds"), secondsJson(figures.timeToResolve) },
                                  { QStringLiteral("services"), QJsonArray::fromStringList(p->services) },
                                  { QStringLiteral("slos"), QJsonArray::fromStringList(p->slos) },
                                  { QStringLiteral("authors"), QJsonArray::fromStringList(p->authors) },
                                  { QStringLiteral("template"), p->templateId },
                                  { QStringLiteral("openActionItems"), qint64(open) },
                                  { QStringLiteral("actionItems"), qint64(actions.size()) },
                                  { QStringLiteral("file"), QDir(workspace.dir()).relativeFilePath(p->file) } });
    }
    print(ctx, table, json);
    return Ok;
}

// srectl postmortem new --template NAME --title TEXT [--id ID] [--author NAME]...
int create(Context &ctx)
{
    const QStringList known = { QStringLiteral("--template"), QStringLiteral("--title"), QStringLiteral("--id"),
                                QStringLiteral("--author") };
    const std::optional<Options> o = parseOptions(QStringLiteral("new"), ctx.args, known, false);
    if (!o)
        return BadInput;
    const QString templateId = o->value(QStringLiteral("--template"));
    const QString title = o->value(QStringLiteral("--title")).simplified();
    if (templateId.isEmpty() || title.isEmpty()) {
        err(Tr::tr("usage: srectl postmortem new --template NAME --title TEXT [--id INC-YYYY-NNN] [--author NAME]..."));
        return BadInput;
    }
    ws::Workspace &workspace = ctx.workspace();
    const pm::TemplateSet templates = pm::loadTemplatesFor(workspace.dir());
    for (const Problem &p : templates.problems)
        err(p.toString());
    const pm::Template *tmpl = templates.find(templateId);
    if (!tmpl) {
        QStringList ids;
        for (const pm::Template &t : templates.templates)
            ids << t.id;
        err(Tr::tr("srectl postmortem new: no template \"%1\" (available: %2)")
                .arg(templateId, ids.join(QStringLiteral(", "))));
        return BadInput;
    }
    const QDir dir(QDir(workspace.dir()).filePath(QStringLiteral("postmortems")));
    QString id = o->value(QStringLiteral("--id"));
    if (id.isEmpty()) {
        QStringList ids;
        for (const pm::Postmortem *p : postmortemsOf(workspace))
            ids << p->id;
        for (const QString &name : dir.entryList({ QStringLiteral("*.md") }, QDir::Files))
            ids << QFileInfo(name).completeBaseName();
        id = pm::nextFreeId(ids, QDateTime::currentDateTimeUtc().date().year());
    }
    const QString path = dir.filePath(id + QStringLiteral(".md"));
    if (QFileInfo::exists(path)) {
        err(Tr::tr("srectl postmortem new: %1 already exists; refusing to overwrite it").arg(shownPath(ctx, path)));
        return BadInput;
    }
    if (!QDir().mkpath(dir.path())) {
        err(Tr::tr("srectl postmortem new: cannot create the folder %1").arg(shownPath(ctx, dir.path())));
        return BadInput;
    }
    // Unbuffered: Qt 6.4's QSaveFile commits (renames) even when the write of its buffer
    // failed, e.g. on a full disk, replacing the file with a truncated one (tst_diskfaults).
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered)
        || file.write(pm::newPostmortemFromTemplate(*tmpl, id, title, o->values.values(QStringLiteral("--author")))) < 0
        || !file.commit()) {
        err(Tr::tr("srectl postmortem new: cannot write %1: %2").arg(shownPath(ctx, path), file.errorString()));
        return BadInput;
    }
    out(shownPath(ctx, path) + QLatin1Char('\n'));
    return Ok;
}

// srectl postmortem lint [FILES] [--today DATE]
int lint(Context &ctx)
{
    const std::optional<Options> o = parseOptions(QStringLiteral("lint"), ctx.args, { QStringLiteral("--today") }, true,
                                                  { QStringLiteral("--strict") });
    if (!o)
        return BadInput;
    // Hints (style words) are printed but fail the run only with --strict.
    const bool strict = o->values.contains(QStringLiteral("--strict"));
    QDate today = QDateTime::currentDateTimeUtc().date();
    if (o->values.contains(QStringLiteral("--today"))) {
        today = QDate::fromString(o->value(QStringLiteral("--today")), Qt::ISODate);
        if (!today.isValid()) {
            err(Tr::tr("srectl postmortem lint: --today \"%1\" is not a date such as 2026-01-31")
                    .arg(o->value(QStringLiteral("--today"))));
            return BadInput;
        }
    }
    ws::Workspace &workspace = ctx.workspace();
    const PostmortemChecker checker = PostmortemChecker::load(workspace);
    for (const Problem &p : checker.rules.problems + checker.templates.problems)
        err(p.toString());
    if (hasErrors(checker.rules.problems))
        return BadInput;
    if (checker.rules.rules.empty())
        err(Tr::tr("srectl postmortem lint: warning: no blameless-language rules found (looked in %1 and %2/lint)")
                .arg(pm::builtinResourceDirCandidates().join(QStringLiteral(", ")), workspace.dir()));

    // (file as shown, path) in the order they are reported. Files are read here, not taken from
    // the workspace's store, so that an unreadable one is an error (exit 2), not a silent pass;
    // front matter errors become findings.
    QList<std::pair<QString, QString>> files;
    if (o->positional.isEmpty()) {
        std::vector<const pm::Postmortem *> items = postmortemsOf(workspace);
        std::sort(items.begin(), items.end(),
                  [](const pm::Postmortem *a, const pm::Postmortem *b) { return a->file < b->file; });
        for (const pm::Postmortem *p : items)
            files.append({ shownPath(ctx, p->file), p->file });
    } else {
        for (const QString &file : o->positional)
            files.append({ file, file });
    }
    QList<std::pair<QString, QByteArray>> inputs;
    int exit = Ok;
    for (const auto &[shown, path] : files) {
        Problems problems;
        if (const std::optional<QByteArray> bytes = yaml::readFile(path, problems)) {
            inputs.append({ shown, *bytes });
            continue;
        }
        for (const Problem &p : problems)
            err(p.toString());
        exit = BadInput;
    }

    Table table { { Tr::tr("FILE"), Tr::tr("LINE"), Tr::tr("RULE"), Tr::tr("TEXT"), Tr::tr("SUGGESTION") }, {} };
    QJsonArray json;
    int findings = 0, hints = 0, filesWithFindings = 0;
    for (const auto &[file, bytes] : inputs) {
        QString warning;
        const pm::Findings result = checker.check(bytes, file, today, &warning);
        if (!warning.isEmpty())
            err(warning);
        const int fileHints
            = int(std::count_if(result.cbegin(), result.cend(), [](const pm::Finding &f) { return f.isHint(); }));
        const int counted = int(result.size()) - (strict ? 0 : fileHints);
        findings += int(result.size()) - fileHints;
        hints += fileHints;
        filesWithFindings += counted > 0 ? 1 : 0;
        for (const pm::Finding &f : result) {
            if (ctx.format == Format::Table)
                out(f.toString(file) + QLatin1Char('\n'));
            table.rows << QStringList { file, QString::number(f.line), f.rule, f.text, f.suggestion() };
            json.append(QJsonObject {
                { QStringLiteral("file"), file },
                { QStringLiteral("line"), f.line },
                { QStringLiteral("column"), f.column },
                { QStringLiteral("length"), f.length },
                { QStringLiteral("rule"), f.rule },
                { QStringLiteral("kind"),
                  f.kind == pm::Finding::Kind::Language ? QStringLiteral("language") : QStringLiteral("completeness") },
                { QStringLiteral("severity"), f.isHint() ? QStringLiteral("hint") : QStringLiteral("finding") },
                { QStringLiteral("text"), f.text },
                { QStringLiteral("suggestion"), f.suggestion() },
                { QStringLiteral("note"), f.note } });
        }
    }
    if (ctx.format != Format::Table)
        print(ctx, table, json);
    const int failing = findings + (strict ? hints : 0);
    if (failing > 0)
        err(Tr::tr("%1 findings in %2 of %3 postmortems").arg(failing).arg(filesWithFindings).arg(inputs.size()));
    if (hints > 0 && !strict)
        err(Tr::tr("%n style hint(s), not counted (--strict counts them)", nullptr, hints));
    if (exit != Ok)
        return exit;
    return failing > 0 ? CheckFailed : Ok;
}
} // namespace

int postmortemCommand(Context &ctx, const QString &verb)
{
    if (verb == u"list")
        return list(ctx);
    if (verb == u"new")
        return create(ctx);
    if (verb == u"lint")
        return lint(ctx);
    if (verb == u"impact")
        return postmortemImpactCommand(ctx);
    if (verb == u"export")
        return postmortemExportCommand(ctx);
    err(Tr::tr("srectl postmortem: unknown verb \"%1\" (expected: list, new, lint, impact, export)").arg(verb));
    return BadInput;
}

} // namespace sre::cli
