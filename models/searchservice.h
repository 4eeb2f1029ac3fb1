#pragma once

#include "resolver.h"

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <atomic>
#include <memory>
#include <optional>
#include <vector>

namespace sre {
namespace ws {
class Workspace;
}
namespace rb {
class SearchIndex;
}

// What the search box (Ctrl+K) finds: runbooks and postmortems from their SQLite FTS5 indexes in
// the user's cache folder, and alerts by a fuzzy match on their names. The indexes are built and
// kept up to date off the GUI thread (only changed files are re-read, from the workspace's file
// watcher); searches run on a worker, one at a time, and a newer query replaces one still waiting
// (latest wins: results of older queries are never delivered).
class SearchService final : public QObject
{
    Q_OBJECT
public:
    enum class Scope { All, Runbooks, Postmortems, Alerts };
    enum class Kind { Runbook, Postmortem, Alert };

    struct Hit
    {
        Kind kind = Kind::Runbook;
        QString path; // the file to open: the runbook, the postmortem, or the alert's runbook (may be empty)
        QString anchor; // for an alert's runbook
        QString title;
        QString detail; // alert names of a runbook, id of a postmortem, severity and group of an alert
        QString snippet; // text around the match, matches between rb::kMarkOpen / rb::kMarkClose
        QString matchedName; // the name the fuzzy match hit, marked the same way
    };
    struct Results
    {
        quint64 id = 0; // what search() returned
        QString query;
        std::vector<Hit> hits; // alerts first, then runbooks, then postmortems
        QString error;
    };
    // An alert as the search knows it (from rule files or a Prometheus server).
    struct AlertEntry
    {
        QString name;
        QString severity;
        QString group;
        QString source; // "rules" file or datasource name
        rb::AlertRef ref;
    };

    // `cacheDir` empty: the user's cache folder (QStandardPaths::CacheLocation).
    explicit SearchService(ws::Workspace &workspace, const QString &cacheDir = {}, QObject *parent = nullptr);
    ~SearchService() override;

    // "rb:", "pm:" and "alert:" in front of the words choose a scope.
    static std::pair<Scope, QString> parseScope(const QString &text);

    // Starts a search; resultsReady() follows with the returned id unless a newer search came first.
    quint64 search(const QString &text, int limit = 30);
    quint64 latestId() const { return m_latest; }

    // Alerts found beyond the rule files (Prometheus /api/v1/rules); replaces the previous list.
    void setExtraAlerts(std::vector<AlertEntry> alerts);

    bool isIndexReady() const { return m_ready; }
    QString indexFolder() const { return m_cacheDir; }
    // Files of the two indexes once built, for tests and diagnostics: in indexFolder(), or in a
    // temporary folder when that is full, read-only or unusable; empty when no index could be built.
    QStringList indexFiles() const;
    // Updates applied since the workspace opened (each one a set of changed files or a re-listing).
    int updatesApplied() const { return m_updatesApplied; }

signals:
    void resultsReady(const sre::SearchService::Results &results);
    void indexProgress(int done, int total);
    void indexReady();
    // The indexes took in a change on disk; a visible result list may want to search again.
    void indexUpdated();
    void indexError(const QString &message);

private:
    struct Indexes;
    void rebuild();
    void scheduleUpdate(const QString &path);
    void runUpdate();
    void runNext();
    void rebuildAlerts();

    ws::Workspace &m_workspace;
    QString m_cacheDir;
    std::shared_ptr<Indexes> m_indexes;
    std::shared_ptr<std::atomic_bool> m_cancel;
    std::shared_ptr<const std::vector<AlertEntry>> m_alerts;
    std::vector<AlertEntry> m_extraAlerts;
    bool m_ready = false;
    bool m_updating = false;
    bool m_searching = false;
    int m_updatesApplied = 0;
    quint64 m_latest = 0;
    struct Pending
    {
        quint64 id;
        QString text;
        int limit;
    };
    std::optional<Pending> m_pending;
    QStringList m_changedPaths;
    bool m_relist = false;
    QTimer m_updateTimer;
};

} // namespace sre

Q_DECLARE_METATYPE(sre::SearchService::Results)
