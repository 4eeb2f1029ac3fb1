#pragma once

// Internal to sre_runbook: ranking for SearchIndex::search() (searchquery.cpp). bm25 as FTS5
// computes it, but with document lengths from memory, the best rows kept as they come (never
// handed back to SQLite), and an in-memory plan over postings for queries the vocabulary covers.
#include "searchindex_p.h"
#include "sqlitehelpers.h"

#include <QString>
#include <algorithm>
#include <sqlite3.h>
#include <vector>

namespace sre::rb::rank {

// Lengths for the rank function, bound as a pointer argument for one query; and the idf of each
// phrase when the vocabulary gave it (saves FTS5 a pass over each phrase's documents).
struct RankInput
{
    using Scored = std::pair<double, qint64>; // (rank, rowid): lower rank is better

    const std::vector<int> *tokensByRowid = nullptr;
    double averageTokens = 1;
    std::vector<double> idf;
    // The best `keep` rows so far, a max-heap. The function adds each row here and returns 0, so
    // SQLite hands no row back at all: a common word's ten thousand rows then cost only ranking.
    std::vector<Scored> heap;
    std::size_t keep = 0;
    // Instead of ranking, each row's weighted frequency of the only phrase goes here.
    SearchIndex::Postings::List *collect = nullptr;

    void offer(Scored row)
    {
        if (heap.size() < keep) {
            heap.push_back(row);
            std::push_heap(heap.begin(), heap.end());
        } else if (keep > 0 && row < heap.front()) {
            std::pop_heap(heap.begin(), heap.end());
            heap.back() = row;
            std::push_heap(heap.begin(), heap.end());
        }
    }
};

// idf as FTS5's bm25 computes it, for a phrase in `hits` of `rows` documents.
double idfOf(double rows, double hits);

// The sre_rank() auxiliary function of FTS5 (registered by SearchIndex::prepareReader): bm25 of
// the row (title x10, names x5, body x1; k1 1.2, b 0.75) into its RankInput argument.
void rankFunction(const Fts5ExtensionApi *api, Fts5Context *ctx, sqlite3_context *result, int nVal,
                  sqlite3_value **values);

// The best rows are kept by the rank function rather than by ORDER BY ... LIMIT, whose sorter
// costs more per row than the ranking when a common word matches most runbooks.
constexpr const char *kRankSql
    = "SELECT count(*) FROM fts WHERE fts MATCH ?1 AND rowid >= ?3 AND rowid < ?4 AND sre_rank(fts, ?2)";

// Ranks the matches with rowid in [from, to) into input.heap with `st` (kRankSql); an error
// message or empty.
QString rankRows(sql::Statement &st, const QString &expr, qint64 from, qint64 to, RankInput &input);

// One phrase of an in-memory plan: its postings and idf, and the AND group (query term) it is in.
struct PlannedPhrase
{
    const SearchIndex::Postings::List *postings;
    double idf;
    int group;
};

// Ranks an AND of groups (each the OR of its phrases) from postings, into input.heap: the rows
// that hold a phrase of every group, scored and tied as rankFunction and FTS5 would.
void rankInMemory(const std::vector<PlannedPhrase> &phrases, int groups, RankInput &input);

} // namespace sre::rb::rank
