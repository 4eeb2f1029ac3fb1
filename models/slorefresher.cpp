#include "slorefresher.h"

#include "closeswitch.h"
#include "prometheusclient.h"
#include "rulesauditcheck.h"
#include "rulesdriftcheck.h"
#include "slooverviewmodel.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QFutureWatcher>

namespace sre {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(sre::SloRefresher)
};
} // namespace

SloRefresher::SloRefresher(ws::Workspace &workspace, SloOverviewModel &model, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_model(model)
{
    m_timer.setInterval(std::chrono::seconds(60));
    connect(&m_timer, &QTimer::timeout, this, &SloRefresher::refresh);
    connect(&workspace, &ws::Workspace::configChanged, this, &SloRefresher::rebuild);
    connect(&workspace.slos(), &ws::StoreBase::changed, this, [this] {
        m_lastAudit = 0; // new or changed specs: audit at the next refresh
        refresh();
    });
    rebuild();
}

SloRefresher::~SloRefresher()
{
    closeAudit();
}

void SloRefresher::closeAudit()
{
    if (m_auditClose)
        m_auditClose->close();
    m_auditClose.reset();
}

void SloRefresher::setInterval(std::chrono::seconds interval)
{
    if (interval.count() <= 0) {
        m_timer.stop();
        return;
    }
    m_timer.setInterval(interval);
    m_timer.start();
}

void SloRefresher::rebuild()
{
    ++m_generation; // answers from the old datasource are dropped
    ++m_rulesGeneration;
    ++m_auditGeneration;
    closeAudit();
    m_lastAudit = 0;
    m_inFlight = 0;
    m_rulesHint.clear();
    m_model.setRulesDrift({});
    m_model.setRulesAudit({});
    m_engine.reset();
    m_client.reset();
    m_datasource.clear();
    m_lastError.clear();
    if (!m_workspace.isOpen())
        return;
    const DatasourceConfig *ds = m_workspace.config().prometheus();
    if (!ds || ds->type != DatasourceConfig::Type::Prometheus) {
        m_lastError
            = Tr::tr("This workspace has no Prometheus datasource: add one to workspace.yaml to see live SLO numbers.");
        emit finished();
        return;
    }
    m_datasource = ds->name;
    m_client = std::make_unique<prom::PrometheusClient>(*ds);
    m_engine = std::make_unique<SloEngine>(*m_client);
    m_engine->setRollingHistory(true); // the detail charts show rolling windows as rolling values
    if (!m_timer.isActive() && m_timer.interval() > 0)
        m_timer.start();
    refresh();
}

void SloRefresher::setSelection(const SloTimeSelection &selection)
{
    if (selection == m_selection)
        return;
    if (selection.asOf != m_selection.asOf)
        m_lastAudit = 0; // the audit follows the "as of" instant
    m_selection = selection;
    m_model.clearEvaluations(); // numbers of the old window would be mislabelled
    refresh();
}

qint64 SloRefresher::evaluationTime() const
{
    const qint64 at = m_selection.asOf.value_or(QDateTime::currentSecsSinceEpoch());
    if (m_selection.period)
        return slo::evaluateOverPeriod({}, *m_selection.period, {}, at).at;
    return at;
}

std::vector<slo::SloSpec> SloRefresher::applySelection(std::vector<slo::SloSpec> specs,
                                                       const SloTimeSelection &selection, qint64 at,
                                                       const QString &timezone)
{
    for (slo::SloSpec &s : specs) {
        if (selection.window) {
            s.window = *selection.window;
            s.calendar.reset();
        } else if (selection.period) {
            s = slo::evaluateOverPeriod(s, *selection.period, timezone, at).spec;
        }
    }
    return specs;
}

void SloRefresher::refresh()
{
    if (!m_engine || m_workspace.slos().size() == 0)
        return;
    const quint64 generation = ++m_generation;
    ++m_inFlight;
    emit started();
    const qint64 at = evaluationTime();
    const std::vector<slo::SloSpec> specs
        = applySelection(m_workspace.slos().items(), m_selection, at, m_workspace.config().timezone);
    // A watcher rather than QFuture::then(context), which Qt 6.4 now and then failed to run for a
    // future that had already finished (an "as of" refresh answered from the cache is one).
    auto *watcher = new QFutureWatcher<QList<SloEvaluation>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        m_inFlight = std::max(0, m_inFlight - 1);
        if (generation != m_generation)
            return; // a newer refresh is on its way
        if (watcher->future().isCanceled() || watcher->future().resultCount() == 0) { // nothing to read
            m_lastError = Tr::tr("The refresh was interrupted; the next one will try again.");
            emit finished();
            return;
        }
        // Taken, not copied: the model keeps the evaluations, buckets and all.
        QList<SloEvaluation> results = watcher->future().takeResult();
        const Outcome outcome = summarize(results);
        m_model.setEvaluations(std::move(results));
        m_lastError = outcome.error;
        if (outcome.success)
            m_lastSuccess = QDateTime::currentDateTimeUtc();
        emit finished();
    });
    watcher->setFuture(m_engine->evaluateAll(specs, at));
    checkRules();
    if (m_lastAudit == 0 || QDateTime::currentSecsSinceEpoch() - m_lastAudit >= kAuditInterval.count())
        auditRules();
}

SloRefresher::Outcome SloRefresher::summarize(const QList<SloEvaluation> &results)
{
    QStringList errors;
    bool interrupted = false;
    for (const SloEvaluation &e : results) {
        if (!e.error)
            continue;
        if (!e.error->isCancellation())
            errors << e.error->toString();
        else if (e.error->kind == prom::Error::Kind::Cancelled)
            interrupted = true;
    }
    errors.removeDuplicates();
    if (!errors.isEmpty())
        return { errors.size() == 1
                     ? errors.front()
                     : Tr::tr("%1 (and %n more error(s))", nullptr, int(errors.size() - 1)).arg(errors.front()),
                 false };
    if (interrupted)
        return { Tr::tr("The refresh was interrupted; the next one will try again."), false };
    return { {}, true };
}

void SloRefresher::checkRules()
{
    if (!m_client || m_workspace.slos().size() == 0)
        return;
    const quint64 generation = ++m_rulesGeneration;
    auto *watcher = new QFutureWatcher<RulesDriftResult>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_rulesGeneration)
            return;
        const RulesDriftResult result = watcher->future().result();
        QHash<QString, QString> drift;
        m_rulesHint.clear();
        // No answer (a backend without the rules API, or Prometheus down: the refresh banner says
        // so) marks nothing; neither does a Prometheus that never loaded any generated group.
        if (result.report && result.report->anyGenerated) {
            for (const rules::SloDrift &d : result.report->slos)
                if (!d.ok())
                    drift.insert(d.sloId, d.summary());
        } else if (result.report) {
            m_rulesHint = Tr::tr("%1 has loaded none of the generated rule groups (%2*).")
                              .arg(m_datasource, rules::generatedGroupPrefix());
        }
        m_model.setRulesDrift(std::move(drift));
        emit rulesChecked();
    });
    watcher->setFuture(checkRulesDrift(*m_client, m_workspace.slos().items(), m_workspace.dir()));
}

void SloRefresher::auditRules()
{
    const DatasourceConfig *ds = m_workspace.isOpen() ? m_workspace.config().prometheus() : nullptr;
    if (!m_client || !ds || m_workspace.slos().size() == 0)
        return;
    const quint64 generation = ++m_auditGeneration; // an older audit still running is dropped
    closeAudit();
    m_auditClose = std::make_shared<prom::CloseSwitch>();
    m_lastAudit = QDateTime::currentSecsSinceEpoch();
    auto *watcher = new QFutureWatcher<RulesAuditResult>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_auditGeneration)
            return;
        const RulesAuditResult result = watcher->future().result();
        // No answer (Prometheus down: the refresh banner says so) marks nothing.
        QHash<QString, SloOverviewModel::AuditMark> audit;
        if (result.report)
            for (const rules::SloAudit &a : result.report->slos)
                if (!a.ok())
                    audit.insert(a.sloId, { a.brief(), a.summary() });
        m_model.setRulesAudit(std::move(audit));
        emit rulesAudited();
    });
    // The audit instant: the page's "as of" time, else now.
    const qint64 at = m_selection.asOf.value_or(QDateTime::currentSecsSinceEpoch());
    watcher->setFuture(sre::auditRules(*ds, m_workspace.slos().items(), at, m_auditClose));
}

} // namespace sre
