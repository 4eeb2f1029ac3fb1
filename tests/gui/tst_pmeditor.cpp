// The postmortem editor in-process: byte-exact open and save, typing and undo, the header form,
// the tables, the checker's underlines and quick fixes, the coalesced preview, changes on disk,
// and the list's filters.
#include "filtertable.h"
#include "headerform.h"
#include "markdownedit.h"
#include "markdownview.h"
#include "postmortem.h"
#include "postmortemcheck.h"
#include "postmortemeditor.h"
#include "postmortemfilter.h"
#include "postmortemlist.h"
#include "previewrenderer.h"
#include "recovery.h"
#include "storemodels.h"
#include "tableeditor.h"
#include "tablerows.h"
#include "workspace.h"

#include <QAbstractItemModelTester>
#include <QDateTimeEdit>
#include <QDir>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QToolButton>
#include <QTreeWidget>

using namespace sre;

namespace {
QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeAll(const QString &path, const QByteArray &bytes)
{
    QSaveFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
    QVERIFY(f.commit());
}
} // namespace

class TestPmEditor : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void unEditedSaveChangesNoByte_data();
    void unEditedSaveChangesNoByte();
    void typingUndoAndAutosave();
    void headerFormWritesUtc();
    void timelineTableEditsAreTextEdits();
    void pastedLinesBecomeRows();
    void overdueActionItems();
    void findingsUnderlinedWithQuickFix();
    void personBlameQuickFix_data();
    void personBlameQuickFix();
    void ownerFindingOpensTableCell();
    void previewRendersCoalesced();
    void changeOnDiskIsNoticed();
    void writeFigures();
    void listFilters();

private:
    void openWorkspace();
    std::unique_ptr<PostmortemEditor> makeEditor(const QString &id);

    QTemporaryDir m_tmp;
    QString m_ws;
    std::unique_ptr<ws::Workspace> m_workspace;
    std::shared_ptr<const PostmortemChecker> m_checker;
    std::shared_ptr<RecoveryStore> m_recovery;
};

void TestPmEditor::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestPmEditor::init()
{
    // A fresh copy of the demo workspace for every test.
    m_ws = m_tmp.filePath(QString::fromLatin1(QTest::currentTestFunction()) + QLatin1Char('-')
                          + QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char('/'), QLatin1Char('_')));
    QDirIterator it(QStringLiteral(SRE_SOURCE_DIR "/resources/demo"), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString f = it.next();
        const QString target
            = QDir(m_ws).filePath(QDir(QStringLiteral(SRE_SOURCE_DIR "/resources/demo")).relativeFilePath(f));
        QDir().mkpath(QFileInfo(target).absolutePath());
        QVERIFY(QFile::copy(f, target));
    }
    m_workspace = std::make_unique<ws::Workspace>();
    m_workspace->openBlocking(m_ws);
    m_checker = std::make_shared<const PostmortemChecker>(PostmortemChecker::load(*m_workspace));
    m_recovery = std::make_shared<RecoveryStore>(
        m_tmp.filePath(QStringLiteral("recovery-") + QString::fromLatin1(QTest::currentTestFunction())));
}

void TestPmEditor::cleanup()
{
    m_workspace.reset();
}

std::unique_ptr<PostmortemEditor> TestPmEditor::makeEditor(const QString &id)
{
    auto editor = std::make_unique<PostmortemEditor>(*m_workspace);
    editor->setRecoveryStore(m_recovery);
    editor->setChecker(m_checker);
    editor->resize(1200, 760);
    editor->show();
    const pm::Postmortem *p = m_workspace->findPostmortem(id);
    if (!p || !editor->open(p->file))
        return nullptr;
    return editor;
}

void TestPmEditor::unEditedSaveChangesNoByte_data()
{
    QTest::addColumn<QString>("file");
    // Every demo postmortem and every built-in template, plus line-ending and encoding oddities.
    for (const QString &dir : { QStringLiteral(SRE_SOURCE_DIR "/resources/demo/postmortems"),
                                QStringLiteral(SRE_SOURCE_DIR "/resources/templates") })
        for (const QFileInfo &f : QDir(dir).entryInfoList({ QStringLiteral("*.md") }, QDir::Files))
            QTest::newRow(qPrintable(f.fileName())) << f.absoluteFilePath();
    QTest::newRow("seed example") << QStringLiteral(SRE_SOURCE_DIR "/tests/data/seed/postmortem-INC-2025-001.ja.md");
}

void TestPmEditor::unEditedSaveChangesNoByte()
{
    QFETCH(QString, file);
    QByteArray source = readAll(file);
    QVERIFY(!source.isEmpty());
    const QList<std::pair<const char *, QByteArray>> variants = {
        { "as is", source },
        { "CRLF", QByteArray(source).replace("\n", "\r\n") },
        { "no final newline", source.trimmed() },
        { "nbsp and tabs", QByteArray(source).replace("## ", "##\xc2\xa0\t") + "\t \xc2\xa0\n" },
    };
    for (const auto &[name, bytes] : variants) {
        const QString copy = QDir(m_ws).filePath(QStringLiteral("postmortems/roundtrip.md"));
        writeAll(copy, bytes);
        PostmortemEditor editor(*m_workspace);
        editor.setRecoveryStore(m_recovery);
        QVERIFY(editor.open(copy));
        QVERIFY2(!editor.isModified(), name);
        QVERIFY(editor.save());
        QVERIFY2(readAll(copy) == bytes, name);
    }
}

void TestPmEditor::typingUndoAndAutosave()
{
    auto editor = makeEditor(QStringLiteral("INC-2026-014"));
    QVERIFY(editor);
    const QByteArray original = readAll(editor->file());
    MarkdownEdit *text = editor->textEdit();
    text->setFocus();
    text->moveCursor(QTextCursor::End);
    QTest::keyClicks(text, QStringLiteral("More words."));
    QVERIFY(editor->isModified());
    QVERIFY(editor->currentBytes().endsWith("More words."));
    // Autosave a few seconds after typing stops, outside the workspace.
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(m_recovery->contentPath(editor->file())), 6000);
    QCOMPARE(readAll(m_recovery->contentPath(editor->file())), editor->currentBytes());
    QVERIFY(!m_recovery->contentPath(editor->file()).startsWith(m_ws));
    // Undo everything: back to the saved bytes, and the recovery copy goes once it notices.
    while (text->document()->isUndoAvailable())
        QTest::keyClick(text, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(editor->currentBytes(), original);
    QVERIFY(!editor->isModified());
    editor->autosaveNow();
    QVERIFY(!QFile::exists(m_recovery->contentPath(editor->file())));
}

void TestPmEditor::headerFormWritesUtc()
{
    auto editor = makeEditor(QStringLiteral("INC-2026-014"));
    QVERIFY(editor);
    const QByteArray original = readAll(editor->file());
    // Title: only its line changes.
    QLineEdit *title = editor->form()->titleEdit();
    title->selectAll();
    QTest::keyClicks(title, QStringLiteral("Expired certificate"));
    QByteArray expected = original;
    expected.replace("title: Checkout payments failing after the payments-api mTLS certificate expired\n",
                     "title: Expired certificate\n");
    QCOMPARE(editor->currentBytes(), expected);
    // The workspace is in Asia/Tokyo (UTC+9): 15:40 there is 06:40 UTC.
    QDateTimeEdit *detected = editor->form()->timeEdit(QStringLiteral("detected"));
    QCOMPARE(detected->dateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")), QStringLiteral("2026-03-10 15:13"));
    detected->setDateTime(QDateTime(QDate(2026, 3, 10), QTime(15, 40), Qt::UTC));
    expected.replace("detected: 2026-03-10T06:13:00Z", "detected: 2026-03-10T06:40:00Z");
    QCOMPARE(editor->currentBytes(), expected);
    // Services and SLOs are picked from the workspace: tick checkout/latency in the SLO menu.
    QToolButton *slos = nullptr;
    for (QToolButton *b : editor->form()->findChildren<QToolButton *>())
        if (b->text().contains(QStringLiteral("payments-api/availability")))
            slos = b;
    QVERIFY(slos);
    emit slos->menu()->aboutToShow();
    QStringList offered;
    QAction *latency = nullptr;
    for (QAction *a : slos->menu()->actions()) {
        offered << a->text();
        if (a->text() == u"checkout/latency")
            latency = a;
    }
    for (const slo::SloSpec &spec : m_workspace->slos().items())
        QVERIFY2(offered.contains(spec.id()), qPrintable(spec.id()));
    QVERIFY(latency);
    latency->trigger();
    expected.replace("slos: [payments-api/availability, checkout/availability]",
                     "slos: [payments-api/availability, checkout/availability, checkout/latency]");
    QCOMPARE(editor->currentBytes(), expected);
}

void TestPmEditor::timelineTableEditsAreTextEdits()
{
    auto editor = makeEditor(QStringLiteral("INC-2026-014"));
    QVERIFY(editor);
    const QByteArray original = readAll(editor->file());
    TableRowsModel *model = editor->timelineEditor()->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model->rowCount() > 3);
    const QString oldEvent = model->index(1, 1).data().toString();
    QVERIFY(model->setData(model->index(1, 1), QStringLiteral("Edited | with a pipe"), Qt::EditRole));
    const QByteArray edited = editor->currentBytes();
    QVERIFY(edited.contains("Edited \\| with a pipe"));
    QCOMPARE(model->index(1, 1).data().toString(), QStringLiteral("Edited | with a pipe"));
    // A backslash before a pipe is kept: the text `a \\| b` is the value `a \| b`, shown once
    // unescaped (not twice, which would show `a | b`), and the document writes it `a \\| b`.
    QVERIFY(model->setData(model->index(1, 1), QStringLiteral("a \\\\| b"), Qt::EditRole));
    QCOMPARE(model->index(1, 1).data().toString(), QStringLiteral("a \\| b"));
    QVERIFY(editor->currentBytes().contains(" a \\\\| b"));
    // ...and still after the document has been parsed again and the table refilled from it.
    QTRY_VERIFY_WITH_TIMEOUT(editor->isSettled(), 10000);
    QCOMPARE(model->index(1, 1).data().toString(), QStringLiteral("a \\| b"));
    QTest::keyClick(editor->textEdit(), Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(!edited.contains(oldEvent.toUtf8()));
    // One undo step in the text takes the table edit back, byte for byte.
    QTest::keyClick(editor->textEdit(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(editor->currentBytes(), original);
    QTRY_COMPARE(model->index(1, 1).data().toString(), oldEvent);
    // Add and delete rows.
    const int rows = model->rowCount();
    emit editor->timelineEditor()->rowsAdded(rows, { { QStringLiteral("23:59"), QStringLiteral("late") } });
    QTRY_COMPARE(model->rowCount(), rows + 1);
    emit editor->timelineEditor()->rowRemoved(rows);
    QTRY_COMPARE(model->rowCount(), rows);
    QCOMPARE(editor->currentBytes(), original);
}

void TestPmEditor::pastedLinesBecomeRows()
{
    auto editor = makeEditor(QStringLiteral("INC-2026-014"));
    QVERIFY(editor);
    TableRowsModel *model = editor->timelineEditor()->model();
    const int rows = model->rowCount();
    emit editor->timelineEditor()->rowsAdded(
        rows,
        pm::timelineRowsFromText(
            QStringLiteral("14:32 alert fired\n[14:40] alice: restarted the pods\n  still failing")));
    QTRY_COMPARE(model->rowCount(), rows + 2);
    QCOMPARE(model->index(rows, 0).data().toString(), QStringLiteral("14:32"));
    QCOMPARE(model->index(rows, 1).data().toString(), QStringLiteral("alert fired"));
    QVERIFY(model->index(rows + 1, 1).data().toString().contains(QStringLiteral("still failing")));
    // Sorting by time puts 14:32 before 14:40 (the rows were appended after 07:30).
    emit editor->timelineEditor()->sortRequested();
    const QByteArray bytes = editor->currentBytes();
    QVERIFY(bytes.indexOf("| 14:32 |") < bytes.indexOf("| 14:40 |"));
}

void TestPmEditor::overdueActionItems()
{
    auto editor = makeEditor(QStringLiteral("INC-2025-001"));
    QVERIFY(editor);
    TableRowsModel *model = editor->actionItemsEditor()->model();
    model->setToday(QDate(2025, 1, 22));
    // Due 2025-01-20 and 2025-01-18 are past on 2025-01-22; no status column: all open.
    QStringList overdue;
    for (int r = 0; r < model->rowCount(); ++r)
        if (model->isOverdue(r))
            overdue << model->index(r, 2).data().toString();
    overdue.sort();
    QCOMPARE(overdue, QStringList({ QStringLiteral("2025-01-18"), QStringLiteral("2025-01-20") }));
    QVERIFY(model->index(0, 0).data(Qt::BackgroundRole).isValid());
    // A picture of the tables for people to look at.
    auto *tabs = editor->findChild<QTabWidget *>();
    QVERIFY(tabs);
    tabs->setCurrentIndex(2);
    QVERIFY(editor->grab().save(QStringLiteral(SRE_BINARY_DIR "/screenshot-pm-actions.png")));
    tabs->setCurrentIndex(1);
    QVERIFY(editor->grab().save(QStringLiteral(SRE_BINARY_DIR "/screenshot-pm-timeline.png")));
}

void TestPmEditor::findingsUnderlinedWithQuickFix()
{
    auto editor = makeEditor(QStringLiteral("INC-2026-014"));
    QVERIFY(editor);
    MarkdownEdit *text = editor->textEdit();
    text->setFocus();
    text->moveCursor(QTextCursor::End);
    QTest::keyClick(text, Qt::Key_Return);
    QTest::keyClicks(text, QStringLiteral("We just restarted it."));
    QTest::keyClick(text, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(std::any_of(text->findings().cbegin(), text->findings().cend(),
                                         [](const PlacedFinding &f) { return f.finding.text == u"just"; }),
                             5000);
    const auto it = std::find_if(text->findings().cbegin(), text->findings().cend(),
                                 [](const PlacedFinding &f) { return f.finding.text == u"just"; });
    const PlacedFinding placed = *it;
    QCOMPARE(text->document()->findBlockByNumber(placed.block).text().mid(placed.column, placed.length),
             QStringLiteral("just"));
    const auto underlined = [text] {
        QStringList out;
        for (const QTextEdit::ExtraSelection &s : text->extraSelections())
            out << s.cursor.selectedText();
        return out;
    };
    // The underline follows the check of the current text (an earlier check may still land first).
    QTRY_VERIFY2_WITH_TIMEOUT(underlined().contains(QStringLiteral("just")),
                              qPrintable(underlined().join(QLatin1Char('|'))), 5000);
    QVERIFY(editor->findingsView()->topLevelItemCount() >= 1);
    // "just" is a style hint: a dotted underline, not the wave of a finding, and "hint:" in the list.
    QVERIFY(placed.finding.isHint());
    for (const QTextEdit::ExtraSelection &s : text->extraSelections())
        if (s.cursor.selectedText() == u"just")
            QCOMPARE(s.format.underlineStyle(), QTextCharFormat::DotLine);
    QVERIFY(
        !editor->findingsView()->findItems(QStringLiteral("hint: simplifying: just"), Qt::MatchExactly, 1).isEmpty());
    const QList<QuickFix> fixes = MarkdownEdit::quickFixes(placed.finding);
    QVERIFY(!fixes.isEmpty());
    text->applyQuickFix(placed, fixes.first());
    QVERIFY(editor->currentBytes().endsWith("\nWe restarted it.\n"));
}

void TestPmEditor::personBlameQuickFix_data()
{
    QTest::addColumn<QString>("flagged");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("role");
    QTest::newRow("subject") << "Alice broke"
                             << "Alice"
                             << "the on-call engineer";
    QTest::newRow("possessive") << "Alice's mistake"
                                << "Alice"
                                << "the on-call engineer";
    QTest::newRow("agent") << "caused by Bob"
                           << "Bob"
                           << "the on-call engineer";
    QTest::newRow("japanese") << "田中のせい"
                              << "田中"
                              << "オンコール担当者";
}

// The fix replaces the name only and keeps the rest of the sentence.
void TestPmEditor::personBlameQuickFix()
{
    QFETCH(QString, flagged);
    QFETCH(QString, name);
    QFETCH(QString, role);
    pm::Finding f;
    f.rule = QStringLiteral("person-blame");
    f.text = flagged;
    const QList<QuickFix> fixes = MarkdownEdit::quickFixes(f);
    QCOMPARE(fixes.size(), 1);
    QCOMPARE(*fixes.first().replacement, role);
    QCOMPARE(flagged.mid(fixes.first().offset, fixes.first().length), name);
}

void TestPmEditor::ownerFindingOpensTableCell()
{
    auto editor = makeEditor(QStringLiteral("INC-2026-017"));
    QVERIFY(editor);
    QTRY_VERIFY_WITH_TIMEOUT(!editor->findings().isEmpty(), 5000);
    const pm::Findings findings = editor->findings();
    const auto owner = std::find_if(findings.cbegin(), findings.cend(),
                                    [](const pm::Finding &f) { return f.rule == u"action-item-owner"; });
    QVERIFY(owner != findings.cend());
    const QList<QuickFix> fixes = MarkdownEdit::quickFixes(*owner);
    QCOMPARE(fixes.size(), 1);
    editor->textEdit()->applyQuickFix({ *owner, 0, 0, 0 }, fixes.first());
    auto *tabs = editor->findChild<QTabWidget *>();
    QCOMPARE(tabs->currentWidget(), editor->actionItemsEditor());
    const QModelIndex cell = editor->actionItemsEditor()->view()->currentIndex();
    QCOMPARE(pm::columnForHeader(editor->actionItemsEditor()->model()->headers().value(cell.column())),
             pm::Column::Owner);
    // The row is the finding's line in the table: line - (header line + 2).
    const QByteArray bytes = editor->currentBytes();
    const QList<QByteArray> lines = bytes.split('\n');
    QVERIFY(lines.value(owner->line - 1)
                .contains(editor->actionItemsEditor()->model()->index(cell.row(), 0).data().toString().toUtf8()));
}

void TestPmEditor::previewRendersCoalesced()
{
    auto editor = makeEditor(QStringLiteral("INC-2026-014"));
    QVERIFY(editor);
    QTRY_VERIFY_WITH_TIMEOUT(editor->preview()->isIdle(), 5000);
    const int before = editor->preview()->renderCount();
    for (int i = 0; i < 30; ++i)
        editor->preview()->request(QStringLiteral("# Render %1\n").arg(i));
    QSignalSpy rendered(editor->preview(), &PreviewRenderer::rendered);
    QVERIFY(rendered.wait(5000));
    // One in flight plus the latest waiting: two renders for thirty requests.
    QCOMPARE(editor->preview()->renderCount() - before, 2);
    QVERIFY(editor->findChild<MarkdownView *>()->toPlainText().contains(QStringLiteral("Render 29")));
}

void TestPmEditor::changeOnDiskIsNoticed()
{
    auto editor = makeEditor(QStringLiteral("INC-2026-014"));
    QVERIFY(editor);
    const QString file = editor->file();
    // Unedited: follows the file.
    QByteArray pulled = readAll(file).replace("## Summary", "## Summary (pulled)");
    writeAll(file, pulled);
    emit m_workspace->postmortems().changed();
    QCOMPARE(editor->currentBytes(), pulled);
    // Edited: asks. "Keep mine" then saves over it.
    editor->textEdit()->moveCursor(QTextCursor::End);
    QTest::keyClicks(editor->textEdit(), QStringLiteral("mine"));
    writeAll(file, QByteArray(pulled).replace("## Impact", "## Impact (pulled again)"));
    emit m_workspace->postmortems().changed();
    QVERIFY(editor->banner()->isVisible());
    QPushButton *keep = nullptr;
    for (QPushButton *b : editor->banner()->findChildren<QPushButton *>())
        if (b->text() == u"Keep mine")
            keep = b;
    QVERIFY(keep);
    QTest::mouseClick(keep, Qt::LeftButton);
    QVERIFY(!editor->banner()->isVisible());
    QVERIFY(editor->save());
    QCOMPARE(readAll(file), pulled + "mine");
}

void TestPmEditor::writeFigures()
{
    auto editor = makeEditor(QStringLiteral("INC-2026-014"));
    QVERIFY(editor);
    editor->writeFigures();
    // started 06:10, detected 06:13, mitigated 06:48, resolved 07:30.
    const QByteArray bytes = editor->currentBytes();
    const qsizetype impact = bytes.indexOf("## Impact");
    QVERIFY(impact > 0);
    for (const char *line : { "- **Time to detect**: 3m\n", "- **Time to mitigate**: 38m\n",
                              "- **Time to resolve**: 1h 20m\n", "- **Impact duration**: 1h 20m\n" })
        QVERIFY2(bytes.indexOf(line) > impact, line);
    // Writing again changes nothing.
    editor->writeFigures();
    QCOMPARE(editor->currentBytes(), bytes);
}

void TestPmEditor::listFilters()
{
    auto *source = createPostmortemListModel(*m_workspace, this);
    PostmortemFilter filter(source);
    QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // Expected counts straight from the files' front matter lines.
    const QFileInfoList files
        = QDir(QDir(m_ws).filePath(QStringLiteral("postmortems"))).entryInfoList({ QStringLiteral("*.md") });
    const auto count = [&](const QString &pattern) {
        int n = 0;
        for (const QFileInfo &f : files)
            n += QRegularExpression(pattern, QRegularExpression::MultilineOption)
                     .match(QString::fromUtf8(readAll(f.absoluteFilePath())))
                     .hasMatch()
                ? 1
                : 0;
        return n;
    };
    QCOMPARE(filter.rowCount(), int(files.size()));
    filter.setStatus(QStringLiteral("published"));
    QCOMPARE(filter.rowCount(), count(QStringLiteral("^status: published\\b")));
    filter.setStatus({});
    filter.setSeverity(QStringLiteral("P1"));
    QCOMPARE(filter.rowCount(), count(QStringLiteral("^severity: P1\\b")));
    filter.setSeverity({});
    filter.setService(QStringLiteral("checkout"));
    QCOMPARE(filter.rowCount(), count(QStringLiteral("^services: \\[.*\\bcheckout\\b")));
    filter.setService({});
    filter.setToday(QDate(2026, 12, 31));
    filter.setPeriod(PostmortemFilter::Period::ThisYear);
    QCOMPARE(filter.rowCount(), count(QStringLiteral("^started: 2026-")));
    filter.setPeriod(PostmortemFilter::Period::LastYear);
    QCOMPARE(filter.rowCount(), count(QStringLiteral("^started: 2025-")));
    filter.setPeriod(PostmortemFilter::Period::Any);
    // Search as you type reaches the text: every word must match.
    filter.setSearch(QStringLiteral("cert-manager"));
    QCOMPARE(filter.rowCount(), count(QStringLiteral("cert-manager")));
    filter.setSearch(QStringLiteral("cert-manager 接続プール"));
    QCOMPARE(filter.rowCount(), 0);
    filter.setSearch(QStringLiteral("接続プール"));
    QCOMPARE(filter.rowCount(), count(QStringLiteral("接続プール")));

    // The page: a search that matches nothing says so (not "no postmortems yet").
    PostmortemList list(*m_workspace);
    list.show();
    list.table()->filterEdit()->setText(QStringLiteral("no-such-word-anywhere"));
    bool said = false;
    for (QLabel *label : list.findChildren<QLabel *>())
        said = said || (label->isVisible() && label->text() == u"No postmortem matches the filter.");
    QVERIFY(said);
}

QTEST_MAIN(TestPmEditor)
#include "tst_pmeditor.moc"
