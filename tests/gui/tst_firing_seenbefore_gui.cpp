// "Seen before" on the Firing now tab: a copy of the demo workspace whose Alertmanager is the
// fixture's (alertmanager_pair). ErrorBudgetBurn, POSTed the way Prometheus sends it, is named in
// INC-2025-001's front matter `alerts:`, so selecting it shows that postmortem below the list, the
// same panel class as the Rules tab. A poll that keeps the selection does not start the panel over;
// a group of different alerts and no selection show a hint instead.
#include "../common/alertmanagertestutil.h"
#include "../common/testfiles.h"
#include "alertmanagerpoller.h"
#include "alertsviewutil.h"
#include "firingalertsmodel.h"
#include "firingtab.h"
#include "fixtureenv.h"
#include "seenbeforepanel.h"
#include "settings.h"
#include "workspace.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSplitter>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUuid>

using namespace sre;
using alerting::LabelSet;

class TestFiringSeenBeforeGui : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void selectedAlertShowsItsPostmortem();
};

void TestFiringSeenBeforeGui::selectedAlertShowsItsPostmortem()
{
    const QString am1 = testing::fixtureUrl("SRE_TEST_AM1_URL_FILE");
    QVERIFY2(!am1.isEmpty(), "the alertmanager_pair fixture did not start");
    // The demo, its Alertmanager the fixture's and its Prometheus a port that refuses (the history
    // part of the panel is tst_alerthistory_gui's; here it says why there is none).
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const QString deadProm = QStringLiteral("http://127.0.0.1:%1").arg(probe.serverPort());
    probe.close();
    QTemporaryDir dir;
    QVERIFY(testing::copyDir(QStringLiteral(SRE_SOURCE_DIR "/resources/demo"), dir.path()));
    QFile yaml(dir.filePath(QStringLiteral("workspace.yaml")));
    QVERIFY(yaml.open(QIODevice::ReadOnly));
    QString text = QString::fromUtf8(yaml.readAll());
    yaml.close();
    text.replace(QRegularExpression(QStringLiteral("(type: prometheus\\s*\\n\\s*url: )\\S+")),
                 QStringLiteral("\\1") + deadProm);
    text.replace(QRegularExpression(QStringLiteral("(type: alertmanager\\s*\\n\\s*url: )\\S+")),
                 QStringLiteral("\\1") + am1);
    QVERIFY(text.contains(am1) && text.contains(deadProm));
    QVERIFY(yaml.open(QIODevice::WriteOnly | QIODevice::Truncate));
    yaml.write(text.toUtf8());
    yaml.close();

    const QString run = QUuid::createUuid().toString(QUuid::Id128).left(12);
    const auto labels = [&](const char *name, const char *severity) {
        return LabelSet { { QStringLiteral("alertname"), QString::fromLatin1(name) },
                          { QStringLiteral("severity"), QString::fromLatin1(severity) },
                          { QStringLiteral("service"), QStringLiteral("myapp-api") },
                          { QStringLiteral("run"), run } };
    };
    testing::postAlerts(am1, { labels("ErrorBudgetBurn", "critical"), labels("SeenBeforeOther", "critical") });

    ws::Workspace workspace;
    workspace.openBlocking(dir.path());
    Settings settings;
    alerting::AlertmanagerPoller poller;
    poller.setDatasources({ testing::am(QStringLiteral("alerts"), am1) });
    FiringTab tab(workspace, poller, settings);
    tab.resize(1280, 700);
    tab.show();
    tab.filterEdit()->setText(QStringLiteral("run=\"%1\"").arg(run)); // only this run's alerts
    tab.groupByBox()->setEditText(QStringLiteral("severity"));
    emit tab.groupByBox()->lineEdit()->editingFinished();
    poller.start();
    QTreeView *view = tab.view();
    FiringAlertsModel *model = tab.model();
    QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() == 1 && model->rowCount(model->index(0, 0)) == 2, 30000);

    // Nothing selected: a hint, no panel.
    QVERIFY(tab.seenBefore()->isHidden());
    QLabel *hint = tab.findChild<QLabel *>(QStringLiteral("seenBeforeHint"));
    QVERIFY(hint && hint->isVisible());

    // The group holds two different alert names: still a hint, which says so.
    const QModelIndex group = model->index(0, 0);
    testing::selectOnly(view, group);
    QVERIFY(tab.seenBefore()->isHidden());
    QVERIFY(hint->isVisible());
    const QString groupHint = hint->text();

    // The ErrorBudgetBurn row: its postmortem.
    QModelIndex row;
    for (int r = 0; r < model->rowCount(group); ++r)
        if (model->alertsAt(model->index(r, 0, group)).front().name() == u"ErrorBudgetBurn")
            row = model->index(r, 0, group);
    QVERIFY(row.isValid());
    testing::selectOnly(view, row);
    QVERIFY(!tab.seenBefore()->isHidden());
    QVERIFY(!hint->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(tab.seenBefore()->isSettled(), 30000);
    const alerting::SeenBefore &seen = tab.seenBefore()->result();
    QVERIFY(!seen.postmortems.empty());
    QCOMPARE(seen.postmortems.front().id, QStringLiteral("INC-2025-001"));
    QCOMPARE(seen.postmortems.front().strongest(), alerting::Connection::FrontMatter);
    QVERIFY(tab.seenBefore()->label()->text().contains(QStringLiteral("INC-2025-001")));
    QVERIFY(tab.seenBefore()->isVisible()); // below the list, not collapsed away
    QVERIFY(tab.splitter()->sizes().value(1) > 0);

    // A link in the panel opens the postmortem (through the page).
    QSignalSpy requested(&tab, &FiringTab::postmortemRequested);
    emit tab.seenBefore()->label()->linkActivated(QStringLiteral("pm:INC-2025-001"));
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.front().front().toString(), QStringLiteral("INC-2025-001"));

    // Polls reset the model; the selection stays, and the panel is not asked again.
    QSignalSpy updated(tab.seenBefore(), &SeenBeforePanel::updated);
    testing::refresh(poller);
    testing::refresh(poller);
    QCOMPARE(model->alertsAt(view->currentIndex()).front().name(), QStringLiteral("ErrorBudgetBurn"));
    QVERIFY(tab.seenBefore()->isSettled());
    QCOMPARE(updated.count(), 0);

    // Another alert: the panel follows it (no postmortem names SeenBeforeOther in front matter).
    for (int r = 0; r < model->rowCount(group); ++r)
        if (model->alertsAt(model->index(r, 0, model->index(0, 0))).front().name() == u"SeenBeforeOther")
            testing::selectOnly(view, model->index(r, 0, model->index(0, 0)));
    QTRY_VERIFY_WITH_TIMEOUT(updated.count() > 0 && tab.seenBefore()->isSettled(), 30000);
    for (const alerting::SeenPostmortem &p : tab.seenBefore()->result().postmortems)
        QVERIFY(p.strongest() != alerting::Connection::FrontMatter);

    if (const QString shots = qEnvironmentVariable("SRE_TEST_SCREENSHOT_DIR"); !shots.isEmpty())
        tab.grab().save(shots + QStringLiteral("/firing-seen-before.png"));

    // Nothing selected again: the hint, which differs from the group's.
    view->selectionModel()->clear();
    QTRY_VERIFY(tab.seenBefore()->isHidden());
    QVERIFY(hint->isVisible());
    QVERIFY(hint->text() != groupHint);
}

QTEST_MAIN(TestFiringSeenBeforeGui)
#include "tst_firing_seenbefore_gui.moc"
