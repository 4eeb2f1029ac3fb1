#include "firingalertsmodel.h"

#include <QCoreApplication>
#include <algorithm>

namespace sre {

using alerting::Alert;
using alerting::AlertState;
using alerting::LabelSet;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(sre::FiringAlertsModel)
};

const QString kAlertname = QStringLiteral("alertname");
const QString kSeverity = QStringLiteral("severity");

QString labelText(const LabelSet &labels, const QStringList &skip = {})
{
    QStringList parts;
    for (auto it = labels.begin(); it != labels.end(); ++it) {
        if (!skip.contains(it.key()))
            parts << it.key() + u'=' + it.value();
    }
    return parts.join(QStringLiteral(", "));
}

} // namespace

FiringAlertsModel::FiringAlertsModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_groupBy { kAlertname, kSeverity }
{ }

int FiringAlertsModel::severityRank(const QString &severity)
{
    const QString s = severity.toLower();
    if (s == u"critical" || s == u"page" || s == u"error")
        return 0;
    if (s == u"warning" || s == u"ticket")
        return 1;
    if (s == u"info")
        return 2;
    return 3;
}

QString FiringAlertsModel::severityText(const QString &severity)
{
    // A shape as well as a colour, so severity reads without colour vision and in print.
    static const QString shapes[]
        = { QStringLiteral("▲"), QStringLiteral("◆"), QStringLiteral("●"), QStringLiteral("○") };
    const QString word = severity.isEmpty() ? Tr::tr("none") : severity;
    return shapes[severityRank(severity)] + u' ' + word;
}

QString FiringAlertsModel::runbookKey(const Alert &alert)
{
    return alert.name() + u'\x1f' + alert.annotations.value(QStringLiteral("runbook_url")) + u'\x1f'
        + alert.annotations.value(QStringLiteral("runbook"));
}

const SloLink *FiringAlertsModel::sloOf(const LabelSet &labels, const std::vector<SloLink> &slos)
{
    const auto find = [&](auto &&pred) -> const SloLink * {
        for (const SloLink &s : slos) {
            if (pred(s))
                return &s;
        }
        return nullptr;
    };
    const QString slothService = labels.value(QStringLiteral("sloth_service"));
    const QString slothSlo = labels.value(QStringLiteral("sloth_slo"));
    if (!slothService.isEmpty() && !slothSlo.isEmpty()) {
        if (auto *s = find([&](const SloLink &l) { return l.service == slothService && l.name == slothSlo; }))
            return s;
    }
    const QString slothId = labels.value(QStringLiteral("sloth_id"));
    if (!slothId.isEmpty()) { // Sloth writes <service>-<slo>
        if (auto *s = find([&](const SloLink &l) { return l.service + u'-' + l.name == slothId; }))
            return s;
    }
    const QString service = labels.value(QStringLiteral("service"));
    const QString slo = labels.value(QStringLiteral("slo"));
    if (!slo.isEmpty()) {
        // Pyrra's `slo` is the objective's name; our generated rules put service and name apart.
        if (auto *s = find([&](const SloLink &l) {
                return (l.id == slo || l.name == slo) && (service.isEmpty() || l.service == service);
            }))
            return s;
        if (auto *s = find([&](const SloLink &l) { return l.id == slo || l.name == slo; }))
            return s;
    }
    if (!service.isEmpty())
        return find([&](const SloLink &l) { return l.service == service; });
    return nullptr;
}

void FiringAlertsModel::setSnapshot(const alerting::AlertSnapshot &snapshot)
{
    m_snapshot = snapshot;
    m_byFingerprint.clear();
    m_byFingerprint.reserve(int(m_snapshot.alerts.size()));
    for (int i = 0; i < int(m_snapshot.alerts.size()); ++i)
        m_byFingerprint.insert(m_snapshot.alerts[size_t(i)].fingerprint, i);
    m_silenceIndex.clear();
    for (int i = 0; i < int(m_snapshot.silences.size()); ++i)
        m_silenceIndex.insert(m_snapshot.silences[size_t(i)].id, i);
    m_context.silenceAuthors = alerting::FilterContext::authorsOf(m_snapshot.silences);
    m_startMs.clear();
    m_startMs.reserve(m_snapshot.alerts.size());
    for (const Alert &a : m_snapshot.alerts)
        m_startMs.push_back(a.startsAt.isValid() ? a.startsAt.toMSecsSinceEpoch() : 0);
    m_keys.clear();
    rebuild();
}

void FiringAlertsModel::setFilter(const alerting::AlertFilter &filter)
{
    m_filter = filter;
    rebuild();
}

void FiringAlertsModel::setGroupBy(const QStringList &labels)
{
    m_groupBy = labels.isEmpty() ? QStringList { kAlertname, kSeverity } : labels;
    m_keys.clear();
    rebuild();
}

void FiringAlertsModel::setTimeZone(const QTimeZone &zone)
{
    m_zone = zone.isValid() ? zone : QTimeZone::utc();
    cellsChanged();
}

void FiringAlertsModel::setMe(const QString &me)
{
    m_context.me = me;
    rebuild();
}

void FiringAlertsModel::setNow(const QDateTime &now)
{
    m_fixedNow = now;
    rebuild();
}

void FiringAlertsModel::setRunbooks(const QHash<QString, AlertRunbook> &byKey)
{
    m_runbooks = byKey;
    cellsChanged();
}

void FiringAlertsModel::setSlos(const std::vector<SloLink> &slos)
{
    m_slos = slos;
    cellsChanged();
}

void FiringAlertsModel::cellsChanged()
{
    // Same rows, new texts: keep the view's expansion and selection.
    if (m_groups.empty())
        return;
    emit dataChanged(index(0, 0), index(int(m_groups.size()) - 1, ColumnCount - 1));
    for (int g = 0; g < int(m_groups.size()); ++g) {
        const QModelIndex parent = index(g, 0);
        emit dataChanged(index(0, 0, parent), index(rowCount(parent) - 1, ColumnCount - 1, parent));
    }
}

void FiringAlertsModel::rebuild()
{
    const auto &alerts = m_snapshot.alerts;
    if (m_keys.size() != alerts.size()) {
        m_keys.clear();
        m_keys.reserve(alerts.size());
        for (const Alert &a : alerts) {
            QString key;
            for (const QString &label : m_groupBy)
                key += a.labels.value(label) + u'\x1f';
            m_keys.push_back(std::move(key));
        }
    }
    m_context.now = m_fixedNow.isValid() ? m_fixedNow : QDateTime::currentDateTimeUtc();

    std::vector<Group> groups;
    QHash<QString, int> byKey;
    for (int i = 0; i < int(alerts.size()); ++i) {
        const Alert &a = alerts[size_t(i)];
        if (!m_filter.isEmpty() && !m_filter.matches(a, m_context))
            continue;
        auto it = byKey.find(m_keys[size_t(i)]);
        if (it == byKey.end()) {
            it = byKey.insert(m_keys[size_t(i)], int(groups.size()));
            groups.push_back(Group { m_keys[size_t(i)], {}, a.labels, 3, {}, 0 });
        }
        Group &g = groups[size_t(*it)];
        g.alerts.push_back(i);
        g.worstRank = std::min(g.worstRank, severityRank(a.severity()));
        if (m_startMs[size_t(i)] && (!g.earliestMs || m_startMs[size_t(i)] < g.earliestMs)) {
            g.earliestMs = m_startMs[size_t(i)];
            g.earliest = a.startsAt;
        }
        if (g.alerts.size() > 1) {
            for (auto s = g.shared.begin(); s != g.shared.end();) {
                const auto v = a.labels.constFind(s.key());
                s = (v == a.labels.constEnd() || *v != s.value()) ? g.shared.erase(s) : std::next(s);
            }
        }
    }
    for (Group &g : groups) {
        std::sort(g.alerts.begin(), g.alerts.end(),
                  [&](int l, int r) { return m_startMs[size_t(l)] < m_startMs[size_t(r)]; });
    }
    std::sort(groups.begin(), groups.end(), [](const Group &l, const Group &r) {
        if (l.worstRank != r.worstRank)
            return l.worstRank < r.worstRank;
        if (l.earliestMs != r.earliestMs)
            return l.earliestMs < r.earliestMs;
        return l.key < r.key;
    });

    beginResetModel();
    m_groups = std::move(groups);
    endResetModel();
}

int FiringAlertsModel::visibleAlertCount() const
{
    int n = 0;
    for (const Group &g : m_groups)
        n += int(g.alerts.size());
    return n;
}

const FiringAlertsModel::Group *FiringAlertsModel::groupOf(const QModelIndex &index) const
{
    if (!index.isValid())
        return nullptr;
    const quintptr id = index.internalId();
    const size_t g = id == 0 ? size_t(index.row()) : size_t(id - 1);
    return g < m_groups.size() ? &m_groups[g] : nullptr;
}

const Alert *FiringAlertsModel::alertAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == 0)
        return nullptr;
    const Group *g = groupOf(index);
    if (!g || index.row() >= int(g->alerts.size()))
        return nullptr;
    return &m_snapshot.alerts[size_t(g->alerts[size_t(index.row())])];
}

std::vector<Alert> FiringAlertsModel::alertsAt(const QModelIndex &index) const
{
    if (const Alert *a = alertAt(index))
        return { *a };
    std::vector<Alert> out;
    if (const Group *g = groupOf(index)) {
        for (int i : g->alerts)
            out.push_back(m_snapshot.alerts[size_t(i)]);
    }
    return out;
}

QModelIndex FiringAlertsModel::indexOfFingerprint(const QString &fingerprint) const
{
    for (int g = 0; g < int(m_groups.size()); ++g) {
        const auto &rows = m_groups[size_t(g)].alerts;
        for (int r = 0; r < int(rows.size()); ++r) {
            if (m_snapshot.alerts[size_t(rows[size_t(r)])].fingerprint == fingerprint)
                return createIndex(r, 0, quintptr(g + 1));
        }
    }
    return {};
}

QModelIndex FiringAlertsModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < int(m_groups.size()) ? createIndex(row, column, quintptr(0)) : QModelIndex();
    if (parent.internalId() != 0 || parent.row() >= int(m_groups.size()))
        return {};
    if (row >= int(m_groups[size_t(parent.row())].alerts.size()))
        return {};
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex FiringAlertsModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int FiringAlertsModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.internalId() != 0 || parent.column() != 0 || parent.row() >= int(m_groups.size()))
        return 0;
    return int(m_groups[size_t(parent.row())].alerts.size());
}

int FiringAlertsModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant FiringAlertsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Severity: return Tr::tr("Severity");
    case Summary: return Tr::tr("Alert");
    case Labels: return Tr::tr("Labels");
    case Since: return Tr::tr("Firing since");
    case State: return Tr::tr("State");
    case Runbook: return Tr::tr("Runbook");
    case Slo: return Tr::tr("SLO");
    default: return {};
    }
}

QString FiringAlertsModel::localTime(const QDateTime &utc) const
{
    if (!utc.isValid())
        return {};
    return utc.toTimeZone(m_zone).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString FiringAlertsModel::stateText(const Alert &alert) const
{
    QStringList parts;
    for (const QString &id : alert.silencedBy) {
        const auto it = m_silenceIndex.constFind(id);
        if (it == m_silenceIndex.constEnd()) {
            parts << Tr::tr("silenced (%1)").arg(id.left(8));
            continue;
        }
        const alerting::Silence &s = m_snapshot.silences[size_t(*it)];
        parts << (s.isAck() ? Tr::tr("acked by %1 until %2") : Tr::tr("silenced by %1 until %2"))
                     .arg(s.createdBy.isEmpty() ? Tr::tr("someone") : s.createdBy, localTime(s.endsAt));
    }
    if (alert.isInhibited()) {
        QStringList by;
        for (const QString &fp : alert.inhibitedBy) {
            const auto it = m_byFingerprint.constFind(fp);
            by << (it == m_byFingerprint.constEnd() ? fp.left(8) : m_snapshot.alerts[size_t(*it)].name());
        }
        parts << Tr::tr("inhibited by %1").arg(by.join(QStringLiteral(", ")));
    }
    if (!parts.isEmpty())
        return parts.join(QStringLiteral("; "));
    switch (alert.state) {
    case AlertState::Active: return Tr::tr("active");
    case AlertState::Suppressed: return Tr::tr("suppressed");
    case AlertState::Unprocessed: return Tr::tr("unprocessed");
    }
    return {};
}

QString FiringAlertsModel::keyLabels(const Group &group, const Alert &alert) const
{
    QStringList parts;
    for (auto it = alert.labels.begin(); it != alert.labels.end(); ++it) {
        if (it.key() == kAlertname || it.key() == kSeverity || group.shared.contains(it.key()))
            continue;
        parts << it.key() + u'=' + it.value();
    }
    return parts.join(QStringLiteral(", "));
}

QVariant FiringAlertsModel::data(const QModelIndex &index, int role) const
{
    const Group *g = groupOf(index);
    if (!g)
        return {};
    if (const Alert *a = alertAt(index))
        return alertData(*g, *a, index.column(), role);
    if (index.internalId() != 0)
        return {};
    return groupData(*g, index.column(), role);
}

QVariant FiringAlertsModel::groupData(const Group &group, int column, int role) const
{
    const Alert &first = m_snapshot.alerts[size_t(group.alerts.front())];
    if (role == FingerprintsRole) {
        QStringList fps;
        for (int i : group.alerts)
            fps << m_snapshot.alerts[size_t(i)].fingerprint;
        return fps;
    }
    if (role == IsGroupRole)
        return true;
    if (role == GroupKeyRole)
        return group.key;
    if (role == SeverityRankRole)
        return group.worstRank;
    if (role == RunbookFileRole || role == SloIdRole)
        return alertData(group, first, column, role);
    if (role == Qt::ToolTipRole && column == Since)
        return group.earliest.toUTC().toString(Qt::ISODate);
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case Severity: {
        static const QString words[]
            = { QStringLiteral("critical"), QStringLiteral("warning"), QStringLiteral("info"), QString() };
        return severityText(group.shared.contains(kSeverity) ? group.shared.value(kSeverity) : words[group.worstRank]);
    }
    case Summary: {
        QStringList key;
        for (const QString &label : m_groupBy)
            key << group.shared.value(label, QStringLiteral("…"));
        return Tr::tr("%1 (%n alert(s))", nullptr, int(group.alerts.size())).arg(key.join(QStringLiteral(" · ")));
    }
    case Labels: return labelText(group.shared, { kAlertname, kSeverity });
    case Since: return localTime(group.earliest);
    case State: {
        int active = 0, silenced = 0, inhibited = 0;
        for (int i : group.alerts) {
            const auto &a = m_snapshot.alerts[size_t(i)];
            a.isSilenced() ? ++silenced : a.isInhibited() ? ++inhibited : ++active;
        }
        QStringList parts;
        if (active)
            parts << Tr::tr("%1 active").arg(active);
        if (silenced)
            parts << Tr::tr("%1 silenced").arg(silenced);
        if (inhibited)
            parts << Tr::tr("%1 inhibited").arg(inhibited);
        return parts.join(QStringLiteral(", "));
    }
    case Runbook:
    case Slo: return alertData(group, first, column, role);
    default: return {};
    }
}

QVariant FiringAlertsModel::alertData(const Group &group, const alerting::Alert &alert, int column, int role) const
{
    switch (role) {
    case FingerprintsRole: return QStringList { alert.fingerprint };
    case IdRole: return alert.fingerprint;
    case IsGroupRole: return false;
    case GroupKeyRole: return group.key;
    case SeverityRankRole: return severityRank(alert.severity());
    case RunbookFileRole: {
        const AlertRunbook rb = m_runbooks.value(runbookKey(alert));
        if (!rb.file.isEmpty())
            return rb.anchor.isEmpty() ? rb.file : rb.file + u'#' + rb.anchor;
        return rb.externalUrl;
    }
    case SloIdRole: {
        const SloLink *s = sloOf(alert.labels, m_slos);
        return s ? s->id : QString();
    }
    case Qt::ToolTipRole:
        if (column == Since)
            return alert.startsAt.toUTC().toString(Qt::ISODate);
        if (column == Summary)
            return alert.annotations.value(QStringLiteral("description"));
        if (column == Labels)
            return labelText(alert.labels);
        return {};
    case Qt::DisplayRole: break;
    default: return {};
    }
    switch (column) {
    case Severity: return severityText(alert.severity());
    case Summary: {
        const QString summary = alert.annotations.value(QStringLiteral("summary"));
        return summary.isEmpty() ? alert.name() : alert.name() + QStringLiteral(" — ") + summary;
    }
    case Labels: return keyLabels(group, alert);
    case Since: return localTime(alert.startsAt);
    case State: return stateText(alert);
    case Runbook: {
        const AlertRunbook rb = m_runbooks.value(runbookKey(alert));
        return !rb.shown.isEmpty() ? rb.shown : rb.externalUrl;
    }
    case Slo: {
        const SloLink *s = sloOf(alert.labels, m_slos);
        if (!s)
            return {};
        QString text = s->id;
        if (s->budgetRemaining)
            text += u' ' + Tr::tr("%1% left").arg(*s->budgetRemaining * 100, 0, 'f', 1);
        if (s->burn1h)
            text += u' ' + Tr::tr("burn %1×").arg(*s->burn1h, 0, 'f', 1);
        return text;
    }
    default: return {};
    }
}

} // namespace sre
