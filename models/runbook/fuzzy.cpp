#include "fuzzy.h"

#include <vector>

namespace sre::rb {

namespace {

constexpr int kNoMatch = -1000000;
constexpr int kWordStart = 10;
constexpr int kFirstChar = 6; // extra for the candidate's very first character
constexpr int kContiguous = 8; // the character right after the previous match
constexpr int kSkippedWord = 2;

bool isWordStart(QStringView c, qsizetype i)
{
    if (!c[i].isLetterOrNumber())
        return false;
    if (i == 0)
        return true;
    const QChar prev = c[i - 1];
    const QChar cur = c[i];
    if (!prev.isLetterOrNumber())
        return true;
    if (cur.unicode() >= 0x2E80 && cur.isLetter())
        return true; // CJK writes words without spaces: any character may start one
    if (cur.isUpper() && (prev.isLower() || prev.isDigit()))
        return true;
    if (cur.isUpper() && prev.isUpper() && i + 1 < c.size() && c[i + 1].isLower())
        return true; // HTTPServer: the S starts "Server"
    return cur.isDigit() != prev.isDigit();
}

// One bit per character (modulo 64): a query needs every bit its characters set.
quint64 characterMask(const QString &folded)
{
    quint64 mask = 0;
    for (const QChar c : folded)
        mask |= quint64(1) << (c.unicode() % 64);
    return mask;
}

} // namespace

FuzzyCandidate prepareCandidate(const QString &text)
{
    FuzzyCandidate c {
        text, {}, QByteArray(text.size(), 0), std::vector<quint16>(std::size_t(text.size()) + 1, 0), 0, 0
    };
    c.folded.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        c.folded += text[i].toCaseFolded();
        c.wordStarts[i] = isWordStart(text, i) ? 1 : 0;
        c.startsBefore[std::size_t(i) + 1] = quint16(c.startsBefore[std::size_t(i)] + c.wordStarts[i]);
    }
    c.mask = characterMask(c.folded);
    for (qsizetype i = 0; i < c.folded.size(); ++i)
        if (c.wordStarts[i])
            c.startMask |= quint64(1) << (c.folded[i].unicode() % 64);
    return c;
}

FuzzyQuery prepareQuery(QStringView query)
{
    FuzzyQuery q;
    q.folded.reserve(query.size());
    for (const QChar c : query) {
        if (!c.isSpace())
            q.folded += c.toCaseFolded();
    }
    q.mask = characterMask(q.folded);
    for (qsizetype i = 0; i < q.folded.size() && i < 63; ++i) {
        if (q.folded[i].unicode() < 128)
            q.positionsOf[q.folded[i].unicode()] |= quint64(1) << i;
    }
    return q;
}

FuzzyMatch fuzzyMatch(QStringView query, QStringView candidate)
{
    return fuzzyMatch(prepareQuery(query), prepareCandidate(candidate.toString()));
}

// Whether the query can match at all, without scoring: the query positions reachable after each
// candidate character, as bit sets (`contiguous`: the last match was the character just before).
// Linear and allocation-free; the scoring below runs only for the few candidates that pass.
bool canMatch(const FuzzyQuery &query, const FuzzyCandidate &candidate)
{
    const qsizetype m = query.folded.size();
    if (m > 62)
        return true;
    quint64 reached = 1; // nothing matched yet
    quint64 contiguous = 0;
    const auto *folded = reinterpret_cast<const char16_t *>(candidate.folded.constData());
    const char *starts = candidate.wordStarts.constData();
    const qsizetype n = candidate.folded.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = folded[i];
        quint64 at = 0;
        if (c < 128) {
            at = query.positionsOf[c];
        } else {
            for (qsizetype k = 0; k < m; ++k)
                at |= query.folded[k].unicode() == c ? quint64(1) << k : 0;
        }
        // Without a branch on the word start (half of them mispredicted): all ones at one.
        const quint64 startHere = quint64(0) - quint64(starts[i] != 0);
        const quint64 next = ((contiguous & at & ~quint64(1)) << 1) | (((reached & at) << 1) & startHere);
        reached |= next;
        contiguous = next;
        if (reached >> m & 1)
            return true;
    }
    return false;
}

FuzzyMatch fuzzyMatch(const FuzzyQuery &query, const FuzzyCandidate &candidate)
{
    const QString &q = query.folded;
    const QString &folded = candidate.folded;
    const qsizetype m = q.size();
    const qsizetype n = folded.size();
    if (m == 0 || n == 0 || m > n || n > 512)
        return {};
    // Quick rejects: every query character must occur, and in a way the rules allow.
    if ((query.mask & ~candidate.mask) != 0 || !(candidate.startMask >> (q[0].unicode() % 64) & 1)
        || !canMatch(query, candidate))
        return {};
    const QByteArray &start = candidate.wordStarts;

    // best[qi][ci]: best score for matching q[qi..] when q[qi-1] matched at ci-1 (ci == 0: nothing
    // matched yet). choice[qi][ci]: where q[qi] then matches. Reused between calls: this runs for
    // every name in the index on every keystroke.
    const std::size_t width = std::size_t(n) + 1;
    thread_local std::vector<int> best, choice, startsBefore;
    best.assign((std::size_t(m) + 1) * width, kNoMatch);
    choice.assign((std::size_t(m) + 1) * width, -1);
    startsBefore.assign(width, 0);
    for (qsizetype i = 0; i < n; ++i)
        startsBefore[std::size_t(i) + 1] = startsBefore[std::size_t(i)] + (start[i] ? 1 : 0);
    auto at = [width](qsizetype qi, qsizetype ci) { return std::size_t(qi) * width + std::size_t(ci); };
    for (qsizetype ci = 0; ci <= n; ++ci)
        best[at(m, ci)] = 0;
    for (qsizetype qi = m - 1; qi >= 0; --qi) {
        // Jumping from ci to the word start j costs kSkippedWord for every word start passed on the
        // way, startsBefore[j] - startsBefore[ci]: keep the best of (gain at j - that cost from 0)
        // over j >= ci while walking ci down, so each row is linear.
        int bestJump = kNoMatch;
        int bestJumpAt = -1;
        for (qsizetype ci = n; ci >= 0; --ci) {
            if (ci < n && start[ci] && folded[ci] == q[qi] && best[at(qi + 1, ci + 1)] > kNoMatch) {
                const int gain = kWordStart + (ci == 0 ? kFirstChar : 0) + best[at(qi + 1, ci + 1)]
                    - kSkippedWord * startsBefore[std::size_t(ci)];
                if (gain >= bestJump) { // >=: the earliest of equals
                    bestJump = gain;
                    bestJumpAt = int(ci);
                }
            }
            int top = kNoMatch;
            int where = -1;
            if (bestJumpAt >= 0) {
                top = bestJump + kSkippedWord * startsBefore[std::size_t(ci)];
                where = bestJumpAt;
            }
            if (qi > 0 && ci < n && folded[ci] == q[qi] && best[at(qi + 1, ci + 1)] > kNoMatch) {
                const int s = kContiguous + (start[ci] ? kWordStart / 2 : 0) + best[at(qi + 1, ci + 1)];
                if (s >= top) {
                    top = s;
                    where = int(ci);
                }
            }
            best[at(qi, ci)] = top;
            choice[at(qi, ci)] = where;
        }
    }
    if (best[at(0, 0)] <= kNoMatch)
        return {};
    FuzzyMatch match;
    for (qsizetype qi = 0, ci = 0; qi < m; ++qi) {
        const int j = choice[at(qi, ci)];
        match.positions << j;
        ci = j + 1;
    }
    int score = best[at(0, 0)];
    // The score prefers word starts ("certificat" + the "e" of "expired"); a highlight reads better
    // as one piece where the name holds the whole query at a word start.
    for (qsizetype p = folded.indexOf(q); p >= 0; p = folded.indexOf(q, p + 1)) {
        if (start[p]) {
            match.positions.clear();
            for (qsizetype k = 0; k < m; ++k)
                match.positions << int(p + k);
            break;
        }
    }
    if (match.positions.back() == n - 1 && match.positions.front() == 0 && m == n)
        score += 40; // the whole name
    else if (match.positions.front() == 0)
        score += 10;
    // Names that the query covers more of rank higher among equals.
    score += int(20 * m / n);
    match.score = std::max(score, 1);
    return match;
}

int fuzzyScore(const FuzzyQuery &query, const FuzzyCandidate &candidate)
{
    const QString &q = query.folded;
    const QString &folded = candidate.folded;
    const qsizetype m = q.size();
    const qsizetype n = folded.size();
    if (m == 0 || n == 0 || m > n || n > 512)
        return 0;
    if ((query.mask & ~candidate.mask) != 0 || !(candidate.startMask >> (q[0].unicode() % 64) & 1)
        || !canMatch(query, candidate))
        return 0;
    const QByteArray &start = candidate.wordStarts;
    const std::vector<quint16> &startsBefore = candidate.startsBefore;
    // The recurrence of fuzzyMatch(), one row (query position) at a time from the last: `next` is
    // row qi + 1, `row` becomes row qi. Only where q[0] matches first is kept (the bonuses below).
    thread_local std::vector<int> rowStore, nextStore;
    rowStore.assign(std::size_t(n) + 1, kNoMatch);
    nextStore.assign(std::size_t(n) + 1, 0); // row m: everything matched
    int *row = rowStore.data();
    int *next = nextStore.data();
    int first = -1;
    for (qsizetype qi = m - 1; qi >= 0; --qi) {
        const QChar qc = q[qi];
        int bestJump = kNoMatch;
        int bestJumpAt = -1;
        for (qsizetype ci = n; ci >= 0; --ci) {
            const int after = ci < n ? next[ci + 1] : kNoMatch;
            const bool same = ci < n && folded[ci] == qc && after > kNoMatch;
            if (same && start[ci]) {
                const int gain
                    = kWordStart + (ci == 0 ? kFirstChar : 0) + after - kSkippedWord * startsBefore[std::size_t(ci)];
                if (gain >= bestJump) {
                    bestJump = gain;
                    bestJumpAt = int(ci);
                }
            }
            int top = kNoMatch;
            int where = -1;
            if (bestJumpAt >= 0) {
                top = bestJump + kSkippedWord * startsBefore[std::size_t(ci)];
                where = bestJumpAt;
            }
            if (qi > 0 && same) {
                const int s = kContiguous + (start[ci] ? kWordStart / 2 : 0) + after;
                if (s >= top) {
                    top = s;
                    where = int(ci);
                }
            }
            row[ci] = top;
            if (qi == 0 && ci == 0)
                first = where;
        }
        std::swap(row, next);
    }
    int score = next[0]; // row 0, after the last swap
    if (score <= kNoMatch)
        return 0;
    // As fuzzyMatch(): the positions start at a word-start occurrence of the whole query, if any.
    for (qsizetype p = folded.indexOf(q); p >= 0; p = folded.indexOf(q, p + 1)) {
        if (start[p]) {
            first = int(p);
            break;
        }
    }
    if (m == n) // then the positions are 0 … n - 1: the whole name
        score += 40;
    else if (first == 0)
        score += 10;
    score += int(20 * m / n);
    return std::max(score, 1);
}

QString highlightMatch(const QString &candidate, const QList<int> &positions, const QString &open, const QString &close)
{
    QString out;
    bool inside = false;
    for (qsizetype i = 0; i < candidate.size(); ++i) {
        const bool hit = positions.contains(int(i));
        if (hit && !inside)
            out += open;
        if (!hit && inside)
            out += close;
        inside = hit;
        out += candidate[i];
    }
    if (inside)
        out += close;
    return out;
}

} // namespace sre::rb
