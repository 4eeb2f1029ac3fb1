#include "context.h"
#include "workspaceinit.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace sre::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(srectl)
};

// srectl workspace check: every problem, "file:line: message"; exit 1 when any is an error.
int check(Context &ctx)
{
    ws::Workspace &workspace = ctx.workspace();
    const Problems problems = workspace.problems();
    QJsonArray json;
    Table table { { Tr::tr("SEVERITY"), Tr::tr("LOCATION"), Tr::tr("PROBLEM") }, {} };
    for (const Problem &p : problems) {
        json.append(QJsonObject {
            { QStringLiteral("severity"), p.isError() ? QStringLiteral("error") : QStringLiteral("warning") },
            { QStringLiteral("file"), p.file },
            { QStringLiteral("line"), p.line },
            { QStringLiteral("message"), p.message } });
    }
    if (ctx.format == Format::Json) {
        print(ctx, table, json);
    } else {
        for (const Problem &p : problems)
            out(p.toString() + QLatin1Char('\n'));
        const auto errors
            = std::count_if(problems.cbegin(), problems.cend(), [](const Problem &p) { return p.isError(); });
        err(Tr::tr("%1: %2 SLOs, %3 postmortems, %4 runbooks, %5 alerting rules; %6 errors, %7 warnings")
                .arg(workspace.dir())
                .arg(workspace.slos().size())
                .arg(workspace.postmortems().size())
                .arg(workspace.runbooks().size())
                .arg(workspace.rules().size())
                .arg(errors)
                .arg(problems.size() - errors));
    }
    return hasErrors(problems) ? CheckFailed : Ok;
}
// srectl workspace init DIR --prometheus URL [--alertmanager URL] [--name N] [--timezone TZ]
//   [--bearer-token-file F | --basic-auth-user U --basic-auth-password-file F] [--runbook-path P]...
// The same writer as the GUI's "Create a workspace" wizard; prints the new workspace.yaml's path.
int init(Context &ctx)
{
    ws::WorkspaceInit init;
    const QStringList &args = ctx.args;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        const bool isOption = a.startsWith(QStringLiteral("--"));
        if (isOption && i + 1 >= args.size()) {
            err(Tr::tr("srectl workspace init: %1 needs a value\n").arg(a));
            return BadInput;
        }
        if (a == u"--prometheus")
            init.prometheusUrl = QUrl(args[++i], QUrl::StrictMode);
        else if (a == u"--alertmanager")
            init.alertmanagerUrl = QUrl(args[++i], QUrl::StrictMode);
        else if (a == u"--name")
            init.name = args[++i];
        else if (a == u"--timezone")
            init.timezone = args[++i];
        else if (a == u"--bearer-token-file")
            init.bearerTokenFile = args[++i];
        else if (a == u"--basic-auth-user")
            init.basicAuthUser = args[++i];
        else if (a == u"--basic-auth-password-file")
            init.basicAuthPasswordFile = args[++i];
        else if (a == u"--runbook-path")
            init.runbookPaths << args[++i];
        else if (isOption) {
            err(Tr::tr("srectl workspace init: unknown option %1\n").arg(a));
            return BadInput;
        } else if (init.dir.isEmpty()) {
            init.dir = a;
        } else {
            err(Tr::tr("srectl workspace init: one folder only, got %1 and %2\n").arg(init.dir, a));
            return BadInput;
        }
    }
    if (init.dir.isEmpty() || init.prometheusUrl.isEmpty()) {
        err(Tr::tr("usage: srectl workspace init DIR --prometheus URL [--alertmanager URL] [--name NAME] "
                   "[--timezone TZ]\n"
                   "         [--bearer-token-file FILE | --basic-auth-user USER --basic-auth-password-file FILE] "
                   "[--runbook-path DIR]...\n"));
        return BadInput;
    }
    if (!init.bearerTokenFile.isEmpty() && (!init.basicAuthUser.isEmpty() || !init.basicAuthPasswordFile.isEmpty())) {
        err(Tr::tr("srectl workspace init: choose a bearer token or basic auth, not both\n"));
        return BadInput;
    }
    if (!init.bearerTokenFile.isEmpty())
        init.auth = ws::WorkspaceInit::Auth::BearerTokenFile;
    else if (!init.basicAuthUser.isEmpty() || !init.basicAuthPasswordFile.isEmpty())
        init.auth = ws::WorkspaceInit::Auth::BasicAuth;
    const ws::InitResult result = ws::initWorkspace(init);
    if (!result.ok()) {
        err(QStringLiteral("srectl workspace init: %1\n").arg(result.error));
        return BadInput;
    }
    out(result.workspaceFile + QLatin1Char('\n'));
    return Ok;
}
} // namespace

int workspaceCommand(Context &ctx, const QString &verb)
{
    if (verb == u"check")
        return check(ctx);
    if (verb == u"init")
        return init(ctx);
    err(Tr::tr("srectl workspace: unknown verb \"%1\" (expected: check, init)").arg(verb));
    return BadInput;
}

} // namespace sre::cli
