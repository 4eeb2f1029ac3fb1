// Never loses a word: a real sre-console is killed (SIGKILL) while a postmortem is being edited,
// and the next start finds the typed text and restores it.
#include "../common/testfiles.h"
#include "datasourcehealth.h"
#include "mainwindow.h"
#include "postmortemeditor.h"
#include "postmortempage.h"
#include "settings.h"
#include "workspace.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace sre;

namespace {
QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// The .md files in the recovery folder, whatever they are called.
QStringList recoveryTexts(const QString &dataHome)
{
    QStringList out;
    QDirIterator it(dataHome, { QStringLiteral("*.md") }, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        out << QString::fromUtf8(readAll(it.next()));
    return out;
}

QPushButton *buttonWithText(QWidget *root, const QString &text)
{
    for (QPushButton *b : root->findChildren<QPushButton *>())
        if (b->isVisible() && b->text() == text)
            return b;
    return nullptr;
}
} // namespace

class TestPmRecovery : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void killedMidEditThenRecovered();

private:
    QTemporaryDir m_tmp;
    QString m_workspace;
    QString m_dataHome;
};

void TestPmRecovery::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    m_workspace = m_tmp.filePath(QStringLiteral("workspace"));
    m_dataHome = m_tmp.filePath(QStringLiteral("data"));
    testing::copyDir(QStringLiteral(SRE_SOURCE_DIR "/resources/demo"), m_workspace);
    // The child and this process share the same user folders, none of them the real ones.
    qputenv("XDG_DATA_HOME", m_dataHome.toUtf8());
    qputenv("XDG_CONFIG_HOME", m_tmp.filePath(QStringLiteral("config")).toUtf8());
    qputenv("XDG_CACHE_HOME", m_tmp.filePath(QStringLiteral("cache")).toUtf8());
    QCoreApplication::setOrganizationName(QStringLiteral("sre-console"));
    QCoreApplication::setApplicationName(QStringLiteral("sre-console"));
}

void TestPmRecovery::killedMidEditThenRecovered()
{
    const QString file = QDir(m_workspace).filePath(QStringLiteral("postmortems/INC-2026-014.md"));
    const QByteArray original = readAll(file);
    QVERIFY(original.startsWith("---\n"));
    const QString typed = QStringLiteral("Words typed just before the kill, 復元テスト. ");

    // The text goes where the editor's cursor starts: the first line after the front matter.
    const qsizetype fmEnd = original.indexOf("\n---\n", 3) + 5;
    QVERIFY(fmEnd > 5);
    const QByteArray expected = original.left(fmEnd) + typed.toUtf8() + original.mid(fmEnd);

    QProcess app;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("SRE_CONSOLE_TEST_TYPE"), typed);
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    app.setProcessEnvironment(env);
    app.start(QStringLiteral(SRE_CONSOLE_BIN),
              { QStringLiteral("--workspace"), m_workspace, QStringLiteral("--edit"), QStringLiteral("INC-2026-014"),
                QStringLiteral("--lang"), QStringLiteral("en") });
    QVERIFY(app.waitForStarted(10000));
    QByteArray out;
    QTRY_VERIFY_WITH_TIMEOUT((out += app.readAllStandardOutput()).contains("typed"), 120000);

    // Autosave happens a few seconds after typing stops, to the user's data folder.
    QTRY_VERIFY_WITH_TIMEOUT(recoveryTexts(m_dataHome).contains(QString::fromUtf8(expected)), 120000);
    QCOMPARE(app.state(), QProcess::Running); // still editing: nothing was saved on the way out
    app.kill(); // SIGKILL: no chance to save or clean up
    QVERIFY(app.waitForFinished(10000));
    QCOMPARE(app.exitStatus(), QProcess::CrashExit);
    QCOMPARE(readAll(file), original); // the postmortem itself was never written
    const QStringList left = recoveryTexts(m_dataHome);
    QCOMPARE(left.size(), 1);
    QCOMPARE(left.first(), QString::fromUtf8(expected));

    // A screenshot of the next start, with the offer to restore, for people to look at.
    QProcess shot;
    shot.start(QStringLiteral(SRE_CONSOLE_BIN),
               { QStringLiteral("--workspace"), m_workspace, QStringLiteral("--edit"), QStringLiteral("INC-2026-014"),
                 QStringLiteral("--screenshot"), QStringLiteral(SRE_BINARY_DIR "/screenshot-pm-recovery.png") });
    QVERIFY(shot.waitForFinished(120000));
    QCOMPARE(shot.exitCode(), 0);
    QCOMPARE(readAll(file), original); // looking does not save either

    // Start again (in this process, same user folders): the list says text is waiting, the
    // editor offers it, and Restore brings it back.
    ws::Workspace workspace;
    Settings settings;
    DatasourceHealth health;
    MainWindow window(workspace, settings, health);
    window.resize(1280, 800);
    window.show();
    QSignalSpy loaded(&workspace, &ws::Workspace::loaded);
    window.openWorkspace(m_workspace);
    // Wait on the conditions themselves; the timeouts only bound a broken build, so a loaded
    // machine (where the button once took longer than QTRY_VERIFY's default 5 s) cannot fail them.
    QTRY_VERIFY_WITH_TIMEOUT(loaded.count() > 0, 120000);
    QVERIFY(window.showPage(QStringLiteral("postmortems")));
    PostmortemPage *page = window.postmortemPage();
    QPushButton *open = nullptr;
    // Waits on the button itself: the default 5 s ran out on a loaded machine (and under
    // AddressSanitizer), while the page was still taking in the loaded workspace.
    QTRY_VERIFY_WITH_TIMEOUT((open = buttonWithText(page, QStringLiteral("Open INC-2026-014"))), 120000);
    QTest::mouseClick(open, Qt::LeftButton);
    PostmortemEditor *editor = page->editor();
    QVERIFY(page->isEditing());
    QCOMPARE(editor->currentBytes(), original); // nothing is restored without asking
    QPushButton *restore = buttonWithText(editor, QStringLiteral("Restore"));
    QVERIFY(restore);
    QTest::mouseClick(restore, Qt::LeftButton);
    QCOMPARE(editor->currentBytes(), expected);
    QVERIFY(editor->isModified());
    QVERIFY(editor->save());
    QCOMPARE(readAll(file), expected);
    QVERIFY(recoveryTexts(m_dataHome).isEmpty()); // saved: the recovery copy is gone
}

QTEST_MAIN(TestPmRecovery)
#include "tst_pmrecovery.moc"
