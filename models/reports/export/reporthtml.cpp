#include "reporthtml.h"

#include "figures.h"
#include "futurechain.h"
#include "reportcharts.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTextDocument>
#include <QTimeZone>

namespace sre::reports {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(BudgetReport)
};

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString pageBreak()
{
    return QStringLiteral("<div style=\"page-break-before: always\"></div>\n");
}

// A compact table for A4: 8 pt text; "service/name" ids may break after the slash rather than
// inside a word.
QString table(const QStringList &headers, const QList<QStringList> &rows)
{
    const auto cellText = [](const QString &text) {
        QString html = esc(text.isEmpty() ? QStringLiteral("–") : text);
        html.replace(QLatin1Char('/'), QStringLiteral("/&#8203;"));
        return QStringLiteral("<span style=\"font-size: 8pt\">") + html + QStringLiteral("</span>");
    };
    QString html = QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\">\n<tr>");
    for (const QString &h : headers)
        html += QStringLiteral("<th align=\"left\">") + cellText(h) + QStringLiteral("</th>");
    html += QStringLiteral("</tr>\n");
    for (const QStringList &row : rows) {
        html += QStringLiteral("<tr>");
        for (const QString &c : row)
            html += QStringLiteral("<td>") + cellText(c) + QStringLiteral("</td>");
        html += QStringLiteral("</tr>\n");
    }
    return html + QStringLiteral("</table>\n");
}

QString imageName(const QString &id)
{
    QString name = id;
    name.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_-]")), QStringLiteral("-"));
    return name + QStringLiteral(".png");
}

// Markdown → the HTML of its body, as Qt's Markdown reader (GitHub dialect: tables) renders it.
QString markdownToHtml(const QString &markdown)
{
    QTextDocument doc;
    doc.setMarkdown(markdown, QTextDocument::MarkdownDialectGitHub);
    const QString html = doc.toHtml();
    const qsizetype bodyStart = html.indexOf(QLatin1Char('>'), html.indexOf(QStringLiteral("<body")));
    const qsizetype bodyEnd = html.lastIndexOf(QStringLiteral("</body>"));
    if (bodyStart < 0 || bodyEnd < 0)
        return html;
    return html.mid(bodyStart + 1, bodyEnd - bodyStart - 1);
}

QString withoutComments(QString markdown)
{
    static const QRegularExpression comment(QStringLiteral("<!--.*?-->\\n?"),
                                            QRegularExpression::DotMatchesEverythingOption);
    return markdown.remove(comment);
}
} // namespace

exp::HtmlDocument budgetReportHtml(const BudgetReport &report)
{
    exp::HtmlDocument doc;
    const QString tz = report.timezone;
    doc.title = Tr::tr("Error-budget review: %1").arg(report.period.name);
    QString &h = doc.bodyHtml;

    // Title page.
    h += QStringLiteral("<h1>") + esc(doc.title) + QStringLiteral("</h1>\n");
    h += QStringLiteral("<p><b>") + esc(Tr::tr("Workspace:")) + QStringLiteral("</b> ") + esc(report.workspaceName)
        + QStringLiteral("<br>\n<b>") + esc(Tr::tr("Period:")) + QStringLiteral("</b> ")
        + esc(periodText(report.period) + (report.period.isComplete() ? QString() : Tr::tr(" (in progress)")))
        + QStringLiteral("<br>\n<b>") + esc(Tr::tr("Time zone:")) + QStringLiteral("</b> ") + esc(tz)
        + QStringLiteral("<br>\n<b>") + esc(Tr::tr("Generated:")) + QStringLiteral("</b> ")
        + esc(formatTime(report.generatedAt, tz)) + QStringLiteral("</p>\n");
    h += QStringLiteral("<h2>") + esc(Tr::tr("Summary")) + QStringLiteral("</h2>\n");
    QList<QStringList> summary;
    for (const ReportService &service : report.services)
        for (const ReportSlo &s : service.slos)
            summary << QStringList { s.report.id,
                                     formatPercent(s.report.objective, 3),
                                     formatPercent(s.report.sli, 3),
                                     formatPercent(s.report.errorBudgetConsumed, 2),
                                     formatPercent(s.report.errorBudgetRemaining, 2),
                                     QString::number(s.incidents.size()),
                                     slo::statusName(s.report.status) };
    h += table({ Tr::tr("SLO"), Tr::tr("Objective"), Tr::tr("SLI"), Tr::tr("Budget used"), Tr::tr("Budget left"),
                 Tr::tr("Incidents"), Tr::tr("Status") },
               summary);

    for (const ReportService &service : report.services) {
        h += pageBreak();
        h += QStringLiteral("<h2>") + esc(service.name) + QStringLiteral("</h2>\n");
        for (const ReportSlo &s : service.slos) {
            const slo::SloReport &r = s.report;
            h += QStringLiteral("<h3>") + esc(r.id) + QStringLiteral("</h3>\n");
            if (!s.spec.description.isEmpty())
                h += QStringLiteral("<p>") + esc(s.spec.description) + QStringLiteral("</p>\n");
            if (s.error)
                h += QStringLiteral("<p><b>") + esc(Tr::tr("Prometheus could not answer: %1").arg(s.error->toString()))
                    + QStringLiteral("</b></p>\n");
            h += QStringLiteral("<ul>\n<li>")
                + esc(Tr::tr("Objective: %1 (own window: %2)")
                          .arg(formatPercent(r.objective, 3), slo::windowText(s.spec)))
                + QStringLiteral("</li>\n<li>")
                + esc(Tr::tr("SLI: %1 (%2 bad of %3 events)")
                          .arg(formatPercent(r.sli, 3), formatCount(r.badEvents), formatCount(r.totalEvents)))
                + QStringLiteral("</li>\n<li>")
                + esc(Tr::tr("Budget consumed: %1 (%2 of %3 allowed bad events); remaining: %4")
                          .arg(formatPercent(r.errorBudgetConsumed, 2), formatCount(r.badEvents),
                               formatCount(r.allowedBadEvents), formatPercent(r.errorBudgetRemaining, 2)))
                + QStringLiteral("</li>\n<li>") + esc(Tr::tr("Status: %1").arg(slo::statusName(r.status)))
                + QStringLiteral("</li>\n");
            if (const auto from = s.dataFrom())
                h += QStringLiteral("<li><b>")
                    + esc(Tr::tr("Data only from %1: the numbers cover part of the period").arg(formatTime(*from, tz)))
                    + QStringLiteral("</b></li>\n");
            h += QStringLiteral("</ul>\n");
            if (!s.series.empty() && r.allowedBadEvents > 0) {
                const QString name = imageName(r.id);
                doc.images.insert(name, exp::renderChart(budgetBurndownChart(s, report.period), { 900, 260 }));
                h += QStringLiteral("<p><img src=\"%1\" width=\"640\"></p>\n").arg(name);
            }
            if (s.incidents.isEmpty()) {
                h += QStringLiteral("<p>") + esc(Tr::tr("No incidents in the period.")) + QStringLiteral("</p>\n");
                continue;
            }
            QList<QStringList> incidents, actions;
            for (const ReportIncident &inc : s.incidents) {
                incidents << QStringList { inc.id,
                                           inc.title,
                                           formatTime(inc.span.start, tz),
                                           formatTime(inc.span.end, tz),
                                           formatCount(inc.impact.badEvents),
                                           formatPercent(inc.impact.budgetShare, 2) };
                for (const pm::ActionItem &a : inc.openActionItems)
                    actions << QStringList { inc.id, a.action, a.owner, a.due, a.priority, a.status };
            }
            h += QStringLiteral("<h4>") + esc(Tr::tr("Incidents")) + QStringLiteral("</h4>\n");
            h += table({ Tr::tr("Incident"), Tr::tr("Title"), Tr::tr("Started"), Tr::tr("Ended"), Tr::tr("Bad events"),
                         Tr::tr("Share of budget") },
                       incidents);
            if (actions.isEmpty())
                continue;
            h += QStringLiteral("<h4>") + esc(Tr::tr("Open action items")) + QStringLiteral("</h4>\n");
            h += table({ Tr::tr("Incident"), Tr::tr("Action"), Tr::tr("Owner"), Tr::tr("Due"), Tr::tr("Priority"),
                         Tr::tr("Status") },
                       actions);
        }
    }
    return doc;
}

exp::HtmlDocument postmortemHtml(const QByteArray &documentBytes, const pm::TableHeadings &headings,
                                 const QString &timezone, const PostmortemImpact *impact)
{
    const pm::PostmortemDocument doc = pm::PostmortemDocument::parse(documentBytes, headings);
    const pm::Postmortem p = doc.metadata().postmortem;
    exp::HtmlDocument out;
    out.title = p.id.isEmpty() ? p.title : p.id + QStringLiteral(": ") + p.title;
    QString &h = out.bodyHtml;
    h += QStringLiteral("<h1>") + esc(out.title) + QStringLiteral("</h1>\n");

    const auto time
        = [&](const QDateTime &t) { return t.isValid() ? formatTime(t.toSecsSinceEpoch(), timezone) : QString(); };
    const pm::DerivedFigures figures = pm::derivedFigures(p);
    // The document's language, not the UI's: a Japanese postmortem exports with Japanese labels.
    const bool ja = documentLanguage(doc) == u"ja";
    const auto label = [ja](const char *en, const char16_t *japanese) {
        return ja ? QString::fromUtf16(japanese) : QString::fromLatin1(en);
    };
    QList<QStringList> facts = {
        { label("Severity", u"重要度"), p.severity },
        { label("Status", u"ステータス"), p.status },
        { label("Started", u"発生"), time(p.started) },
        { label("Detected", u"検知"), time(p.detected) },
        { label("Mitigated", u"緩和"), time(p.mitigated) },
        { label("Resolved", u"解決"), time(p.resolved) },
        { label("Impact duration", u"影響時間"), pm::formatDuration(figures.impactDuration) },
        { label("Services", u"サービス"), p.services.join(QStringLiteral(", ")) },
        { QStringLiteral("SLOs"), p.slos.join(QStringLiteral(", ")) },
        { label("Authors", u"作成者"), p.authors.join(QStringLiteral(", ")) },
    };
    h += QStringLiteral("<table border=\"0\" cellpadding=\"2\">\n");
    for (const QStringList &f : facts)
        h += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>\n")
                 .arg(esc(f[0]), esc(f[1].isEmpty() ? QStringLiteral("–") : f[1]));
    h += QStringLiteral("</table>\n");

    const qsizetype impactSection
        = doc.findSection({ QStringLiteral("Impact"), QStringLiteral("影響"), QStringLiteral("User impact"),
                            QStringLiteral("ユーザー影響"), QStringLiteral("Customer impact") });
    const bool chart = impact && !impact->slos.isEmpty();
    bool chartPlaced = false;
    const auto chartHtml = [&] {
        out.images.insert(QStringLiteral("impact.png"),
                          exp::renderChart(incidentImpactChart(*impact, timezone), { 900, 280 }));
        chartPlaced = true;
        return QStringLiteral("<p><img src=\"impact.png\" width=\"640\"></p>\n");
    };
    for (qsizetype i = 0; i < doc.sectionCount(); ++i) {
        const pm::Section &s = doc.section(i);
        QString markdown;
        if (s.level() > 0)
            markdown = QString(s.level(), QLatin1Char('#')) + QLatin1Char(' ') + s.heading() + QStringLiteral("\n\n");
        markdown += withoutComments(s.body());
        if (markdown.trimmed().isEmpty())
            continue;
        h += markdownToHtml(markdown) + QLatin1Char('\n');
        if (chart && i == impactSection)
            h += chartHtml();
    }
    if (chart && !chartPlaced)
        h += QStringLiteral("<h2>") + esc(ja ? QStringLiteral("影響 (SLO データ)") : QStringLiteral("Impact from SLOs"))
            + QStringLiteral("</h2>\n") + chartHtml();
    return out;
}

QString writeDocument(const exp::HtmlDocument &html, const QString &format, const QString &path)
{
    QString error;
    const bool ok = format == u"pdf" ? exp::writePdf(html, path, &error) : exp::writeHtml(html, path, &error);
    if (ok)
        return {};
    return error.isEmpty() ? Tr::tr("cannot write %1").arg(path) : error;
}

QFuture<QString> exportPostmortem(SloEngine *engine, const QByteArray &documentBytes, const pm::TableHeadings &headings,
                                  const QString &timezone, const std::vector<slo::SloSpec> &workspaceSlos,
                                  const QString &format, const QString &path, qint64 now)
{
    const auto render = [documentBytes, headings, timezone, format, path](const PostmortemImpact *impact) {
        return writeDocument(postmortemHtml(documentBytes, headings, timezone, impact), format, path);
    };
    const pm::Postmortem postmortem = pm::PostmortemDocument::parse(documentBytes, headings).metadata().postmortem;
    if (!engine || !postmortem.started.isValid())
        return fut::run([render] { return render(nullptr); });
    return fut::then(computePostmortemImpact(*engine, postmortem, workspaceSlos, now),
                     [render](const PostmortemImpact &impact) { return render(&impact); });
}

} // namespace sre::reports
