#include "lint.h"

#include "frontmatter.h"
#include "lintsubject_p.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

namespace sre::pm {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(sre::pm)
};

// Exempt text is replaced by this, not by spaces, so that "should `x` have" does not become
// "should have" and a phrase cannot match across an exempt span.
constexpr char16_t kMask = 0xFFFC;
const QString kLatinBefore = QStringLiteral(R"((?<![A-Za-z0-9_\x{00C0}-\x{024F}]))");
const QString kLatinAfter = QStringLiteral(R"((?![A-Za-z0-9_\x{00C0}-\x{024F}]))");

bool isLatin(const QString &phrase)
{
    return std::all_of(phrase.cbegin(), phrase.cend(), [](QChar c) { return c.unicode() < 0x250 || c == u'’'; });
}

QString phrasePattern(const QString &phrase)
{
    QStringList words;
    for (const QString &word : phrase.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        QString w;
        for (const QChar c : word)
            w += (c == u'\'' || c == u'’') ? QStringLiteral("['’]") : QRegularExpression::escape(QString(c));
        words << w;
    }
    const QString body = words.join(QStringLiteral(R"(\s+)"));
    return isLatin(phrase) ? kLatinBefore + body + kLatinAfter : body;
}

QRegularExpression alternation(QStringList patterns)
{
    // Longest first: at one position the longer phrase ("why did not") wins over its prefix.
    std::stable_sort(patterns.begin(), patterns.end(),
                     [](const QString &a, const QString &b) { return a.size() > b.size(); });
    return QRegularExpression(QStringLiteral("(?:") + patterns.join(QStringLiteral(")|(?:")) + QLatin1Char(')'),
                              QRegularExpression::CaseInsensitiveOption
                                  | QRegularExpression::UseUnicodePropertiesOption);
}

void mask(QString &line, qsizetype from, qsizetype to)
{
    for (qsizetype i = std::max<qsizetype>(0, from); i < std::min(to, line.size()); ++i)
        line[i] = QChar(kMask);
}

void maskMatches(QString &line, const QRegularExpression &re, int group = 0)
{
    auto it = re.globalMatch(line);
    while (it.hasNext()) {
        const auto m = it.next();
        mask(line, m.capturedStart(group), m.capturedEnd(group));
    }
}

// Inline code spans: a run of n backticks up to the next run of exactly n.
void maskCode(QString &line)
{
    qsizetype i = 0;
    while (i < line.size()) {
        if (line[i] != u'`') {
            ++i;
            continue;
        }
        qsizetype n = 0;
        while (i + n < line.size() && line[i + n] == u'`')
            ++n;
        qsizetype j = i + n;
        bool closed = false;
        while (j < line.size()) {
            if (line[j] != u'`') {
                ++j;
                continue;
            }
            qsizetype m = 0;
            while (j + m < line.size() && line[j + m] == u'`')
                ++m;
            if (m == n) {
                mask(line, i, j + m);
                i = j + m;
                closed = true;
                break;
            }
            j += m;
        }
        if (!closed)
            i += n;
    }
}

// Quotations. Typographic and Japanese quotes may run over a line break (the stack carries to the
// next line of the paragraph); straight double quotes pair within a line.
void maskQuotes(QString &line, QList<QChar> &open)
{
    static const QList<std::pair<QChar, QChar>> pairs
        = { { u'“', u'”' }, { u'「', u'」' }, { u'『', u'』' }, { u'«', u'»' } };
    bool straight = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line[i];
        if (straight) {
            if (c == u'"')
                straight = false;
            line[i] = QChar(kMask);
            continue;
        }
        if (!open.isEmpty()) {
            if (c == open.back())
                open.removeLast();
            else
                for (const auto &[o, close] : pairs)
                    if (c == o)
                        open << close;
            line[i] = QChar(kMask);
            continue;
        }
        if (c == u'"') {
            straight = true;
            line[i] = QChar(kMask);
            continue;
        }
        for (const auto &[o, close] : pairs) {
            if (c == o) {
                open << close;
                line[i] = QChar(kMask);
            }
        }
    }
}

QString maskLine(const QString &raw, QList<QChar> &openQuotes)
{
    QString line = raw;
    static const QRegularExpression comment(QStringLiteral("<!--.*?(-->|$)"));
    static const QRegularExpression url(QStringLiteral(R"(<?\b(?:https?|ftp|mailto):[^\s<>|]*>?)"));
    static const QRegularExpression linkTarget(QStringLiteral(R"(\]\(([^)\s]*(?:\s+"[^"]*")?)\))"));
    static const QRegularExpression refDefinition(QStringLiteral(R"(^\s{0,3}\[[^\]]+\]:\s+\S.*$)"));
    static const QRegularExpression htmlTag(QStringLiteral(R"(</?[A-Za-z][^>]*>)"));
    maskMatches(line, comment);
    maskCode(line);
    maskMatches(line, refDefinition);
    maskMatches(line, linkTarget, 1);
    maskMatches(line, url);
    maskMatches(line, htmlTag);
    maskQuotes(line, openQuotes);
    return line;
}

QStringList expandNames(const QStringList &names)
{
    QStringList out;
    for (const QString &n : names) {
        const QString name = n.simplified();
        if (name.size() < 2)
            continue;
        out << name;
        // "Ben Okafor" is "Ben" in a sentence; "on-call primary" is not a person's first name.
        const QString first = name.section(QLatin1Char(' '), 0, 0);
        if (first != name && first.size() >= 2 && (first.front().isUpper() || !isLatin(first)))
            out << first;
    }
    out.removeDuplicates();
    return out;
}

QList<QRegularExpression> personPatterns(const QStringList &names)
{
    const QStringList expanded = expandNames(names);
    if (expanded.isEmpty())
        return {};
    QStringList escaped;
    for (const QString &n : expanded)
        escaped << QRegularExpression::escape(n).replace(QStringLiteral("\\ "), QStringLiteral(R"(\s+)"));
    std::stable_sort(escaped.begin(), escaped.end(),
                     [](const QString &a, const QString &b) { return a.size() > b.size(); });
    const QString name
        = kLatinBefore + QStringLiteral("(?:") + escaped.join(QLatin1Char('|')) + QLatin1Char(')') + kLatinAfter;
    const QString honorific = QStringLiteral(R"(\s*(?:さん|氏|君|くん|様)?)");
    const QString verbs = QStringLiteral(
        R"((?:also\s+|then\s+|just\s+)?(?:broke|forgot|missed|failed|neglected|overlooked|ignored|messed\s+up|screwed\s+up|botched|caused|)"
        R"(misconfigured|misread|misunderstood|mistyped|made\s+(?:a|an)\s+(?:mistake|error)|)"
        R"((?:didn['’]t|did\s+not)\s+(?:notice|check|follow|test|see|read|verify|realize|realise|catch)))");
    const QString adverbs
        = QStringLiteral(R"((?:accidentally|mistakenly|carelessly|wrongly|incorrectly|inadvertently)\s+\w+)");
    const QString possessive
        = QStringLiteral(R"(['’]s\s+(?:mistake|error|fault|oversight|slip|carelessness|negligence))");
    const QString jaFailure = QStringLiteral(
        "(?:ミス|失敗|忘れ|見落と|怠|誤っ|誤り|間違|壊し|確認しなかった|確認せず|気づかなかった|気付かなかった)");
    const auto options = QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption;
    return {
        QRegularExpression(name + QStringLiteral(R"((?:\s+(?:)") + verbs + QLatin1Char('|') + adverbs
                               + QStringLiteral(")|") + possessive + QStringLiteral(R"()(?![A-Za-z]))"),
                           options),
        QRegularExpression(kLatinBefore + QStringLiteral(R"((?:caused|broken|introduced)\s+by\s+)") + name, options),
        QRegularExpression(name + honorific + QStringLiteral(R"(\s*(?:が|は|も)[^。．！？!?\n]{0,40}?)") + jaFailure,
                           options),
        QRegularExpression(
            name + honorific + QStringLiteral(R"(\s*の\s*(?:ミス|失敗|不注意|責任|せい|過失|誤り|落ち度))"), options),
    };
}

// The lines to check: the body, and the title's value in the front matter.
struct Scan
{
    QList<QString> lines; // with exempt parts masked; empty for lines not checked
};

Scan prepare(const QByteArray &markdown)
{
    Scan scan;
    const Lines lines = splitLines(markdown);
    const FrontMatter fm = splitFrontMatter(markdown);
    qsizetype first = 0;
    if (fm.present) {
        const qsizetype prefix = markdown.size() - fm.body.size();
        qsizetype size = 0;
        while (first < lines.size() && size < prefix) {
            size += lines[first].text.size() + lines[first].eol.size();
            QString text = QString::fromUtf8(lines[first].text);
            static const QRegularExpression title(QStringLiteral(R"(^title\s*:\s*)"));
            const auto m = title.match(text);
            if (m.hasMatch()) {
                mask(text, 0, m.capturedEnd());
                // The YAML quotes around the title are not a quotation.
                const qsizetype v = m.capturedEnd();
                if (v < text.size() && (text[v] == u'"' || text[v] == u'\'')) {
                    const qsizetype end = text.lastIndexOf(text[v]);
                    text[v] = QChar(kMask);
                    if (end > v)
                        text[end] = QChar(kMask);
                }
                QList<QChar> open;
                scan.lines << maskLine(text, open);
            } else {
                scan.lines << QString();
            }
            ++first;
        }
    }
    static const QRegularExpression quote(QStringLiteral(R"(^\s{0,3}(?:(?:[-*+]|\d+[.)])\s+)?>)"));
    BlockScanner scanner;
    QList<QChar> open;
    for (qsizetype i = first; i < lines.size(); ++i) {
        const QString text = QString::fromUtf8(lines[i].text);
        if (scanner.next(lines[i].text) != BlockScanner::Kind::Text || quote.match(text).hasMatch()) {
            scan.lines << QString();
            continue;
        }
        if (text.trimmed().isEmpty() || atxHeading(lines[i].text))
            open.clear(); // a quotation does not run past its paragraph
        scan.lines << maskLine(text, open);
    }
    return scan;
}

template<typename Matcher>
void collect(const Scan &scan, const Matcher &m, const QSet<QString> &nameWords, Findings &out)
{
    for (qsizetype l = 0; l < scan.lines.size(); ++l) {
        const QString &line = scan.lines[l];
        if (line.isEmpty())
            continue;
        auto it = m.re.globalMatch(line);
        while (it.hasNext()) {
            const auto match = it.next();
            if (match.capturedLength() == 0)
                continue;
            if (m.participle) {
                const QStringList next = subject::wordsAfter(line, match.capturedEnd(), 1);
                if (next.isEmpty() || !subject::isPastParticiple(next.front()))
                    continue; // "we should have a staging area": not about the past
            }
            if (!m.subjects.isEmpty()) {
                const bool person
                    = m.subjectAfter ? subject::personAfter(line, match.capturedEnd(), m.subjects, nameWords) : [&] {
                          QString before;
                          const QString who = subject::subjectBefore(line, match.capturedStart(), &before);
                          return (m.subjects.contains(who) || nameWords.contains(who))
                              && !subject::isVerbOfAssuming(before);
                      }();
                if (!person)
                    continue; // about a system, a component or traffic: not a finding
            }
            Finding f;
            f.kind = Finding::Kind::Language;
            f.severity = m.hint ? Finding::Severity::Hint : Finding::Severity::Finding;
            f.rule = m.rule;
            f.line = int(l) + 1;
            f.column = int(match.capturedStart()) + 1;
            f.length = int(match.capturedLength());
            f.text = match.captured().simplified();
            f.suggestions = m.suggestions;
            f.note = m.note;
            out << f;
        }
    }
}

} // namespace

LanguageChecker::LanguageChecker(const std::vector<LintRule> &rules, const QStringList &names)
{
    for (const LintRule &rule : rules) {
        QStringList patterns;
        for (const QString &phrase : rule.flag)
            if (!phrase.trimmed().isEmpty())
                patterns << phrasePattern(phrase);
        QStringList subjects;
        for (const QString &word : rule.subject)
            subjects << word.simplified().toLower().replace(u'’', u'\'');
        if (!rule.subject.isEmpty())
            m_subjectRules.insert(rule.id);
        if (!patterns.isEmpty())
            m_matchers.push_back({ rule.id, rule.suggest, rule.note, alternation(patterns), rule.hint, subjects,
                                   rule.subjectAfter, rule.followedBy == u"participle" });
    }
    // A handle ("aiko") or each capitalised word of a name ("Ben Okafor"); not the words of a
    // lower-case placeholder ("on-call primary").
    for (const QString &name : expandNames(names)) {
        const QStringList words = name.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        for (const QString &word : words)
            if (words.size() == 1 || word.front().isUpper() || !isLatin(word))
                m_nameWords.insert(word.toLower());
    }
    const QStringList personSuggestions
        = { Tr::tr("make the system the subject: what happened, what the person saw at the time, and what made the "
                   "action reasonable"),
            Tr::tr("describe the gap in tooling or process that let the action have this effect") };
    const QString personNote
        = Tr::tr("Naming a person as the cause of a failure turns a postmortem into a verdict. People then "
                 "share less, and the conditions that led to the failure stay in place.");
    for (const QRegularExpression &re : personPatterns(names))
        m_matchers.push_back({ QStringLiteral("person-blame"), personSuggestions, personNote, re });
}

Findings LanguageChecker::check(const QByteArray &markdown) const
{
    const Scan scan = prepare(markdown);
    Findings out;
    for (const Matcher &m : m_matchers)
        collect(scan, m, m_nameWords, out);
    std::stable_sort(out.begin(), out.end(), [](const Finding &a, const Finding &b) {
        return std::tie(a.line, a.column) < std::tie(b.line, b.column);
    });
    // Two rules on the same words ("we should have been paged": a person's counterfactual and a
    // passive one) are one finding, the first rule's; and a rule that needs a person as subject
    // adds nothing inside a finding that already names the person ("Bob Smith missed").
    Findings kept;
    for (const Finding &f : std::as_const(out)) {
        const bool covered = std::any_of(kept.cbegin(), kept.cend(), [&](const Finding &k) {
            return k.line == f.line
                && (k.column == f.column
                    || (m_subjectRules.contains(f.rule) && k.column <= f.column
                        && f.column + f.length <= k.column + k.length));
        });
        if (!covered)
            kept << f;
    }
    return kept;
}

Findings checkLanguage(const QByteArray &markdown, const std::vector<LintRule> &rules, const QStringList &names)
{
    return LanguageChecker(rules, names).check(markdown);
}

Findings lintPostmortem(const PostmortemDocument &doc, const LintOptions &options)
{
    const ParseResult meta = doc.metadata();
    Findings out;
    for (const Problem &p : meta.problems) {
        if (!p.isError())
            continue;
        Finding f;
        f.kind = Finding::Kind::Completeness;
        f.rule = QStringLiteral("front-matter");
        f.line = std::max(1, p.line);
        f.text = p.message;
        out << f;
    }
    out << checkLanguage(doc.toBytes(), options.rules, options.names + meta.postmortem.authors);
    out << checkCompleteness(doc, options.requiredSections, options.today);
    std::stable_sort(out.begin(), out.end(), [](const Finding &a, const Finding &b) {
        return std::tie(a.line, a.column) < std::tie(b.line, b.column);
    });
    return out;
}

} // namespace sre::pm
