#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <array>
#include <vector>

namespace sre::rb {

struct FuzzyMatch
{
    int score = 0; // 0: no match; higher is better
    QList<int> positions; // matched characters of the candidate
    bool matched() const { return score > 0; }
};

// camelCase-aware fuzzy match, as IDEs do for class names: every query character matches either
// the start of a word of the candidate (KubePodCrashLooping has the words Kube, Pod, Crash,
// Looping; separators and digits also start words) or the character right after the previous
// match. So "kubepodcrash", "KPCL" and "crashloop" all find KubePodCrashLooping, but "kbr" does
// not match it through scattered letters. Case-insensitive; spaces in the query are ignored.
// Whole-word, prefix and exact matches score higher.
FuzzyMatch fuzzyMatch(QStringView query, QStringView candidate);

// A candidate prepared once (case folded, word starts found) for matching many queries fast.
struct FuzzyCandidate
{
    QString text;
    QString folded;
    QByteArray wordStarts; // 1 where a word starts
    std::vector<quint16> startsBefore; // word starts before each position (n + 1 entries)
    quint64 mask = 0; // characters present, for a quick reject
    quint64 startMask = 0; // characters that start a word: the query's first one must be one
};
FuzzyCandidate prepareCandidate(const QString &text);
// A query prepared once for matching many candidates: case folded, spaces dropped, and for each
// ASCII character the query positions that hold it (for a linear pre-check).
struct FuzzyQuery
{
    QString folded;
    quint64 mask = 0;
    std::array<quint64, 128> positionsOf {};
};
FuzzyQuery prepareQuery(QStringView query);
FuzzyMatch fuzzyMatch(const FuzzyQuery &query, const FuzzyCandidate &candidate);
// The score fuzzyMatch() would give, without the matched positions: two rows of the table instead
// of all of them and no list built. For ranking every name in the index on each keystroke; the
// positions are worked out for the few hits shown.
int fuzzyScore(const FuzzyQuery &query, const FuzzyCandidate &candidate);

// `candidate` with the matched characters wrapped in open/close markers.
QString highlightMatch(const QString &candidate, const QList<int> &positions, const QString &open,
                       const QString &close);

} // namespace sre::rb
