#include "resolver.h"

#include "markdown.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QUrl>

namespace sre::rb {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(sre::rb)
};

QString cleanDir(const QString &path)
{
    return QDir::cleanPath(QDir(path).absolutePath());
}

bool isUnder(const QString &path, const QString &root)
{
    return path == root || (path.startsWith(root) && (root.endsWith(u'/') || path.at(root.size()) == u'/'));
}

bool isUnderAny(const QString &path, const QStringList &roots)
{
    return std::any_of(roots.begin(), roots.end(), [&](const QString &root) { return isUnder(path, root); });
}

// "a/b.md#x" -> ("a/b.md", "x"); a URL also loses its query.
std::pair<QString, QString> splitAnchor(const QString &value, bool isUrl)
{
    QString path = value;
    QString anchor;
    if (const qsizetype hash = path.indexOf(u'#'); hash >= 0) {
        anchor = QUrl::fromPercentEncoding(path.mid(hash + 1).toUtf8());
        path.truncate(hash);
    }
    if (isUrl) {
        if (const qsizetype query = path.indexOf(u'?'); query >= 0)
            path.truncate(query);
    }
    return { QUrl::fromPercentEncoding(path.toUtf8()), anchor };
}

QString lowerKey(const QString &s)
{
    return s.trimmed().toLower();
}

} // namespace

QString methodId(Method method)
{
    switch (method) {
    case Method::None: return QStringLiteral("none");
    case Method::RunbookUrl: return QStringLiteral("runbook_url");
    case Method::RunbookAnnotation: return QStringLiteral("runbook");
    case Method::FrontMatter: return QStringLiteral("front_matter");
    case Method::FileName: return QStringLiteral("file_name");
    case Method::Heading: return QStringLiteral("heading");
    }
    return {};
}

QString methodText(Method method)
{
    switch (method) {
    case Method::None: return Tr::tr("no runbook");
    case Method::RunbookUrl: return Tr::tr("runbook_url annotation");
    case Method::RunbookAnnotation: return Tr::tr("runbook annotation");
    case Method::FrontMatter: return Tr::tr("front matter alerts");
    case Method::FileName: return Tr::tr("file name");
    case Method::Heading: return Tr::tr("heading");
    }
    return {};
}

Resolver::Resolver(const QStringList &roots, const std::vector<UrlMapping> &urlMap, std::vector<Runbook> runbooks)
    : m_runbooks(std::move(runbooks))
{
    for (const QString &root : roots)
        m_roots << cleanDir(root);
    m_allowed = m_roots;
    for (const UrlMapping &m : urlMap) {
        m_urlMap.push_back({ m.prefix, cleanDir(m.path) });
        m_allowed << cleanDir(m.path);
    }
    m_allowed.removeDuplicates();
    for (const QString &dir : std::as_const(m_allowed)) {
        const QString canonical = QFileInfo(dir).canonicalFilePath();
        if (!canonical.isEmpty())
            m_allowedCanonical << canonical;
    }
    std::stable_sort(m_urlMap.begin(), m_urlMap.end(),
                     [](const UrlMapping &a, const UrlMapping &b) { return a.prefix.size() > b.prefix.size(); });
    for (int i = 0; i < int(m_runbooks.size()); ++i) {
        const Runbook &rb = m_runbooks[std::size_t(i)];
        for (const QString &alert : rb.alerts)
            m_byAlert[lowerKey(alert)] << i;
        m_byFileName[lowerKey(QFileInfo(rb.file).completeBaseName())] << i;
        if (!rb.h1.isEmpty())
            m_byHeading[lowerKey(md::headingPlainText(rb.h1))] << i;
    }
}

QString Resolver::refusal(const QString &absolutePath) const
{
    const QString clean = QDir::cleanPath(absolutePath);
    if (!QDir::isAbsolutePath(clean) || !isUnderAny(clean, m_allowed))
        return Tr::tr("%1 is outside the runbook folders").arg(clean);
    const QFileInfo info(clean);
    if (info.exists()) {
        const QString canonical = info.canonicalFilePath();
        if (!isUnderAny(canonical, m_allowedCanonical))
            return Tr::tr("%1 is a symbolic link to %2, outside the runbook folders").arg(clean, canonical);
    }
    return {};
}

QStringList Resolver::entries(const QString &dir) const
{
    QMutexLocker lock(&m_cacheMutex);
    auto it = m_dirCache.find(dir);
    if (it == m_dirCache.end())
        it = m_dirCache.insert(dir,
                               QDir(dir).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden, QDir::Name));
    return *it;
}

// Prometheus-operator URLs carry lower-cased alert names (…/kubernetes/kubepodcrashlooping), the
// files keep the case (kubernetes/KubePodCrashLooping.md): match each component ignoring case,
// the exact spelling first.
QString Resolver::findCaseInsensitive(const QString &base, const QStringList &components) const
{
    QString dir = base;
    for (qsizetype i = 0; i < components.size(); ++i) {
        const QString &want = components[i];
        const bool last = i + 1 == components.size();
        QStringList wanted { want };
        if (last && !want.endsWith(QStringLiteral(".md"), Qt::CaseInsensitive)) {
            QString stem = want;
            if (stem.endsWith(QStringLiteral(".html"), Qt::CaseInsensitive))
                stem.chop(5);
            wanted = QStringList { stem + QStringLiteral(".md"), stem + QStringLiteral(".markdown"), want };
        }
        QString match;
        const QStringList names = entries(dir);
        for (const QString &w : std::as_const(wanted)) {
            if (names.contains(w))
                match = w;
            for (qsizetype k = 0; match.isEmpty() && k < names.size(); ++k) {
                if (names[k].compare(w, Qt::CaseInsensitive) == 0)
                    match = names[k];
            }
            if (!match.isEmpty())
                break;
        }
        if (match.isEmpty())
            return {};
        dir += u'/' + match;
    }
    const QFileInfo info(dir);
    if (info.isFile())
        return dir;
    if (info.isDir()) {
        // A Hugo page bundle or a folder URL: its index page.
        for (const QString &index :
             { QStringLiteral("_index.md"), QStringLiteral("index.md"), QStringLiteral("README.md") }) {
            const QString found = findCaseInsensitive(dir, { index });
            if (!found.isEmpty() && QFileInfo(found).isFile())
                return found;
        }
    }
    return {};
}

Resolver::Lookup Resolver::lookup(const QString &base, const QString &relative) const
{
    QString rel = relative.trimmed();
    while (rel.endsWith(u'/'))
        rel.chop(1);
    const QString candidate = QDir::cleanPath(QDir::isAbsolutePath(rel) ? rel : base + u'/' + rel);
    if (!isUnderAny(candidate, m_allowed))
        return { {}, Tr::tr("\"%1\" leads to %2, outside the runbook folders").arg(relative, candidate) };
    QString file;
    if (QFileInfo(candidate).isFile()) {
        file = candidate;
    } else {
        // Walk from the allowed folder that holds the candidate, ignoring case below it.
        QString from;
        for (const QString &root : m_allowed) {
            if (isUnder(candidate, root) && root.size() > from.size())
                from = root;
        }
        const QString below = QDir(from).relativeFilePath(candidate);
        file = findCaseInsensitive(from, below == u"." ? QStringList() : below.split(u'/'));
    }
    if (file.isEmpty())
        return {};
    if (const QString why = refusal(file); !why.isEmpty())
        return { {}, why };
    return { QFileInfo(file).canonicalFilePath(), {} };
}

bool Resolver::tryTarget(const QString &value, Method method, Resolution &r) const
{
    const QString annotation = method == Method::RunbookUrl ? QStringLiteral("runbook_url") : QStringLiteral("runbook");
    const QUrl url(value.trimmed());
    const QString scheme = url.scheme().toLower();
    const bool web = scheme == u"http" || scheme == u"https";
    QStringList bases;
    QString rest;
    QString anchor;
    if (web) {
        const UrlMapping *mapping = nullptr;
        for (const UrlMapping &m : m_urlMap) {
            QString prefix = m.prefix;
            if (!prefix.endsWith(u'/'))
                prefix += u'/';
            if (value.trimmed().startsWith(prefix, Qt::CaseInsensitive)
                || value.trimmed().compare(m.prefix, Qt::CaseInsensitive) == 0) {
                mapping = &m;
                std::tie(rest, anchor)
                    = splitAnchor(value.trimmed().mid(std::min(prefix.size(), value.trimmed().size())), true);
                break;
            }
        }
        if (!mapping) {
            if (r.externalUrl.isEmpty())
                r.externalUrl = value.trimmed();
            r.notes << Tr::tr("%1 %2 is not under any runbook_url_map prefix").arg(annotation, value.trimmed());
            return false;
        }
        bases << mapping->path;
    } else if (scheme == u"file") {
        std::tie(rest, anchor) = splitAnchor(url.toLocalFile(), false);
        bases << QString();
    } else {
        std::tie(rest, anchor) = splitAnchor(value.trimmed(), false);
        while (rest.startsWith(QStringLiteral("./")))
            rest.remove(0, 2);
        bases = m_roots;
    }
    if (rest.isEmpty() && !web) {
        r.notes << Tr::tr("%1 \"%2\" names no file").arg(annotation, value);
        return false;
    }
    for (const QString &base : std::as_const(bases)) {
        const Lookup found = lookup(base, rest);
        if (!found.refused.isEmpty()) {
            if (r.refused.isEmpty())
                r.refused = Tr::tr("%1 refused: %2").arg(annotation, found.refused);
            continue;
        }
        if (!found.file.isEmpty()) {
            r.method = method;
            r.file = found.file;
            r.anchor = anchor;
            return true;
        }
    }
    if (r.refused.isEmpty())
        r.notes << Tr::tr("%1 %2: no such file under %3")
                       .arg(annotation, value.trimmed(), bases.join(QStringLiteral(", ")));
    return false;
}

bool Resolver::tryRunbooks(const QList<int> &candidates, const QString &name, Method method, Resolution &r) const
{
    // The exact spelling wins over a case-insensitive match; then the roots' order.
    QList<int> ordered;
    for (int i : candidates) {
        const Runbook &rb = m_runbooks[std::size_t(i)];
        const bool exact = method == Method::FrontMatter ? rb.alerts.contains(name)
            : method == Method::FileName                 ? QFileInfo(rb.file).completeBaseName() == name
                                                         : md::headingPlainText(rb.h1) == name;
        if (exact)
            ordered.prepend(i);
        else
            ordered.append(i);
    }
    for (int i : std::as_const(ordered)) {
        const Runbook &rb = m_runbooks[std::size_t(i)];
        if (const QString why = refusal(rb.file); !why.isEmpty()) {
            if (r.refused.isEmpty())
                r.refused = why;
            continue;
        }
        r.method = method;
        r.file = QFileInfo(rb.file).canonicalFilePath();
        if (r.file.isEmpty())
            r.file = rb.file;
        if (ordered.size() > 1)
            r.notes << Tr::tr("%n runbook(s) match by %1; using the first", nullptr, int(ordered.size()))
                           .arg(methodText(method));
        return true;
    }
    return false;
}

Resolution Resolver::resolve(const AlertRef &alert) const
{
    Resolution r;
    if (const QString url = alert.annotations.value(QStringLiteral("runbook_url")); !url.trimmed().isEmpty()) {
        if (tryTarget(url, Method::RunbookUrl, r))
            return r;
    }
    if (const QString path = alert.annotations.value(QStringLiteral("runbook")); !path.trimmed().isEmpty()) {
        if (tryTarget(path, Method::RunbookAnnotation, r))
            return r;
    }
    const QString key = lowerKey(alert.name);
    if (key.isEmpty())
        return r;
    if (tryRunbooks(m_byAlert.value(key), alert.name, Method::FrontMatter, r))
        return r;
    if (tryRunbooks(m_byFileName.value(key), alert.name, Method::FileName, r))
        return r;
    if (tryRunbooks(m_byHeading.value(key), alert.name, Method::Heading, r))
        return r;
    return r;
}

} // namespace sre::rb
