#pragma once

#include "datasource.h"
#include "types.h"

#include <QObject>
#include <memory>

namespace sre::prom {

class PrometheusClient;

// What "Test connection" found out about a datasource URL: either it is a Prometheus-compatible
// API that answered a query, or the one thing that stood in the way, in words a user can act on.
struct ConnectionCheck
{
    enum class Outcome {
        Ok,
        Dns, // the host name does not resolve
        Refused, // nothing listens at host:port
        Tls, // TLS handshake or certificate verification failed
        Unauthorized, // HTTP 401: credentials missing or wrong
        Forbidden, // HTTP 403: credentials accepted but not allowed
        NotPrometheus, // something answered, but not with the Prometheus HTTP API
        Timeout,
        Config, // the settings themselves cannot be used (unreadable secret file, bad URL)
        Other, // any other network or HTTP failure
    };

    Outcome outcome = Outcome::Other;
    QString version; // the server's build version when buildinfo answered
    QString message; // one sentence for the user: what failed and what to check
    QString detail; // the underlying error as the client reported it (curl's or the server's words)

    bool ok() const { return outcome == Outcome::Ok; }
};

QString connectionOutcomeName(ConnectionCheck::Outcome outcome);

// Turns a client error into a ConnectionCheck. `step` names the request that failed
// ("buildinfo" or the query), for the message.
ConnectionCheck classifyConnectionError(const Error &error, const QString &url);

// Checks a datasource the way the console will use it: GET /api/v1/status/buildinfo, then one
// instant query (vector(1)). Runs on the client's worker thread; finished() is emitted on the
// thread this object lives on. One check at a time: start() cancels a check still running.
class ConnectionTester final : public QObject
{
    Q_OBJECT
public:
    explicit ConnectionTester(QObject *parent = nullptr);
    ~ConnectionTester() override;

    void start(const DatasourceConfig &config);
    bool isRunning() const { return m_client != nullptr; }

    static QString probeQuery() { return QStringLiteral("vector(1)"); }

signals:
    void finished(const sre::prom::ConnectionCheck &result);

private:
    void finish(ConnectionCheck result);

    std::unique_ptr<PrometheusClient> m_client;
    quint64 m_generation = 0;
};

} // namespace sre::prom

Q_DECLARE_METATYPE(sre::prom::ConnectionCheck)
