#pragma once

#include "alerthistory.h"

#include <QObject>

namespace sre {

namespace prom {
class PrometheusClient;
}

// Fetches an AlertHistory for a view (the Noisiest alerts table, an alert's timeline, the seen
// before panel) without blocking the GUI thread: the answer is delivered on the loader's thread,
// and a newer load() makes older answers stale (latest wins, by a generation id and the request's
// view key), so a view that switches from 30 to 7 days never shows the 30 days last.
class AlertHistoryLoader final : public QObject
{
    Q_OBJECT
public:
    explicit AlertHistoryLoader(QObject *parent = nullptr);

    // `client` must outlive the answer (the workspace's client does).
    void load(prom::PrometheusClient &client, const alerting::AlertHistoryRequest &request);
    bool isLoading() const { return m_loading; }
    // The last answer (with its error, if any); empty before the first one.
    const alerting::AlertHistory &history() const { return m_history; }

signals:
    void loaded(); // history() holds the newest answer

private:
    quint64 m_generation = 0;
    bool m_loading = false;
    alerting::AlertHistory m_history;
};

} // namespace sre
