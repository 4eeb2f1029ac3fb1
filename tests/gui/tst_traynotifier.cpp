// The tray notifier offscreen: no system tray there, so it must degrade without a single warning;
// the badge follows the notifier's count; Quiet mode is a setting; the menu is rendered to a PNG
// (build/screenshot-tray-menu.png) for people to look at.
#include "alertmanagerpoller.h"
#include "i18n.h"
#include "settings.h"
#include "traynotifier.h"

#include <QAction>
#include <QMenu>
#include <QPainter>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QSystemTrayIcon>
#include <QTest>

using namespace sre;

namespace {
alerting::Alert critical(const QString &fingerprint)
{
    alerting::Alert a;
    a.fingerprint = fingerprint;
    a.labels = { { QStringLiteral("alertname"), QStringLiteral("PaymentsBudgetBurn") },
                 { QStringLiteral("severity"), QStringLiteral("critical") } };
    return a;
}
} // namespace

class TestTrayNotifier : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // never touch the user's settings
        Settings().setQuietMode(false);
    }

    void init()
    {
        // Offscreen there is no tray: any warning (QSystemTrayIcon's "no tray" included) fails.
        QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
    }

    void degradesSilentlyWithoutATray()
    {
        QVERIFY(!QSystemTrayIcon::isSystemTrayAvailable());
        alerting::AlertmanagerPoller poller;
        Settings settings;
        QWidget window;
        TrayNotifier tray(&poller, &settings, &window);
        QVERIFY(!tray.hasTray());
        QVERIFY(tray.menu());
        alerting::AlertSnapshot snapshot;
        snapshot.alerts = { critical(QStringLiteral("a")), critical(QStringLiteral("b")) };
        QSignalSpy notified(tray.notifier(), &alerting::AlertNotifier::notify);
        tray.notifier()->update(snapshot); // no tray to show it on: nothing happens, nothing warns
        QCOMPARE(notified.count(), 2);
        QCOMPARE(tray.notifier()->criticalUnsilencedCount(), 2);
    }

    // A click on the desktop message asks for the alert it was about, by fingerprint (the main
    // window then selects that row in Firing now: tst_alerts_gui).
    void clickingTheMessageAsksForItsAlert()
    {
        alerting::AlertmanagerPoller poller;
        Settings settings;
        TrayNotifier tray(&poller, &settings, nullptr); // no window: raising one warns offscreen
        QSignalSpy open(&tray, &TrayNotifier::openAlertRequested);
        tray.openLastMessage(); // no message yet: nothing to open
        QCOMPARE(open.count(), 0);
        alerting::AlertSnapshot snapshot;
        snapshot.alerts = { critical(QStringLiteral("a")) };
        tray.notifier()->update(snapshot);
        snapshot.alerts.push_back(critical(QStringLiteral("b")));
        tray.notifier()->update(snapshot);
        QCOMPARE(tray.lastMessageFingerprint(), QStringLiteral("b"));
        tray.openLastMessage();
        QCOMPARE(open.count(), 1);
        QCOMPARE(open.first().first().toString(), QStringLiteral("b"));
    }

    void quietModeIsTheSetting()
    {
        Settings settings;
        TrayNotifier tray(nullptr, &settings, nullptr);
        QVERIFY(tray.quietAction()->isCheckable());
        QVERIFY(!tray.quietAction()->isChecked());
        tray.quietAction()->trigger();
        QVERIFY(settings.quietMode());
        QVERIFY(tray.notifier()->quietMode());
        settings.setQuietMode(false); // changed elsewhere (the settings dialog): the menu follows
        QVERIFY(!tray.quietAction()->isChecked());
        QVERIFY(!tray.notifier()->quietMode());
    }

    void badgeShowsTheCount()
    {
        QPixmap base(32, 32);
        base.fill(Qt::darkBlue);
        const QImage plain = TrayNotifier::badgePixmap(QIcon(base), 0, 32).toImage();
        const QImage badged = TrayNotifier::badgePixmap(QIcon(base), 3, 32).toImage();
        QCOMPARE(plain, base.toImage());
        QVERIFY(badged != plain);
        // The badge sits in the top-right corner; the bottom-left stays the icon.
        QCOMPARE(badged.pixelColor(2, 30), plain.pixelColor(2, 30));
        QVERIFY(badged.pixelColor(26, 8) != plain.pixelColor(26, 8));
    }

    void renderMenuForAScreenshot_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("ja") << QStringLiteral("ja"); // last: a translator stays installed
    }

    void renderMenuForAScreenshot()
    {
        QFETCH(QString, language);
        installTranslators(*qApp, language);
        Settings settings;
        settings.setQuietMode(true);
        TrayNotifier tray(nullptr, &settings, nullptr);
        alerting::AlertSnapshot snapshot;
        snapshot.alerts
            = { critical(QStringLiteral("a")), critical(QStringLiteral("b")), critical(QStringLiteral("c")) };
        tray.notifier()->update(snapshot);
        QMenu *menu = tray.menu();
        menu->adjustSize();
        const QPixmap menuShot = menu->grab();
        QVERIFY(!menuShot.isNull());
        // The badged icon beside the menu, as a tray would show it.
        const QPixmap icon = TrayNotifier::badgePixmap(tray.currentIcon(), 3, 64);
        QPixmap shot(menuShot.width() + icon.width() + 24, std::max(menuShot.height(), icon.height()) + 16);
        shot.fill(QColor(0x30, 0x30, 0x30));
        QPainter p(&shot);
        p.drawPixmap(8, 8, icon);
        p.drawPixmap(icon.width() + 16, 8, menuShot);
        p.end();
        QVERIFY(shot.save(QStringLiteral(SRE_BINARY_DIR "/screenshot-tray-menu%1.png")
                              .arg(language == u"en" ? QString() : u'-' + language)));
        settings.setQuietMode(false);
    }
};

QTEST_MAIN(TestTrayNotifier)
#include "tst_traynotifier.moc"
