#pragma once

#include "datasource.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>
#include <memory>
#include <vector>

namespace sre {
namespace prom {
class PrometheusClient;
}

// Polls every datasource of a workspace without blocking (Prometheus: buildinfo, Alertmanager:
// /api/v2/status) and reports each one's health for the status bar.
class DatasourceHealth final : public QObject
{
    Q_OBJECT
public:
    enum class State { Unknown, Up, Down };
    struct Entry
    {
        QString name;
        DatasourceConfig::Type type = DatasourceConfig::Type::Prometheus;
        QString url;
        State state = State::Unknown;
        QString version; // when up
        QString error; // when down
        QDateTime checked;
    };

    explicit DatasourceHealth(QObject *parent = nullptr);
    ~DatasourceHealth() override;

    void setDatasources(const std::vector<DatasourceConfig> &datasources);
    const std::vector<Entry> &entries() const { return m_entries; }
    bool allChecked() const;
    void setInterval(std::chrono::seconds interval);

    // The client of a datasource, shared with whoever needs to query it.
    prom::PrometheusClient *client(const QString &name) const;

public slots:
    void checkNow();

signals:
    void changed();
    void firstCheckDone();

private:
    void check(std::size_t index);

    std::vector<Entry> m_entries;
    std::vector<std::unique_ptr<prom::PrometheusClient>> m_clients;
    QTimer m_timer;
    quint64 m_generation = 0;
    bool m_firstDone = false;
};

} // namespace sre
