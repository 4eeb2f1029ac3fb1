#include "slooverviewmodel.h"

#include "slohistory.h"
#include "storemodels.h"
#include "window.h"

#include <QCoreApplication>
#include <cmath>

namespace sre {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(sre::SloOverviewModel)
};

QString percentText(std::optional<double> v, int decimals)
{
    return v ? QString::number(*v * 100.0, 'f', decimals) + QStringLiteral(" %") : Tr::tr("no data");
}

// Sorting puts "no data" after every number in ascending order.
QVariant sortValue(std::optional<double> v)
{
    return v ? QVariant(*v) : QVariant(std::numeric_limits<double>::max());
}
} // namespace

SloOverviewModel::SloOverviewModel(ws::Workspace &workspace, QObject *parent)
    : QAbstractTableModel(parent)
    , m_workspace(workspace)
{
    connect(&workspace.slos(), &ws::StoreBase::changed, this, [this] {
        beginResetModel();
        endResetModel();
    });
}

int SloOverviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_workspace.slos().size());
}

int SloOverviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SloOverviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Service: return Tr::tr("Service");
    case Slo: return Tr::tr("SLO");
    case Objective: return Tr::tr("Objective");
    case Window: return Tr::tr("Window");
    case Sli: return Tr::tr("SLI");
    case BudgetRemaining: return Tr::tr("Budget remaining");
    case Burn1h: return Tr::tr("Burn 1h");
    case Burn6h: return Tr::tr("Burn 6h");
    case Status: return Tr::tr("Status");
    case Trend: return Tr::tr("Budget trend");
    }
    return {};
}

void SloOverviewModel::setEvaluations(QList<SloEvaluation> evaluations)
{
    for (SloEvaluation &e : evaluations) {
        if (e.error && e.error->isCancellation())
            continue; // a newer refresh replaced it
        Entry &entry = m_entries[e.spec.id()];
        if (!e.error) {
            entry.good = e.report;
            entry.sparkline = budgetSparkline(e, kSparklinePoints);
            entry.groups = e.groups;
            entry.groupsOutOfBudget = e.groupsOutOfBudget();
        }
        entry.latest = std::move(e);
    }
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void SloOverviewModel::clearEvaluations()
{
    m_entries.clear();
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void SloOverviewModel::setRulesDrift(QHash<QString, QString> drift)
{
    if (drift == m_rulesDrift)
        return;
    m_rulesDrift = std::move(drift);
    if (rowCount() > 0)
        emit dataChanged(index(0, Status), index(rowCount() - 1, Status));
}

void SloOverviewModel::setRulesAudit(QHash<QString, AuditMark> audit)
{
    if (audit == m_rulesAudit)
        return;
    m_rulesAudit = std::move(audit);
    if (rowCount() > 0)
        emit dataChanged(index(0, Status), index(rowCount() - 1, Status));
}

const SloEvaluation *SloOverviewModel::evaluation(const QString &id) const
{
    const auto it = m_entries.constFind(id);
    return it == m_entries.cend() ? nullptr : &it->latest;
}

// The status an SLO row shows: for a per-group SLO the worst of its groups (its objective holds
// for each group), so a group out of budget is not hidden behind the fleet's numbers.
slo::SloStatus SloOverviewModel::shownStatus(const Entry *entry, const slo::SloReport *r)
{
    if (!entry || !entry->good || r != &*entry->good || entry->groups.empty())
        return r->status;
    static const int severity[] = { 0, 2, 3, 1 }; // Ok, Warning, Critical, NoData
    slo::SloStatus worst = entry->groups.front().report.status;
    for (const SloGroupEvaluation &g : entry->groups)
        if (severity[int(g.report.status)] > severity[int(worst)])
            worst = g.report.status;
    return worst;
}

const SloOverviewModel::Entry *SloOverviewModel::entryAt(int row) const
{
    if (row < 0 || row >= rowCount())
        return nullptr;
    const auto it = m_entries.constFind(m_workspace.slos().items()[std::size_t(row)].id());
    return it == m_entries.cend() ? nullptr : &*it;
}

int SloOverviewModel::groupCount(int row) const
{
    const Entry *entry = entryAt(row);
    return entry ? int(entry->groups.size()) : 0;
}

QVariant SloOverviewModel::groupData(int row, int group, int column, int role) const
{
    const Entry *entry = entryAt(row);
    if (!entry || group < 0 || group >= int(entry->groups.size()))
        return {};
    const slo::SloSpec &spec = m_workspace.slos().items()[std::size_t(row)];
    const slo::SloReport &r = entry->groups[std::size_t(group)].report;
    switch (role) {
    case IdRole: return spec.id(); // opens the SLO
    case ServiceRole: return spec.service;
    case StaleRole: return entry->latest.error.has_value();
    case StatusRole: return slo::statusName(r.status);
    case BudgetFractionRole: return r.errorBudgetRemaining ? QVariant(*r.errorBudgetRemaining) : QVariant();
    case SparklineRole: return {};
    default: break;
    }
    if (column == Slo && (role == Qt::DisplayRole || role == SortRole)) {
        QStringList parts;
        for (auto it = r.group.cbegin(); it != r.group.cend(); ++it)
            parts << QStringLiteral("%1=%2").arg(it.key(), it.value());
        return parts.join(QStringLiteral(", "));
    }
    if (column == Trend)
        return role == SortRole ? QVariant(std::numeric_limits<double>::max()) : QVariant();
    return cell(spec, entry, &r, column, role, false);
}

QVariant SloOverviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const slo::SloSpec &spec = m_workspace.slos().items()[std::size_t(index.row())];
    const auto it = m_entries.constFind(spec.id());
    const Entry *entry = it == m_entries.cend() ? nullptr : &*it;
    switch (role) {
    case IdRole: return spec.id();
    case ServiceRole: return spec.service;
    case FilePathRole: return spec.file;
    case LineRole: return spec.line;
    case StaleRole: return entry && entry->latest.error.has_value();
    case ErrorRole: return entry && entry->latest.error ? entry->latest.error->toString() : QString();
    case StatusRole: return entry && entry->good ? slo::statusName(shownStatus(entry, &*entry->good)) : QString();
    case SparklineRole: return entry ? QVariant::fromValue(entry->sparkline) : QVariant();
    case RulesDriftRole: return m_rulesDrift.value(spec.id());
    case RulesAuditRole: return m_rulesAudit.value(spec.id()).detail;
    case BudgetFractionRole:
        return entry && entry->good && entry->good->errorBudgetRemaining ? QVariant(*entry->good->errorBudgetRemaining)
                                                                         : QVariant();
    default: return cell(spec, entry, entry && entry->good ? &*entry->good : nullptr, index.column(), role);
    }
}

QVariant SloOverviewModel::cell(const slo::SloSpec &spec, const Entry *entry, const slo::SloReport *r, int column,
                                int role, bool sloRow) const
{
    if (role == Qt::TextAlignmentRole)
        return column >= Objective && column != Window && column != Status && column != Trend
            ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
            : QVariant();
    if (role == Qt::ToolTipRole) {
        if (sloRow && column == Status && (m_rulesDrift.contains(spec.id()) || m_rulesAudit.contains(spec.id()))) {
            QStringList tips;
            if (m_rulesDrift.contains(spec.id()))
                tips << Tr::tr("The rules Prometheus has loaded for this SLO differ from the ones generated from its "
                               "spec (Export rules… writes them):\n%1")
                            .arg(m_rulesDrift.value(spec.id()));
            if (m_rulesAudit.contains(spec.id()))
                tips << Tr::tr("The SLO rules deployed in Prometheus record other values than the exact events "
                               "give:\n%1")
                            .arg(m_rulesAudit.value(spec.id()).detail);
            return tips.join(QStringLiteral("\n\n"));
        }
        if (entry && entry->latest.error)
            return Tr::tr("Showing the last good values. The latest refresh failed:\n%1")
                .arg(entry->latest.error->toString());
        if (r)
            return Tr::tr("%1\nbad %2 of %3 events; %4 bad events allowed in the window")
                .arg(spec.description)
                .arg(r->badEvents, 0, 'f', 0)
                .arg(r->totalEvents, 0, 'f', 0)
                .arg(r->allowedBadEvents, 0, 'f', 0);
        return spec.description;
    }
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    const bool sort = role == SortRole;
    switch (column) {
    case Service: return spec.service;
    case Slo:
        if (sort || !entry || entry->groups.empty())
            return spec.name;
        // A per-group objective: how many groups have spent their budget, the worst listed first beneath.
        return Tr::tr("%1 (%2 of %n out of budget)", nullptr, int(entry->groups.size()))
            .arg(spec.name)
            .arg(entry->groupsOutOfBudget);
    case Objective: return sort ? QVariant(spec.objective) : QVariant(formatObjective(spec.objective));
    case Window: {
        // The window evaluated: the page may have put another one in place of the spec's.
        const slo::SloSpec &shown = entry && entry->latest.spec.id() == spec.id() ? entry->latest.spec : spec;
        if (sort)
            return qlonglong(shown.calendar ? slo::evaluationWindow(shown, 0).length.count() : shown.window.count());
        if (shown.calendar) { // the zone is in the tooltip of the detail; keep the column narrow
            static const char *names[] = { QT_TRANSLATE_NOOP("sre::SloOverviewModel", "week"),
                                           QT_TRANSLATE_NOOP("sre::SloOverviewModel", "month"),
                                           QT_TRANSLATE_NOOP("sre::SloOverviewModel", "quarter") };
            return Tr::tr(names[int(shown.calendar->period)]);
        }
        return slo::windowText(shown);
    }
    case Sli:
        if (!r)
            return sort ? QVariant(2.0) : QVariant(entry ? Tr::tr("no data") : Tr::tr("…"));
        return sort ? sortValue(r->sli) : QVariant(percentText(r->sli, 3));
    case BudgetRemaining:
        if (!r)
            return sort ? QVariant(std::numeric_limits<double>::max())
                        : QVariant(entry ? Tr::tr("no data") : Tr::tr("…"));
        return sort ? sortValue(r->errorBudgetRemaining) : QVariant(percentText(r->errorBudgetRemaining, 1));
    case Burn1h:
    case Burn6h: {
        const auto burn = r ? r->burnRate(column == Burn1h ? u"1h" : u"6h") : std::nullopt;
        if (sort)
            return burn ? QVariant(*burn) : QVariant(-1.0);
        return burn ? QVariant(QString::number(*burn, 'f', 2) + QStringLiteral("×"))
                    : QVariant(r ? Tr::tr("–") : QString());
    }
    case Trend:
        if (sort) // the budget spent over the window: the steepest fall first
            return entry && entry->sparkline.size() > 1 && !std::isnan(entry->sparkline.front())
                    && !std::isnan(entry->sparkline.back())
                ? QVariant(entry->sparkline.back() - entry->sparkline.front())
                : QVariant(std::numeric_limits<double>::max());
        return {};
    case Status: {
        // The mark of drifted rules: text beside the status, what drifted in the tooltip.
        if (sloRow && !sort && (m_rulesDrift.contains(spec.id()) || m_rulesAudit.contains(spec.id()))) {
            QStringList marks;
            if (m_rulesDrift.contains(spec.id()))
                marks << Tr::tr("rules drifted");
            if (m_rulesAudit.contains(spec.id()))
                marks << Tr::tr("rules differ");
            const QString status = statusText(entry, r);
            return status.isEmpty() ? marks.join(QStringLiteral(" · "))
                                    : Tr::tr("%1 · %2").arg(status, marks.join(QStringLiteral(" · ")));
        }
        return sort ? QVariant(r ? severityOf(shownStatus(entry, r)) : -1) : QVariant(statusText(entry, r));
    }
    }
    return {};
}

int SloOverviewModel::severityOf(slo::SloStatus status)
{
    static const int severity[] = { 0, 2, 3, 1 }; // Ok, Warning, Critical, NoData
    return severity[int(status)];
}

QString SloOverviewModel::statusText(const Entry *entry, const slo::SloReport *r)
{
    if (!r)
        return entry && entry->latest.error ? Tr::tr("unknown") : QString();
    switch (shownStatus(entry, r)) {
    case slo::SloStatus::Ok: return Tr::tr("OK");
    case slo::SloStatus::Warning: return Tr::tr("Warning");
    case slo::SloStatus::Critical: return Tr::tr("Critical");
    case slo::SloStatus::NoData: return Tr::tr("No data");
    }
    return {};
}

} // namespace sre
