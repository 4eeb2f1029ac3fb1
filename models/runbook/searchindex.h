#pragma once

#include <QMutex>
#include <QString>
#include <QStringList>
#include <atomic>
#include <functional>
#include <memory>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace sre::rb {

// Highlight markers around matched words in snippets and names: control characters that never
// occur in runbook text, so a GUI can HTML-escape the snippet first and then swap them for tags.
inline const QString kMarkOpen = QStringLiteral("\x02");
inline const QString kMarkClose = QStringLiteral("\x03");

struct SearchHit
{
    QString path; // absolute
    QString title;
    QStringList alerts; // front matter alerts
    QString snippet; // body text around the match, matches between kMarkOpen / kMarkClose
    QString matchedName; // the name (alert, file name, heading, title) the fuzzy match hit, marked
    double bm25 = 0; // FTS5 bm25 (lower is better); 0 when full text did not match
    int fuzzy = 0; // fuzzy score on names (higher is better); 0 when none
    bool fullText() const { return bm25 != 0; }
};

struct SearchOptions
{
    int limit = 50;
    // Treat the last word as a prefix ("kubep" finds kubepodcrashlooping) so results follow typing.
    bool prefixLastWord = true;
    bool fuzzyNames = true;
    // Rank queries of frequent words from postings in memory (see SearchIndex::Postings); false
    // always asks FTS5 (to compare the two plans).
    bool postingsInMemory = true;
};

struct SearchResult
{
    std::vector<SearchHit> hits;
    QString error; // empty when the search ran
};

struct UpdateStats
{
    int files = 0; // runbook files found under the roots
    int added = 0; // new in the index
    int updated = 0; // re-read because mtime or size changed
    int removed = 0; // gone from disk (or from the roots)
    int filesRead = 0; // files opened and read by this update
    bool cancelled = false;
    QStringList errors; // "file: reason" (unreadable files, SQLite errors)
    bool indexFailed = false; // the index itself could not be written (full disk, read-only, corrupt)
};

// Reports progress of an update: files handled so far, of total.
using Progress = std::function<void(int done, int total)>;

// Full-text index of runbooks in one SQLite file (FTS5: bm25 ranking with the title weighted,
// prefix queries, snippets), plus a camelCase-aware fuzzy match on titles, alert names, file
// names and headings merged into the results.
//
// One writer and any number of readers: update() serialises writers with a mutex; each search()
// borrows a reader connection of its own (WAL), so readers never wait for a running update and
// see the last committed state. Neither call belongs on the GUI thread: run update() with
// QtConcurrent, pass a cancellation flag, and search from a worker too. (update() reads files on
// one helper thread of its own; search() ranks a large index in two halves, one on the global
// thread pool.)
class SearchIndex final
{
public:
    explicit SearchIndex(const QString &dbFile);
    ~SearchIndex();
    SearchIndex(const SearchIndex &) = delete;
    SearchIndex &operator=(const SearchIndex &) = delete;

    // Creates the file (and its folder) or opens it; an unreadable or outdated cache is recreated.
    // Returns an error message, empty on success.
    QString open();
    QString file() const { return m_file; }

    // Brings the index in line with every *.md under `roots`: new and changed files (by mtime and
    // size) are read, deleted ones dropped, the rest left alone. Returns early, with what is done
    // committed, once `cancel` becomes true.
    UpdateStats update(const QStringList &roots, const std::atomic_bool *cancel = nullptr,
                       const Progress &progress = {});
    // Only these files (from a file watcher): re-read when changed, dropped when gone.
    UpdateStats updateFiles(const QStringList &roots, const QStringList &files);

    SearchResult search(const QString &query, const SearchOptions &options = {}) const;
    // Loads what searches keep in memory (names for fuzzy matching, document lengths, the term
    // list prefixes expand to) for the current state of the index. Call it on the worker thread
    // after update(), so the next keystroke does not pay for it (about 0.3 s for 10,000 runbooks);
    // search() loads whatever is missing by itself.
    void warmUp() const;

    int documentCount() const;
    // Files read by updates of this object since it was created (to check incrementality).
    int filesReadTotal() const { return m_filesReadTotal.load(); }

    // Where the index of a workspace lives: one file per workspace folder under `cacheDir`.
    static QString fileFor(const QString &cacheDir, const QString &workspaceDir);
    // The FTS5 MATCH expression for what a person typed; empty when nothing is searchable.
    static QString ftsQuery(const QString &text, bool prefixLastWord);

    // What searches keep in memory per committed state of the index (internal; searchindex_p.h).
    struct Names;
    struct Vocabulary;
    struct StatementCache;
    struct Postings;

private:
    struct FileEntry;
    // Reader connections are lent to one thread at a time and kept for the next search.
    class ReaderLease;
    sqlite3 *acquireReader() const;
    void releaseReader(sqlite3 *db) const;
    static bool prepareReader(sqlite3 *db);
    // A statement of a reader connection, prepared on first use and kept with the connection:
    // preparing an FTS5 query costs about as much as running it for a rare word. Null on error
    // (`error` says why). Wrap it in sql::Statement(db, stmt, error) to reset it after use.
    sqlite3_stmt *cachedStatement(sqlite3 *db, const char *sql, QString *error) const;
    std::shared_ptr<const Names> names(sqlite3 *db, QString *error) const;
    std::shared_ptr<const Vocabulary> vocabulary(sqlite3 *db) const;
    UpdateStats apply(const std::vector<FileEntry> &files, const QStringList &gone, bool pruneOthers,
                      const std::atomic_bool *cancel, const Progress &progress);

    QString m_file;
    sqlite3 *m_writer = nullptr;
    QMutex m_writeMutex;
    mutable QMutex m_readersMutex;
    mutable std::vector<sqlite3 *> m_idleReaders;
    mutable std::vector<sqlite3 *> m_allReaders;
    mutable QMutex m_namesMutex;
    mutable std::shared_ptr<const Names> m_names;
    mutable QMutex m_vocabularyMutex;
    mutable std::shared_ptr<const Vocabulary> m_vocabulary;
    std::unique_ptr<StatementCache> m_statements;
    std::unique_ptr<Postings> m_postings;
    std::atomic_int m_filesReadTotal { 0 };
};

} // namespace sre::rb
