#pragma once

#include "../../common/testfiles.h"
#include "resolver.h"

#include <QDir>
#include <QFile>
#include <QObject>
#include <QTemporaryDir>
#include <QTest>

// Runbooks: alert -> runbook resolution, coverage, lint, Markdown outline, fuzzy names and the
// FTS5 search index.
class TestRunbook final : public QObject
{
    Q_OBJECT

private slots:
    // tst_runbook_resolve.cpp
    void frontMatter_data();
    void frontMatter();
    void resolve_data();
    void resolve();
    void resolveDemo_data();
    void resolveDemo();
    void symlinkOutOfTheRootsRefused();
    void rootsOutsideTheWorkspace();
    void refusal_data();
    void refusal();

    // tst_runbook_checks.cpp
    void githubSlug_data();
    void githubSlug();
    void outlineSkipsCode();
    void links_data();
    void links();
    void coverageDemo();
    void coverageCountsRulesPerName();
    void lint_data();
    void lint();
    void lintFolderConvention();
    void lintDemoIsClean();

    // tst_runbook_index.cpp
    void ftsQuery_data();
    void ftsQuery();
    void fuzzy_data();
    void fuzzy();
    void fuzzyScoreIsTheMatchScore();
    void fuzzyPrefersWholeNames();
    void plainText_data();
    void plainText();
    void searchDemo_data();
    void searchDemo();
    void incrementalUpdate();
    void sameSizeEditDetectedByMtime();
    void cancelKeepsWhatIsDone();
    void readersDuringAnUpdate();
    void largeIndexRankedInTwoHalves();
    void inMemoryPlanRanksAsFts5();
    void brokenCacheIsRebuilt();
    void symlinkOutOfTheRootNotIndexed();
    void indexFilePerWorkspace();
};

namespace rbtest {

inline const QString kDemo = QStringLiteral(SRE_SOURCE_DIR "/resources/demo");

// A temporary folder that tests write files into.
struct Tree
{
    QTemporaryDir dir;

    QString path(const QString &relative = {}) const
    {
        return relative.isEmpty() ? dir.path() : QDir::cleanPath(dir.filePath(relative));
    }
    bool write(const QString &relative, const QByteArray &content) const
    {
        const QString file = path(relative);
        QDir().mkpath(QFileInfo(file).absolutePath());
        QFile f(file);
        return f.open(QIODevice::WriteOnly) && f.write(content) == content.size();
    }
};

// Copies a folder tree (the demo runbooks) so a test may edit it.
inline bool copyTree(const QString &from, const QString &to)
{
    return sre::testing::copyDir(from, to);
}

} // namespace rbtest
