// srectl report budget: the error-budget review report of a period.
#include "reportcmds.h"

#include "budgetreport.h"
#include "duration.h"
#include "prometheusclient.h"
#include "reporthtml.h"
#include "sloengine.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>
#include <cmath>

namespace sre::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(srectl)
};
} // namespace

EngineHandle::EngineHandle() = default;
EngineHandle::EngineHandle(EngineHandle &&) noexcept = default;
EngineHandle::~EngineHandle() = default;

std::variant<EngineHandle, int> openEngine(Context &ctx)
{
    const DatasourceConfig *ds = ctx.workspace().config().prometheus(ctx.datasource);
    if (!ds || ds->type != DatasourceConfig::Type::Prometheus) {
        err(ctx.datasource.isEmpty() ? Tr::tr("srectl: the workspace has no Prometheus datasource")
                                     : Tr::tr("srectl: no Prometheus datasource named \"%1\"").arg(ctx.datasource));
        return int(BadInput);
    }
    EngineHandle h;
    h.client = std::make_unique<prom::PrometheusClient>(*ds);
    h.engine = std::make_unique<SloEngine>(*h.client);
    return h;
}

int reportPrometheusError(const slo::SloSpec &spec, const prom::Error &error)
{
    err(QStringLiteral("%1:%2: %3: %4").arg(spec.file).arg(spec.line).arg(spec.id(), error.toString()));
    using K = prom::Error::Kind;
    const bool unreachable = error.kind == K::Network || error.kind == K::ConnectionRefused || error.kind == K::Timeout
        || (error.kind == K::Http && error.httpStatus >= 500);
    return unreachable ? Unreachable : BadInput;
}

int writeOutput(const QString &verb, const QString &path, const QByteArray &bytes)
{
    if (path.isEmpty() || path == u"-") {
        QFile stdoutFile;
        if (!stdoutFile.open(stdout, QIODevice::WriteOnly) || stdoutFile.write(bytes) != bytes.size())
            return BadInput;
        return Ok;
    }
    // Unbuffered: Qt 6.4's QSaveFile commits (renames) even when the write of its buffer
    // failed, e.g. on a full disk, replacing the file with a truncated one (tst_diskfaults).
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered) || file.write(bytes) != bytes.size()
        || !file.commit()) {
        err(Tr::tr("srectl %1: cannot write %2: %3").arg(verb, path, file.errorString()));
        return BadInput;
    }
    return Ok;
}

QString formatName(const Context &ctx, const QString &passedThrough)
{
    if (!passedThrough.isEmpty())
        return passedThrough;
    switch (ctx.format) {
    case Format::Json: return QStringLiteral("json");
    case Format::Markdown: return QStringLiteral("markdown");
    case Format::Table: break;
    }
    return {};
}

namespace {

// HTML and PDF of the report, charts included.
int writeRendered(const reports::BudgetReport &report, const QString &format, const QString &path)
{
    const QString error = reports::writeDocument(reports::budgetReportHtml(report), format, path);
    if (error.isEmpty())
        return Ok;
    err(Tr::tr("srectl report budget: %1").arg(error));
    return BadInput;
}

// srectl report budget (--period P | --window D [--at T]) [--format F] [-o FILE]
int budget(Context &ctx)
{
    QString periodName, windowText, atText, output, format;
    const QStringList &a = ctx.args;
    for (qsizetype i = 0; i < a.size(); ++i) {
        const QString opt = a[i];
        QString *target = opt == u"--period"       ? &periodName
            : opt == u"--window"                   ? &windowText
            : opt == u"--at"                       ? &atText
            : (opt == u"-o" || opt == u"--output") ? &output
            : opt == u"--format"                   ? &format
                                                   : nullptr;
        if (!target) {
            err(Tr::tr("srectl report budget: unknown option \"%1\" (expected --period, --window, --at, --format, -o)")
                    .arg(opt));
            return BadInput;
        }
        if (i + 1 >= a.size()) {
            err(Tr::tr("srectl report budget: %1 needs a value").arg(opt));
            return BadInput;
        }
        *target = a[++i];
    }
    format = formatName(ctx, format);
    if (format.isEmpty())
        format = QStringLiteral("markdown");
    static const QStringList formats
        = { QStringLiteral("pdf"), QStringLiteral("html"), QStringLiteral("markdown"), QStringLiteral("json") };
    if (!formats.contains(format)) {
        err(Tr::tr("srectl report budget: --format must be pdf, html, markdown or json, not \"%1\"").arg(format));
        return BadInput;
    }
    if ((format == u"pdf" || format == u"html") && output.isEmpty()) {
        err(Tr::tr("srectl report budget: --format %1 needs -o FILE").arg(format));
        return BadInput;
    }
    if (periodName.isEmpty() == windowText.isEmpty()) {
        err(Tr::tr("srectl report budget: give either --period (2026-10, 2026-Q4) or --window (30d)"));
        return BadInput;
    }
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    qint64 at = now;
    if (!atText.isEmpty()) {
        const auto t = parseTime(atText);
        if (!t) {
            err(Tr::tr("srectl report budget: --at \"%1\" is not RFC 3339 or Unix seconds").arg(atText));
            return BadInput;
        }
        at = *t;
    }
    ws::Workspace &workspace = ctx.workspace();
    ctx.reportLoadErrors(ws::Part::Slos);
    const QString timezone = workspace.config().timezone;
    std::optional<reports::ReportPeriod> period;
    if (!periodName.isEmpty()) {
        period = reports::calendarReportPeriod(periodName, timezone, at);
        if (!period) {
            err(Tr::tr("srectl report budget: --period \"%1\" is not a period such as 2026-10, 2026-Q4 or 2026-W44")
                    .arg(periodName));
            return BadInput;
        }
    } else {
        const auto d = parseDuration(windowText);
        if (!d || d->count() <= 0) {
            err(Tr::tr("srectl report budget: --window \"%1\" is not a duration such as 30d").arg(windowText));
            return BadInput;
        }
        period = reports::rollingReportPeriod(std::chrono::duration_cast<std::chrono::seconds>(*d), at, timezone);
    }

    auto opened = openEngine(ctx);
    if (const int *code = std::get_if<int>(&opened))
        return *code;
    EngineHandle &h = std::get<EngineHandle>(opened);
    auto future = reports::buildBudgetReport(*h.engine, reports::budgetReportInput(workspace), *period, now);
    future.waitForFinished();
    const reports::BudgetReport report = future.result();
    int exit = Ok;
    for (const reports::ReportService &service : report.services)
        for (const reports::ReportSlo &s : service.slos)
            if (s.error)
                exit = std::max(exit, reportPrometheusError(s.spec, *s.error));
    if (exit != Ok)
        return exit;

    QByteArray bytes;
    if (format == u"json")
        bytes = QJsonDocument(reports::toJson(report)).toJson(QJsonDocument::Indented);
    else if (format == u"markdown")
        bytes = reports::toMarkdown(report).toUtf8();
    else
        return writeRendered(report, format, output);
    return writeOutput(QStringLiteral("report budget"), output, bytes);
}

} // namespace

int reportCommand(Context &ctx, const QString &verb)
{
    if (verb == u"budget")
        return budget(ctx);
    err(Tr::tr("srectl report: unknown verb \"%1\" (expected: budget)").arg(verb));
    return BadInput;
}

} // namespace sre::cli
