// The History tab of the Alerts page against the real Prometheus of tst_alert_history (fixture
// `prometheus_alerts`: ALERTS series backfilled from a run list ending 2026-11-01T00:00Z). The
// expected rows are worked out here from that list (tests/integration/tst_alert_history.cpp),
// in the workspace's Asia/Tokyo (UTC+9, night 22:00-07:00):
// - HighErrorRate{service="checkout"}: 3 firings 5 days before the end, starting 14:00Z, 14:15Z
//   and 17:35Z, i.e. 23:00, 23:15 and 02:35 in Tokyo: 3 night pages;
// - DiskFilling{instance="db-1"}: 20 and 2 days before the end, at 12:00 and 10:00 Tokyo;
// - DiskFilling{instance="db-2"}: 1 firing 12 days before, at 07:00 Tokyo (day);
// - ErrorBudgetBurn: 3 and 1 day before, at 15:00 Tokyo. OldAlert fired 40 days before: never.
#include "../common/testfiles.h"
#include "alertcatalog.h"
#include "firingtimeline.h"
#include "fixtureenv.h"
#include "historytab.h"
#include "itemdatarole.h"
#include "noisiestalertsmodel.h"
#include "workspace.h"

#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace sre;

namespace {
constexpr qint64 kEnd = 1793491200; // 2026-11-01T00:00:00Z
constexpr qint64 kDay = 86400;
} // namespace

class TestAlertHistoryGui : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void noisiestTable();
    void unreachablePrometheus();

private:
    QString workspace(const QString &name, const QString &url)
    {
        return testing::prometheusWorkspace(m_dir.filePath(name), url, QStringLiteral("    timeout: 5s\n"));
    }
    QStringList column(const QSortFilterProxyModel *proxy, int column) const
    {
        QStringList out;
        for (int r = 0; r < proxy->rowCount(); ++r)
            out << proxy->index(r, column).data().toString();
        return out;
    }

    QString m_url;
    QTemporaryDir m_dir;
};

void TestAlertHistoryGui::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_url = testing::fixtureUrl("SRE_TEST_PROMETHEUS_ALERTS_URL_FILE");
    QVERIFY2(!m_url.isEmpty(), "no fixture Prometheus (SRE_TEST_PROMETHEUS_ALERTS_URL_FILE)");
}

void TestAlertHistoryGui::noisiestTable()
{
    ws::Workspace w;
    w.openBlocking(workspace(QStringLiteral("history"), m_url));
    AlertCatalog catalog(w);
    HistoryTab tab(w, catalog);
    tab.setEnd(kEnd);
    tab.resize(1200, 700);
    QSignalSpy loaded(&tab, &HistoryTab::loaded);
    tab.show(); // the first show loads the default period, 30 days
    QVERIFY(loaded.wait(60000));
    QVERIFY2(tab.model()->history().ok(), qPrintable(tab.statusLabel()->text()));
    QCOMPARE(tab.model()->history().to - tab.model()->history().from, 30 * kDay);
    QCOMPARE(tab.model()->rowCount(), 4);

    QSortFilterProxyModel *proxy = tab.proxy();
    // By night-time pages, most first: only HighErrorRate pages at night.
    tab.view()->sortByColumn(NoisiestAlertsModel::NightPages, Qt::DescendingOrder);
    QCOMPARE(proxy->index(0, NoisiestAlertsModel::Alert).data().toString(), QStringLiteral("HighErrorRate"));
    QCOMPARE(proxy->index(0, NoisiestAlertsModel::NightPages).data().toInt(), 3);
    QCOMPARE(proxy->index(1, NoisiestAlertsModel::NightPages).data().toInt(), 0);
    // By pages per week, fewest first: DiskFilling on db-2 fired once (7/30 pages a week).
    tab.view()->sortByColumn(NoisiestAlertsModel::PagesPerWeek, Qt::AscendingOrder);
    QCOMPARE(proxy->index(0, NoisiestAlertsModel::Alert).data().toString(), QStringLiteral("DiskFilling"));
    QVERIFY(proxy->index(0, NoisiestAlertsModel::Labels).data().toString().contains(QStringLiteral("db-2")));
    QCOMPARE(proxy->index(0, NoisiestAlertsModel::PagesPerWeek).data(SortRole).toDouble(), 7.0 / 30.0);
    QCOMPARE(proxy->index(3, NoisiestAlertsModel::Alert).data().toString(), QStringLiteral("HighErrorRate"));

    // Selecting a row shows its firings on the timeline.
    tab.view()->setCurrentIndex(proxy->index(3, 0));
    const std::vector<alerting::Firing> &firings = tab.timeline()->firings();
    QCOMPARE(firings.size(), size_t(3));
    QCOMPARE(firings[0].start, kEnd - 5 * kDay + 14 * 3600);
    QCOMPARE(firings[0].duration(), qint64(5 * 60));
    const QRectF r = tab.timeline()->firingRect(firings[2]);
    QVERIFY(r.left() > tab.timeline()->width() * 0.8); // 5 days before the end of 30

    if (const QString shots = qEnvironmentVariable("SRE_TEST_SCREENSHOT_DIR"); !shots.isEmpty())
        tab.grab().save(shots + QStringLiteral("/alert-history.png"));

    // 7 days: HighErrorRate, DiskFilling on db-1 (2 days before) and ErrorBudgetBurn.
    loaded.clear();
    tab.periodBox()->setCurrentIndex(tab.periodBox()->findData(7));
    QVERIFY(loaded.wait(60000));
    QCOMPARE(tab.model()->rowCount(), 3);
    QStringList names = column(proxy, NoisiestAlertsModel::Alert);
    names.sort();
    QCOMPARE(names,
             (QStringList { QStringLiteral("DiskFilling"), QStringLiteral("ErrorBudgetBurn"),
                            QStringLiteral("HighErrorRate") }));
}

void TestAlertHistoryGui::unreachablePrometheus()
{
    ws::Workspace w;
    w.openBlocking(workspace(QStringLiteral("dead"), QStringLiteral("http://127.0.0.1:1")));
    AlertCatalog catalog(w);
    HistoryTab tab(w, catalog);
    tab.setEnd(kEnd);
    QSignalSpy loaded(&tab, &HistoryTab::loaded);
    tab.show();
    QVERIFY(loaded.wait(60000));
    QVERIFY(!tab.model()->history().ok());
    QCOMPARE(tab.model()->rowCount(), 0);
    QVERIFY2(tab.statusLabel()->text().contains(QStringLiteral("not available")),
             qPrintable(tab.statusLabel()->text()));
}

QTEST_MAIN(TestAlertHistoryGui)
#include "tst_alerthistory_gui.moc"
