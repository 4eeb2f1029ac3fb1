#include "alertcatalog.h"

#include "futurewatch.h"
#include "itemdatarole.h"
#include "prometheusclient.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QPointer>
#include <QRegularExpression>
#include <QUrlQuery>
#include <QtConcurrent/QtConcurrentRun>

namespace sre {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(sre::AlertCatalog)
};

rb::AlertRef refOf(const alerting::AlertRule &r)
{
    return { r.name, r.annotations, r.file, r.line };
}
} // namespace

AlertCatalog::AlertCatalog(ws::Workspace &workspace, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
{
    m_refresh.setInterval(std::chrono::minutes(1));
    connect(&m_refresh, &QTimer::timeout, this, &AlertCatalog::fetchRemote);
    connect(&workspace, &ws::Workspace::configChanged, this, &AlertCatalog::configure);
    connect(&workspace.rules(), &ws::StoreBase::changed, this, &AlertCatalog::recompute);
    connect(&workspace.runbooks(), &ws::StoreBase::changed, this, &AlertCatalog::recompute);
    if (workspace.isOpen())
        configure();
}

AlertCatalog::~AlertCatalog() = default;

void AlertCatalog::setRefreshInterval(std::chrono::milliseconds interval)
{
    m_refresh.setInterval(interval);
}

void AlertCatalog::configure()
{
    const DatasourceConfig *ds = m_workspace.config().prometheus();
    const QString name = ds ? ds->name : QString();
    if (!ds || !m_client || m_client->config().name != name || m_client->config().url != ds->url) {
        m_client.reset();
        m_remote.clear();
        m_remoteError.clear();
        m_remoteName = name;
        if (ds) {
            m_client = std::make_unique<prom::PrometheusClient>(*ds);
            prom::RetryPolicy once;
            once.maxRetries = 0; // asked again next minute anyway
            m_client->setRetryPolicy(once);
        }
    }
    if (m_client) {
        m_refresh.start();
        fetchRemote();
    } else {
        m_refresh.stop();
    }
    recompute();
}

void AlertCatalog::fetchRemote()
{
    if (!m_client)
        return;
    const quint64 generation = ++m_fetchGeneration;
    const QString name = m_remoteName;
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("type"), QStringLiteral("alert"));
    QPointer<AlertCatalog> self(this);
    onFinished(this, m_client->get(QStringLiteral("/api/v1/rules"), query),
               [self, generation, name](const prom::RawResponse &r) {
                   if (!self || generation != self->m_fetchGeneration)
                       return;
                   if (!r.ok()) {
                       if (r.error->isCancellation())
                           return;
                       self->m_remoteError = r.error->toString();
                       self->m_remote.clear();
                   } else {
                       alerting::ApiRulesResult parsed = alerting::parseApiRules(r.body, name);
                       self->m_remoteError = parsed.error;
                       self->m_remote = std::move(parsed.rules);
                   }
                   self->recompute();
                   emit self->remoteFetched();
               });
}

std::vector<AlertCatalog::Entry> AlertCatalog::merge(const std::vector<alerting::AlertRule> &local,
                                                     const std::vector<alerting::AlertRule> &remote,
                                                     const QString &workspaceDir)
{
    std::vector<Entry> entries;
    for (const alerting::AlertRule &r : local) {
        Entry e;
        e.rule = r;
        e.sources << QDir(workspaceDir).relativeFilePath(r.file);
        entries.push_back(std::move(e));
    }
    for (const alerting::AlertRule &r : remote) {
        // The same alert loaded into Prometheus from the same rules: one row, both sources.
        auto twin = std::find_if(entries.begin(), entries.end(), [&](const Entry &e) {
            return e.local() && e.rule.name == r.name && e.rule.group == r.group && !e.sources.contains(r.datasource);
        });
        if (twin == entries.end())
            twin = std::find_if(entries.begin(), entries.end(), [&](const Entry &e) {
                return e.local() && e.rule.name == r.name && e.rule.expr == r.expr && !e.sources.contains(r.datasource);
            });
        if (twin != entries.end()) {
            twin->sources << r.datasource;
            twin->state = r.state;
            continue;
        }
        Entry e;
        e.rule = r;
        e.sources << r.datasource;
        e.state = r.state;
        entries.push_back(std::move(e));
    }
    std::stable_sort(entries.begin(), entries.end(),
                     [](const Entry &a, const Entry &b) { return a.rule.name < b.rule.name; });
    return entries;
}

void AlertCatalog::recompute()
{
    if (!m_workspace.isOpen())
        return;
    const quint64 generation = ++m_generation;
    m_resolving = true;
    // The rows at once (merging touches no disk); their runbooks follow from the worker.
    std::vector<Entry> unresolved = merge(m_workspace.rules().items(), m_remote, m_workspace.dir());
    for (Entry &e : unresolved) {
        for (const Entry &old : m_entries)
            if (old.resolved && old.rule.name == e.rule.name && old.rule.file == e.rule.file
                && old.rule.annotations == e.rule.annotations) {
                e.runbook = old.runbook; // likely unchanged; replaced when the worker is done
                e.runbookShown = old.runbookShown;
                break;
            }
    }
    m_entries = std::move(unresolved);
    emit changed();
    auto resolver = m_workspace.runbookResolver();
    QPointer<AlertCatalog> self(this);
    onFinished(
        this,
        QtConcurrent::run([local = m_workspace.rules().items(), remote = m_remote, dir = m_workspace.dir(), resolver] {
            std::vector<Entry> entries = merge(local, remote, dir);
            for (Entry &e : entries) {
                e.runbook = resolver->resolve(refOf(e.rule));
                e.resolved = true;
                e.runbookShown = QFileInfo(e.runbook.file).fileName();
                for (const QString &root : resolver->roots()) {
                    const QString canonical = QFileInfo(root).canonicalFilePath();
                    if (!canonical.isEmpty() && e.runbook.file.startsWith(canonical + u'/'))
                        e.runbookShown = e.runbook.file.mid(canonical.size() + 1);
                }
            }
            return entries;
        }),
        [self, generation](std::vector<Entry> entries) {
            if (!self || generation != self->m_generation)
                return;
            self->m_resolving = false;
            self->m_entries = std::move(entries);
            emit self->changed();
        });
}

AlertCatalogModel::AlertCatalogModel(AlertCatalog &catalog, QObject *parent)
    : QAbstractTableModel(parent)
    , m_catalog(catalog)
{
    connect(&catalog, &AlertCatalog::changed, this, [this] {
        beginResetModel();
        m_rows = m_catalog.entries();
        endResetModel();
    });
    m_rows = catalog.entries();
}

int AlertCatalogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AlertCatalogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const AlertCatalog::Entry *AlertCatalogModel::entry(int row) const
{
    return row >= 0 && std::size_t(row) < m_rows.size() ? &m_rows[std::size_t(row)] : nullptr;
}

QVariant AlertCatalogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name: return tr("Alert");
    case Severity: return tr("Severity");
    case State: return tr("State");
    case Group: return tr("Group");
    case Source: return tr("Source");
    case Runbook: return tr("Runbook");
    default: return {};
    }
}

QVariant AlertCatalogModel::data(const QModelIndex &index, int role) const
{
    const AlertCatalog::Entry *e = entry(index.row());
    if (!e)
        return {};
    switch (role) {
    case IdRole: return e->rule.name;
    case FilePathRole: return e->rule.file;
    case LineRole: return e->rule.line;
    case RunbookFileRole: return e->runbook.file;
    case RunbookAnchorRole: return e->runbook.anchor;
    default: break;
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == Runbook)
            return e->runbook.found() ? QStringLiteral("%1\n%2").arg(QDir::toNativeSeparators(e->runbook.location()),
                                                                     rb::methodText(e->runbook.method))
                                      : (e->runbook.notes + QStringList { e->runbook.refused, e->runbook.externalUrl })
                                            .filter(QRegularExpression(QStringLiteral(".")))
                                            .join(u'\n');
        return e->rule.expr;
    }
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    switch (index.column()) {
    case Name: return e->rule.name;
    case Severity: return e->rule.severity();
    case State: return e->state.isEmpty() ? QStringLiteral("—") : e->state;
    case Group: return e->rule.group;
    case Source: return e->sources.join(QStringLiteral(" + "));
    case Runbook:
        if (!e->resolved && !e->runbook.found())
            return QStringLiteral("…");
        if (e->runbook.found()) {
            const QString name = e->runbookShown.isEmpty() ? QFileInfo(e->runbook.file).fileName() : e->runbookShown;
            return e->runbook.anchor.isEmpty() ? name : name + u'#' + e->runbook.anchor;
        }
        if (!e->runbook.externalUrl.isEmpty())
            return tr("web only: %1").arg(e->runbook.externalUrl);
        return role == SortRole ? QString() : tr("none");
    default: return {};
    }
}

} // namespace sre
