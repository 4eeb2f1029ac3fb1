#pragma once

#include "intervalimpact.h"
#include "postmortem.h"
#include "report.h"
#include "reportperiod.h"
#include "tablerows.h"

#include <QFuture>
#include <QJsonObject>
#include <QList>
#include <vector>

namespace sre {
class SloEngine;
struct SloEvaluation;
namespace ws {
class Workspace;
}
} // namespace sre

namespace sre::reports {

// A postmortem whose incident overlaps the period, as one SLO's review sees it.
struct ReportIncident
{
    QString id;
    QString title;
    QString severity;
    QString status;
    QString file;
    slo::TimeRange span; // started → resolved (mitigated, or the period's end when neither)
    IntervalImpact impact; // span ∩ period, as a share of this SLO's budget for the period
    QList<pm::ActionItem> openActionItems;
};

struct ReportSlo
{
    slo::SloSpec spec; // the workspace's spec (its own window)
    slo::SloReport report; // evaluated over the period
    slo::EventSeries series; // the buckets, for the burndown chart
    std::optional<prom::Error> error;
    QList<ReportIncident> incidents;

    // The first bucket with data when it starts after the period does (the numbers then cover less).
    std::optional<qint64> dataFrom() const;
};

struct ReportService
{
    QString name;
    QList<ReportSlo> slos;
};

// The error-budget review of a period: per service and SLO the objective, SLI, budget consumed,
// the incidents in the period with their share of the budget, and their open action items.
struct BudgetReport
{
    QString workspaceName;
    QString timezone;
    ReportPeriod period;
    qint64 generatedAt = 0;
    QList<ReportService> services; // by name; SLOs in workspace order

    int sloCount() const;
};

// What the report reads from the workspace, copied so that it can be built off the GUI thread.
struct BudgetReportInput
{
    QString workspaceName;
    QString workspaceDir;
    QString timezone;
    std::vector<slo::SloSpec> slos;
    std::vector<pm::Postmortem> postmortems;
};
BudgetReportInput budgetReportInput(ws::Workspace &workspace);

// Whether a postmortem is about an SLO: its `slos:` names it, or it names no SLO at all and its
// `services:` names the SLO's service.
bool postmortemConcerns(const pm::Postmortem &postmortem, const slo::SloSpec &spec);
// started → resolved, else mitigated, else `openEnd`; empty when there is no start.
slo::TimeRange incidentSpan(const pm::Postmortem &postmortem, qint64 openEnd);

// The report from evaluations of specForPeriod() of each SLO (in input order). Reads the
// workspace's templates (for the action item headings) from disk.
BudgetReport assembleBudgetReport(const BudgetReportInput &input, const ReportPeriod &period,
                                  const QList<SloEvaluation> &evaluations, qint64 generatedAt);
// Evaluates every SLO over the period through the engine and assembles the report.
QFuture<BudgetReport> buildBudgetReport(SloEngine &engine, const BudgetReportInput &input, const ReportPeriod &period,
                                        qint64 generatedAt);

// `srectl report budget --format json`: every SLO as `srectl slo report --format json` prints it
// for the same period, plus its incidents.
QJsonObject toJson(const BudgetReport &report);
QString toMarkdown(const BudgetReport &report);

// Shared by the renderers: times in the report's zone, numbers as the handout shows them.
QString formatTime(qint64 unixSeconds, const QString &timezone); // "2026-10-01 00:00 JST"
QString formatPercent(std::optional<double> fraction, int decimals); // "99.912 %", "–"
QString formatCount(double events); // "1,234,567"
QString periodText(const ReportPeriod &period); // "2026-10-01 00:00 – 2026-11-01 00:00 JST"

} // namespace sre::reports
