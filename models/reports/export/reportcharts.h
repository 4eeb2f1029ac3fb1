#pragma once

#include "budgetreport.h"
#include "chartimage.h"
#include "incidentimpact.h"

namespace sre::reports {

// Budget remaining over the period (1 at its start; the period's bad events so far over the
// allowed bad events), the ideal straight line to 0 at the period's end, and the SLO's incidents
// as bands.
exp::ChartSpec budgetBurndownChart(const ReportSlo &slo, const ReportPeriod &period);

// Burn rate per 5-minute bucket of each SLO of a postmortem from an hour before the incident to
// an hour after it, with the incident as a band and burn rate 1 (the budget's pace) and 14.4 (a
// page) as thresholds. Empty (no lines) when no SLO had data.
exp::ChartSpec incidentImpactChart(const PostmortemImpact &impact, const QString &timezone);

} // namespace sre::reports
