#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QStackedWidget;
class QToolButton;
class QTreeView;

namespace sre {
namespace ws {
class Workspace;
}
class Settings;
class SloDetailView;
class SloOverviewModel;
class SloRefresher;
class SloServiceTreeModel;
class SloTimeBar;

// The SLO page: every SLO of the workspace grouped by service with live numbers (SLI, budget,
// burn rates, status, budget trend), refreshed without blocking; Enter or a double-click opens the
// SLO's detail charts. One time bar for both: window presets, calendar periods of the workspace's
// time zone, an "as of" instant and the auto-refresh interval. Review-meeting mode (F11) shows the
// detail full screen in large type; arrow keys step through the SLOs.
class SloPage final : public QWidget
{
    Q_OBJECT
public:
    SloPage(ws::Workspace &workspace, Settings &settings, QWidget *parent = nullptr);

    SloOverviewModel *model() const { return m_model; }
    SloRefresher *refresher() const { return m_refresher; }
    QTreeView *view() const { return m_view; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    SloDetailView *detail() const { return m_detail; }
    SloTimeBar *timeBar() const { return m_timeBar; }
    // The line above the overview that says the numbers are stale and why.
    QLabel *staleBanner() const { return m_banner; }

    bool openDetail(const QString &sloId);
    void showOverview();
    bool isDetailShown() const;
    bool isMeetingMode() const { return m_meeting; }
    bool isBusy() const; // the detail is still computing or drawing

public slots:
    void setMeetingMode(bool on);

signals:
    void meetingModeChanged(bool on);
    void settled(); // the detail finished drawing
    void postmortemRequested(const QString &id);
    void runbookRequested(const QString &runbook);

private:
    void applyTimeSelection();
    void updateEmptyState();
    void updateSummary();
    void updateFreshness();
    void refreshDetail();
    void step(int delta, bool byService);

    ws::Workspace &m_workspace;
    Settings &m_settings;
    SloOverviewModel *m_model;
    SloServiceTreeModel *m_tree;
    QSortFilterProxyModel *m_proxy;
    SloRefresher *m_refresher;
    QLabel *m_title;
    QLabel *m_summary;
    QLabel *m_banner;
    QLabel *m_updated;
    QToolButton *m_refresh;
    QToolButton *m_meetingButton;
    QToolButton *m_exportRules;
    QLineEdit *m_filter;
    QTreeView *m_view;
    QLabel *m_empty;
    QStackedWidget *m_stack;
    SloDetailView *m_detail;
    SloTimeBar *m_timeBar;
    QList<QObject *> m_meetingShortcuts;
    bool m_meeting = false;
    QFont m_normalFont;
};

} // namespace sre
