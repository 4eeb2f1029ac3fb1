#include "datasourcehealth.h"
#include "filtertable.h"
#include "mainwindow.h"
#include "settings.h"
#include "workspace.h"

#include <QImage>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace sre;

class TestGuiSmoke : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void everyPageListsItsStore_data();
    void everyPageListsItsStore();
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
    QVERIFY(window.showPage(page));
    QCOMPARE(window.currentPage(), page);

    QWidget *pageWidget = window.findChild<QWidget *>(page);
    QVERIFY(pageWidget);
    QVERIFY(pageWidget->isVisible());
    auto *table = pageWidget->findChild<FilterTable *>();
    QVERIFY(table);
    QAbstractItemModel *model = table->view()->model();
    QVERIFY2(model->rowCount() >= minimumRows, qPrintable(QString::number(model->rowCount())));
    const QModelIndexList hits = model->match(model->index(0, 0), Qt::DisplayRole, mustShow, 1,
                                              Qt::MatchContains | Qt::MatchWrap);
    bool shown = !hits.isEmpty();
    for (int c = 1; !shown && c < model->columnCount(); ++c)
        shown = !model->match(model->index(0, c), Qt::DisplayRole, mustShow, 1, Qt::MatchContains).isEmpty();
    QVERIFY2(shown, qPrintable(mustShow));

    // Selecting the first row fills the detail pane without a crash.
    table->view()->setCurrentIndex(model->index(0, 0));
    QCoreApplication::processEvents();
    const QImage shot = window.grab().toImage();
    QCOMPARE(shot.size(), QSize(1280, 800));
    QVERIFY(shot.save(QStringLiteral(SRE_BINARY_DIR "/screenshot-%1.png").arg(page)));
}

void TestGuiSmoke::screenshotOption_data()
{
    QTest::addColumn<QString>("page");
    QTest::addColumn<QString>("lang");
    for (const QString &page : MainWindow::pageNames())
        for (const QString &lang : {QStringLiteral("en"), QStringLiteral("ja")})
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
            {QStringLiteral("--workspace"), QStringLiteral(SRE_SOURCE_DIR "/resources/demo"), QStringLiteral("--page"), page,
             QStringLiteral("--lang"), lang, QStringLiteral("--screenshot"), file});
    QVERIFY(p.waitForFinished(30000));
    QCOMPARE(p.exitCode(), 0);
    QImage image(file);
    QCOMPARE(image.size(), QSize(1280, 800));
    image.save(QStringLiteral(SRE_BINARY_DIR "/screenshot-cli-%1-%2.png").arg(page, lang));
}

QTEST_MAIN(TestGuiSmoke)
#include "tst_gui_smoke.moc"
