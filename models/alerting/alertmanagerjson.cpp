#include "alertmanagerjson.h"

#include "alertsreader.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QVersionNumber>

namespace sre::alerting {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(sre::alerting::Alertmanager)
};

// First Alertmanager release assumed to carry silence annotations (prometheus/alertmanager#4965,
// merged February 2026). Older versions accept and drop the field.
const QVersionNumber kSilenceAnnotationsSince(0, 32, 0);

LabelSet labelSet(const QJsonValue &value)
{
    LabelSet out;
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it)
        out.insert(it.key(), it.value().toString());
    return out;
}

std::optional<QJsonDocument> document(const QByteArray &json, const QString &what, QString *error)
{
    QJsonParseError parseError;
    QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (doc.isNull()) {
        if (error)
            *error = Tr::tr("%1: not JSON: %2 at offset %3").arg(what, parseError.errorString()).arg(parseError.offset);
        return std::nullopt;
    }
    return doc;
}

SilenceState silenceState(const QString &text)
{
    if (text == u"pending")
        return SilenceState::Pending;
    if (text == u"expired")
        return SilenceState::Expired;
    return SilenceState::Active;
}

// Digits text[at, at + n) as a number; -1 if any is not a digit.
int digits(QStringView text, qsizetype at, int n)
{
    int value = 0;
    for (qsizetype i = at; i < at + n; ++i) {
        const char16_t c = text[i].unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    return value;
}

} // namespace

std::optional<QDateTime> parseAmTimeFast(QStringView t)
{
    // YYYY-MM-DDTHH:MM:SS[.f{1,9}](Z|+HH:MM|-HH:MM), the form Alertmanager writes (Go's RFC 3339
    // with nanoseconds). Anything else is left to the general parser.
    if (t.size() < 20 || t[4] != u'-' || t[7] != u'-' || t[10] != u'T' || t[13] != u':' || t[16] != u':')
        return std::nullopt;
    const int year = digits(t, 0, 4), month = digits(t, 5, 2), day = digits(t, 8, 2);
    const int hour = digits(t, 11, 2), minute = digits(t, 14, 2), second = digits(t, 17, 2);
    if (year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0)
        return std::nullopt;
    qsizetype at = 19;
    int ms = 0;
    if (t[at] == u'.') {
        qsizetype end = at + 1;
        while (end < t.size() && t[end] >= u'0' && t[end] <= u'9')
            ++end;
        const qsizetype n = end - at - 1;
        if (n < 1 || n > 9)
            return std::nullopt;
        for (qsizetype i = 0; i < 3; ++i)
            ms = ms * 10 + (i < n ? t[at + 1 + i].unicode() - u'0' : 0);
        at = end;
    }
    int offsetSeconds = 0;
    if (at + 1 == t.size() && t[at] == u'Z') {
        // UTC
    } else if (at + 6 == t.size() && (t[at] == u'+' || t[at] == u'-') && t[at + 3] == u':') {
        const int oh = digits(t, at + 1, 2), om = digits(t, at + 4, 2);
        if (oh < 0 || om < 0 || oh > 23 || om > 59)
            return std::nullopt;
        offsetSeconds = (oh * 3600 + om * 60) * (t[at] == u'-' ? -1 : 1);
    } else {
        return std::nullopt;
    }
    const QDate date(year, month, day);
    const QTime time(hour, minute, second, ms);
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    const qint64 seconds
        = (date.toJulianDay() - QDate(1970, 1, 1).toJulianDay()) * 86400 + QTime(0, 0).secsTo(time) - offsetSeconds;
    return QDateTime::fromMSecsSinceEpoch(seconds * 1000 + ms, Qt::UTC);
}

QDateTime parseAmTime(const QString &text)
{
    if (std::optional<QDateTime> fast = parseAmTimeFast(text))
        return *fast;
    return parseAmTimeGeneral(text);
}

QDateTime parseAmTimeGeneral(const QString &text)
{
    // 2026-12-06T16:10:49.123456789Z -> keep three fraction digits for Qt.
    static const QRegularExpression fraction(QStringLiteral("\\.(\\d{1,9})(?=Z|[+-]\\d\\d:?\\d\\d$|$)"));
    QString t = text.trimmed();
    const QRegularExpressionMatch m = fraction.match(t);
    if (m.hasMatch()) {
        const QString digits = (m.captured(1) + QStringLiteral("00")).left(3);
        t.replace(m.capturedStart(), m.capturedLength(), u'.' + digits);
    }
    QDateTime time = QDateTime::fromString(t, Qt::ISODateWithMs);
    if (!time.isValid())
        return {};
    return time.toUTC();
}

QString formatAmTime(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

std::optional<std::vector<Alert>> parseAlerts(const QByteArray &json, const QString &source, QString *error)
{
    // The one long answer: read without a DOM (alertsreader.h).
    return detail::readAlerts(json, source, error);
}

std::optional<std::vector<Silence>> parseSilences(const QByteArray &json, const QString &source, QString *error)
{
    const auto doc = document(json, QStringLiteral("/api/v2/silences"), error);
    if (!doc)
        return std::nullopt;
    if (!doc->isArray()) {
        if (error)
            *error = Tr::tr("/api/v2/silences: expected a JSON array of silences");
        return std::nullopt;
    }
    std::vector<Silence> silences;
    for (const QJsonValue &v : doc->array()) {
        const QJsonObject o = v.toObject();
        Silence s;
        s.id = o.value(u"id").toString();
        if (s.id.isEmpty()) {
            if (error)
                *error = Tr::tr("/api/v2/silences: a silence without id");
            return std::nullopt;
        }
        for (const QJsonValue &mv : o.value(u"matchers").toArray()) {
            const QJsonObject m = mv.toObject();
            Matcher matcher;
            matcher.name = m.value(u"name").toString();
            matcher.value = m.value(u"value").toString();
            matcher.isRegex = m.value(u"isRegex").toBool();
            matcher.isEqual = m.value(u"isEqual").toBool(true); // absent before 0.22: always equal
            s.matchers.push_back(matcher);
        }
        s.startsAt = parseAmTime(o.value(u"startsAt").toString());
        s.endsAt = parseAmTime(o.value(u"endsAt").toString());
        s.updatedAt = parseAmTime(o.value(u"updatedAt").toString());
        s.createdBy = o.value(u"createdBy").toString();
        s.comment = o.value(u"comment").toString();
        s.state = silenceState(o.value(u"status").toObject().value(u"state").toString());
        s.annotations = labelSet(o.value(u"annotations"));
        s.source = source;
        silences.push_back(std::move(s));
    }
    return silences;
}

std::optional<AlertmanagerStatus> parseStatus(const QByteArray &json, QString *error)
{
    const auto doc = document(json, QStringLiteral("/api/v2/status"), error);
    if (!doc)
        return std::nullopt;
    const QJsonObject o = doc->object();
    if (!doc->isObject() || !o.contains(u"cluster")) {
        if (error)
            *error = Tr::tr("/api/v2/status: not an Alertmanager status (no \"cluster\")");
        return std::nullopt;
    }
    AlertmanagerStatus status;
    const QJsonObject cluster = o.value(u"cluster").toObject();
    status.clusterName = cluster.value(u"name").toString();
    status.clusterStatus = cluster.value(u"status").toString();
    for (const QJsonValue &p : cluster.value(u"peers").toArray()) {
        status.peers << p.toObject().value(u"address").toString();
        status.peerNames << p.toObject().value(u"name").toString();
    }
    status.version = o.value(u"versionInfo").toObject().value(u"version").toString();
    status.uptime = parseAmTime(o.value(u"uptime").toString());
    return status;
}

std::optional<QString> parseSilenceId(const QByteArray &json, QString *error)
{
    const auto doc = document(json, QStringLiteral("POST /api/v2/silences"), error);
    if (!doc)
        return std::nullopt;
    const QString id = doc->object().value(u"silenceID").toString();
    if (id.isEmpty()) {
        if (error)
            *error = Tr::tr("POST /api/v2/silences: the answer has no silenceID");
        return std::nullopt;
    }
    return id;
}

QByteArray postableSilence(const Silence &silence, bool withAnnotations)
{
    QJsonObject o;
    if (!silence.id.isEmpty())
        o.insert(u"id", silence.id);
    QJsonArray matchers;
    for (const Matcher &m : silence.matchers) {
        matchers.append(QJsonObject { { QStringLiteral("name"), m.name },
                                      { QStringLiteral("value"), m.value },
                                      { QStringLiteral("isRegex"), m.isRegex },
                                      { QStringLiteral("isEqual"), m.isEqual } });
    }
    o.insert(u"matchers", matchers);
    o.insert(u"startsAt", formatAmTime(silence.startsAt));
    o.insert(u"endsAt", formatAmTime(silence.endsAt));
    o.insert(u"createdBy", silence.createdBy);
    o.insert(u"comment", silence.comment);
    if (withAnnotations && !silence.annotations.isEmpty()) {
        QJsonObject annotations;
        for (auto it = silence.annotations.cbegin(); it != silence.annotations.cend(); ++it)
            annotations.insert(it.key(), it.value());
        o.insert(u"annotations", annotations);
    }
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QString alertmanagerErrorText(const QByteArray &body)
{
    const QByteArray trimmed = body.trimmed();
    if (trimmed.startsWith('"')) {
        // A JSON document whose top level is a string: wrap it to let QJsonDocument read it.
        const QJsonDocument doc = QJsonDocument::fromJson("[" + trimmed + "]");
        if (doc.isArray() && !doc.array().isEmpty())
            return doc.array().first().toString().trimmed();
    }
    if (trimmed.startsWith('{')) {
        const QJsonObject o = QJsonDocument::fromJson(trimmed).object();
        for (const char *key : { "message", "error" })
            if (o.value(QLatin1String(key)).isString())
                return o.value(QLatin1String(key)).toString().trimmed();
    }
    return QString::fromUtf8(trimmed);
}

bool supportsSilenceAnnotations(const QString &version)
{
    const QVersionNumber v = QVersionNumber::fromString(version);
    return !v.isNull() && v >= kSilenceAnnotationsSince;
}

} // namespace sre::alerting
