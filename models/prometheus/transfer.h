#pragma once

#include "curlworker.h"

#include <curl/curl.h>

namespace sre::prom::detail {

// The state of one request inside the worker, across its retries.
struct Transfer
{
    using Clock = std::chrono::steady_clock;

    TransferRequest request;
    CurlWorker *worker = nullptr;
    CURL *easy = nullptr;
    curl_slist *headers = nullptr; // may hold credentials: wiped before it is freed
    std::unique_ptr<ResponseParser> parser;
    QByteArray body; // raw body, or the first bytes of a JSON body for error messages
    qint64 decodedBytes = 0;
    bool writeAborted = false; // we stopped the download: body unusable (JSON) or too large (raw)
    bool inMulti = false;
    // The answer's headers came and then the body stopped (see kBodyStallLimit in transfer.cpp).
    bool stalled = false;
    curl_off_t lastDownloaded = -1;
    Clock::time_point lastData;
    std::chrono::milliseconds bodyStallLimit { 0 };
    int attempts = 0;
    Clock::time_point deadline;
    std::optional<Clock::time_point> retryAt;
    std::chrono::milliseconds timeout { 0 };
    char curlError[CURL_ERROR_SIZE] = {};
};

// Header lines for the datasource's http_config: Authorization (from `authorization` or
// `basic_auth`, secrets read now) and the extra `headers`. On a problem returns nullopt and sets
// *error to a message that never contains a secret.
std::optional<std::vector<QByteArray>> requestHeaders(const DatasourceConfig &config, QString *error);

// Warnings about a configuration that works but deserves attention (insecure TLS, ...).
QStringList configWarnings(const DatasourceConfig &config);

// The per-request timeout: the datasource's, or 30 s when it has none.
std::chrono::milliseconds effectiveTimeout(const DatasourceConfig &config);

// Creates the easy handle and sets everything that stays the same across attempts.
std::optional<Error> setUpTransfer(Transfer &transfer, const DatasourceConfig &config, CURLSH *share);
// Resets per-attempt state; the attempt may use at most `remaining`.
void prepareAttempt(Transfer &transfer, std::chrono::milliseconds remaining);
// Turns the end of an attempt into an outcome (errors classified, body parsed).
TransferOutcome classifyAttempt(Transfer &transfer, CURLcode code, const DatasourceConfig &config);
// An error naming the transfer's query, URL, datasource and attempts.
Error transferError(const Transfer &transfer, Error::Kind kind, const QString &message, const DatasourceConfig &config);
// Whether this outcome deserves another attempt (time and count limits aside): connection-level
// failures, HTTP 429 and 5xx; never 4xx and never a Prometheus query timeout.
bool isRetryable(const TransferOutcome &outcome, CURLcode code);
// Retry-After of a 429/503 answer, when the server sent one in seconds.
std::optional<std::chrono::milliseconds> retryAfter(Transfer &transfer);
// Wipes the credentials and frees the easy handle. The transfer must not be in the multi handle.
void releaseTransfer(Transfer &transfer);
// Easy handles alive in this process (all clients): back to its idle value when nothing leaks.
int liveEasyHandles();
// An HTML page where an API answer was expected (a login portal, a proxy's error page).
bool looksLikeHtml(const QByteArray &contentType, const QByteArray &body);

} // namespace sre::prom::detail
