#pragma once

#include "datasource.h"

#include <QMainWindow>
#include <vector>

class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;
class QDockWidget;

namespace sre {
namespace ws {
class Workspace;
}
namespace alerting {
class AlertmanagerPoller;
}
class AlertCatalog;
class AlertsPage;
class DatasourceHealth;
class IncidentDeclarer;
class OncallPage;
class OncallStatus;
class PostmortemPage;
class RunbookPage;
class SearchPalette;
class SearchService;
class SloPage;
class Settings;
class WelcomePage;

// Composes the pages; owns no logic of its own beyond wiring, menus and the status bar.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(ws::Workspace &workspace, Settings &settings, DatasourceHealth &health, QWidget *parent = nullptr);

    static QStringList pageNames(); // slos, postmortems, runbooks, alerts, oncall
    // Also takes "welcome": the first-start page shown while no workspace is open.
    bool showPage(const QString &name);
    QString currentPage() const;

    SloPage *sloPage() const { return m_sloPage; }
    WelcomePage *welcomePage() const { return m_welcome; }

    // True while the pages are still fetching their first data (used by --screenshot).
    bool isSettled() const;

    // Opens the search box (Ctrl+K) with `text` typed in.
    void showSearch(const QString &text = {});
    SearchPalette *searchPalette() const { return m_palette; }
    SearchService *searchService() const { return m_search; }
    // The runbook, alerts and on-call pages are built when first shown (or asked for here), not
    // with the window: a cold start pays only for the page it shows (issue 12).
    RunbookPage *runbookPage();
    AlertCatalog *alertCatalog() const { return m_alerts; }
    // The workspace's Alertmanagers, polled while a workspace is open (the Alerts page, and
    // anything else that watches live alerts, reads this one).
    alerting::AlertmanagerPoller *alertPoller() const { return m_poller; }
    AlertsPage *alertsPage();
    OncallPage *oncallPage();
    // Shows the runbook page with `path` open, scrolled to `anchor`.
    void openRunbook(const QString &path, const QString &anchor = {});

    void restoreSession();
    void openWorkspace(const QString &dir);
    // What openWorkspace shows, for a workspace whose load has already started: main() starts it
    // before building the window, so that loading (a worker thread) and building the pages (this
    // thread) overlap.
    void showOpening(const QString &dir);
    // Opens a postmortem (id or file) in the editor once the workspace has loaded (--edit).
    void editPostmortemWhenLoaded(const QString &idOrFile);
    PostmortemPage *postmortemPage() const { return m_postmortemPage; }

public slots:
    // Shows `page` with the item whose IdRole is `id` selected (clearing a filter that hides it).
    bool selectItem(const QString &page, const QString &id);
    void setMeetingMode(bool on); // the SLO page full screen for an error-budget review

signals:
    void maybeSettled();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    enum PageIndex { SloIndex, PostmortemIndex, RunbookIndex, AlertsIndex, OncallIndex };
    // Builds the page at `index` if it is still a placeholder; returns it.
    QWidget *ensurePage(int index);
    void installPage(int index, QWidget *page);
    void createMenus();
    void rebuildRecentMenu();
    void chooseWorkspace();
    void showWorkArea();
    void updateTitle();
    void updateHealth();
    void updateProblems(int errors, int warnings);
    void openSloRunbook(const QString &runbook);
    void updateAlertmanagers();

    ws::Workspace &m_workspace;
    Settings &m_settings;
    DatasourceHealth &m_health;
    QListWidget *m_sidebar;
    QStackedWidget *m_root; // the welcome page, or the sidebar with the pages
    QWidget *m_workArea;
    WelcomePage *m_welcome;
    QStackedWidget *m_pages;
    SloPage *m_sloPage;
    PostmortemPage *m_postmortemPage;
    QString m_pendingEdit;
    RunbookPage *m_runbookPage = nullptr;
    SearchService *m_search;
    AlertCatalog *m_alerts;
    alerting::AlertmanagerPoller *m_poller;
    IncidentDeclarer *m_declarer;
    AlertsPage *m_alertsPage = nullptr;
    OncallPage *m_oncallPage = nullptr;
    OncallStatus *m_oncallStatus = nullptr; // the status bar's on-call line
    std::vector<DatasourceConfig> m_alertmanagers; // what m_poller polls
    SearchPalette *m_palette;
    QDockWidget *m_problemsDock;
    QMenu *m_recentMenu = nullptr;
    QLabel *m_workspaceLabel;
    QLabel *m_problemsLabel;
    QLabel *m_healthLabel;
    QAction *m_meetingAction = nullptr;
    bool m_wasMaximized = false;
};

} // namespace sre
