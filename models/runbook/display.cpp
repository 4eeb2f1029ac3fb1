#include "display.h"

#include "frontmatter.h"
#include "markdown_p.h"
#include "yamlutil.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <functional>
#include <optional>

namespace sre::rb::md {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(sre::rb)
};

// The shortcode's name and arguments: positional ("hint warning", "tab \"Linux\"") and named
// (context="warning").
struct Shortcode
{
    QString name;
    QStringList positional;
    QList<std::pair<QString, QString>> named;

    QString arg(std::initializer_list<const char *> keys) const
    {
        for (const auto &[k, v] : named)
            for (const char *key : keys)
                if (k == QLatin1String(key))
                    return v;
        return {};
    }
    QString firstArg() const { return positional.isEmpty() ? QString() : positional.first(); }
};

Shortcode parseShortcode(const QString &inner)
{
    static const QRegularExpression token(
        QStringLiteral("([A-Za-z_][\\w-]*)\\s*=\\s*(\"[^\"]*\"|'[^']*'|\\S+)|\"([^\"]*)\"|'([^']*)'|(\\S+)"));
    Shortcode sc;
    bool first = true;
    for (auto it = token.globalMatch(inner.trimmed()); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        if (first) {
            sc.name = m.captured(0).toLower();
            first = false;
            continue;
        }
        if (m.capturedLength(1) > 0) {
            QString v = m.captured(2);
            if (v.size() >= 2 && (v.front() == u'"' || v.front() == u'\''))
                v = v.mid(1, v.size() - 2);
            sc.named.append({ m.captured(1).toLower(), v });
        } else {
            sc.positional << (m.capturedLength(3) > 0       ? m.captured(3)
                                  : m.capturedLength(4) > 0 ? m.captured(4)
                                                            : m.captured(5));
        }
    }
    return sc;
}

QString calloutLabel(const Shortcode &sc)
{
    QString kind = sc.arg({ "context", "type", "style", "theme", "class" });
    if (kind.isEmpty())
        kind = sc.firstArg();
    if (kind.isEmpty())
        kind = sc.name;
    kind = kind.toLower();
    const QString title = sc.arg({ "title" });
    static const QStringList warnings
        = { QStringLiteral("warning"), QStringLiteral("danger"),    QStringLiteral("caution"),
            QStringLiteral("error"),   QStringLiteral("important"), QStringLiteral("critical") };
    const bool warn
        = std::any_of(warnings.cbegin(), warnings.cend(), [&](const QString &w) { return kind.contains(w); });
    const QString label = warn ? Tr::tr("Warning") : Tr::tr("Note");
    return QStringLiteral("**%1 %2%3**")
        .arg(warn ? QStringLiteral("⚠") : QStringLiteral("ℹ"), label,
             title.isEmpty() ? QString() : QStringLiteral(": ") + title);
}

// Applies `fn` to the parts of `line` outside `code spans`.
QString mapProse(const QString &line, const std::function<QString(const QString &)> &fn)
{
    QString out;
    qsizetype proseStart = 0;
    for (const md::CodeSpan &span : md::codeSpans(line)) {
        out += fn(line.mid(proseStart, span.begin - proseStart));
        out += QStringView(line).mid(span.begin, span.end - span.begin);
        proseStart = span.end;
    }
    out += fn(line.mid(proseStart));
    return out;
}

QString inlineHtml(QString text)
{
    static const QRegularExpression shortcode(QStringLiteral("\\{\\{([<%])(.*?)[>%]\\}\\}"));
    static const QRegularExpression summary(QStringLiteral("<summary[^>]*>(.*?)</summary>"),
                                            QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression img(QStringLiteral("<img\\b[^>]*>"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression attr(QStringLiteral("\\b(src|alt)\\s*=\\s*[\"']([^\"']*)[\"']"),
                                         QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression br(QStringLiteral("<br\\s*/?>"), QRegularExpression::CaseInsensitiveOption);
    // Tags whose text is worth keeping; anything else stays as written and is shown as text.
    static const QRegularExpression known(
        QStringLiteral("</?(?:details|summary|a|kbd|b|i|em|strong|code|sup|sub|span|div|p|u|s|small|mark|center)"
                       "(?:\\s[^<>]*)?/?>"),
        QRegularExpression::CaseInsensitiveOption);
    QString out;
    qsizetype last = 0;
    for (auto it = shortcode.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        out += QStringView(text).mid(last, m.capturedStart() - last);
        out += shortcodeReplacement(m.captured(2));
        last = m.capturedEnd();
    }
    out += QStringView(text).mid(last);
    text = out;
    text.replace(summary, QStringLiteral("**▸ \\1**"));
    for (auto it = img.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        QString src, alt;
        for (auto a = attr.globalMatch(m.captured(0)); a.hasNext();) {
            const QRegularExpressionMatch am = a.next();
            (am.captured(1).toLower() == u"src" ? src : alt) = am.captured(2);
        }
        text.replace(m.captured(0), src.isEmpty() ? alt : QStringLiteral("![%1](%2)").arg(alt, src));
    }
    text.replace(br, QStringLiteral(" "));
    text.replace(known, QString());
    return text;
}

QString scalarText(const YAML::Node &node)
{
    if (yaml::isScalar(node))
        return yaml::str(node);
    if (yaml::isSeq(node)) {
        QStringList items;
        for (const auto &item : node)
            items << scalarText(item);
        return items.join(QStringLiteral(", "));
    }
    if (yaml::isMap(node)) {
        QStringList items;
        for (const auto &kv : node)
            items << yaml::str(kv.first) + QStringLiteral(": ") + scalarText(kv.second);
        return items.join(QStringLiteral("; "));
    }
    return {};
}

} // namespace

QString shortcodeReplacement(const QString &inner)
{
    const Shortcode sc = parseShortcode(inner);
    if (sc.name.isEmpty() || sc.name.startsWith(u'/'))
        return sc.name == u"/highlight" ? QStringLiteral("```") : QString();
    if (sc.name == u"ref" || sc.name == u"relref")
        return sc.firstArg();
    if (sc.name == u"highlight")
        return QStringLiteral("```") + sc.firstArg();
    if (sc.name == u"details" || sc.name == u"expand" || sc.name == u"collapse" || sc.name == u"spoiler") {
        QString title = sc.arg({ "title", "summary" });
        if (title.isEmpty())
            title = sc.firstArg();
        return title.isEmpty() ? QString() : QStringLiteral("**▸ %1**").arg(title);
    }
    if (sc.name == u"tab") {
        QString title = sc.arg({ "name", "title", "header" });
        if (title.isEmpty())
            title = sc.firstArg();
        return title.isEmpty() ? QString() : QStringLiteral("**%1**").arg(title);
    }
    if (sc.name == u"figure" || sc.name == u"img" || sc.name == u"image") {
        const QString src = sc.arg({ "src" }).isEmpty() ? sc.firstArg() : sc.arg({ "src" });
        const QString alt = sc.arg({ "alt", "caption", "title" });
        return src.isEmpty() ? alt : QStringLiteral("![%1](%2)").arg(alt, src);
    }
    static const QStringList callouts
        = { QStringLiteral("hint"),    QStringLiteral("notice"),     QStringLiteral("alert"),
            QStringLiteral("callout"), QStringLiteral("admonition"), QStringLiteral("warning"),
            QStringLiteral("note"),    QStringLiteral("info"),       QStringLiteral("tip"),
            QStringLiteral("caution"), QStringLiteral("danger"),     QStringLiteral("important") };
    if (callouts.contains(sc.name))
        return calloutLabel(sc);
    return {}; // tabs, columns and anything unknown: the content shows, the markup does not
}

DisplayDocument displayDocument(const QByteArray &fileText)
{
    DisplayDocument doc;
    const FrontMatter fm = splitFrontMatter(fileText);
    doc.bodyFirstLine = fm.bodyFirstLine;
    if (fm.present) {
        // The display shows what it can; the workspace load reports a broken front matter.
        Problems ignored;
        yaml::interpret(fm.yaml, QString(), ignored, [&](const yaml::Documents &documents) {
            if (documents.empty() || !yaml::isMap(documents.front()))
                return;
            for (const auto &kv : documents.front()) {
                const QString value = scalarText(kv.second).trimmed();
                if (!value.isEmpty())
                    doc.meta.append({ yaml::str(kv.first), value });
            }
        });
    }

    static const QRegularExpression wholeShortcode(QStringLiteral("^\\s*\\{\\{([<%])(.*?)[>%]\\}\\}\\s*$"));
    QStringList out;
    std::optional<Fence> fence;
    bool shortcodeCode = false; // inside {{< highlight >}}
    bool inComment = false;
    for (const QByteArray &bytes : fm.body.split('\n')) {
        QString line = QString::fromUtf8(bytes);
        if (line.endsWith(u'\r'))
            line.chop(1);
        if (fence) {
            if (closes(*fence, bytes))
                fence.reset();
            out << line;
            continue;
        }
        if (shortcodeCode) {
            const auto m = wholeShortcode.match(line);
            if (m.hasMatch() && parseShortcode(m.captured(2)).name == u"/highlight") {
                shortcodeCode = false;
                out << QStringLiteral("```");
            } else {
                out << line;
            }
            continue;
        }
        if (!inComment) {
            if (const auto f = fenceOf(bytes)) {
                fence = f;
                out << line;
                continue;
            }
        }
        // HTML comments (template guidance) are not shown.
        const bool hadComment = inComment || line.contains(QStringLiteral("<!--"));
        const QString visible = withoutComments(line, inComment);
        if (hadComment && visible.trimmed().isEmpty())
            continue;
        if (const auto m = wholeShortcode.match(visible); m.hasMatch()) {
            const QString replacement = shortcodeReplacement(m.captured(2));
            if (replacement.startsWith(QStringLiteral("```")) && replacement != QStringLiteral("```"))
                shortcodeCode = true;
            out << replacement;
            if (!replacement.isEmpty() && !shortcodeCode)
                out << QString(); // a label is a paragraph of its own
            continue;
        }
        out << mapProse(visible, inlineHtml);
    }
    doc.markdown = out.join(u'\n');
    return doc;
}

} // namespace sre::rb::md
