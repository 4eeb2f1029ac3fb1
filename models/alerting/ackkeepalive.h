#pragma once

// Keeps acks alive while their alert fires (issue 13 §3): an ack is a short silence, and an
// incident that outlasts it would page again although someone is on it. So, shortly before an
// ack ends, its end is pushed out again - as long as an alert it covers is still firing.
//
// One writer only. The ack's comment names the console instance that made it
// ("ACK: on it [keep-alive: ayumi@laptop#3f2a]") and only that instance extends it. Alertmanager
// edits a silence by replacing it: when the change cannot be made in place, or the silence was
// already replaced or expired, a POST with the old id expires that one and creates a *new* silence
// with a new id. Two consoles extending the same ack (the user's laptop and desktop, or two people
// watching the same alerts) would each post an edit of the id they last saw; the slower one then
// edits an id the faster one already replaced, and Alertmanager creates a second silence. Every
// round of keep-alive would add one more. With one writer there is one chain of ids, and the
// other consoles only read it. The instance id is per process: after a restart the ack simply
// ends at its time (the alert notifies again), which is the safe way to fail.

#include "alert.h"
#include "alertmanagerpoller.h"

#include <QDateTime>
#include <QFuture>
#include <QHash>
#include <QObject>
#include <QSet>
#include <chrono>
#include <vector>

namespace sre::alerting {

// One ack that is due for extension, and the new end it should get.
struct KeepAliveDue
{
    Silence silence;
    QDateTime newEnd;
};

// The marker in an ack's comment that names its keep-alive owner; empty when there is none.
QString keepAliveOwner(const Silence &silence);
// `comment` with the marker for `owner` appended.
QString withKeepAliveMarker(const QString &comment, const QString &owner);

// The acks of `owner` in `snapshot` that end within `lead` of `now` while an alert they cover is
// still firing; each gets `now + extension` as its new end.
std::vector<KeepAliveDue> dueForKeepAlive(const AlertSnapshot &snapshot, const QString &owner,
                                          std::chrono::seconds lead, std::chrono::seconds extension,
                                          const QDateTime &now);

class AckKeepAlive final : public QObject
{
    Q_OBJECT

public:
    static constexpr std::chrono::seconds kDefaultLead { 5 * 60 };
    static constexpr std::chrono::seconds kDefaultExtension { 30 * 60 };

    // `instance` names this console process in the comments of the acks it keeps alive
    // (thisInstance() in the application; tests give each simulated console its own).
    AckKeepAlive(AlertmanagerPoller &poller, const QString &instance, QObject *parent = nullptr);

    // "<login>@<host>#<random>", the same for the whole process.
    static QString thisInstance();
    // The one keep-alive of this poller (a child of it, made on first use): two on one poller
    // would be two writers. A second poller in the process gets "<thisInstance()>/2" and so on.
    static AckKeepAlive *forPoller(AlertmanagerPoller &poller);
    QString instance() const { return m_instance; }

    // How long before its end an ack is extended (keep it above the poll interval: the check runs
    // on every snapshot), and by how much (the new end is now + extension).
    void setLead(std::chrono::seconds lead) { m_lead = lead; }
    void setExtension(std::chrono::seconds extension) { m_extension = extension; }

    // Acks the alert like AlertmanagerPoller::ack(); with keepAlive the ack is marked as this
    // instance's and extended while the alert fires.
    QFuture<SilenceWriteResult> ack(const Alert &alert, std::chrono::seconds duration, bool keepAlive,
                                    const QString &comment = {});

    // Looks at the poller's snapshot now (also done on every snapshotChanged).
    void check();

signals:
    // An ack was extended; Alertmanager may have given it a new id.
    void extended(const QString &oldId, const QString &newId, const QDateTime &newEnd);
    void extendFailed(const QString &id, const QString &error);

private:
    AlertmanagerPoller &m_poller;
    const QString m_instance;
    std::chrono::seconds m_lead = kDefaultLead;
    std::chrono::seconds m_extension = kDefaultExtension;
    QSet<QString> m_inFlight; // ids being extended now
    QSet<QString> m_replaced; // ids Alertmanager replaced by an extension: never to be posted again
    QHash<QString, QDateTime> m_extendedTo; // id -> the end this instance gave it
};

} // namespace sre::alerting
