// The SLO dashboard offscreen against the real Prometheus of the CTest fixture: open the demo
// workspace, look at the overview, open an SLO, change the window, and check that what the page
// shows equals `srectl slo report --format json` (the built binary) for the same window and --at.
#include "fixtureenv.h"

#include "datasourcehealth.h"
#include "filtertable.h"
#include "itemdatarole.h"
#include "mainwindow.h"
#include "runbookbrowser.h"
#include "runbookpage.h"
#include "settings.h"
#include "slodetailview.h"
#include "slooverviewmodel.h"
#include "slopage.h"
#include "slorefresher.h"
#include "sloservicetreemodel.h"
#include "slotimebar.h"
#include "timechartview.h"
#include "workspace.h"

#include <QApplication>
#include <QChart>
#include <QComboBox>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace sre;

namespace {
const QString kSlo = QStringLiteral("checkout/availability");

bool makeWorkspace(const QString &dir, const QString &url)
{
    const QString from = QStringLiteral(SRE_SOURCE_DIR "/resources/demo");
    QDirIterator it(from, QDir::Files | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        const QString target = dir + QLatin1Char('/') + QDir(from).relativeFilePath(file);
        if (!QDir().mkpath(QFileInfo(target).absolutePath()) || !QFile::copy(file, target))
            return false;
    }
    QFile f(dir + QStringLiteral("/workspace.yaml"));
    if (!f.open(QIODevice::ReadOnly))
        return false;
    QString text = QString::fromUtf8(f.readAll());
    f.close();
    static const QRegularExpression promUrl(QStringLiteral("(type: prometheus\\s*\\n\\s*url: )\\S+"));
    text.replace(promUrl, QStringLiteral("\\1") + url);
    // Two cores shared by several test runs answer the timeslice SLOs' subqueries slowly.
    text.replace(QStringLiteral("timeout: 10s"), QStringLiteral("timeout: 120s"));
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(text.toUtf8()) > 0;
}

// srectl's JSON report of one SLO.
QJsonObject srectlReport(const QString &workspace, const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(SRECTL_BIN),
            QStringList { QStringLiteral("--workspace"), workspace, QStringLiteral("--format"), QStringLiteral("json"),
                          QStringLiteral("slo"), QStringLiteral("report"), QStringLiteral("--slo"), kSlo }
                + args);
    if (!p.waitForFinished(120000) || p.exitCode() != 0) {
        qWarning() << p.readAllStandardError();
        return {};
    }
    return QJsonDocument::fromJson(p.readAllStandardOutput()).array().at(0).toObject();
}

QString percent(const QJsonValue &v, int decimals)
{
    return QString::number(v.toDouble() * 100.0, 'f', decimals) + QStringLiteral(" %");
}
} // namespace

class TestSloDashboard : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void shownValuesEqualSrectl_data();
    void shownValuesEqualSrectl();

private:
    bool waitForRefresh(SloPage *page);
    QTemporaryDir m_tmp;
    QString m_workspace;
    qint64 m_end = 0;
};

void TestSloDashboard::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    const QString url = testing::fixtureUrl("SRE_TEST_PROMETHEUS_URL_FILE");
    QVERIFY2(!url.isEmpty(), "the prometheus fixture did not write its URL");
    m_end = testing::historyEnd();
    QVERIFY(m_end > 0);
    m_workspace = m_tmp.filePath(QStringLiteral("demo"));
    QVERIFY(makeWorkspace(m_workspace, url));
}

bool TestSloDashboard::waitForRefresh(SloPage *page)
{
    QSignalSpy finished(page->refresher(), &SloRefresher::finished);
    for (int i = 0; i < 180 && (page->refresher()->isRefreshing() || finished.isEmpty()); ++i)
        finished.wait(1000);
    return !page->refresher()->isRefreshing() && page->refresher()->lastError().isEmpty();
}

void TestSloDashboard::shownValuesEqualSrectl_data()
{
    QTest::addColumn<QString>("window"); // a preset of the window picker, or a period name
    QTest::addColumn<QStringList>("srectlArgs");
    QTest::newRow("rolling 7 days") << "7d" << QStringList { QStringLiteral("--window"), QStringLiteral("7d") };
    QTest::newRow("rolling 28 days") << "28d" << QStringList { QStringLiteral("--window"), QStringLiteral("28d") };
    QTest::newRow("calendar month 2026-10 (closed)")
        << "2026-10" << QStringList { QStringLiteral("--period"), QStringLiteral("2026-10") };
}

void TestSloDashboard::shownValuesEqualSrectl()
{
    QFETCH(QString, window);
    QFETCH(QStringList, srectlArgs);

    ws::Workspace workspace;
    Settings settings;
    DatasourceHealth health;
    MainWindow mainWindow(workspace, settings, health);
    mainWindow.resize(1280, 800);
    mainWindow.show();
    auto *page = mainWindow.findChild<SloPage *>();
    QVERIFY(page);
    // The history of the fixture ends at m_end: look at the numbers as of then.
    page->timeBar()->setAsOf(m_end);
    QSignalSpy loaded(&workspace, &ws::Workspace::loaded);
    mainWindow.openWorkspace(m_workspace);
    QVERIFY(loaded.wait(10000));
    QVERIFY(mainWindow.showPage(QStringLiteral("slos")));
    QCOMPARE(page->refresher()->selection().asOf, std::optional<qint64>(m_end));
    QVERIFY2(waitForRefresh(page), qPrintable(page->refresher()->lastError()));

    // The overview: every SLO under its service.
    QTreeView *view = page->view();
    QAbstractItemModel *model = view->model();
    QVERIFY(model->rowCount() >= 5);
    QModelIndex row;
    for (int s = 0; s < model->rowCount() && !row.isValid(); ++s)
        for (int r = 0; r < model->rowCount(model->index(s, 0)); ++r)
            if (model->index(r, 0, model->index(s, 0)).data(IdRole).toString() == kSlo)
                row = model->index(r, 0, model->index(s, 0));
    QVERIFY(row.isValid());

    // Select it and press Enter: the detail opens.
    view->setFocus();
    view->setCurrentIndex(row);
    QTest::keyClick(view, Qt::Key_Return);
    QVERIFY(page->isDetailShown());
    QCOMPARE(page->detail()->sloId(), kSlo);

    // Change the window.
    SloTimeBar *bar = page->timeBar();
    if (window.endsWith(QLatin1Char('d'))) {
        QVERIFY(bar->selectWindow(std::chrono::seconds(window.chopped(1).toInt() * 86400)));
    } else {
        QVERIFY(bar->selectPeriod(window));
    }
    QVERIFY2(waitForRefresh(page), qPrintable(page->refresher()->lastError()));
    QTRY_VERIFY_WITH_TIMEOUT(!page->detail()->isBusy(), 20000);

    const QJsonObject expected
        = srectlReport(m_workspace, srectlArgs + QStringList { QStringLiteral("--at"), QString::number(m_end) });
    QVERIFY(!expected.isEmpty());

    // What the overview row shows.
    row = page->proxy()->mapFromSource(
        static_cast<const SloServiceTreeModel *>(page->proxy()->sourceModel())->indexOfSlo(kSlo));
    QVERIFY(row.isValid());
    auto cell = [&](int column) { return row.siblingAtColumn(column).data().toString(); };
    if (window.endsWith(QLatin1Char('d')))
        QCOMPARE(cell(SloServiceTreeModel::Window), window);
    QCOMPARE(cell(SloServiceTreeModel::Sli), percent(expected[QStringLiteral("sli")], 3));
    QCOMPARE(cell(SloServiceTreeModel::BudgetRemaining),
             percent(expected[QStringLiteral("error_budget_remaining")], 1));
    const QJsonObject burn = expected[QStringLiteral("burn_rates")].toObject();
    QCOMPARE(cell(SloServiceTreeModel::Burn1h),
             QString::number(burn[QStringLiteral("1h")].toDouble(), 'f', 2) + QStringLiteral("×"));
    QCOMPARE(cell(SloServiceTreeModel::Burn6h),
             QString::number(burn[QStringLiteral("6h")].toDouble(), 'f', 2) + QStringLiteral("×"));
    QCOMPARE(row.siblingAtColumn(SloServiceTreeModel::Status).data(StatusRole).toString(),
             expected[QStringLiteral("status")].toString());

    // What the detail's numbers panel shows.
    const QString numbers = page->detail()->numbersText();
    const QLocale locale;
    for (const QString &shown :
         { percent(expected[QStringLiteral("sli")], 4), percent(expected[QStringLiteral("error_budget_remaining")], 2),
           percent(expected[QStringLiteral("error_budget_consumed")], 2),
           locale.toString(expected[QStringLiteral("total_events")].toDouble(), 'f', 0),
           locale.toString(expected[QStringLiteral("bad_events")].toDouble(), 'f', 0),
           locale.toString(expected[QStringLiteral("allowed_bad_events")].toDouble(), 'f', 0) })
        QVERIFY2(numbers.contains(shown), qPrintable(shown + QStringLiteral(" not in:\n") + numbers));

    // The charts drew the window, reduced to their width.
    for (TimeChartView *chart : page->detail()->charts()) {
        QVERIFY(chart->drawnPoints() > 0);
        QVERIFY(chart->drawnPoints() < 4 * 3 * (chart->width() + 4));
    }
    QVERIFY(mainWindow.grab().save(QStringLiteral(SRE_BINARY_DIR "/screenshot-slo-detail-%1.png").arg(window)));

    // A dark palette: the charts follow it (kept for people to look at).
    const QPalette light = QApplication::palette();
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    dark.setColor(QPalette::Text, QColor(0xe0, 0xe0, 0xe0));
    dark.setColor(QPalette::WindowText, QColor(0xe0, 0xe0, 0xe0));
    dark.setColor(QPalette::Button, QColor(0x3a, 0x3a, 0x3a));
    dark.setColor(QPalette::ButtonText, QColor(0xe0, 0xe0, 0xe0));
    QApplication::setPalette(dark);
    QCoreApplication::processEvents();
    QCOMPARE(page->detail()->charts().front()->chart()->backgroundBrush().color(), QColor(0x1e, 0x1e, 0x1e));
    QVERIFY(mainWindow.grab().save(QStringLiteral(SRE_BINARY_DIR "/screenshot-slo-detail-%1-dark.png").arg(window)));
    QApplication::setPalette(light);

    // Clicking an incident band opens its postmortem; the runbook is one click away.
    emit page->detail()->charts().front()->bandClicked(QStringLiteral("INC-2026-014"));
    QCOMPARE(mainWindow.currentPage(), QStringLiteral("postmortems"));
    auto *postmortems = mainWindow.findChild<QWidget *>(QStringLiteral("postmortems"))->findChild<FilterTable *>();
    QVERIFY(postmortems);
    QCOMPARE(postmortems->view()->currentIndex().data(IdRole).toString(), QStringLiteral("INC-2026-014"));
    QVERIFY(mainWindow.showPage(QStringLiteral("slos")));
    const slo::SloSpec *spec = workspace.findSlo(kSlo);
    QVERIFY(spec && !spec->runbook.isEmpty());
    emit page->detail()->runbookRequested(spec->runbook);
    QCOMPARE(mainWindow.currentPage(), QStringLiteral("runbooks"));
    auto *runbooks = mainWindow.findChild<RunbookPage *>();
    QVERIFY(runbooks);
    QTRY_COMPARE(runbooks->browser()->currentFile(),
                 QDir::cleanPath(QDir(m_workspace).absoluteFilePath(spec->runbook)));
    QVERIFY(mainWindow.showPage(QStringLiteral("slos")));

    // Review-meeting mode: full screen, arrow keys step through the SLOs, Esc leaves.
    QTest::keyClick(&mainWindow, Qt::Key_F11);
    QVERIFY(page->isMeetingMode());
    QVERIFY(mainWindow.isFullScreen());
    const QString before = page->detail()->sloId();
    QTest::keyClick(page, Qt::Key_Down);
    QVERIFY(page->detail()->sloId() != before);
    QTest::keyClick(page, Qt::Key_Up);
    QCOMPARE(page->detail()->sloId(), before);
    QTest::keyClick(page, Qt::Key_Escape);
    QVERIFY(!page->isMeetingMode());
    QVERIFY(!mainWindow.isFullScreen());
    QTest::keyClick(&mainWindow, Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(page->isMeetingMode());
    QTest::keyClick(page, Qt::Key_Escape);
    QVERIFY(!page->isMeetingMode());
}

QTEST_MAIN(TestSloDashboard)
#include "tst_slo_dashboard.moc"
