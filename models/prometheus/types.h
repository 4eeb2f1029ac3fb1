#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>
#include <chrono>
#include <optional>
#include <vector>

namespace sre::prom {

// Why a request produced no data. Carried as a value in every result; never thrown, never shown
// by the library itself.
struct Error
{
    enum class Kind {
        Network, // DNS, TLS, reset connection, ...: curl's message is in `message`
        ConnectionRefused, // nothing listens at the datasource URL
        Timeout, // no complete answer within the datasource timeout
        Http, // HTTP status >= 300 without a Prometheus error body (proxy, auth, 404)
        Prometheus, // status "error": `errorType` and `message` are Prometheus' own
        Parse, // the body is not a Prometheus API response
        Cancelled, // cancel(), cancelAll(), QFuture::cancel() or the client was destroyed
        Stale, // a newer request for the same view key replaced this one
        Config, // the datasource configuration cannot be used (e.g. unreadable secret)
    };

    Kind kind = Kind::Network;
    int httpStatus = 0; // 0 when no HTTP response arrived
    QString errorType; // Prometheus' errorType: bad_data, execution, timeout, canceled, ...
    QString message; // Prometheus' `error` text verbatim, or curl's / the parser's words
    QString query; // the PromQL, when the request was a query
    QString url; // endpoint without user info
    QString datasource; // DatasourceConfig::name
    int attempts = 1; // how many times the request was sent (retries included)
    int transportCode = 0; // libcurl's CURLcode when the transfer itself failed (DNS, TLS, ...), else 0
    QStringList warnings; // warnings Prometheus sent along with the error
    QString hint; // what the user can do, when it is more specific than the kind's usual advice

    // One line naming the query (or URL), what went wrong and what the user can do about it.
    // Starts with the datasource's name ("prod: ...").
    QString toString() const;
    // True for Cancelled and Stale: the caller asked for this, nothing to show the user.
    bool isCancellation() const { return kind == Kind::Cancelled || kind == Kind::Stale; }

    friend bool operator==(const Error &, const Error &) = default;

private:
    QString describe() const; // toString() without the datasource prefix
};

QString errorKindName(Error::Kind kind);

enum class ResultType { None, Matrix, Vector, Scalar, String };

QString resultTypeName(ResultType type);

// One time series. Timestamps are Unix seconds (Prometheus' float seconds, millisecond precision);
// values may be NaN or +/-Inf exactly as Prometheus reported them.
struct Series
{
    QMap<QString, QString> labels;
    std::vector<double> timestamps;
    std::vector<double> values;

    friend bool operator==(const Series &, const Series &) = default;
};

struct Sample
{
    double timestamp = 0;
    double value = 0;

    friend bool operator==(const Sample &, const Sample &) = default;
};

struct StringSample
{
    double timestamp = 0;
    QString value;

    friend bool operator==(const StringSample &, const StringSample &) = default;
};

// The answer to /api/v1/query or /api/v1/query_range.
struct QueryResult
{
    ResultType resultType = ResultType::None;
    std::vector<Series> series; // matrix and vector (a vector series holds one sample)
    std::optional<Sample> scalar; // resultType Scalar
    std::optional<StringSample> string; // resultType String
    QStringList warnings; // passed through from the response, also on success
    QStringList infos; // Prometheus 3 "infos" annotations
    QString query;
    QString viewKey;
    quint64 generation = 0; // see PrometheusClient::isLatest()
    std::optional<Error> error;

    bool ok() const { return !error.has_value(); }
};

// /api/v1/status/buildinfo
struct BuildInfo
{
    QString version;
    QString revision;
    QString branch;
    QString goVersion;
    QMap<QString, QString> fields; // every string field of `data`, for what the named ones miss
    std::optional<Error> error;

    bool ok() const { return !error.has_value(); }
};

// Any other endpoint (rules, alerts, Alertmanager's /api/v2/...): the body is left to the caller.
// `error` is set for transport failures and for HTTP status >= 400 (with Prometheus' errorType
// and error text when the body carries them); `body` and `httpStatus` are kept either way.
struct RawResponse
{
    int httpStatus = 0;
    QByteArray contentType;
    QByteArray body;
    QString url;
    std::optional<Error> error;
    // Validators for a conditional GET (getUrl()): a 304 answer is not an error and has no body.
    QByteArray lastModified;
    QByteArray etag;
    // The answer's Content-Encoding ("gzip"): curl decodes it, but does not notice a compressed
    // stream cut short when the HTTP framing is whole; a reader that finds the body cut says so.
    QByteArray contentEncoding;

    bool ok() const { return !error.has_value(); }
};

// Retries on connection errors, HTTP 429 and 5xx; never on 4xx or Prometheus bad_data /
// execution / timeout errors. Delays double from `initialBackoff` and never extend a request past
// the datasource timeout.
struct RetryPolicy
{
    int maxRetries = 3;
    std::chrono::milliseconds initialBackoff { 200 };
};

// Counters of a PrometheusClient, for diagnostics and tests.
struct ClientStatistics
{
    quint64 transfers = 0; // HTTP attempts made
    quint64 connectionsOpened = 0; // new connections; the other attempts reused a kept-alive one
    quint64 retries = 0;
    quint64 bytesOnWire = 0; // response bodies as transferred (compressed when gzip was used)
    quint64 bytesDecoded = 0; // the same bodies after decompression
    int lastHttpVersion = 0; // major HTTP version of the last answer: 1, 2 or 3
    int activeTransfers = 0; // requests in the worker now (0 when idle: nothing leaked)
};

} // namespace sre::prom
