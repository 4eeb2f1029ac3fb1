#pragma once

#include <QWidget>
#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QProgressBar;
class QSortFilterProxyModel;
class QTableView;
class QToolButton;

namespace sre {
namespace ws {
class Workspace;
}
namespace prom {
class PrometheusClient;
}
class AlertCatalog;
class AlertHistoryLoader;
class FiringTimeline;
class NoisiestAlertsModel;
class RunbookBrowser;

// The History tab of the Alerts page: the Noisiest alerts table of the last 7 or 30 days, from
// Prometheus' own ALERTS series (loaded off the GUI thread, latest request wins), sortable by pages
// per week and night-time pages; the selected alert's firings as a timeline beside its runbook.
class HistoryTab final : public QWidget
{
    Q_OBJECT
public:
    HistoryTab(ws::Workspace &workspace, AlertCatalog &catalog, QWidget *parent = nullptr);
    ~HistoryTab() override;

    QComboBox *periodBox() const { return m_period; }
    QTableView *view() const { return m_view; }
    NoisiestAlertsModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    FiringTimeline *timeline() const { return m_timeline; }
    RunbookBrowser *runbook() const { return m_runbook; }
    QLabel *statusLabel() const { return m_status; }
    bool isLoading() const;

    // Loads the period ending at `end` (Unix seconds) instead of now (tests, a past review).
    void setEnd(std::optional<qint64> end);
    void reload();

signals:
    void loaded();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void applyHistory();
    void showRow(const QModelIndex &proxyIndex);

    ws::Workspace &m_workspace;
    AlertCatalog &m_catalog;
    std::unique_ptr<prom::PrometheusClient> m_client;
    QString m_clientDatasource;
    AlertHistoryLoader *m_loader;
    NoisiestAlertsModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QComboBox *m_period;
    QToolButton *m_refresh;
    QProgressBar *m_progress;
    QLabel *m_status;
    QTableView *m_view;
    FiringTimeline *m_timeline;
    RunbookBrowser *m_runbook;
    QLabel *m_noRunbook;
    std::optional<qint64> m_end;
    bool m_loadedOnce = false;
};

} // namespace sre
