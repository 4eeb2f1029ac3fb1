#pragma once

#include "snapshot.h"
#include "store.h"

#include "resolver.h"

#include <QFutureWatcher>
#include <QObject>
#include <QSet>
#include <QTimer>
#include <optional>

class QFileSystemWatcher;

namespace sre::ws {

// A workspace folder: owns one store per kind, loads off the GUI thread, watches the folder so
// an edit in another editor or a `git pull` shows up, and resolves cross-links.
class Workspace final : public QObject
{
    Q_OBJECT
public:
    explicit Workspace(QObject *parent = nullptr);
    ~Workspace() override;

    // Loads in the background; loaded() follows. Watching starts once loaded.
    void open(const QString &dir);
    // Loads on the calling thread (srectl, tests). Does not watch.
    void openBlocking(const QString &dir);
    // While held, a background load that finishes keeps its result until release: main() starts
    // the first load before the window is built and holds it until the window's first frame, so
    // that the frame does not wait behind the handling of the load (the pages filling
    // themselves), which would otherwise come first in the event queue.
    void hold();
    void release();

    bool isLoading() const { return m_loading; }
    bool isOpen() const { return !m_snapshot.config.dir.isEmpty(); }
    QString dir() const { return m_snapshot.config.dir; }
    const WorkspaceConfig &config() const { return m_snapshot.config; }
    Problems problems() const { return m_snapshot.allProblems(); }
    Problems problems(Part part) const
    {
        const auto it = m_snapshot.problems.find(part);
        return it == m_snapshot.problems.end() ? Problems() : it->second;
    }

    Store<slo::SloSpec> &slos() { return m_slos; }
    Store<pm::Postmortem> &postmortems() { return m_postmortems; }
    Store<pm::Postmortem> &templates() { return m_templates; }
    Store<rb::Runbook> &runbooks() { return m_runbooks; }
    Store<alerting::AlertRule> &rules() { return m_rules; }
    const alerting::OncallSchedule &oncall() const { return m_snapshot.oncall; }

    // Alert -> runbook resolution for the current runbook_paths, runbook_url_map and runbooks, the
    // one the GUI and srectl both use. Rebuilt after those change; thread-safe, so a worker may keep it.
    std::shared_ptr<const rb::Resolver> runbookResolver() const;

    // Cross-links.
    const slo::SloSpec *findSlo(const QString &id) const;
    const pm::Postmortem *findPostmortem(const QString &id) const;
    std::vector<const pm::Postmortem *> postmortemsForSlo(const QString &sloId) const;

    void setWatching(bool on);

signals:
    void loaded();
    // A watched folder or file changed on disk, as the watcher reported it (before the debounced
    // reload): for caches kept beside the stores, such as the search index.
    void pathChanged(const QString &path);
    void configChanged();
    void problemsChanged();
    void oncallChanged();

private:
    void apply(Snapshot snapshot, const QSet<Part> &parts);
    void onPathChanged(const QString &path);
    void reloadPending();
    void rewatch();

    Snapshot m_snapshot;
    mutable std::shared_ptr<const rb::Resolver> m_resolver;
    Store<slo::SloSpec> m_slos;
    Store<pm::Postmortem> m_postmortems;
    Store<pm::Postmortem> m_templates;
    Store<rb::Runbook> m_runbooks;
    Store<alerting::AlertRule> m_rules;

    bool m_held = false;
    std::optional<Snapshot> m_heldSnapshot; // a load that finished while held
    bool m_loading = false;
    bool m_watching = true;
    quint64 m_generation = 0;
    QFileSystemWatcher *m_watcher = nullptr;
    QTimer m_debounce;
    QSet<Part> m_pending;
};

// workspace.yaml's runbook_url_map as the resolver takes it.
std::vector<rb::UrlMapping> runbookUrlMapping(const WorkspaceConfig &config);

} // namespace sre::ws
