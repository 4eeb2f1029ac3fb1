// The Alerts page against two real Alertmanagers gossiping on loopback (the alertmanager_pair
// fixture): alerts POSTed the way Prometheus sends them show up grouped in Firing now with their
// silenced state; a silence made through the form (fields set here, then OK) shows up in the
// Silences tab; ack, extend and expire go through the real servers too. Offscreen; every wait is
// on a condition.
#include "../common/alertmanagertestutil.h"
#include "alertmanagerjson.h"
#include "alertmanagerpoller.h"
#include "alertsconsole.h"
#include "alertspage.h"
#include "alertsviewutil.h"
#include "checklistpanel.h"
#include "datasourcehealth.h"
#include "firingalertsmodel.h"
#include "firingtab.h"
#include "fixtureenv.h"
#include "i18n.h"
#include "mainwindow.h"
#include "postmortemeditor.h"
#include "postmortempage.h"
#include "runbookbrowser.h"
#include "runbookpage.h"
#include "settings.h"
#include "silencedialog.h"
#include "silencestab.h"
#include "workspace.h"

#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
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

namespace {

// As Prometheus posts them in this test: fired two minutes ago, endsAt ten minutes ahead.
const testing::PostedAlertShape kShape { 120, 600, {} };

} // namespace

class TestAlertsGui : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void firingShowsGroupsAndSilencedState();
    void enterOpensTheRunbook();
    void filterErrorNamesTheBadMatcher();
    void savedFiltersAndCopyAsMarkdown();
    void silenceThroughTheFormShowsInSilencesTab();
    void silencePreviewAsksAlertmanager();
    void japaneseScreenshots_data();
    void japaneseScreenshots();
    void ackExtendAndExpire();
    void bulkExpireWhatTheFilterShows();
    void silenceStatesMarksAndEdit();
    void alertmanagerRefusalIsShownAsIs();
    void deadPeerShowsStaleBannerAndKeepsRows();
    void refilterAt5000AlertsStaysInteractive();
    void declareIncidentWritesDraftAndOpensEditor();
    void pollIntervalFromTheWorkspace();
    void japaneseFormAndDraft();
    void cleanupTestCase();

private:
    void waitForRows();

    QString m_am1, m_am2;
    QString m_run; // a label value unique to this run, so earlier runs' alerts do not count
    QTemporaryDir m_dir;
    testing::AlertsConsole m_console;
};

void TestAlertsGui::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_am1 = testing::fixtureUrl("SRE_TEST_AM1_URL_FILE");
    m_am2 = testing::fixtureUrl("SRE_TEST_AM2_URL_FILE");
    QVERIFY2(!m_am1.isEmpty() && !m_am2.isEmpty(), "the alertmanager_pair fixture did not start");
    m_run = testing::newRunId();

    const auto labels = [this](const char *name, const char *severity, const char *instance) {
        return testing::runLabels(QString::fromLatin1(name), QString::fromLatin1(severity),
                                  QString::fromLatin1(instance), m_run);
    };
    // Two disks of one alert name (one group, differing instance), one API alert; to both peers,
    // as an HA Prometheus pair would.
    const QList<LabelSet> alerts
        = { labels("GuiDiskFull", "warning", "node-a"), labels("GuiDiskFull", "warning", "node-b"),
            labels("GuiApiDown", "critical", "api-1") };
    postAlerts(m_am1, alerts, kShape);
    postAlerts(m_am2, alerts, kShape);
    QVERIFY(!postSilence(m_am1, alerts[1], QStringLiteral("ayumi")).isEmpty());

    // A runbook for one of them, found by its alert name (Enter opens it).
    QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("runbooks")));
    QFile runbook(m_dir.filePath(QStringLiteral("runbooks/GuiApiDown.md")));
    QVERIFY(runbook.open(QIODevice::WriteOnly));
    runbook.write("# GuiApiDown\n\nThe API does not answer.\n");
    runbook.close();
    QVERIFY(m_console.open(m_dir.path(), QStringLiteral("alerts gui"), m_am1, m_am2));
    QCOMPARE(m_console.page->currentTab(), AlertsPage::Firing);
    QCOMPARE(m_console.window->alertPoller()->datasourceNames(),
             (QStringList { QStringLiteral("am1"), QStringLiteral("am2") }));
}

void TestAlertsGui::waitForRows()
{
    FiringTab *tab = m_console.page->firingTab();
    tab->filterEdit()->setText(QStringLiteral("run=\"%1\"").arg(m_run));
    QTRY_VERIFY_WITH_TIMEOUT(tab->model()->visibleAlertCount() == 3, 30000);
}

void TestAlertsGui::firingShowsGroupsAndSilencedState()
{
    waitForRows();
    FiringTab *tab = m_console.page->firingTab();
    QAbstractItemModel *model = tab->view()->model();
    QCOMPARE(model->rowCount(), 2); // GuiApiDown·critical, GuiDiskFull·warning
    const QModelIndex api = findGroup(model, QStringLiteral("GuiApiDown"));
    const QModelIndex disk = findGroup(model, QStringLiteral("GuiDiskFull"));
    QVERIFY(api.isValid() && disk.isValid());
    QVERIFY2(api.row() < disk.row(), "the critical group comes first");
    QCOMPARE(model->rowCount(disk), 2);
    QVERIFY(tab->view()->isExpanded(disk));
    // Shared labels move to the group's header; the children keep what differs.
    QVERIFY(
        model->index(disk.row(), FiringAlertsModel::Labels).data().toString().contains(QStringLiteral("run=") + m_run));
    QVERIFY(model->index(0, FiringAlertsModel::Labels, disk).data().toString().contains(u"instance=node-"));
    QVERIFY(model->index(disk.row(), FiringAlertsModel::Severity).data().toString().contains(u"warning"));
    // The HA pair reports each alert once.
    QTRY_VERIFY_WITH_TIMEOUT(stateOf(model, findGroup(model, QStringLiteral("GuiDiskFull")), QStringLiteral("node-b"))
                                 .startsWith(u"silenced by ayumi"),
                             20000);
    QCOMPARE(stateOf(model, findGroup(model, QStringLiteral("GuiDiskFull")), QStringLiteral("node-a")),
             QStringLiteral("active"));
    QVERIFY(!tab->banner()->isVisible());
    QVERIFY(tab->statusLabel()->text().contains(u':'));

    // F5 asks Alertmanager again; it does not reload the workspace (the window's F5 elsewhere).
    QSignalSpy polled(m_console.window->alertPoller(), &alerting::AlertmanagerPoller::snapshotChanged);
    QSignalSpy reloaded(m_console.workspace.get(), &ws::Workspace::loaded);
    tab->view()->setFocus();
    QTest::keyClick(tab->view(), Qt::Key_F5);
    QVERIFY(polled.wait(20000));
    QCOMPARE(reloaded.count(), 0);
    const QImage shot = m_console.window->grab().toImage();
    QVERIFY(shot.save(QStringLiteral(SRE_BINARY_DIR "/screenshot-alerts-firing.png")));
}

// Enter on an alert opens its runbook (resolved from the workspace's runbooks/ by alert name) in
// the Runbooks page; on an alert without one it says so and stays.
void TestAlertsGui::enterOpensTheRunbook()
{
    waitForRows();
    FiringTab *tab = m_console.page->firingTab();
    QAbstractItemModel *model = tab->view()->model();
    const QModelIndex api = findGroup(model, QStringLiteral("GuiApiDown"));
    QVERIFY(api.isValid());
    const QModelIndex alert = model->index(0, FiringAlertsModel::Runbook, api);
    QTRY_VERIFY_WITH_TIMEOUT(alert.data().toString().contains(u"GuiApiDown.md"), 20000);
    tab->view()->setFocus();
    selectOnly(tab->view(), alert.siblingAtColumn(0));
    QTest::keyClick(tab->view(), Qt::Key_Return);
    QTRY_COMPARE(m_console.window->currentPage(), QStringLiteral("runbooks"));
    QCOMPARE(QFileInfo(m_console.window->runbookPage()->browser()->currentFile()).fileName(),
             QStringLiteral("GuiApiDown.md"));

    QVERIFY(m_console.window->showPage(QStringLiteral("alerts")));
    const QModelIndex disk = findGroup(model, QStringLiteral("GuiDiskFull"));
    selectOnly(tab->view(), model->index(0, 0, disk));
    QTest::keyClick(tab->view(), Qt::Key_Return);
    QCOMPARE(m_console.window->currentPage(), QStringLiteral("alerts"));
}

void TestAlertsGui::filterErrorNamesTheBadMatcher()
{
    FiringTab *tab = m_console.page->firingTab();
    tab->filterEdit()->setText(QStringLiteral("run=\"%1\" severity=~\"(crit\"").arg(m_run));
    QVERIFY(tab->filterError()->isVisible());
    QVERIFY2(tab->filterError()->text().contains(u"severity"), qPrintable(tab->filterError()->text()));
    QCOMPARE(tab->model()->visibleAlertCount(), 3); // the last good filter stays
    tab->filterEdit()->setText(QStringLiteral("run=\"%1\" severity=\"critical\"").arg(m_run));
    QVERIFY(!tab->filterError()->isVisible());
    QCOMPARE(tab->model()->visibleAlertCount(), 1);
    waitForRows();
}

void TestAlertsGui::savedFiltersAndCopyAsMarkdown()
{
    FiringTab *tab = m_console.page->firingTab();
    const QString criticals = QStringLiteral("run=\"%1\" severity=\"critical\"").arg(m_run);
    tab->filterEdit()->setText(criticals);
    tab->saveFilter(QStringLiteral("criticals"));
    QCOMPARE(m_console.settings->savedAlertFilters().value(QStringLiteral("criticals")), criticals);
    waitForRows();
    const int index = tab->savedFilterBox()->findText(QStringLiteral("criticals"));
    QVERIFY(index > 0);
    emit tab->savedFilterBox()->activated(index);
    QCOMPARE(tab->filterEdit()->text(), criticals);
    QCOMPARE(tab->model()->visibleAlertCount(), 1);

    // Ctrl+C on the selection: a Markdown table of it.
    tab->view()->setFocus();
    selectOnly(tab->view(), tab->view()->model()->index(0, 0));
    QTest::keyClick(tab->view(), Qt::Key_C, Qt::ControlModifier);
    const QString markdown = QGuiApplication::clipboard()->text();
    QVERIFY2(markdown.contains(u'|') && markdown.contains(QStringLiteral("GuiApiDown")), qPrintable(markdown));
    QVERIFY(!markdown.contains(QStringLiteral("GuiDiskFull")));

    tab->deleteSavedFilter(QStringLiteral("criticals"));
    QCOMPARE(tab->savedFilterBox()->findText(QStringLiteral("criticals")), -1);
    QVERIFY(!m_console.settings->savedAlertFilters().contains(QStringLiteral("criticals")));
    waitForRows();
}

void TestAlertsGui::silenceThroughTheFormShowsInSilencesTab()
{
    waitForRows();
    FiringTab *tab = m_console.page->firingTab();
    QAbstractItemModel *model = tab->view()->model();
    // A group whose alerts differ in a label: a regex union of the exact values, so the silence
    // covers every alert of the group.
    selectOnly(tab->view(), findGroup(model, QStringLiteral("GuiDiskFull")));
    QPointer<SilenceDialog> union_ = tab->silenceSelected();
    QVERIFY(union_);
    QVERIFY2(union_->findChild<QPlainTextEdit *>(QStringLiteral("silenceMatchers"))
                 ->toPlainText()
                 .contains(QStringLiteral("instance=~\"node-a|node-b\"")),
             qPrintable(union_->findChild<QPlainTextEdit *>(QStringLiteral("silenceMatchers"))->toPlainText()));
    QCOMPARE(union_->previewFingerprints().size(), 2);
    union_->reject();
    QTRY_VERIFY(!union_);

    const QModelIndex api = findGroup(model, QStringLiteral("GuiApiDown"));
    QVERIFY(api.isValid());
    tab->view()->setFocus();
    selectOnly(tab->view(), api);
    // S opens the form for the selected group.
    QTest::keyClick(tab->view(), Qt::Key_S);
    QPointer<SilenceDialog> dialog = tab->findChild<SilenceDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    const auto matchers = dialog->matchers();
    QVERIFY(matchers && !matchers->empty());
    QVERIFY(dialog->findChild<QPlainTextEdit *>(QStringLiteral("silenceMatchers"))
                ->toPlainText()
                .contains(QStringLiteral("alertname=\"GuiApiDown\"")));
    QCOMPARE(dialog->previewFingerprints().size(), 1);
    QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("silenceAuthor"))->text(), QStringLiteral("gui-tester"));
    // The comment is required.
    QVERIFY(!dialog->okButton()->isEnabled());
    dialog->setComment(QStringLiteral("deploying the fix"));
    dialog->setDuration(std::chrono::minutes(60));
    QVERIFY(dialog->okButton()->isEnabled());
    QSignalSpy written(dialog.data(), &SilenceDialog::silenceWritten);
    // The picture once Alertmanager has answered the preview's question.
    QTRY_VERIFY_WITH_TIMEOUT(dialog->findChild<QLabel *>(QStringLiteral("silencePreviewTitle"))
                                 ->text()
                                 .startsWith(QStringLiteral("Matches 1 alert(s) now")),
                             20000);
    const QImage form = dialog->grab().toImage();
    QVERIFY(form.save(QStringLiteral(SRE_BINARY_DIR "/screenshot-alerts-silence-form.png")));
    dialog->okButton()->click();
    QVERIFY(written.wait(20000));
    const QString id = written.first().first().toString();
    QVERIFY(!id.isEmpty());
    QTRY_VERIFY(!dialog);

    m_console.page->showTab(AlertsPage::Silences);
    SilencesTab *silences = m_console.page->silencesTab();
    QTRY_VERIFY_WITH_TIMEOUT(silences->itemOf(id), 20000);
    QTreeWidgetItem *item = silences->itemOf(id);
    QCOMPARE(item->text(SilencesTab::Author), QStringLiteral("gui-tester"));
    QCOMPARE(item->text(SilencesTab::Comment), QStringLiteral("deploying the fix"));
    QCOMPARE(item->text(SilencesTab::Matches), QStringLiteral("1"));
    QVERIFY(item->text(SilencesTab::Matchers).contains(u"GuiApiDown"));
    QVERIFY(m_console.window->grab().toImage().save(QStringLiteral(SRE_BINARY_DIR "/screenshot-alerts-silences.png")));
    // Seen from Firing now as well.
    m_console.page->showTab(AlertsPage::Firing);
    QTRY_VERIFY_WITH_TIMEOUT(stateOf(model, findGroup(model, QStringLiteral("GuiApiDown")), QStringLiteral("api-1"))
                                 .startsWith(u"silenced by gui-tester"),
                             20000);
}

void TestAlertsGui::ackExtendAndExpire()
{
    waitForRows();
    FiringTab *tab = m_console.page->firingTab();
    QAbstractItemModel *model = tab->view()->model();
    const QModelIndex disk = findGroup(model, QStringLiteral("GuiDiskFull"));
    QVERIFY(disk.isValid());
    // A on the group acks the alert in it that is not silenced yet (node-a).
    tab->view()->setFocus();
    selectOnly(tab->view(), disk);
    QTest::keyClick(tab->view(), Qt::Key_A);
    QTRY_VERIFY_WITH_TIMEOUT(stateOf(model, findGroup(model, QStringLiteral("GuiDiskFull")), QStringLiteral("node-a"))
                                 .startsWith(u"acked by gui-tester"),
                             20000);

    m_console.page->showTab(AlertsPage::Silences);
    SilencesTab *silences = m_console.page->silencesTab();
    silences->filterEdit()->setText(m_run);
    QTreeWidgetItem *ack = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((ack = [&]() -> QTreeWidgetItem * {
                                 for (int i = 0; i < silences->view()->topLevelItemCount(); ++i) {
                                     QTreeWidgetItem *it = silences->view()->topLevelItem(i);
                                     if (it->text(SilencesTab::State) == u"ack"
                                         && it->text(SilencesTab::Matchers).contains(u"node-a"))
                                         return it;
                                 }
                                 return nullptr;
                             }()),
                             20000);
    const QString ackId = ack->data(0, Qt::UserRole).toString();
    const QString endsBefore = ack->toolTip(SilencesTab::EndsIn);

    // Extend by an hour: the silence Alertmanager answers with (maybe a new id) ends later.
    QSignalSpy replaced(silences, &SilencesTab::silenceReplaced);
    silences->view()->clearSelection();
    ack->setSelected(true);
    silences->extendSelected(std::chrono::minutes(60));
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            const QString id = replaced.isEmpty() ? ackId : replaced.last().at(1).toString();
            QTreeWidgetItem *it = silences->itemOf(id);
            return it && it->text(SilencesTab::State) != u"expired" && it->toolTip(SilencesTab::EndsIn) != endsBefore;
        }(),
        20000);
    const QString extendedId = replaced.isEmpty() ? ackId : replaced.last().at(1).toString();

    // Expire it, after the confirmation that lists it.
    silences->view()->clearSelection();
    silences->itemOf(extendedId)->setSelected(true);
    QPointer<QMessageBox> box = silences->expireSelected();
    QVERIFY(box);
    QVERIFY(box->informativeText().contains(u"node-a"));
    box->button(QMessageBox::Yes)->click();
    QTRY_VERIFY_WITH_TIMEOUT(
        silences->itemOf(extendedId) && silences->itemOf(extendedId)->text(SilencesTab::State) == u"expired", 20000);
    QVERIFY(silences->itemOf(extendedId)->text(SilencesTab::Mark).contains(u"just expired"));
    m_console.page->showTab(AlertsPage::Firing);
    QTRY_VERIFY_WITH_TIMEOUT(
        stateOf(model, findGroup(model, QStringLiteral("GuiDiskFull")), QStringLiteral("node-a")) == u"active", 20000);
}

// The form's preview is Alertmanager's answer to GET /alerts with the matchers as its filter, not
// only the last poll: with polling stopped, an alert posted since shows in it (and an alert the
// matchers exclude does not).
void TestAlertsGui::silencePreviewAsksAlertmanager()
{
    alerting::AlertmanagerPoller *poller = m_console.window->alertPoller();
    poller->stop();
    // A run value of their own: the other tests count this run's alerts.
    const QString run = m_run + QStringLiteral("-preview");
    const QList<LabelSet> fresh
        = { testing::runLabels(QStringLiteral("GuiSincePoll"), QStringLiteral("warning"), QStringLiteral("new-1"), run),
            testing::runLabels(QStringLiteral("GuiSincePoll"), QStringLiteral("warning"), QStringLiteral("new-2"),
                               run) };
    postAlerts(m_am1, fresh, kShape);
    postAlerts(m_am2, fresh, kShape);
    QPointer<SilenceDialog> dialog = m_console.page->silencesTab()->newSilence();
    QVERIFY(dialog);
    dialog->setMatchers({ { QStringLiteral("alertname"), QStringLiteral("GuiSincePoll"), false, true },
                          { QStringLiteral("run"), run, false, true },
                          { QStringLiteral("instance"), QStringLiteral("new-2"), false, false } });
    QTRY_COMPARE_WITH_TIMEOUT(dialog->previewFingerprints().size(), 1, 20000);
    QVERIFY(dialog->findChild<QListWidget *>(QStringLiteral("silencePreview"))->item(0)->text().contains(u"new-1"));
    QVERIFY(!poller->snapshot().alerts.empty());
    for (const alerting::Alert &a : poller->snapshot().alerts)
        QVERIFY(a.name() != u"GuiSincePoll"); // not from the poll
    dialog->reject();
    poller->start();
}

void TestAlertsGui::japaneseScreenshots_data()
{
    QTest::addColumn<QString>("tab");
    QTest::newRow("firing") << QStringLiteral("firing");
    QTest::newRow("silences") << QStringLiteral("silences");
}

// The same workspace, and the pair with this run's alerts and silences, through the executable in
// Japanese (`--page alerts/TAB --lang ja --screenshot`): it waits for the first poll to answer.
// Saved as screenshot-alerts-TAB-ja.png beside the English ones, to be looked at.
void TestAlertsGui::japaneseScreenshots()
{
    QFETCH(QString, tab);
    QTemporaryDir home;
    const QString file = home.filePath(QStringLiteral("shot.png"));
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.path());
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home.path());
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(SRE_CONSOLE_BIN),
            { QStringLiteral("--workspace"), m_dir.path(), QStringLiteral("--lang"), QStringLiteral("ja"),
              QStringLiteral("--page"), QStringLiteral("alerts/") + tab, QStringLiteral("--screenshot"), file });
    QVERIFY(p.waitForFinished(60000));
    QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
    const QImage image(file);
    QCOMPARE(image.size(), QSize(1280, 800));
    QVERIFY(image.save(QStringLiteral(SRE_BINARY_DIR "/screenshot-alerts-%1-ja.png").arg(tab)));
}

// Shift+Delete on the Silences tab: every silence the filter shows that has not ended, after a
// confirmation that lists them, and no other.
void TestAlertsGui::bulkExpireWhatTheFilterShows()
{
    const QString bulk = QStringLiteral("bulk-") + m_run, keep = QStringLiteral("keep-") + m_run;
    const auto labels = [this](const char *instance) {
        return testing::runLabels(QStringLiteral("GuiBulk"), QStringLiteral("info"), QString::fromLatin1(instance),
                                  m_run);
    };
    const QString a = postSilence(m_am1, labels("bulk-a"), QStringLiteral("ops"), bulk);
    const QString b = postSilence(m_am1, labels("bulk-b"), QStringLiteral("ops"), bulk);
    const QString c = postSilence(m_am1, labels("keep-c"), QStringLiteral("ops"), keep);
    QVERIFY(!a.isEmpty() && !b.isEmpty() && !c.isEmpty());
    m_console.page->showTab(AlertsPage::Silences);
    SilencesTab *silences = m_console.page->silencesTab();
    m_console.window->alertPoller()->refreshNow();
    QTRY_VERIFY_WITH_TIMEOUT(silences->itemOf(a) && silences->itemOf(b) && silences->itemOf(c), 20000);
    silences->filterEdit()->setText(bulk);
    QTRY_COMPARE(silences->view()->topLevelItemCount(), 2);

    // Shortcuts need the window active.
    m_console.window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_console.window.get()));
    silences->view()->setFocus();
    QTest::keyClick(silences->view(), Qt::Key_Delete, Qt::ShiftModifier);
    QPointer<QMessageBox> box = silences->findChild<QMessageBox *>(QStringLiteral("expireConfirmation"));
    QVERIFY(box);
    QVERIFY(box->text().contains(u'2'));
    QVERIFY(box->informativeText().contains(u"bulk-a") && box->informativeText().contains(u"bulk-b"));
    QVERIFY(!box->informativeText().contains(u"keep-c"));
    box->button(QMessageBox::Yes)->click();
    silences->filterEdit()->clear();
    const auto stateOfSilence = [&](const QString &id) {
        QTreeWidgetItem *item = silences->itemOf(id);
        return item ? item->text(SilencesTab::State) : QString();
    };
    QTRY_VERIFY_WITH_TIMEOUT(stateOfSilence(a) == u"expired" && stateOfSilence(b) == u"expired", 20000);
    QCOMPARE(stateOfSilence(c), QStringLiteral("active"));
    m_console.page->showTab(AlertsPage::Firing);
}

// The Silences tab's states and marks: a silence that starts in an hour is pending ("starts in"),
// one that ends in ten minutes is marked "ends soon", and both match no alert. Then Edit changes
// the comment of the second through the form; the list follows the id Alertmanager answers with.
void TestAlertsGui::silenceStatesMarksAndEdit()
{
    const auto labels = [this](const char *instance) {
        return testing::runLabels(QStringLiteral("GuiNoAlert"), QStringLiteral("info"), QString::fromLatin1(instance),
                                  m_run);
    };
    const QString pending
        = postSilence(m_am1, labels("pend-1"), QStringLiteral("ops"), QStringLiteral("later"), 3600, 3600);
    const QString soon = postSilence(m_am1, labels("soon-1"), QStringLiteral("ops"), QStringLiteral("short"), 600);
    QVERIFY(!pending.isEmpty() && !soon.isEmpty());
    m_console.page->showTab(AlertsPage::Silences);
    SilencesTab *silences = m_console.page->silencesTab();
    silences->filterEdit()->clear();
    m_console.window->alertPoller()->refreshNow();
    QTRY_VERIFY_WITH_TIMEOUT(silences->itemOf(pending) && silences->itemOf(soon), 20000);
    QTreeWidgetItem *p = silences->itemOf(pending);
    QCOMPARE(p->text(SilencesTab::State), QStringLiteral("pending"));
    QVERIFY2(p->text(SilencesTab::EndsIn).startsWith(u"starts in"), qPrintable(p->text(SilencesTab::EndsIn)));
    QVERIFY(p->text(SilencesTab::Mark).contains(u"no alert"));
    QVERIFY(!p->text(SilencesTab::Mark).contains(u"ends soon"));
    QTreeWidgetItem *s = silences->itemOf(soon);
    QCOMPARE(s->text(SilencesTab::State), QStringLiteral("active"));
    QVERIFY(s->text(SilencesTab::Mark).contains(u"ends soon"));
    QVERIFY(s->text(SilencesTab::Mark).contains(u"no alert"));

    silences->view()->clearSelection();
    s->setSelected(true);
    silences->view()->setCurrentItem(s);
    QPointer<SilenceDialog> dialog = silences->editCurrent();
    QVERIFY(dialog);
    QSignalSpy written(dialog.data(), &SilenceDialog::silenceWritten);
    dialog->setComment(QStringLiteral("short, edited"));
    dialog->accept();
    QTRY_COMPARE_WITH_TIMEOUT(written.count(), 1, 20000);
    QCOMPARE(written.first().at(1).toString(), soon);
    const QString id = written.first().at(0).toString();
    QTRY_VERIFY_WITH_TIMEOUT(
        silences->itemOf(id) && silences->itemOf(id)->text(SilencesTab::Comment) == u"short, edited", 20000);
    m_console.page->showTab(AlertsPage::Firing);
}

// A silence Alertmanager refuses (every matcher matches the empty string): its words in the form,
// which stays open with what was typed.
void TestAlertsGui::alertmanagerRefusalIsShownAsIs()
{
    m_console.page->showTab(AlertsPage::Silences);
    QPointer<SilenceDialog> dialog = m_console.page->silencesTab()->newSilence();
    QVERIFY(dialog);
    dialog->setMatchers({ alerting::Matcher { QStringLiteral("run"), QStringLiteral(".*"), true, true } });
    dialog->setComment(QStringLiteral("too wide"));
    QVERIFY(dialog->okButton()->isEnabled());
    dialog->okButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->errorText().isEmpty(), 20000);
    QVERIFY2(dialog->errorText().contains(QStringLiteral("empty")), qPrintable(dialog->errorText()));
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->okButton()->isEnabled());
    dialog->reject();
    QTRY_VERIFY(!dialog);
    m_console.page->showTab(AlertsPage::Firing);
}

// One of two Alertmanagers does not answer: the banner names it, the rows of the other stay.
void TestAlertsGui::deadPeerShowsStaleBannerAndKeepsRows()
{
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const quint16 port = closed.serverPort();
    closed.close();
    QTemporaryDir dir;
    QFile yaml(dir.filePath(QStringLiteral("workspace.yaml")));
    QVERIFY(yaml.open(QIODevice::WriteOnly));
    yaml.write(QStringLiteral("name: stale\ntimezone: UTC\ndatasources:\n"
                              "  - name: am1\n    type: alertmanager\n    url: %1\n"
                              "  - name: gone\n    type: alertmanager\n    url: http://127.0.0.1:%2\n    timeout: 2s\n")
                   .arg(m_am1)
                   .arg(port)
                   .toUtf8());
    yaml.close();
    ws::Workspace workspace;
    DatasourceHealth health;
    MainWindow window(workspace, *m_console.settings, health);
    window.resize(1280, 800);
    window.show();
    window.openWorkspace(dir.path());
    window.showPage(QStringLiteral("alerts"));
    FiringTab *tab = window.alertsPage()->firingTab();
    tab->filterEdit()->setText(QStringLiteral("run=\"%1\"").arg(m_run));
    QTRY_VERIFY_WITH_TIMEOUT(tab->banner()->isVisible(), 30000);
    QVERIFY2(tab->banner()->text().contains(QStringLiteral("gone")), qPrintable(tab->banner()->text()));
    QTRY_VERIFY_WITH_TIMEOUT(tab->model()->visibleAlertCount() == 3, 30000);
    QVERIFY(window.grab().toImage().save(QStringLiteral(SRE_BINARY_DIR "/screenshot-alerts-stale.png")));
}

// Typing in the filter with 5,000 alerts firing: the model, the tree's reset and layout together,
// measured the way a keystroke is handled (text change, then the events it posted).
void TestAlertsGui::refilterAt5000AlertsStaysInteractive()
{
    QList<LabelSet> many;
    for (int i = 0; i < 5000; ++i)
        many << LabelSet { { QStringLiteral("alertname"), QStringLiteral("GuiLoad%1").arg(i % 40) },
                           { QStringLiteral("severity"),
                             i % 7 == 0 ? QStringLiteral("critical") : QStringLiteral("warning") },
                           { QStringLiteral("instance"), QStringLiteral("host-%1").arg(i) },
                           { QStringLiteral("load"), m_run } };
    postAlerts(m_am1, many, kShape);
    FiringTab *tab = m_console.page->firingTab();
    tab->filterEdit()->setText(QStringLiteral("load=\"%1\"").arg(m_run));
    m_console.window->alertPoller()->refreshNow();
    QTRY_VERIFY_WITH_TIMEOUT(tab->model()->visibleAlertCount() == 5000, 60000);
    const QStringList filters
        = { QStringLiteral("load=\"%1\" severity=\"critical\"").arg(m_run),
            QStringLiteral("load=\"%1\" instance=~\"host-1.*\"").arg(m_run), QStringLiteral("load=\"%1\"").arg(m_run) };
    std::vector<qint64> times;
    for (int round = 0; round < 10; ++round)
        for (const QString &f : filters) {
            QElapsedTimer t;
            t.start();
            tab->filterEdit()->setText(f);
            QCoreApplication::processEvents();
            times.push_back(t.elapsed());
        }
    std::sort(times.begin(), times.end());
    const qint64 p95 = times[times.size() * 95 / 100];
    qInfo("re-filter of 5,000 alerts in the view: p50 %lld ms, p95 %lld ms", times[times.size() / 2], p95);
    // A guard against view work that grows with the square of the rows, not the model's 16 ms
    // budget (tst_firingalerts times the model alone): on a shared CI machine the view's reset and
    // paint vary too much for that.
    QVERIFY2(p95 < 250 * SRE_TEST_SLOWDOWN, qPrintable(QString::number(p95)));
}

// D on a group: a postmortem draft from the built-in template, with the group's alerts in its front
// matter, is written into the workspace, and the editor opens on it once the workspace has read it.
void TestAlertsGui::declareIncidentWritesDraftAndOpensEditor()
{
    waitForRows();
    FiringTab *tab = m_console.page->firingTab();
    QAbstractItemModel *model = tab->view()->model();
    const QModelIndex api = findGroup(model, QStringLiteral("GuiApiDown"));
    QVERIFY(api.isValid());
    tab->view()->setFocus();
    selectOnly(tab->view(), api);
    QTest::keyClick(tab->view(), Qt::Key_D);
    const QDir postmortems(m_dir.filePath(QStringLiteral("postmortems")));
    QTRY_VERIFY_WITH_TIMEOUT(!postmortems.entryList({ QStringLiteral("*.md") }, QDir::Files).isEmpty(), 20000);
    const QStringList files = postmortems.entryList({ QStringLiteral("*.md") }, QDir::Files);
    QCOMPARE(files.size(), 1);
    QFile draft(postmortems.filePath(files.first()));
    QVERIFY(draft.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(draft.readAll());
    QVERIFY2(text.startsWith(u"---\n"), qPrintable(text.left(200)));
    QVERIFY2(text.contains(QStringLiteral("alerts: [GuiApiDown]")), qPrintable(text.left(600)));
    QVERIFY2(text.contains(QStringLiteral("severity: P1")), qPrintable(text.left(600))); // critical
    QVERIFY2(text.contains(QStringLiteral("run: ") + m_run), "the details block holds the alert's labels");
    // No oncall.yaml in this workspace: the author is the console's "me".
    QVERIFY2(text.contains(QStringLiteral("authors: [gui-tester]")), qPrintable(text.left(600)));
    // GuiApiDown has a runbook: its checklist starts for the new incident.
    const QString id = QFileInfo(files.first()).completeBaseName();
    QTRY_VERIFY_WITH_TIMEOUT(m_console.window->runbookPage()->checklist()->isActive(), 20000);
    QCOMPARE(m_console.window->runbookPage()->checklist()->incidentId(), id);
    QCOMPARE(QFileInfo(m_console.window->runbookPage()->browser()->currentFile()).fileName(),
             QStringLiteral("GuiApiDown.md"));
    // The editor opens on the new file (after the workspace's watcher reloads it).
    QTRY_COMPARE_WITH_TIMEOUT(m_console.window->currentPage(), QStringLiteral("postmortems"), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(m_console.window->postmortemPage()->isEditing(), 20000);
    QCOMPARE(QFileInfo(m_console.window->postmortemPage()->editor()->file()).fileName(), files.first());
    QCoreApplication::processEvents();
    QVERIFY(m_console.window->grab().toImage().save(
        QStringLiteral(SRE_BINARY_DIR "/screenshot-alerts-declared-draft.png")));
}

// poll_interval in workspace.yaml: the peers are polled together, at the shorter of their two
// intervals, after the workspace is read again.
void TestAlertsGui::pollIntervalFromTheWorkspace()
{
    alerting::AlertmanagerPoller *poller = m_console.window->alertPoller();
    QCOMPARE(poller->interval(), alerting::AlertmanagerPoller::kDefaultInterval);
    QFile yaml(m_dir.filePath(QStringLiteral("workspace.yaml")));
    QVERIFY(yaml.open(QIODevice::WriteOnly));
    yaml.write(QStringLiteral("name: alerts gui\ntimezone: UTC\ndatasources:\n"
                              "  - name: am1\n    type: alertmanager\n    url: %1\n    poll_interval: 5s\n"
                              "  - name: am2\n    type: alertmanager\n    url: %2\n    poll_interval: 2s\n")
                   .arg(m_am1, m_am2)
                   .toUtf8());
    yaml.close();
    QSignalSpy loaded(m_console.workspace.get(), &ws::Workspace::loaded);
    m_console.window->openWorkspace(m_dir.path());
    QVERIFY(loaded.wait(10000));
    QCOMPARE(poller->interval(), std::chrono::milliseconds(2000));
    // Polls keep coming on their own, two seconds apart (with time to spare on a loaded machine).
    QSignalSpy polled(poller, &alerting::AlertmanagerPoller::snapshotChanged);
    QElapsedTimer timer;
    timer.start();
    QTRY_VERIFY_WITH_TIMEOUT(polled.count() >= 3, 12000);
    QVERIFY2(timer.elapsed() >= 3500, qPrintable(QString::number(timer.elapsed())));
}

// The silence form with its preview and the declared incident's draft, in Japanese: a second
// console with the Japanese translation installed (last: the translator stays), on its own
// workspace and the same pair. Saved as screenshot-alerts-silence-form-ja.png and
// screenshot-alerts-declared-draft-ja.png, to be looked at.
void TestAlertsGui::japaneseFormAndDraft()
{
    installTranslators(*qApp, QStringLiteral("ja"));
    QTemporaryDir dir;
    testing::AlertsConsole ja;
    QVERIFY(ja.open(dir.path(), QStringLiteral("alerts gui ja"), m_am1, m_am2));
    FiringTab *tab = ja.page->firingTab();
    tab->filterEdit()->setText(QStringLiteral("run=\"%1\"").arg(m_run));
    QTRY_VERIFY_WITH_TIMEOUT(tab->model()->visibleAlertCount() == 3, 30000);
    QAbstractItemModel *model = tab->view()->model();
    selectOnly(tab->view(), findGroup(model, QStringLiteral("GuiDiskFull")));
    QPointer<SilenceDialog> form = tab->silenceSelected();
    QVERIFY(form);
    form->setComment(QStringLiteral("ディスク増設の作業中"));
    QTRY_VERIFY_WITH_TIMEOUT(
        form->findChild<QLabel *>(QStringLiteral("silencePreviewTitle"))->text().startsWith(u"現在 2 件"), 20000);
    QVERIFY(form->grab().toImage().save(QStringLiteral(SRE_BINARY_DIR "/screenshot-alerts-silence-form-ja.png")));
    form->reject();

    tab->view()->setFocus();
    selectOnly(tab->view(), findGroup(model, QStringLiteral("GuiApiDown")));
    QTest::keyClick(tab->view(), Qt::Key_D);
    QTRY_VERIFY_WITH_TIMEOUT(ja.window->postmortemPage()->isEditing(), 20000);
    QCoreApplication::processEvents();
    QVERIFY(
        ja.window->grab().toImage().save(QStringLiteral(SRE_BINARY_DIR "/screenshot-alerts-declared-draft-ja.png")));
}

void TestAlertsGui::cleanupTestCase()
{
    m_console.window.reset();
}

QTEST_MAIN(TestAlertsGui)
#include "tst_alerts_gui.moc"
