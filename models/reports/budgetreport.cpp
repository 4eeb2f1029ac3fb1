#include "budgetreport.h"

#include "document.h"
#include "futurechain.h"
#include "sloengine.h"
#include "templates.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QLocale>
#include <QTimeZone>
#include <algorithm>
#include <cmath>
#include <map>

namespace sre::reports {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(BudgetReport)
};

QTimeZone zoneOf(const QString &timezone)
{
    QTimeZone tz(timezone.toUtf8());
    return tz.isValid() ? tz : QTimeZone::utc();
}

QString isoUtc(qint64 t)
{
    return QDateTime::fromSecsSinceEpoch(t, Qt::UTC).toString(Qt::ISODate); // "…Z", as srectl writes UTC
}

QJsonValue optionalNumber(std::optional<double> v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

// Markdown table cells: no pipes or line breaks inside.
QString cell(QString text)
{
    text.replace(QLatin1Char('|'), QStringLiteral("\\|"));
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return text.isEmpty() ? QStringLiteral("–") : text;
}

QString row(const QStringList &cells)
{
    QStringList escaped;
    for (const QString &c : cells)
        escaped << cell(c);
    return QStringLiteral("| ") + escaped.join(QStringLiteral(" | ")) + QStringLiteral(" |\n");
}

QString header(const QStringList &cells)
{
    QString out = row(cells) + QLatin1Char('|');
    for (qsizetype i = 0; i < cells.size(); ++i)
        out += QStringLiteral("---|");
    return out + QLatin1Char('\n');
}
} // namespace

std::optional<qint64> ReportSlo::dataFrom() const
{
    return report.dataFrom;
}

int BudgetReport::sloCount() const
{
    int n = 0;
    for (const ReportService &s : services)
        n += int(s.slos.size());
    return n;
}

QString formatTime(qint64 unixSeconds, const QString &timezone)
{
    const QTimeZone tz = zoneOf(timezone);
    const QDateTime t = QDateTime::fromSecsSinceEpoch(unixSeconds, tz);
    QString abbreviation = tz.abbreviation(t);
    if (abbreviation.isEmpty())
        abbreviation = timezone;
    return t.toString(QStringLiteral("yyyy-MM-dd HH:mm ")) + abbreviation;
}

QString formatPercent(std::optional<double> fraction, int decimals)
{
    return fraction ? QString::number(*fraction * 100.0, 'f', decimals) + QStringLiteral(" %") : QStringLiteral("–");
}

QString formatCount(double events)
{
    static const QLocale english(QLocale::English, QLocale::UnitedStates);
    return english.toString(qint64(std::llround(events)));
}

QString periodText(const ReportPeriod &period)
{
    const slo::TimeRange r = period.range();
    const QTimeZone tz = zoneOf(period.timezone);
    const QDateTime from = QDateTime::fromSecsSinceEpoch(r.start, tz);
    return from.toString(QStringLiteral("yyyy-MM-dd HH:mm")) + QStringLiteral(" – ")
        + formatTime(r.end, period.timezone);
}

BudgetReportInput budgetReportInput(ws::Workspace &workspace)
{
    BudgetReportInput in;
    in.workspaceName = workspace.config().name;
    in.workspaceDir = workspace.dir();
    in.timezone = workspace.config().timezone;
    in.slos = workspace.slos().items();
    for (const pm::Postmortem &p : workspace.postmortems().items())
        if (!p.isTemplate)
            in.postmortems.push_back(p);
    return in;
}

bool postmortemConcerns(const pm::Postmortem &postmortem, const slo::SloSpec &spec)
{
    if (postmortem.isTemplate)
        return false;
    if (!postmortem.slos.isEmpty())
        return postmortem.slos.contains(spec.id());
    return postmortem.services.contains(spec.service);
}

slo::TimeRange incidentSpan(const pm::Postmortem &postmortem, qint64 openEnd)
{
    if (!postmortem.started.isValid())
        return {};
    const qint64 start = postmortem.started.toSecsSinceEpoch();
    qint64 end = openEnd;
    if (postmortem.resolved.isValid())
        end = postmortem.resolved.toSecsSinceEpoch();
    else if (postmortem.mitigated.isValid())
        end = postmortem.mitigated.toSecsSinceEpoch();
    return { start, std::max(start, end) };
}

BudgetReport assembleBudgetReport(const BudgetReportInput &input, const ReportPeriod &period,
                                  const QList<SloEvaluation> &evaluations, qint64 generatedAt)
{
    BudgetReport out;
    out.workspaceName = input.workspaceName;
    out.timezone = input.timezone;
    out.period = period;
    out.generatedAt = generatedAt;
    const pm::TemplateSet templates = pm::loadTemplatesFor(input.workspaceDir);
    const slo::TimeRange range = period.range();

    std::map<QString, ReportService> services;
    for (qsizetype i = 0; i < evaluations.size() && i < qsizetype(input.slos.size()); ++i) {
        const SloEvaluation &ev = evaluations[i];
        ReportSlo s;
        s.spec = input.slos[std::size_t(i)];
        s.report = ev.report;
        s.series = ev.series;
        s.error = ev.error;
        for (const pm::Postmortem &p : input.postmortems) {
            if (!postmortemConcerns(p, s.spec))
                continue;
            const slo::TimeRange span = incidentSpan(p, range.end);
            if (span.end <= range.start || span.start >= range.end || span.start == 0)
                continue;
            ReportIncident inc;
            inc.id = p.id;
            inc.title = p.title;
            inc.severity = p.severity;
            inc.status = p.status;
            inc.file = p.file;
            inc.span = span;
            inc.impact = impactFromEvaluation(ev, { std::max(span.start, range.start), std::min(span.end, range.end) });
            const pm::PostmortemDocument doc
                = pm::PostmortemDocument::parse(p.raw, templates.headingsFor(p.templateId));
            for (const pm::ActionItem &a : pm::actionItemsOf(doc))
                if (a.isOpen())
                    inc.openActionItems << a;
            s.incidents << inc;
        }
        std::stable_sort(s.incidents.begin(), s.incidents.end(),
                         [](const ReportIncident &a, const ReportIncident &b) { return a.span.start < b.span.start; });
        ReportService &service = services[s.spec.service];
        service.name = s.spec.service;
        service.slos << s;
    }
    for (const auto &entry : services)
        out.services << entry.second;
    return out;
}

QFuture<BudgetReport> buildBudgetReport(SloEngine &engine, const BudgetReportInput &input, const ReportPeriod &period,
                                        qint64 generatedAt)
{
    std::vector<slo::SloSpec> specs;
    for (const slo::SloSpec &s : input.slos)
        specs.push_back(specForPeriod(s, period));
    return fut::then(engine.evaluateAll(specs, period.at),
                     [input, period, generatedAt](const QList<SloEvaluation> &evaluations) {
                         return assembleBudgetReport(input, period, evaluations, generatedAt);
                     });
}

QJsonObject toJson(const BudgetReport &report)
{
    const slo::TimeRange range = report.period.range();
    QJsonArray slos;
    for (const ReportService &service : report.services) {
        for (const ReportSlo &s : service.slos) {
            QJsonObject o = slo::toJson(s.report);
            o.insert(QStringLiteral("window"), report.period.name);
            o.insert(QStringLiteral("own_window"), slo::windowText(s.spec));
            if (s.error)
                o.insert(QStringLiteral("error"), s.error->toString());
            QJsonArray incidents;
            for (const ReportIncident &inc : s.incidents) {
                QJsonArray actions;
                for (const pm::ActionItem &a : inc.openActionItems)
                    actions.append(QJsonObject { { QStringLiteral("action"), a.action },
                                                 { QStringLiteral("owner"), a.owner },
                                                 { QStringLiteral("due"), a.due },
                                                 { QStringLiteral("priority"), a.priority },
                                                 { QStringLiteral("status"), a.status } });
                incidents.append(QJsonObject {
                    { QStringLiteral("id"), inc.id },
                    { QStringLiteral("title"), inc.title },
                    { QStringLiteral("severity"), inc.severity },
                    { QStringLiteral("status"), inc.status },
                    { QStringLiteral("started"), isoUtc(inc.span.start) },
                    { QStringLiteral("ended"), isoUtc(inc.span.end) },
                    { QStringLiteral("counted_from"), isoUtc(inc.impact.counted.start) },
                    { QStringLiteral("counted_to"), isoUtc(inc.impact.counted.end) },
                    { QStringLiteral("bad_events"), inc.impact.badEvents },
                    { QStringLiteral("total_events"), inc.impact.totalEvents },
                    { QStringLiteral("budget_share"), optionalNumber(inc.impact.budgetShare) },
                    { QStringLiteral("open_action_items"), actions },
                });
            }
            o.insert(QStringLiteral("incidents"), incidents);
            slos.append(o);
        }
    }
    return QJsonObject {
        { QStringLiteral("workspace"), report.workspaceName },
        { QStringLiteral("timezone"), report.timezone },
        { QStringLiteral("period"),
          QJsonObject { { QStringLiteral("name"), report.period.name },
                        { QStringLiteral("start"), isoUtc(range.start) },
                        { QStringLiteral("end"), isoUtc(range.end) },
                        { QStringLiteral("complete"), report.period.isComplete() },
                        { QStringLiteral("budget_length_seconds"), double(report.period.budgetLength().count()) } } },
        { QStringLiteral("generated_at"), isoUtc(report.generatedAt) },
        { QStringLiteral("slos"), slos },
    };
}

QString toMarkdown(const BudgetReport &report)
{
    const QString tz = report.timezone;
    QString md;
    md += QStringLiteral("# ") + Tr::tr("Error-budget review: %1").arg(report.period.name) + QStringLiteral("\n\n");
    md += Tr::tr("**Workspace:** %1  \n**Period:** %2%3  \n**Generated:** %4")
              .arg(report.workspaceName, periodText(report.period),
                   report.period.isComplete() ? QString() : Tr::tr(" (in progress)"),
                   formatTime(report.generatedAt, tz))
        + QStringLiteral("\n\n");

    md += QStringLiteral("## ") + Tr::tr("Summary") + QStringLiteral("\n\n");
    md += header({ Tr::tr("SLO"), Tr::tr("Objective"), Tr::tr("SLI"), Tr::tr("Budget consumed"),
                   Tr::tr("Budget remaining"), Tr::tr("Bad / total events"), Tr::tr("Incidents"), Tr::tr("Status") });
    for (const ReportService &service : report.services)
        for (const ReportSlo &s : service.slos)
            md += row({ s.report.id, formatPercent(s.report.objective, 3), formatPercent(s.report.sli, 3),
                        formatPercent(s.report.errorBudgetConsumed, 2), formatPercent(s.report.errorBudgetRemaining, 2),
                        formatCount(s.report.badEvents) + QStringLiteral(" / ") + formatCount(s.report.totalEvents),
                        QString::number(s.incidents.size()), slo::statusName(s.report.status) });
    md += QLatin1Char('\n');

    for (const ReportService &service : report.services) {
        md += QStringLiteral("## ") + service.name + QStringLiteral("\n\n");
        for (const ReportSlo &s : service.slos) {
            const slo::SloReport &r = s.report;
            md += QStringLiteral("### ") + r.id + QStringLiteral("\n\n");
            if (!s.spec.description.isEmpty())
                md += s.spec.description + QStringLiteral("\n\n");
            if (s.error)
                md += QStringLiteral("> ") + Tr::tr("Prometheus could not answer: %1").arg(s.error->toString())
                    + QStringLiteral("\n\n");
            md += QStringLiteral("- ")
                + Tr::tr("Objective: %1 (own window: %2)").arg(formatPercent(r.objective, 3), slo::windowText(s.spec))
                + QLatin1Char('\n');
            md += QStringLiteral("- ")
                + Tr::tr("SLI: %1 (%2 bad of %3 events)")
                      .arg(formatPercent(r.sli, 3), formatCount(r.badEvents), formatCount(r.totalEvents))
                + QLatin1Char('\n');
            md += QStringLiteral("- ")
                + Tr::tr("Budget consumed: %1 (%2 of %3 allowed bad events); remaining: %4")
                      .arg(formatPercent(r.errorBudgetConsumed, 2), formatCount(r.badEvents),
                           formatCount(r.allowedBadEvents), formatPercent(r.errorBudgetRemaining, 2))
                + QLatin1Char('\n');
            md += QStringLiteral("- ") + Tr::tr("Status: %1").arg(slo::statusName(r.status)) + QLatin1Char('\n');
            if (const auto from = s.dataFrom())
                md += QStringLiteral("- ")
                    + Tr::tr("Data only from %1: the numbers cover part of the period").arg(formatTime(*from, tz))
                    + QLatin1Char('\n');
            md += QLatin1Char('\n');

            if (s.incidents.isEmpty()) {
                md += Tr::tr("No incidents in the period.") + QStringLiteral("\n\n");
                continue;
            }
            md += QStringLiteral("#### ") + Tr::tr("Incidents") + QStringLiteral("\n\n");
            md += header({ Tr::tr("Incident"), Tr::tr("Title"), Tr::tr("Started"), Tr::tr("Ended"),
                           Tr::tr("Bad events"), Tr::tr("Share of budget") });
            bool anyActions = false;
            for (const ReportIncident &inc : s.incidents) {
                md += row({ inc.id, inc.title, formatTime(inc.span.start, tz), formatTime(inc.span.end, tz),
                            formatCount(inc.impact.badEvents), formatPercent(inc.impact.budgetShare, 2) });
                anyActions = anyActions || !inc.openActionItems.isEmpty();
            }
            md += QLatin1Char('\n');
            if (!anyActions)
                continue;
            md += QStringLiteral("#### ") + Tr::tr("Open action items") + QStringLiteral("\n\n");
            md += header({ Tr::tr("Incident"), Tr::tr("Action"), Tr::tr("Owner"), Tr::tr("Due"), Tr::tr("Priority"),
                           Tr::tr("Status") });
            for (const ReportIncident &inc : s.incidents)
                for (const pm::ActionItem &a : inc.openActionItems)
                    md += row({ inc.id, a.action, a.owner, a.due, a.priority, a.status });
            md += QLatin1Char('\n');
        }
    }
    return md;
}

} // namespace sre::reports
