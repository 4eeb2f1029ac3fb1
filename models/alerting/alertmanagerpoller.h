#pragma once

#include "alert.h"
#include "alertmanagerclient.h"
#include "datasource.h"

#include <QFuture>
#include <QObject>
#include <QTimer>
#include <chrono>
#include <memory>
#include <vector>

namespace sre::alerting {

// What became of createSilence() / ack().
struct SilenceWriteResult
{
    QString id; // the id Alertmanager gave (an edit may get a new one: keep this one)
    QString source; // the datasource (peer) that took the write
    QString error; // empty on success; Alertmanager's own words for a refusal
    int httpStatus = 0; // of the last answer (400: Alertmanager refused the silence as it was)
    int posts = 0; // POSTs sent (more than one only after a check found nothing)
    // The first POST's answer was lost (timeout, connection drop) and the silence it had created
    // was found in the silence list instead.
    bool foundAfterUnknownOutcome = false;

    bool ok() const { return error.isEmpty(); }
};

// Polls every `type: alertmanager` datasource of the workspace (every 15 s by default) and keeps
// one AlertSnapshot of all of them: HA peers (they list each other in /api/v2/status) are merged, their
// alerts deduplicated by fingerprint and their silences by id. When a peer fails its last good
// data stays in the snapshot, which is then `stale` and names the peer and the error.
//
// Lives on the GUI thread; the network runs on each client's worker thread and results come back
// through sre::onFinished, so nothing here blocks. Writes (createSilence, expireSilence, ack) go to
// one peer: the cluster replicates them.
class AlertmanagerPoller final : public QObject
{
    Q_OBJECT

public:
    static constexpr std::chrono::milliseconds kDefaultInterval { 15000 };
    static constexpr int kMaxSilencePosts = 3;

    explicit AlertmanagerPoller(QObject *parent = nullptr);
    // Only the entries with type alertmanager are used.
    explicit AlertmanagerPoller(const std::vector<DatasourceConfig> &datasources, QObject *parent = nullptr);
    ~AlertmanagerPoller() override;

    // Replaces the datasources; the snapshot starts empty again (snapshotChanged says so). Call
    // refreshNow() or start().
    void setDatasources(const std::vector<DatasourceConfig> &datasources);
    QStringList datasourceNames() const;
    bool hasDatasources() const { return !m_peers.empty(); }

    void setInterval(std::chrono::milliseconds interval);
    std::chrono::milliseconds interval() const;
    // Polls now and then every interval() until stop().
    void start();
    void stop();
    bool isRefreshing() const { return m_pending > 0; }

    AlertSnapshot snapshot() const { return m_snapshot; }
    // The last /api/v2/status of a datasource (nullopt before it first answered).
    std::optional<AlertmanagerStatus> status(const QString &datasource) const;
    // The datasources in the same HA cluster as `datasource` (itself included, in workspace order).
    QStringList clusterPeers(const QString &datasource) const;

    // createdBy for silences that have none: the workspace's "me"; the login name by default.
    void setAuthor(const QString &author) { m_author = author; }
    QString author() const { return m_author; }

    // Creates (or, with an id, edits) a silence on ONE peer: `silence.source` if set, else the first
    // peer that answered the last poll. Empty createdBy -> author(); invalid startsAt -> now.
    // A POST is never repeated blindly: after an unknown outcome (timeout, lost connection, 5xx)
    // the peer's silences are listed and an identical one (sameSilence()) is taken as the result;
    // only when none is there is the POST sent again. The future finishes on this thread.
    QFuture<SilenceWriteResult> createSilence(const Silence &silence);
    // The alerts a silence with these matchers covers now, as the peer it would be written to sees
    // them: GET /api/v2/alerts with the matchers as its filter, as Alertmanager's own UI previews.
    QFuture<AmResult<std::vector<Alert>>> alertsMatching(const std::vector<Matcher> &matchers,
                                                         const QString &source = {});
    // Expires a silence on `source`, or on the peer the snapshot read it from.
    QFuture<AmReply> expireSilence(const QString &id, const QString &source = {});
    // A short silence on the alert's exact labels, marked as an ack: comment "ACK: <comment>" and,
    // where the Alertmanager stores silence annotations, sre-console/ack: "true".
    QFuture<SilenceWriteResult> ack(const Alert &alert, std::chrono::seconds duration = std::chrono::minutes(30),
                                    const QString &comment = {});

    static inline const QString AckAnnotation = QStringLiteral("sre-console/ack");

public slots:
    // Polls every datasource now. A poll already running is followed by one more, not two.
    void refreshNow();

signals:
    // After every completed poll and setDatasources(): the snapshot (maybe unchanged, maybe only
    // its errors) is new.
    void snapshotChanged();

private:
    struct Peer;
    struct Write;

    void finishPeer(Peer &peer, quint64 generation);
    void rebuildSnapshot();
    Peer *peer(const QString &name);
    const Peer *peer(const QString &name) const;
    Peer *writablePeer(const QString &preferred);
    QStringList clusterKeys() const; // per datasource (workspace order): equal for HA peers
    void postAttempt(const std::shared_ptr<Write> &write);
    QString nextPeer(const std::shared_ptr<Write> &write) const;
    void checkAfterUnknownOutcome(const std::shared_ptr<Write> &write, const QString &postError);

    std::vector<std::unique_ptr<Peer>> m_peers;
    AlertSnapshot m_snapshot;
    QTimer m_timer;
    QString m_author;
    quint64 m_generation = 0;
    int m_pending = 0; // peers of the current poll that have not finished
    bool m_refreshAgain = false;
};

} // namespace sre::alerting
