#include "connectiontest.h"

#include "futurewatch.h"
#include "prometheusclient.h"

#include <QCoreApplication>
#include <QFuture>
#include <curl/curl.h>

namespace sre::prom {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(sre::prom::ConnectionTester)
};

bool isTlsCode(int code)
{
    switch (static_cast<CURLcode>(code)) {
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_CERTPROBLEM:
    case CURLE_SSL_CIPHER:
    case CURLE_SSL_CACERT_BADFILE:
    case CURLE_SSL_ENGINE_NOTFOUND:
    case CURLE_SSL_ENGINE_SETFAILED:
    case CURLE_SSL_ENGINE_INITFAILED:
    case CURLE_SSL_SHUTDOWN_FAILED:
    case CURLE_SSL_CRL_BADFILE:
    case CURLE_SSL_ISSUER_ERROR:
    case CURLE_SSL_PINNEDPUBKEYNOTMATCH:
    case CURLE_SSL_INVALIDCERTSTATUS:
    case CURLE_SSL_CLIENTCERT:
    case CURLE_USE_SSL_FAILED: return true;
    default: return false;
    }
}
} // namespace

QString connectionOutcomeName(ConnectionCheck::Outcome outcome)
{
    using O = ConnectionCheck::Outcome;
    switch (outcome) {
    case O::Ok: return QStringLiteral("ok");
    case O::Dns: return QStringLiteral("dns");
    case O::Refused: return QStringLiteral("refused");
    case O::Tls: return QStringLiteral("tls");
    case O::Unauthorized: return QStringLiteral("unauthorized");
    case O::Forbidden: return QStringLiteral("forbidden");
    case O::NotPrometheus: return QStringLiteral("not-prometheus");
    case O::Timeout: return QStringLiteral("timeout");
    case O::Config: return QStringLiteral("config");
    case O::Other: return QStringLiteral("other");
    }
    return {};
}

ConnectionCheck classifyConnectionError(const Error &error, const QString &url)
{
    using O = ConnectionCheck::Outcome;
    ConnectionCheck c;
    c.detail = error.message.simplified();
    const QUrl parsed(url);
    const QString host = parsed.host();
    switch (error.kind) {
    case Error::Kind::ConnectionRefused:
        c.outcome = O::Refused;
        c.message = Tr::tr("Connection refused by %1:%2: nothing listens there. Is Prometheus running, and is the "
                           "port right?")
                        .arg(host)
                        .arg(parsed.port(parsed.scheme() == u"https" ? 443 : 80));
        break;
    case Error::Kind::Timeout:
        c.outcome = O::Timeout;
        c.message = Tr::tr("No answer from %1 in time: a firewall or proxy may be dropping the connection.").arg(url);
        break;
    case Error::Kind::Config:
        c.outcome = O::Config;
        c.message = Tr::tr("The settings cannot be used: %1").arg(c.detail);
        break;
    case Error::Kind::Parse:
        c.outcome = O::NotPrometheus;
        c.message = Tr::tr("%1 answered, but not as a Prometheus API (%2). Check the URL: it should be the "
                           "Prometheus base URL, without /graph or /api.")
                        .arg(url, c.detail);
        break;
    case Error::Kind::Http:
    case Error::Kind::Prometheus:
        if (error.httpStatus == 401) {
            c.outcome = O::Unauthorized;
            c.message = Tr::tr("HTTP 401 from %1: the server wants credentials, or refused the ones given. Check the "
                               "token or password file.")
                            .arg(url);
        } else if (error.httpStatus == 403) {
            c.outcome = O::Forbidden;
            c.message = Tr::tr("HTTP 403 from %1: the credentials were accepted but are not allowed to read.").arg(url);
        } else if (error.httpStatus == 404 || error.httpStatus == 405) {
            c.outcome = O::NotPrometheus;
            c.message = Tr::tr("%1 has no Prometheus API (HTTP %2 for %3). Check the URL: it should be the "
                               "Prometheus base URL, without /graph or /api.")
                            .arg(url)
                            .arg(error.httpStatus)
                            .arg(error.url);
        } else if (error.kind == Error::Kind::Prometheus) {
            c.outcome = O::Other;
            c.message = Tr::tr("Prometheus at %1 refused the test query: %2").arg(url, c.detail);
        } else {
            c.outcome = O::Other;
            c.message = Tr::tr("HTTP %1 from %2: %3").arg(error.httpStatus).arg(url, c.detail);
        }
        break;
    case Error::Kind::Network:
        if (error.transportCode == CURLE_COULDNT_RESOLVE_HOST) {
            c.outcome = O::Dns;
            c.message = Tr::tr("The host name %1 cannot be resolved (DNS). Check the spelling of the URL.").arg(host);
        } else if (error.transportCode == CURLE_COULDNT_RESOLVE_PROXY) {
            c.outcome = O::Dns;
            c.message = Tr::tr("The proxy's host name cannot be resolved (DNS): %1").arg(c.detail);
        } else if (isTlsCode(error.transportCode)) {
            c.outcome = O::Tls;
            c.message = Tr::tr("TLS failed with %1: %2. Check the URL's scheme (http or https) and the CA file.")
                            .arg(host, c.detail);
        } else {
            c.outcome = O::Other;
            c.message = Tr::tr("Network error talking to %1: %2").arg(url, c.detail);
        }
        break;
    case Error::Kind::Cancelled:
    case Error::Kind::Stale:
        c.outcome = O::Other;
        c.message = Tr::tr("The check was cancelled.");
        break;
    }
    return c;
}

ConnectionTester::ConnectionTester(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<ConnectionCheck>();
}

ConnectionTester::~ConnectionTester() = default;

void ConnectionTester::start(const DatasourceConfig &config)
{
    const quint64 generation = ++m_generation;
    m_client = std::make_unique<PrometheusClient>(config);
    // A test answers now: no retries, so "refused" shows at once rather than after backoffs.
    m_client->setRetryPolicy(RetryPolicy { 0, std::chrono::milliseconds(0) });
    const QString url = config.url.toString(QUrl::RemoveUserInfo);
    onFinished(this, m_client->buildInfo(), [this, generation, url](const BuildInfo &info) {
        if (generation != m_generation)
            return;
        if (!info.ok()) {
            finish(classifyConnectionError(*info.error, url));
            return;
        }
        const QString version = info.version;
        onFinished(this, m_client->query(probeQuery()), [this, generation, url, version](const QueryResult &result) {
            if (generation != m_generation)
                return;
            if (!result.ok()) {
                ConnectionCheck c = classifyConnectionError(*result.error, url);
                c.version = version;
                finish(std::move(c));
                return;
            }
            ConnectionCheck c;
            c.version = version;
            const bool one = result.series.size() == 1 && result.series.front().values.size() == 1
                && result.series.front().values.front() == 1.0;
            if (!one) {
                c.outcome = ConnectionCheck::Outcome::NotPrometheus;
                c.message = Tr::tr("%1 answered the query %2 with something other than the number 1: it does not "
                                   "evaluate PromQL like Prometheus.")
                                .arg(url, probeQuery());
            } else {
                c.outcome = ConnectionCheck::Outcome::Ok;
                c.message = version.isEmpty()
                    ? Tr::tr("Connected: the server answered the query %1.").arg(probeQuery())
                    : Tr::tr("Connected to version %1; the query %2 answered.").arg(version, probeQuery());
            }
            finish(std::move(c));
        });
    });
}

void ConnectionTester::finish(ConnectionCheck result)
{
    // Not destroyed here: we are inside a continuation of one of its futures.
    if (PrometheusClient *client = m_client.release())
        client->deleteLater();
    emit finished(result);
}

} // namespace sre::prom
