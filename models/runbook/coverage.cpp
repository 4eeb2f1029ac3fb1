#include "checks.h"

#include "markdown.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>
#include <map>

namespace sre::rb {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(sre::rb)
};

bool isMarkdown(const QString &file)
{
    return file.endsWith(QStringLiteral(".md"), Qt::CaseInsensitive)
        || file.endsWith(QStringLiteral(".markdown"), Qt::CaseInsensitive);
}

bool isIndexPage(const QString &file)
{
    const QString name = QFileInfo(file).fileName();
    return name.compare(QStringLiteral("_index.md"), Qt::CaseInsensitive) == 0
        || name.compare(QStringLiteral("README.md"), Qt::CaseInsensitive) == 0;
}

// Outlines of the files links point into, read once.
class Outlines
{
public:
    const md::Outline *get(const QString &file)
    {
        auto it = m_cache.find(file);
        if (it == m_cache.end()) {
            QFile f(file);
            std::optional<md::Outline> o;
            if (f.open(QIODevice::ReadOnly))
                o = md::outline(f.readAll());
            it = m_cache.emplace(file, std::move(o)).first;
        }
        return it->second ? &*it->second : nullptr;
    }

private:
    std::map<QString, std::optional<md::Outline>> m_cache;
};

void checkAnchor(Outlines &outlines, const QString &target, const QString &anchor, const QString &from, int line,
                 const QString &shown, Findings &out)
{
    if (anchor.isEmpty() || !isMarkdown(target))
        return;
    const md::Outline *o = outlines.get(target);
    if (o && !o->anchors.contains(anchor))
        out << Finding {
            from, line, QStringLiteral("broken-anchor"),
            Tr::tr("%1: no heading in %2 has the anchor #%3").arg(shown, QFileInfo(target).fileName(), anchor)
        };
}

} // namespace

QString Finding::toString(const QString &base) const
{
    QString shown = file;
    if (!base.isEmpty()) {
        const QString rel = QDir(base).relativeFilePath(file);
        if (!rel.startsWith(QStringLiteral("../")))
            shown = rel;
    }
    return line > 0 ? QStringLiteral("%1:%2: %3: %4").arg(shown).arg(line).arg(rule, message)
                    : QStringLiteral("%1: %2: %3").arg(shown, rule, message);
}

int CoverageReport::uncovered() const
{
    return int(
        std::count_if(alerts.begin(), alerts.end(), [](const AlertCoverage &a) { return !a.resolution.found(); }));
}

Findings CoverageReport::findings() const
{
    Findings out;
    for (const AlertCoverage &a : alerts) {
        if (a.resolution.found())
            continue;
        QString message = Tr::tr("alert %1 has no runbook").arg(a.alert.name);
        if (!a.resolution.refused.isEmpty())
            message += QStringLiteral(" (") + a.resolution.refused + u')';
        else if (!a.resolution.notes.isEmpty())
            message += QStringLiteral(" (") + a.resolution.notes.join(QStringLiteral("; ")) + u')';
        out << Finding { a.alert.file, a.alert.line, QStringLiteral("no-runbook"), message };
    }
    out << links;
    return out;
}

Findings checkLinks(const Resolver &resolver)
{
    static const QRegularExpression scheme(QStringLiteral("^[A-Za-z][A-Za-z0-9+.-]*:"));
    Findings out;
    Outlines outlines;
    for (const Runbook &rb : resolver.runbooks()) {
        const md::Outline *o = outlines.get(rb.file);
        if (!o)
            continue;
        const QDir dir = QFileInfo(rb.file).absoluteDir();
        for (const md::Link &link : o->links) {
            const QString t = link.target.trimmed();
            if (t.isEmpty() || scheme.match(t).hasMatch() || t.startsWith(QStringLiteral("//")))
                continue; // web links open in the browser; nothing to check offline
            const qsizetype hash = t.indexOf(u'#');
            const QString path = QUrl::fromPercentEncoding((hash < 0 ? t : t.left(hash)).toUtf8());
            const QString anchor = hash < 0 ? QString() : QUrl::fromPercentEncoding(t.mid(hash + 1).toUtf8());
            QString target;
            if (path.isEmpty())
                target = rb.file;
            else if (path.startsWith(u'/'))
                target = QDir::cleanPath(rb.root + path); // site-absolute: from the root, as GitHub does
            else
                target = QDir::cleanPath(dir.filePath(path));
            if (const QString why = resolver.refusal(target); !why.isEmpty()) {
                out << Finding { rb.file, link.line, QStringLiteral("link-outside-roots"),
                                 Tr::tr("link to %1 refused: %2").arg(t, why) };
                continue;
            }
            if (!QFileInfo::exists(target)) {
                if (QFileInfo(target + QStringLiteral(".md")).isFile())
                    target += QStringLiteral(".md");
                else {
                    out << Finding { rb.file, link.line, QStringLiteral("broken-link"),
                                     Tr::tr("link to %1: no such file").arg(t) };
                    continue;
                }
            }
            checkAnchor(outlines, target, anchor, rb.file, link.line, Tr::tr("link to %1").arg(t), out);
        }
    }
    return out;
}

CoverageReport coverage(const std::vector<AlertRef> &alerts, const Resolver &resolver)
{
    CoverageReport report;
    std::map<QString, std::size_t> byName;
    QSet<QString> referenced;
    Outlines outlines;
    for (const AlertRef &alert : alerts) {
        if (alert.name.isEmpty())
            continue;
        Resolution r = resolver.resolve(alert);
        if (r.found()) {
            referenced.insert(r.file);
            const QString shown = r.location();
            checkAnchor(outlines, r.file, r.anchor, alert.file, alert.line,
                        Tr::tr("alert %1's runbook %2").arg(alert.name, QFileInfo(shown).fileName()), report.links);
        }
        const auto it = byName.find(alert.name);
        if (it == byName.end()) {
            byName.emplace(alert.name, report.alerts.size());
            report.alerts.push_back({ alert, 1, std::move(r) });
            continue;
        }
        AlertCoverage &row = report.alerts[it->second];
        ++row.rules;
        if (row.resolution.found() && !r.found()) {
            row.alert = alert;
            row.resolution = std::move(r);
        }
    }
    std::sort(report.alerts.begin(), report.alerts.end(),
              [](const AlertCoverage &a, const AlertCoverage &b) { return a.alert.name < b.alert.name; });
    for (const Runbook &rb : resolver.runbooks()) {
        const QString canonical = QFileInfo(rb.file).canonicalFilePath();
        if (!referenced.contains(canonical.isEmpty() ? rb.file : canonical) && !isIndexPage(rb.file))
            report.unreferenced << rb.file;
    }
    report.links << checkLinks(resolver);
    return report;
}

} // namespace sre::rb
