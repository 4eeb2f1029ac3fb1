#pragma once

#include "alert.h"

#include <QList>
#include <QWidget>

class QTabWidget;

namespace sre {
namespace ws {
class Workspace;
}
namespace alerting {
class AlertmanagerPoller;
}
class AlertCatalog;
class AlertRulesTab;
class FiringTab;
class HistoryTab;
class Settings;
class SilencesTab;
class SloOverviewModel;

// The Alerts page: what is firing now (Alertmanager, live), the silences, and the alert rules
// catalog, as three tabs. The poller is the workspace's, shared with whoever else watches alerts.
class AlertsPage final : public QWidget
{
    Q_OBJECT
public:
    AlertsPage(ws::Workspace &workspace, AlertCatalog &catalog, alerting::AlertmanagerPoller &poller,
               Settings &settings, QWidget *parent = nullptr);

    enum Tab { Firing, Silences, Rules, History };
    // "firing", "silences", "rules", "history": the names `--page alerts/NAME` takes.
    static QStringList tabNames();
    void showTab(Tab tab);
    Tab currentTab() const;
    // The Rules tab with `filter` typed into its filter box (search palette hits).
    void showRules(const QString &filter);

    FiringTab *firingTab() const { return m_firing; }
    SilencesTab *silencesTab() const { return m_silences; }
    AlertRulesTab *rulesTab() const { return m_rules; }
    HistoryTab *historyTab() const { return m_history; }

    // Budget remaining and burn of the workspace SLOs that alerts belong to (the SLO column).
    void setSloSource(const SloOverviewModel *model);

    // False while the first poll of a workspace with an Alertmanager has not answered yet.
    bool isSettled() const;

signals:
    void openRunbook(const QString &path, const QString &anchor);
    void sloRequested(const QString &id);
    void postmortemRequested(const QString &id); // from a seen-before panel (Firing now or Rules)
    // D on a selection: the hook for declaring an incident from these alerts.
    void declareIncidentRequested(const QList<sre::alerting::Alert> &alerts);
    void settled();

protected:
    bool event(QEvent *event) override;

private:
    void updateTabTitles();

    alerting::AlertmanagerPoller &m_poller;
    QTabWidget *m_tabs;
    FiringTab *m_firing;
    SilencesTab *m_silences;
    AlertRulesTab *m_rules;
    HistoryTab *m_history;
};

} // namespace sre
