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
} // namespace

ParseResult parseRunbook(const QByteArray &text, const QString &file, const QString &root)
{
    ParseResult result;
    Runbook &rb = result.runbook;
    rb.file = file;
    rb.root = root;
    rb.relativePath = QDir(root).relativeFilePath(file);
    const FrontMatter fm = splitFrontMatter(text);
    if (fm.present) {
        const yaml::LoadResult loaded = yaml::loadString(fm.yaml, file);
        if (loaded.problem) {
            Problem p = *loaded.problem;
            if (p.line > 0)
                p.line += fm.yamlFirstLine - 1;
            result.problems << p;
        } else if (!loaded.documents.empty() && yaml::isMap(loaded.documents.front())) {
            const YAML::Node &meta = loaded.documents.front();
            rb.title = yaml::str(meta["title"]);
            rb.alerts = yaml::strList(meta["alerts"]);
            rb.services = yaml::strList(meta["services"]);
            rb.tags = yaml::strList(meta["tags"]);
        }
    }
    if (rb.title.isEmpty())
        rb.title = firstH1(fm.body);
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
        QDirIterator it(root, {QStringLiteral("*.md"), QStringLiteral("*.markdown")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext())
            files << it.next();
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
