// srectl slo audit: the SLO recording rules deployed in Prometheus (Sloth's, Pyrra's, the generated
// ones) compared with the engine's exact recomputation, each difference with its cause
// (models/rules/rulesaudit.h, models/rulesauditcheck.h).
#include "context.h"
#include "duration.h"
#include "prometheusclient.h"
#include "rulesauditcheck.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <cmath>

namespace sre::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(srectl)
};

QString utc(double t)
{
    return QDateTime::fromMSecsSinceEpoch(qint64(std::llround(t * 1000)), Qt::UTC).toString(Qt::ISODate);
}

QString number(double v)
{
    return QString::number(v, 'g', 8);
}

// JSON has no NaN or Inf: those are written as the strings Prometheus uses.
QJsonValue jsonNumber(double v)
{
    if (std::isnan(v))
        return QStringLiteral("NaN");
    if (std::isinf(v))
        return v > 0 ? QStringLiteral("+Inf") : QStringLiteral("-Inf");
    return v;
}
QJsonValue orNull(const std::optional<double> &v)
{
    return v ? jsonNumber(*v) : QJsonValue();
}

QJsonObject evidenceJson(const rules::AuditEvidence &e)
{
    return QJsonObject { { QStringLiteral("input_samples"), e.inputSamples },
                         { QStringLiteral("non_finite_samples"), e.inputNonFinite },
                         { QStringLiteral("first_non_finite"),
                           e.firstNonFinite ? QJsonValue(utc(*e.firstNonFinite)) : QJsonValue() },
                         { QStringLiteral("time_weighted"), orNull(e.timeWeighted) },
                         { QStringLiteral("extrapolated"), orNull(e.extrapolated) },
                         { QStringLiteral("missed_evaluations"), e.missedEvaluations } };
}
} // namespace

// srectl slo audit [--slo ID]... [--at TIME]
int sloAuditCommand(Context &ctx)
{
    QStringList ids;
    std::optional<qint64> at;
    const QStringList &a = ctx.args;
    for (qsizetype i = 0; i < a.size(); ++i) {
        const QString opt = a[i];
        if (opt != u"--slo" && opt != u"--at") {
            err(Tr::tr("srectl slo audit: unknown option \"%1\" (expected --slo, --at)").arg(opt));
            return BadInput;
        }
        if (i + 1 >= a.size()) {
            err(Tr::tr("srectl slo audit: %1 needs a value").arg(opt));
            return BadInput;
        }
        const QString v = a[++i];
        if (opt == u"--slo") {
            ids << v;
        } else {
            at = parseTime(v);
            if (!at) {
                err(Tr::tr("srectl slo audit: --at \"%1\" is not RFC 3339 or Unix seconds").arg(v));
                return BadInput;
            }
        }
    }
    ws::Workspace &workspace = ctx.workspace();
    ctx.reportLoadErrors(ws::Part::Slos);
    std::vector<slo::SloSpec> specs;
    ids.removeDuplicates();
    for (const QString &id : std::as_const(ids)) {
        const slo::SloSpec *spec = workspace.findSlo(id);
        if (!spec) {
            err(Tr::tr("srectl slo audit: no SLO \"%1\" in %2 (see srectl slo list)").arg(id, workspace.dir()));
            return BadInput;
        }
        specs.push_back(*spec);
    }
    if (ids.isEmpty())
        specs = workspace.slos().items();
    if (specs.empty()) {
        err(Tr::tr("srectl slo audit: the workspace %1 has no SLOs").arg(workspace.dir()));
        return BadInput;
    }
    const DatasourceConfig *ds = workspace.config().prometheus(ctx.datasource);
    if (!ds || ds->type != DatasourceConfig::Type::Prometheus) {
        err(ctx.datasource.isEmpty() ? Tr::tr("srectl: the workspace has no Prometheus datasource")
                                     : Tr::tr("srectl: no Prometheus datasource named \"%1\"").arg(ctx.datasource));
        return BadInput;
    }
    prom::PrometheusClient client(*ds);
    const RulesAuditResult result = runRulesAudit(client, specs, at.value_or(QDateTime::currentSecsSinceEpoch()));
    if (!result.report) {
        err(Tr::tr("srectl slo audit: %1").arg(result.error));
        return result.configError ? BadInput : Unreachable;
    }
    const rules::AuditReport &report = *result.report;

    Table table;
    table.headers = { Tr::tr("SLO"),      Tr::tr("RULE"),  Tr::tr("SOURCE"), Tr::tr("SAMPLE AT"),
                      Tr::tr("RECORDED"), Tr::tr("EXACT"), Tr::tr("CAUSE"),  Tr::tr("DETAIL") };
    QJsonArray json;
    for (const rules::SloAudit &s : report.slos) {
        QJsonArray findings;
        for (const rules::AuditFinding &f : s.findings) {
            QStringList causes, causeNames;
            for (const rules::AuditCause c : f.causes) {
                causes << rules::auditCauseText(c);
                causeNames << rules::auditCauseName(c);
            }
            table.rows << QStringList { s.sloId,
                                        f.rule.displayName(),
                                        rules::auditSourceName(f.rule.source),
                                        utc(f.at),
                                        number(f.recorded),
                                        f.exact ? number(*f.exact) : Tr::tr("no data"),
                                        causes.join(QStringLiteral(", ")),
                                        f.detail };
            QJsonObject matchers;
            for (auto it = f.rule.matchers.begin(); it != f.rule.matchers.end(); ++it)
                matchers.insert(it.key(), it.value());
            findings << QJsonObject { { QStringLiteral("rule"), f.rule.displayName() },
                                      { QStringLiteral("record"), f.rule.record },
                                      { QStringLiteral("matchers"), matchers },
                                      { QStringLiteral("source"), rules::auditSourceName(f.rule.source) },
                                      { QStringLiteral("group"), f.rule.group },
                                      { QStringLiteral("window"), formatDuration(f.rule.window) },
                                      { QStringLiteral("at"), utc(f.at) },
                                      { QStringLiteral("recorded"), jsonNumber(f.recorded) },
                                      { QStringLiteral("exact"), f.exact ? jsonNumber(*f.exact) : QJsonValue() },
                                      { QStringLiteral("causes"), QJsonArray::fromStringList(causeNames) },
                                      { QStringLiteral("evidence"), evidenceJson(f.evidence) },
                                      { QStringLiteral("detail"), f.detail } };
        }
        if (s.ok())
            table.rows << QStringList { s.sloId,      Tr::tr("%n rule value(s) audited", nullptr, s.rulesAudited),
                                        QString(),    QString(),
                                        QString(),    QString(),
                                        Tr::tr("ok"), QString() };
        for (const QString &note : s.notes)
            err(Tr::tr("srectl slo audit: %1: not audited: %2").arg(s.sloId, note));
        json << QJsonObject { { QStringLiteral("slo"), s.sloId },
                              { QStringLiteral("status"), s.ok() ? QStringLiteral("ok") : QStringLiteral("findings") },
                              { QStringLiteral("rules_audited"), s.rulesAudited },
                              { QStringLiteral("causes"), QJsonArray::fromStringList(s.causes()) },
                              { QStringLiteral("notes"), QJsonArray::fromStringList(s.notes) },
                              { QStringLiteral("findings"), findings } };
    }
    print(ctx, table, json);
    if (report.slos.empty())
        err(Tr::tr("srectl slo audit: %1 has loaded no Sloth, Pyrra or generated recording rules of these SLOs; "
                   "nothing was audited")
                .arg(ds->name));
    return report.hasFindings() ? CheckFailed : Ok;
}

} // namespace sre::cli
