// The postmortem editor's "Impact from SLOs" and "Export…" buttons against the real Prometheus
// fixture: the Impact section the editor writes is the one `srectl postmortem impact --write`
// writes into another copy of the same workspace (whose numbers tst_interval_impact checks against
// Prometheus' own evaluation), and text typed while Prometheus answers is kept.
#include "demoworkspace.h"
#include "fixtureenv.h"
#include "markdownedit.h"
#include "postmortemeditor.h"
#include "postmortemlist.h"
#include "postmortempage.h"
#include "workspace.h"

#include <QApplication>
#include <QProcess>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace sre;

class TestPmEditorImpact : public QObject
{
    Q_OBJECT
private slots:
    void impactButtonWritesWhatSrectlWrites();
};

void TestPmEditorImpact::impactButtonWritesWhatSrectlWrites()
{
    const QString url = testing::fixtureUrl("SRE_TEST_PROMETHEUS_URL_FILE");
    QVERIFY2(!url.isEmpty(), "the prometheus fixture did not write its URL");
    QTemporaryDir tmp;
    const QString gui = tmp.filePath(QStringLiteral("gui")), cli = tmp.filePath(QStringLiteral("cli"));
    QVERIFY(testing::makeDemoWorkspace(gui, url, true, QStringLiteral("120s")));
    QVERIFY(testing::makeDemoWorkspace(cli, url, true, QStringLiteral("120s")));
    const QString id = QStringLiteral("INC-2026-014");

    // The independent side: srectl writes the block into its copy.
    QProcess srectl;
    srectl.start(QStringLiteral(SRECTL_BIN),
                 { QStringLiteral("--workspace"), cli, QStringLiteral("postmortem"), QStringLiteral("impact"), id,
                   QStringLiteral("--write"), QStringLiteral("--at"), QString::number(testing::historyEnd()) });
    QVERIFY(srectl.waitForFinished(180000));
    QVERIFY2(srectl.exitCode() == 0, srectl.readAllStandardError().constData());
    QFile written(cli + QStringLiteral("/postmortems/") + id + QStringLiteral(".md"));
    QVERIFY(written.open(QIODevice::ReadOnly));
    const QByteArray expected = written.readAll();
    QVERIFY(expected.contains("<!-- sre-console:impact-from-slos -->"));

    ws::Workspace workspace;
    PostmortemPage page(workspace);
    page.resize(1200, 800);
    page.show();
    workspace.open(gui);
    QTRY_VERIFY_WITH_TIMEOUT(page.list()->checker() != nullptr, 20000);
    QVERIFY(page.edit(id));
    QTRY_VERIFY_WITH_TIMEOUT(page.isSettled(), 20000);
    PostmortemEditor *editor = page.editor();
    const QByteArray before = editor->currentBytes();
    QVERIFY(editor->impactButton()->isEnabled());
    QTest::mouseClick(editor->impactButton(), Qt::LeftButton);
    QVERIFY2(!editor->impactButton()->isEnabled(), "the button shows the work is running");

    // Typed while Prometheus answers, at the end of the document (away from the Impact section).
    const QByteArray typed = "Typed while the impact was computed.\n";
    QTextCursor cursor = editor->textEdit()->textCursor();
    cursor.movePosition(QTextCursor::End);
    editor->textEdit()->setTextCursor(cursor);
    QTest::keyClicks(editor->textEdit(), QString::fromUtf8(typed.chopped(1)));
    QTest::keyClick(editor->textEdit(), Qt::Key_Return);

    QTRY_VERIFY_WITH_TIMEOUT(editor->impactButton()->isEnabled(), 180000);
    const QByteArray after = editor->currentBytes();
    QVERIFY(after != before + typed);
    QCOMPARE(after, expected + typed);

    // One undo takes the impact block back out; the typed text stays.
    editor->textEdit()->undo();
    QCOMPARE(editor->currentBytes(), before + typed);
}

QTEST_MAIN(TestPmEditorImpact)
#include "tst_pmeditor_impact.moc"
