#pragma once

#include "sloengine.h"
#include "slohistory.h"

#include <QTimeZone>
#include <QWidget>

class QLabel;
class QTabWidget;
class QTableWidget;
class QToolButton;

namespace sre {
namespace ws {
class Workspace;
}
class TimeChartView;
class SloReplayView;
class RulesAuditMark;

// The detail of one SLO: SLI against the objective, the error budget over time (a burndown beside
// the ideal line for calendar periods), burn rates against the alert tiers, the tier table, the
// counts behind every number, and the incidents of the workspace's postmortems shaded on every
// chart. The charts share one time range: zooming one zooms all.
class SloDetailView final : public QWidget
{
    Q_OBJECT
public:
    explicit SloDetailView(ws::Workspace &workspace, QWidget *parent = nullptr);

    // Shows `evaluation` (computed off the GUI thread; historyReady() when drawn). The period is
    // the calendar period picked on the page, if any.
    void setEvaluation(const SloEvaluation &evaluation, std::optional<slo::NamedPeriod> period = {});
    QString sloId() const { return m_id; }
    void setMeetingMode(bool on);

    QList<TimeChartView *> charts() const { return m_charts; }
    SloReplayView *replayView() const { return m_replay; }
    void showReplayTab(); // the Replay tab (issue 15): the alert tiers over the SLO's history
    QString numbersText() const; // what the counts panel shows, for tests
    // The rule audit's mark: the deployed rules of this SLO record other values than the exact
    // events give (one line per finding and its causes; the evidence in the tooltip). Empty hides it.
    void setRulesAudit(const QString &brief, const QString &detail);
    QString rulesAuditText() const; // what the mark shows; empty when hidden
    bool isBusy() const;

signals:
    void backRequested();
    void postmortemRequested(const QString &id);
    void runbookRequested(const QString &runbook); // as the spec wrote it: a path or a URL
    void historyReady();

private:
    void showHistory(const SloEvaluation &evaluation, const SloHistory &history);
    void showNumbers(const SloEvaluation &evaluation, const std::optional<slo::NamedPeriod> &period);
    void syncRange(TimeChartView *source, double from, double to);
    void showHeadline(const SloEvaluation &evaluation);

    ws::Workspace &m_workspace;
    QString m_id;
    QString m_runbook;
    quint64 m_generation = 0;
    int m_pending = 0;
    bool m_meeting = false;
    QTimeZone m_zone;
    QLabel *m_title;
    QLabel *m_subtitle;
    RulesAuditMark *m_audit;
    QToolButton *m_back;
    QToolButton *m_runbookButton;
    QToolButton *m_resetZoom;
    TimeChartView *m_sliChart;
    TimeChartView *m_budgetChart;
    TimeChartView *m_burnChart;
    QList<TimeChartView *> m_charts;
    QLabel *m_headline; // meeting mode: the numbers that matter, in one line above the charts
    QWidget *m_side;
    QLabel *m_numbers;
    QLabel *m_tiersTitle;
    QTableWidget *m_tiers;
    QLabel *m_incidents;
    QTabWidget *m_tabs;
    SloReplayView *m_replay;
};

} // namespace sre
