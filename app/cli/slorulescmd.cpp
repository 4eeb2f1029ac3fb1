// srectl slo rules: Prometheus rules (and promtool tests for them) generated from the SLO specs.
#include "context.h"

#include "prometheusclient.h"
#include "rulegen.h"
#include "rulesdrift.h"
#include "rulesyaml.h"
#include "ruletests.h"

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

// Unbuffered: Qt 6.4's QSaveFile commits even when the write of its buffer failed (see
// postmortemcmd.cpp), which would leave a truncated rule file behind.
bool writeFile(const QString &path, const QByteArray &data)
{
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly | QIODevice::Unbuffered) && file.write(data) == data.size() && file.commit())
        return true;
    err(Tr::tr("srectl slo rules: cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return false;
}

// --check: the generated rules against the groups the datasource's Prometheus has loaded.
int check(Context &ctx, const std::vector<rules::SloRules> &generated)
{
    const DatasourceConfig *ds = ctx.workspace().config().prometheus(ctx.datasource);
    if (!ds || ds->type != DatasourceConfig::Type::Prometheus) {
        err(ctx.datasource.isEmpty() ? Tr::tr("srectl: the workspace has no Prometheus datasource")
                                     : Tr::tr("srectl: no Prometheus datasource named \"%1\"").arg(ctx.datasource));
        return BadInput;
    }
    prom::PrometheusClient client(*ds);
    QFuture<prom::RawResponse> future = client.get(QStringLiteral("/api/v1/rules"));
    future.waitForFinished();
    const prom::RawResponse response = future.result();
    if (response.error) {
        err(Tr::tr("srectl slo rules --check: %1").arg(response.error->toString()));
        // A datasource configuration that cannot be used (e.g. an unreadable secret) is bad input.
        return response.error->kind == prom::Error::Kind::Config ? BadInput : Unreachable;
    }
    const alerting::ApiRuleGroupsResult loaded = alerting::parseApiRuleGroups(response.body);
    if (!loaded.error.isEmpty()) {
        // An answer that is not the rules API (a proxy page, a backend without rules) checks nothing.
        err(Tr::tr("srectl slo rules --check: %1: %2").arg(ds->name, loaded.error));
        return Unreachable;
    }
    const rules::DriftReport report = rules::compareRules(generated, loaded.groups);

    Table table;
    table.headers = { Tr::tr("SLO"), Tr::tr("Group"), Tr::tr("Status"), Tr::tr("Rule"), Tr::tr("Detail") };
    QJsonArray json;
    for (const rules::SloDrift &d : report.slos) {
        QJsonArray findings;
        for (const rules::DriftFinding &f : d.findings) {
            table.rows << QStringList { d.sloId, d.group, rules::driftKindText(f.kind), f.rule, f.detail };
            findings << QJsonObject { { QStringLiteral("kind"), rules::driftKindName(f.kind) },
                                      { QStringLiteral("rule"), f.rule },
                                      { QStringLiteral("detail"), f.detail } };
        }
        if (d.ok())
            table.rows << QStringList { d.sloId, d.group, Tr::tr("ok"), QString(), QString() };
        json << QJsonObject { { QStringLiteral("slo"), d.sloId },
                              { QStringLiteral("group"), d.group },
                              { QStringLiteral("status"), d.ok() ? QStringLiteral("ok") : QStringLiteral("drift") },
                              { QStringLiteral("problems"), QJsonArray::fromStringList(d.kinds()) },
                              { QStringLiteral("findings"), findings } };
    }
    print(ctx, table, json);
    if (!report.anyGenerated)
        err(Tr::tr("srectl slo rules --check: %1 has loaded no %2* group: the generated rules were never deployed "
                   "there (write them with srectl slo rules -o FILE and add FILE to rule_files)")
                .arg(ds->name, rules::generatedGroupPrefix()));
    return report.drifted() ? CheckFailed : Ok;
}
} // namespace

// srectl slo rules [--slo ID]... [--format rules|prometheusrule] [-o FILE] [--tests FILE]
// srectl slo rules --check [--slo ID]... [--format table|json|markdown]
int sloRulesCommand(Context &ctx)
{
    QStringList ids;
    bool checkLoaded = false;
    QString format = QStringLiteral("rules");
    QString output;
    QString tests;
    const QStringList &a = ctx.args;
    for (qsizetype i = 0; i < a.size(); ++i) {
        const QString opt = a[i];
        if (opt == u"--check") {
            checkLoaded = true;
            continue;
        }
        const bool known
            = opt == u"--slo" || opt == u"--format" || opt == u"-o" || opt == u"--output" || opt == u"--tests";
        if (!known) {
            err(Tr::tr("srectl slo rules: unknown option \"%1\" (expected --slo, --format, -o, --tests, --check)")
                    .arg(opt));
            return BadInput;
        }
        if (i + 1 >= a.size()) {
            err(Tr::tr("srectl slo rules: %1 needs a value").arg(opt));
            return BadInput;
        }
        const QString v = a[++i];
        if (opt == u"--slo")
            ids << v;
        else if (opt == u"--format")
            format = v;
        else if (opt == u"--tests")
            tests = v;
        else
            output = v;
    }
    if (checkLoaded && (!output.isEmpty() || !tests.isEmpty() || format != u"rules")) {
        err(Tr::tr("srectl slo rules: --check writes no rules; it takes --slo and --format table|json|markdown"));
        return BadInput;
    }
    if (format != u"rules" && format != u"prometheusrule") {
        err(Tr::tr("srectl slo rules: --format must be rules or prometheusrule, not \"%1\"").arg(format));
        return BadInput;
    }
    if (!tests.isEmpty() && (output.isEmpty() || output == u"-" || format != u"rules")) {
        err(Tr::tr("srectl slo rules: --tests needs -o FILE and --format rules, since promtool reads the tests "
                   "together with that rule file"));
        return BadInput;
    }

    ws::Workspace &workspace = ctx.workspace();
    // Rules without one of the SLOs would look complete and page for nobody: refuse instead.
    if (ctx.reportLoadErrors(ws::Part::Slos)) {
        err(Tr::tr("srectl slo rules: fix the SLO specs above first; no rules were written"));
        return BadInput;
    }
    std::vector<slo::SloSpec> specs;
    ids.removeDuplicates();
    for (const QString &id : std::as_const(ids)) {
        const slo::SloSpec *spec = workspace.findSlo(id);
        if (!spec) {
            err(Tr::tr("srectl slo rules: no SLO \"%1\" in %2 (see srectl slo list)").arg(id, workspace.dir()));
            return BadInput;
        }
        specs.push_back(*spec);
    }
    if (ids.isEmpty())
        specs = workspace.slos().items();
    if (specs.empty()) {
        err(Tr::tr("srectl slo rules: the workspace %1 has no SLOs").arg(workspace.dir()));
        return BadInput;
    }

    const std::vector<rules::SloRules> generated = rules::generateAll(specs, workspace.dir());
    if (checkLoaded)
        return check(ctx, generated);
    const QByteArray text = rules::renderRules(
        generated, format == u"prometheusrule" ? rules::RuleFormat::PrometheusRule : rules::RuleFormat::Rules);
    if (output.isEmpty() || output == u"-") {
        out(QString::fromUtf8(text));
        return Ok;
    }
    if (!writeFile(output, text))
        return BadInput;
    if (!tests.isEmpty()) {
        const QString ruleFile = QFileInfo(tests).absoluteDir().relativeFilePath(QFileInfo(output).absoluteFilePath());
        if (!writeFile(tests, rules::renderTests(generated, ruleFile)))
            return BadInput;
    }
    return Ok;
}

} // namespace sre::cli
