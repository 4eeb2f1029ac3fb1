#include "alertnotifier.h"

#include "alertmanagerpoller.h"
#include "incidentdeclare.h"

#include <QSet>

namespace sre::alerting {

NotifyLevel notifyLevel(const QString &severityLabel)
{
    const QString p = postmortemSeverity(severityLabel);
    if (p == u"P0" || p == u"P1")
        return NotifyLevel::Critical;
    if (p == u"P2" || p == u"P3")
        return NotifyLevel::Warning;
    return NotifyLevel::Info;
}

NotifyLevel notifyLevelFromSetting(const QString &setting)
{
    const QString s = setting.trimmed().toLower();
    if (s == u"info")
        return NotifyLevel::Info;
    if (s == u"warning")
        return NotifyLevel::Warning;
    return NotifyLevel::Critical;
}

namespace {
// Firing and in front of a person: Alertmanager has processed it and neither a silence (an ack is
// one) nor an inhibition holds it back.
bool isLoud(const Alert &a)
{
    return a.state == AlertState::Active && !a.isSilenced() && !a.isInhibited();
}
} // namespace

AlertNotifier::AlertNotifier(QObject *parent)
    : QObject(parent)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    m_soundTimer.setInterval(kDefaultSoundInterval);
    connect(&m_soundTimer, &QTimer::timeout, this, &AlertNotifier::soundRequested);
}

void AlertNotifier::follow(AlertmanagerPoller *poller)
{
    connect(poller, &AlertmanagerPoller::snapshotChanged, this, [this, poller] { update(poller->snapshot()); });
}

void AlertNotifier::setQuietMode(bool quiet)
{
    m_quiet = quiet;
    updateSound();
}

void AlertNotifier::setCriticalsBreakThrough(bool on)
{
    m_breakThrough = on;
    updateSound();
}

void AlertNotifier::setSoundEnabled(bool on)
{
    m_soundEnabled = on;
    updateSound();
}

bool AlertNotifier::mayNotify(const Alert &alert) const
{
    const NotifyLevel level = notifyLevel(alert.severity());
    if (level < m_minimum)
        return false;
    return !m_quiet || (m_breakThrough && level == NotifyLevel::Critical);
}

void AlertNotifier::update(const AlertSnapshot &snapshot)
{
    const QDateTime now = m_clock();
    QSet<QString> present;
    QList<Alert> toNotify;
    int criticals = 0;
    for (const Alert &a : snapshot.alerts) {
        present.insert(a.fingerprint);
        auto it = m_episodes.find(a.fingerprint);
        if (it == m_episodes.end()) {
            it = m_episodes.insert(a.fingerprint, {});
        } else if (it->goneAt.isValid()) {
            // Back after a gap: a flap within the window continues the episode, a later return is new.
            if (it->goneAt.secsTo(now) >= std::chrono::seconds(kFlapWindow).count())
                it->handled = false;
            it->goneAt = QDateTime();
        }
        if (!isLoud(a))
            continue; // suppressed or unprocessed: maybe later, when it is in front of a person
        if (notifyLevel(a.severity()) == NotifyLevel::Critical)
            ++criticals;
        if (it->handled || notifyLevel(a.severity()) < m_minimum)
            continue;
        // Passed over in quiet mode counts as handled: leaving quiet mode does not replay the backlog.
        it->handled = true;
        if (mayNotify(a))
            toNotify << a;
    }
    for (auto it = m_episodes.begin(); it != m_episodes.end();) {
        if (!present.contains(it.key()) && !it->goneAt.isValid())
            it->goneAt = now;
        if (it->goneAt.isValid() && it->goneAt.secsTo(now) >= std::chrono::seconds(kFlapWindow).count())
            it = m_episodes.erase(it);
        else
            ++it;
    }
    if (criticals != m_criticalCount) {
        m_criticalCount = criticals;
        emit criticalUnsilencedCountChanged(criticals);
    }
    updateSound();
    for (const Alert &a : std::as_const(toNotify))
        emit notify(a);
}

void AlertNotifier::updateSound()
{
    const bool wanted = m_soundEnabled && m_criticalCount > 0 && (!m_quiet || m_breakThrough);
    if (wanted == m_soundTimer.isActive())
        return;
    if (wanted) {
        m_soundTimer.start();
        emit soundingChanged(true);
        emit soundRequested();
    } else {
        m_soundTimer.stop();
        emit soundingChanged(false);
    }
}

} // namespace sre::alerting
