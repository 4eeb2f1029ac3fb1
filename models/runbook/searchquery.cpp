// The read side of SearchIndex: the query plan (full text ranked in two halves on two cores, or
// in memory from postings; the ranking itself is in searchrank.cpp), fuzzy names, and the merge
// of the two.
#include "searchindex.h"
#include "searchindex_p.h"
#include "searchrank_p.h"
#include "searchtext_p.h"
#include "sqlitehelpers.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QtConcurrent/QtConcurrentRun>
#include <array>
#include <atomic>
#include <cmath>
#include <limits>

namespace sre::rb {

using namespace querytext;
using namespace rank;
using sql::exec;
using sql::Statement;

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(sre::rb)
};

constexpr const char *kGenerationSql = "SELECT value FROM meta WHERE key = 'generation'";

// A name that fuzzy-matched, kept light (a score, no positions or strings) until the best few
// are known.
struct NameHit
{
    const SearchIndex::Names::Doc *doc;
    const FuzzyCandidate *name;
    int score;
    double bm25; // +inf when full text did not rank it
};

// Names of docs [from, to) (indexes into names.docs) that match `q`, in no particular order:
// scores only, the matched positions are worked out for the hits shown.
std::vector<NameHit> matchNames(const SearchIndex::Names &names, const FuzzyQuery &q, std::size_t from = 0,
                                std::size_t to = std::numeric_limits<std::size_t>::max())
{
    std::vector<NameHit> named;
    to = std::min(to, names.docs.size());
    if (q.folded.isEmpty())
        return named;
    const quint64 first = quint64(1) << (q.folded.front().unicode() % 64);
    auto key = std::lower_bound(names.keys.begin(), names.keys.end(), from,
                                [](const SearchIndex::Names::NameKey &k, std::size_t doc) { return k.doc < doc; });
    std::size_t doc = from;
    int best = 0;
    const FuzzyCandidate *bestName = nullptr;
    const auto flush = [&] {
        if (best > 0)
            named.push_back({ &names.docs[doc], bestName, best, HUGE_VAL });
        best = 0;
        bestName = nullptr;
    };
    for (; key != names.keys.end() && key->doc < to; ++key) {
        if ((q.mask & ~key->mask) != 0 || !(key->startMask & first))
            continue; // fuzzyScore() would reject it the same way
        if (key->doc != doc) {
            flush();
            doc = key->doc;
        }
        const FuzzyCandidate &c = names.docs[key->doc].names[key->name];
        const int score = fuzzyScore(q, c);
        if (score > best) { // the first of equal names, as before
            best = score;
            bestName = &c;
        }
    }
    flush();
    return named;
}

} // namespace

QString SearchIndex::ftsQuery(const QString &text, bool prefixLastWord)
{
    return expression(parseQuery(text, prefixLastWord), nullptr);
}

bool SearchIndex::prepareReader(sqlite3 *db)
{
    fts5_api *api = nullptr;
    sqlite3_stmt *st = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &st, nullptr) != SQLITE_OK)
        return false;
    sqlite3_bind_pointer(st, 1, static_cast<void *>(&api), "fts5_api_ptr", nullptr);
    sqlite3_step(st);
    sqlite3_finalize(st);
    if (!api || api->xCreateFunction(api, "sre_rank", nullptr, &rankFunction, nullptr) != SQLITE_OK)
        return false;
    return exec(db, "CREATE VIRTUAL TABLE IF NOT EXISTS temp.sre_vocab USING fts5vocab(main, 'fts', 'row')");
}

std::shared_ptr<const SearchIndex::Names> SearchIndex::names(sqlite3 *db, QString *error) const
{
    QString prepareError;
    Statement generation(db, cachedStatement(db, kGenerationSql, &prepareError), prepareError);
    if (!generation.ok() || generation.step() != SQLITE_ROW) {
        *error = generation.error();
        return {};
    }
    const qint64 current = generation.int64(0);
    generation.reset();
    QMutexLocker lock(&m_namesMutex);
    if (m_names && m_names->generation == current)
        return m_names;
    auto names = std::make_shared<Names>();
    names->generation = current;
    Statement docs(db, "SELECT id, path, title, alerts, h1, tokens FROM documents ORDER BY path");
    qint64 totalTokens = 0;
    while (docs.step() == SQLITE_ROW) {
        Names::Doc d;
        d.id = docs.int64(0);
        d.path = docs.text(1);
        d.title = docs.text(2);
        const QString alerts = docs.text(3);
        if (!alerts.isEmpty())
            d.alerts = alerts.split(u'\n');
        QStringList candidates = d.alerts;
        candidates << QFileInfo(d.path).completeBaseName() << docs.text(4) << d.title;
        candidates.removeAll(QString());
        candidates.removeDuplicates();
        for (const QString &c : std::as_const(candidates)) {
            d.names.push_back(prepareCandidate(c));
            names->keys.push_back({ d.names.back().mask, d.names.back().startMask, quint32(names->docs.size()),
                                    quint32(d.names.size() - 1) });
        }
        const int tokens = int(docs.int64(5));
        if (d.id >= 0 && d.id < (qint64(1) << 26)) {
            if (std::size_t(d.id) >= names->tokensByRowid.size()) {
                names->tokensByRowid.resize(std::size_t(d.id) + 1, 0);
                names->docByRowid.resize(std::size_t(d.id) + 1, -1);
            }
            names->tokensByRowid[std::size_t(d.id)] = tokens;
            names->docByRowid[std::size_t(d.id)] = int(names->docs.size());
        }
        totalTokens += tokens;
        names->docs.push_back(std::move(d));
    }
    names->averageTokens = names->docs.empty() ? 1.0 : std::max(1.0, double(totalTokens) / double(names->docs.size()));
    m_names = names;
    return m_names;
}

std::shared_ptr<const SearchIndex::Vocabulary> SearchIndex::vocabulary(sqlite3 *db) const
{
    QString prepareError;
    Statement generation(db, cachedStatement(db, kGenerationSql, &prepareError), prepareError);
    if (!generation.ok() || generation.step() != SQLITE_ROW)
        return {};
    const qint64 current = generation.int64(0);
    generation.reset();
    QMutexLocker lock(&m_vocabularyMutex);
    if (m_vocabulary && m_vocabulary->generation == current)
        return m_vocabulary;
    auto vocabulary = std::make_shared<Vocabulary>();
    vocabulary->generation = current;
    Statement terms(db, "SELECT term, doc FROM temp.sre_vocab");
    while (terms.step() == SQLITE_ROW) {
        const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(terms.handle(), 0));
        vocabulary->terms.emplace_back(QByteArray(p, sqlite3_column_bytes(terms.handle(), 0)), int(terms.int64(1)));
    }
    // fts5vocab lists terms in the index's order, which is memcmp order, as lower_bound needs.
    m_vocabulary = vocabulary;
    return m_vocabulary;
}

SearchResult SearchIndex::search(const QString &query, const SearchOptions &options) const
{
    SearchResult result;
    const ReaderLease lease(*this);
    sqlite3 *db = lease.get();
    if (!db) {
        result.error = Tr::tr("%1: the search index cannot be opened").arg(m_file);
        return result;
    }
    // Statements prepared once per connection (sqlite3_exec would prepare BEGIN and COMMIT anew).
    const auto cached = [this](sqlite3 *connection, const char *sql) {
        QString prepareError;
        sqlite3_stmt *st = cachedStatement(connection, sql, &prepareError);
        return Statement(connection, st, prepareError);
    };
    // One read transaction: names, lengths and matches from the same committed state.
    cached(db, "BEGIN").run();
    struct Finish
    {
        const decltype(cached) &statement;
        sqlite3 *db;
        ~Finish() { statement(db, "COMMIT").run(); }
    } finish { cached, db };

    QString error;
    const std::shared_ptr<const Names> names = this->names(db, &error);
    if (!names) {
        result.error = error;
        return result;
    }
    const std::vector<Term> terms = parseQuery(query, options.prefixLastWord);
    const bool anyPrefix
        = std::any_of(terms.begin(), terms.end(), [](const Term &t) { return t.prefix && t.words.size() == 1; });
    std::shared_ptr<const Vocabulary> vocabulary;
    if (anyPrefix)
        vocabulary = this->vocabulary(db);
    const VocabularyView view { vocabulary ? &vocabulary->terms : nullptr };
    QList<QStringList> phrases;
    std::vector<int> phraseGroups;
    const QString expr = expression(terms, vocabulary ? &view : nullptr, &phrases, &phraseGroups);

    // Names that match what was typed come first (that is what a person looking for an alert
    // typed), best match first; then full-text hits by rank. Name matches stay light (no strings
    // built) until the best `limit` of them are known: a common word matches hundreds of names.
    const FuzzyQuery q = prepareQuery(tokens(query).join(QString()));
    const bool fuzzy = options.fuzzyNames && q.folded.size() >= 2;
    std::vector<NameHit> named;

    QHash<qint64, SearchHit> hits;
    QList<qint64> ranked; // full-text hits, best first
    if (!expr.isEmpty()) {
        RankInput input {
            &names->tokensByRowid, names->averageTokens, {}, {}, std::size_t(std::max(0, options.limit))
        };
        if (vocabulary) {
            for (const QStringList &words : std::as_const(phrases)) {
                int docsWith = -1;
                for (const QString &w : words) {
                    const int d = view.documents(folded(w).toUtf8());
                    docsWith = docsWith < 0 ? d : std::min(docsWith, d);
                }
                if (words.isEmpty() || docsWith < 0) {
                    input.idf.clear(); // FTS5 counts them instead
                    break;
                }
                input.idf.push_back(idfOf(double(names->docs.size()), double(docsWith)));
            }
        }
        constexpr qint64 kEnd = std::numeric_limits<qint64>::max();
        // The plan. Words the vocabulary knows, ANDed (a prefix: its terms ORed), that match many
        // rows: ranked from postings in memory. Anything else (phrases, OR, rare words): FTS5.
        std::vector<PlannedPhrase> planned;
        std::vector<std::shared_ptr<const Postings::List>> plannedLists;
        const int groupCount = phraseGroups.empty() ? 0 : phraseGroups.back() + 1;
        bool inMemory = options.postingsInMemory && vocabulary && !phrases.isEmpty()
            && input.idf.size() == std::size_t(phrases.size()) && groupCount < 255
            && std::none_of(terms.begin(), terms.end(), [](const Term &t) { return t.orOperator; })
            && std::all_of(phrases.cbegin(), phrases.cend(), [](const QStringList &w) { return w.size() == 1; });
        if (inMemory) {
            qint64 rows = 0;
            for (const QStringList &words : std::as_const(phrases))
                rows += std::max(0, view.documents(folded(words.front()).toUtf8()));
            inMemory = rows >= Postings::kMinRows;
        }
        // A word's postings, from the cache of this generation or read once with FTS5.
        const auto postingsOf = [&](const QString &word) -> std::shared_ptr<const Postings::List> {
            const QByteArray term = folded(word).toUtf8();
            bool keep = true;
            {
                QMutexLocker lock(&m_postings->mutex);
                if (m_postings->generation < names->generation) {
                    m_postings->terms.clear();
                    m_postings->entries = 0;
                    m_postings->generation = names->generation;
                }
                keep = m_postings->generation == names->generation;
                if (keep) {
                    if (const auto it = m_postings->terms.constFind(term); it != m_postings->terms.cend())
                        return *it;
                    if (m_postings->entries >= Postings::kMaxEntries)
                        return {};
                }
            }
            auto list = std::make_shared<Postings::List>();
            RankInput collect { &names->tokensByRowid, names->averageTokens, { 1.0 }, {}, 0 };
            collect.collect = list.get();
            {
                Statement rank = cached(db, kRankSql);
                if (!rankRows(rank, u'"' + QString::fromUtf8(term) + u'"', std::numeric_limits<qint64>::min(), kEnd,
                              collect)
                         .isEmpty())
                    return {};
            }
            std::sort(list->begin(), list->end(),
                      [](const Postings::Entry &a, const Postings::Entry &b) { return a.rowid < b.rowid; });
            QMutexLocker lock(&m_postings->mutex);
            if (keep && m_postings->generation == names->generation && !m_postings->terms.contains(term)) {
                m_postings->terms.insert(term, list);
                m_postings->entries += list->size();
            }
            return list;
        };
        for (qsizetype i = 0; inMemory && i < phrases.size(); ++i) {
            std::shared_ptr<const Postings::List> list = postingsOf(phrases[i].front());
            if (!list) {
                inMemory = false;
                break;
            }
            planned.push_back({ list.get(), input.idf[std::size_t(i)], phraseGroups[std::size_t(i)] });
            plannedLists.push_back(std::move(list));
        }
        // A large index is ranked in two halves of rowids, the upper one on another core with a
        // connection of its own, which then matches the second half of the names, while this
        // thread ranks the lower half and matches the first half of the names. In memory the work
        // is small, and waiting for another thread of a busy machine would cost more: one thread.
        const bool split = names->docs.size() >= 2000 && !inMemory;
        const qint64 middle = split ? qint64(names->docByRowid.size()) / 2 : kEnd;
        const std::size_t namesMiddle = split ? names->docs.size() / 2 : names->docs.size();
        RankInput upper = input;
        std::vector<NameHit> upperNamed;
        QFuture<QString> other;
        if (split) {
            other = QtConcurrent::run([this, expr, middle, &upper, &upperNamed, &names, &q, fuzzy, namesMiddle, &cached,
                                       inMemory]() -> QString {
                QString e;
                if (!inMemory) {
                    const ReaderLease helper(*this);
                    if (!helper.get())
                        return Tr::tr("%1: the search index cannot be opened").arg(m_file);
                    cached(helper.get(), "BEGIN").run();
                    {
                        Statement rank = cached(helper.get(), kRankSql);
                        e = rankRows(rank, expr, middle, kEnd, upper);
                    }
                    cached(helper.get(), "COMMIT").run();
                }
                if (fuzzy)
                    upperNamed = matchNames(*names, q, namesMiddle);
                return e;
            });
        }
        QString rankError;
        if (inMemory) {
            rankInMemory(planned, groupCount, input);
        } else {
            Statement rank = cached(db, kRankSql);
            rankError = rankRows(rank, expr, std::numeric_limits<qint64>::min(), middle, input);
        }
        if (fuzzy)
            named = matchNames(*names, q, 0, namesMiddle); // while the other half is ranked
        if (split) {
            const QString otherError = other.result();
            named.insert(named.end(), upperNamed.begin(), upperNamed.end());
            if (rankError.isEmpty())
                rankError = otherError;
            for (const RankInput::Scored &row : upper.heap)
                input.offer(row);
        }
        if (!rankError.isEmpty()) {
            result.error = Tr::tr("search \"%1\" failed: %2").arg(query, rankError);
            return result;
        }
        std::vector<RankInput::Scored> &heap = input.heap;
        std::sort_heap(heap.begin(), heap.end());
        for (const auto &[rank, id] : heap) {
            if (const Names::Doc *d = names->doc(id)) {
                hits.insert(id, SearchHit { d->path, d->title, d->alerts, {}, {}, rank, 0 });
                ranked << id;
            }
        }
    }
    if (fuzzy && expr.isEmpty())
        named = matchNames(*names, q);
    for (NameHit &n : named) {
        const auto it = hits.constFind(n.doc->id);
        n.bm25 = it == hits.cend() ? HUGE_VAL : it->bm25;
    }
    const std::size_t limit = std::size_t(std::max(0, options.limit));
    const auto better = [](const NameHit &a, const NameHit &b) {
        if (a.score != b.score)
            return a.score > b.score;
        if (a.bm25 != b.bm25)
            return a.bm25 < b.bm25;
        return a.doc->path < b.doc->path;
    };
    const auto cut = named.begin() + qsizetype(std::min(limit, named.size()));
    std::partial_sort(named.begin(), cut, named.end(), better);
    named.erase(cut, named.end());
    std::vector<std::pair<qint64, SearchHit>> ordered;
    for (const NameHit &n : named) {
        SearchHit h = hits.contains(n.doc->id) ? hits.take(n.doc->id)
                                               : SearchHit { n.doc->path, n.doc->title, n.doc->alerts, {}, {}, 0, 0 };
        const FuzzyMatch match = fuzzyMatch(q, *n.name); // positions for the highlight, of shown hits only
        h.fuzzy = n.score;
        h.matchedName = highlightMatch(n.name->text, match.positions, kMarkOpen, kMarkClose);
        ordered.emplace_back(n.doc->id, std::move(h));
    }
    for (qint64 id : std::as_const(ranked)) {
        if (ordered.size() >= limit)
            break;
        if (const auto it = hits.find(id); it != hits.end())
            ordered.emplace_back(id, std::move(*it));
    }
    const std::vector<Needle> marks = needles(terms);
    // The body straight from FTS5's content table: opening an FTS5 cursor per row costs more.
    Statement body = cached(db, "SELECT c2 FROM fts_content WHERE id = ?");
    std::vector<QByteArray> bodies(ordered.size());
    std::vector<char> found(ordered.size(), 0);
    for (std::size_t i = 0; i < ordered.size() && body.ok(); ++i) {
        body.bind(1, ordered[i].first);
        if (body.step() == SQLITE_ROW) {
            found[i] = 1;
            bodies[i] = QByteArray(reinterpret_cast<const char *>(sqlite3_column_blob(body.handle(), 0)),
                                   sqlite3_column_bytes(body.handle(), 0));
        }
        body.reset();
    }
    // Snippets of many hits: the second half on another core.
    const auto snippets = [&](std::size_t from, std::size_t to) {
        for (std::size_t i = from; i < to; ++i) {
            if (found[i])
                ordered[i].second.snippet = makeSnippet(bodies[i], marks);
        }
    };
    // (From 64 on: below that they take well under a millisecond, less than a wait for another
    // thread when the machine is busy.)
    const std::size_t snippetsMiddle = ordered.size() >= 64 ? ordered.size() / 2 : ordered.size();
    QFuture<void> otherSnippets;
    // Set by the other half when done. waitForFinished() already orders its writes before ours, but
    // inside uninstrumented Qt; this release/acquire pair states it where ThreadSanitizer sees it.
    std::atomic_bool otherDone { false };
    if (snippetsMiddle < ordered.size())
        otherSnippets = QtConcurrent::run([&snippets, snippetsMiddle, &ordered, &otherDone]() {
            snippets(snippetsMiddle, ordered.size());
            otherDone.store(true, std::memory_order_release);
        });
    snippets(0, snippetsMiddle);
    otherSnippets.waitForFinished();
    (void)otherDone.load(std::memory_order_acquire);
    for (auto &entry : ordered)
        result.hits.push_back(std::move(entry.second));
    return result;
}

} // namespace sre::rb
