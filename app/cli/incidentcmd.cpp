// srectl incident declare --alert NAME [--matcher M]... [--at T]: a postmortem draft from firing
// alerts, as the Alerts page's "Declare incident" writes it (models/alerting/incidentdeclare.h).
#include "context.h"

#include "alertmanagerpoller.h"
#include "incidentdeclaration.h"
#include "resolver.h"
#include "settings.h"
#include "silencebuilder.h"

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

QString usageText()
{
    return Tr::tr("usage: srectl incident declare --alert NAME [--matcher MATCHER]... [--at TIME]");
}

int declare(Context &ctx)
{
    QString alertName;
    std::vector<Matcher> matchers;
    QDateTime now = QDateTime::currentDateTimeUtc();
    for (qsizetype i = 0; i < ctx.args.size(); ++i) {
        const QString &a = ctx.args[i];
        if (i + 1 >= ctx.args.size() || (a != u"--alert" && a != u"--matcher" && a != u"--at")) {
            err(usageText());
            return BadInput;
        }
        const QString value = ctx.args[++i];
        if (a == u"--alert") {
            alertName = value;
        } else if (a == u"--matcher") {
            QString error;
            const std::optional<Matcher> m = parseMatcher(value, &error);
            if (!m) {
                err(QStringLiteral("srectl: ") + error);
                return BadInput;
            }
            matchers.push_back(*m);
        } else {
            const std::optional<qint64> t = parseTime(value);
            if (!t) {
                err(Tr::tr("srectl: --at \"%1\" is not RFC 3339 or Unix seconds").arg(value));
                return BadInput;
            }
            now = QDateTime::fromSecsSinceEpoch(*t, QTimeZone::utc());
        }
    }
    if (alertName.isEmpty()) {
        err(usageText());
        return BadInput;
    }
    ws::Workspace &workspace = ctx.workspace();
    AlertmanagerPoller poller;
    if (const std::optional<int> exit = pollAlertmanagers(ctx, poller))
        return *exit;
    const AlertSnapshot snapshot = poller.snapshot();
    std::vector<Alert> alerts;
    for (const Alert &a : snapshot.alerts)
        if (a.name() == alertName && matchesAll(matchers, a.labels))
            alerts.push_back(a);
    if (alerts.empty()) {
        err(Tr::tr("srectl incident declare: no firing alert %1 matches %2")
                .arg(alertName, matchers.empty() ? Tr::tr("(no matchers)") : formatMatchers(matchers)));
        return CheckFailed;
    }
    // The console's "me" setting: srectl has no settings of its own (falls back to the login name).
    const QString consoleMe = Settings(Settings::Owner::Console).me();
    const IncidentRequest request = incidentRequest(workspace, std::move(alerts), snapshot.silences, now, consoleMe);
    const IncidentOutcome outcome = declareIncident(request);
    for (const QString &w : outcome.warnings)
        err(w);
    const DeclaredIncident &declared = outcome.declared;
    if (!declared.ok()) {
        err(QStringLiteral("srectl incident declare: ") + declared.error);
        return BadInput;
    }
    // As the user would type it from where srectl was started.
    const QString shown
        = QDir::cleanPath(QDir(ctx.workspaceDir).filePath(QDir(workspace.dir()).relativeFilePath(declared.path)));
    // Where the incident's checklist comes from: the first alert's runbook. The checklist itself is
    // working state of the console (IncidentChecklist, ticked in the runbook browser); srectl names
    // the runbook so the person handling the incident can open it.
    QString runbook;
    for (const Alert &a : request.alerts) {
        const rb::Resolution r = workspace.runbookResolver()->resolve({ a.name(), a.annotations, {}, 0 });
        if (r.found()) {
            runbook = QDir(workspace.dir()).relativeFilePath(r.location());
            break;
        }
    }
    if (ctx.format == Format::Json) {
        out(renderJson(QJsonArray { QJsonObject { { QStringLiteral("id"), declared.id },
                                                  { QStringLiteral("file"), shown },
                                                  { QStringLiteral("template"), outcome.templateId },
                                                  { QStringLiteral("runbook"), runbook },
                                                  { QStringLiteral("alerts"), qint64(request.alerts.size()) } } }));
        return Ok;
    }
    out(QStringLiteral("%1 %2\n").arg(declared.id, shown));
    return Ok;
}
} // namespace

int incidentCommand(Context &ctx, const QString &verb)
{
    if (verb == u"declare")
        return declare(ctx);
    err(Tr::tr("srectl incident: unknown verb \"%1\" (expected declare)").arg(verb));
    return BadInput;
}

} // namespace sre::cli
