#pragma once

#include "sloengine.h"
#include "window.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>
#include <memory>

namespace sre::prom {
class CloseSwitch;
}

namespace sre {
namespace ws {
class Workspace;
}
namespace prom {
class PrometheusClient;
}
class SloOverviewModel;

// What the SLO page looks at: each SLO's own window, or one window for all, or a calendar period of
// the workspace's time zone; now, or as of an earlier instant.
struct SloTimeSelection
{
    std::optional<std::chrono::seconds> window;
    std::optional<slo::NamedPeriod> period;
    std::optional<qint64> asOf; // Unix seconds; live when unset

    friend bool operator==(const SloTimeSelection &a, const SloTimeSelection &b)
    {
        const auto period = [](const SloTimeSelection &s) {
            return s.period ? std::optional(std::pair(int(s.period->period), s.period->range)) : std::nullopt;
        };
        return a.window == b.window && a.asOf == b.asOf && period(a) == period(b);
    }
};

// Keeps the SLO overview fed: evaluates every SLO of the workspace against its default Prometheus
// datasource on a timer, without blocking, latest refresh wins. A failed refresh leaves the last
// good numbers in place and says why.
class SloRefresher final : public QObject
{
    Q_OBJECT
public:
    SloRefresher(ws::Workspace &workspace, SloOverviewModel &model, QObject *parent = nullptr);
    ~SloRefresher() override;

    void setInterval(std::chrono::seconds interval); // 0 = manual only
    bool isRefreshing() const { return m_inFlight > 0; }
    QDateTime lastSuccess() const { return m_lastSuccess; }
    QString lastError() const { return m_lastError; }
    QString datasourceName() const { return m_datasource; }
    // The engine of the current datasource (null without one); tests clear its bucket cache so a
    // refresh goes to the network again.
    SloEngine *engine() const { return m_engine.get(); }
    // Set when the datasource has loaded none of the generated rule groups (sre-console-*): the
    // workspace never deployed them, so no SLO is marked and this one hint says so instead.
    QString rulesHint() const { return m_rulesHint; }

    // How often refresh() audits the deployed rules again (auditRules()).
    static constexpr std::chrono::seconds kAuditInterval { 600 };

    void setSelection(const SloTimeSelection &selection); // refreshes
    const SloTimeSelection &selection() const { return m_selection; }
    // The instant evaluated: now (or the "as of" time), moved into a chosen period.
    qint64 evaluationTime() const;
    // The chosen calendar period, for the burndown; none for rolling windows.
    const std::optional<slo::NamedPeriod> &period() const { return m_selection.period; }
    // The workspace's SLOs with the selection's window applied, the way `srectl slo report` applies
    // --window and --period (slo::evaluateOverPeriod()). `timezone` is the zone the period was
    // named in (the workspace's).
    static std::vector<slo::SloSpec> applySelection(std::vector<slo::SloSpec> specs, const SloTimeSelection &selection,
                                                    qint64 at, const QString &timezone);

    // What one refresh's evaluations say together: the error to show (empty when every SLO was
    // evaluated) and whether the refresh counts as a success. A Stale evaluation (a newer
    // evaluation of the same SLO replaced it) is no error. A Cancelled one is not a success
    // either: the refresher's own refreshes are never cancelled by a newer one (the generation
    // check drops those first), so a Cancelled evaluation here was cut off (a request cancelled,
    // an engine closing), and "updated just now" would claim numbers that were never fetched.
    struct Outcome
    {
        QString error;
        bool success = false;
    };
    static Outcome summarize(const QList<SloEvaluation> &results);

public slots:
    void refresh();
    // Compares the generated rules with the groups the datasource has loaded, off the GUI thread;
    // the overview model's RulesDriftRole follows. Every refresh() does it, too.
    void checkRules();
    // Audits the SLO recording rules deployed in the datasource (Sloth's, Pyrra's, the generated
    // ones) against the exact recomputation, off the GUI thread; the overview model's
    // RulesAuditRole follows. refresh() does it too, at most every kAuditInterval (the audit
    // fetches a whole window of 1-minute buckets per SLO with deployed rules).
    void auditRules();

signals:
    void started();
    void finished(); // success or not: see lastError()
    void rulesChecked(); // the model's drift marks and rulesHint() are current
    void rulesAudited(); // the model's audit marks are current

private:
    void closeAudit(); // ends the running audit, if any
    void rebuild();

    ws::Workspace &m_workspace;
    SloOverviewModel &m_model;
    std::unique_ptr<prom::PrometheusClient> m_client;
    std::unique_ptr<SloEngine> m_engine;
    QString m_datasource;
    QTimer m_timer;
    quint64 m_generation = 0;
    quint64 m_rulesGeneration = 0;
    quint64 m_auditGeneration = 0;
    qint64 m_lastAudit = 0; // wall-clock seconds of the last audit started; 0: never
    // Ends the running audit's requests when it is dropped or the refresher goes away, so that a
    // dead Prometheus never keeps the console from closing while the audit retries.
    std::shared_ptr<prom::CloseSwitch> m_auditClose;
    QString m_rulesHint;
    qint64 m_evaluatedAt = 0;
    int m_inFlight = 0;
    QDateTime m_lastSuccess;
    QString m_lastError;
    SloTimeSelection m_selection;
};

} // namespace sre
