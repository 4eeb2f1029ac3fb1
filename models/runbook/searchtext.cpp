// What a person typed, turned into an FTS5 expression; snippets around what it matched.
#include "searchtext_p.h"

#include "markdown.h"
#include "searchindex.h"

#include <bit>
#include <cstring>

namespace sre::rb::querytext {

namespace {

// Prefix terms expand to at most this many index terms (the most frequent ones): "r*" while
// typing stays fast and still finds the common words.
constexpr std::size_t kMaxExpansion = 48;
constexpr int kSnippetLength = 200; // bytes of UTF-8

// Tokens are letters and digits only, so quoting them needs no escaping.
QString phrase(const QStringList &words, bool prefix)
{
    return u'"' + words.join(u' ') + u'"' + (prefix ? QStringLiteral("*") : QString());
}

bool isWordByte(char c)
{
    const auto u = static_cast<unsigned char>(c);
    return u >= 0x80 || (u >= '0' && u <= '9') || ((u | 0x20) >= 'a' && (u | 0x20) <= 'z');
}

} // namespace

// The tokens FTS5's unicode61 tokenizer makes of the indexed text: runs of letters and digits,
// each Han or kana character on its own (see md::separateCjk()).
QStringList tokens(const QString &text)
{
    QStringList out;
    QString current;
    auto flush = [&] {
        if (!current.isEmpty())
            out << current;
        current.clear();
    };
    for (const char32_t c : text.toUcs4()) {
        if (md::isCjk(c)) {
            flush();
            out << QString::fromUcs4(&c, 1);
        } else if (QChar::isLetterOrNumber(c) || QChar::isMark(c)) {
            current += QString::fromUcs4(&c, 1);
        } else {
            flush();
        }
    }
    flush();
    return out;
}

// A term as unicode61 stores it: case folded, diacritics of Latin letters removed.
QString folded(const QString &word)
{
    QString out;
    out.reserve(word.size());
    for (QChar c : word) {
        c = c.toCaseFolded();
        if (c.unicode() >= 0xC0 && c.unicode() < 0x250 && c.decompositionTag() == QChar::Canonical)
            c = c.decomposition().front();
        out += c;
    }
    return out;
}

int VocabularyView::documents(const QByteArray &term) const
{
    auto it = std::lower_bound(terms->begin(), terms->end(), term,
                               [](const std::pair<QByteArray, int> &t, const QByteArray &p) { return t.first < p; });
    return it != terms->end() && it->first == term ? it->second : -1;
}

QStringList VocabularyView::expand(const QByteArray &prefix, std::size_t max) const
{
    std::vector<std::pair<QByteArray, int>> found;
    auto it = std::lower_bound(terms->begin(), terms->end(), prefix,
                               [](const std::pair<QByteArray, int> &t, const QByteArray &p) { return t.first < p; });
    for (; it != terms->end() && it->first.startsWith(prefix); ++it)
        found.push_back(*it);
    if (found.size() > max) {
        std::partial_sort(found.begin(), found.begin() + qsizetype(max), found.end(),
                          [](const auto &a, const auto &b) { return a.second > b.second; });
        found.resize(max);
    }
    QStringList out;
    for (const auto &entry : found)
        out << QString::fromUtf8(entry.first);
    return out;
}

std::vector<Term> parseQuery(const QString &text, bool prefixLastWord)
{
    std::vector<Term> terms;
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        if (text[i].isSpace()) {
            ++i;
            continue;
        }
        if (text[i] == u'"') {
            const qsizetype end = text.indexOf(u'"', i + 1);
            const QString inner = text.mid(i + 1, end < 0 ? -1 : end - i - 1);
            i = end < 0 ? n : end + 1;
            const bool prefix = i < n && text[i] == u'*';
            if (prefix)
                ++i;
            terms.push_back({ tokens(inner), prefix, false });
            continue;
        }
        qsizetype j = i;
        while (j < n && !text[j].isSpace() && text[j] != u'"')
            ++j;
        const QString word = text.mid(i, j - i);
        i = j;
        if (word == u"OR") {
            terms.push_back({ {}, false, true });
            continue;
        }
        // The word still being typed (nothing after it, not even a space) is a prefix.
        const QStringList words = tokens(word);
        const bool typing = prefixLastWord && i >= n && words.join(QString()).size() >= 2;
        terms.push_back({ words, word.endsWith(u'*') || typing, false });
    }
    return terms;
}

// The expression FTS5 gets; a one-word prefix becomes the index terms it stands for when the
// vocabulary is at hand.
QString expression(const std::vector<Term> &terms, const VocabularyView *vocabulary, QList<QStringList> *phrases,
                   std::vector<int> *groups)
{
    QStringList parts;
    bool pendingOr = false;
    int group = -1;
    const auto addPhrase = [&](const QStringList &words) {
        if (phrases)
            *phrases << words;
        if (groups)
            groups->push_back(group);
    };
    for (const Term &t : terms) {
        if (t.orOperator) {
            pendingOr = !parts.isEmpty();
            continue;
        }
        if (t.words.isEmpty())
            continue;
        // Explicit AND: FTS5 does not put an implicit one next to a parenthesised group.
        if (!parts.isEmpty())
            parts << (pendingOr ? QStringLiteral("OR") : QStringLiteral("AND"));
        pendingOr = false;
        ++group;
        QStringList expanded;
        if (t.prefix && t.words.size() == 1 && vocabulary)
            expanded = vocabulary->expand(folded(t.words.front()).toUtf8(), kMaxExpansion);
        if (expanded.isEmpty()) {
            parts << phrase(t.words, t.prefix);
            addPhrase(t.prefix ? QStringList() : t.words); // a prefix has no single document frequency
        } else if (expanded.size() == 1) {
            parts << phrase(expanded, false);
            addPhrase(expanded);
        } else {
            QStringList alternatives;
            for (const QString &e : std::as_const(expanded)) {
                alternatives << phrase({ e }, false);
                addPhrase(QStringList { e });
            }
            parts << u'(' + alternatives.join(QStringLiteral(" OR ")) + u')';
        }
    }
    return parts.join(u' ');
}

std::vector<Needle> needles(const std::vector<Term> &terms)
{
    std::vector<Needle> out;
    for (const Term &t : terms) {
        QString run;
        for (qsizetype i = 0; i < t.words.size(); ++i) {
            const QString w = folded(t.words[i]);
            if (md::isCjk(w.toUcs4().value(0))) {
                run += w;
                continue;
            }
            if (!run.isEmpty())
                out.push_back({ run, false, true });
            run.clear();
            out.push_back({ w, t.prefix && i + 1 == t.words.size(), false });
        }
        if (!run.isEmpty())
            out.push_back({ run, false, true });
    }
    return out;
}

// About kSnippetLength bytes of `utf8` (the indexed body) around the densest cluster of matches,
// the matches marked. Works on the bytes and decodes only the window: faster than FTS5's
// snippet(), which tokenizes the whole column for every row. ASCII is matched ignoring case.
QString makeSnippet(const QByteArray &utf8, const std::vector<Needle> &needles)
{
    // The text without the zero width spaces put between Han and kana, and a lower-cased copy.
    QByteArray text;
    if (utf8.contains("\xE2\x80\x8B")) {
        text.resize(utf8.size());
        const char *in = utf8.constData();
        char *out = text.data();
        qsizetype n = 0;
        for (qsizetype i = 0, size = utf8.size(); i < size; ++i) {
            if (in[i] == '\xE2' && i + 2 < size && in[i + 1] == '\x80' && in[i + 2] == '\x8B')
                i += 2;
            else
                out[n++] = in[i];
        }
        text.truncate(n);
    } else {
        text = utf8;
    }
    QByteArray lowerBytes(text.size(), Qt::Uninitialized);
    {
        const char *in = text.constData();
        char *out = lowerBytes.data();
        for (qsizetype i = 0, size = text.size(); i < size; ++i)
            out[i] = in[i] >= 'A' && in[i] <= 'Z' ? char(in[i] + 32) : in[i];
    }
    const char *lower = lowerBytes.constData();
    const qsizetype size = lowerBytes.size();
    struct Hit
    {
        qsizetype start, end;
        std::size_t needle;
    };
    std::vector<Hit> hits;
    for (std::size_t k = 0; k < needles.size(); ++k) {
        const Needle &n = needles[k];
        const QByteArray needle = n.text.toUtf8();
        if (needle.isEmpty())
            continue;
        // memmem: QByteArray::indexOf builds a skip table on every call.
        for (const char *p = lower; hits.size() < 400;) {
            const auto *found = static_cast<const char *>(
                memmem(p, std::size_t(lower + size - p), needle.constData(), std::size_t(needle.size())));
            if (!found)
                break;
            const qsizetype pos = found - lower;
            qsizetype end = pos + needle.size();
            const bool startOk = n.cjk || pos == 0 || !isWordByte(lower[pos - 1]);
            const bool endOk = n.cjk || n.prefix || end == size || !isWordByte(lower[end]);
            while (n.prefix && end < size && isWordByte(lower[end]))
                ++end; // the whole word a prefix matched, as FTS5 marks it
            if (startOk && endOk)
                hits.push_back({ pos, end, k });
            p = found + 1;
        }
    }
    std::sort(hits.begin(), hits.end(), [](const Hit &a, const Hit &b) { return a.start < b.start; });
    qsizetype from = 0;
    if (!hits.empty()) {
        // The window that holds the most different query words; the earliest among equals.
        std::size_t best = 0;
        int bestDistinct = 0;
        quint64 all = 0;
        for (const Hit &h : hits)
            all |= quint64(1) << (h.needle % 64);
        const int most = std::popcount(all);
        for (std::size_t i = 0; i < hits.size() && bestDistinct < most; ++i) {
            quint64 seen = 0;
            for (std::size_t j = i; j < hits.size() && hits[j].end <= hits[i].start + kSnippetLength - 40; ++j)
                seen |= quint64(1) << (hits[j].needle % 64);
            if (std::popcount(seen) > bestDistinct) {
                bestDistinct = std::popcount(seen);
                best = i;
            }
        }
        from = std::max<qsizetype>(0, hits[best].start - 40);
        while (from > 0 && from < hits[best].start && text[from - 1] != ' ' && text[from - 1] != '\n')
            ++from; // start at a word
    }
    qsizetype to = std::min(text.size(), from + kSnippetLength);
    while (to < text.size() && to > from + kSnippetLength / 2 && text[to] != ' ' && text[to] != '\n')
        --to; // end at a word
    while (to < text.size() && (static_cast<unsigned char>(text[to]) & 0xC0) == 0x80)
        ++to; // never inside a character
    QString out;
    if (from > 0)
        out += u'…';
    qsizetype at = from;
    for (const Hit &h : hits) {
        if (h.start < at || h.end > to)
            continue;
        out += QString::fromUtf8(text.constData() + at, h.start - at);
        out += kMarkOpen;
        out += QString::fromUtf8(text.constData() + h.start, h.end - h.start);
        out += kMarkClose;
        at = h.end;
    }
    out += QString::fromUtf8(text.constData() + at, to - at);
    if (to < text.size())
        out += u'…';
    return out.simplified();
}

} // namespace sre::rb::querytext
