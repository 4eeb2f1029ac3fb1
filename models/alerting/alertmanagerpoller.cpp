#include "alertmanagerpoller.h"

#include "alertmanagerjson.h"
#include "futurechain.h"
#include "futurewatch.h"
#include "silencebuilder.h"

#include <QCoreApplication>
#include <QHash>
#include <QPromise>
#include <algorithm>

namespace sre::alerting {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(sre::alerting::AlertmanagerPoller)
};

QString loginName()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("LOGNAME");
    return user.isEmpty() ? QStringLiteral("sre-console") : user;
}

void mergeUnique(QStringList &into, const QStringList &from)
{
    for (const QString &s : from)
        if (!into.contains(s))
            into << s;
}

template<typename T> QFuture<T> finished(T value)
{
    QPromise<T> promise;
    promise.start();
    promise.addResult(std::move(value));
    promise.finish();
    return promise.future();
}

} // namespace

struct AlertmanagerPoller::Peer
{
    QString name;
    std::unique_ptr<AlertmanagerClient> client;
    // Last good data
    std::optional<AlertmanagerStatus> status;
    std::vector<Alert> alerts;
    std::vector<Silence> silences;
    bool hasData = false;
    QString error; // of the last poll, empty when it went well
    // The poll in flight
    int outstanding = 0;
    QString pollError;
    std::optional<AlertmanagerStatus> newStatus;
    std::vector<Alert> newAlerts;
    std::vector<Silence> newSilences;
};

struct AlertmanagerPoller::Write
{
    QPromise<SilenceWriteResult> promise;
    Silence silence;
    QString peer;
    bool withAnnotations = false;
    SilenceWriteResult result;
    QStringList refusedBy; // peers whose connection was refused: nothing was sent there
};

AlertmanagerPoller::AlertmanagerPoller(QObject *parent)
    : QObject(parent)
    , m_author(loginName())
{
    m_timer.setInterval(kDefaultInterval);
    // A tick that finds a poll still under way is skipped, not queued: an Alertmanager slower than
    // the interval is asked once per interval, not back to back. (refreshNow() does queue one more
    // poll: the user's change may be newer than the poll under way.)
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (m_pending == 0)
            refreshNow();
    });
}

AlertmanagerPoller::AlertmanagerPoller(const std::vector<DatasourceConfig> &datasources, QObject *parent)
    : AlertmanagerPoller(parent)
{
    setDatasources(datasources);
}

AlertmanagerPoller::~AlertmanagerPoller() = default;

void AlertmanagerPoller::setDatasources(const std::vector<DatasourceConfig> &datasources)
{
    ++m_generation; // answers of the old peers are dropped
    m_pending = 0;
    m_refreshAgain = false;
    m_peers.clear();
    for (const DatasourceConfig &config : datasources) {
        if (config.type != DatasourceConfig::Type::Alertmanager)
            continue;
        auto peer = std::make_unique<Peer>();
        peer->name = config.name;
        peer->client = std::make_unique<AlertmanagerClient>(config);
        m_peers.push_back(std::move(peer));
    }
    m_snapshot = {};
    emit snapshotChanged(); // views must not keep showing the old datasources' alerts
}

QStringList AlertmanagerPoller::datasourceNames() const
{
    QStringList names;
    for (const auto &p : m_peers)
        names << p->name;
    return names;
}

void AlertmanagerPoller::setInterval(std::chrono::milliseconds interval)
{
    m_timer.setInterval(interval);
}

std::chrono::milliseconds AlertmanagerPoller::interval() const
{
    return m_timer.intervalAsDuration();
}

void AlertmanagerPoller::start()
{
    m_timer.start();
    refreshNow();
}

void AlertmanagerPoller::stop()
{
    m_timer.stop();
}

std::optional<AlertmanagerStatus> AlertmanagerPoller::status(const QString &datasource) const
{
    const Peer *p = peer(datasource);
    return p ? p->status : std::nullopt;
}

AlertmanagerPoller::Peer *AlertmanagerPoller::peer(const QString &name)
{
    for (auto &p : m_peers)
        if (p->name == name)
            return p.get();
    return nullptr;
}

const AlertmanagerPoller::Peer *AlertmanagerPoller::peer(const QString &name) const
{
    return const_cast<AlertmanagerPoller *>(this)->peer(name);
}

QStringList AlertmanagerPoller::clusterKeys() const
{
    // Union-find over the datasources: two are one cluster when either names the other among its
    // peers (or both name a third). While gossip converges the lists may differ; any link joins.
    const int n = int(m_peers.size());
    std::vector<int> parent(std::size_t(n), 0);
    for (int i = 0; i < n; ++i)
        parent[std::size_t(i)] = i;
    auto find = [&parent](int i) {
        while (parent[std::size_t(i)] != i)
            i = parent[std::size_t(i)] = parent[std::size_t(parent[std::size_t(i)])];
        return i;
    };
    auto members = [](const Peer &p) {
        QStringList names;
        if (p.status && !p.status->clusterName.isEmpty()) {
            names = p.status->peerNames;
            names << p.status->clusterName;
        }
        return names;
    };
    for (int i = 0; i < n; ++i) {
        const QStringList a = members(*m_peers[std::size_t(i)]);
        for (int j = i + 1; j < n && !a.isEmpty(); ++j) {
            const QStringList b = members(*m_peers[std::size_t(j)]);
            if (std::any_of(b.begin(), b.end(), [&a](const QString &name) { return a.contains(name); }))
                parent[std::size_t(find(j))] = find(i);
        }
    }
    QStringList keys;
    for (int i = 0; i < n; ++i)
        keys << QStringLiteral("cluster-of:") + m_peers[std::size_t(find(i))]->name;
    return keys;
}

QStringList AlertmanagerPoller::clusterPeers(const QString &datasource) const
{
    const QStringList keys = clusterKeys();
    const qsizetype self = datasourceNames().indexOf(datasource);
    if (self < 0)
        return {};
    QStringList names;
    for (qsizetype i = 0; i < keys.size(); ++i)
        if (keys[i] == keys[self])
            names << m_peers[std::size_t(i)]->name;
    return names;
}

void AlertmanagerPoller::refreshNow()
{
    if (m_pending > 0) {
        m_refreshAgain = true;
        return;
    }
    if (m_peers.empty()) {
        emit snapshotChanged();
        return;
    }
    const quint64 generation = ++m_generation;
    m_pending = int(m_peers.size());
    for (auto &owned : m_peers) {
        Peer *p = owned.get();
        p->outstanding = 3;
        p->pollError.clear();
        p->newStatus.reset();
        p->newAlerts.clear();
        p->newSilences.clear();
        auto noteError = [p](const AmReply &reply) {
            if (!reply.ok() && p->pollError.isEmpty())
                p->pollError = reply.error;
        };
        onFinished(this, p->client->status(), [this, p, generation, noteError](const AmResult<AlertmanagerStatus> &r) {
            if (generation != m_generation)
                return;
            noteError(r);
            if (r.ok())
                p->newStatus = r.value;
            finishPeer(*p, generation);
        });
        onFinished(this, p->client->alerts(), [this, p, generation, noteError](const AmResult<std::vector<Alert>> &r) {
            if (generation != m_generation)
                return;
            noteError(r);
            if (r.ok())
                p->newAlerts = r.value;
            finishPeer(*p, generation);
        });
        onFinished(this, p->client->silences(),
                   [this, p, generation, noteError](const AmResult<std::vector<Silence>> &r) {
                       if (generation != m_generation)
                           return;
                       noteError(r);
                       if (r.ok())
                           p->newSilences = r.value;
                       finishPeer(*p, generation);
                   });
    }
}

void AlertmanagerPoller::finishPeer(Peer &peer, quint64 generation)
{
    if (--peer.outstanding > 0)
        return;
    if (peer.newStatus)
        peer.status = peer.newStatus; // the cluster name is worth keeping even from a partial poll
    if (peer.pollError.isEmpty()) {
        // Only a whole answer replaces the last good data: alerts without their silences would
        // show silenced alerts with no silence to name.
        peer.alerts = std::move(peer.newAlerts);
        peer.silences = std::move(peer.newSilences);
        peer.hasData = true;
    }
    peer.error = peer.pollError;
    peer.newAlerts.clear();
    peer.newSilences.clear();
    if (--m_pending > 0)
        return;
    rebuildSnapshot();
    emit snapshotChanged();
    if (m_refreshAgain && generation == m_generation) {
        m_refreshAgain = false;
        refreshNow();
    }
}

void AlertmanagerPoller::rebuildSnapshot()
{
    AlertSnapshot snapshot;
    // Key: cluster and fingerprint (alerts) or cluster and id (silences). Two independent
    // Alertmanagers may hold the same alert; each is its own source, so they stay apart.
    QHash<QString, std::size_t> alertIndex;
    QHash<QString, std::size_t> silenceIndex;
    bool allGood = true;
    const QStringList keys = clusterKeys();
    for (std::size_t i = 0; i < m_peers.size(); ++i) {
        const Peer *p = m_peers[i].get();
        if (!p->error.isEmpty()) {
            snapshot.errors.insert(p->name, p->error);
            allGood = false;
        }
        if (!p->hasData)
            continue;
        const QString cluster = keys[qsizetype(i)] + u'\n';
        for (const Alert &a : p->alerts) {
            const QString key = cluster + a.fingerprint;
            const auto found = alertIndex.constFind(key);
            if (found == alertIndex.cend()) {
                alertIndex.insert(key, snapshot.alerts.size());
                snapshot.alerts.push_back(a);
                continue;
            }
            Alert &merged = snapshot.alerts[*found];
            mergeUnique(merged.sources, a.sources);
            mergeUnique(merged.receivers, a.receivers);
            // Gossip reaches the peers one after the other: a silence or inhibition any peer
            // already applies is the state the whole cluster is converging to.
            mergeUnique(merged.silencedBy, a.silencedBy);
            mergeUnique(merged.inhibitedBy, a.inhibitedBy);
            if (a.state == AlertState::Suppressed || merged.state == AlertState::Suppressed)
                merged.state = AlertState::Suppressed;
            else if (merged.state == AlertState::Unprocessed)
                merged.state = a.state;
            if (a.updatedAt > merged.updatedAt) {
                merged.updatedAt = a.updatedAt;
                merged.endsAt = a.endsAt;
                merged.annotations = a.annotations;
            }
        }
        for (const Silence &s : p->silences) {
            const QString key = cluster + s.id;
            const auto found = silenceIndex.constFind(key);
            if (found == silenceIndex.cend()) {
                silenceIndex.insert(key, snapshot.silences.size());
                snapshot.silences.push_back(s);
            } else if (s.updatedAt > snapshot.silences[*found].updatedAt) {
                const QString source = snapshot.silences[*found].source;
                snapshot.silences[*found] = s; // an expiry gossiped to this peer first
                snapshot.silences[*found].source = source;
            }
        }
    }
    snapshot.stale = !allGood;
    snapshot.fetchedAt = allGood ? QDateTime::currentDateTimeUtc() : m_snapshot.fetchedAt;
    m_snapshot = std::move(snapshot);
}

AlertmanagerPoller::Peer *AlertmanagerPoller::writablePeer(const QString &preferred)
{
    if (Peer *p = peer(preferred))
        return p;
    for (auto &p : m_peers)
        if (p->error.isEmpty() && p->hasData)
            return p.get();
    return m_peers.empty() ? nullptr : m_peers.front().get();
}

QFuture<SilenceWriteResult> AlertmanagerPoller::createSilence(const Silence &silence)
{
    auto write = std::make_shared<Write>();
    write->promise.start();
    QFuture<SilenceWriteResult> future = write->promise.future();
    write->silence = silence;
    if (write->silence.createdBy.isEmpty())
        write->silence.createdBy = m_author;
    if (!write->silence.startsAt.isValid())
        write->silence.startsAt = QDateTime::currentDateTimeUtc();
    Peer *target = writablePeer(silence.source);
    if (!target) {
        write->result.error = Tr::tr("no Alertmanager datasource in the workspace");
        write->promise.addResult(write->result);
        fut::finish(write->promise);
        return future;
    }
    write->peer = target->name;
    write->result.source = target->name;
    write->withAnnotations = target->status && supportsSilenceAnnotations(target->status->version);
    postAttempt(write);
    return future;
}

void AlertmanagerPoller::postAttempt(const std::shared_ptr<Write> &write)
{
    Peer *target = peer(write->peer);
    auto finish = [write] {
        write->promise.addResult(write->result);
        fut::finish(write->promise);
    };
    if (!target) {
        write->result.error = Tr::tr("datasource %1 was removed from the workspace").arg(write->peer);
        finish();
        return;
    }
    ++write->result.posts;
    onFinished(this, target->client->postSilence(write->silence, write->withAnnotations),
               [this, write, finish](const AmResult<QString> &reply) {
                   write->result.httpStatus = reply.httpStatus;
                   if (reply.ok()) {
                       write->result.id = reply.value;
                       write->result.error.clear();
                       finish();
                       refreshNow();
                   } else if (reply.outcomeUnknown) {
                       checkAfterUnknownOutcome(write, reply.error);
                   } else if (reply.httpStatus == 0 && !nextPeer(write).isEmpty()) {
                       // Never reached that peer (connection refused): another peer of the same
                       // cluster takes the write, and gossip brings it to the first one later.
                       write->refusedBy << write->peer;
                       write->peer = nextPeer(write);
                       write->result.source = write->peer;
                       postAttempt(write);
                   } else {
                       write->result.error = reply.error;
                       finish();
                   }
               });
}

// The POST may have created the silence although its answer never came. Sending it again could
// make a second, identical silence, which the next person must find and expire by hand. So list
// the silences and take an identical one as the answer; only when none is there is it posted
// again, and when the list cannot be read either the write stops with an error instead of
// guessing.
void AlertmanagerPoller::checkAfterUnknownOutcome(const std::shared_ptr<Write> &write, const QString &postError)
{
    auto finish = [write] {
        write->promise.addResult(write->result);
        fut::finish(write->promise);
    };
    Peer *target = peer(write->peer);
    if (!target) {
        write->result.error = postError;
        finish();
        return;
    }
    onFinished(this, target->client->silences(),
               [this, write, postError, finish](const AmResult<std::vector<Silence>> &list) {
                   if (!list.ok()) {
                       write->result.error
                           = Tr::tr("%1; whether the silence was created is unknown (the silence list could not "
                                    "be read either: %2) - look at the silences before trying again")
                                 .arg(postError, list.error);
                       finish();
                       return;
                   }
                   for (const Silence &s : list.value) {
                       if (s.state != SilenceState::Expired && sameSilence(write->silence, s)) {
                           write->result.id = s.id;
                           write->result.error.clear();
                           write->result.foundAfterUnknownOutcome = true;
                           finish();
                           refreshNow();
                           return;
                       }
                   }
                   if (write->result.posts >= kMaxSilencePosts) {
                       write->result.error = postError;
                       finish();
                       return;
                   }
                   postAttempt(write); // checked: it is not there, so this cannot duplicate it
               });
}

QString AlertmanagerPoller::nextPeer(const std::shared_ptr<Write> &write) const
{
    for (const QString &name : clusterPeers(write->peer))
        if (name != write->peer && !write->refusedBy.contains(name))
            return name;
    return {};
}

QFuture<AmResult<std::vector<Alert>>> AlertmanagerPoller::alertsMatching(const std::vector<Matcher> &matchers,
                                                                         const QString &source)
{
    Peer *target = writablePeer(source);
    if (!target) {
        AmResult<std::vector<Alert>> none;
        none.error = Tr::tr("no Alertmanager datasource in the workspace");
        return finished(none);
    }
    AlertQuery query;
    query.filter = matchers;
    return target->client->alerts(query);
}

QFuture<AmReply> AlertmanagerPoller::expireSilence(const QString &id, const QString &source)
{
    QString where = source;
    if (where.isEmpty()) {
        for (const Silence &s : m_snapshot.silences)
            if (s.id == id)
                where = s.source;
    }
    Peer *target = writablePeer(where);
    if (!target) {
        AmReply reply;
        reply.error = Tr::tr("no Alertmanager datasource in the workspace");
        return finished(reply);
    }
    auto promise = std::make_shared<QPromise<AmReply>>();
    promise->start();
    QFuture<AmReply> future = promise->future();
    onFinished(this, target->client->deleteSilence(id), [this, promise](const AmReply &reply) {
        promise->addResult(reply);
        fut::finish(*promise);
        if (reply.ok())
            refreshNow();
    });
    return future;
}

QFuture<SilenceWriteResult> AlertmanagerPoller::ack(const Alert &alert, std::chrono::seconds duration,
                                                    const QString &comment)
{
    Silence s;
    s.matchers = exactMatchers(alert.labels);
    s.startsAt = QDateTime::currentDateTimeUtc();
    s.endsAt = s.startsAt.addSecs(duration.count());
    s.comment = Silence::AckPrefix + u' '
        + (comment.trimmed().isEmpty() ? Tr::tr("acknowledged in SRE Console") : comment.trimmed());
    s.annotations.insert(AckAnnotation, QStringLiteral("true"));
    if (!alert.sources.isEmpty())
        s.source = alert.sources.first();
    return createSilence(s);
}

} // namespace sre::alerting
