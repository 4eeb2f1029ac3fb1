#include "prometheusclient.h"

#include "curlworker.h"
#include "futurechain.h"
#include "transfer.h"

#include <QPromise>

namespace sre::prom {

namespace {

// Range parts in flight at once: parallel enough to hide latency, gentle on the server.
constexpr std::size_t kParallelRangeParts = 3;

template<typename T> std::shared_ptr<QPromise<T>> startedPromise()
{
    auto promise = std::make_shared<QPromise<T>>();
    promise->start();
    return promise;
}

// Finished under fut::gate(): callers attach continuations to these futures (futurechain.h).
template<typename T> void deliver(QPromise<T> &promise, T &&value)
{
    promise.addResult(std::move(value));
    fut::finish(promise);
}

QueryResult toQueryResult(detail::TransferOutcome &&outcome, const QString &promql, const QString &viewKey,
                          quint64 generation)
{
    QueryResult result;
    result.query = promql;
    result.viewKey = viewKey;
    result.generation = generation;
    if (outcome.parsed) {
        result.warnings = outcome.parsed->warnings;
        result.infos = outcome.parsed->infos;
    }
    if (outcome.error) {
        result.error = std::move(outcome.error);
        return result;
    }
    ParsedResponse &parsed = *outcome.parsed;
    result.resultType = parsed.resultType;
    result.series = std::move(parsed.series);
    result.scalar = parsed.scalar;
    result.string = std::move(parsed.string);
    return result;
}

// The shared state of one range query fetched in parts. Only the worker thread touches it once
// the first part is submitted.
struct RangeJob
{
    std::shared_ptr<QPromise<QueryResult>> promise;
    detail::CurlWorker *worker = nullptr;
    detail::TransferRequest prototype; // everything but the body and the callbacks
    std::vector<QByteArray> forms;
    std::vector<QueryResult> results;
    std::size_t nextPart = 0;
    std::size_t remaining = 0;
    bool finished = false;
};

// Submits part `index`. The caller's thread submits the first parts; after that only the worker
// thread touches the job's mutable members (results, remaining, nextPart, finished).
void submitRangePart(const std::shared_ptr<RangeJob> &job, std::size_t index)
{
    detail::TransferRequest request = job->prototype;
    request.postFields = job->forms[index];
    const auto promise = job->promise;
    request.isCanceled = [promise] { return promise->isCanceled(); };
    request.done = [job, index](detail::TransferOutcome &&outcome) {
        if (job->finished)
            return;
        const detail::TransferRequest &p = job->prototype;
        QueryResult result = toQueryResult(std::move(outcome), p.query, p.viewKey, p.generation);
        if (result.error) {
            job->finished = true;
            deliver(*job->promise, std::move(result));
            return;
        }
        job->results[index] = std::move(result);
        if (--job->remaining == 0) {
            job->finished = true;
            deliver(*job->promise, stitchRangeResults(std::move(job->results)));
        } else if (job->nextPart < job->forms.size()) {
            submitRangePart(job, job->nextPart++);
        }
    };
    job->worker->submit(std::move(request));
}

} // namespace

QByteArray formEncode(const QList<std::pair<QString, QString>> &items)
{
    QByteArray out;
    for (const auto &[name, value] : items) {
        if (!out.isEmpty())
            out += '&';
        out += QUrl::toPercentEncoding(name);
        out += '=';
        out += QUrl::toPercentEncoding(value);
    }
    return out;
}

QString formatApiTime(const QDateTime &time)
{
    const qint64 ms = time.toMSecsSinceEpoch();
    return QString::number(ms / 1000) + QLatin1Char('.') + QStringLiteral("%1").arg(ms % 1000, 3, 10, QLatin1Char('0'));
}

PrometheusClient::PrometheusClient(const DatasourceConfig &config, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_configWarnings(detail::configWarnings(config))
    , m_worker(std::make_unique<detail::CurlWorker>(config))
{
    const QString scheme = config.url.scheme();
    if (!config.url.isValid() || config.url.host().isEmpty()
        || (scheme != QLatin1String("http") && scheme != QLatin1String("https")))
        m_configProblem = tr("\"%1\" is not an http:// or https:// URL").arg(config.url.toString(QUrl::RemoveUserInfo));
}

PrometheusClient::~PrometheusClient() = default;

void PrometheusClient::setRetryPolicy(const RetryPolicy &policy)
{
    std::lock_guard lock(m_policyMutex);
    m_retryPolicy = policy;
}

RetryPolicy PrometheusClient::retryPolicy() const
{
    std::lock_guard lock(m_policyMutex);
    return m_retryPolicy;
}

QByteArray PrometheusClient::endpoint(const QString &path) const
{
    QUrl url = m_config.url;
    QString base = url.path();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    url.setPath(base + (path.startsWith(QLatin1Char('/')) ? path : QLatin1Char('/') + path));
    return url.toEncoded(QUrl::RemoveQuery | QUrl::RemoveFragment);
}

QString PrometheusClient::endpointForMessages(const QString &path) const
{
    return QUrl::fromEncoded(endpoint(path)).toString(QUrl::RemoveUserInfo);
}

Error PrometheusClient::configError(const QString &path, const QString &promql) const
{
    Error error;
    error.kind = Error::Kind::Config;
    error.message = m_configProblem;
    error.query = promql;
    error.url = endpointForMessages(path);
    error.datasource = m_config.name;
    return error;
}

QFuture<QueryResult> PrometheusClient::query(const QString &promql, std::optional<QDateTime> time,
                                             const QString &viewKey)
{
    const quint64 generation = viewKey.isEmpty() ? 0 : m_worker->nextGeneration(viewKey);
    QList<std::pair<QString, QString>> form { { QStringLiteral("query"), promql } };
    if (time)
        form.append({ QStringLiteral("time"), formatApiTime(*time) });
    return submitQuery(QStringLiteral("/api/v1/query"), formEncode(form), promql, viewKey, generation);
}

QFuture<QueryResult> PrometheusClient::queryRange(const QString &promql, QDateTime start, QDateTime end,
                                                  std::chrono::seconds step, const QString &viewKey)
{
    const quint64 generation = viewKey.isEmpty() ? 0 : m_worker->nextGeneration(viewKey);
    const std::vector<TimeRange> parts = splitRange(start, end, step);
    if (parts.size() > 1 && m_configProblem.isEmpty())
        return submitSplitRange(promql, parts, step, viewKey, generation);
    const QByteArray form = formEncode({ { QStringLiteral("query"), promql },
                                         { QStringLiteral("start"), formatApiTime(start) },
                                         { QStringLiteral("end"), formatApiTime(end) },
                                         { QStringLiteral("step"), QString::number(step.count()) } });
    return submitQuery(QStringLiteral("/api/v1/query_range"), form, promql, viewKey, generation);
}

QFuture<QueryResult> PrometheusClient::submitQuery(const QString &path, const QByteArray &form, const QString &promql,
                                                   const QString &viewKey, quint64 generation)
{
    auto promise = startedPromise<QueryResult>();
    QFuture<QueryResult> future = promise->future();
    if (!m_configProblem.isEmpty()) {
        QueryResult result;
        result.query = promql;
        result.viewKey = viewKey;
        result.generation = generation;
        result.error = configError(path, promql);
        deliver(*promise, std::move(result));
        return future;
    }
    detail::TransferRequest request;
    request.url = endpoint(path);
    request.urlForMessages = endpointForMessages(path);
    request.postFields = form;
    request.requireResultType = true;
    request.query = promql;
    request.viewKey = viewKey;
    request.generation = generation;
    request.retry = retryPolicy();
    request.isCanceled = [promise] { return promise->isCanceled(); };
    request.done = [promise, promql, viewKey, generation](detail::TransferOutcome &&outcome) {
        deliver(*promise, toQueryResult(std::move(outcome), promql, viewKey, generation));
    };
    m_worker->submit(std::move(request));
    return future;
}

QFuture<QueryResult> PrometheusClient::submitSplitRange(const QString &promql, const std::vector<TimeRange> &parts,
                                                        std::chrono::seconds step, const QString &viewKey,
                                                        quint64 generation)
{
    auto job = std::make_shared<RangeJob>();
    job->promise = startedPromise<QueryResult>();
    job->worker = m_worker.get();
    const QString path = QStringLiteral("/api/v1/query_range");
    detail::TransferRequest &prototype = job->prototype;
    prototype.url = endpoint(path);
    prototype.urlForMessages = endpointForMessages(path);
    prototype.requireResultType = true;
    prototype.query = promql;
    prototype.viewKey = viewKey;
    prototype.generation = generation;
    prototype.retry = retryPolicy();
    for (const TimeRange &part : parts) {
        job->forms.push_back(formEncode({ { QStringLiteral("query"), promql },
                                          { QStringLiteral("start"), formatApiTime(part.start) },
                                          { QStringLiteral("end"), formatApiTime(part.end) },
                                          { QStringLiteral("step"), QString::number(step.count()) } }));
    }
    job->results.resize(parts.size());
    job->remaining = parts.size();
    QFuture<QueryResult> future = job->promise->future();
    const std::size_t initial = std::min(kParallelRangeParts, parts.size());
    job->nextPart = initial; // set before the first submit: from then on the worker owns it
    for (std::size_t index = 0; index < initial; ++index)
        submitRangePart(job, index);
    return future;
}

QFuture<BuildInfo> PrometheusClient::buildInfo()
{
    const QString path = QStringLiteral("/api/v1/status/buildinfo");
    auto promise = startedPromise<BuildInfo>();
    QFuture<BuildInfo> future = promise->future();
    if (!m_configProblem.isEmpty()) {
        BuildInfo info;
        info.error = configError(path, {});
        deliver(*promise, std::move(info));
        return future;
    }
    detail::TransferRequest request;
    request.url = endpoint(path);
    request.urlForMessages = endpointForMessages(path);
    request.expensive = false;
    request.retry = retryPolicy();
    request.isCanceled = [promise] { return promise->isCanceled(); };
    request.done = [promise](detail::TransferOutcome &&outcome) {
        BuildInfo info;
        if (outcome.error) {
            info.error = std::move(outcome.error);
        } else {
            info.fields = outcome.parsed->data;
            info.version = info.fields.value(QStringLiteral("version"));
            info.revision = info.fields.value(QStringLiteral("revision"));
            info.branch = info.fields.value(QStringLiteral("branch"));
            info.goVersion = info.fields.value(QStringLiteral("goVersion"));
        }
        deliver(*promise, std::move(info));
    };
    m_worker->submit(std::move(request));
    return future;
}

QFuture<RawResponse> PrometheusClient::get(const QString &path, const QUrlQuery &query,
                                           const BeforeSubmit &beforeSubmit)
{
    QList<std::pair<QString, QString>> items;
    for (const auto &[name, value] : query.queryItems(QUrl::FullyDecoded))
        items.append({ name, value });
    detail::TransferRequest request;
    request.url = endpoint(path);
    if (!items.isEmpty())
        request.url += '?' + formEncode(items);
    request.retry = retryPolicy();
    return submitRaw(std::move(request), path, {}, beforeSubmit);
}

QFuture<RawResponse> PrometheusClient::getUrl(const QByteArray &url, const QString &urlForMessages,
                                              const std::vector<QByteArray> &headers)
{
    detail::TransferRequest request;
    request.url = url;
    request.extraHeaders = headers;
    request.retry = retryPolicy();
    return submitRaw(std::move(request), {}, urlForMessages);
}

QFuture<RawResponse> PrometheusClient::send(const QByteArray &method, const QString &path, const QByteArray &body,
                                            const QByteArray &contentType, const RetryPolicy &retry,
                                            const BeforeSubmit &beforeSubmit)
{
    detail::TransferRequest request;
    request.url = endpoint(path);
    request.postFields = body;
    request.contentType = contentType;
    // libcurl posts whenever there is a body; the verb is only named when it is something else.
    if (method != "GET" && !(method == "POST" && !body.isEmpty()))
        request.method = method;
    request.retry = retry;
    return submitRaw(std::move(request), path, {}, beforeSubmit);
}

QFuture<RawResponse> PrometheusClient::submitRaw(detail::TransferRequest request, const QString &path,
                                                 std::optional<QString> urlForMessages,
                                                 const BeforeSubmit &beforeSubmit)
{
    auto promise = startedPromise<RawResponse>();
    QFuture<RawResponse> future = promise->future();
    if (beforeSubmit)
        beforeSubmit(future); // nothing can finish it yet
    const QString url = urlForMessages ? *urlForMessages : endpointForMessages(path);
    if (!m_configProblem.isEmpty()) {
        RawResponse response;
        response.url = url;
        response.error = configError(path, {});
        response.error->url = url;
        deliver(*promise, std::move(response));
        return future;
    }
    request.urlForMessages = url;
    request.parseJson = false;
    request.expensive = false;
    request.isCanceled = [promise] { return promise->isCanceled(); };
    request.done = [promise, url](detail::TransferOutcome &&outcome) {
        RawResponse response;
        response.httpStatus = outcome.httpStatus;
        response.contentType = outcome.contentType;
        response.body = std::move(outcome.body);
        response.url = url;
        response.error = std::move(outcome.error);
        response.lastModified = std::move(outcome.lastModified);
        response.etag = std::move(outcome.etag);
        response.contentEncoding = std::move(outcome.contentEncoding);
        deliver(*promise, std::move(response));
    };
    m_worker->submit(std::move(request));
    return future;
}

void PrometheusClient::cancel(const QString &viewKey)
{
    if (!viewKey.isEmpty())
        m_worker->cancel(viewKey);
}

void PrometheusClient::cancelAll()
{
    m_worker->cancelAll();
}

void PrometheusClient::close()
{
    m_worker->close();
}

bool PrometheusClient::isLatest(const QString &viewKey, quint64 generation) const
{
    return m_worker->isLatest(viewKey, generation);
}

ClientStatistics PrometheusClient::statistics() const
{
    return m_worker->stats();
}

int PrometheusClient::liveTransferHandles()
{
    return detail::liveEasyHandles();
}

} // namespace sre::prom
