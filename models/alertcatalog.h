#pragma once

#include "alertrule.h"
#include "resolver.h"

#include <QAbstractTableModel>
#include <QObject>
#include <QTimer>
#include <memory>

namespace sre {
namespace ws {
class Workspace;
}
namespace prom {
class PrometheusClient;
}

// Every alert the workspace knows: its rules/ files merged with the alerting rules of its
// Prometheus datasource (/api/v1/rules, when that answers), each with the runbook it resolves to
// (Workspace::runbookResolver, as srectl uses). Merging and resolving run off the GUI thread.
class AlertCatalog final : public QObject
{
    Q_OBJECT
public:
    struct Entry
    {
        alerting::AlertRule rule;
        QStringList sources; // rule file (relative to the workspace) and/or datasource name
        QString state; // inactive | pending | firing, when a Prometheus reported it
        rb::Resolution runbook;
        QString runbookShown; // the runbook relative to its runbook folder
        bool resolved = false; // runbook is known (resolution runs off the GUI thread)
        bool local() const { return !rule.file.isEmpty() && rule.datasource.isEmpty(); }
    };

    explicit AlertCatalog(ws::Workspace &workspace, QObject *parent = nullptr);
    ~AlertCatalog() override;

    const std::vector<Entry> &entries() const { return m_entries; }
    // Alerts only the Prometheus server has.
    std::vector<alerting::AlertRule> remoteRules() const { return m_remote; }
    QString remoteDatasource() const { return m_remoteName; }
    QString remoteError() const { return m_remoteError; }
    bool isResolving() const { return m_resolving; }

    // Asks Prometheus for its rules now (also done on load and every `interval`).
    void fetchRemote();
    void setRefreshInterval(std::chrono::milliseconds interval);

    // Merges rule-file rules with rules from a server: same name and group is one alert with both
    // sources; a server rule without a local twin is added. Pure, for tests.
    static std::vector<Entry> merge(const std::vector<alerting::AlertRule> &local,
                                    const std::vector<alerting::AlertRule> &remote, const QString &workspaceDir);

signals:
    void changed();
    void remoteFetched();

private:
    void recompute();
    void configure();

    ws::Workspace &m_workspace;
    std::vector<Entry> m_entries;
    std::vector<alerting::AlertRule> m_remote;
    QString m_remoteName;
    QString m_remoteError;
    std::unique_ptr<prom::PrometheusClient> m_client;
    QTimer m_refresh;
    quint64 m_generation = 0;
    quint64 m_fetchGeneration = 0;
    bool m_resolving = false;
};

// The Alerts page's table: one row per alert of the catalog.
class AlertCatalogModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, Severity, Runbook, State, Group, Source, ColumnCount };
    static constexpr int RunbookFileRole = Qt::UserRole + 60; // resolved runbook, absolute
    static constexpr int RunbookAnchorRole = Qt::UserRole + 61;

    explicit AlertCatalogModel(AlertCatalog &catalog, QObject *parent = nullptr);
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    const AlertCatalog::Entry *entry(int row) const;

private:
    AlertCatalog &m_catalog;
    std::vector<AlertCatalog::Entry> m_rows;
};

} // namespace sre
