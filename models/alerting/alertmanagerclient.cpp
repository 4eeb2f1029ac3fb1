#include "alertmanagerclient.h"

#include "alertmanagerjson.h"
#include "futurechain.h"
#include "prometheusclient.h"
#include "silencebuilder.h"

#include <QCoreApplication>

namespace sre::alerting {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(sre::alerting::Alertmanager)
};

// Fills the reply's error from a transport result; true when there is a body to read.
bool check(const prom::RawResponse &response, const QString &datasource, AmReply &reply)
{
    reply.httpStatus = response.httpStatus;
    if (response.ok())
        return true;
    const prom::Error &e = *response.error;
    if (e.isCancellation()) {
        reply.error = e.toString();
        return false;
    }
    // An HTML page in place of Alertmanager's answer is a proxy's (nginx's 502, a portal's 403): the
    // transport's error names it by its title and says how often it was tried; the page's markup
    // says nothing to the user. Alertmanager itself answers errors in JSON or plain text.
    const bool html = response.contentType.contains("html") || response.body.trimmed().startsWith('<');
    if (html && response.httpStatus >= 400) {
        reply.error = e.toString();
        reply.outcomeUnknown = response.httpStatus >= 500;
        return false;
    }
    if (response.httpStatus >= 400 && response.httpStatus < 500) {
        // Alertmanager refused it and said why: show its words as they are.
        reply.error = Tr::tr("%1: Alertmanager answered HTTP %2: %3")
                          .arg(datasource)
                          .arg(response.httpStatus)
                          .arg(alertmanagerErrorText(response.body));
        return false;
    }
    if (response.httpStatus >= 500) {
        const QString text = alertmanagerErrorText(response.body);
        reply.error
            = Tr::tr("%1: Alertmanager answered HTTP %2: %3").arg(datasource).arg(response.httpStatus).arg(text);
        reply.outcomeUnknown = true;
        return false;
    }
    reply.error = e.toString();
    // Refused connections and configuration problems never reached the server.
    reply.outcomeUnknown = e.kind != prom::Error::Kind::ConnectionRefused && e.kind != prom::Error::Kind::Config;
    return false;
}

// The answer of the request that `submit` makes (it passes its BeforeSubmit on to the client),
// read by `parse` on the thread pool. The continuation is attached before the request is
// submitted, and through fut::then (futurechain.h): Qt 6.4.2 can run a continuation twice when it
// is attached while another thread finishes the future (a crash; docs/testing.md).
template<typename T, typename Parse, typename Submit>
QFuture<AmResult<T>> parsed(Submit submit, const QString &datasource, Parse parse)
{
    QFuture<AmResult<T>> out;
    submit([&out, datasource, parse](QFuture<prom::RawResponse> future) {
        out = fut::then(future, [datasource, parse](const prom::RawResponse &response) {
            AmResult<T> result;
            if (!check(response, datasource, result))
                return result;
            QString error;
            std::optional<T> value = parse(response.body, &error);
            if (!value) {
                // A compressed answer that does not read was most likely cut short on the way
                // (curl does not notice when the HTTP framing is whole).
                result.error = response.contentEncoding.isEmpty()
                    ? Tr::tr("%1: %2").arg(datasource, error)
                    : Tr::tr("%1: the %2-compressed answer is cut short or corrupt: %3")
                          .arg(datasource, QString::fromLatin1(response.contentEncoding), error);
                return result;
            }
            result.value = std::move(*value);
            return result;
        });
    });
    return out;
}

} // namespace

AlertmanagerClient::AlertmanagerClient(const DatasourceConfig &config)
    : m_config(config)
    , m_http(std::make_unique<prom::PrometheusClient>(config))
{ }

AlertmanagerClient::~AlertmanagerClient() = default;

QFuture<AmResult<std::vector<Alert>>> AlertmanagerClient::alerts(const AlertQuery &query)
{
    QUrlQuery q;
    auto flag = [&q](const char *name, bool value) {
        q.addQueryItem(QString::fromLatin1(name), value ? QStringLiteral("true") : QStringLiteral("false"));
    };
    flag("active", query.active);
    flag("silenced", query.silenced);
    flag("inhibited", query.inhibited);
    flag("unprocessed", query.unprocessed);
    for (const Matcher &m : query.filter)
        q.addQueryItem(QStringLiteral("filter"), formatMatcher(m));
    if (!query.receiver.isEmpty())
        q.addQueryItem(QStringLiteral("receiver"), query.receiver);
    const QString source = m_config.name;
    return parsed<std::vector<Alert>>(
        [&](const prom::PrometheusClient::BeforeSubmit &attach) {
            m_http->get(QStringLiteral("/api/v2/alerts"), q, attach);
        },
        source, [source](const QByteArray &body, QString *error) { return parseAlerts(body, source, error); });
}

QFuture<AmResult<std::vector<Silence>>> AlertmanagerClient::silences()
{
    const QString source = m_config.name;
    return parsed<std::vector<Silence>>(
        [&](const prom::PrometheusClient::BeforeSubmit &attach) {
            m_http->get(QStringLiteral("/api/v2/silences"), {}, attach);
        },
        source, [source](const QByteArray &body, QString *error) { return parseSilences(body, source, error); });
}

QFuture<AmResult<AlertmanagerStatus>> AlertmanagerClient::status()
{
    return parsed<AlertmanagerStatus>(
        [&](const prom::PrometheusClient::BeforeSubmit &attach) {
            m_http->get(QStringLiteral("/api/v2/status"), {}, attach);
        },
        m_config.name, [](const QByteArray &body, QString *error) { return parseStatus(body, error); });
}

QFuture<AmResult<QString>> AlertmanagerClient::postSilence(const Silence &silence, bool withAnnotations)
{
    return parsed<QString>(
        [&](const prom::PrometheusClient::BeforeSubmit &attach) {
            m_http->send("POST", QStringLiteral("/api/v2/silences"), postableSilence(silence, withAnnotations),
                         "application/json", { 0, {} }, attach);
        },
        m_config.name, [](const QByteArray &body, QString *error) { return parseSilenceId(body, error); });
}

QFuture<AmReply> AlertmanagerClient::deleteSilence(const QString &id)
{
    const QString datasource = m_config.name;
    const QString path = QStringLiteral("/api/v2/silence/") + QString::fromUtf8(QUrl::toPercentEncoding(id));
    QFuture<AmReply> out;
    m_http->send("DELETE", path, {}, {}, { 0, {} }, [&out, datasource](QFuture<prom::RawResponse> future) {
        out = fut::then(future, [datasource](const prom::RawResponse &response) {
            AmReply reply;
            check(response, datasource, reply);
            return reply;
        });
    });
    return out;
}

} // namespace sre::alerting
