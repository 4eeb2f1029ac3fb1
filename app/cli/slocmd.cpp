#include "context.h"

#include "duration.h"
#include "storemodels.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonObject>

namespace sre::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(srectl)
};

QString windowText(const slo::SloSpec &s)
{
    if (!s.calendar)
        return formatDuration(std::chrono::duration_cast<std::chrono::milliseconds>(s.window));
    static const char *periods[] = {"week", "month", "quarter"};
    return QStringLiteral("calendar %1 (%2)").arg(QLatin1String(periods[int(s.calendar->period)]), s.calendar->timezone);
}

// srectl slo list
int list(Context &ctx)
{
    ws::Workspace &workspace = ctx.workspace();
    ctx.reportLoadErrors(ws::Part::Slos);
    Table table{{Tr::tr("ID"), Tr::tr("OBJECTIVE"), Tr::tr("WINDOW"), Tr::tr("FORMAT"), Tr::tr("FILE")}, {}};
    QJsonArray json;
    for (const slo::SloSpec &s : workspace.slos().items()) {
        const QString where = QDir(workspace.dir()).relativeFilePath(s.file) + QLatin1Char(':') + QString::number(s.line);
        table.rows << QStringList{s.id(), formatObjective(s.objective), windowText(s), s.sourceFormat, where};
        json.append(QJsonObject{{QStringLiteral("id"), s.id()},
                                {QStringLiteral("service"), s.service},
                                {QStringLiteral("name"), s.name},
                                {QStringLiteral("objective"), s.objective},
                                {QStringLiteral("window"), windowText(s)},
                                {QStringLiteral("format"), s.sourceFormat},
                                {QStringLiteral("file"), s.file},
                                {QStringLiteral("line"), s.line}});
    }
    print(ctx, table, json);
    return Ok;
}
} // namespace

int sloCommand(Context &ctx, const QString &verb)
{
    if (verb == u"list")
        return list(ctx);
    err(Tr::tr("srectl slo: unknown verb \"%1\" (expected: list)").arg(verb));
    return BadInput;
}

} // namespace sre::cli
