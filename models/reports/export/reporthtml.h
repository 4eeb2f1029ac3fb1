#pragma once

#include "budgetreport.h"
#include "htmldocument.h"
#include "incidentimpact.h"

#include <QFuture>

namespace sre::reports {

// The error-budget review as a handout: a title page with the period and the generation time,
// a summary table, then each service on a page of its own with every SLO's numbers, its budget
// burndown chart with incident bands, its incidents and their open action items. Times in the
// workspace's zone.
exp::HtmlDocument budgetReportHtml(const BudgetReport &report);

// A postmortem as a document: its title, the front matter's facts (times in `timezone`), its
// sections as Markdown renders them (guidance comments dropped), and, when `impact` is given,
// the impact chart under the Impact section.
exp::HtmlDocument postmortemHtml(const QByteArray &documentBytes, const pm::TableHeadings &headings,
                                 const QString &timezone, const PostmortemImpact *impact = nullptr);

// Renders `html` as `format` ("html" or "pdf") to `path`; an error message, empty on success.
QString writeDocument(const exp::HtmlDocument &html, const QString &format, const QString &path);

// For the postmortem editor's "Export…" and `srectl postmortem export`: the document (its
// current bytes) as `format` ("html" or "pdf") at `path`, with the impact chart when `engine` is
// given (its SLO data fetched first; without an engine, or when Prometheus fails, the export is
// written without the chart). Runs off the calling thread; the future's result is an error
// message, empty on success. The engine must outlive the future.
QFuture<QString> exportPostmortem(SloEngine *engine, const QByteArray &documentBytes, const pm::TableHeadings &headings,
                                  const QString &timezone, const std::vector<slo::SloSpec> &workspaceSlos,
                                  const QString &format, const QString &path, qint64 now);

} // namespace sre::reports
