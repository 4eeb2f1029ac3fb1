#include "workspace.h"

#include "futurewatch.h"

#include <QDir>
#include <QFileSystemWatcher>
#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

namespace sre::ws {

Workspace::Workspace(QObject *parent)
    : QObject(parent)
{
    // Editors and git write in bursts (temp file, rename, chmod); wait for the burst to end.
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(250);
    connect(&m_debounce, &QTimer::timeout, this, &Workspace::reloadPending);
}

Workspace::~Workspace() = default;

void Workspace::open(const QString &dir)
{
    const quint64 generation = ++m_generation;
    m_loading = true;
    m_heldSnapshot.reset(); // a held load of an earlier open() is out of date
    m_pending.clear();
    const QString absolute = QDir(dir).absolutePath();
    QPointer<Workspace> self(this);
    onFinished(this, QtConcurrent::run([absolute] { return loadSnapshot(absolute); }),
               [self, generation](Snapshot snapshot) {
                   if (!self || generation != self->m_generation)
                       return; // a newer open() won
                   if (self->m_held) {
                       self->m_heldSnapshot = std::move(snapshot);
                       return;
                   }
                   self->m_loading = false;
                   self->apply(std::move(snapshot), QSet<Part>(std::begin(kAllParts), std::end(kAllParts)));
                   emit self->loaded();
               });
}

void Workspace::hold()
{
    m_held = true;
}

void Workspace::release()
{
    m_held = false;
    if (std::optional<Snapshot> snapshot = std::exchange(m_heldSnapshot, std::nullopt)) {
        m_loading = false;
        apply(std::move(*snapshot), QSet<Part>(std::begin(kAllParts), std::end(kAllParts)));
        emit loaded();
    }
}

void Workspace::openBlocking(const QString &dir)
{
    ++m_generation;
    m_heldSnapshot.reset();
    m_watching = false;
    apply(loadSnapshot(QDir(dir).absolutePath()), QSet<Part>(std::begin(kAllParts), std::end(kAllParts)));
    emit loaded();
}

void Workspace::apply(Snapshot snapshot, const QSet<Part> &parts)
{
    m_snapshot = std::move(snapshot);
    if (parts.contains(Part::Config) || parts.contains(Part::Runbooks))
        m_resolver.reset();
    if (parts.contains(Part::Slos))
        m_slos.replace(m_snapshot.slos);
    if (parts.contains(Part::Postmortems))
        m_postmortems.replace(m_snapshot.postmortems);
    if (parts.contains(Part::Templates))
        m_templates.replace(m_snapshot.templates);
    if (parts.contains(Part::Runbooks))
        m_runbooks.replace(m_snapshot.runbooks);
    if (parts.contains(Part::Rules))
        m_rules.replace(m_snapshot.rules);
    if (parts.contains(Part::Config))
        emit configChanged();
    if (parts.contains(Part::Oncall))
        emit oncallChanged();
    emit problemsChanged();
    rewatch();
}

void Workspace::setWatching(bool on)
{
    m_watching = on;
    rewatch();
}

void Workspace::rewatch()
{
    delete m_watcher;
    m_watcher = nullptr;
    if (!m_watching || m_snapshot.config.dir.isEmpty())
        return;
    m_watcher = new QFileSystemWatcher(this);
    QStringList paths;
    for (Part part : kAllParts)
        for (const QString &p : watchedPaths(m_snapshot.config, part))
            if (QFileInfo::exists(p))
                paths << p;
    // Folders report files added, removed or renamed, not a file written in place: watch the
    // Markdown files too (up to a limit that keeps clear of the system's inotify budget).
    constexpr qsizetype kMaxWatchedFiles = 4000;
    auto watchFiles = [&](const auto &items) {
        for (const auto &item : items)
            if (paths.size() < kMaxWatchedFiles && !item.file.isEmpty())
                paths << item.file;
    };
    watchFiles(m_snapshot.runbooks);
    watchFiles(m_snapshot.postmortems);
    paths.removeDuplicates();
    if (!paths.isEmpty())
        m_watcher->addPaths(paths);
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, &Workspace::onPathChanged);
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, &Workspace::onPathChanged);
}

void Workspace::onPathChanged(const QString &path)
{
    const QString changed = QDir::cleanPath(path);
    emit pathChanged(changed);
    // A watched Markdown file written in place.
    if (changed.endsWith(QStringLiteral(".md"))) {
        if (changed.startsWith(QDir(m_snapshot.config.dir).filePath(QStringLiteral("postmortems")) + u'/'))
            m_pending.insert(Part::Postmortems);
        for (const QString &root : m_snapshot.config.runbookPaths)
            if (changed.startsWith(QDir::cleanPath(root) + u'/'))
                m_pending.insert(Part::Runbooks);
    }
    for (Part part : kAllParts) {
        for (const QString &watched : watchedPaths(m_snapshot.config, part)) {
            // The workspace root itself only matters for workspace.yaml / oncall.yaml appearing.
            if (watched == changed && !(part == Part::Config && changed == m_snapshot.config.dir))
                m_pending.insert(part);
        }
    }
    if (changed == m_snapshot.config.dir)
        m_pending << Part::Config << Part::Oncall;
    if (m_pending.contains(Part::Config)) // paths and datasources may have moved: reload all
        m_pending = QSet<Part>(std::begin(kAllParts), std::end(kAllParts));
    if (!m_pending.isEmpty())
        m_debounce.start();
}

void Workspace::reloadPending()
{
    if (m_pending.isEmpty())
        return;
    const QSet<Part> parts = std::exchange(m_pending, {});
    const quint64 generation = ++m_generation;
    QPointer<Workspace> self(this);
    onFinished(this, QtConcurrent::run([snapshot = m_snapshot, parts]() mutable {
                   // Config first: the other parts read paths from it.
                   if (parts.contains(Part::Config))
                       loadPart(snapshot, Part::Config);
                   for (Part part : parts)
                       if (part != Part::Config)
                           loadPart(snapshot, part);
                   return snapshot;
               }),
               [self, generation, parts](Snapshot snapshot) {
                   if (self && generation == self->m_generation)
                       self->apply(std::move(snapshot), parts);
               });
}

std::vector<rb::UrlMapping> runbookUrlMapping(const WorkspaceConfig &config)
{
    std::vector<rb::UrlMapping> map;
    for (const RunbookUrlMapping &m : config.runbookUrlMap)
        map.push_back({ m.prefix, m.path });
    return map;
}

std::shared_ptr<const rb::Resolver> Workspace::runbookResolver() const
{
    if (!m_resolver)
        m_resolver = std::make_shared<const rb::Resolver>(m_snapshot.config.runbookPaths,
                                                          runbookUrlMapping(m_snapshot.config), m_snapshot.runbooks);
    return m_resolver;
}

const slo::SloSpec *Workspace::findSlo(const QString &id) const
{
    for (const slo::SloSpec &spec : m_slos.items())
        if (spec.id() == id)
            return &spec;
    return nullptr;
}

const pm::Postmortem *Workspace::findPostmortem(const QString &id) const
{
    for (const pm::Postmortem &p : m_postmortems.items())
        if (p.id == id)
            return &p;
    return nullptr;
}

std::vector<const pm::Postmortem *> Workspace::postmortemsForSlo(const QString &sloId) const
{
    std::vector<const pm::Postmortem *> out;
    const slo::SloSpec *spec = findSlo(sloId);
    for (const pm::Postmortem &p : m_postmortems.items())
        if (p.slos.contains(sloId) || (spec && p.services.contains(spec->service)))
            out.push_back(&p);
    return out;
}

} // namespace sre::ws
