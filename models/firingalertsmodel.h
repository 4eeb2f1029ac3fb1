#pragma once

#include "alert.h"
#include "alertfilter.h"
#include "itemdatarole.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QTimeZone>
#include <optional>

namespace sre {

// What the Firing now view knows of a workspace SLO, to link alerts to it.
struct SloLink
{
    QString id; // service/name
    QString service;
    QString name;
    std::optional<double> budgetRemaining; // fraction, from the last good evaluation
    std::optional<double> burn1h;
};

// A runbook found for an alert (resolved off the GUI thread by whoever feeds the model).
struct AlertRunbook
{
    QString file; // absolute; empty when none
    QString anchor;
    QString shown; // relative to its runbook folder
    QString externalUrl; // a runbook_url no runbook_url_map covers
};

// The Firing now tree: groups (by any label set, alertname + severity by default, computed
// locally) whose children are the alerts. Labels every alert of a group shares move to the
// group's header. A filter (alertfilter.h) selects the alerts; re-filtering 5,000 alerts touches
// only precomputed group keys.
class FiringAlertsModel final : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { Severity, Summary, Labels, Since, State, Runbook, Slo, ColumnCount };
    enum Role {
        FingerprintsRole = ServiceRole + 200, // QStringList: the alert, or every alert of a group
        IsGroupRole,
        SeverityRankRole, // 0 critical, 1 warning, 2 info, 3 other
        RunbookFileRole, // absolute runbook file (with #anchor), or an external URL
        SloIdRole,
        GroupKeyRole, // QString: the group's label values (of the group an alert row is in), stable across refreshes
    };

    explicit FiringAlertsModel(QObject *parent = nullptr);

    void setSnapshot(const alerting::AlertSnapshot &snapshot);
    void setFilter(const alerting::AlertFilter &filter);
    void setGroupBy(const QStringList &labels); // empty: alertname, severity
    void setTimeZone(const QTimeZone &zone);
    void setMe(const QString &me);
    void setNow(const QDateTime &now); // for @age; default: the clock at each refilter
    void setRunbooks(const QHash<QString, AlertRunbook> &byKey); // key: runbookKey()
    void setSlos(const std::vector<SloLink> &slos);

    QStringList groupBy() const { return m_groupBy; }
    const alerting::AlertSnapshot &snapshot() const { return m_snapshot; }
    int visibleAlertCount() const;

    // The alert of an alert row, nullptr for a group row.
    const alerting::Alert *alertAt(const QModelIndex &index) const;
    // The alert of an alert row, or every (visible) alert of a group row.
    std::vector<alerting::Alert> alertsAt(const QModelIndex &index) const;
    QModelIndex indexOfFingerprint(const QString &fingerprint) const;

    // Which runbook lookup an alert needs: alerts with the same key resolve alike.
    static QString runbookKey(const alerting::Alert &alert);
    // The workspace SLO an alert belongs to (Sloth's sloth_id / sloth_service + sloth_slo,
    // Pyrra's `slo`, or a `slo` / `service` label naming a workspace SLO); nullptr when none.
    static const SloLink *sloOf(const alerting::LabelSet &labels, const std::vector<SloLink> &slos);
    static int severityRank(const QString &severity);
    static QString severityText(const QString &severity); // shape + word

    // Export of the visible rows (groups with their alerts).
    QString toCsv() const;
    QString toMarkdown(const QModelIndexList &rows) const; // rows empty: everything visible

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    struct Group
    {
        QString key;
        std::vector<int> alerts; // indices into m_snapshot.alerts
        alerting::LabelSet shared; // labels with one value across the group
        int worstRank = 3;
        QDateTime earliest;
        qint64 earliestMs = 0; // compared while sorting: cheaper than QDateTime
    };

    void rebuild();
    void cellsChanged();
    QVariant groupData(const Group &group, int column, int role) const;
    QVariant alertData(const Group &group, const alerting::Alert &alert, int column, int role) const;
    QString stateText(const alerting::Alert &alert) const;
    QString localTime(const QDateTime &utc) const;
    QString keyLabels(const Group &group, const alerting::Alert &alert) const;
    const Group *groupOf(const QModelIndex &index) const;

    alerting::AlertSnapshot m_snapshot;
    alerting::AlertFilter m_filter;
    alerting::FilterContext m_context;
    QDateTime m_fixedNow;
    QStringList m_groupBy;
    std::vector<QString> m_keys; // group key per alert
    std::vector<qint64> m_startMs; // startsAt per alert, ms since the epoch
    QTimeZone m_zone = QTimeZone::utc();
    QHash<QString, AlertRunbook> m_runbooks;
    std::vector<SloLink> m_slos;
    QHash<QString, int> m_byFingerprint; // fingerprint -> index into m_snapshot.alerts
    QHash<QString, int> m_silenceIndex; // silence id -> index into m_snapshot.silences
    std::vector<Group> m_groups;
};

} // namespace sre
