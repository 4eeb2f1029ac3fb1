// The seen-before panel on the demo workspace: INC-2025-001 names ErrorBudgetBurn in its front
// matter `alerts:`, so the panel of that alert (on its own, and as the Rules tab shows it for the
// selected rule) lists it first, with its open action items.
#include "alertcatalog.h"
#include "filtertable.h"
#include "rulestab.h"
#include "seenbeforepanel.h"
#include "workspace.h"

#include <QLabel>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace sre;

class TestSeenBeforeGui : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void panelFindsThePostmortem();
    void rulesTabShowsIt();
};

void TestSeenBeforeGui::panelFindsThePostmortem()
{
    ws::Workspace workspace;
    workspace.openBlocking(QStringLiteral(SRE_SOURCE_DIR "/resources/demo"));
    SeenBeforePanel panel(workspace);
    panel.setAlert(QStringLiteral("ErrorBudgetBurn"));
    QTRY_VERIFY_WITH_TIMEOUT(panel.isSettled(), 30000);
    const alerting::SeenBefore &s = panel.result();
    QVERIFY(!s.postmortems.empty());
    QCOMPARE(s.postmortems.front().id, QStringLiteral("INC-2025-001"));
    QCOMPARE(s.postmortems.front().strongest(), alerting::Connection::FrontMatter);
    const QString text = panel.label()->text();
    QVERIFY2(text.contains(QStringLiteral("INC-2025-001")), qPrintable(text));
    if (!s.postmortems.front().openActionItems.isEmpty())
        QVERIFY(text.contains(s.postmortems.front().openActionItems.front().action.toHtmlEscaped()));
    // Nothing selected: the panel goes away.
    panel.setAlert({});
    QVERIFY(panel.isHidden());
}

void TestSeenBeforeGui::rulesTabShowsIt()
{
    ws::Workspace workspace;
    workspace.openBlocking(QStringLiteral(SRE_SOURCE_DIR "/resources/demo"));
    AlertCatalog catalog(workspace);
    AlertRulesTab tab(workspace, catalog);
    tab.resize(1200, 800);
    tab.show();
    QSortFilterProxyModel *proxy = tab.table()->proxy();
    QTRY_VERIFY_WITH_TIMEOUT(proxy->rowCount() > 0, 30000);
    // The catalog resolves runbooks and asks the (absent) demo Prometheus for rules in the
    // background; each answer re-lists the rules (the model resets, old indexes die) and clears the
    // detail. So the row is looked up afresh and made current again until the panel has its answer.
    const auto selectErrorBudgetBurn = [&] {
        for (int r = 0; r < proxy->rowCount(); ++r)
            if (proxy->index(r, 0).data().toString() == u"ErrorBudgetBurn") {
                if (tab.table()->view()->currentIndex().row() != r)
                    tab.table()->view()->setCurrentIndex(proxy->index(r, 0));
                return true;
            }
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(!catalog.isResolving(), 30000);
    QVERIFY(selectErrorBudgetBurn());
    QVERIFY(!tab.seenBefore()->isHidden());
    QTRY_VERIFY_WITH_TIMEOUT(selectErrorBudgetBurn() && tab.seenBefore()->isSettled()
                                 && !tab.seenBefore()->result().postmortems.empty(),
                             30000);
    QCOMPARE(tab.seenBefore()->result().postmortems.front().id, QStringLiteral("INC-2025-001"));
    QVERIFY(tab.seenBefore()->isVisible());
    if (const QString shots = qEnvironmentVariable("SRE_TEST_SCREENSHOT_DIR"); !shots.isEmpty())
        tab.grab().save(shots + QStringLiteral("/seen-before.png"));
}

QTEST_MAIN(TestSeenBeforeGui)
#include "tst_seenbefore_gui.moc"
