#include "checks.h"

#include "markdown.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <map>

namespace sre::rb {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(sre::rb)
};

// The prometheus-operator runbook template, with the headings teams write in Japanese.
const std::vector<QStringList> &sectionAliases()
{
    static const std::vector<QStringList> aliases = {
        { QStringLiteral("meaning"), QStringLiteral("意味"), QStringLiteral("概要") },
        { QStringLiteral("impact"), QStringLiteral("影響") },
        { QStringLiteral("diagnosis"), QStringLiteral("diagnose"), QStringLiteral("診断"), QStringLiteral("調査") },
        { QStringLiteral("mitigation"), QStringLiteral("mitigate"), QStringLiteral("緩和策"), QStringLiteral("緩和"),
          QStringLiteral("対処"), QStringLiteral("対応") },
    };
    return aliases;
}

// Which template sections (indexes into kTemplateSections) an outline has.
QList<int> sectionsOf(const md::Outline &o)
{
    QList<int> found;
    for (const md::Heading &h : o.headings) {
        if (h.level < 2)
            continue;
        QString text = md::headingPlainText(h.text).toLower().trimmed();
        while (text.endsWith(u':') || text.endsWith(u'：'))
            text.chop(1);
        const auto &aliases = sectionAliases();
        for (int i = 0; i < int(aliases.size()); ++i) {
            for (const QString &alias : aliases[std::size_t(i)]) {
                if (text == alias || text.startsWith(alias + u' ') || text.startsWith(alias + u'(')
                    || text.startsWith(alias + u'（')) {
                    if (!found.contains(i))
                        found << i;
                }
            }
        }
    }
    return found;
}

bool followsTemplate(const md::Outline &o)
{
    return sectionsOf(o).size() >= 3;
}

QString parentDir(const QString &relative)
{
    const qsizetype slash = relative.lastIndexOf(u'/');
    return slash < 0 ? QString() : relative.left(slash);
}

} // namespace

const QStringList kTemplateSections = { QStringLiteral("Meaning"), QStringLiteral("Impact"),
                                        QStringLiteral("Diagnosis"), QStringLiteral("Mitigation") };

QStringList templateSections(const QByteArray &text)
{
    QStringList out;
    for (int i : sectionsOf(md::outline(text)))
        out << kTemplateSections[i];
    return out;
}

Findings lintText(const QByteArray &text, const QString &file, bool templateFolder)
{
    static const QRegularExpression todo(QStringLiteral("\\b(TODO|TBD|FIXME|XXX)\\b"));
    static const QRegularExpression angle(
        QStringLiteral("<\\s*(replace|insert|fill|add|your|describe|enter|put|todo)\\b[^<>]*>"),
        QRegularExpression::CaseInsensitiveOption);
    // {{ x }} is a template variable nobody filled in; {{< x >}} and {{% x %}} are Hugo shortcodes.
    static const QRegularExpression mustache(QStringLiteral("\\{\\{(?![<%])[^{}]*\\}\\}"));
    static const QRegularExpression lorem(QStringLiteral("\\blorem ipsum\\b"),
                                          QRegularExpression::CaseInsensitiveOption);

    Findings out;
    const md::Outline o = md::outline(text);
    if (templateFolder) {
        const QList<int> have = sectionsOf(o);
        const int line = o.headings.empty() ? 1 : o.headings.front().line;
        for (int i = 0; i < kTemplateSections.size(); ++i) {
            if (!have.contains(i))
                out << Finding { file, line, QStringLiteral("missing-section"),
                                 Tr::tr("no \"%1\" section; the runbooks around it have Meaning, Impact, Diagnosis and "
                                        "Mitigation")
                                     .arg(kTemplateSections[i]) };
        }
    }
    for (const md::ProseLine &p : o.prose) {
        for (const QRegularExpression *re : { &todo, &angle, &mustache, &lorem }) {
            for (auto it = re->globalMatch(p.text); it.hasNext();) {
                const auto m = it.next();
                out << Finding { file, p.line, QStringLiteral("placeholder"),
                                 Tr::tr("left-over template placeholder \"%1\"").arg(m.captured(0).trimmed()) };
            }
        }
    }
    for (std::size_t i = 0; i < o.headings.size(); ++i) {
        const md::Heading &h = o.headings[i];
        const bool closed = i + 1 == o.headings.size() || o.headings[i + 1].level <= h.level;
        if (!h.hasText && closed)
            out << Finding { file, h.line, QStringLiteral("empty-section"),
                             Tr::tr("section \"%1\" is empty").arg(md::headingPlainText(h.text)) };
    }
    std::stable_sort(out.begin(), out.end(), [](const Finding &a, const Finding &b) { return a.line < b.line; });
    return out;
}

Findings lint(const std::vector<Runbook> &runbooks)
{
    struct Entry
    {
        const Runbook *rb;
        QByteArray text;
        bool follows = false;
    };
    std::vector<Entry> entries;
    // Per folder (root + relative dir, ancestors included): runbooks below it, and how many follow the template.
    std::map<QString, std::pair<int, int>> folders;
    for (const Runbook &rb : runbooks) {
        QFile f(rb.file);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        Entry e { &rb, f.readAll() };
        e.follows = followsTemplate(md::outline(e.text));
        QString dir = parentDir(rb.relativePath);
        for (;;) {
            auto &[total, following] = folders[rb.root + u'|' + dir];
            ++total;
            following += e.follows ? 1 : 0;
            if (dir.isEmpty())
                break;
            dir = parentDir(dir);
        }
        entries.push_back(std::move(e));
    }
    Findings out;
    for (const Entry &e : entries) {
        // The nearest folder with enough runbooks to tell what its convention is.
        QString dir = parentDir(e.rb->relativePath);
        bool templateFolder = false;
        for (;;) {
            const auto &[total, following] = folders[e.rb->root + u'|' + dir];
            if (total >= 3 || dir.isEmpty()) {
                templateFolder = following * 2 > total;
                break;
            }
            dir = parentDir(dir);
        }
        out << lintText(e.text, e.rb->file, templateFolder);
    }
    return out;
}

} // namespace sre::rb
