#include "textdiff.h"

#include <vector>

namespace sre {

QList<DiffLine> diffLines(const QStringList &before, const QStringList &after)
{
    // The common head and tail first: most edits touch a few lines in the middle.
    qsizetype head = 0;
    while (head < before.size() && head < after.size() && before[head] == after[head])
        ++head;
    qsizetype tail = 0;
    while (tail < before.size() - head && tail < after.size() - head
           && before[before.size() - 1 - tail] == after[after.size() - 1 - tail])
        ++tail;
    const qsizetype n = before.size() - head - tail, m = after.size() - head - tail;
    // lcs[i][j]: length of the LCS of before[head+i..] and after[head+j..].
    std::vector<std::vector<int>> lcs(std::size_t(n + 1), std::vector<int>(std::size_t(m + 1), 0));
    for (qsizetype i = n - 1; i >= 0; --i)
        for (qsizetype j = m - 1; j >= 0; --j)
            lcs[std::size_t(i)][std::size_t(j)] = before[head + i] == after[head + j]
                ? lcs[std::size_t(i + 1)][std::size_t(j + 1)] + 1
                : std::max(lcs[std::size_t(i + 1)][std::size_t(j)], lcs[std::size_t(i)][std::size_t(j + 1)]);
    QList<DiffLine> out;
    for (qsizetype k = 0; k < head; ++k)
        out.append({ DiffLine::Kind::Same, before[k] });
    qsizetype i = 0, j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && before[head + i] == after[head + j]) {
            out.append({ DiffLine::Kind::Same, before[head + i] });
            ++i;
            ++j;
        } else if (i < n
                   && (j == m || lcs[std::size_t(i + 1)][std::size_t(j)] >= lcs[std::size_t(i)][std::size_t(j + 1)])) {
            out.append({ DiffLine::Kind::Removed, before[head + i] });
            ++i;
        } else {
            out.append({ DiffLine::Kind::Added, after[head + j] });
            ++j;
        }
    }
    for (qsizetype k = before.size() - tail; k < before.size(); ++k)
        out.append({ DiffLine::Kind::Same, before[k] });
    return out;
}

} // namespace sre
