#include "icsfetch.h"

#include "closeswitch.h"
#include "prometheusclient.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSaveFile>
#include <QStandardPaths>
#include <algorithm>
#include <cstring>

namespace sre::alerting {

namespace {
// lupdate reads the context from Q_DECLARE_TR_FUNCTIONS.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(sre::alerting)
};

constexpr char kPlaceholder[] = "{token}";
constexpr qsizetype kMaxCalendarBytes = 16 * 1024 * 1024;

struct CachedCopy
{
    QByteArray body;
    QDateTime fetched;
    QByteArray lastModified, etag;
};

// What `<key>.json` remembers: the last good copy's validators and the failures since.
struct CacheState
{
    std::optional<CachedCopy> copy; // with its body; nullopt: never fetched (or the body is gone)
    int failures = 0;
    QDateTime nextAttempt;
    QString error;
};

void wipe(QByteArray &secret)
{
    if (!secret.isEmpty())
        explicit_bzero(secret.data(), static_cast<std::size_t>(secret.size()));
    secret.clear();
}

QString cacheDir(const CalendarFetchOptions &options)
{
    if (!options.cacheDir.isEmpty())
        return options.cacheDir;
    // The folder of the other caches (search index), shared by the console and srectl.
    const QString base = QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation);
    return QDir(base).filePath(QStringLiteral("sre-console/ics"));
}

// The cache key: a hash of the URL without its secret, so the token never reaches the disk and a
// new token for the same feed keeps the cached copy.
QString cacheKey(const QString &redactedUrl)
{
    return QString::fromLatin1(QCryptographicHash::hash(redactedUrl.toUtf8(), QCryptographicHash::Sha256).toHex());
}

CacheState readCache(const QDir &dir, const QString &key)
{
    CacheState state;
    QFile meta(dir.filePath(key + QStringLiteral(".json")));
    if (!meta.open(QIODevice::ReadOnly))
        return state;
    const QJsonObject o = QJsonDocument::fromJson(meta.read(64 * 1024)).object();
    state.failures = std::max(0, o.value(QStringLiteral("failures")).toInt());
    state.nextAttempt = QDateTime::fromString(o.value(QStringLiteral("next_attempt")).toString(), Qt::ISODateWithMs);
    state.error = o.value(QStringLiteral("error")).toString();
    CachedCopy copy;
    copy.fetched = QDateTime::fromString(o.value(QStringLiteral("fetched")).toString(), Qt::ISODateWithMs);
    copy.lastModified = o.value(QStringLiteral("last_modified")).toString().toLatin1();
    copy.etag = o.value(QStringLiteral("etag")).toString().toLatin1();
    QFile body(dir.filePath(key + QStringLiteral(".ics")));
    if (copy.fetched.isValid() && body.open(QIODevice::ReadOnly))
        copy.body = body.read(kMaxCalendarBytes + 1);
    if (!copy.body.isEmpty())
        state.copy = std::move(copy);
    return state;
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    // Calendars name people and their hours: only the user reads them.
    f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    f.write(data);
    return f.commit();
}

// Writes `<key>.json` for `state` (and `<key>.ics` when `withBody`).
bool writeCache(const QDir &dir, const QString &key, const QString &redactedUrl, const CacheState &state, bool withBody)
{
    if (!dir.mkpath(QStringLiteral(".")))
        return false;
    if (withBody && state.copy && !writeFile(dir.filePath(key + QStringLiteral(".ics")), state.copy->body))
        return false;
    QJsonObject o { { QStringLiteral("url"), redactedUrl } };
    if (state.copy) {
        o.insert(QStringLiteral("fetched"), state.copy->fetched.toUTC().toString(Qt::ISODateWithMs));
        o.insert(QStringLiteral("last_modified"), QString::fromLatin1(state.copy->lastModified));
        o.insert(QStringLiteral("etag"), QString::fromLatin1(state.copy->etag));
    }
    if (state.failures > 0) {
        o.insert(QStringLiteral("failures"), state.failures);
        o.insert(QStringLiteral("next_attempt"), state.nextAttempt.toUTC().toString(Qt::ISODateWithMs));
        o.insert(QStringLiteral("error"), state.error); // already scrubbed of the secret
    }
    return writeFile(dir.filePath(key + QStringLiteral(".json")), QJsonDocument(o).toJson(QJsonDocument::Compact));
}

// `text` with every form of `secret` that could have slipped into it replaced by "***".
QString scrub(QString text, const QByteArray &secret)
{
    if (secret.size() < 4)
        return text; // too short to tell apart from ordinary words; it never goes into text anyway
    for (const QByteArray &form : { secret, QUrl::toPercentEncoding(QString::fromUtf8(secret)) })
        text.replace(QString::fromUtf8(form), QStringLiteral("***"));
    return text;
}

QString describe(const prom::Error &error)
{
    if (error.kind == prom::Error::Kind::Http)
        return Tr::tr("HTTP %1: %2").arg(error.httpStatus).arg(error.message);
    return error.message;
}

QString when(const QDateTime &t)
{
    return QLocale().toString(t.toLocalTime(), QLocale::ShortFormat);
}
} // namespace

std::chrono::seconds calendarRetryDelay(int failures, const CalendarFetchOptions &options)
{
    if (failures <= 0)
        return std::chrono::seconds(0);
    const std::chrono::seconds cap = std::max(options.refreshInterval, options.firstRetry);
    std::chrono::seconds delay = std::max(options.firstRetry, std::chrono::seconds(1));
    for (int i = 1; i < failures && delay < cap; ++i)
        delay *= 2;
    return std::min(delay, cap);
}

QDateTime earliestCalendarRetry(const std::vector<CalendarSourceStatus> &sources)
{
    QDateTime earliest;
    for (const CalendarSourceStatus &s : sources)
        if (s.refreshFailed && s.nextAttempt.isValid() && (!earliest.isValid() || s.nextAttempt < earliest))
            earliest = s.nextAttempt;
    return earliest;
}

QString redactedIcsUrl(const IcsSource &source)
{
    // QUrl keeps the placeholder's braces percent-encoded; show it as oncall.yaml writes it.
    return source.url.toString(QUrl::RemoveUserInfo | QUrl::PrettyDecoded)
        .replace(QLatin1String("%7Btoken%7D"), QLatin1String(kPlaceholder), Qt::CaseInsensitive);
}

FetchedCalendar fetchCalendar(const Rotation &rotation, const QString &file, const CalendarFetchOptions &options)
{
    FetchedCalendar result;
    const IcsSource &source = rotation.ics;
    const QDateTime now = options.now.isValid() ? options.now.toUTC() : QDateTime::currentDateTimeUtc();
    const QString url = redactedIcsUrl(source);
    CalendarSourceStatus &status = result.status;
    status.rotation = rotation.name;
    status.url = url;

    const QDir dir(cacheDir(options));
    const QString key = cacheKey(url);
    CacheState state = readCache(dir, key);
    const std::optional<CachedCopy> &cached = state.copy; // replaced only after its last use
    const auto finish = [&] {
        status.stale = status.refreshFailed || !status.fetched.isValid()
            || status.fetched.secsTo(now) > options.staleAfter.count();
        if (status.stale && !status.refreshFailed && status.fetched.isValid())
            result.problems << Problem::warning(file, rotation.line,
                                                Tr::tr("rotation \"%1\": the calendar %2 was last fetched %3 (stale)")
                                                    .arg(rotation.name, url, when(status.fetched)));
        return result;
    };
    if (cached) {
        const qint64 age = cached->fetched.secsTo(now);
        if (age >= 0 && age < options.refreshInterval.count()) {
            result.body = cached->body;
            status.fetched = cached->fetched;
            return finish();
        }
    }

    // The refresh failed (or is not due yet after failures): the cached copy, flagged stale.
    const auto report = [&](const QString &message) {
        status.refreshFailed = true;
        status.error = message;
        QString why = message;
        if (status.nextAttempt.isValid())
            //: After why a calendar could not be fetched: when the console asks its server again.
            why = Tr::tr("%1; next try at %2").arg(message, when(status.nextAttempt));
        if (cached) {
            result.body = cached->body;
            status.fetched = cached->fetched;
            result.problems << Problem::warning(file, rotation.line,
                                                Tr::tr("rotation \"%1\": cannot refresh the calendar %2: %3; "
                                                       "showing the copy fetched %4 (stale)")
                                                    .arg(rotation.name, url, why, when(cached->fetched)));
        } else {
            status.unreachable = true;
            result.problems << Problem::error(
                file, rotation.line,
                Tr::tr("rotation \"%1\": cannot fetch the calendar %2: %3").arg(rotation.name, url, why));
        }
        return finish();
    };
    // A retry time further ahead than the longest wait comes from a clock that was set back: due now.
    const bool waiting = state.failures > 0 && state.nextAttempt.isValid() && now < state.nextAttempt
        && now.secsTo(state.nextAttempt) <= calendarRetryDelay(state.failures, options).count();
    if (!options.ignoreBackoff && waiting) {
        // Backing off: the server is not asked (nor the secret read) until the retry time.
        status.failures = state.failures;
        status.nextAttempt = state.nextAttempt;
        status.backingOff = true;
        return report(state.error.isEmpty() ? Tr::tr("the last refresh failed") : state.error);
    }

    QByteArray token;
    // Before any request (configuration, secret): nothing to back off from.
    const auto fail = [&](const QString &why) {
        const QString message = scrub(why, token);
        wipe(token);
        return report(message);
    };
    // The server was asked and the answer was no good: the next try waits, longer each time.
    const auto failRequest = [&](const QString &why) {
        const QString message = scrub(why, token);
        wipe(token);
        state.failures = std::clamp(state.failures, 0, 1000) + 1; // the wait stopped growing long before
        state.nextAttempt = now.addSecs(calendarRetryDelay(state.failures, options).count());
        state.error = message;
        status.failures = state.failures;
        status.nextAttempt = state.nextAttempt;
        if (!writeCache(dir, key, url, state, false))
            result.problems << Problem::warning(
                file, rotation.line,
                Tr::tr("rotation \"%1\": cannot write the calendar cache in %2").arg(rotation.name, dir.path()));
        return report(message);
    };

    if (source.url.scheme() != u"https" || source.url.host().isEmpty())
        return fail(Tr::tr("not an https URL"));
    QByteArray encoded = source.url.toEncoded();
    const bool placeholder = url.contains(QLatin1String(kPlaceholder));
    if (source.token.isSet()) {
        QString readError;
        std::optional<QByteArray> secret = source.token.read(&readError);
        if (!secret)
            return fail(readError);
        token = std::move(*secret);
        if (token.isEmpty())
            return fail(Tr::tr("the token is empty"));
    } else if (placeholder) {
        return fail(Tr::tr("the URL has a {token} placeholder but neither token_file nor token_env is set"));
    }

    DatasourceConfig config;
    config.name = rotation.name;
    config.url = source.url; // as written: the secret is only in the request's URL or header
    config.caFile = source.caFile;
    config.timeout = options.timeout;
    if (!token.isEmpty() && !placeholder)
        config.authorizationCredentials = source.token; // read again, and wiped, by the client
    QByteArray requestUrl = encoded;
    if (placeholder) {
        const QByteArray value = QUrl::toPercentEncoding(QString::fromUtf8(token));
        requestUrl.replace("%7Btoken%7D", value).replace("%7btoken%7d", value).replace(kPlaceholder, value);
    }
    std::vector<QByteArray> headers;
    if (cached && !cached->lastModified.isEmpty())
        headers.push_back("If-Modified-Since: " + cached->lastModified);
    if (cached && !cached->etag.isEmpty())
        headers.push_back("If-None-Match: " + cached->etag);

    prom::RawResponse response;
    {
        prom::PrometheusClient client(config);
        client.setRetryPolicy({ 1, std::chrono::milliseconds(500) });
        const prom::CloseSwitch::Attach attach(options.closeSwitch.get(), client);
        QFuture<prom::RawResponse> future = client.getUrl(requestUrl, url, headers);
        wipe(requestUrl);
        future.waitForFinished();
        response = future.result();
    }
    if (!response.ok() && options.closeSwitch && options.closeSwitch->isClosed()) {
        wipe(token);
        return report(Tr::tr("the fetch was stopped")); // not the server's fault: no backoff
    }
    if (!response.ok())
        return failRequest(describe(*response.error));
    if (response.httpStatus == 304 && !cached)
        return failRequest(Tr::tr("the server answered 304 Not Modified to a request without validators"));

    CachedCopy fresh;
    const bool notModified = response.httpStatus == 304;
    fresh.body = notModified ? cached->body : response.body;
    fresh.fetched = now;
    fresh.lastModified = response.lastModified.isEmpty() && notModified ? cached->lastModified : response.lastModified;
    fresh.etag = response.etag.isEmpty() && notModified ? cached->etag : response.etag;
    wipe(token);
    if (!notModified && !fresh.body.trimmed().toUpper().startsWith("BEGIN:VCALENDAR"))
        return failRequest(Tr::tr("the answer is not an iCalendar file (HTTP %1, %2)")
                               .arg(response.httpStatus)
                               .arg(QString::fromLatin1(response.contentType)));
    state.copy = std::move(fresh);
    state.failures = 0; // a success starts the backoff over
    state.nextAttempt = {};
    state.error.clear();
    if (!writeCache(dir, key, url, state, !notModified))
        result.problems << Problem::warning(
            file, rotation.line,
            Tr::tr("rotation \"%1\": cannot write the calendar cache in %2").arg(rotation.name, dir.path()));
    result.body = state.copy->body;
    status.fetched = now;
    return finish();
}

} // namespace sre::alerting
