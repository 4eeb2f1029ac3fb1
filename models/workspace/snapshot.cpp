#include "snapshot.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <cerrno>
#include <cstring>
#include <set>
#include <unistd.h>

namespace sre::ws {

namespace {
// lupdate reads the context from Q_DECLARE_TR_FUNCTIONS.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(sre::ws)
};

QStringList filesIn(const QString &dir, const QStringList &patterns)
{
    QStringList files;
    QDirIterator it(dir, patterns, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    files.sort();
    return files;
}

// Why `dir` (or its postmortems folder) cannot be written; empty when it can. access() is asked
// rather than the mode bits: root may write anything except on a read-only mount.
QString whyReadOnly(const QString &dir)
{
    for (const QString &path : { dir, QDir(dir).filePath(QStringLiteral("postmortems")) }) {
        if (!QFileInfo(path).isDir())
            continue;
        if (::access(QFile::encodeName(path).constData(), W_OK) != 0)
            return errno == EROFS ? Tr::tr("a read-only file system") : QString::fromLocal8Bit(strerror(errno));
    }
    return {};
}

const QStringList kYaml = { QStringLiteral("*.yaml"), QStringLiteral("*.yml") };
const QStringList kMarkdown = { QStringLiteral("*.md") };

void loadSlos(Snapshot &s, Problems &problems)
{
    s.slos.clear();
    for (const QString &file : filesIn(QDir(s.config.dir).filePath(QStringLiteral("slos")), kYaml)) {
        slo::SpecFileResult r = slo::loadSpecFile(file);
        problems << r.problems;
        for (slo::SloSpec &spec : r.slos)
            s.slos.push_back(std::move(spec));
    }
    // Ids must be unique across files too: the first keeps the id, later ones are reported.
    std::set<QString> seen;
    std::erase_if(s.slos, [&](const slo::SloSpec &spec) {
        if (seen.insert(spec.id()).second)
            return false;
        problems << Problem::error(spec.file, spec.line,
                                   Tr::tr("duplicate SLO id \"%1\" (already defined in another file)").arg(spec.id()));
        return true;
    });
}

void loadPostmortems(std::vector<pm::Postmortem> &out, const QString &dir, Problems &problems)
{
    out.clear();
    for (const QString &file : filesIn(dir, kMarkdown)) {
        pm::ParseResult r = pm::loadPostmortem(file);
        problems << r.problems;
        out.push_back(std::move(r.postmortem));
    }
}

void loadRules(Snapshot &s, Problems &problems)
{
    s.rules.clear();
    for (const QString &file : filesIn(QDir(s.config.dir).filePath(QStringLiteral("rules")), kYaml)) {
        alerting::RuleFileResult r = alerting::loadRuleFile(file);
        problems << r.problems;
        for (alerting::AlertRule &rule : r.rules)
            s.rules.push_back(std::move(rule));
    }
}
} // namespace

QString partFolder(Part part)
{
    switch (part) {
    case Part::Config: return QStringLiteral("workspace.yaml");
    case Part::Slos: return QStringLiteral("slos");
    case Part::Postmortems: return QStringLiteral("postmortems");
    case Part::Templates: return QStringLiteral("templates");
    case Part::Runbooks: return QStringLiteral("runbooks");
    case Part::Rules: return QStringLiteral("rules");
    case Part::Oncall: return QStringLiteral("oncall.yaml");
    }
    return {};
}

Problems Snapshot::allProblems() const
{
    Problems all;
    for (const auto &[part, list] : problems)
        all << list;
    return all;
}

namespace {
void loadPartUnguarded(Snapshot &s, Part part)
{
    Problems &problems = s.problems[part];
    const QDir dir(s.config.dir);
    switch (part) {
    case Part::Config: {
        ConfigResult r = loadWorkspaceConfig(s.config.dir);
        s.config = std::move(r.config);
        problems = std::move(r.problems);
        if (const QString why = whyReadOnly(s.config.dir); !why.isEmpty()) {
            s.config.readOnly = true;
            problems << Problem::warning(s.config.dir, 0,
                                         Tr::tr("the workspace is read-only (%1): postmortems open for reading, "
                                                "and nothing can be saved in it")
                                             .arg(why));
        }
        break;
    }
    case Part::Slos: loadSlos(s, problems); break;
    case Part::Postmortems:
        loadPostmortems(s.postmortems, dir.filePath(QStringLiteral("postmortems")), problems);
        break;
    case Part::Templates: loadPostmortems(s.templates, dir.filePath(QStringLiteral("templates")), problems); break;
    case Part::Runbooks: {
        rb::ScanResult r = rb::scanRoots(s.config.runbookPaths);
        s.runbooks = std::move(r.runbooks);
        problems = std::move(r.problems);
        break;
    }
    case Part::Rules: loadRules(s, problems); break;
    case Part::Oncall: {
        const QString file = dir.filePath(QStringLiteral("oncall.yaml"));
        s.oncall = {};
        if (QFileInfo::exists(file)) {
            alerting::OncallResult r = alerting::loadOncall(file);
            s.oncall = std::move(r.schedule);
            problems = std::move(r.problems);
        }
        break;
    }
    }
}
} // namespace

void loadPart(Snapshot &s, Part part)
{
    s.problems[part].clear();
    // Every YAML reader is guarded by yaml::interpret; this is the net under everything else (a
    // std::bad_alloc, a reader bug), so that one part failing never drops the others, and the
    // GUI's background load always delivers a snapshot.
    try {
        loadPartUnguarded(s, part);
    } catch (const std::exception &e) {
        s.problems[part] << Problem::error(
            QDir(s.config.dir).filePath(partFolder(part)), 0,
            Tr::tr("could not load this part of the workspace: %1").arg(QString::fromLocal8Bit(e.what())));
    }
}

Snapshot loadSnapshot(const QString &dir)
{
    Snapshot s;
    s.config.dir = QDir(dir).absolutePath();
    if (!QFileInfo(dir).isDir()) {
        s.problems[Part::Config] << Problem::error(dir, 0, Tr::tr("workspace folder does not exist"));
        return s;
    }
    for (Part part : kAllParts)
        loadPart(s, part);
    return s;
}

QStringList watchedPaths(const WorkspaceConfig &config, Part part)
{
    const QDir dir(config.dir);
    auto withSubdirs = [](const QString &root) {
        QStringList out;
        if (!QFileInfo(root).isDir())
            return out;
        out << root;
        QDirIterator it(root, QDir::Dirs | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
        while (it.hasNext())
            out << it.next();
        return out;
    };
    switch (part) {
    case Part::Config: return { dir.filePath(QStringLiteral("workspace.yaml")), config.dir };
    case Part::Slos: return withSubdirs(dir.filePath(QStringLiteral("slos")));
    case Part::Postmortems: return withSubdirs(dir.filePath(QStringLiteral("postmortems")));
    case Part::Templates: return withSubdirs(dir.filePath(QStringLiteral("templates")));
    case Part::Rules: return withSubdirs(dir.filePath(QStringLiteral("rules")));
    case Part::Oncall: return { dir.filePath(QStringLiteral("oncall.yaml")) };
    case Part::Runbooks: {
        QStringList out;
        for (const QString &root : config.runbookPaths)
            out << withSubdirs(root);
        return out;
    }
    }
    return {};
}

} // namespace sre::ws
