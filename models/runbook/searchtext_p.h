#pragma once

// Internal to sre_runbook: what a person typed, turned into an FTS5 expression, and the snippet
// around the words it matched. Used by searchquery.cpp.
#include <QByteArray>
#include <QString>
#include <QStringList>
#include <vector>

namespace sre::rb::querytext {

// The tokens FTS5's unicode61 tokenizer makes of the indexed text: runs of letters and digits,
// each Han or kana character on its own (see md::separateCjk()).
QStringList tokens(const QString &text);
// A term as unicode61 stores it: case folded, diacritics of Latin letters removed.
QString folded(const QString &word);

// The terms of the index, sorted, for expanding prefixes (see SearchIndex::Vocabulary).
struct VocabularyView
{
    const std::vector<std::pair<QByteArray, int>> *terms = nullptr;

    // Documents holding `term` (folded), or -1 when the vocabulary does not know it.
    int documents(const QByteArray &term) const;
    // The index terms that start with `prefix`, at most `max`, the most frequent ones.
    QStringList expand(const QByteArray &prefix, std::size_t max) const;
};

struct Term
{
    QStringList words;
    bool prefix = false;
    bool orOperator = false;
};
std::vector<Term> parseQuery(const QString &text, bool prefixLastWord);

// The expression FTS5 gets; a one-word prefix becomes the index terms it stands for when the
// vocabulary is at hand. `phrases` receives the words of each phrase in the expression's order
// (empty for a prefix FTS5 expands itself).
// `groups` receives, for each phrase, the index of the term it came from (a prefix's terms share
// one).
QString expression(const std::vector<Term> &terms, const VocabularyView *vocabulary,
                   QList<QStringList> *phrases = nullptr, std::vector<int> *groups = nullptr);

// What a snippet highlights: each query word (a prefix where the query made it one); a run of
// Han and kana as one piece, since the text has no spaces between them.
struct Needle
{
    QString text; // folded
    bool prefix = false;
    bool cjk = false;
};
std::vector<Needle> needles(const std::vector<Term> &terms);

// About 200 bytes of `utf8` (the indexed body) around the densest cluster of matches, the matches
// between kMarkOpen and kMarkClose.
QString makeSnippet(const QByteArray &utf8, const std::vector<Needle> &needles);

} // namespace sre::rb::querytext
