#include "traynotifier.h"

#include "alertmanagerpoller.h"
#include "settings.h"

#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QPainter>
#include <QSystemTrayIcon>
#include <QWidget>

namespace sre {

namespace {
QIcon appIcon()
{
    QIcon icon(QStringLiteral(":/icons/app.svg"));
    if (!icon.pixmap(32, 32).isNull())
        return icon;
    // Built without the resources (a test that does not link them): a plain disc still shows a badge.
    QPixmap disc(64, 64);
    disc.fill(Qt::transparent);
    QPainter p(&disc);
    p.setRenderHint(QPainter::Antialiasing);
    p.setBrush(QColor(0x2b, 0x6c, 0xb0));
    p.setPen(Qt::NoPen);
    p.drawEllipse(disc.rect().adjusted(4, 4, -4, -4));
    p.end();
    return QIcon(disc);
}
} // namespace

TrayNotifier::TrayNotifier(alerting::AlertmanagerPoller *poller, Settings *settings, QWidget *window)
    : QObject(window)
    , m_settings(settings)
    , m_window(window)
    , m_menu(std::make_unique<QMenu>())
    , m_baseIcon(appIcon())
    , m_icon(m_baseIcon)
{
    QAction *open = m_menu->addAction(tr("&Open SRE Console"));
    connect(open, &QAction::triggered, this, &TrayNotifier::openWindow);
    m_quiet = m_menu->addAction(tr("Quiet &mode"));
    m_quiet->setCheckable(true);
    m_quiet->setToolTip(tr("No desktop notifications; critical alerts still break through when set"));
    connect(m_quiet, &QAction::toggled, this, [this](bool on) {
        if (m_settings)
            m_settings->setQuietMode(on);
        else
            m_notifier.setQuietMode(on);
    });
    m_menu->addSeparator();
    QAction *quitAction = m_menu->addAction(tr("&Quit"));
    connect(quitAction, &QAction::triggered, this, &TrayNotifier::quit);

    if (poller)
        m_notifier.follow(poller);
    if (m_settings)
        connect(m_settings, &Settings::notificationsChanged, this, &TrayNotifier::applySettings);
    applySettings();
    connect(&m_notifier, &alerting::AlertNotifier::notify, this, &TrayNotifier::showAlert);
    connect(&m_notifier, &alerting::AlertNotifier::criticalUnsilencedCountChanged, this, &TrayNotifier::updateBadge);
    connect(&m_notifier, &alerting::AlertNotifier::soundRequested, this, [] { QApplication::beep(); });

    // Checked first: creating or showing a QSystemTrayIcon where there is no tray prints warnings.
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return;
    m_tray = new QSystemTrayIcon(m_icon, this);
    m_tray->setContextMenu(m_menu.get());
    m_tray->setToolTip(tr("SRE Console"));
    connect(m_tray, &QSystemTrayIcon::messageClicked, this, &TrayNotifier::openLastMessage);
    connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
            openWindow();
    });
    m_tray->show();
}

TrayNotifier::~TrayNotifier() = default;

void TrayNotifier::openLastMessage()
{
    if (!m_lastFingerprint.isEmpty())
        emit openAlertRequested(m_lastFingerprint);
    openWindow();
}

void TrayNotifier::applySettings()
{
    if (!m_settings)
        return;
    m_notifier.setMinimumLevel(alerting::notifyLevelFromSetting(m_settings->notifySeverity()));
    m_notifier.setQuietMode(m_settings->quietMode());
    m_notifier.setCriticalsBreakThrough(m_settings->criticalBreaksQuiet());
    m_notifier.setSoundEnabled(m_settings->alertSound());
    const QSignalBlocker blocker(m_quiet);
    m_quiet->setChecked(m_settings->quietMode());
}

void TrayNotifier::showAlert(const alerting::Alert &alert)
{
    m_lastFingerprint = alert.fingerprint;
    if (!m_tray || !QSystemTrayIcon::supportsMessages())
        return;
    const QString severity = alert.severity().isEmpty() ? tr("Alert") : alert.severity();
    const QString title = tr("%1: %2").arg(severity, alert.name());
    QString body = alert.annotations.value(QStringLiteral("summary"));
    if (body.isEmpty())
        body = alert.annotations.value(QStringLiteral("description"));
    QStringList where;
    for (const QString &key : { QStringLiteral("service"), QStringLiteral("namespace"), QStringLiteral("instance") })
        if (alert.labels.contains(key))
            where << QStringLiteral("%1=%2").arg(key, alert.labels.value(key));
    if (!where.isEmpty())
        body += (body.isEmpty() ? QString() : QStringLiteral("\n")) + where.join(QStringLiteral(", "));
    const bool critical = alerting::notifyLevel(alert.severity()) == alerting::NotifyLevel::Critical;
    m_tray->showMessage(title, body, critical ? QSystemTrayIcon::Critical : QSystemTrayIcon::Warning);
}

QPixmap TrayNotifier::badgePixmap(const QIcon &base, int count, int size)
{
    QPixmap pixmap = base.pixmap(size, size);
    if (pixmap.isNull()) {
        pixmap = QPixmap(size, size);
        pixmap.fill(Qt::transparent);
    }
    if (count <= 0)
        return pixmap;
    const QString text = count > 99 ? QStringLiteral("99+") : QString::number(count);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    QFont font = p.font();
    font.setBold(true);
    font.setPixelSize(std::max(6, size * 9 / 20));
    p.setFont(font);
    const QFontMetrics metrics(font);
    const int height = std::max(metrics.height(), size / 2);
    const int width = std::max(height, metrics.horizontalAdvance(text) + height / 2);
    const QRect badge(size - width, 0, width, height);
    p.setPen(QPen(Qt::white, std::max(1, size / 32)));
    p.setBrush(QColor(0xc6, 0x28, 0x28));
    p.drawRoundedRect(badge, height / 2.0, height / 2.0);
    p.setPen(Qt::white);
    p.drawText(badge, Qt::AlignCenter, text);
    return pixmap;
}

void TrayNotifier::updateBadge(int count)
{
    QIcon icon;
    for (const int size : { 16, 22, 24, 32, 48, 64 })
        icon.addPixmap(badgePixmap(m_baseIcon, count, size));
    m_icon = icon;
    if (!m_tray)
        return;
    m_tray->setIcon(m_icon);
    m_tray->setToolTip(count > 0 ? tr("SRE Console: %n critical alert(s) firing, not silenced", nullptr, count)
                                 : tr("SRE Console"));
}

void TrayNotifier::openWindow()
{
    if (!m_window)
        return;
    m_window->showNormal();
    m_window->raise();
    m_window->activateWindow();
}

void TrayNotifier::quit()
{
    // The window's own close handling (unsaved postmortems) may refuse: then nothing quits.
    if (m_window && !m_window->close())
        return;
    QCoreApplication::quit();
}

} // namespace sre
