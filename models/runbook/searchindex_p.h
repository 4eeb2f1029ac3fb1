#pragma once

// Internal to sre_runbook: what searchindex.cpp and searchquery.cpp share.
#include "fuzzy.h"
#include "searchindex.h"

#include <QHash>
#include <QMutex>
#include <unordered_map>

namespace sre::rb {

// Names the fuzzy match runs over, loaded once per committed generation of the index.
struct SearchIndex::Names
{
    struct Doc
    {
        qint64 id = 0;
        QString path;
        QString title;
        QStringList alerts;
        std::vector<FuzzyCandidate> names;
    };
    qint64 generation = -1;
    std::vector<Doc> docs;
    // Document lengths in tokens by rowid, for ranking without a lookup in FTS5's docsize table
    // per matching row (which costs more than everything else in ranking a common word).
    std::vector<int> tokensByRowid;
    double averageTokens = 1;
    std::vector<int> docByRowid; // index into docs, -1 for none
    // Every name's quick-reject masks in one array, in the order of docs: a keystroke scans these
    // instead of each document's own list (fewer cache misses), and looks at a name itself only
    // when the masks let the query through.
    struct NameKey
    {
        quint64 mask;
        quint64 startMask;
        quint32 doc;
        quint32 name;
    };
    std::vector<NameKey> keys;

    const Doc *doc(qint64 rowid) const
    {
        const int i = rowid >= 0 && std::size_t(rowid) < docByRowid.size() ? docByRowid[std::size_t(rowid)] : -1;
        return i < 0 ? nullptr : &docs[std::size_t(i)];
    }
};

// Every term of the index with its document frequency, sorted: prefix queries are expanded to the
// terms they stand for, so FTS5 merges a few doclists instead of building a prefix doclist.
struct SearchIndex::Vocabulary
{
    qint64 generation = -1;
    std::vector<std::pair<QByteArray, int>> terms;
};

// Postings of the frequent words that queries used, per committed generation: for each document
// holding the word, its weighted frequency as the rank function counts it (title x10, names x5,
// body x1 up to four). A query made of such words (AND of words or of a prefix's terms) is then
// ranked in memory, with the same bm25 and the same ties, instead of FTS5 visiting each of
// thousands of matching rows. Loaded on first use of a word, at most kMaxEntries in all.
struct SearchIndex::Postings
{
    struct Entry
    {
        quint32 rowid;
        float frequency;
    };
    using List = std::vector<Entry>;
    static constexpr std::size_t kMaxEntries = 4'000'000; // 32 MB
    // Below this many matching rows in all, FTS5 ranks as fast.
    static constexpr int kMinRows = 1000;

    QMutex mutex;
    qint64 generation = -1;
    std::size_t entries = 0;
    QHash<QByteArray, std::shared_ptr<const List>> terms;
};

// Prepared statements per reader connection. A connection is lent to one thread at a time, so
// only the map needs the lock.
struct SearchIndex::StatementCache
{
    QMutex mutex;
    std::unordered_map<sqlite3 *, std::unordered_map<const char *, sqlite3_stmt *>> statements;
};

// A reader connection borrowed for one scope; null when none could be opened.
class SearchIndex::ReaderLease
{
public:
    explicit ReaderLease(const SearchIndex &index)
        : m_index(index)
        , m_db(index.acquireReader())
    { }
    ~ReaderLease()
    {
        if (m_db)
            m_index.releaseReader(m_db);
    }
    ReaderLease(const ReaderLease &) = delete;
    ReaderLease &operator=(const ReaderLease &) = delete;
    sqlite3 *get() const { return m_db; }

private:
    const SearchIndex &m_index;
    sqlite3 *m_db;
};

} // namespace sre::rb
