#pragma once

#include "itemdatarole.h"
#include "sloengine.h"
#include "workspace.h"

#include <QAbstractTableModel>
#include <QHash>

namespace sre {

// The SLO overview: one row per SLO of the workspace store, with the numbers of its latest
// evaluation. Rows follow the store; numbers arrive by setEvaluations() on the GUI thread. A
// failed evaluation keeps the previous good numbers of that SLO (marked stale).
class SloOverviewModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Service, Slo, Objective, Window, Sli, BudgetRemaining, Burn1h, Burn6h, Status, Trend, ColumnCount };
    // Extra roles beyond itemdatarole.h.
    enum Role {
        BudgetFractionRole = ServiceRole + 100,
        StaleRole,
        ErrorRole,
        SparklineRole, // QList<double>: budget remaining across the window, oldest first (NaN: no data)
        RulesDriftRole, // QString: how the rules Prometheus loaded differ from the generated ones; empty: none
        RulesAuditRole, // QString: the rule audit's findings with evidence (rulesaudit.h), one a line; empty: none
    };
    static constexpr int kSparklinePoints = 48;

    explicit SloOverviewModel(ws::Workspace &workspace, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // The groups of an SLO with groupBy, worst first (least budget left), from its last good
    // evaluation; the tree shows them beneath the SLO.
    int groupCount(int row) const;
    QVariant groupData(int row, int group, int column, int role) const;

    // By value: the evaluations (each with its buckets) are moved in, not copied on the GUI thread.
    void setEvaluations(QList<SloEvaluation> evaluations);
    void clearEvaluations(); // the window changed: nothing shown is current any more
    const SloEvaluation *evaluation(const QString &id) const;
    // What drifted per SLO id (rules::SloDrift::summary()); SLOs not listed show no mark.
    void setRulesDrift(QHash<QString, QString> drift);
    // The rule audit's findings per SLO id: rules::SloAudit::brief() and summary(); SLOs not listed
    // show no mark.
    struct AuditMark
    {
        QString brief;
        QString detail;
        friend bool operator==(const AuditMark &, const AuditMark &) = default;
    };
    void setRulesAudit(QHash<QString, AuditMark> audit);
    AuditMark rulesAudit(const QString &sloId) const { return m_rulesAudit.value(sloId); }

private:
    struct Entry
    {
        SloEvaluation latest; // the last answer, good or not
        std::optional<slo::SloReport> good; // the last good report
        QList<double> sparkline; // of the last good evaluation
        std::vector<SloGroupEvaluation> groups; // of the last good evaluation, worst first
        int groupsOutOfBudget = 0;
    };

    const Entry *entryAt(int row) const;
    static slo::SloStatus shownStatus(const Entry *entry, const slo::SloReport *r);
    static int severityOf(slo::SloStatus status);
    static QString statusText(const Entry *entry, const slo::SloReport *r);
    // `sloRow`: the SLO's own row, which carries the drift mark (its groups' rows do not).
    QVariant cell(const slo::SloSpec &spec, const Entry *entry, const slo::SloReport *r, int column, int role,
                  bool sloRow = true) const;

    ws::Workspace &m_workspace;
    QHash<QString, Entry> m_entries;
    QHash<QString, QString> m_rulesDrift;
    QHash<QString, AuditMark> m_rulesAudit;
};

} // namespace sre
