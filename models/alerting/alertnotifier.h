#pragma once

// Decides which firing alerts deserve a desktop notification (issue 13, "Notifications"), from the
// successive snapshots of the AlertmanagerPoller. No widgets here: the tray (widgets/tray) shows
// what this emits; tests drive it with hand-made snapshots and an injected clock.

#include "alert.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QTimer>
#include <chrono>
#include <functional>

namespace sre::alerting {

class AlertmanagerPoller;

// How loud an alert is, for notification thresholds: critical > warning > info. Read from the
// severity label through the postmortem scale (critical/page → critical, error/warning/ticket →
// warning, info and anything unknown → info).
enum class NotifyLevel { Info = 1, Warning = 2, Critical = 3 };
NotifyLevel notifyLevel(const QString &severityLabel);
// "critical" | "warning" | "info" (Settings::notifySeverity()); unknown text is critical.
NotifyLevel notifyLevelFromSetting(const QString &setting);

class AlertNotifier final : public QObject
{
    Q_OBJECT
public:
    // A fingerprint that resolves and fires again within this time is the same episode (a flap):
    // no second notification.
    static constexpr std::chrono::minutes kFlapWindow { 5 };
    static constexpr std::chrono::milliseconds kDefaultSoundInterval { 30000 };

    explicit AlertNotifier(QObject *parent = nullptr);

    // "Now" for the flap window (tests inject one); the system clock by default.
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

    void setMinimumLevel(NotifyLevel level) { m_minimum = level; }
    NotifyLevel minimumLevel() const { return m_minimum; }
    // Quiet mode: no notification, unless criticals break through and the alert is critical.
    void setQuietMode(bool quiet);
    bool quietMode() const { return m_quiet; }
    void setCriticalsBreakThrough(bool on);
    bool criticalsBreakThrough() const { return m_breakThrough; }
    // The repeating sound: soundRequested() at once and then every interval while an unacked,
    // unsilenced critical fires (and quiet mode lets criticals through).
    void setSoundEnabled(bool on);
    bool soundEnabled() const { return m_soundEnabled; }
    void setSoundInterval(std::chrono::milliseconds interval) { m_soundTimer.setInterval(interval); }
    bool isSounding() const { return m_soundTimer.isActive(); }

    // Firing criticals that are neither silenced (acked) nor inhibited: the tray's badge.
    int criticalUnsilencedCount() const { return m_criticalCount; }

    // Follows the poller: every snapshotChanged() is passed to update().
    void follow(AlertmanagerPoller *poller);

public slots:
    void update(const sre::alerting::AlertSnapshot &snapshot);

signals:
    // Once per new firing episode of a fingerprint, when it first is active, not silenced, not
    // inhibited and at or above the minimum level.
    void notify(const sre::alerting::Alert &alert);
    void criticalUnsilencedCountChanged(int count);
    void soundRequested();
    void soundingChanged(bool sounding);

private:
    struct Episode
    {
        QDateTime goneAt; // when a snapshot first lacked it; invalid while it fires
        bool handled = false; // notified, or passed over in quiet mode: not again this episode
    };
    bool mayNotify(const Alert &alert) const;
    void updateSound();

    std::function<QDateTime()> m_clock;
    QHash<QString, Episode> m_episodes; // fingerprint ->
    NotifyLevel m_minimum = NotifyLevel::Critical;
    bool m_quiet = false;
    bool m_breakThrough = true;
    bool m_soundEnabled = false;
    int m_criticalCount = 0;
    QTimer m_soundTimer;
};

} // namespace sre::alerting
