#include "context.h"

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
} // namespace

int workspaceCommand(Context &ctx, const QString &verb)
{
    if (verb == u"check")
        return check(ctx);
    err(Tr::tr("srectl workspace: unknown verb \"%1\" (expected: check)").arg(verb));
    return BadInput;
}

} // namespace sre::cli
