#include "datasourcehealth.h"

#include "futurewatch.h"
#include "prometheusclient.h"

#include <QFuture>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>

namespace sre {

DatasourceHealth::DatasourceHealth(QObject *parent)
    : QObject(parent)
{
    m_timer.setInterval(std::chrono::seconds(30));
    connect(&m_timer, &QTimer::timeout, this, &DatasourceHealth::checkNow);
}

DatasourceHealth::~DatasourceHealth() = default;

void DatasourceHealth::setDatasources(const std::vector<DatasourceConfig> &datasources)
{
    ++m_generation;
    m_entries.clear();
    m_clients.clear();
    m_firstDone = false;
    for (const DatasourceConfig &ds : datasources) {
        m_entries.push_back({ ds.name, ds.type, ds.url.toString(QUrl::RemoveUserInfo), State::Unknown, {}, {}, {} });
        auto client = std::make_unique<prom::PrometheusClient>(ds);
        // A health probe does not retry: the next poll is its retry, and the status bar should
        // say "unreachable" at once, not after the backoff.
        client->setRetryPolicy({ 0, std::chrono::milliseconds(0) });
        m_clients.push_back(std::move(client));
    }
    emit changed();
    if (m_entries.empty()) {
        m_firstDone = true;
        emit firstCheckDone();
        return;
    }
    m_timer.start();
    checkNow();
}

void DatasourceHealth::setInterval(std::chrono::seconds interval)
{
    m_timer.setInterval(interval);
}

bool DatasourceHealth::allChecked() const
{
    return std::all_of(m_entries.cbegin(), m_entries.cend(), [](const Entry &e) { return e.checked.isValid(); });
}

prom::PrometheusClient *DatasourceHealth::client(const QString &name) const
{
    for (std::size_t i = 0; i < m_entries.size(); ++i)
        if (m_entries[i].name == name)
            return m_clients[i].get();
    return nullptr;
}

void DatasourceHealth::checkNow()
{
    for (std::size_t i = 0; i < m_entries.size(); ++i)
        check(i);
}

void DatasourceHealth::check(std::size_t index)
{
    QPointer<DatasourceHealth> self(this);
    const quint64 generation = m_generation;
    auto deliver = [self, generation, index](State state, const QString &version, const QString &error) {
        if (!self || generation != self->m_generation)
            return;
        Entry &e = self->m_entries[index];
        e.state = state;
        e.version = version;
        e.error = error;
        e.checked = QDateTime::currentDateTimeUtc();
        emit self->changed();
        if (!self->m_firstDone && self->allChecked()) {
            self->m_firstDone = true;
            emit self->firstCheckDone();
        }
    };
    prom::PrometheusClient *client = m_clients[index].get();
    if (m_entries[index].type == DatasourceConfig::Type::Prometheus) {
        onFinished(this, client->buildInfo(), [deliver](const prom::BuildInfo &info) {
            if (info.error)
                deliver(State::Down, {}, info.error->toString());
            else
                deliver(State::Up, info.version, {});
        });
    } else {
        onFinished(this, client->get(QStringLiteral("/api/v2/status"), {}), [deliver](const prom::RawResponse &r) {
            if (r.error) {
                deliver(State::Down, {}, r.error->toString());
                return;
            }
            const QJsonObject status = QJsonDocument::fromJson(r.body).object();
            deliver(State::Up,
                    status.value(QStringLiteral("versionInfo")).toObject().value(QStringLiteral("version")).toString(),
                    {});
        });
    }
}

} // namespace sre
