#pragma once

#include "alert.h"
#include "seenbefore.h"

#include <QWidget>
#include <memory>

class QLabel;

namespace sre {
namespace ws {
class Workspace;
}
namespace prom {
class PrometheusClient;
}
class AlertHistoryLoader;

// "Seen before" for one alert (issue 14): when it last fired and how often in 30 days (from
// Prometheus' ALERTS series), the postmortems connected to it and their open action items. The
// postmortems are matched on a worker thread; the history arrives later and fills in the figures.
class SeenBeforePanel final : public QWidget
{
    Q_OBJECT
public:
    explicit SeenBeforePanel(ws::Workspace &workspace, QWidget *parent = nullptr);
    ~SeenBeforePanel() override;

    // An alert of the catalog (no labels) or a firing one; an empty name clears the panel.
    void setAlert(const QString &alertname, const alerting::LabelSet &labels = {});
    const alerting::SeenBefore &result() const { return m_result; }
    QLabel *label() const { return m_text; }
    bool isSettled() const { return !m_computing && !m_historyLoading; }

signals:
    void updated();
    void postmortemRequested(const QString &id);

private:
    void compute(const alerting::AlertHistory *history);
    void render();

    ws::Workspace &m_workspace;
    std::unique_ptr<prom::PrometheusClient> m_client;
    AlertHistoryLoader *m_loader;
    QLabel *m_text;
    QString m_alertname;
    alerting::LabelSet m_labels;
    alerting::SeenBefore m_result;
    QString m_historyError;
    quint64 m_generation = 0;
    bool m_computing = false;
    bool m_historyLoading = false;
};

} // namespace sre
