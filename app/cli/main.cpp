// srectl: the command line twin of sre-console. Links no QtWidgets; runs on a CI box.
//   srectl [--workspace DIR] [--datasource NAME] [--format table|json|markdown] <noun> <verb> [options]
// Exit codes: 0 ok, 1 a check failed, 2 bad input or usage, 3 a datasource could not be reached.
#include "context.h"
#include "i18n.h"
#include "reportcmds.h"
#include "version.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <memory>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(srectl)
};

QString usage()
{
    return Tr::tr(
        "usage: srectl [--workspace DIR] [--datasource NAME] [--format table|json|markdown] <noun> <verb> [options]\n"
        "\n"
        "  workspace check          list every problem in the workspace (exit 1 on errors)\n"
        "  workspace init DIR --prometheus URL [--alertmanager URL] [--name NAME] [--timezone TZ]\n"
        "      [--bearer-token-file FILE | --basic-auth-user USER --basic-auth-password-file FILE]\n"
        "                           write DIR/workspace.yaml and its folders (never over an existing one)\n"
        "  slo list                 list the SLOs of the workspace\n"
        "  slo report [--slo ID]... [--at TIME] [--window 30d | --period 2026-10] [--raw]\n"
        "                           SLI, error budget, burn rates and alert tiers of each SLO; --raw: only the\n"
        "                           SLO's own queries, not the recorded series of its generated rules\n"
        "  slo gate [--slo ID]... [--min-remaining 0.0] [--max-burn RATE --burn-window 1h] [--raw]\n"
        "                           deploy gate: exit 1 when an SLO fails, 3 when Prometheus is unreachable\n"
        "  slo rules [--slo ID]... [--format rules|prometheusrule] [-o FILE] [--tests FILE]\n"
        "                           Prometheus recording and burn-rate alerting rules for the SLOs; --tests also\n"
        "                           writes a promtool test file for them\n"
        "  slo rules --check [--slo ID]...\n"
        "                           compare them with the groups Prometheus has loaded: missing, outdated,\n"
        "                           failing (exit 1 on drift, 3 when Prometheus is unreachable)\n"
        "  slo replay --slo ID [--from TIME --to TIME | --period 30d|2026-10] [--step 1m]\n"
        "      [--tier NAME:factor=F,share=2%,long=1h,short=5m,for=2m]... [--only-edited-tiers]\n"
        "                           how each burn-rate tier would have fired over the range: firings, pages per\n"
        "                           week, time to detect the postmortems' incidents, missed, reset time\n"
        "  slo audit [--slo ID]... [--at TIME]\n"
        "                           compare the SLO recording rules deployed in Prometheus (Sloth, Pyrra, generated)\n"
        "                           with the exact recomputation; each difference with its cause (exit 1 on any)\n"
        "  runbook for ALERTNAME    the alert's runbook: local file path, with #anchor (exit 1 when none)\n"
        "  runbook coverage         alerts without a runbook, runbooks no alert points to, broken links (exit 1 on "
        "gaps)\n"
        "  runbook lint             template sections, left-over placeholders, empty sections (exit 1 on findings)\n"
        "  runbook search QUERY... [--limit N]\n"
        "                           full-text and alert-name search; index cached in $XDG_CACHE_HOME/sre-console\n"
        "  postmortem list [--status S] [--severity S] [--service NAME] [--since DATE] [--until DATE]\n"
        "                           id, title, severity, status, started, duration, services, open action items\n"
        "  postmortem new --template NAME --title TEXT [--id INC-YYYY-NNN] [--author NAME]...\n"
        "                           write postmortems/<ID>.md from a template (next free id); prints the path\n"
        "  postmortem lint [FILES] [--today YYYY-MM-DD] [--strict]\n"
        "                           blameless-language and completeness checks; exit 1 on findings\n"
        "                           (style hints such as \"just\" are printed; --strict counts them too)\n"
        "  postmortem impact ID [--write] [--at TIME]\n"
        "                           bad events and error budget share of each linked SLO from started to resolved;\n"
        "                           --write puts them into the Impact section\n"
        "  postmortem export ID --format html|pdf -o FILE\n"
        "                           the postmortem as a standalone HTML page or a PDF, with the impact chart\n"
        "  report budget (--period 2026-10 | --window 30d [--at TIME]) --format pdf|html|markdown|json [-o FILE]\n"
        "                           error-budget review: per service and SLO the budget consumed, incidents and\n"
        "                           their share, open action items\n"
        "  alerts list [--filter MATCHER]...\n"
        "                           firing alerts of the workspace's Alertmanagers (HA peers merged);\n"
        "                           MATCHER: name=\"value\", name!=\"v\", name=~\"regex\", name!~\"regex\"\n"
        "  alerts history [--period 30d|7d] [--from TIME --to TIME]\n"
        "                           per alert and label set from Prometheus' ALERTS: firings, pages per week,\n"
        "                           night-time pages, time firing, median duration, flap score\n"
        "  alerts seen ALERTNAME [--label NAME=VALUE]... [--at TIME]\n"
        "                           last fired and firings in 30 days, connected postmortems and their open\n"
        "                           action items\n"
        "  silence add --matcher MATCHER... --duration 2h --comment TEXT [--author NAME] [--start TIME]\n"
        "                           create a silence on one Alertmanager of the cluster; prints its id\n"
        "  silence list             active, pending and recently expired silences\n"
        "  silence expire ID...     expire silences\n"
        "  incident declare --alert NAME [--matcher MATCHER]... [--at TIME]\n"
        "                           a postmortem draft from the firing alerts NAME (default template, next free\n"
        "                           id; exit 1 when none matches); prints its id and path\n"
        "  oncall now|next|gaps [--at TIME] [--rotation NAME]\n"
        "                           who is on call, the next handover, or the gaps in the next 14 days\n"
        "                           (gaps: exit 1 when a rotation has nobody on call)\n"
        "\n"
        "  --version                print the version\n"
        "Exit codes: 0 ok, 1 a check failed, 2 bad input or usage, 3 a datasource could not be reached.\n");
}

} // namespace

int main(int argc, char **argv)
{
    // Commands that draw (reports and exports: charts, PDF) need a QGuiApplication; it runs on the
    // offscreen platform so a CI box with no display can write them. The rest stay plain Core.
    bool draws = false;
    for (int i = 1; i < argc; ++i)
        draws = draws || qstrcmp(argv[i], "report") == 0 || qstrcmp(argv[i], "export") == 0;
    if (draws && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Creating the platform integration looks for files in $XDG_RUNTIME_DIR; where it is unset (a CI
    // job, cron, sudo, ssh without a session) Qt warns on stderr and creates /tmp/runtime-$USER.
    // srectl needs no runtime files (no display server, no D-Bus), so it gets a private, empty one
    // (mode 0700, as the spec asks) that lives as long as the process: stderr keeps only what the
    // user's command caused, and nothing is left behind.
    std::unique_ptr<QTemporaryDir> runtimeDir;
    if (draws && qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
        runtimeDir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/srectl-runtime-XXXXXX"));
        if (runtimeDir->isValid())
            qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtimeDir->path()));
    }
    std::unique_ptr<QCoreApplication> appHolder(draws ? new QGuiApplication(argc, argv)
                                                      : new QCoreApplication(argc, argv));
    QCoreApplication &app = *appHolder;
    QCoreApplication::setApplicationName(QStringLiteral("srectl"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(sre::kVersion));

    using namespace sre::cli;
    Context ctx;
    QStringList positional;
    QStringList passThrough;
    QString lang = qEnvironmentVariable("SRECTL_LANG");
    QStringList args = app.arguments().mid(1);
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        auto value = [&](QString *target) {
            if (i + 1 >= args.size()) {
                err(Tr::tr("srectl: %1 needs a value").arg(a));
                return false;
            }
            *target = args[++i];
            return true;
        };
        if (a == u"--version") {
            out(QStringLiteral("srectl %1\n").arg(QString::fromLatin1(sre::kVersion)));
            return Ok;
        } else if (a == u"--help" || a == u"-h") {
            out(usage());
            return Ok;
        } else if (a == u"--workspace" || a == u"-w") {
            if (!value(&ctx.workspaceDir))
                return BadInput;
        } else if (a == u"--datasource") {
            if (!value(&ctx.datasource))
                return BadInput;
        } else if (a == u"--lang") {
            if (!value(&lang))
                return BadInput;
        } else if (a == u"--format") {
            QString f;
            if (!value(&f))
                return BadInput;
            if (f == u"table")
                ctx.format = Format::Table;
            else if (f == u"json")
                ctx.format = Format::Json;
            else if (f == u"markdown")
                ctx.format = Format::Markdown;
            else if (f == u"pdf" || f == u"html" || f == u"rules" || f == u"prometheusrule")
                passThrough << a << f; // documents: `report`, `postmortem export` and `slo rules` take these
            else {
                err(Tr::tr("srectl: --format must be table, json or markdown, not \"%1\"").arg(f));
                return BadInput;
            }
        } else {
            positional << a;
        }
    }
    sre::installTranslators(app, lang.isEmpty() ? QStringLiteral("en") : lang);
    if (positional.size() < 2) {
        err(usage());
        return BadInput;
    }
    if (!QDir(ctx.workspaceDir).exists()) {
        err(Tr::tr("srectl: workspace folder %1 does not exist").arg(ctx.workspaceDir));
        return BadInput;
    }
    const QString noun = positional.takeFirst();
    const QString verb = positional.takeFirst();
    ctx.args = positional + passThrough;
    if (noun == u"workspace")
        return workspaceCommand(ctx, verb);
    if (noun == u"slo")
        return sloCommand(ctx, verb);
    if (noun == u"runbook")
        return runbookCommand(ctx, verb);
    if (noun == u"postmortem")
        return postmortemCommand(ctx, verb);
    if (noun == u"report")
        return reportCommand(ctx, verb);
    if (noun == u"alerts")
        return alertsCommand(ctx, verb);
    if (noun == u"silence")
        return silenceCommand(ctx, verb);
    if (noun == u"oncall")
        return oncallCommand(ctx, verb);
    if (noun == u"incident")
        return incidentCommand(ctx, verb);
    err(Tr::tr("srectl: unknown noun \"%1\"\n").arg(noun) + usage());
    return BadInput;
}
