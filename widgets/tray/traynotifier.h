#pragma once

// The system tray side of alert notifications (issue 13, "Notifications"): an icon whose badge is
// the number of firing, unsilenced critical alerts, a menu (Open, Quiet mode, Quit), and a desktop
// message for each alert AlertNotifier reports.
//
// Wiring, in the main window once it owns the poller and the settings (the tray is its child):
//     auto *tray = new TrayNotifier(poller, settings, this);
//     connect(tray, &TrayNotifier::openAlertRequested, this, [this](const QString &fingerprint) {
//         /* switch to the Alerts page and select the alert with that fingerprint */ });
// "Open" raises `window`; "Quit" closes it (so its close handling runs) and then quits. The
// settings (Settings::notifySeverity, quietMode, criticalBreaksQuiet, alertSound) apply at once.
//
// Without a system tray (the offscreen platform, some desktops) there is no icon and no message,
// silently: the notifier still counts and the menu still exists (tests render it).

#include "alertnotifier.h"

#include <QIcon>
#include <QObject>
#include <QPointer>
#include <memory>

class QAction;
class QMenu;
class QSystemTrayIcon;
class QWidget;

namespace sre {

class Settings;

namespace alerting {
class AlertmanagerPoller;
}

class TrayNotifier final : public QObject
{
    Q_OBJECT
public:
    // `poller` and `settings` must outlive this object; `window` may be null (nothing to open).
    TrayNotifier(alerting::AlertmanagerPoller *poller, Settings *settings, QWidget *window);
    ~TrayNotifier() override;

    bool hasTray() const { return m_tray != nullptr; }
    QSystemTrayIcon *trayIcon() const { return m_tray; }
    QMenu *menu() const { return m_menu.get(); }
    QAction *quietAction() const { return m_quiet; }
    alerting::AlertNotifier *notifier() { return &m_notifier; }

    // `base` with `count` painted on a red badge in its top-right corner (no badge for 0; "99+").
    static QPixmap badgePixmap(const QIcon &base, int count, int size);
    QIcon currentIcon() const { return m_icon; }

    // What a click on the desktop message does: asks to open the alert it was about (by
    // fingerprint), then raises the window.
    void openLastMessage();
    QString lastMessageFingerprint() const { return m_lastFingerprint; }

signals:
    // The user clicked the desktop message of this alert.
    void openAlertRequested(const QString &fingerprint);

private:
    void applySettings();
    void showAlert(const alerting::Alert &alert);
    void updateBadge(int count);
    void openWindow();
    void quit();

    alerting::AlertNotifier m_notifier;
    Settings *m_settings;
    QPointer<QWidget> m_window;
    std::unique_ptr<QMenu> m_menu; // a QMenu has no QObject parent here: the tray does not own it
    QAction *m_quiet = nullptr;
    QSystemTrayIcon *m_tray = nullptr;
    QIcon m_baseIcon;
    QIcon m_icon;
    // Of the last message (on screen, where there is a tray): the tray says only "clicked".
    QString m_lastFingerprint;
};

} // namespace sre
