#include "ackkeepalive.h"

#include "futurewatch.h"
#include "silencebuilder.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSysInfo>
#include <QUuid>
#include <algorithm>

namespace sre::alerting {

namespace {

struct Tr
{
    // The poller's context: the default ack comment is the same text as AlertmanagerPoller::ack()'s.
    Q_DECLARE_TR_FUNCTIONS(sre::alerting::AlertmanagerPoller)
};

// Not translated: every console reads it, whatever its language.
const QString kMarkerStart = QStringLiteral(" [keep-alive: ");

} // namespace

QString keepAliveOwner(const Silence &silence)
{
    static const QRegularExpression marker(QStringLiteral(R"( \[keep-alive: ([^\]]+)\]$)"));
    const QRegularExpressionMatch m = marker.match(silence.comment);
    return m.hasMatch() ? m.captured(1) : QString();
}

QString withKeepAliveMarker(const QString &comment, const QString &owner)
{
    return comment + kMarkerStart + owner + u']';
}

std::vector<KeepAliveDue> dueForKeepAlive(const AlertSnapshot &snapshot, const QString &owner,
                                          std::chrono::seconds lead, std::chrono::seconds extension,
                                          const QDateTime &now)
{
    std::vector<KeepAliveDue> due;
    for (const Silence &s : snapshot.silences) {
        if (s.state != SilenceState::Active || !s.isAck() || owner.isEmpty() || keepAliveOwner(s) != owner)
            continue;
        if (!s.endsAt.isValid() || s.endsAt <= now || s.endsAt > now.addSecs(lead.count()))
            continue;
        // Alertmanager lists no resolved alert; one whose endsAt has passed has resolved since.
        const bool firing = std::any_of(snapshot.alerts.begin(), snapshot.alerts.end(), [&](const Alert &a) {
            return (!a.endsAt.isValid() || a.endsAt > now) && covers(s, a.labels);
        });
        if (firing)
            due.push_back({ s, now.addSecs(extension.count()) });
    }
    return due;
}

AckKeepAlive::AckKeepAlive(AlertmanagerPoller &poller, const QString &instance, QObject *parent)
    : QObject(parent)
    , m_poller(poller)
    , m_instance(instance)
{
    connect(&poller, &AlertmanagerPoller::snapshotChanged, this, &AckKeepAlive::check);
}

QString AckKeepAlive::thisInstance()
{
    static const QString instance = [] {
        QString user = qEnvironmentVariable("USER");
        if (user.isEmpty())
            user = qEnvironmentVariable("LOGNAME");
        return QStringLiteral("%1@%2#%3")
            .arg(user.isEmpty() ? QStringLiteral("sre-console") : user, QSysInfo::machineHostName(),
                 QUuid::createUuid().toString(QUuid::WithoutBraces).left(8));
    }();
    return instance;
}

AckKeepAlive *AckKeepAlive::forPoller(AlertmanagerPoller &poller)
{
    if (auto *existing = poller.findChild<AckKeepAlive *>(QString(), Qt::FindDirectChildrenOnly))
        return existing;
    static int pollers = 0;
    ++pollers;
    const QString instance = pollers == 1 ? thisInstance() : thisInstance() + u'/' + QString::number(pollers);
    return new AckKeepAlive(poller, instance, &poller);
}

QFuture<SilenceWriteResult> AckKeepAlive::ack(const Alert &alert, std::chrono::seconds duration, bool keepAlive,
                                              const QString &comment)
{
    QString text = comment.trimmed().isEmpty() ? Tr::tr("acknowledged in SRE Console") : comment.trimmed();
    if (keepAlive)
        text = withKeepAliveMarker(text, m_instance);
    return m_poller.ack(alert, duration, text);
}

void AckKeepAlive::check()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const KeepAliveDue &due : dueForKeepAlive(m_poller.snapshot(), m_instance, m_lead, m_extension, now)) {
        const Silence &s = due.silence;
        if (m_inFlight.contains(s.id) || m_replaced.contains(s.id))
            continue;
        // A poll that started before the last extension still shows the old end: not due again.
        if (const auto it = m_extendedTo.constFind(s.id); it != m_extendedTo.cend() && s.endsAt.addSecs(1) < *it)
            continue;
        Silence edit = s;
        edit.endsAt = due.newEnd;
        m_inFlight.insert(s.id);
        onFinished(this, m_poller.createSilence(edit),
                   [this, id = s.id, end = due.newEnd](const SilenceWriteResult &r) {
                       m_inFlight.remove(id);
                       if (!r.ok()) {
                           emit extendFailed(id, r.error);
                           return;
                       }
                       if (r.id != id)
                           m_replaced.insert(id);
                       m_extendedTo.insert(r.id, end);
                       emit extended(id, r.id, end);
                   });
    }
}

} // namespace sre::alerting
