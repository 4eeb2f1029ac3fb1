#pragma once

#include "replay.h"
#include "timeseries.h"

#include <QTimeZone>
#include <QWidget>
#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace sre {
namespace ws {
class Workspace;
}
namespace prom {
class PrometheusClient;
}
class ReplayTable;
class ReplayTimeline;
class TimeChartView;

// The Replay tab of the SLO detail: how the SLO's burn-rate tiers (or edited "what if" ones)
// would have fired over the last days, one row per tier on a timeline with the postmortems'
// incidents shaded, and the per-tier table of `srectl slo replay`. Fetching and evaluating run
// off the GUI thread; a newer run makes an older one's result stale.
class SloReplayView final : public QWidget
{
    Q_OBJECT
public:
    // Per tier: the long and the short window's burn rate at every evaluation (NaN without traffic).
    struct Curves
    {
        std::shared_ptr<const series::TimeSeries> longBurn;
        std::shared_ptr<const series::TimeSeries> shortBurn;
    };

    explicit SloReplayView(ws::Workspace &workspace, QWidget *parent = nullptr);
    ~SloReplayView() override;

    // The SLO to replay, up to `end` (Unix seconds; 0: now), the instant the SLO page evaluates
    // (now, or its "as of" time or period). Clears the last result when it is another SLO.
    // Nothing runs until run().
    void setSlo(const slo::SloSpec &spec, qint64 end = 0);
    // Replays over the chosen range with the edits typed in "What if". Errors show in the view.
    void run();

    bool isRunning() const { return m_running; }
    const std::optional<replay::ReplayResult> &result() const { return m_result; }
    QString statusText() const;
    const std::vector<Curves> &curves() const { return m_curves; } // per tier of result()
    ReplayTable *table() const { return m_table; }
    // The result kept as A for comparison ("Keep as A"), if any.
    const std::optional<replay::ReplayResult> &kept() const { return m_kept; }
    void keepAsA();
    void stopComparing();
    QLineEdit *whatIf() const { return m_whatIf; }
    // For an SLO with groups, shown after the first run: all groups together (the first item), or
    // one group replayed on its own events, as its own alert fires; choosing one runs again.
    QComboBox *groupChoice() const { return m_group; }

signals:
    void finished(); // a run ended, with a result or an error

private:
    void showResult(const replay::ReplayResult &result, std::vector<Curves> curves);
    void showCurves();
    void fail(const QString &message);
    void showTable();
    QString rangeText(const replay::ReplayResult &r) const;

    ws::Workspace &m_workspace;
    std::optional<slo::SloSpec> m_spec;
    qint64 m_end = 0;
    std::unique_ptr<prom::PrometheusClient> m_client;
    QString m_clientDatasource;
    quint64 m_generation = 0;
    bool m_running = false;
    std::optional<replay::ReplayResult> m_result;
    QComboBox *m_range;
    QComboBox *m_step;
    QComboBox *m_group;
    QLineEdit *m_whatIf;
    QPushButton *m_run;
    QProgressBar *m_progress;
    QLabel *m_status;
    ReplayTimeline *m_timeline;
    QComboBox *m_curveTier;
    TimeChartView *m_burnChart;
    std::vector<Curves> m_curves;
    QPushButton *m_keep;
    QLabel *m_comparing;
    QPushButton *m_stopComparing;
    ReplayTable *m_table;
    QString m_runEdits; // the "What if" text of the run under way
    QString m_resultEdits; // ... of m_result
    std::optional<replay::ReplayResult> m_kept;
    QString m_keptEdits;
};

} // namespace sre
