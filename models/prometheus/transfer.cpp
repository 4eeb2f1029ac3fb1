#include "transfer.h"

#include "version.h"

#include <QCoreApplication>
#include <atomic>
#include <cerrno>
#include <cstring>

namespace sre::prom::detail {

namespace {

// lupdate reads the context from Q_DECLARE_TR_FUNCTIONS.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(sre::prom::PrometheusClient)
};

constexpr qsizetype kSnippetBytes = 512; // of a JSON body, for error messages
constexpr qsizetype kMaxRawBody = 256 * 1024 * 1024; // a raw body larger than this is refused
constexpr std::chrono::milliseconds kMaxConnectTimeout { 5000 };
constexpr long kCheapStallSeconds = 10;
// Once the headers are in, Prometheus has finished evaluating and streams the body: a body that
// stops for this long (or half the timeout, if less, so a retry still fits) is a stalled
// connection, not a slow query.
constexpr std::chrono::milliseconds kBodyStallLimit { 10000 };

std::atomic<int> g_liveEasyHandles { 0 };

void wipe(QByteArray &secret)
{
    if (!secret.isEmpty())
        explicit_bzero(secret.data(), static_cast<std::size_t>(secret.size()));
    secret.clear();
}

bool hasLineBreak(const QByteArray &value)
{
    return value.contains('\n') || value.contains('\r') || value.contains('\0');
}

QString snippet(const QByteArray &body)
{
    constexpr qsizetype kMax = 200;
    QString text = QString::fromUtf8(body.left(kMax)).simplified();
    if (body.size() > kMax)
        text += QChar(0x2026);
    return text;
}

std::size_t onWrite(char *data, std::size_t size, std::size_t count, void *userData)
{
    auto &transfer = *static_cast<Transfer *>(userData);
    const auto length = static_cast<qsizetype>(size * count);
    transfer.decodedBytes += length;
    if (transfer.request.parseJson) {
        if (transfer.body.size() < kSnippetBytes)
            transfer.body.append(data, std::min(length, kSnippetBytes - transfer.body.size()));
        if (!transfer.parser->feed(QByteArrayView(data, length))) {
            // Aborting (CURLE_WRITE_ERROR) saves downloading the rest of a body we cannot use.
            transfer.writeAborted = true;
            return 0;
        }
        return size * count;
    }
    if (transfer.body.size() + length > kMaxRawBody) {
        transfer.writeAborted = true;
        return 0;
    }
    transfer.body.append(data, length);
    return size * count;
}

int onProgress(void *userData, curl_off_t, curl_off_t downloaded, curl_off_t, curl_off_t)
{
    auto &transfer = *static_cast<Transfer *>(userData);
    if (transfer.request.isCanceled && transfer.request.isCanceled())
        return 1;
    // CURLOPT_LOW_SPEED_TIME cannot tell "still evaluating" (no headers yet, legitimately silent)
    // from "stopped in the middle of the body"; this watches the second case only.
    long status = 0;
    curl_easy_getinfo(transfer.easy, CURLINFO_RESPONSE_CODE, &status);
    if (status == 0)
        return 0;
    const auto now = Transfer::Clock::now();
    if (downloaded != transfer.lastDownloaded) {
        transfer.lastDownloaded = downloaded;
        transfer.lastData = now;
        return 0;
    }
    if (now - transfer.lastData > transfer.bodyStallLimit) {
        transfer.stalled = true;
        return 1;
    }
    return 0;
}

// The text of an HTML page's <title>, for a message that says what the page is.
QString htmlTitle(const QByteArray &body)
{
    const QString text = QString::fromUtf8(body);
    const qsizetype open = text.indexOf(QLatin1String("<title"), 0, Qt::CaseInsensitive);
    if (open < 0)
        return {};
    const qsizetype start = text.indexOf(QLatin1Char('>'), open);
    const qsizetype end = text.indexOf(QLatin1String("</title"), open, Qt::CaseInsensitive);
    if (start < 0 || end < start)
        return {};
    return text.mid(start + 1, end - start - 1).simplified().left(120);
}

} // namespace

std::chrono::milliseconds effectiveTimeout(const DatasourceConfig &config)
{
    return config.timeout.count() > 0 ? config.timeout : std::chrono::milliseconds(30000);
}

std::optional<std::vector<QByteArray>> requestHeaders(const DatasourceConfig &config, QString *error)
{
    auto fail = [error](const QString &message) -> std::optional<std::vector<QByteArray>> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    std::vector<QByteArray> lines;
    const bool bearer = config.authorizationCredentials.isSet();
    const bool basic = !config.basicAuthUsername.isEmpty() || config.basicAuthPassword.isSet();
    if (bearer && basic)
        return fail(Tr::tr("both authorization and basic_auth are set; keep only one"));
    if (bearer) {
        QString readError;
        std::optional<QByteArray> secret = config.authorizationCredentials.read(&readError);
        if (!secret)
            return fail(Tr::tr("authorization credentials: %1").arg(readError));
        if (hasLineBreak(*secret)) {
            wipe(*secret);
            return fail(Tr::tr("authorization credentials contain a line break"));
        }
        const QString type = config.authorizationType.isEmpty() ? QStringLiteral("Bearer") : config.authorizationType;
        lines.push_back("Authorization: " + type.toUtf8() + ' ' + *secret);
        wipe(*secret);
    } else if (basic) {
        QByteArray password;
        if (config.basicAuthPassword.isSet()) {
            QString readError;
            std::optional<QByteArray> secret = config.basicAuthPassword.read(&readError);
            if (!secret)
                return fail(Tr::tr("basic_auth password: %1").arg(readError));
            password = std::move(*secret);
        }
        QByteArray userPass = config.basicAuthUsername.toUtf8() + ':' + password;
        lines.push_back("Authorization: Basic " + userPass.toBase64());
        wipe(userPass);
        wipe(password);
    }
    for (auto it = config.headers.cbegin(); it != config.headers.cend(); ++it) {
        const QByteArray name = it.key().toUtf8().trimmed();
        const QByteArray value = it.value().toUtf8();
        if (name.isEmpty() || name.contains(':') || hasLineBreak(name) || hasLineBreak(value))
            return fail(Tr::tr("header \"%1\" is not a valid HTTP header").arg(it.key()));
        lines.push_back(name + ": " + value);
    }
    return lines;
}

QStringList configWarnings(const DatasourceConfig &config)
{
    QStringList warnings;
    if (config.insecureSkipVerify && config.url.scheme() == QLatin1String("https"))
        warnings << Tr::tr("datasource %1: TLS certificate verification is off "
                           "(insecure_skip_verify); anyone on the network path can read and change "
                           "its answers")
                        .arg(config.name);
    const bool credentials = config.authorizationCredentials.isSet() || config.basicAuthPassword.isSet();
    if (credentials && config.url.scheme() == QLatin1String("http"))
        warnings << Tr::tr("datasource %1: credentials are sent over plain HTTP").arg(config.name);
    return warnings;
}

Error transferError(const Transfer &transfer, Error::Kind kind, const QString &message, const DatasourceConfig &config)
{
    Error error;
    error.kind = kind;
    error.message = message;
    error.query = transfer.request.query;
    error.url = transfer.request.urlForMessages;
    error.datasource = config.name;
    error.attempts = std::max(transfer.attempts, 1);
    return error;
}

std::optional<Error> setUpTransfer(Transfer &transfer, const DatasourceConfig &config, CURLSH *share)
{
    CURL *easy = curl_easy_init();
    if (!easy)
        return transferError(transfer, Error::Kind::Network, Tr::tr("cannot create a curl handle"), config);
    ++g_liveEasyHandles;
    transfer.easy = easy;
    curl_easy_setopt(easy, CURLOPT_URL, transfer.request.url.constData());
    curl_easy_setopt(easy, CURLOPT_PRIVATE, &transfer);
    curl_easy_setopt(easy, CURLOPT_WRITEFUNCTION, &onWrite);
    curl_easy_setopt(easy, CURLOPT_WRITEDATA, &transfer);
    curl_easy_setopt(easy, CURLOPT_XFERINFOFUNCTION, &onProgress);
    curl_easy_setopt(easy, CURLOPT_XFERINFODATA, &transfer);
    curl_easy_setopt(easy, CURLOPT_NOPROGRESS, 0L);
    curl_easy_setopt(easy, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(easy, CURLOPT_ERRORBUFFER, transfer.curlError);
    curl_easy_setopt(easy, CURLOPT_ACCEPT_ENCODING, ""); // every encoding curl can decode
    curl_easy_setopt(easy, CURLOPT_HTTP_VERSION, static_cast<long>(CURL_HTTP_VERSION_2TLS));
    curl_easy_setopt(easy, CURLOPT_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(easy, CURLOPT_TCP_KEEPALIVE, 1L);
    curl_easy_setopt(easy, CURLOPT_SHARE, share);
    const QByteArray userAgent = QByteArray("sre-console/") + sre::kVersion;
    curl_easy_setopt(easy, CURLOPT_USERAGENT, userAgent.constData()); // curl copies strings
    if (!transfer.request.postFields.isEmpty()) {
        curl_easy_setopt(easy, CURLOPT_POSTFIELDSIZE_LARGE,
                         static_cast<curl_off_t>(transfer.request.postFields.size()));
        curl_easy_setopt(easy, CURLOPT_POSTFIELDS, transfer.request.postFields.constData());
    }
    if (!transfer.request.method.isEmpty())
        curl_easy_setopt(easy, CURLOPT_CUSTOMREQUEST, transfer.request.method.constData());
    if (!config.caFile.isEmpty())
        curl_easy_setopt(easy, CURLOPT_CAINFO, config.caFile.toLocal8Bit().constData());
    if (!config.certFile.isEmpty())
        curl_easy_setopt(easy, CURLOPT_SSLCERT, config.certFile.toLocal8Bit().constData());
    if (!config.keyFile.isEmpty())
        curl_easy_setopt(easy, CURLOPT_SSLKEY, config.keyFile.toLocal8Bit().constData());
    if (config.insecureSkipVerify) {
        curl_easy_setopt(easy, CURLOPT_SSL_VERIFYPEER, 0L);
        curl_easy_setopt(easy, CURLOPT_SSL_VERIFYHOST, 0L);
    }

    QString headerError;
    std::optional<std::vector<QByteArray>> lines = requestHeaders(config, &headerError);
    if (!lines)
        return transferError(transfer, Error::Kind::Config, headerError, config);
    if (transfer.request.parseJson)
        lines->push_back("Accept: application/json");
    if (!transfer.request.contentType.isEmpty())
        lines->push_back("Content-Type: " + transfer.request.contentType);
    for (const QByteArray &line : transfer.request.extraHeaders)
        if (!hasLineBreak(line))
            lines->push_back(line);
    lines->push_back("Expect:"); // no 100-continue round trip before a long PromQL body
    for (QByteArray &line : *lines) {
        transfer.headers = curl_slist_append(transfer.headers, line.constData());
        wipe(line);
    }
    curl_easy_setopt(easy, CURLOPT_HTTPHEADER, transfer.headers);
    return std::nullopt;
}

void prepareAttempt(Transfer &transfer, std::chrono::milliseconds remaining)
{
    transfer.parser = transfer.request.parseJson ? std::make_unique<ResponseParser>() : nullptr;
    transfer.body.clear();
    transfer.decodedBytes = 0;
    transfer.writeAborted = false;
    transfer.stalled = false;
    transfer.lastDownloaded = -1;
    transfer.bodyStallLimit
        = std::max(std::min(kBodyStallLimit, transfer.timeout / 2), std::chrono::milliseconds(1000));
    transfer.curlError[0] = '\0';
    CURL *easy = transfer.easy;
    curl_easy_setopt(easy, CURLOPT_TIMEOUT_MS, static_cast<long>(remaining.count()));
    curl_easy_setopt(easy, CURLOPT_CONNECTTIMEOUT_MS,
                     static_cast<long>(std::min(remaining, kMaxConnectTimeout).count()));
    // A server that accepts and then goes quiet must not hold a request forever. Prometheus sends
    // nothing while it evaluates a query, so for queries the stall limit is the whole timeout;
    // cheap endpoints (buildinfo, rules, alerts) get a shorter one.
    const long timeoutSeconds = static_cast<long>((transfer.timeout.count() + 999) / 1000);
    const long stall = transfer.request.expensive ? timeoutSeconds : std::min(timeoutSeconds, kCheapStallSeconds);
    curl_easy_setopt(easy, CURLOPT_LOW_SPEED_LIMIT, 1L);
    curl_easy_setopt(easy, CURLOPT_LOW_SPEED_TIME, std::max(stall, 1L));
}

TransferOutcome classifyAttempt(Transfer &transfer, CURLcode code, const DatasourceConfig &config)
{
    TransferOutcome outcome;
    outcome.attempts = transfer.attempts;
    long status = 0;
    curl_easy_getinfo(transfer.easy, CURLINFO_RESPONSE_CODE, &status);
    outcome.httpStatus = static_cast<int>(status);
    const char *contentType = nullptr;
    if (curl_easy_getinfo(transfer.easy, CURLINFO_CONTENT_TYPE, &contentType) == CURLE_OK && contentType)
        outcome.contentType = contentType;
    auto error = [&](Error::Kind kind, const QString &message) {
        Error e = transferError(transfer, kind, message, config);
        e.httpStatus = outcome.httpStatus;
        if (code != CURLE_OK && !(code == CURLE_WRITE_ERROR && transfer.writeAborted))
            e.transportCode = static_cast<int>(code);
        return e;
    };
    const bool stoppedByUs = code == CURLE_WRITE_ERROR && transfer.writeAborted;
    if (code != CURLE_OK && !stoppedByUs) {
        const QString curlMessage = transfer.curlError[0] ? QString::fromUtf8(transfer.curlError)
                                                          : QString::fromUtf8(curl_easy_strerror(code));
        long osErrno = 0;
        curl_easy_getinfo(transfer.easy, CURLINFO_OS_ERRNO, &osErrno);
        if (code == CURLE_ABORTED_BY_CALLBACK && transfer.stalled)
            outcome.error = error(Error::Kind::Timeout,
                                  Tr::tr("the answer stopped after its headers: no data for %1 s")
                                      .arg(double(transfer.bodyStallLimit.count()) / 1000.0));
        else if (code == CURLE_ABORTED_BY_CALLBACK)
            outcome.error = error(Error::Kind::Cancelled, Tr::tr("cancelled"));
        else if (code == CURLE_OPERATION_TIMEDOUT)
            outcome.error = error(Error::Kind::Timeout, curlMessage);
        else if (code == CURLE_COULDNT_CONNECT && osErrno == ECONNREFUSED)
            outcome.error = error(Error::Kind::ConnectionRefused, curlMessage);
        else
            outcome.error = error(Error::Kind::Network, curlMessage);
        return outcome;
    }
    // 304 only answers a conditional GET (getUrl() with validators): "keep your copy".
    const bool httpError = status >= 300 && !(status == 304 && !transfer.request.parseJson);
    const bool html = looksLikeHtml(outcome.contentType, transfer.body);
    QString httpMessage = snippet(transfer.body);
    if (html) {
        const QString title = htmlTitle(transfer.body);
        httpMessage = title.isEmpty() ? Tr::tr("an HTML page, not an API answer")
                                      : Tr::tr("an HTML page \"%1\", not an API answer").arg(title);
    }
    if (html && !httpError) {
        // A login portal or SSO proxy in front of the server answers 200 with its sign-in page.
        outcome.error
            = error(Error::Kind::Parse,
                    transfer.request.parseJson ? Tr::tr("the answer is HTML, not Prometheus JSON (a login page?)")
                                               : Tr::tr("the answer is HTML, not JSON (a login page?)"));
        outcome.error->hint = Tr::tr("a sign-in page or proxy answers in place of the server: check the URL "
                                     "and the credentials of datasource %1 in workspace.yaml")
                                  .arg(config.name);
        return outcome;
    }
    if (status >= 300 && status < 400) {
        const char *location = nullptr;
        curl_easy_getinfo(transfer.easy, CURLINFO_REDIRECT_URL, &location);
        httpMessage = Tr::tr("redirected to %1; use that URL for the datasource")
                          .arg(QString::fromUtf8(location ? location : "?"));
    }
    if (!transfer.request.parseJson) {
        outcome.body = std::move(transfer.body);
        for (auto [name, target] :
             { std::pair { "Last-Modified", &outcome.lastModified }, std::pair { "ETag", &outcome.etag },
               std::pair { "Content-Encoding", &outcome.contentEncoding } })
            if (curl_header *h = nullptr; curl_easy_header(transfer.easy, name, 0, CURLH_HEADER, -1, &h) == CURLHE_OK)
                *target = QByteArray(h->value).trimmed();
        if (stoppedByUs) {
            outcome.error = error(Error::Kind::Parse, Tr::tr("the response is larger than 256 MiB"));
        } else if (httpError) {
            Error e = error(Error::Kind::Http, httpMessage);
            // Prometheus' API errors keep their own type and text even on other endpoints.
            if (const auto parsed = ResponseParser::parse(outcome.body);
                parsed && parsed->status == QLatin1String("error")) {
                e.kind = Error::Kind::Prometheus;
                e.errorType = parsed->errorType;
                e.message = parsed->error;
            }
            outcome.error = e;
        }
        return outcome;
    }
    if (!stoppedByUs && transfer.parser->finish()) {
        ParsedResponse parsed = transfer.parser->takeResult();
        if (parsed.status == QLatin1String("error")) {
            Error e = error(Error::Kind::Prometheus, parsed.error);
            e.errorType = parsed.errorType;
            e.warnings = parsed.warnings;
            outcome.error = e;
        } else if (httpError) {
            outcome.error = error(Error::Kind::Http, httpMessage);
        } else if (transfer.request.requireResultType && parsed.resultType == ResultType::None) {
            outcome.error = error(Error::Kind::Parse, Tr::tr("the response has no data.resultType"));
        }
        outcome.parsed = std::move(parsed);
    } else if (httpError) {
        outcome.error = error(Error::Kind::Http, httpMessage);
    } else if (curl_header *encoding = nullptr;
               curl_easy_header(transfer.easy, "Content-Encoding", 0, CURLH_HEADER, -1, &encoding) == CURLHE_OK) {
        // curl does not notice a compressed stream that ends early when the HTTP framing is whole.
        outcome.error = error(Error::Kind::Parse,
                              Tr::tr("the %1-compressed answer is cut short or corrupt: %2")
                                  .arg(QString::fromLatin1(encoding->value).trimmed(), transfer.parser->errorString()));
    } else {
        outcome.error = error(Error::Kind::Parse, transfer.parser->errorString());
    }
    return outcome;
}

bool isRetryable(const TransferOutcome &outcome, CURLcode code)
{
    if (!outcome.error)
        return false;
    const Error &error = *outcome.error;
    switch (error.kind) {
    case Error::Kind::ConnectionRefused: return true;
    case Error::Kind::Network:
        switch (code) {
        case CURLE_COULDNT_CONNECT:
        case CURLE_COULDNT_RESOLVE_HOST:
        case CURLE_SEND_ERROR:
        case CURLE_RECV_ERROR:
        case CURLE_GOT_NOTHING:
        case CURLE_PARTIAL_FILE:
        case CURLE_HTTP2:
        case CURLE_HTTP2_STREAM: return true;
        default: return false; // TLS and configuration problems do not fix themselves
        }
    case Error::Kind::Http:
    case Error::Kind::Prometheus:
        // A query that hit Prometheus' own timeout would only time out again, at full cost.
        if (error.errorType == QLatin1String("timeout"))
            return false;
        return error.httpStatus == 429 || error.httpStatus >= 500;
    default: return false;
    }
}

std::optional<std::chrono::milliseconds> retryAfter(Transfer &transfer)
{
    curl_header *header = nullptr;
    if (curl_easy_header(transfer.easy, "Retry-After", 0, CURLH_HEADER, -1, &header) != CURLHE_OK)
        return std::nullopt;
    bool ok = false;
    const qint64 seconds = QByteArray(header->value).trimmed().toLongLong(&ok);
    if (!ok || seconds < 0)
        return std::nullopt; // the HTTP-date form is not worth supporting here
    return std::chrono::milliseconds(seconds * 1000);
}

void releaseTransfer(Transfer &transfer)
{
    for (curl_slist *node = transfer.headers; node; node = node->next)
        explicit_bzero(node->data, std::strlen(node->data));
    curl_slist_free_all(transfer.headers);
    transfer.headers = nullptr;
    if (transfer.easy) {
        curl_easy_cleanup(transfer.easy);
        --g_liveEasyHandles;
    }
    transfer.easy = nullptr;
    transfer.parser.reset();
    wipe(transfer.request.url); // getUrl(): may hold a feed's private token
}

int liveEasyHandles()
{
    return g_liveEasyHandles.load();
}

bool looksLikeHtml(const QByteArray &contentType, const QByteArray &body)
{
    if (contentType.trimmed().toLower().startsWith("text/html"))
        return true;
    const QByteArray start = body.trimmed().left(16).toLower();
    return start.startsWith("<!doctype html") || start.startsWith("<html") || start.startsWith("<head");
}

} // namespace sre::prom::detail
