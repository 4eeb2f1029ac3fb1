#include "searchrank_p.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <memory>

namespace sre::rb::rank {

namespace {
// bm25 of one phrase in one row, exactly as rankFunction adds it up.
double bm25Term(double idf, double f, double length, double average)
{
    static constexpr double k1 = 1.2, b = 0.75;
    return idf * f * (k1 + 1) / (f + k1 * (1 - b + b * length / average));
}

struct PhraseIdf
{
    std::vector<double> idf;
};

int countRow(const Fts5ExtensionApi *, Fts5Context *, void *user)
{
    ++*static_cast<qint64 *>(user);
    return SQLITE_OK;
}
} // namespace

double idfOf(double rows, double hits)
{
    return std::max(1e-6, std::log((rows - hits + 0.5) / (hits + 0.5)));
}

// bm25 as FTS5 computes it (title x10, names x5, body x1; k1 1.2, b 0.75), but with document
// lengths from memory instead of FTS5's docsize table.
void rankFunction(const Fts5ExtensionApi *api, Fts5Context *ctx, sqlite3_context *result, int nVal,
                  sqlite3_value **values)
{
    static constexpr double kWeights[] = { 10.0, 5.0, 1.0 };
    auto *input = nVal > 0 ? static_cast<RankInput *>(sqlite3_value_pointer(values[0], "sre_rank_input")) : nullptr;
    const int phrases = api->xPhraseCount(ctx);
    auto *idf = static_cast<PhraseIdf *>(api->xGetAuxdata(ctx, 0));
    if (!idf && input && int(input->idf.size()) == phrases) {
        idf = new PhraseIdf { input->idf };
        if (api->xSetAuxdata(ctx, idf, [](void *p) { delete static_cast<PhraseIdf *>(p); }) != SQLITE_OK) {
            sqlite3_result_error_nomem(result);
            return;
        }
    }
    if (!idf) {
        auto fresh = std::make_unique<PhraseIdf>();
        sqlite3_int64 rows = 0;
        api->xRowCount(ctx, &rows);
        for (int i = 0; i < phrases; ++i) {
            qint64 hits = 0;
            if (api->xQueryPhrase(ctx, i, &hits, countRow) != SQLITE_OK) {
                sqlite3_result_error(result, "sre_rank: cannot count phrase hits", -1);
                return;
            }
            fresh->idf.push_back(idfOf(double(rows), double(hits)));
        }
        idf = fresh.release();
        if (api->xSetAuxdata(ctx, idf, [](void *p) { delete static_cast<PhraseIdf *>(p); }) != SQLITE_OK) {
            sqlite3_result_error_nomem(result);
            return;
        }
    }
    constexpr int kSmall = 16;
    std::array<double, kSmall> small;
    std::vector<double> large(phrases > kSmall ? std::size_t(phrases) : 0, 0.0);
    double *freq = phrases > kSmall ? large.data() : small.data();
    std::fill_n(freq, phrases, 0.0);
    // Instances per phrase in (column, offset) order: title and names first. bm25 saturates with
    // term frequency, so after a few body instances the rest changes little and is not read.
    constexpr int kBodyInstances = 4;
    for (int i = 0; i < phrases; ++i) {
        Fts5PhraseIter it;
        int column = 0, offset = 0, body = 0;
        for (api->xPhraseFirst(ctx, i, &it, &column, &offset); column >= 0;
             api->xPhraseNext(ctx, &it, &column, &offset)) {
            if (column > 2)
                continue;
            freq[i] += kWeights[column];
            if (column == 2 && ++body == kBodyInstances)
                break;
        }
    }
    const sqlite3_int64 rowid = api->xRowid(ctx);
    if (input && input->collect) {
        input->collect->push_back({ quint32(rowid), float(freq[0]) });
        sqlite3_result_int(result, 0);
        return;
    }
    double length = input ? input->averageTokens : 1;
    if (input && rowid >= 0 && std::size_t(rowid) < input->tokensByRowid->size()
        && (*input->tokensByRowid)[std::size_t(rowid)] > 0)
        length = (*input->tokensByRowid)[std::size_t(rowid)];
    const double average = input ? input->averageTokens : 1;
    double score = 0;
    for (int i = 0; i < phrases; ++i)
        score += bm25Term(idf->idf[std::size_t(i)], freq[i], length, average);
    if (input) {
        input->offer({ score == 0 ? -1e-9 : -score, rowid }); // a match, however weak, ranks
        sqlite3_result_int(result, 0);
    } else {
        sqlite3_result_double(result, -score);
    }
}

QString rankRows(sql::Statement &st, const QString &expr, qint64 from, qint64 to, RankInput &input)
{
    if (!st.ok())
        return st.error();
    st.bindCopy(1, expr);
    sqlite3_bind_pointer(st.handle(), 2, &input, "sre_rank_input", nullptr);
    st.bind(3, from);
    st.bind(4, to);
    const int rc = st.step();
    return rc == SQLITE_ROW || rc == SQLITE_DONE ? QString() : st.error();
}

void rankInMemory(const std::vector<PlannedPhrase> &phrases, int groups, RankInput &input)
{
    thread_local std::vector<double> score;
    thread_local std::vector<quint8> matched; // groups matched so far, in order
    std::size_t size = input.tokensByRowid->size();
    for (const PlannedPhrase &p : phrases)
        if (!p.postings->empty())
            size = std::max(size, std::size_t(p.postings->back().rowid) + 1);
    score.assign(size, 0.0);
    matched.assign(size, 0);
    const std::vector<int> &lengths = *input.tokensByRowid;
    const double average = input.averageTokens;
    for (const PlannedPhrase &p : phrases) {
        const auto g = quint8(p.group);
        for (const SearchIndex::Postings::Entry &e : *p.postings) {
            quint8 &m = matched[e.rowid];
            if (m != g && m != g + 1)
                continue; // a group before this one did not match the row
            m = quint8(g + 1);
            const double length = e.rowid < lengths.size() && lengths[e.rowid] > 0 ? double(lengths[e.rowid]) : average;
            score[e.rowid] += bm25Term(p.idf, double(e.frequency), length, average);
        }
    }
    for (std::size_t rowid = 0; rowid < size; ++rowid)
        if (matched[rowid] == groups)
            input.offer({ score[rowid] == 0 ? -1e-9 : -score[rowid], qint64(rowid) });
}

} // namespace sre::rb::rank
