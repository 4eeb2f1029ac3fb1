#pragma once

// One Alertmanager (API v2) over the project's libcurl client: the datasource's http_config,
// auth, TLS, timeouts and (for reads only) retries apply. Every call returns at once; its future
// finishes on the client's worker thread with a value (errors are values too).

#include "alert.h"
#include "datasource.h"

#include <QFuture>
#include <QUrlQuery>
#include <memory>
#include <optional>

namespace sre::prom {
class PrometheusClient;
}

namespace sre::alerting {

// What became of one request. `error` is a whole line for the user, starting with the datasource
// name; an Alertmanager refusal (4xx) carries Alertmanager's own words.
struct AmReply
{
    QString error;
    int httpStatus = 0;
    // The request may have reached the server and taken effect although no answer says so
    // (timeout, connection lost, 5xx). Only meaningful for writes.
    bool outcomeUnknown = false;
    bool ok() const { return error.isEmpty(); }
};

template<typename T> struct AmResult : AmReply
{
    T value {};
};

// GET /api/v2/alerts parameters (Alertmanager's defaults: everything true, no filter).
struct AlertQuery
{
    bool active = true;
    bool silenced = true;
    bool inhibited = true;
    bool unprocessed = true;
    std::vector<Matcher> filter;
    QString receiver; // a regex, empty for all
};

class AlertmanagerClient final
{
public:
    explicit AlertmanagerClient(const DatasourceConfig &config);
    ~AlertmanagerClient();
    AlertmanagerClient(const AlertmanagerClient &) = delete;
    AlertmanagerClient &operator=(const AlertmanagerClient &) = delete;

    const DatasourceConfig &config() const { return m_config; }
    QString name() const { return m_config.name; }

    QFuture<AmResult<std::vector<Alert>>> alerts(const AlertQuery &query = {});
    QFuture<AmResult<std::vector<Silence>>> silences();
    QFuture<AmResult<AlertmanagerStatus>> status();
    // One attempt, never retried here (see AlertmanagerPoller::createSilence for the safe retry).
    // The answer is the id Alertmanager gave, which for an edit may be a new one.
    QFuture<AmResult<QString>> postSilence(const Silence &silence, bool withAnnotations);
    QFuture<AmReply> deleteSilence(const QString &id);

private:
    const DatasourceConfig m_config;
    std::unique_ptr<prom::PrometheusClient> m_http;
};

} // namespace sre::alerting
