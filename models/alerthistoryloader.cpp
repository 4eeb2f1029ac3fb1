#include "alerthistoryloader.h"

#include "futurewatch.h"
#include "prometheusclient.h"

namespace sre {

AlertHistoryLoader::AlertHistoryLoader(QObject *parent)
    : QObject(parent)
{ }

void AlertHistoryLoader::load(prom::PrometheusClient &client, const alerting::AlertHistoryRequest &request)
{
    const quint64 generation = ++m_generation;
    m_loading = true;
    onFinished(this, alerting::fetchAlertHistory(client, request),
               [this, generation](const alerting::AlertHistory &history) {
                   if (generation != m_generation)
                       return; // a newer load is on its way
                   if (history.error && history.error->isCancellation())
                       return;
                   m_loading = false;
                   m_history = history;
                   emit loaded();
               });
}

} // namespace sre
