#include "searchindex.h"

#include "frontmatter.h"
#include "fuzzy.h"
#include "markdown.h"
#include "runbook.h"
#include "searchindex_p.h"
#include "sqlitehelpers.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>

namespace sre::rb {

using sql::connect;
using sql::exec;
using sql::sqliteError;
using sql::Statement;

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(sre::rb)
};

// Bump when the schema or what goes into a column changes: old caches are then rebuilt.
constexpr int kSchemaVersion = 3;
// Files prepared (read, parsed, stripped) per batch on the helper thread while the previous
// batch is inserted.
constexpr int kBatch = 128;

// About the number of tokens unicode61 makes of UTF-8 text, for bm25's length normalisation:
// runs of ASCII letters and digits or non-ASCII characters, split at the zero width spaces that
// md::separateCjk() put between Han and kana.
qint64 countTokens(const QByteArray &utf8)
{
    qint64 n = 0;
    bool in = false;
    const auto *p = reinterpret_cast<const unsigned char *>(utf8.constData());
    for (qsizetype i = 0, size = utf8.size(); i < size; ++i) {
        const unsigned char c = p[i];
        if (c == 0xE2 && i + 2 < size && p[i + 1] == 0x80 && p[i + 2] == 0x8B) {
            in = false;
            i += 2;
            continue;
        }
        const bool token = c >= 0x80 || (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
        if (token && !in)
            ++n;
        in = token;
    }
    return n;
}

QByteArray joinLines(const QStringList &list)
{
    return list.join(u'\n').toUtf8();
}

} // namespace

// A file to (maybe) index, as the listing found it.
struct SearchIndex::FileEntry
{
    QString root;
    QString path;
    qint64 mtime = 0; // ms since the epoch
    qint64 size = 0;
};

namespace {

// What goes into the index for one file; built on the helper thread.
struct Prepared
{
    bool ok = false;
    QString error;
    QByteArray title, ftsTitle, alerts, h1, names, body;
    qint64 tokens = 0;
};

Prepared prepare(const QString &path, const QString &root)
{
    Prepared p;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        p.error = path + QStringLiteral(": ") + f.errorString();
        return p;
    }
    const QByteArray bytes = f.readAll();
    const ParseResult parsed = parseRunbook(bytes, path, root);
    const Runbook &rb = parsed.runbook;
    const QString h1 = md::headingPlainText(rb.h1);
    // Names: alerts, file name and H1 as written and split into words, so "crash looping" and
    // "KubePodCrashLooping" both hit the names column.
    QStringList names = rb.alerts;
    names << QFileInfo(path).completeBaseName() << h1;
    names.removeDuplicates();
    QStringList words;
    for (const QString &n : std::as_const(names))
        words << md::splitWords(n);
    p.title = rb.title.toUtf8();
    p.ftsTitle = md::separateCjk(p.title);
    p.alerts = joinLines(rb.alerts);
    p.h1 = h1.toUtf8();
    p.names = md::separateCjk((names.join(u' ') + u' ' + words.join(u' ')).toUtf8());
    p.body = md::separateCjk(md::plainText(splitFrontMatter(bytes).body));
    p.tokens = countTokens(p.ftsTitle) + countTokens(p.names) + countTokens(p.body);
    p.ok = true;
    return p;
}

} // namespace

SearchIndex::SearchIndex(const QString &dbFile)
    : m_file(dbFile)
    , m_statements(std::make_unique<StatementCache>())
    , m_postings(std::make_unique<Postings>())
{ }

SearchIndex::~SearchIndex()
{
    for (auto &[db, statements] : m_statements->statements)
        for (auto &[sql, statement] : statements)
            sqlite3_finalize(statement);
    for (sqlite3 *db : m_allReaders)
        sqlite3_close(db);
    if (m_writer)
        sqlite3_close(m_writer);
}

QString SearchIndex::fileFor(const QString &cacheDir, const QString &workspaceDir)
{
    QString dir = QFileInfo(workspaceDir).canonicalFilePath();
    if (dir.isEmpty())
        dir = QDir::cleanPath(QDir(workspaceDir).absolutePath());
    const QByteArray hash = QCryptographicHash::hash(dir.toUtf8(), QCryptographicHash::Sha1).toHex().left(16);
    QString name = QFileInfo(dir).fileName();
    for (QChar &c : name) {
        if (!c.isLetterOrNumber() && c != u'-' && c != u'_')
            c = u'_';
    }
    return QDir(cacheDir).filePath(QStringLiteral("runbooks-%1-%2.sqlite").arg(name, QString::fromLatin1(hash)));
}

QString SearchIndex::open()
{
    QMutexLocker lock(&m_writeMutex);
    if (m_writer)
        return {};
    QDir().mkpath(QFileInfo(m_file).absolutePath());
    auto tryOpen = [this](QString *error) -> bool {
        m_writer = connect(m_file, true, error);
        if (!m_writer)
            return false;
        if (!exec(m_writer, "PRAGMA journal_mode=WAL", error))
            return false;
        Statement version(m_writer, "SELECT value FROM meta WHERE key = 'schema'");
        const bool current = version.ok() && version.step() == SQLITE_ROW && version.int64(0) == kSchemaVersion;
        if (current)
            return true;
        // A cache from another version (or a new file): start over.
        version.reset();
        const bool dropped = exec(
            m_writer, "DROP TABLE IF EXISTS fts; DROP TABLE IF EXISTS documents; DROP TABLE IF EXISTS meta", error);
        return dropped
            && exec(m_writer,
                    "BEGIN;"
                    "CREATE TABLE meta(key TEXT PRIMARY KEY, value) WITHOUT ROWID;"
                    "CREATE TABLE documents(id INTEGER PRIMARY KEY, path TEXT NOT NULL UNIQUE, root TEXT NOT NULL,"
                    "  mtime INTEGER NOT NULL, size INTEGER NOT NULL, title TEXT, alerts TEXT, h1 TEXT,"
                    "  tokens INTEGER NOT NULL DEFAULT 0);"
                    "CREATE VIRTUAL TABLE fts USING fts5(title, names, body, tokenize = 'unicode61 remove_diacritics "
                    "2');"
                    // Title and names weigh more than the body; a large pending-terms hash keeps a
                    // from-scratch build from merging segments over and over.
                    "INSERT INTO fts(fts, rank) VALUES('rank', 'bm25(10.0, 5.0, 1.0)');"
                    "INSERT INTO fts(fts, rank) VALUES('hashsize', 33554432);"
                    "INSERT INTO meta VALUES('generation', 0);"
                    "COMMIT;",
                    error)
            && exec(m_writer,
                    QStringLiteral("INSERT INTO meta VALUES('schema', %1)").arg(kSchemaVersion).toUtf8().constData(),
                    error);
    };
    QString error;
    if (tryOpen(&error))
        return {};
    // Not a database, or a broken one: it is only a cache, so remove it and build anew.
    sqlite3_close(m_writer);
    m_writer = nullptr;
    for (const QString &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") })
        QFile::remove(m_file + suffix);
    error.clear();
    if (tryOpen(&error))
        return {};
    sqlite3_close(m_writer);
    m_writer = nullptr;
    return Tr::tr("%1: cannot open the search index: %2").arg(m_file, error);
}

sqlite3 *SearchIndex::acquireReader() const
{
    {
        QMutexLocker lock(&m_readersMutex);
        if (!m_idleReaders.empty()) {
            sqlite3 *db = m_idleReaders.back();
            m_idleReaders.pop_back();
            return db;
        }
    }
    QString error;
    sqlite3 *db = connect(m_file, false, &error);
    if (db && !prepareReader(db)) {
        sqlite3_close(db);
        db = nullptr;
    }
    if (db) {
        QMutexLocker lock(&m_readersMutex);
        m_allReaders.push_back(db);
    }
    return db;
}

sqlite3_stmt *SearchIndex::cachedStatement(sqlite3 *db, const char *sql, QString *error) const
{
    {
        QMutexLocker lock(&m_statements->mutex);
        const auto connection = m_statements->statements.find(db);
        if (connection != m_statements->statements.end()) {
            const auto it = connection->second.find(sql);
            if (it != connection->second.end())
                return it->second;
        }
    }
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &statement, nullptr) != SQLITE_OK) {
        *error = sqliteError(db);
        sqlite3_finalize(statement);
        return nullptr;
    }
    QMutexLocker lock(&m_statements->mutex);
    m_statements->statements[db][sql] = statement;
    return statement;
}

void SearchIndex::releaseReader(sqlite3 *db) const
{
    QMutexLocker lock(&m_readersMutex);
    m_idleReaders.push_back(db);
}

UpdateStats SearchIndex::update(const QStringList &roots, const std::atomic_bool *cancel, const Progress &progress)
{
    std::vector<FileEntry> files;
    QSet<QString> seen;
    for (const QString &r : roots) {
        const QString root = QDir::cleanPath(QDir(r).absolutePath());
        const QString canonicalRoot = QFileInfo(root).canonicalFilePath();
        if (canonicalRoot.isEmpty())
            continue;
        QDirIterator it(root, { QStringLiteral("*.md"), QStringLiteral("*.markdown") }, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            const QFileInfo info = it.fileInfo();
            if (info.isSymLink()) {
                // A link may point anywhere; only files inside the root are runbooks.
                const QString target = info.canonicalFilePath();
                if (target.isEmpty() || !(target.startsWith(canonicalRoot + u'/')))
                    continue;
            }
            if (seen.contains(path))
                continue;
            seen.insert(path);
            files.push_back({ root, path, info.lastModified().toMSecsSinceEpoch(), info.size() });
        }
    }
    std::sort(files.begin(), files.end(), [](const FileEntry &a, const FileEntry &b) { return a.path < b.path; });
    return apply(files, {}, true, cancel, progress);
}

UpdateStats SearchIndex::updateFiles(const QStringList &roots, const QStringList &paths)
{
    std::vector<FileEntry> files;
    QStringList gone;
    for (const QString &p : paths) {
        const QString path = QDir::cleanPath(QDir(p).absolutePath());
        const QFileInfo info(path);
        QString root;
        for (const QString &r : roots) {
            const QString clean = QDir::cleanPath(QDir(r).absolutePath());
            if (path.startsWith(clean + u'/'))
                root = clean;
        }
        if (!info.isFile() || root.isEmpty()) {
            gone << path;
            continue;
        }
        const QString target = info.canonicalFilePath();
        const QString canonicalRoot = QFileInfo(root).canonicalFilePath();
        if (target.isEmpty() || !target.startsWith(canonicalRoot + u'/')) {
            gone << path;
            continue;
        }
        files.push_back({ root, path, info.lastModified().toMSecsSinceEpoch(), info.size() });
    }
    return apply(files, gone, false, nullptr, {});
}

UpdateStats SearchIndex::apply(const std::vector<FileEntry> &files, const QStringList &gone, bool pruneOthers,
                               const std::atomic_bool *cancel, const Progress &progress)
{
    UpdateStats stats;
    stats.files = int(files.size());
    QMutexLocker lock(&m_writeMutex);
    if (!m_writer) {
        stats.errors << Tr::tr("%1: the search index is not open").arg(m_file);
        stats.indexFailed = true;
        return stats;
    }
    sqlite3 *db = m_writer;
    struct Row
    {
        qint64 id, mtime, size;
    };
    QHash<QString, Row> rows;
    {
        Statement all(db, "SELECT id, path, mtime, size FROM documents");
        while (all.step() == SQLITE_ROW)
            rows.insert(all.text(1), { all.int64(0), all.int64(2), all.int64(3) });
    }
    QList<qint64> doomed;
    if (pruneOthers) {
        QSet<QString> present;
        for (const FileEntry &f : files)
            present.insert(f.path);
        for (auto it = rows.cbegin(); it != rows.cend(); ++it) {
            if (!present.contains(it.key()))
                doomed << it->id;
        }
    }
    for (const QString &path : gone) {
        if (const auto it = rows.constFind(path); it != rows.cend())
            doomed << it->id;
    }
    std::vector<const FileEntry *> changed;
    for (const FileEntry &f : files) {
        const auto it = rows.constFind(f.path);
        if (it == rows.cend() || it->mtime != f.mtime || it->size != f.size)
            changed.push_back(&f);
    }
    if (doomed.isEmpty() && changed.empty()) {
        if (progress)
            progress(stats.files, stats.files);
        return stats;
    }

    QString error;
    if (!exec(db, "BEGIN IMMEDIATE", &error)) {
        stats.errors << m_file + QStringLiteral(": ") + error;
        stats.indexFailed = true;
        return stats;
    }
    Statement delDoc(db, "DELETE FROM documents WHERE id = ?");
    Statement delFts(db, "DELETE FROM fts WHERE rowid = ?");
    Statement insDoc(
        db, "INSERT INTO documents(path, root, mtime, size, title, alerts, h1, tokens) VALUES(?, ?, ?, ?, ?, ?, ?, ?)");
    Statement updDoc(
        db,
        "UPDATE documents SET root = ?2, mtime = ?3, size = ?4, title = ?5, alerts = ?6, h1 = ?7, tokens = ?8"
        " WHERE id = ?1");
    Statement insFts(db, "INSERT INTO fts(rowid, title, names, body) VALUES(?, ?, ?, ?)");
    for (const Statement *s : { &delDoc, &delFts, &insDoc, &updDoc, &insFts }) {
        if (!s->ok()) {
            stats.errors << m_file + QStringLiteral(": ") + s->error();
            stats.indexFailed = true;
            exec(db, "ROLLBACK");
            return stats;
        }
    }
    bool failed = false;
    for (qint64 id : std::as_const(doomed)) {
        delFts.bind(1, id);
        delDoc.bind(1, id);
        failed = failed || !delFts.run() || !delDoc.run();
        ++stats.removed;
    }

    // Read and strip the next batch on a helper thread while this one inserts.
    QThreadPool helper;
    helper.setMaxThreadCount(1);
    auto startBatch = [&](std::size_t from) {
        std::vector<const FileEntry *> batch(changed.begin() + qsizetype(from),
                                             changed.begin() + qsizetype(std::min(changed.size(), from + kBatch)));
        return QtConcurrent::mapped(&helper, std::move(batch),
                                    [](const FileEntry *f) { return prepare(f->path, f->root); });
    };
    const int unchanged = stats.files - int(changed.size());
    QFuture<Prepared> next = startBatch(0);
    for (std::size_t from = 0; from < changed.size() && !failed; from += kBatch) {
        const QList<Prepared> prepared = next.results();
        if (from + kBatch < changed.size())
            next = startBatch(from + kBatch);
        for (qsizetype k = 0; k < prepared.size() && !failed; ++k) {
            if (cancel && cancel->load()) {
                stats.cancelled = true;
                break;
            }
            const FileEntry &f = *changed[from + std::size_t(k)];
            const Prepared &p = prepared[k];
            ++stats.filesRead;
            if (!p.ok) {
                stats.errors << p.error;
                continue;
            }
            const QByteArray path = f.path.toUtf8(), root = f.root.toUtf8();
            const auto existing = rows.constFind(f.path);
            qint64 id = 0;
            // Both statements take the document's columns as parameters 2 to 8.
            auto bindColumns = [&](auto &statement) {
                statement.bind(2, root);
                statement.bind(3, f.mtime);
                statement.bind(4, f.size);
                statement.bind(5, p.title);
                statement.bind(6, p.alerts);
                statement.bind(7, p.h1);
                statement.bind(8, p.tokens);
            };
            if (existing != rows.cend()) {
                id = existing->id;
                updDoc.bind(1, id);
                bindColumns(updDoc);
                delFts.bind(1, id);
                failed = !updDoc.run() || !delFts.run();
                ++stats.updated;
            } else {
                insDoc.bind(1, path);
                bindColumns(insDoc);
                failed = !insDoc.run();
                id = sqlite3_last_insert_rowid(db);
                ++stats.added;
            }
            insFts.bind(1, id);
            insFts.bind(2, p.ftsTitle);
            insFts.bind(3, p.names);
            insFts.bind(4, p.body);
            failed = failed || !insFts.run();
            if (progress)
                progress(unchanged + stats.added + stats.updated, stats.files);
        }
        if (stats.cancelled)
            break;
    }
    next.cancel();
    next.waitForFinished();
    if (failed) {
        stats.errors << m_file + QStringLiteral(": ") + sqliteError(db);
        stats.indexFailed = true;
        exec(db, "ROLLBACK");
        return stats;
    }
    exec(db, "UPDATE meta SET value = value + 1 WHERE key = 'generation'");
    if (!exec(db, "COMMIT", &error)) {
        stats.errors << m_file + QStringLiteral(": ") + error;
        stats.indexFailed = true;
        exec(db, "ROLLBACK");
        return stats;
    }
    m_filesReadTotal += stats.filesRead;
    return stats;
}

void SearchIndex::warmUp() const
{
    const ReaderLease lease(*this);
    sqlite3 *db = lease.get();
    if (!db)
        return;
    exec(db, "BEGIN");
    QString error;
    names(db, &error);
    vocabulary(db);
    exec(db, "COMMIT");
}

int SearchIndex::documentCount() const
{
    const ReaderLease lease(*this);
    sqlite3 *db = lease.get();
    if (!db)
        return 0;
    Statement count(db, "SELECT count(*) FROM documents");
    return count.ok() && count.step() == SQLITE_ROW ? int(count.int64(0)) : 0;
}

} // namespace sre::rb
