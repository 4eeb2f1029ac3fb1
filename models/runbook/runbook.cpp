#include "runbook.h"

#include "frontmatter.h"
#include "yamlutil.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>

namespace sre::rb {

namespace {
// lupdate reads the context from Q_DECLARE_TR_FUNCTIONS.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(sre::rb)
};

// Runbook front matter is nearly always flat: `key: value`, `key: [a, b]` or a block list of
// scalars. Reading that by hand is twenty times faster than yaml-cpp, which matters when ten
// thousand runbooks are indexed; anything else (nested maps, multi-line or escaped strings,
// anchors) is left to yaml-cpp, which also reports errors with their line.
struct SimpleFrontMatter
{
    QString title;
    QStringList alerts, services, tags;
};

std::optional<QString> simpleScalar(QByteArray v)
{
    v = v.trimmed();
    if (const qsizetype hash = v.indexOf(" #"); hash >= 0)
        v = v.left(hash).trimmed();
    if (v.isEmpty())
        return QString();
    const char first = v.front();
    if (first == '"' || first == '\'') {
        if (v.size() < 2 || v.back() != first || v.indexOf('\\') >= 0 || v.mid(1, v.size() - 2).contains(first))
            return std::nullopt;
        return QString::fromUtf8(v.mid(1, v.size() - 2));
    }
    if (QByteArrayView("[]{}&*!|>%@`,").contains(first) || v.contains(": ") || v.endsWith(':'))
        return std::nullopt;
    return QString::fromUtf8(v);
}

std::optional<SimpleFrontMatter> parseSimple(const QByteArray &yaml)
{
    SimpleFrontMatter fm;
    QStringList ignored; // block list items of keys nobody reads
    QStringList *list = nullptr; // the block list being read
    for (const QByteArray &raw : yaml.split('\n')) {
        const QByteArray line = raw.endsWith('\r') ? raw.chopped(1) : raw;
        const QByteArray trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith('#'))
            continue;
        if (line.front() == ' ' || line.front() == '-') {
            if (!trimmed.startsWith("- ") && trimmed != "-")
                return std::nullopt; // nested map or continuation line
            const auto item = simpleScalar(trimmed.mid(1));
            if (!item)
                return std::nullopt;
            if (list)
                *list << *item;
            continue;
        }
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0 || (colon + 1 < line.size() && line[colon + 1] != ' '))
            return std::nullopt;
        const QByteArray key = line.left(colon);
        const QByteArray value = line.mid(colon + 1).trimmed();
        QStringList *target = key == "alerts" ? &fm.alerts
            : key == "services"               ? &fm.services
            : key == "tags"                   ? &fm.tags
                                              : nullptr;
        list = nullptr;
        if (value.isEmpty() || value.startsWith('#')) {
            list = target ? target : &ignored;
            continue;
        }
        if (value.startsWith('[')) {
            if (!value.endsWith(']') || value.count('[') != 1 || value.count(']') != 1 || value.contains('{'))
                return std::nullopt;
            QStringList items;
            for (const QByteArray &part : value.mid(1, value.size() - 2).split(',')) {
                const auto item = simpleScalar(part);
                if (!item)
                    return std::nullopt;
                if (!item->isEmpty())
                    items << *item;
            }
            if (target)
                *target = items;
            continue;
        }
        const auto scalar = simpleScalar(value);
        if (!scalar)
            return std::nullopt;
        if (key == "title")
            fm.title = *scalar;
        else if (target)
            *target = QStringList { *scalar };
    }
    return fm;
}
} // namespace

ParseResult parseRunbook(const QByteArray &text, const QString &file, const QString &root)
{
    ParseResult result;
    Runbook &rb = result.runbook;
    rb.file = file;
    rb.root = root;
    rb.relativePath = QDir(root).relativeFilePath(file);
    const FrontMatter fm = splitFrontMatter(text);
    if (const std::optional<SimpleFrontMatter> simple = fm.present ? parseSimple(fm.yaml) : std::nullopt) {
        rb.title = simple->title;
        rb.alerts = simple->alerts;
        rb.services = simple->services;
        rb.tags = simple->tags;
    } else if (fm.present) {
        yaml::interpret(
            fm.yaml, file, result.problems,
            [&](const yaml::Documents &documents) {
                if (documents.empty() || !yaml::isMap(documents.front()))
                    return;
                const YAML::Node &meta = documents.front();
                rb.title = yaml::str(meta["title"]).trimmed();
                rb.alerts = yaml::strList(meta["alerts"]);
                rb.services = yaml::strList(meta["services"]);
                rb.tags = yaml::strList(meta["tags"]);
            },
            fm.yamlFirstLine);
    }
    rb.h1 = firstH1(fm.body);
    if (rb.title.isEmpty())
        rb.title = rb.h1;
    if (rb.title.isEmpty())
        rb.title = QFileInfo(file).completeBaseName();
    return result;
}

ScanResult scanRoots(const QStringList &roots)
{
    ScanResult result;
    for (const QString &root : roots) {
        if (!QFileInfo(root).isDir()) {
            result.problems << Problem::error(root, 0, Tr::tr("runbook folder does not exist"));
            continue;
        }
        QStringList files;
        const QString canonicalRoot = QFileInfo(root).canonicalFilePath();
        QDirIterator it(root, { QStringLiteral("*.md"), QStringLiteral("*.markdown") }, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            // A symbolic link may point anywhere; what lies outside the folder is not a runbook.
            if (it.fileInfo().isSymLink()) {
                const QString target = it.fileInfo().canonicalFilePath();
                if (target.isEmpty() || !target.startsWith(canonicalRoot + u'/')) {
                    result.problems << Problem::warning(
                        path, 0, Tr::tr("symbolic link to %1, outside the runbook folder: not read").arg(target));
                    continue;
                }
            }
            files << path;
        }
        files.sort();
        for (const QString &path : std::as_const(files)) {
            const std::optional<QByteArray> bytes = yaml::readFile(path, result.problems);
            if (!bytes)
                continue;
            ParseResult parsed = parseRunbook(*bytes, path, root);
            result.runbooks.push_back(std::move(parsed.runbook));
            result.problems << parsed.problems;
        }
    }
    return result;
}

} // namespace sre::rb
