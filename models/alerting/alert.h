#pragma once

// Value types for live alerts and silences as Alertmanager's API v2 reports them
// (DESIGN.md "Alerts, silences, incidents"). Shared by the Alertmanager client, the filter
// language, the grouping model, the Alerts page and srectl. Times are UTC.

#include <QDateTime>
#include <QMap>
#include <QString>
#include <QStringList>
#include <vector>

namespace sre::alerting {

using LabelSet = QMap<QString, QString>;

// One Prometheus/Alertmanager label matcher: name="v", name!="v", name=~"re", name!~"re".
struct Matcher
{
    QString name;
    QString value;
    bool isRegex = false;
    bool isEqual = true; // false for != and !~

    friend bool operator==(const Matcher &, const Matcher &) = default;
};

enum class AlertState { Active, Suppressed, Unprocessed };

// GET /api/v2/alerts, one entry (a "gettableAlert"), merged over the peers of one HA cluster.
struct Alert
{
    QString fingerprint;
    LabelSet labels;
    LabelSet annotations;
    QDateTime startsAt;
    QDateTime endsAt; // for a firing alert this is Alertmanager's expiry, not a resolution time
    QDateTime updatedAt;
    QString generatorURL;
    QStringList receivers;
    AlertState state = AlertState::Active;
    QStringList silencedBy; // silence ids
    QStringList inhibitedBy; // fingerprints of the inhibiting alerts
    QStringList sources; // names of the alertmanager datasources (peers) that reported it

    QString name() const { return labels.value(QStringLiteral("alertname")); }
    QString severity() const { return labels.value(QStringLiteral("severity")); }
    bool isSilenced() const { return !silencedBy.isEmpty(); }
    bool isInhibited() const { return !inhibitedBy.isEmpty(); }
};

enum class SilenceState { Active, Pending, Expired };

// GET /api/v2/silences, one entry ("gettableSilence").
struct Silence
{
    QString id; // empty for a silence not yet posted
    std::vector<Matcher> matchers;
    QDateTime startsAt;
    QDateTime endsAt;
    QDateTime updatedAt;
    QString createdBy;
    QString comment;
    SilenceState state = SilenceState::Active;
    LabelSet annotations; // only where Alertmanager supports silence annotations
    QString source; // the datasource (peer) it was read from

    static inline const QString AckPrefix = QStringLiteral("ACK:");
    bool isAck() const { return comment.startsWith(AckPrefix); }
};

// GET /api/v2/status, the parts the console uses.
struct AlertmanagerStatus
{
    // Alertmanager reports the name of the answering *peer* here (a ULID per process), not one name
    // for the cluster: peers of one cluster are recognised by listing each other in peerNames.
    QString clusterName; // empty when clustering is off
    QString clusterStatus; // "ready", "settling", "disabled"
    QStringList peers; // peer addresses
    QStringList peerNames; // peer names (the clusterName of each member, this one included)
    QString version;
    QDateTime uptime;
};

// What the console knows about the live alerts at one moment: every alert and silence of every
// alertmanager datasource, HA peers merged. Kept whole when a peer fails (then `stale` is true and
// `errors` says which peer failed and why), so views always show the last good data.
struct AlertSnapshot
{
    std::vector<Alert> alerts;
    std::vector<Silence> silences;
    QDateTime fetchedAt; // when the last complete (good) fetch finished
    QMap<QString, QString> errors; // datasource name -> error text of its last failed fetch
    bool stale = false;
};

} // namespace sre::alerting
