// Disk faults on real file systems: small tmpfs mounts made by this test, filled to the last page
// or mounted read-only. A full disk must not cost a postmortem, a broken cache folder must not
// cost search, and a read-only workspace opens for reading and says so.
//
// The mounts live in a mount namespace of this process alone (main() below), so they vanish when
// it exits, however it exits. That needs root (CAP_SYS_ADMIN), as in CI and the dev container;
// without it the test fails and says why, rather than skip and leave part 5 untested.
#include "../common/testfiles.h"

#include "datasourcehealth.h"
#include "headerform.h"
#include "mainwindow.h"
#include "markdownedit.h"
#include "postmortemeditor.h"
#include "postmortempage.h"
#include "recovery.h"
#include "searchindex.h"
#include "searchservice.h"
#include "settings.h"
#include "workspace.h"

#include <QApplication>
#include <QDirIterator>
#include <QLabel>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sched.h>
#include <string>
#include <sys/mount.h>
#include <unistd.h>

using namespace sre;

namespace {
const QString kDemo = QStringLiteral(SRE_SOURCE_DIR "/resources/demo");
const QString kPostmortem = QStringLiteral("postmortems/INC-2026-014.md");

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QString mountError(const QString &what)
{
    return QStringLiteral("%1: %2").arg(what, QString::fromLocal8Bit(strerror(errno)));
}

// A tmpfs of `size` at `dir`; an error message, empty on success.
QString mountTmpfs(const QString &dir, const char *size)
{
    QDir().mkpath(dir);
    const QByteArray options = QByteArray("size=") + size + ",mode=0755";
    if (::mount("tmpfs", QFile::encodeName(dir).constData(), "tmpfs", 0, options.constData()) != 0)
        return mountError(QStringLiteral("mount -t tmpfs %1").arg(dir));
    return {};
}

QString remountReadOnly(const QString &dir)
{
    if (::mount(nullptr, QFile::encodeName(dir).constData(), nullptr, MS_REMOUNT | MS_RDONLY, nullptr) != 0)
        return mountError(QStringLiteral("mount -o remount,ro %1").arg(dir));
    return {};
}

// `from` seen read-only at `to` (the way a workspace on a read-only share or image looks).
QString bindReadOnly(const QString &from, const QString &to)
{
    QDir().mkpath(to);
    const QByteArray target = QFile::encodeName(to);
    if (::mount(QFile::encodeName(from).constData(), target.constData(), nullptr, MS_BIND, nullptr) != 0)
        return mountError(QStringLiteral("mount --bind %1 %2").arg(from, to));
    if (::mount(nullptr, target.constData(), nullptr, MS_REMOUNT | MS_BIND | MS_RDONLY, nullptr) != 0)
        return mountError(QStringLiteral("mount -o remount,bind,ro %1").arg(to));
    return {};
}

// Fills the file system of `dir` to the last page with one file; its size, -1 when it never filled.
qint64 fill(const QString &file)
{
    QFile f(file);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return -1;
    const QByteArray block(4096, 'x');
    qint64 total = 0;
    for (int i = 0; i < 1 << 20; ++i) {
        const qint64 n = f.write(block);
        if (n < block.size())
            return f.error() == QFile::NoError && n >= 0 ? total + n : total;
        total += n;
    }
    return -1;
}

// True when not even one byte more fits: what a full disk is.
bool isFull(const QString &dir)
{
    QFile probe(QDir(dir).filePath(QStringLiteral(".probe")));
    if (!probe.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return true;
    const bool wrote = probe.write(QByteArray(4096, 'y')) == 4096 && probe.flush();
    probe.close();
    probe.remove();
    return !wrote;
}

QStringList entries(const QString &dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}

struct Search
{
    bool answered = false;
    SearchService::Results results;
};

// QTRY_* returns from the function on failure: results come back through `s`.
void searchFor(SearchService &service, const QString &text, Search &s)
{
    QSignalSpy spy(&service, &SearchService::resultsReady);
    const quint64 id = service.search(text);
    QTRY_VERIFY_WITH_TIMEOUT(!spy.isEmpty() && spy.last().first().value<SearchService::Results>().id == id, 30000);
    s.answered = true;
    s.results = spy.last().first().value<SearchService::Results>();
}

int hitsOf(const SearchService::Results &r, SearchService::Kind kind)
{
    return int(
        std::count_if(r.hits.cbegin(), r.hits.cend(), [&](const SearchService::Hit &h) { return h.kind == kind; }));
}
} // namespace

class TestDiskFaults : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void fullDiskKeepsThePostmortemAndTheRecoveryCopy();
    void searchIndexSurvivesABrokenCacheFolder_data();
    void searchIndexSurvivesABrokenCacheFolder();
    void readOnlyWorkspaceOpensReadOnlyAndSaysSo();

private:
    QTemporaryDir m_tmp;
};

void TestDiskFaults::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    // The recovery copy and settings go to folders of this test, on a file system that has room.
    qputenv("XDG_DATA_HOME", m_tmp.filePath(QStringLiteral("data")).toUtf8());
    qputenv("XDG_CONFIG_HOME", m_tmp.filePath(QStringLiteral("config")).toUtf8());
    qputenv("XDG_CACHE_HOME", m_tmp.filePath(QStringLiteral("cache")).toUtf8());
    QCoreApplication::setOrganizationName(QStringLiteral("sre-console"));
    QCoreApplication::setApplicationName(QStringLiteral("sre-console"));
}

void TestDiskFaults::fullDiskKeepsThePostmortemAndTheRecoveryCopy()
{
    const QString dir = m_tmp.filePath(QStringLiteral("full-workspace"));
    const QString mounted = mountTmpfs(dir, "2m");
    QVERIFY2(mounted.isEmpty(), qPrintable(mounted));
    QVERIFY(testing::copyDir(kDemo, dir));
    const QString file = QDir(dir).filePath(kPostmortem);
    const QByteArray original = readAll(file);
    QVERIFY(!original.isEmpty());

    ws::Workspace workspace;
    workspace.openBlocking(dir);
    QVERIFY(!workspace.config().readOnly);
    PostmortemEditor editor(workspace);
    editor.resize(1000, 700);
    editor.show();
    QVERIFY(editor.open(file));
    QVERIFY(!editor.isReadOnly());
    editor.textEdit()->setFocus();
    QTest::keyClicks(editor.textEdit(), QStringLiteral("Written while the disk was full. "));
    QVERIFY(editor.isModified());
    const QByteArray edited = editor.currentBytes();
    QVERIFY(edited != original);
    const QStringList before = entries(QFileInfo(file).absolutePath());

    // Fill the workspace's file system to the last page.
    const QString filler = QDir(dir).filePath(QStringLiteral("filler"));
    QVERIFY(fill(filler) > 0);
    QVERIFY(isFull(dir));

    QString error;
    QVERIFY(!editor.save(&error));
    QVERIFY2(error.contains(QFileInfo(file).fileName()), qPrintable(error));
    QVERIFY2(error.contains(QString::fromLocal8Bit(strerror(ENOSPC))), qPrintable(error)); // "No space left on device"
    QCOMPARE(readAll(file), original); // the old text is whole: QSaveFile never touched it
    QCOMPARE(entries(QFileInfo(file).absolutePath()), before); // and left no temporary file behind
    QVERIFY(editor.isModified());
    // The typed text is safe in the recovery copy (on another file system, the user's data folder).
    const std::optional<RecoveryEntry> kept = RecoveryStore().load(file);
    QVERIFY(kept);
    QCOMPARE(kept->content, edited);
    QCOMPARE(kept->baseContent, original);

    // Space again: the same Save works, and the recovery copy is no longer needed.
    QVERIFY(QFile::remove(filler));
    QVERIFY2(editor.save(&error), qPrintable(error));
    QCOMPARE(readAll(file), edited);
    QVERIFY(!editor.isModified());
    QVERIFY(!RecoveryStore().load(file));
    QVERIFY(::umount2(QFile::encodeName(dir).constData(), MNT_DETACH) == 0);
}

void TestDiskFaults::searchIndexSurvivesABrokenCacheFolder_data()
{
    QTest::addColumn<QString>("fault");
    QTest::addColumn<bool>("inPlace"); // the index ends up in the cache folder (else in a temporary one)
    QTest::addColumn<bool>("reported"); // indexError() says what happened
    QTest::newRow("cache folder on a read-only file system") << "read-only" << false << true;
    QTest::newRow("cache folder on a full file system") << "full" << false << true;
    QTest::newRow("index file of garbage bytes") << "garbage" << true << false;
    QTest::newRow("index file cut off after its header") << "truncated" << true << false;
    QTest::newRow("index file is a folder") << "folder" << false << true;
    QTest::newRow("nowhere to write at all: alerts still found") << "nowhere" << false << true;
}

void TestDiskFaults::searchIndexSurvivesABrokenCacheFolder()
{
    QFETCH(QString, fault);
    QFETCH(bool, inPlace);
    QFETCH(bool, reported);
    static int round = 0;
    const QString base = m_tmp.filePath(QStringLiteral("search-%1").arg(++round));
    const QString workspaceDir = QDir(base).filePath(QStringLiteral("workspace"));
    const QString cache = QDir(base).filePath(QStringLiteral("cache"));
    QVERIFY(testing::copyDir(kDemo, workspaceDir));
    QVERIFY(QDir().mkpath(cache));
    const QString runbookIndex = rb::SearchIndex::fileFor(cache, workspaceDir);
    const QByteArray oldTmp = qgetenv("TMPDIR");
    const auto restoreTmp = qScopeGuard([&] { qputenv("TMPDIR", oldTmp); });

    QString error;
    if (fault == u"read-only" || fault == u"nowhere") {
        error = mountTmpfs(cache, "1m");
        if (error.isEmpty())
            error = remountReadOnly(cache);
        if (error.isEmpty() && fault == u"nowhere") {
            // Temporary files too go to a read-only file system.
            qputenv("TMPDIR", QFile::encodeName(cache));
        }
    } else if (fault == u"full") {
        error = mountTmpfs(cache, "256k");
        if (error.isEmpty() && (fill(QDir(cache).filePath(QStringLiteral("filler"))) <= 0 || !isFull(cache)))
            error = QStringLiteral("could not fill %1").arg(cache);
    } else if (fault == u"garbage") {
        QFile f(runbookIndex);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(100000, '\xA5'));
    } else if (fault == u"truncated") {
        QFile f(runbookIndex);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray("SQLite format 3\0", 16) + QByteArray(84, '\0'));
    } else if (fault == u"folder") {
        QVERIFY(QDir().mkpath(runbookIndex));
    }
    QVERIFY2(error.isEmpty(), qPrintable(error));

    ws::Workspace workspace;
    SearchService service(workspace, cache);
    QSignalSpy ready(&service, &SearchService::indexReady);
    QSignalSpy failed(&service, &SearchService::indexError);
    workspace.openBlocking(workspaceDir);
    QTRY_VERIFY_WITH_TIMEOUT(!ready.isEmpty(), 60000);
    QCOMPARE(!failed.isEmpty(), reported);
    if (reported)
        QVERIFY2(failed.first().first().toString().contains(cache), qPrintable(failed.first().first().toString()));

    Search s;
    searchFor(service, QStringLiteral("KubePodCrashLooping"), s);
    QVERIFY(s.answered);
    QVERIFY(hitsOf(s.results, SearchService::Kind::Alert) > 0); // alerts need no index
    if (fault == u"nowhere") {
        QCOMPARE(hitsOf(s.results, SearchService::Kind::Runbook), 0);
        QVERIFY(service.indexFiles().isEmpty());
    } else {
        QVERIFY2(hitsOf(s.results, SearchService::Kind::Runbook) > 0, "the runbook index was built and searched");
        const QStringList files = service.indexFiles();
        QCOMPARE(files.size(), 2);
        QCOMPARE(files.first().startsWith(cache + u'/'), inPlace);
        QVERIFY(QFileInfo(files.first()).isFile());
    }
    if (fault == u"read-only" || fault == u"full" || fault == u"nowhere")
        QVERIFY(::umount2(QFile::encodeName(cache).constData(), MNT_DETACH) == 0);
}

void TestDiskFaults::readOnlyWorkspaceOpensReadOnlyAndSaysSo()
{
    const QString writable = m_tmp.filePath(QStringLiteral("ro-source"));
    const QString dir = m_tmp.filePath(QStringLiteral("ro-workspace"));
    QVERIFY(testing::copyDir(kDemo, writable));
    const QString mounted = bindReadOnly(writable, dir);
    QVERIFY2(mounted.isEmpty(), qPrintable(mounted));
    const QString file = QDir(dir).filePath(kPostmortem);
    const QByteArray original = readAll(file);
    QVERIFY(!original.isEmpty());
    QFile probe(file);
    QVERIFY(!probe.open(QIODevice::ReadWrite)); // even root cannot write there

    ws::Workspace workspace;
    Settings settings;
    DatasourceHealth health;
    MainWindow window(workspace, settings, health);
    window.resize(1280, 800);
    window.show();
    QSignalSpy loaded(&workspace, &ws::Workspace::loaded);
    window.openWorkspace(dir);
    QTRY_VERIFY_WITH_TIMEOUT(loaded.count() > 0, 60000);
    QVERIFY(workspace.isOpen());
    QVERIFY(workspace.config().readOnly);
    QVERIFY(workspace.slos().size() > 0);
    const Problems problems = workspace.problems();
    QVERIFY(std::any_of(problems.cbegin(), problems.cend(), [&](const Problem &p) {
        return !p.isError() && p.message.contains(QStringLiteral("read-only file system"));
    }));
    QStringList labels;
    for (QLabel *label : window.statusBar()->findChildren<QLabel *>())
        labels << label->text();
    QVERIFY2(labels.join(u'\n').contains(QStringLiteral("— read-only")), qPrintable(labels.join(u'\n')));

    QVERIFY(window.showPage(QStringLiteral("postmortems")));
    PostmortemPage *page = window.postmortemPage();
    QVERIFY(page->edit(QStringLiteral("INC-2026-014")));
    PostmortemEditor *editor = page->editor();
    QTRY_VERIFY(editor->isVisible());
    QVERIFY(editor->isReadOnly());
    QVERIFY(editor->textEdit()->isReadOnly());
    QVERIFY(!editor->form()->isEnabled());
    QVERIFY(!editor->findChild<QPushButton *>(QStringLiteral("writeFigures"))->isEnabled());
    QVERIFY(editor->readOnlyBanner()->isVisible());
    QVERIFY2(editor->readOnlyBanner()->text().contains(QStringLiteral("read-only file system")),
             qPrintable(editor->readOnlyBanner()->text()));
    QTest::keyClicks(editor->textEdit(), QStringLiteral("typed"));
    QVERIFY(!editor->isModified());
    QString error;
    QVERIFY(!editor->save(&error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(readAll(file), original);
    window.grab().save(QStringLiteral(SRE_BINARY_DIR "/screenshot-readonly-workspace.png"));
    QVERIFY(::umount2(QFile::encodeName(dir).constData(), MNT_DETACH) == 0);
}

namespace {
bool writeFile(const char *path, const std::string &text)
{
    const int fd = ::open(path, O_WRONLY);
    if (fd < 0)
        return false;
    const bool ok = ::write(fd, text.data(), text.size()) == ssize_t(text.size());
    ::close(fd);
    return ok;
}

// Not root (a developer running scripts/test.sh): a user namespace of this process alone, where
// its own user is root, gives the right to mount tmpfs in the mount namespace made next. Debian
// 12 allows unprivileged user namespaces by default.
bool becomeRootInOwnUserNamespace()
{
    const uid_t uid = ::geteuid();
    const gid_t gid = ::getegid();
    if (uid == 0)
        return true;
    if (::unshare(CLONE_NEWUSER) != 0)
        return false;
    return writeFile("/proc/self/setgroups", "deny")
        && writeFile("/proc/self/uid_map", "0 " + std::to_string(uid) + " 1")
        && writeFile("/proc/self/gid_map", "0 " + std::to_string(gid) + " 1");
}
} // namespace

int main(int argc, char **argv)
{
    // A private mount namespace, made before Qt starts a thread (unshare(CLONE_NEWNS) refuses a
    // process whose threads share its file system state): every mount here dies with the process.
    if (!becomeRootInOwnUserNamespace() || ::unshare(CLONE_NEWNS) != 0
        || ::mount("none", "/", nullptr, MS_REC | MS_PRIVATE, nullptr) != 0) {
        std::fprintf(stderr,
                     "FAIL!  : tst_diskfaults mounts small tmpfs file systems in a mount namespace of its own; that "
                     "needs root, or unprivileged user namespaces (sysctl kernel.unprivileged_userns_clone=1): %s\n",
                     strerror(errno));
        return 1;
    }
    QApplication app(argc, argv);
    TestDiskFaults test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_diskfaults.moc"
