// The on-call engineer's own acks and notifications on the Alerts page, against the real
// Alertmanager pair (the alertmanager_pair fixture): a clicked desktop notification selects its
// alert in Firing now; "My acks" in the Silences tab; the "Keep alive while firing" box. Offscreen;
// every wait is on a condition. (tst_alerts_gui has the page's other cases.)
#include "../common/alertmanagertestutil.h"
#include "ackkeepalive.h"
#include "alertsconsole.h"
#include "alertspage.h"
#include "alertsviewutil.h"
#include "datasourcehealth.h"
#include "firingtab.h"
#include "fixtureenv.h"
#include "mainwindow.h"
#include "settings.h"
#include "silencestab.h"
#include "traynotifier.h"
#include "workspace.h"

#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>
#include <QUuid>

using namespace sre;
using alerting::LabelSet;
using testing::findGroup;
using testing::postAlerts;
using testing::postSilence;
using testing::selectOnly;
using testing::stateOf;

class TestAlertsAcksGui : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void trayClickSelectsTheExactAlert();
    void myAcksListsOwnAcksWithAgeAndTimeLeft();
    void ackWithKeepAliveIsMarkedAsThisConsoles();
    void cleanupTestCase();

private:
    void waitForRows();

    QString m_am1, m_am2;
    QString m_run; // a label value unique to this run, so earlier runs' alerts do not count
    QTemporaryDir m_dir;
    testing::AlertsConsole m_console;
};

void TestAlertsAcksGui::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_am1 = testing::fixtureUrl("SRE_TEST_AM1_URL_FILE");
    m_am2 = testing::fixtureUrl("SRE_TEST_AM2_URL_FILE");
    QVERIFY2(!m_am1.isEmpty() && !m_am2.isEmpty(), "the alertmanager_pair fixture did not start");
    m_run = testing::newRunId();

    const auto labels = [this](const QString &name, const char *severity, const QString &instance) {
        return testing::runLabels(name, QString::fromLatin1(severity), instance, m_run);
    };
    // Two disks of one alert name, one of them silenced; before them (criticals sort first) 300
    // critical alerts in 20 groups, so that the tree has to scroll to reach the disks.
    QList<LabelSet> alerts = { labels(QStringLiteral("GuiDiskFull"), "warning", QStringLiteral("node-a")),
                               labels(QStringLiteral("GuiDiskFull"), "warning", QStringLiteral("node-b")) };
    for (int i = 0; i < 300; ++i)
        alerts << labels(QStringLiteral("GuiAcksFiller%1").arg(i % 20), "critical", QStringLiteral("host-%1").arg(i));
    postAlerts(m_am1, alerts);
    postAlerts(m_am2, alerts);
    QVERIFY(!postSilence(m_am1, alerts[1], QStringLiteral("ayumi")).isEmpty());

    QVERIFY(m_console.open(m_dir.path(), QStringLiteral("acks gui"), m_am1, m_am2));
}

void TestAlertsAcksGui::waitForRows()
{
    FiringTab *tab = m_console.page->firingTab();
    tab->filterEdit()->setText(QStringLiteral("run=\"%1\"").arg(m_run));
    QTRY_VERIFY_WITH_TIMEOUT(tab->model()->visibleAlertCount() == 302, 30000);
}

// Clicking a desktop notification: the Alerts page, Firing now, that very alert selected and
// scrolled to, although a filter hid it and hundreds of rows come before it.
void TestAlertsAcksGui::trayClickSelectsTheExactAlert()
{
    waitForRows();
    FiringTab *tab = m_console.page->firingTab();
    QString fingerprint;
    for (const alerting::Alert &a : m_console.window->alertPoller()->snapshot().alerts)
        if (a.labels.value(QStringLiteral("run")) == m_run && a.labels.value(QStringLiteral("instance")) == u"node-b")
            fingerprint = a.fingerprint;
    QVERIFY(!fingerprint.isEmpty());
    tab->filterEdit()->setText(QStringLiteral("severity=\"critical\""));
    QVERIFY(!tab->model()->indexOfFingerprint(fingerprint).isValid());
    QVERIFY(m_console.window->showPage(QStringLiteral("postmortems")));

    auto *tray = m_console.window->findChild<TrayNotifier *>();
    QVERIFY(tray);
    emit tray->openAlertRequested(fingerprint);

    QCOMPARE(m_console.window->currentPage(), QStringLiteral("alerts"));
    QCOMPARE(m_console.page->currentTab(), AlertsPage::Firing);
    QVERIFY(tab->filterEdit()->text().isEmpty());
    const QModelIndex index = tab->model()->indexOfFingerprint(fingerprint);
    QVERIFY(index.isValid());
    QCOMPARE(tab->view()->currentIndex().siblingAtColumn(0), index.siblingAtColumn(0));
    const QModelIndexList selected = tab->view()->selectionModel()->selectedRows();
    QCOMPARE(selected.size(), 1);
    QCOMPARE(selected.first(), index.siblingAtColumn(0));
    QVERIFY(tab->view()->isExpanded(index.parent()));
    QTRY_VERIFY(tab->view()->viewport()->rect().contains(tab->view()->visualRect(index).center()));
    QCOMPARE(tab->selectedAlerts().size(), std::size_t(1));
    QCOMPARE(tab->selectedAlerts().front().fingerprint, fingerprint);
}

// "My acks": only the user's own acks in force, each with its age and the time it has left.
void TestAlertsAcksGui::myAcksListsOwnAcksWithAgeAndTimeLeft()
{
    const QString probe = QStringLiteral("MyAcksProbe-") + m_run;
    const auto labels = [&](const char *which) {
        return LabelSet { { QStringLiteral("alertname"), probe },
                          { QStringLiteral("which"), QString::fromLatin1(which) } };
    };
    const QString mine = postSilence(m_am1, labels("mine"), QStringLiteral("gui-tester"), QStringLiteral("ACK: mine"));
    QVERIFY(!mine.isEmpty());
    QVERIFY(!postSilence(m_am1, labels("theirs"), QStringLiteral("ben"), QStringLiteral("ACK: theirs")).isEmpty());
    QVERIFY(
        !postSilence(m_am1, labels("plain"), QStringLiteral("gui-tester"), QStringLiteral("maintenance")).isEmpty());
    m_console.window->alertPoller()->refreshNow();

    m_console.page->showTab(AlertsPage::Silences);
    SilencesTab *silences = m_console.page->silencesTab();
    silences->filterEdit()->setText(probe);
    QTRY_COMPARE_WITH_TIMEOUT(silences->view()->topLevelItemCount(), 3, 20000);
    silences->myAcksBox()->setChecked(true);
    QVERIFY(silences->myAcksOnly());
    QCOMPARE(silences->view()->topLevelItemCount(), 1);
    const QTreeWidgetItem *row = silences->view()->topLevelItem(0);
    QCOMPARE(row->data(0, Qt::UserRole).toString(), mine);
    QCOMPARE(row->text(SilencesTab::State), QStringLiteral("ack"));
    QVERIFY2(row->text(SilencesTab::EndsIn).startsWith(u"in "), qPrintable(row->text(SilencesTab::EndsIn)));
    QVERIFY2(!row->text(SilencesTab::Age).isEmpty(), "the age is shown");
    QVERIFY(!silences->view()->isColumnHidden(SilencesTab::Age));

    // Someone else's "me": their ack, not this one.
    m_console.settings->setMe(QStringLiteral("ben"));
    QCOMPARE(silences->view()->topLevelItemCount(), 1);
    QVERIFY(silences->view()->topLevelItem(0)->text(SilencesTab::Comment).contains(u"theirs"));
    m_console.settings->setMe(QStringLiteral("gui-tester"));
    silences->filterEdit()->setText(QStringLiteral("no such silence ") + m_run);
    QVERIFY(silences->findChild<QLabel *>(QStringLiteral("silencesEmpty"))->isVisibleTo(silences));
    silences->myAcksBox()->setChecked(false);
    silences->filterEdit()->clear();
}

// The "Keep alive while firing" box is the setting, and an ack made with it names this console
// as the one that extends it (tst_ack_keepalive has the extending itself).
void TestAlertsAcksGui::ackWithKeepAliveIsMarkedAsThisConsoles()
{
    waitForRows();
    FiringTab *tab = m_console.page->firingTab();
    m_console.settings->setAckKeepAlive(false); // the test-mode settings file outlives a run
    QVERIFY(!tab->keepAliveBox()->isChecked());
    tab->keepAliveBox()->setChecked(true);
    QVERIFY(m_console.settings->ackKeepAlive());
    QVERIFY(tab->keepAlive());
    QCOMPARE(alerting::AckKeepAlive::forPoller(*m_console.window->alertPoller()), tab->keepAlive());

    QAbstractItemModel *model = tab->view()->model();
    // In GuiDiskFull node-b is silenced, node-a is not.
    const QModelIndex disk = findGroup(model, QStringLiteral("GuiDiskFull"));
    QVERIFY(disk.isValid());
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(model, findGroup(model, QStringLiteral("GuiDiskFull")), QStringLiteral("node-a")),
                              QStringLiteral("active"), 20000);
    tab->view()->setFocus();
    selectOnly(tab->view(), findGroup(model, QStringLiteral("GuiDiskFull")));
    QTest::keyClick(tab->view(), Qt::Key_A);

    m_console.page->showTab(AlertsPage::Silences);
    SilencesTab *silences = m_console.page->silencesTab();
    silences->filterEdit()->setText(m_run);
    silences->setMyAcksOnly(true);
    QTreeWidgetItem *ack = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT(
        (ack = [&]() -> QTreeWidgetItem * {
            for (int i = 0; i < silences->view()->topLevelItemCount(); ++i)
                if (silences->view()->topLevelItem(i)->text(SilencesTab::Matchers).contains(u"node-a"))
                    return silences->view()->topLevelItem(i);
            return nullptr;
        }()),
        20000);
    QVERIFY2(ack->toolTip(SilencesTab::Comment)
                 .endsWith(QStringLiteral("[keep-alive: %1]").arg(tab->keepAlive()->instance())),
             qPrintable(ack->toolTip(SilencesTab::Comment)));
    tab->keepAliveBox()->setChecked(false);
    QVERIFY(!m_console.settings->ackKeepAlive());

    // Leave node-a unacked: expired, the ack leaves My acks.
    const QString ackId = ack->data(0, Qt::UserRole).toString();
    silences->view()->clearSelection();
    ack->setSelected(true);
    QPointer<QMessageBox> box = silences->expireSelected();
    QVERIFY(box);
    box->button(QMessageBox::Yes)->click();
    QTRY_VERIFY_WITH_TIMEOUT(!silences->itemOf(ackId), 20000);
    silences->setMyAcksOnly(false);
}

void TestAlertsAcksGui::cleanupTestCase()
{
    m_console.window.reset();
}

QTEST_MAIN(TestAlertsAcksGui)
#include "tst_alerts_acks_gui.moc"
