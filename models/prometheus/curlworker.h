#pragma once

#include "datasource.h"
#include "responseparser.h"
#include "types.h"

#include <QHash>
#include <atomic>
#include <chrono>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace sre::prom::detail {

// What became of one request after its last attempt. `error` covers everything that is not data:
// transport, HTTP, Prometheus "status": "error", parse failures, cancellation.
struct TransferOutcome
{
    std::optional<Error> error;
    int httpStatus = 0;
    QByteArray contentType;
    QByteArray body; // raw requests only
    QByteArray lastModified, etag; // raw requests only: the answer's validators
    QByteArray contentEncoding; // raw requests only
    std::optional<ParsedResponse> parsed; // JSON requests that parsed
    int attempts = 0;
};

struct TransferRequest
{
    QByteArray url; // complete, query string included
    QString urlForMessages; // without user info and query string
    QByteArray postFields; // non-empty: POST application/x-www-form-urlencoded
    QByteArray method; // non-empty: this HTTP verb (e.g. DELETE) instead of GET/POST
    QByteArray contentType; // non-empty: Content-Type of postFields (e.g. application/json)
    std::vector<QByteArray> extraHeaders; // e.g. If-Modified-Since; never credentials
    bool parseJson = true; // stream the body through ResponseParser; else keep the bytes
    bool expensive = true; // queries: the server is silent while it evaluates (see stall limit)
    bool requireResultType = false; // a success without data.resultType is a parse error
    QString query;
    QString viewKey;
    quint64 generation = 0;
    RetryPolicy retry;
    std::function<bool()> isCanceled; // the consumer cancelled its QFuture
    std::function<void(TransferOutcome &&)> done; // called once, on the worker thread
};

struct Transfer;

// One libcurl multi handle driven by one std::thread. All transfers of a client run here in
// parallel over shared, kept-alive connections. Other threads only enqueue commands and wake the
// loop with curl_multi_wakeup(); every curl call happens on the worker thread.
class CurlWorker final
{
public:
    explicit CurlWorker(DatasourceConfig config);
    // Cancels what is still running (every pending request completes with Cancelled) and joins.
    ~CurlWorker();
    CurlWorker(const CurlWorker &) = delete;
    CurlWorker &operator=(const CurlWorker &) = delete;

    // Thread-safe. May be called from `done` callbacks (they run on the worker thread).
    void submit(TransferRequest request);
    void cancel(const QString &viewKey);
    void cancelAll();
    // cancelAll(), and every request submitted afterwards completes with Cancelled at once.
    void close();

    // "Latest wins" bookkeeping, thread-safe: each new request for a view key gets a higher
    // generation; only the highest one may deliver data.
    quint64 nextGeneration(const QString &viewKey);
    bool isLatest(const QString &viewKey, quint64 generation) const;

    ClientStatistics stats() const;
    const DatasourceConfig &config() const { return m_config; }

private:
    struct Command
    {
        enum class Type { Submit, Cancel, CancelAll, Stop } type;
        TransferRequest request;
        QString viewKey;
    };
    using Clock = std::chrono::steady_clock;

    void post(Command command);
    void run();
    bool processCommands(); // false once Stop was seen
    void start(std::unique_ptr<Transfer> transfer);
    void startAttempt(Transfer &transfer);
    void finishAttempt(Transfer &transfer, int curlCode);
    void complete(Transfer &transfer, TransferOutcome outcome);
    void abortWhere(const std::function<bool(const Transfer &)> &match, Error::Kind kind);
    void startDueRetries();
    void countTransfer(const Transfer &transfer);
    // Cancelled or Stale when the request's view key was cancelled or asked for something newer.
    std::optional<Error::Kind> superseded(const TransferRequest &request) const;
    int pollTimeoutMs() const;

    const DatasourceConfig m_config;
    void *m_multi = nullptr; // CURLM*, kept opaque so curl.h stays out of this header
    void *m_share = nullptr; // CURLSH*: TLS sessions shared between transfers
    std::vector<std::unique_ptr<Transfer>> m_transfers; // worker thread only
    bool m_stopping = false; // worker thread only
    std::atomic<bool> m_closed { false }; // close(): any thread

    mutable std::mutex m_mutex; // guards m_commands, m_generations and m_cancelledThrough
    std::deque<Command> m_commands;
    QHash<QString, quint64> m_generations;
    QHash<QString, quint64> m_cancelledThrough; // cancel(key): generations up to this are void

    std::atomic<quint64> m_statTransfers { 0 };
    std::atomic<quint64> m_statConnections { 0 };
    std::atomic<quint64> m_statRetries { 0 };
    std::atomic<quint64> m_statWireBytes { 0 };
    std::atomic<quint64> m_statDecodedBytes { 0 };
    std::atomic<int> m_statHttpVersion { 0 };
    std::atomic<int> m_statActive { 0 }; // m_transfers.size(), readable from any thread
    std::thread m_thread;
};

} // namespace sre::prom::detail
