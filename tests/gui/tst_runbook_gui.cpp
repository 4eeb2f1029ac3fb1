// The runbook browser (rendering, links, history, safety) and the search palette (Ctrl+K), offscreen.
#include "../common/testfiles.h"
#include "checklistpanel.h"
#include "checks.h"
#include "coverageview.h"
#include "datasourcehealth.h"
#include "mainwindow.h"
#include "markdownview.h"
#include "runbookbrowser.h"
#include "runbookpage.h"
#include "searchindex.h"
#include "searchpalette.h"
#include "searchservice.h"
#include "settings.h"
#include "workspace.h"

#include <QCheckBox>
#include <QClipboard>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QProcess>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QTreeWidget>

using namespace sre;

namespace {
const QString kDemo = QStringLiteral(SRE_SOURCE_DIR "/resources/demo");

bool write(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

// Searches through the service and waits for the answer.
std::vector<SearchService::Hit> searchNow(SearchService &service, const QString &text)
{
    QSignalSpy spy(&service, &SearchService::resultsReady);
    const quint64 id = service.search(text);
    for (;;) {
        if (spy.isEmpty() && !spy.wait(5000))
            break;
        const auto r = spy.takeFirst().at(0).value<SearchService::Results>();
        if (r.id == id)
            return r.hits;
    }
    return {};
}

bool anyHit(const std::vector<SearchService::Hit> &hits, const QString &pathPart)
{
    return std::any_of(hits.begin(), hits.end(),
                       [&](const SearchService::Hit &h) { return h.path.contains(pathPart); });
}
} // namespace

class TestRunbookGui final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void rendersDemoRunbook();
    void followsLinksBackAndForward();
    void refusesWhatLeavesTheRoots();
    void paletteFindsAlertsByCamelCaseAndOpensWithKeyboard();
    void paletteScopes();
    void latestQueryWins();
    void searchFollowsEditsAndDeletes();
    void checklistTicksStepsIntoTheTimeline();
    void coverageViewAgreesWithSrectlChecks();
    void screenshots_data();
    void screenshots();

private:
    QTemporaryDir m_cache;
};

void TestRunbookGui::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestRunbookGui::rendersDemoRunbook()
{
    RunbookBrowser browser;
    browser.resize(900, 700);
    browser.setAllowedRoots({ kDemo + QStringLiteral("/runbooks") });
    browser.show();
    const QString file = kDemo + QStringLiteral("/runbooks/operator/kubernetes/KubePodCrashLooping.md");
    browser.open(file);
    const QString text = browser.view()->toPlainText();
    // Front matter as a compact header, shortcodes and <details> as labels, never as markup.
    QVERIFY(text.contains(QStringLiteral("weight: 20")));
    QVERIFY(!text.contains(QStringLiteral("---")));
    QVERIFY2(!text.contains(QStringLiteral("{{")), qPrintable(text));
    QVERIFY2(!text.contains(QStringLiteral("<details")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("▸ Full context")));
    QVERIFY(text.contains(QStringLiteral("⚠")));
    // Outline: the template sections, with GitHub anchors.
    QStringList outline;
    for (QTreeWidgetItemIterator it(browser.outline()); *it; ++it)
        outline << (*it)->data(0, Qt::UserRole).toString();
    for (const char *anchor : { "meaning", "impact", "diagnosis", "mitigation" })
        QVERIFY2(outline.contains(QLatin1String(anchor)), qPrintable(outline.join(u' ')));
    // Code blocks copy exactly what the file holds between the fences.
    const QStringList code = browser.view()->codeBlocks();
    QVERIFY(code.size() >= 4);
    QVERIFY(code.contains(QStringLiteral("kubectl logs -n $NAMESPACE $POD -c $CONTAINER --previous --tail=200")));
    const int index
        = int(code.indexOf(QStringLiteral("kubectl logs -n $NAMESPACE $POD -c $CONTAINER --previous --tail=200")));
    emit browser.view()->anchorClicked(QUrl(MarkdownView::copyScheme() + u':' + QString::number(index)));
    QCOMPARE(QGuiApplication::clipboard()->text(), code[index]);
    // An anchor scrolls there.
    QVERIFY(browser.view()->goToAnchor(QStringLiteral("mitigation")));
    QVERIFY(browser.view()->verticalScrollBar()->value() > 0);
}

void TestRunbookGui::followsLinksBackAndForward()
{
    QTemporaryDir dir;
    const QString root = dir.filePath(QStringLiteral("runbooks"));
    QVERIFY(write(root + QStringLiteral("/a.md"),
                  "# A\n\nSee [B](sub/b.md#second) and [top](#a).\n\n" + QByteArray(200, '\n') + "end\n"));
    QVERIFY(write(root + QStringLiteral("/sub/b.md"), "# B\n\n## First\n\ntext\n\n## Second\n\nmore\n"));
    RunbookBrowser browser;
    browser.resize(800, 400);
    browser.setAllowedRoots({ root });
    browser.show();
    browser.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&browser)); // shortcuts need an active window
    browser.open(root + QStringLiteral("/a.md"));
    QVERIFY(!browser.canGoBack());
    emit browser.view()->anchorClicked(QUrl(QStringLiteral("sub/b.md#second")));
    QCOMPARE(browser.currentFile(), root + QStringLiteral("/sub/b.md"));
    QVERIFY(browser.canGoBack());
    // Alt+Left / Alt+Right.
    QTest::keyClick(browser.view(), Qt::Key_Left, Qt::AltModifier);
    QCOMPARE(browser.currentFile(), root + QStringLiteral("/a.md"));
    QVERIFY(browser.canGoForward());
    QTest::keyClick(browser.view(), Qt::Key_Right, Qt::AltModifier);
    QCOMPARE(browser.currentFile(), root + QStringLiteral("/sub/b.md"));
    browser.back();
    QCOMPARE(browser.currentFile(), root + QStringLiteral("/a.md"));
    // A new link drops the forward history.
    emit browser.view()->anchorClicked(QUrl(QStringLiteral("sub/b.md")));
    QVERIFY(!browser.canGoForward());
    // Site-style links find the Markdown file: no extension, lower case, .html, a folder's _index.md.
    QVERIFY(write(root + QStringLiteral("/sub/KubePodNotReady.md"), "# KubePodNotReady\n"));
    QVERIFY(write(root + QStringLiteral("/sub/section/_index.md"), "# Section\n"));
    const std::pair<const char *, const char *> siteLinks[] = {
        { "../a", "/a.md" },
        { "../a.html", "/a.md" },
        { "kubepodnotready", "/sub/KubePodNotReady.md" },
        { "kubepodnotready/", "/sub/KubePodNotReady.md" },
        { "section/", "/sub/section/_index.md" },
    };
    for (const auto &[link, file] : siteLinks) {
        browser.open(root + QStringLiteral("/sub/b.md"));
        emit browser.view()->anchorClicked(QUrl(QString::fromUtf8(link)));
        QCOMPARE(browser.currentFile(), root + QString::fromUtf8(file));
    }
}

void TestRunbookGui::refusesWhatLeavesTheRoots()
{
    QTemporaryDir dir;
    const QString root = dir.filePath(QStringLiteral("runbooks"));
    QVERIFY(write(root + QStringLiteral("/a.md"), "# A\n"));
    QVERIFY(write(dir.filePath(QStringLiteral("secret.md")), "# secret\n"));
    QVERIFY(write(root + QStringLiteral("/script.sh"), "rm -rf /\n"));
    QVERIFY(QFile::link(dir.filePath(QStringLiteral("secret.md")), root + QStringLiteral("/link.md")));
    RunbookBrowser browser;
    browser.setAllowedRoots({ root });
    browser.show();
    browser.open(root + QStringLiteral("/a.md"));
    struct Case
    {
        const char *link;
        const char *says;
    };
    const Case cases[] = {
        { "../../../../../../etc/passwd", "outside the runbook folders" },
        { "../secret.md", "outside the runbook folders" },
        { "link.md", "outside the runbook folders" }, // a symlink out of the root
        { "script.sh", "not a Markdown runbook" },
        { "javascript:alert(1)", "not opened" },
        { "file:///etc/passwd", "outside the runbook folders" },
        { "missing.md", "does not exist" },
        { "#nowhere", "no heading" },
    };
    for (const Case &c : cases) {
        emit browser.view()->anchorClicked(QUrl(QString::fromUtf8(c.link)));
        QCOMPARE(browser.currentFile(), root + QStringLiteral("/a.md"));
        QVERIFY2(browser.message().contains(QLatin1String(c.says)),
                 qPrintable(QStringLiteral("%1: %2").arg(QLatin1String(c.link), browser.message())));
    }
    // Images: only local files under the roots, never remote.
    QVERIFY(!browser.view()
                 ->loadResource(QTextDocument::ImageResource, QUrl(QStringLiteral("http://example.com/x.png")))
                 .isValid());
    QVERIFY(
        !browser.view()->loadResource(QTextDocument::ImageResource, QUrl(QStringLiteral("../secret.md"))).isValid());
}

void TestRunbookGui::paletteFindsAlertsByCamelCaseAndOpensWithKeyboard()
{
    ws::Workspace workspace;
    Settings settings;
    DatasourceHealth health;
    MainWindow window(workspace, settings, health);
    window.resize(1280, 800);
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QSignalSpy ready(window.searchService(), &SearchService::indexReady);
    window.openWorkspace(kDemo);
    QVERIFY(ready.wait(20000));
    // Ctrl+K from a line edit on another page opens the palette.
    window.showPage(QStringLiteral("alerts"));
    QLineEdit *filter = window.findChild<QWidget *>(QStringLiteral("alerts"))->findChild<QLineEdit *>();
    QVERIFY(filter);
    filter->setFocus();
    QTest::keyClick(filter, Qt::Key_K, Qt::ControlModifier);
    SearchPalette *palette = window.searchPalette();
    QVERIFY(palette->isVisible());
    QSignalSpy settled(palette, &SearchPalette::settled);
    QTest::keyClicks(palette->edit(), QStringLiteral("kubepodcrash"));
    QTRY_VERIFY_WITH_TIMEOUT(palette->isSettled() && !palette->hits().empty(), 5000);
    const SearchService::Hit &first = palette->hits().front();
    QCOMPARE(first.kind, SearchService::Kind::Alert);
    QCOMPARE(first.title, QStringLiteral("KubePodCrashLooping"));
    QVERIFY(first.path.endsWith(QStringLiteral("KubePodCrashLooping.md")));
    // Down to the runbook hit, Enter opens it in the browser.
    int runbookRow = -1;
    for (std::size_t i = 0; i < palette->hits().size(); ++i)
        if (palette->hits()[i].kind == SearchService::Kind::Runbook && runbookRow < 0)
            runbookRow = int(i);
    QVERIFY(runbookRow > 0);
    const QString target = palette->hits()[std::size_t(runbookRow)].path;
    for (int i = 0; i < runbookRow; ++i)
        QTest::keyClick(palette->edit(), Qt::Key_Down);
    QTest::keyClick(palette->edit(), Qt::Key_Return);
    QVERIFY(!palette->isVisible());
    QCOMPARE(window.currentPage(), QStringLiteral("runbooks"));
    QCOMPARE(window.runbookPage()->browser()->currentFile(), target);
    // Escape closes without opening anything.
    window.showSearch(QStringLiteral("latency"));
    QVERIFY(palette->isVisible());
    QTest::keyClick(palette->edit(), Qt::Key_Escape);
    QVERIFY(!palette->isVisible());
    QCOMPARE(window.runbookPage()->browser()->currentFile(), target);
}

void TestRunbookGui::paletteScopes()
{
    QCOMPARE(SearchService::parseScope(QStringLiteral("rb: disk")),
             std::make_pair(SearchService::Scope::Runbooks, QStringLiteral("disk")));
    QCOMPARE(SearchService::parseScope(QStringLiteral("  PM:504")),
             std::make_pair(SearchService::Scope::Postmortems, QStringLiteral("504")));
    QCOMPARE(SearchService::parseScope(QStringLiteral("alert:kube")),
             std::make_pair(SearchService::Scope::Alerts, QStringLiteral("kube")));
    QCOMPARE(SearchService::parseScope(QStringLiteral("kube rb:")),
             std::make_pair(SearchService::Scope::All, QStringLiteral("kube rb:")));

    ws::Workspace workspace;
    workspace.openBlocking(kDemo);
    SearchService service(workspace, m_cache.path());
    QSignalSpy ready(&service, &SearchService::indexReady);
    QVERIFY(ready.wait(20000));
    auto kinds = [](const std::vector<SearchService::Hit> &hits) {
        QSet<SearchService::Kind> k;
        for (const auto &h : hits)
            k.insert(h.kind);
        return k;
    };
    // "timeout" is in runbooks and in postmortems.
    const auto all = searchNow(service, QStringLiteral("timeout"));
    QVERIFY(kinds(all).contains(SearchService::Kind::Runbook));
    QVERIFY(kinds(all).contains(SearchService::Kind::Postmortem));
    QCOMPARE(kinds(searchNow(service, QStringLiteral("rb: timeout"))), QSet { SearchService::Kind::Runbook });
    QCOMPARE(kinds(searchNow(service, QStringLiteral("pm: timeout"))), QSet { SearchService::Kind::Postmortem });
    const auto alerts = searchNow(service, QStringLiteral("alert: kubepodcrash"));
    QCOMPARE(kinds(alerts), QSet { SearchService::Kind::Alert });
    QCOMPARE(alerts.front().title, QStringLiteral("KubePodCrashLooping"));
    // Postmortems are found by id too.
    QVERIFY(anyHit(searchNow(service, QStringLiteral("pm: INC-2025-001")), QStringLiteral("INC-2025-001.md")));
    // Snippets mark the matches.
    const auto crash = searchNow(service, QStringLiteral("rb: CrashLoopBackOff"));
    QVERIFY(!crash.empty());
    QVERIFY2(crash.front().snippet.contains(rb::kMarkOpen), qPrintable(crash.front().snippet));
}

void TestRunbookGui::latestQueryWins()
{
    ws::Workspace workspace;
    workspace.openBlocking(kDemo);
    SearchService service(workspace, m_cache.path());
    QSignalSpy ready(&service, &SearchService::indexReady);
    QVERIFY(ready.wait(20000));
    // Every delivery is the answer to the newest query at that moment; never inside search().
    QList<std::pair<quint64, quint64>> delivered; // (result id, newest id then)
    connect(&service, &SearchService::resultsReady, this, [&](const SearchService::Results &r) {
        delivered.append({ r.id, service.latestId() });
    });
    // Typing fast: the queries typed while one runs are replaced by the newest.
    quint64 last = 0;
    for (const QString &q : { QStringLiteral("k"), QStringLiteral("ku"), QStringLiteral("kub"), QStringLiteral("kube"),
                              QStringLiteral("kubep") }) {
        last = service.search(q);
        QVERIFY(delivered.isEmpty());
    }
    QTRY_VERIFY_WITH_TIMEOUT(!delivered.isEmpty() && delivered.last().first == last, 5000);
    QTest::qWait(200);
    QCOMPARE(delivered.size(), 1);
    // Typing slowly: each answer arrives, each the newest.
    for (const QString &q : { QStringLiteral("disk"), QStringLiteral("pod"), QStringLiteral("latency") }) {
        last = service.search(q);
        QTRY_VERIFY_WITH_TIMEOUT(delivered.last().first == last, 5000);
    }
    for (const auto &[id, newest] : std::as_const(delivered))
        QCOMPARE(id, newest);
}

void TestRunbookGui::searchFollowsEditsAndDeletes()
{
    QTemporaryDir dir;
    QVERIFY(testing::copyDir(kDemo, dir.path()));
    ws::Workspace workspace;
    workspace.open(dir.path());
    SearchService service(workspace, m_cache.path());
    QSignalSpy ready(&service, &SearchService::indexReady);
    QVERIFY(ready.wait(20000));
    const QString word = QStringLiteral("quuxfrobnicated");
    QVERIFY(searchNow(service, word).empty());

    // Written in place (no rename), as many editors do.
    const QString file = dir.filePath(QStringLiteral("runbooks/operator/general/TargetDown.md"));
    QFile f(file);
    QVERIFY(f.open(QIODevice::Append));
    f.write("\nThe exporter was " + word.toUtf8() + " by a bad deploy.\n");
    f.close();
    QElapsedTimer t;
    t.start();
    std::vector<SearchService::Hit> hits;
    while (t.elapsed() < 1000 && !anyHit(hits, QStringLiteral("TargetDown.md"))) {
        QTest::qWait(20);
        hits = searchNow(service, word);
    }
    QVERIFY2(anyHit(hits, QStringLiteral("TargetDown.md")), "an edited runbook did not show up within 1 s");
    const qint64 editMs = t.elapsed();

    // A postmortem edited in place.
    const QString pm = dir.filePath(QStringLiteral("postmortems/INC-2026-014.md"));
    QFile p(pm);
    QVERIFY(p.open(QIODevice::Append));
    p.write("\nA " + word.toUtf8() + " cache.\n");
    p.close();
    t.restart();
    hits.clear();
    while (t.elapsed() < 1000 && !anyHit(hits, QStringLiteral("INC-2026-014.md"))) {
        QTest::qWait(20);
        hits = searchNow(service, QStringLiteral("pm: ") + word);
    }
    QVERIFY2(anyHit(hits, QStringLiteral("INC-2026-014.md")), "an edited postmortem did not show up within 1 s");

    // Deleted: gone from the results.
    hits = searchNow(service, word);
    QVERIFY(anyHit(hits, QStringLiteral("TargetDown.md")));
    QVERIFY(QFile::remove(file));
    t.restart();
    while (t.elapsed() < 1000 && anyHit(hits, QStringLiteral("TargetDown.md"))) {
        QTest::qWait(20);
        hits = searchNow(service, word);
    }
    QVERIFY2(!anyHit(hits, QStringLiteral("TargetDown.md")), "a deleted runbook was still found after 1 s");
    qInfo("edit visible after %lld ms, delete after %lld ms", editMs, t.elapsed());
}

void TestRunbookGui::checklistTicksStepsIntoTheTimeline()
{
    QTemporaryDir dir, state;
    QVERIFY(testing::copyDir(kDemo, dir.path()));
    const QString pmFile = dir.filePath(QStringLiteral("postmortems/INC-2026-014.md"));
    QFile original(pmFile);
    QVERIFY(original.open(QIODevice::ReadOnly));
    const QList<QByteArray> before = original.readAll().split('\n');
    original.close();
    // The last row of the timeline table, found independently of the postmortem code.
    int lastRow = -1;
    bool inTimeline = false;
    for (int i = 0; i < before.size(); ++i) {
        if (before[i].startsWith("## "))
            inTimeline = before[i].trimmed() == "## Timeline";
        else if (inTimeline && before[i].startsWith('|'))
            lastRow = i;
    }
    QVERIFY(lastRow > 0);

    ws::Workspace workspace;
    workspace.openBlocking(dir.path());
    RunbookPage page(workspace);
    page.resize(1200, 700);
    page.show();
    ChecklistPanel *panel = page.checklist();
    panel->setStorageFolder(state.path());
    panel->setClock([] { return QDateTime(QDate(2026, 3, 10), QTime(6, 50), Qt::UTC); });
    const QString runbook
        = QFileInfo(dir.filePath(QStringLiteral("runbooks/services/auth/availability.md"))).absoluteFilePath();
    page.openRunbook(runbook);
    page.startChecklist(QStringLiteral("INC-2026-014"));
    QVERIFY(panel->isActive());
    QCOMPARE(page.browser()->sideTabs()->currentWidget(), panel);
    // Numbered steps of Diagnosis (3) and Mitigation (4), then the task list (4).
    QCOMPARE(panel->list()->count(), 11);
    QVERIFY(panel->list()->item(2)->text().startsWith(QStringLiteral("3. Signing key:")));
    QVERIFY(page.grab().save(QStringLiteral(SRE_BINARY_DIR "/screenshot-runbook-checklist.png")));
    QVERIFY(panel->list()->item(9)->text().startsWith(QStringLiteral("10. Downstream teams told")));
    QCOMPARE(panel->postmortemFile(), pmFile);
    QVERIFY(panel->addToTimeline()->isEnabled());

    panel->list()->item(2)->setCheckState(Qt::Checked);
    QFile after(pmFile);
    QVERIFY(after.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = after.readAll().split('\n');
    QCOMPARE(lines.size(), before.size() + 1);
    for (int i = 0; i <= lastRow; ++i)
        QCOMPARE(lines[i], before[i]);
    for (int i = lastRow + 1; i < before.size(); ++i)
        QCOMPARE(lines[i + 1], before[i]);
    const QByteArray row = lines[lastRow + 1];
    QVERIFY2(row.startsWith("| 06:50 | AuthAvailabilityBudgetBurn runbook, step 3 done: Signing key:"),
             row.constData());

    // Saved per incident: a new panel on the same incident sees the tick; another incident does not.
    ChecklistPanel again(workspace);
    again.setStorageFolder(state.path());
    again.start(QStringLiteral("INC-2026-014"), runbook);
    QCOMPARE(again.list()->item(2)->checkState(), Qt::Checked);
    QCOMPARE(again.list()->item(0)->checkState(), Qt::Unchecked);
    ChecklistPanel other(workspace);
    other.setStorageFolder(state.path());
    other.start(QStringLiteral("INC-2099-001"), runbook);
    QCOMPARE(other.list()->item(2)->checkState(), Qt::Unchecked);
    QVERIFY(!other.addToTimeline()->isEnabled()); // no such postmortem
    // Unticking does not touch the postmortem again.
    panel->list()->item(2)->setCheckState(Qt::Unchecked);
    QFile third(pmFile);
    QVERIFY(third.open(QIODevice::ReadOnly));
    QCOMPARE(third.readAll().split('\n'), lines);
}

void TestRunbookGui::coverageViewAgreesWithSrectlChecks()
{
    ws::Workspace workspace;
    workspace.openBlocking(kDemo);
    RunbookPage page(workspace);
    CoverageView *view = page.coverage();
    if (view->isComputing()) {
        QSignalSpy computed(view, &CoverageView::computed);
        QVERIFY(computed.wait(10000));
    }
    // The same numbers as rb::coverage() over the workspace's rules (what srectl prints).
    std::vector<rb::AlertRef> alerts;
    for (const alerting::AlertRule &r : workspace.rules().items())
        alerts.push_back({ r.name, r.annotations, r.file, r.line });
    const rb::CoverageReport report = rb::coverage(alerts, *workspace.runbookResolver());
    QCOMPARE(view->counts()[0], report.uncovered());
    QCOMPARE(view->counts()[1], int(report.unreferenced.size()));
    QCOMPARE(view->counts()[2], int(report.links.size()));
    QCOMPARE(view->tree()->topLevelItemCount(), 3);
    page.resize(1200, 700);
    page.tabs()->setCurrentWidget(view);
    page.show();
    QVERIFY(page.grab().save(QStringLiteral(SRE_BINARY_DIR "/screenshot-runbook-coverage.png")));
    QCOMPARE(view->tree()->topLevelItem(1)->childCount(), int(report.unreferenced.size()));
}

void TestRunbookGui::screenshots_data()
{
    QTest::addColumn<QString>("lang");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("ja") << QStringLiteral("ja");
}

// The browser on a runbook and the palette with results, via the executable as a user runs it.
void TestRunbookGui::screenshots()
{
    QFETCH(QString, lang);
    QTemporaryDir out;
    const struct
    {
        QString name;
        QStringList args;
    } shots[] = {
        { QStringLiteral("browser"),
          { QStringLiteral("--page"), QStringLiteral("runbooks"), QStringLiteral("--runbook"),
            kDemo + QStringLiteral("/runbooks/operator/kubernetes/KubePodCrashLooping.md") } },
        { QStringLiteral("palette"), { QStringLiteral("--search"), QStringLiteral("kubepodcrash") } },
    };
    for (const auto &shot : shots) {
        const QString file = out.filePath(shot.name + QStringLiteral(".png"));
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), out.path());
        env.insert(QStringLiteral("XDG_CACHE_HOME"), m_cache.path());
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(SRE_CONSOLE_BIN),
                QStringList { QStringLiteral("--workspace"), kDemo, QStringLiteral("--lang"), lang,
                              QStringLiteral("--screenshot"), file }
                    + shot.args);
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 0);
        QImage image(file);
        QCOMPARE(image.size(), QSize(1280, 800));
        QVERIFY(image.save(QStringLiteral(SRE_BINARY_DIR "/screenshot-runbook-%1-%2.png").arg(shot.name, lang)));
    }
}

QTEST_MAIN(TestRunbookGui)
#include "tst_runbook_gui.moc"
