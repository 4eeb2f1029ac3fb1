#include "slorefresher.h"

#include "prometheusclient.h"
#include "slooverviewmodel.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QPointer>

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
    connect(&workspace.slos(), &ws::StoreBase::changed, this, &SloRefresher::refresh);
    rebuild();
}

SloRefresher::~SloRefresher() = default;

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
    m_inFlight = 0;
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
    if (!m_timer.isActive() && m_timer.interval() > 0)
        m_timer.start();
    refresh();
}

void SloRefresher::setSelection(const SloTimeSelection &selection)
{
    if (selection == m_selection)
        return;
    m_selection = selection;
    m_model.clearEvaluations(); // numbers of the old window would be mislabelled
    refresh();
}

qint64 SloRefresher::evaluationTime() const
{
    qint64 at = m_selection.asOf.value_or(QDateTime::currentSecsSinceEpoch());
    if (m_selection.period)
        at = std::min(at, m_selection.period->range.end);
    return at;
}

std::optional<slo::TimeRange> SloRefresher::periodRange() const
{
    if (!m_selection.period)
        return std::nullopt;
    return m_selection.period->range;
}

std::vector<slo::SloSpec> SloRefresher::applySelection(std::vector<slo::SloSpec> specs,
                                                       const SloTimeSelection &selection, qint64 at,
                                                       const QString &timezone)
{
    for (slo::SloSpec &s : specs) {
        if (selection.window) {
            s.window = *selection.window;
            s.calendar.reset();
        } else if (const auto &p = selection.period) {
            if (at < p->range.end) {
                s.calendar = slo::CalendarWindow { p->period, timezone };
                s.window = std::chrono::seconds(p->range.seconds());
            } else {
                s.window = std::chrono::seconds(p->range.seconds());
                s.calendar.reset();
            }
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
    QPointer<SloRefresher> self(this);
    const qint64 at = evaluationTime();
    const std::vector<slo::SloSpec> specs
        = applySelection(m_workspace.slos().items(), m_selection, at, m_workspace.config().timezone);
    m_engine->evaluateAll(specs, at).then(this, [self, generation](const QList<SloEvaluation> &results) {
        if (!self)
            return;
        self->m_inFlight = std::max(0, self->m_inFlight - 1);
        if (generation != self->m_generation)
            return; // a newer refresh is on its way
        self->m_model.setEvaluations(results);
        QStringList errors;
        for (const SloEvaluation &e : results)
            if (e.error && !e.error->isCancellation())
                errors << e.error->toString();
        errors.removeDuplicates();
        if (errors.isEmpty()) {
            self->m_lastError.clear();
            self->m_lastSuccess = QDateTime::currentDateTimeUtc();
        } else {
            self->m_lastError = errors.size() == 1
                ? errors.front()
                : Tr::tr("%1 (and %n more error(s))", nullptr, int(errors.size() - 1)).arg(errors.front());
        }
        emit self->finished();
    });
}

} // namespace sre
