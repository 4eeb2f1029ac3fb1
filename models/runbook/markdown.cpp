#include "markdown.h"

#include "frontmatter.h"
#include "markdown_p.h"

#include <QHash>
#include <QRegularExpression>

namespace sre::rb::md {

std::vector<CodeSpan> codeSpans(const QString &line)
{
    std::vector<CodeSpan> spans;
    qsizetype i = 0;
    while (i < line.size()) {
        if (line[i] != u'`') {
            ++i;
            continue;
        }
        qsizetype run = 0;
        while (i + run < line.size() && line[i + run] == u'`')
            ++run;
        const QString ticks(run, u'`');
        qsizetype close = line.indexOf(ticks, i + run);
        while (close >= 0 && close + run < line.size() && line[close + run] == u'`')
            close = line.indexOf(ticks, close + run + 1);
        if (close < 0) {
            i += run;
            continue;
        }
        spans.push_back({ i, i + run, close, close + run });
        i = close + run;
    }
    return spans;
}

QString withoutComments(const QString &line, bool &inComment)
{
    QString visible;
    qsizetype i = 0;
    while (i < line.size()) {
        if (inComment) {
            const qsizetype end = line.indexOf(QStringLiteral("-->"), i);
            if (end < 0)
                break;
            inComment = false;
            i = end + 3;
        } else {
            const qsizetype start = line.indexOf(QStringLiteral("<!--"), i);
            if (start < 0) {
                visible += QStringView(line).mid(i);
                break;
            }
            visible += QStringView(line).mid(i, start - i);
            inComment = true;
            i = start + 4;
        }
    }
    return visible;
}

namespace {

// Blanks out `code spans` so nothing inside them counts as a link or a placeholder.
QString blankCodeSpans(const QString &line)
{
    QString out = line;
    for (const CodeSpan &span : codeSpans(line))
        for (qsizetype k = span.innerBegin; k < span.innerEnd; ++k)
            out[k] = u' ';
    return out;
}

// "[text](target)" and "![alt](src)" in one line of prose.
void inlineLinks(const QString &text, int line, std::vector<Link> &links)
{
    qsizetype pos = 0;
    while ((pos = text.indexOf(QStringLiteral("]("), pos)) >= 0) {
        int depth = 0;
        qsizetype open = -1;
        for (qsizetype k = pos - 1; k >= 0; --k) {
            if (text[k] == u']')
                ++depth;
            else if (text[k] == u'[') {
                if (depth == 0) {
                    open = k;
                    break;
                }
                --depth;
            }
        }
        qsizetype i = pos + 2;
        while (i < text.size() && text[i] == u' ')
            ++i;
        QString target;
        if (i < text.size() && text[i] == u'<') {
            const qsizetype end = text.indexOf(u'>', i);
            target = text.mid(i + 1, end < 0 ? -1 : end - i - 1);
        } else {
            int parens = 0;
            qsizetype k = i;
            for (; k < text.size(); ++k) {
                const QChar c = text[k];
                if (c.isSpace())
                    break;
                if (c == u'(')
                    ++parens;
                else if (c == u')' && parens-- == 0)
                    break;
            }
            target = text.mid(i, k - i);
        }
        if (open >= 0 && !target.isEmpty())
            links.push_back({ target, line, open > 0 && text[open - 1] == u'!' });
        pos += 2;
    }
}

} // namespace

QString headingPlainText(const QString &raw)
{
    static const QRegularExpression link(QStringLiteral("!?\\[([^\\]]*)\\]\\([^)]*\\)"));
    static const QRegularExpression tag(QStringLiteral("</?[A-Za-z][^>]*>"));
    QString text = raw;
    text.replace(link, QStringLiteral("\\1"));
    text.replace(tag, QString());
    text.remove(u'`');
    return text.trimmed();
}

QString githubSlug(const QString &headingText)
{
    QString out;
    const QString lower = headingPlainText(headingText).toLower();
    for (const char32_t c : lower.toUcs4()) {
        if (c == U' ') {
            out += u'-';
            continue;
        }
        const QChar::Category cat = QChar::category(c);
        const bool keep
            = c == U'-' || QChar::isLetterOrNumber(c) || QChar::isMark(c) || cat == QChar::Punctuation_Connector;
        if (keep)
            out += QString::fromUcs4(&c, 1);
    }
    return out;
}

Outline outline(const QByteArray &fileText)
{
    static const QRegularExpression atx(QStringLiteral("^ {0,3}(#{1,6})(?:[ \\t]+(.*?))?(?:[ \\t]+#+)?[ \\t]*$"));
    static const QRegularExpression customId(QStringLiteral("\\s*\\{#([^}\\s]+)\\}\\s*$"));
    static const QRegularExpression htmlId(QStringLiteral("\\b(?:name|id)\\s*=\\s*[\"']([^\"']+)[\"']"));
    static const QRegularExpression htmlRef(QStringLiteral("\\b(href|src)\\s*=\\s*[\"']([^\"']+)[\"']"));
    static const QRegularExpression refDef(QStringLiteral("^ {0,3}\\[[^\\]]+\\]:\\s*<?([^\\s>]+)"));
    static const QRegularExpression setext(QStringLiteral("^ {0,3}(=+|-+)[ \\t]*$"));

    Outline o;
    const FrontMatter fm = splitFrontMatter(fileText);
    o.firstBodyLine = fm.bodyFirstLine;
    QHash<QString, int> slugCount;
    std::optional<Fence> fence;
    bool inComment = false;
    QString previousProse; // the paragraph line above, for setext headings
    int sectionText = 0; // lines with text since the last heading
    int lineNo = fm.bodyFirstLine - 1;
    const QList<QByteArray> lines = fm.body.split('\n');
    auto addHeading = [&](int level, QString text, int line) {
        if (!o.headings.empty())
            o.headings.back().hasText = sectionText > 0;
        sectionText = 0;
        if (const auto m = customId.match(text); m.hasMatch()) {
            o.anchors.insert(m.captured(1));
            text.truncate(m.capturedStart());
        }
        const QString base = githubSlug(text);
        QString slug = base;
        while (slugCount.contains(slug))
            slug = base + u'-' + QString::number(++slugCount[base]);
        slugCount.insert(slug, 0);
        o.anchors.insert(slug);
        o.headings.push_back({ level, text, slug, line, false });
    };
    for (const QByteArray &bytes : lines) {
        ++lineNo;
        if (fence) {
            if (closes(*fence, bytes))
                fence.reset();
            ++sectionText;
            continue;
        }
        if (const auto f = fenceOf(bytes)) {
            fence = f;
            ++sectionText;
            previousProse.clear();
            continue;
        }
        // What is left of the line once HTML comments are gone.
        QString line = QString::fromUtf8(bytes);
        if (line.endsWith(u'\r'))
            line.chop(1);
        const QString visible = withoutComments(line, inComment);
        const QString code = blankCodeSpans(visible);
        if (code.trimmed().isEmpty()) {
            previousProse.clear();
            continue;
        }
        if (const auto m = atx.match(code); m.hasMatch()) {
            addHeading(int(m.capturedLength(1)), visible.mid(m.capturedStart(2), m.capturedLength(2)).trimmed(),
                       lineNo);
            previousProse.clear();
            continue;
        }
        if (const auto m = setext.match(code); m.hasMatch() && !previousProse.isEmpty()) {
            --sectionText; // the paragraph line above was a heading all along
            addHeading(m.captured(1).startsWith(u'=') ? 1 : 2, previousProse.trimmed(), lineNo - 1);
            previousProse.clear();
            continue;
        }
        ++sectionText;
        const QString trimmed = code.trimmed();
        const bool paragraph = !trimmed.startsWith(u'-') && !trimmed.startsWith(u'*') && !trimmed.startsWith(u'>')
            && !trimmed.startsWith(u'|') && !trimmed.startsWith(u'<') && !trimmed.front().isDigit();
        previousProse = paragraph ? visible : QString();
        inlineLinks(code, lineNo, o.links);
        if (const auto m = refDef.match(code); m.hasMatch())
            o.links.push_back({ m.captured(1), lineNo, false });
        for (auto it = htmlRef.globalMatch(code); it.hasNext();) {
            const auto m = it.next();
            o.links.push_back({ m.captured(2), lineNo, m.captured(1) == u"src" });
        }
        for (auto it = htmlId.globalMatch(code); it.hasNext();)
            o.anchors.insert(it.next().captured(1));
        o.prose.push_back({ lineNo, code });
    }
    if (!o.headings.empty())
        o.headings.back().hasText = sectionText > 0;
    o.lineCount = lineNo;
    return o;
}

QStringList splitWords(const QString &name)
{
    QStringList words;
    QString current;
    auto flush = [&] {
        if (!current.isEmpty())
            words << current;
        current.clear();
    };
    for (qsizetype i = 0; i < name.size(); ++i) {
        const QChar c = name[i];
        if (!c.isLetterOrNumber()) {
            flush();
            continue;
        }
        if (!current.isEmpty()) {
            const QChar prev = current.back();
            const bool nextLower = i + 1 < name.size() && name[i + 1].isLower();
            const bool boundary = (c.isUpper() && (prev.isLower() || prev.isDigit()))
                || (c.isUpper() && prev.isUpper() && nextLower) // HTTPServer -> HTTP Server
                || (c.isDigit() != prev.isDigit());
            if (boundary)
                flush();
        }
        current += c;
    }
    flush();
    return words;
}

} // namespace sre::rb::md
