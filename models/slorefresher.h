#pragma once

#include "sloengine.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>
#include <memory>

namespace sre {
namespace ws {
class Workspace;
}
namespace prom {
class PrometheusClient;
}
class SloOverviewModel;

// Keeps the SLO overview fed: evaluates every SLO of the workspace against its default Prometheus
// datasource on a timer, without blocking, latest refresh wins. A failed refresh leaves the last
// good numbers in place and says why.
class SloRefresher final : public QObject
{
    Q_OBJECT
public:
    SloRefresher(ws::Workspace &workspace, SloOverviewModel &model, QObject *parent = nullptr);
    ~SloRefresher() override;

    void setInterval(std::chrono::seconds interval); // 0 = manual only
    bool isRefreshing() const { return m_inFlight > 0; }
    QDateTime lastSuccess() const { return m_lastSuccess; }
    QString lastError() const { return m_lastError; }
    QString datasourceName() const { return m_datasource; }

public slots:
    void refresh();

signals:
    void started();
    void finished(); // success or not: see lastError()

private:
    void rebuild();

    ws::Workspace &m_workspace;
    SloOverviewModel &m_model;
    std::unique_ptr<prom::PrometheusClient> m_client;
    std::unique_ptr<SloEngine> m_engine;
    QString m_datasource;
    QTimer m_timer;
    quint64 m_generation = 0;
    int m_inFlight = 0;
    QDateTime m_lastSuccess;
    QString m_lastError;
};

} // namespace sre
