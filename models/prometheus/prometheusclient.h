#pragma once

#include "datasource.h"
#include "rangesplit.h"
#include "types.h"

#include <QDateTime>
#include <QFuture>
#include <QObject>
#include <QUrlQuery>
#include <chrono>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>

namespace sre::prom {

namespace detail {
class CurlWorker;
struct TransferRequest;
} // namespace detail

// Talks to one datasource with the Prometheus HTTP API (Prometheus, Thanos, Mimir, Cortex,
// VictoriaMetrics) or to Alertmanager through get().
//
// All transfers run on one worker thread owning one libcurl multi handle: connections are kept
// alive and shared, responses are gzip-compressed, HTTP/2 is used where the server offers it over
// TLS, and any number of requests run in parallel. Every call returns at once with a QFuture that
// finishes on the worker thread; watch it with QFutureWatcher or QFuture::then(context, ...) to
// get the result on your own thread. Results are values and always arrive: failures come as
// `error` (never an exception), including timeouts, which every request has.
//
// Latest wins: a request with a non-empty view key makes every older request with that key stale.
// Stale requests finish with Error::Kind::Stale and no data, even when their answer had already
// arrived. A result's `generation` can be checked with isLatest() when it is finally consumed.
//
// Thread-safe: call from any thread. Destroying the client cancels what is running (those futures
// finish with Error::Kind::Cancelled) and joins the worker thread.
class PrometheusClient final : public QObject
{
    Q_OBJECT

public:
    explicit PrometheusClient(const DatasourceConfig &config, QObject *parent = nullptr);
    ~PrometheusClient() override;

    const DatasourceConfig &config() const { return m_config; }
    // Things about the configuration the user should know, e.g. that insecure_skip_verify is on.
    // Computed once at construction; show them once.
    const QStringList &configWarnings() const { return m_configWarnings; }

    // Applies to requests made afterwards.
    void setRetryPolicy(const RetryPolicy &policy);
    RetryPolicy retryPolicy() const;

    // Instant query (/api/v1/query, POSTed so that long PromQL fits). Without `time` the server's
    // current time is used.
    QFuture<QueryResult> query(const QString &promql, std::optional<QDateTime> time = {}, const QString &viewKey = {});

    // Range query (/api/v1/query_range, POSTed). Ranges with more than kMaxPointsPerRequest points
    // are fetched as consecutive parts and stitched (see splitRange()); the caller sees one result.
    QFuture<QueryResult> queryRange(const QString &promql, QDateTime start, QDateTime end, std::chrono::seconds step,
                                    const QString &viewKey = {});

    // /api/v1/status/buildinfo
    QFuture<BuildInfo> buildInfo();

    // Called with the future of get() or send() before the request is submitted, to attach a
    // continuation (QFuture::then) that cannot race with the worker finishing the future: Qt 6.4.2
    // runs a continuation twice when it is attached on one thread while another thread finishes
    // the future (docs/testing.md, "Known state"), and the second run crashes.
    using BeforeSubmit = std::function<void(QFuture<RawResponse>)>;

    // GET of any other path below the datasource URL, e.g. "/api/v1/rules" or Alertmanager's
    // "/api/v2/alerts". The body is returned as it came.
    QFuture<RawResponse> get(const QString &path, const QUrlQuery &query = {}, const BeforeSubmit &beforeSubmit = {});

    // GET of `url` exactly as given (query string included) with the datasource's connection
    // settings: authorization, TLS (ca_file, client certificate, verification), timeout, retries.
    // For documents that are not an API below the datasource URL, such as an iCalendar feed whose
    // private token is part of `url`: errors name `urlForMessages` instead, which must hold no
    // secret. `headers` are extra request lines (e.g. "If-Modified-Since: ..."); a 304 answer is
    // not an error.
    QFuture<RawResponse> getUrl(const QByteArray &url, const QString &urlForMessages,
                                const std::vector<QByteArray> &headers = {});

    // Any other request below the datasource URL, e.g. Alertmanager's POST /api/v2/silences (a
    // JSON `body` with its `contentType`) or DELETE /api/v2/silence/{id}. Unlike get() it is tried
    // once unless `retry` says otherwise: a request that changes the server's state must not be
    // repeated blindly (its first attempt may have taken effect even when no answer came).
    QFuture<RawResponse> send(const QByteArray &method, const QString &path, const QByteArray &body = {},
                              const QByteArray &contentType = {}, const RetryPolicy &retry = { 0, {} },
                              const BeforeSubmit &beforeSubmit = {});

    // Cancels every pending request with this view key; they finish with Error::Kind::Cancelled.
    void cancel(const QString &viewKey);
    void cancelAll();
    // Thread-safe: cancels every pending request, and every later one finishes with
    // Error::Kind::Cancelled at once. For work on a worker thread that must end now, e.g. because
    // the console is closing (see CloseSwitch).
    void close();
    // Whether `generation` is still the newest request for `viewKey` (always true for no key).
    bool isLatest(const QString &viewKey, quint64 generation) const;

    ClientStatistics statistics() const;
    // libcurl easy handles alive in the whole process, over all clients: a leak check for tests
    // and the soak run (0 when no request is running anywhere).
    static int liveTransferHandles();

private:
    QFuture<QueryResult> submitQuery(const QString &path, const QByteArray &form, const QString &promql,
                                     const QString &viewKey, quint64 generation);
    QFuture<QueryResult> submitSplitRange(const QString &promql, const std::vector<TimeRange> &parts,
                                          std::chrono::seconds step, const QString &viewKey, quint64 generation);
    QFuture<RawResponse> submitRaw(detail::TransferRequest request, const QString &path,
                                   std::optional<QString> urlForMessages = {}, const BeforeSubmit &beforeSubmit = {});
    QByteArray endpoint(const QString &path) const;
    QString endpointForMessages(const QString &path) const;

    Error configError(const QString &path, const QString &promql) const;

    const DatasourceConfig m_config;
    QStringList m_configWarnings;
    QString m_configProblem; // non-empty: every request fails with it as Error::Kind::Config
    mutable std::mutex m_policyMutex;
    RetryPolicy m_retryPolicy;
    std::unique_ptr<detail::CurlWorker> m_worker;
};

// Percent-encodes name=value pairs for a query string or an x-www-form-urlencoded body. Unlike
// QUrlQuery it also encodes '+', which servers decode as a space ("a + b" stays "a + b").
QByteArray formEncode(const QList<std::pair<QString, QString>> &items);

// Unix seconds with millisecond precision, the form Prometheus accepts for time parameters.
QString formatApiTime(const QDateTime &time);

} // namespace sre::prom
