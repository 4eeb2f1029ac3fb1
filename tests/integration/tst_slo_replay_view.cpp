// The Replay tab of the SLO detail (widgets/slo/sloreplayview), offscreen, against the fixture
// Prometheus: it replays off the GUI thread, fills the per-tier table, and applies "what if" edits.
#include "demoworkspace.h"
#include "fixtureenv.h"
#include "replaytable.h"
#include "slodetailview.h"
#include "sloreplayview.h"
#include "workspace.h"

#include <QComboBox>
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
    void twoSettingsSideBySide();
    void groupsReplayOneByOne();

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
    QCOMPARE(view.table()->item(0, ReplayTable::DetectedColumn)->text(), QStringLiteral("1/1"));
    QVERIFY(view.table()->isColumnHidden(ReplayTable::SettingColumn)); // nothing to compare with
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

// "Keep as A", then a replay with page-fast's factor raised out of reach: the table holds A's row
// and B's beneath it for every tier, B's figures that changed are bold with A's in the tooltip,
// and each row's figures are those of its own result.
void TestSloReplayView::twoSettingsSideBySide()
{
    SloReplayView view(m_workspace);
    view.setSlo(*m_workspace.findSlo(QStringLiteral("myapp-api/availability")), testing::historyEnd());
    QVERIFY(runAndWait(view));
    QVERIFY2(view.result().has_value(), qPrintable(view.statusText()));
    view.keepAsA();
    QVERIFY(view.kept().has_value());
    view.whatIf()->setText(QStringLiteral("page-fast:factor=1000"));
    QVERIFY(runAndWait(view));
    QVERIFY2(view.result().has_value(), qPrintable(view.statusText()));
    const replay::ReplayResult &a = *view.kept();
    const replay::ReplayResult &b = *view.result();
    QCOMPARE(a.tiers.size(), std::size_t(4));
    QCOMPARE(b.tiers.size(), std::size_t(4));
    QCOMPARE(a.tiers.front().tier.factor, 14.4);
    QCOMPARE(b.tiers.front().tier.factor, 1000.0);

    const ReplayTable &table = *view.table();
    QVERIFY(!table.isColumnHidden(ReplayTable::SettingColumn));
    QCOMPARE(table.rowCount(), 8);
    const auto text = [&](int row, int column) { return table.item(row, column)->text(); };
    for (int i = 0; i < 4; ++i) {
        const replay::TierReplay &ta = a.tiers[std::size_t(i)];
        const replay::TierReplay &tb = b.tiers[std::size_t(i)];
        QCOMPARE(text(2 * i, ReplayTable::TierColumn), ta.tier.tier.name);
        QCOMPARE(text(2 * i, ReplayTable::SettingColumn), QStringLiteral("A"));
        QCOMPARE(text(2 * i + 1, ReplayTable::TierColumn), tb.tier.tier.name);
        QCOMPARE(text(2 * i + 1, ReplayTable::SettingColumn), QStringLiteral("B"));
        QCOMPARE(text(2 * i, ReplayTable::FiringsColumn), QString::number(ta.firings.size()));
        QCOMPARE(text(2 * i + 1, ReplayTable::FiringsColumn), QString::number(tb.firings.size()));
        const bool changed = ta.firings.size() != tb.firings.size();
        QCOMPARE(table.item(2 * i + 1, ReplayTable::FiringsColumn)->font().bold(), changed);
        QCOMPARE(table.item(2 * i, ReplayTable::FiringsColumn)->font().bold(), false);
    }
    // Only page-fast changed: it no longer fires, so the incident is missed; the others are equal.
    QCOMPARE(text(1, ReplayTable::FiringsColumn), QStringLiteral("0"));
    QCOMPARE(text(1, ReplayTable::DetectedColumn), QStringLiteral("0/1"));
    QCOMPARE(table.item(1, ReplayTable::FiringsColumn)->toolTip(), QStringLiteral("A: 1"));
    QCOMPARE(table.item(3, ReplayTable::FiringsColumn)->font().bold(), false);
    // A picture of the comparison for a person to judge, when asked for.
    if (const QString dir = qEnvironmentVariable("SRE_TEST_SHOT_DIR"); !dir.isEmpty()) {
        view.resize(1280, 760);
        view.show();
        QVERIFY(view.grab().save(dir + QStringLiteral("/replay-compare.png")));
    }

    view.stopComparing();
    QVERIFY(!view.kept().has_value());
    QCOMPARE(table.rowCount(), 4);
    QVERIFY(table.isColumnHidden(ReplayTable::SettingColumn));
}

QTEST_MAIN(TestSloReplayView)

// An SLO with groups (checkout by route): the first run replays all routes together and offers
// each route, most firings first; choosing one replays that route's own events, as its own alert.
void TestSloReplayView::groupsReplayOneByOne()
{
    SloReplayView view(m_workspace);
    const slo::SloSpec *checkout = m_workspace.findSlo(QStringLiteral("checkout/availability"));
    QVERIFY(checkout);
    slo::SloSpec spec = *checkout;
    spec.groupBy = QStringList { QStringLiteral("handler") };
    view.setSlo(spec, testing::historyEnd());
    QVERIFY(view.groupChoice()->isHidden());
    QVERIFY(runAndWait(view));
    QVERIFY2(view.result().has_value(), qPrintable(view.statusText()));
    QVERIFY(view.result()->group.isEmpty());
    QComboBox *choice = view.groupChoice();
    QVERIFY(!choice->isHidden());
    QCOMPARE(choice->count(), 4); // all together, /cart, /confirm, /pay
    QCOMPARE(choice->currentIndex(), 0);

    for (int i = 1; i < choice->count(); ++i) {
        choice->setCurrentIndex(i);
        QSignalSpy finished(&view, &SloReplayView::finished);
        emit choice->activated(i);
        QVERIFY(finished.count() > 0 || finished.wait(120000));
        QVERIFY2(view.result().has_value(), qPrintable(view.statusText()));
        const QString key = choice->itemData(i).toString();
        QCOMPARE(replay::groupText(view.result()->group, spec.groupBy), key);
        QCOMPARE(choice->currentIndex(), i); // the list, refilled, keeps the choice
        QVERIFY2(view.statusText().contains(key), qPrintable(view.statusText()));
        int firings = 0;
        for (const replay::TierReplay &t : view.result()->tiers)
            firings += int(t.firings.size());
        // The item says how often that route's tiers fired: the result shown is that route's.
        QVERIFY2(choice->itemText(i).contains(QStringLiteral("— %1 ").arg(firings)), qPrintable(choice->itemText(i)));
    }
}

#include "tst_slo_replay_view.moc"
