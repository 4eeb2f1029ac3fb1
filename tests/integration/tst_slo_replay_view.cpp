// The Replay tab of the SLO detail (widgets/slo/sloreplayview), offscreen, against the fixture
// Prometheus: it replays off the GUI thread, fills the per-tier table, and applies "what if" edits.
#include "demoworkspace.h"
#include "fixtureenv.h"
#include "slodetailview.h"
#include "sloreplayview.h"
#include "workspace.h"

#include <QLineEdit>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace sre;

class TestSloReplayView final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void replaysTheIncidentOffTheGuiThread();
    void whatIfEdits();

private:
    bool runAndWait(SloReplayView &view);

    QTemporaryDir m_dir;
    ws::Workspace m_workspace;
};

void TestSloReplayView::initTestCase()
{
    const QString url = testing::fixtureUrl("SRE_TEST_PROMETHEUS_URL_FILE");
    QVERIFY2(!url.isEmpty(), "the prometheus fixture did not write its URL");
    QVERIFY(m_dir.isValid());
    QVERIFY(testing::makeDemoWorkspace(m_dir.path(), url, true, QStringLiteral("60s")));
    m_workspace.openBlocking(m_dir.path());
    QVERIFY(m_workspace.findSlo(QStringLiteral("myapp-api/availability")));
}

bool TestSloReplayView::runAndWait(SloReplayView &view)
{
    QSignalSpy finished(&view, &SloReplayView::finished);
    view.run();
    return finished.count() > 0 || finished.wait(120000);
}

// The last 30 days of the history hold INC-2025-001 (myapp-api, 9 days before its end): every
// tier fires once, for it.
void TestSloReplayView::replaysTheIncidentOffTheGuiThread()
{
    SloDetailView detail(m_workspace);
    SloReplayView &view = *detail.replayView();
    view.setSlo(*m_workspace.findSlo(QStringLiteral("myapp-api/availability")), testing::historyEnd());
    detail.showReplayTab();
    detail.resize(1200, 800);
    detail.show();
    QSignalSpy finished(&view, &SloReplayView::finished);
    view.run();
    QVERIFY(view.isRunning()); // the fetch and the evaluation do not block the caller
    QVERIFY(finished.wait(120000));
    QVERIFY2(view.result().has_value(), qPrintable(view.statusText()));
    const replay::ReplayResult &r = *view.result();
    QCOMPARE(r.tiers.size(), std::size_t(4));
    QCOMPARE(r.incidents.size(), std::size_t(1));
    QCOMPARE(r.incidents.front().id, QStringLiteral("INC-2025-001"));
    for (const replay::TierReplay &t : r.tiers) {
        QCOMPARE(t.firings.size(), std::size_t(1));
        QCOMPARE(t.missed, 0);
        QCOMPARE(t.withoutIncident, 0);
    }
    QCOMPARE(view.table()->rowCount(), 4);
    QCOMPARE(view.table()->item(0, 0)->text(), QStringLiteral("page-fast"));
    QCOMPARE(view.table()->item(0, 6)->text(), QStringLiteral("1/1"));
    // The burn-rate curves behind the chart: page-fast's 1h window crosses 14.4 where it fired.
    QCOMPARE(view.curves().size(), std::size_t(4));
    const series::TimeSeries &hour = *view.curves().front().longBurn;
    const qint64 fired = r.tiers.front().firings.front().start;
    const auto at = std::find(hour.t.begin(), hour.t.end(), double(fired));
    QVERIFY(at != hour.t.end());
    QVERIFY(hour.v[std::size_t(at - hour.t.begin())] >= 14.4);
    QVERIFY(hour.v[std::size_t(at - hour.t.begin()) - 1] < 14.4
            || (*view.curves().front().shortBurn).v[std::size_t(at - hour.t.begin()) - 1] < 14.4);
}

void TestSloReplayView::whatIfEdits()
{
    SloReplayView view(m_workspace);
    view.setSlo(*m_workspace.findSlo(QStringLiteral("myapp-api/availability")), testing::historyEnd());
    // A factor no burn reaches (30 % errors burn 300), and a new tier.
    view.whatIf()->setText(QStringLiteral("page-fast:factor=1000; fast30:long=30m,short=5m,share=2%"));
    QVERIFY(runAndWait(view));
    QVERIFY2(view.result().has_value(), qPrintable(view.statusText()));
    QCOMPARE(view.result()->tiers.size(), std::size_t(5));
    QCOMPARE(view.result()->tiers.front().firings.size(), std::size_t(0));
    QCOMPARE(view.result()->tiers.front().missed, 1);
    QCOMPARE(view.result()->tiers.back().tier.tier.name, QStringLiteral("fast30"));
    QCOMPARE(view.table()->rowCount(), 5);

    view.whatIf()->setText(QStringLiteral("page-fast:factor=-2"));
    QVERIFY(runAndWait(view));
    QVERIFY2(view.statusText().contains(QStringLiteral("factor")), qPrintable(view.statusText()));
}

QTEST_MAIN(TestSloReplayView)
#include "tst_slo_replay_view.moc"
