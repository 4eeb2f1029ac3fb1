#include "datasourcehealth.h"
#include "filtertable.h"
#include "mainwindow.h"
#include "settings.h"
#include "slopage.h"
#include "slorefresher.h"
#include "workspace.h"

#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <functional>

using namespace sre;

class TestGuiSmoke : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void everyPageListsItsStore_data();
    void everyPageListsItsStore();
    void unreachablePrometheusIsShownAndUiStaysResponsive();
    void screenshotOption_data();
    void screenshotOption();

private:
    QTemporaryDir m_out;
};

void TestGuiSmoke::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // never touch the user's settings
}

void TestGuiSmoke::everyPageListsItsStore_data()
{
    QTest::addColumn<QString>("page");
    QTest::addColumn<int>("minimumRows");
    QTest::addColumn<QString>("mustShow");
    QTest::newRow("slos") << "slos" << 13 << "myapp-api";
    QTest::newRow("postmortems") << "postmortems" << 3 << "INC-2025-001";
    QTest::newRow("runbooks") << "runbooks" << 12 << "KubePodCrashLooping";
    QTest::newRow("alerts") << "alerts" << 5 << "ErrorBudgetBurn";
}

// Open the demo workspace, visit every page, see that it lists what its store holds, and keep
// a screenshot of each for people to look at.
void TestGuiSmoke::everyPageListsItsStore()
{
    QFETCH(QString, page);
    QFETCH(int, minimumRows);
    QFETCH(QString, mustShow);

    ws::Workspace workspace;
    Settings settings;
    DatasourceHealth health;
    MainWindow window(workspace, settings, health);
    window.resize(1280, 800);
    window.show();
    QSignalSpy loaded(&workspace, &ws::Workspace::loaded);
    window.openWorkspace(QStringLiteral(SRE_SOURCE_DIR "/resources/demo"));
    QVERIFY(loaded.wait(10000));
    // Only the SLO and postmortem pages are built with the window; the others when first shown,
    // which here is after the workspace has loaded: they must list what it holds all the same.
    const bool builtWithWindow = page == u"slos" || page == u"postmortems";
    QCOMPARE(window.findChild<QWidget *>(page) != nullptr, builtWithWindow);
    QVERIFY(window.showPage(page));
    QCOMPARE(window.currentPage(), page);

    QWidget *pageWidget = window.findChild<QWidget *>(page);
    QVERIFY(pageWidget);
    QVERIFY(pageWidget->isVisible());
    // The list pages are filter tables; the SLO page groups its SLOs by service in a tree.
    auto *table = pageWidget->findChild<FilterTable *>();
    QAbstractItemView *view = table ? static_cast<QAbstractItemView *>(table->view())
                                    : pageWidget->findChild<QTreeView *>(QStringLiteral("sloOverview"));
    QVERIFY(view);
    QAbstractItemModel *model = view->model();
    std::function<int(const QModelIndex &)> countRows = [&](const QModelIndex &parent) {
        int n = 0;
        for (int r = 0; r < model->rowCount(parent); ++r)
            n += model->hasChildren(model->index(r, 0, parent)) ? countRows(model->index(r, 0, parent)) : 1;
        return n;
    };
    QVERIFY2(countRows({}) >= minimumRows, qPrintable(QString::number(countRows({}))));
    const QModelIndexList hits = model->match(model->index(0, 0), Qt::DisplayRole, mustShow, 1,
                                              Qt::MatchContains | Qt::MatchWrap | Qt::MatchRecursive);
    bool shown = !hits.isEmpty();
    for (int c = 1; !shown && c < model->columnCount(); ++c)
        shown = !model->match(model->index(0, c), Qt::DisplayRole, mustShow, 1, Qt::MatchContains).isEmpty();
    QVERIFY2(shown, qPrintable(mustShow));

    // Selecting the first row fills the detail pane without a crash.
    view->setCurrentIndex(model->index(0, 0));
    QCoreApplication::processEvents();
    const QImage shot = window.grab().toImage();
    QCOMPARE(shot.size(), QSize(1280, 800));
    QVERIFY(shot.save(QStringLiteral(SRE_BINARY_DIR "/screenshot-%1.png").arg(page)));
}

// A workspace whose Prometheus refuses connections: the SLO page says so in its banner, and
// the GUI thread keeps running its event loop while the client retries.
void TestGuiSmoke::unreachablePrometheusIsShownAndUiStaysResponsive()
{
    QTcpServer closed; // take a free port, then close it so nothing listens there
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const quint16 port = closed.serverPort();
    closed.close();
    QTemporaryDir dir;
    QFile ws(dir.filePath(QStringLiteral("workspace.yaml")));
    QVERIFY(ws.open(QIODevice::WriteOnly));
    ws.write(
        QStringLiteral("name: t\ndatasources:\n  - name: prod\n    url: http://127.0.0.1:%1\n").arg(port).toUtf8());
    ws.close();
    QDir(dir.path()).mkpath(QStringLiteral("slos"));
    QVERIFY(QFile::copy(QStringLiteral(SRE_SOURCE_DIR "/resources/demo/slos/checkout.yaml"),
                        dir.filePath(QStringLiteral("slos/checkout.yaml"))));

    ws::Workspace workspace;
    Settings settings;
    DatasourceHealth health;
    MainWindow window(workspace, settings, health);
    window.show();
    auto *page = window.findChild<SloPage *>();
    QVERIFY(page);
    QSignalSpy finished(page->refresher(), &SloRefresher::finished);
    int ticks = 0;
    QTimer tick;
    QObject::connect(&tick, &QTimer::timeout, [&ticks] { ++ticks; });
    tick.start(20);
    QElapsedTimer elapsed;
    elapsed.start();
    window.openWorkspace(dir.path());
    QVERIFY(finished.wait(15000));
    const qint64 ms = elapsed.elapsed();
    // The timer kept firing during the refresh: nothing blocked the GUI thread for long.
    QVERIFY2(ticks >= ms / 20 / 3, qPrintable(QStringLiteral("%1 ticks in %2 ms").arg(ticks).arg(ms)));
    QVERIFY(page->refresher()->lastError().contains(QString::number(port)));
    bool bannerShown = false;
    for (QLabel *label : page->findChildren<QLabel *>())
        bannerShown = bannerShown || (label->isVisible() && label->text().contains(QString::number(port)));
    QVERIFY(bannerShown);
}

void TestGuiSmoke::screenshotOption_data()
{
    QTest::addColumn<QString>("page");
    QTest::addColumn<QString>("lang");
    for (const QString &page : MainWindow::pageNames())
        for (const QString &lang : { QStringLiteral("en"), QStringLiteral("ja") })
            QTest::newRow(qPrintable(page + QLatin1Char('-') + lang)) << page << lang;
}

// `sre-console --screenshot FILE --page NAME` renders offscreen, writes the PNG and exits 0.
void TestGuiSmoke::screenshotOption()
{
    QFETCH(QString, page);
    QFETCH(QString, lang);
    const QString file = m_out.filePath(page + QLatin1Char('-') + lang + QStringLiteral(".png"));
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_out.path()); // keep the user's settings out of it
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(SRE_CONSOLE_BIN),
            { QStringLiteral("--workspace"), QStringLiteral(SRE_SOURCE_DIR "/resources/demo"), QStringLiteral("--page"),
              page, QStringLiteral("--lang"), lang, QStringLiteral("--screenshot"), file });
    QVERIFY(p.waitForFinished(30000));
    QCOMPARE(p.exitCode(), 0);
    QImage image(file);
    QCOMPARE(image.size(), QSize(1280, 800));
    image.save(QStringLiteral(SRE_BINARY_DIR "/screenshot-cli-%1-%2.png").arg(page, lang));
}

QTEST_MAIN(TestGuiSmoke)
#include "tst_gui_smoke.moc"
