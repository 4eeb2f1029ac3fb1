#include "incidentdeclarer.h"

#include "alertmanagerpoller.h"
#include "incidentdeclaration.h"
#include "resolver.h"
#include "settings.h"
#include "workspace.h"

#include <QFutureWatcher>
#include <QtConcurrent>

namespace sre {

namespace {
struct Declared
{
    IncidentOutcome outcome;
    QString runbookFile;
};
} // namespace

IncidentDeclarer::IncidentDeclarer(ws::Workspace &workspace, Settings &settings, alerting::AlertmanagerPoller &poller,
                                   QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_settings(settings)
    , m_poller(poller)
{ }

void IncidentDeclarer::declare(const QList<alerting::Alert> &alerts)
{
    if (alerts.isEmpty() || m_busy || !m_workspace.isOpen())
        return;
    m_busy = true;
    // What the workspace and the poller hold now, copied here on the GUI thread; the worker gets
    // values only.
    IncidentRequest request
        = incidentRequest(m_workspace, { alerts.cbegin(), alerts.cend() }, m_poller.snapshot().silences,
                          QDateTime::currentDateTimeUtc(), m_settings.me());
    std::shared_ptr<const rb::Resolver> resolver = m_workspace.runbookResolver();
    auto *watcher = new QFutureWatcher<Declared>(this);
    // A watcher rather than QFuture::then(context, …), whose continuation Qt 6.4 now and then
    // never runs (seen in the search index and the runbook page).
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        const Declared d = watcher->result();
        watcher->deleteLater();
        m_busy = false;
        if (d.outcome.declared.ok())
            emit declared(d.outcome.declared.id, d.outcome.declared.path, d.runbookFile, d.outcome.warnings);
        else
            emit failed(d.outcome.declared.error);
    });
    watcher->setFuture(QtConcurrent::run([request = std::move(request), resolver] {
        Declared d;
        d.outcome = declareIncident(request);
        if (resolver)
            for (const alerting::Alert &a : request.alerts)
                if (const rb::Resolution r = resolver->resolve({ a.name(), a.annotations, {}, 0 }); r.found()) {
                    d.runbookFile = r.file;
                    break;
                }
        return d;
    }));
}

} // namespace sre
