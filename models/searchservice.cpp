#include "searchservice.h"

#include "futurewatch.h"
#include "fuzzy.h"
#include "searchindex.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtConcurrent/QtConcurrentRun>

namespace sre {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(sre::SearchService)
};

bool under(const QString &path, const QString &folder)
{
    return path == folder || path.startsWith(folder + u'/');
}

// Alerts are few (hundreds): match them all, camelCase-aware, best first.
std::vector<SearchService::Hit> matchAlerts(const std::vector<SearchService::AlertEntry> &alerts, const QString &query,
                                            std::size_t limit, const rb::Resolver *resolver)
{
    const rb::FuzzyQuery q = rb::prepareQuery(query);
    if (q.folded.size() < 2)
        return {};
    struct Scored
    {
        int score;
        const SearchService::AlertEntry *alert;
        QList<int> positions;
    };
    std::vector<Scored> scored;
    for (const SearchService::AlertEntry &a : alerts) {
        const rb::FuzzyMatch m = rb::fuzzyMatch(q, rb::prepareCandidate(a.name));
        if (m.matched())
            scored.push_back({ m.score, &a, m.positions });
    }
    std::stable_sort(scored.begin(), scored.end(), [](const Scored &a, const Scored &b) { return a.score > b.score; });
    if (scored.size() > limit)
        scored.resize(limit);
    std::vector<SearchService::Hit> hits;
    for (const Scored &s : scored) {
        SearchService::Hit h;
        h.kind = SearchService::Kind::Alert;
        h.title = s.alert->name;
        h.matchedName = rb::highlightMatch(s.alert->name, s.positions, rb::kMarkOpen, rb::kMarkClose);
        QStringList detail;
        for (const QString &part : { s.alert->severity, s.alert->group, s.alert->source })
            if (!part.isEmpty())
                detail << part;
        if (resolver) {
            const rb::Resolution r = resolver->resolve(s.alert->ref);
            if (r.found()) {
                h.path = r.file;
                h.anchor = r.anchor;
                detail << Tr::tr("runbook: %1").arg(QFileInfo(r.file).fileName());
            } else {
                detail << Tr::tr("no runbook");
            }
        }
        h.detail = detail.join(QStringLiteral(" · "));
        hits.push_back(std::move(h));
    }
    return hits;
}
} // namespace

struct SearchService::Indexes
{
    // Null when no index could be written anywhere: search then covers alerts only.
    std::unique_ptr<rb::SearchIndex> runbooks;
    std::unique_ptr<rb::SearchIndex> postmortems;
    std::unique_ptr<QTemporaryDir> fallbackDir; // where the indexes live when the cache folder failed
    QStringList runbookRoots;
    QStringList postmortemRoots;
    QString dir;
    bool open = false;
};

namespace {
// Opens and fills both indexes. Returns why the indexes themselves failed (empty when they work);
// files that could not be read are added to `notes`.
template<class Indexes>
QString fill(Indexes &indexes, const std::atomic_bool *cancel, const rb::Progress &progress, QStringList &notes)
{
    for (rb::SearchIndex *index : { indexes.runbooks.get(), indexes.postmortems.get() })
        if (const QString e = index->open(); !e.isEmpty())
            return e;
    const rb::UpdateStats rbStats = indexes.runbooks->update(indexes.runbookRoots, cancel, progress);
    if (rbStats.indexFailed)
        return rbStats.errors.join(u'\n');
    if (cancel && cancel->load())
        return {};
    const rb::UpdateStats pmStats = indexes.postmortems->update(indexes.postmortemRoots, cancel);
    if (pmStats.indexFailed)
        return pmStats.errors.join(u'\n');
    indexes.runbooks->warmUp();
    indexes.postmortems->warmUp();
    notes << rbStats.errors << pmStats.errors;
    return {};
}
} // namespace

SearchService::SearchService(ws::Workspace &workspace, const QString &cacheDir, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_cacheDir(cacheDir)
    , m_alerts(std::make_shared<std::vector<AlertEntry>>())
{
    qRegisterMetaType<sre::SearchService::Results>();
    if (m_cacheDir.isEmpty()) {
        // The folder srectl uses too, so both share one index per workspace.
        const QString base = QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation);
        m_cacheDir = QDir(base).filePath(QStringLiteral("sre-console"));
    }
    // Editors write in short bursts; one update per burst.
    m_updateTimer.setSingleShot(true);
    m_updateTimer.setInterval(60);
    connect(&m_updateTimer, &QTimer::timeout, this, &SearchService::runUpdate);
    connect(&workspace, &ws::Workspace::configChanged, this, [this] {
        const bool sameDir = m_indexes && m_indexes->dir == m_workspace.dir()
            && m_indexes->runbookRoots == m_workspace.config().runbookPaths;
        if (sameDir) {
            m_relist = true;
            m_updateTimer.start();
        } else {
            rebuild();
        }
    });
    connect(&workspace, &ws::Workspace::pathChanged, this, &SearchService::scheduleUpdate);
    auto relist = [this] {
        m_relist = true;
        m_updateTimer.start();
    };
    connect(&workspace.runbooks(), &ws::StoreBase::changed, this, relist);
    connect(&workspace.postmortems(), &ws::StoreBase::changed, this, relist);
    connect(&workspace.rules(), &ws::StoreBase::changed, this, &SearchService::rebuildAlerts);
    if (workspace.isOpen())
        rebuild();
}

SearchService::~SearchService()
{
    if (m_cancel)
        *m_cancel = true;
}

std::pair<SearchService::Scope, QString> SearchService::parseScope(const QString &text)
{
    const QString trimmed = text.trimmed();
    static const std::pair<const char *, Scope> prefixes[] = {
        { "rb:", Scope::Runbooks },
        { "pm:", Scope::Postmortems },
        { "alert:", Scope::Alerts },
        { "alerts:", Scope::Alerts },
    };
    for (const auto &[prefix, scope] : prefixes) {
        const QLatin1String p(prefix);
        if (trimmed.startsWith(p, Qt::CaseInsensitive))
            return { scope, trimmed.mid(p.size()).trimmed() };
    }
    return { Scope::All, trimmed };
}

QStringList SearchService::indexFiles() const
{
    // Until the build is done the worker may still move the indexes to a fallback folder.
    if (!m_indexes || !m_indexes->open || !m_indexes->runbooks || !m_indexes->postmortems)
        return {};
    return { m_indexes->runbooks->file(), m_indexes->postmortems->file() };
}

void SearchService::rebuildAlerts()
{
    auto alerts = std::make_shared<std::vector<AlertEntry>>();
    QSet<QString> seen;
    for (const alerting::AlertRule &r : m_workspace.rules().items()) {
        if (seen.contains(r.name))
            continue;
        seen.insert(r.name);
        alerts->push_back({ r.name, r.severity(), r.group, QFileInfo(r.file).fileName(),
                            rb::AlertRef { r.name, r.annotations, r.file, r.line } });
    }
    for (const AlertEntry &a : m_extraAlerts) {
        if (seen.contains(a.name))
            continue;
        seen.insert(a.name);
        alerts->push_back(a);
    }
    m_alerts = alerts;
}

void SearchService::setExtraAlerts(std::vector<AlertEntry> alerts)
{
    m_extraAlerts = std::move(alerts);
    rebuildAlerts();
}

void SearchService::rebuild()
{
    if (m_cancel)
        *m_cancel = true;
    m_ready = false;
    m_changedPaths.clear();
    m_relist = false;
    rebuildAlerts();
    if (!m_workspace.isOpen()) {
        m_indexes.reset();
        return;
    }
    auto indexes = std::make_shared<Indexes>();
    indexes->dir = m_workspace.dir();
    indexes->runbookRoots = m_workspace.config().runbookPaths;
    const QString pmDir = QDir(indexes->dir).filePath(QStringLiteral("postmortems"));
    indexes->postmortemRoots = { pmDir };
    indexes->runbooks = std::make_unique<rb::SearchIndex>(rb::SearchIndex::fileFor(m_cacheDir, indexes->dir));
    indexes->postmortems = std::make_unique<rb::SearchIndex>(rb::SearchIndex::fileFor(m_cacheDir, pmDir));
    m_indexes = indexes;
    auto cancel = std::make_shared<std::atomic_bool>(false);
    m_cancel = cancel;
    m_updating = true;
    QPointer<SearchService> self(this);
    // Progress reaches the GUI thread at most every 100 files.
    auto progress = [self](int done, int total) {
        if (done % 100 != 0 && done != total)
            return;
        QMetaObject::invokeMethod(
            self.data(),
            [self, done, total] {
                if (self)
                    emit self->indexProgress(done, total);
            },
            Qt::QueuedConnection);
    };
    onFinished(this, QtConcurrent::run([indexes, cancel, progress]() -> QString {
                   QStringList notes;
                   QString failure = fill(*indexes, cancel.get(), progress, notes);
                   if (failure.isEmpty() || cancel->load())
                       return notes.join(u'\n');
                   // The cache folder is full, read-only or holds a file SQLite cannot use. The index is only
                   // a cache: build it in a private temporary folder for this session instead.
                   auto fallback = std::make_unique<QTemporaryDir>(
                       QDir(QDir::tempPath()).filePath(QStringLiteral("sre-console-index-XXXXXX")));
                   QString second = fallback->isValid() ? QString() : Tr::tr("cannot create a temporary folder either");
                   if (second.isEmpty()) {
                       indexes->runbooks = std::make_unique<rb::SearchIndex>(
                           rb::SearchIndex::fileFor(fallback->path(), indexes->dir));
                       indexes->postmortems = std::make_unique<rb::SearchIndex>(
                           rb::SearchIndex::fileFor(fallback->path(), indexes->postmortemRoots.value(0)));
                       QStringList ignored;
                       second = fill(*indexes, cancel.get(), progress, ignored);
                   }
                   if (second.isEmpty()) {
                       indexes->fallbackDir = std::move(fallback);
                       return Tr::tr("%1\nThe search index is kept in %2 until the app closes.")
                           .arg(failure, indexes->fallbackDir->path());
                   }
                   // Nowhere to write: searching falls back to alert names, which need no index.
                   indexes->runbooks.reset();
                   indexes->postmortems.reset();
                   return Tr::tr("%1\n%2\nSearch finds alerts only until the cache folder is writable again.")
                       .arg(failure, second);
               }),
               [this, indexes](const QString &error) {
                   if (indexes != m_indexes)
                       return; // another workspace, or another set of roots, since
                   m_updating = false;
                   indexes->open = true;
                   m_ready = true;
                   if (!error.isEmpty())
                       emit indexError(error);
                   emit indexReady();
                   if (m_relist || !m_changedPaths.isEmpty())
                       runUpdate();
                   if (m_pending && !m_searching) {
                       m_searching = true;
                       runNext();
                   }
               });
}

void SearchService::scheduleUpdate(const QString &path)
{
    m_changedPaths << path;
    m_updateTimer.start();
}

void SearchService::runUpdate()
{
    if (!m_indexes || !m_ready || m_updating)
        return; // done after the running one
    if (!m_relist && m_changedPaths.isEmpty())
        return;
    const bool relist = std::exchange(m_relist, false);
    QStringList paths = std::exchange(m_changedPaths, {});
    paths.removeDuplicates();
    m_updating = true;
    auto indexes = m_indexes;
    onFinished(this, QtConcurrent::run([indexes, relist, paths] {
                   if (!indexes->runbooks || !indexes->postmortems)
                       return; // no index anywhere: nothing to update
                   bool relistRunbooks = relist, relistPostmortems = relist;
                   QStringList runbookFiles, postmortemFiles;
                   for (const QString &p : paths) {
                       const bool folder = QFileInfo(p).isDir() || !p.endsWith(QStringLiteral(".md"));
                       const bool pm = std::any_of(indexes->postmortemRoots.cbegin(), indexes->postmortemRoots.cend(),
                                                   [&](const QString &r) { return under(p, r); });
                       const bool rbk = std::any_of(indexes->runbookRoots.cbegin(), indexes->runbookRoots.cend(),
                                                    [&](const QString &r) { return under(p, QDir::cleanPath(r)); });
                       if (folder) {
                           relistPostmortems = relistPostmortems || pm;
                           relistRunbooks = relistRunbooks || rbk;
                       } else {
                           if (pm)
                               postmortemFiles << p;
                           if (rbk)
                               runbookFiles << p;
                       }
                   }
                   if (relistRunbooks)
                       indexes->runbooks->update(indexes->runbookRoots);
                   else if (!runbookFiles.isEmpty())
                       indexes->runbooks->updateFiles(indexes->runbookRoots, runbookFiles);
                   if (relistPostmortems)
                       indexes->postmortems->update(indexes->postmortemRoots);
                   else if (!postmortemFiles.isEmpty())
                       indexes->postmortems->updateFiles(indexes->postmortemRoots, postmortemFiles);
                   indexes->runbooks->warmUp();
                   indexes->postmortems->warmUp();
               }),
               [this, indexes] {
                   if (indexes != m_indexes)
                       return;
                   m_updating = false;
                   ++m_updatesApplied;
                   emit indexUpdated();
                   if (m_relist || !m_changedPaths.isEmpty())
                       runUpdate();
               });
}

quint64 SearchService::search(const QString &text, int limit)
{
    const quint64 id = ++m_latest;
    m_pending = Pending { id, text, limit };
    // Never answer inside this call: the caller first learns the id, then gets the results.
    if (!m_searching) {
        m_searching = true;
        QMetaObject::invokeMethod(this, &SearchService::runNext, Qt::QueuedConnection);
    }
    return id;
}

void SearchService::runNext()
{
    if (!m_pending) {
        m_searching = false;
        return;
    }
    const Pending job = *std::exchange(m_pending, std::nullopt);
    m_searching = true;
    std::shared_ptr<Indexes> indexes;
    if (m_indexes && m_indexes->open)
        indexes = m_indexes;
    auto alerts = m_alerts;
    std::shared_ptr<const rb::Resolver> resolver = m_workspace.isOpen() ? m_workspace.runbookResolver() : nullptr;
    onFinished(this, QtConcurrent::run([job, indexes, alerts, resolver] {
                   Results r;
                   r.id = job.id;
                   r.query = job.text;
                   const auto [scope, query] = parseScope(job.text);
                   if (query.isEmpty())
                       return r;
                   const std::size_t limit = std::size_t(std::max(1, job.limit));
                   if (scope == Scope::All || scope == Scope::Alerts) {
                       std::vector<Hit> a
                           = matchAlerts(*alerts, query, scope == Scope::Alerts ? limit : 5, resolver.get());
                       std::move(a.begin(), a.end(), std::back_inserter(r.hits));
                   }
                   auto fromIndex = [&](const rb::SearchIndex *index, Kind kind, int max) {
                       if (!index)
                           return;
                       rb::SearchOptions options;
                       options.limit = max;
                       const rb::SearchResult found = index->search(query, options);
                       if (!found.error.isEmpty() && r.error.isEmpty())
                           r.error = found.error;
                       for (const rb::SearchHit &sh : found.hits) {
                           Hit h;
                           h.kind = kind;
                           h.path = sh.path;
                           h.title = sh.title;
                           h.detail = kind == Kind::Runbook ? sh.alerts.join(QStringLiteral(", "))
                                                            : QFileInfo(sh.path).completeBaseName();
                           h.snippet = sh.snippet;
                           h.matchedName = sh.matchedName;
                           r.hits.push_back(std::move(h));
                       }
                   };
                   if (indexes && (scope == Scope::All || scope == Scope::Runbooks))
                       fromIndex(indexes->runbooks.get(), Kind::Runbook, int(limit));
                   if (indexes && (scope == Scope::All || scope == Scope::Postmortems))
                       fromIndex(indexes->postmortems.get(), Kind::Postmortem, scope == Scope::All ? 10 : int(limit));
                   return r;
               }),
               [this](Results results) {
                   // Still "searching" while the results are handed out: a search() from a slot only queues.
                   if (results.id == m_latest)
                       emit resultsReady(results);
                   runNext();
               });
}

} // namespace sre
