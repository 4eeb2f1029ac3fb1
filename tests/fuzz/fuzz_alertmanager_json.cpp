// Alertmanager API v2 answers. Input: one selector byte (endpoint: 0 alerts, 1 silences, 2 status,
// 3 the answer to a silence POST, 4 an error body), then the body. Properties:
//  - a body is either read or refused with an error that names the endpoint, never both;
//  - every time read back from an alert or silence survives formatAmTime() -> parseAmTime();
//  - the hand-written time reader agrees with Qt's ISO 8601 reader whenever it accepts a text
//    (tried on the body's first line, and on every time field as written);
//  - the alerts reader (a SAX reader over prom::JsonTokenizer) gives what a QJsonDocument walk
//    gives, the way parseAlerts() read bodies before: the same alerts when both accept the body,
//    and the same refusal when it is JSON to both.
#include "alertmanagerjson.h"
#include "fuzzcheck.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace sre::alerting;

namespace {

void checkTimeText(const QString &text)
{
    if (const auto fast = parseAmTimeFast(text))
        FUZZ_CHECK(*fast == parseAmTimeGeneral(text));
}

void checkRoundTrip(const QDateTime &t)
{
    if (t.isValid() && t.date().year() >= 1 && t.date().year() <= 9999)
        FUZZ_CHECK(parseAmTime(formatAmTime(t)) == t);
}

// The time fields of the body as written, for the differential check.
void checkTimeFields(const QByteArray &body)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    const QJsonArray items = doc.isArray() ? doc.array() : QJsonArray { doc.object() };
    for (const QJsonValue &item : items) {
        const QJsonObject o = item.toObject();
        for (const char16_t *key : { u"startsAt", u"endsAt", u"updatedAt", u"uptime" })
            checkTimeText(o.value(QStringView(key)).toString());
    }
}

// The reference: the alerts read from a QJsonDocument, member by member as QJsonValue reads them.
std::optional<std::vector<Alert>> alertsFromDom(const QByteArray &body, bool *notJson)
{
    const auto map = [](const QJsonValue &v) {
        LabelSet out;
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            out.insert(it.key(), it.value().toString());
        return out;
    };
    const auto strings = [](const QJsonValue &v) {
        QStringList out;
        for (const QJsonValue &s : v.toArray())
            out << s.toString();
        return out;
    };
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    *notJson = doc.isNull();
    if (!doc.isArray())
        return std::nullopt;
    std::vector<Alert> alerts;
    for (const QJsonValue &v : doc.array()) {
        const QJsonObject o = v.toObject();
        Alert a;
        a.fingerprint = o.value(u"fingerprint").toString();
        if (a.fingerprint.isEmpty())
            return std::nullopt;
        a.labels = map(o.value(u"labels"));
        a.annotations = map(o.value(u"annotations"));
        a.startsAt = parseAmTime(o.value(u"startsAt").toString());
        a.endsAt = parseAmTime(o.value(u"endsAt").toString());
        a.updatedAt = parseAmTime(o.value(u"updatedAt").toString());
        a.generatorURL = o.value(u"generatorURL").toString();
        for (const QJsonValue &r : o.value(u"receivers").toArray())
            a.receivers << r.toObject().value(u"name").toString();
        const QJsonObject status = o.value(u"status").toObject();
        const QString state = status.value(u"state").toString();
        a.state = state == u"suppressed" ? AlertState::Suppressed
            : state == u"unprocessed"    ? AlertState::Unprocessed
                                         : AlertState::Active;
        a.silencedBy = strings(status.value(u"silencedBy"));
        a.inhibitedBy = strings(status.value(u"inhibitedBy"));
        alerts.push_back(std::move(a));
    }
    return alerts;
}

bool sameAlert(const Alert &a, const Alert &b)
{
    return a.fingerprint == b.fingerprint && a.labels == b.labels && a.annotations == b.annotations
        && a.startsAt == b.startsAt && a.endsAt == b.endsAt && a.updatedAt == b.updatedAt
        && a.generatorURL == b.generatorURL && a.receivers == b.receivers && a.state == b.state
        && a.silencedBy == b.silencedBy && a.inhibitedBy == b.inhibitedBy;
}

void checkAgainstDom(const QByteArray &body, const std::optional<std::vector<Alert>> &alerts, const QString &error)
{
    bool notJson = false;
    const auto reference = alertsFromDom(body, &notJson);
    // JSON to one parser and not to the other (their grammars differ at the edges: nesting depth,
    // lone surrogates): nothing to compare. Any other refusal must be the reference's too.
    if (notJson || (!alerts && error.contains(u"not JSON")))
        return;
    FUZZ_CHECK(alerts.has_value() == reference.has_value());
    if (!alerts)
        return;
    FUZZ_CHECK(alerts->size() == reference->size());
    for (std::size_t i = 0; i < alerts->size(); ++i)
        FUZZ_CHECK(sameAlert((*alerts)[i], (*reference)[i]));
}

template<typename T> void checkOutcome(const std::optional<T> &value, const QString &error, const char16_t *endpoint)
{
    FUZZ_CHECK(value.has_value() == error.isEmpty());
    if (!value)
        FUZZ_CHECK(error.contains(QStringView(endpoint)));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    sre::fuzz::Input in(data, size);
    const std::uint8_t selector = in.byte();
    const QByteArray body = in.rest();
    const QString source = QStringLiteral("am-fuzz");
    QString error;

    switch (selector % 5) {
    case 0: {
        const auto alerts = parseAlerts(body, source, &error);
        checkOutcome(alerts, error, u"/api/v2/alerts");
        checkAgainstDom(body, alerts, error);
        if (alerts)
            for (const Alert &a : *alerts) {
                FUZZ_CHECK(!a.fingerprint.isEmpty());
                FUZZ_CHECK(a.sources == QStringList { source });
                checkRoundTrip(a.startsAt);
                checkRoundTrip(a.endsAt);
                checkRoundTrip(a.updatedAt);
            }
        break;
    }
    case 1: {
        const auto silences = parseSilences(body, source, &error);
        checkOutcome(silences, error, u"/api/v2/silences");
        if (silences)
            for (const Silence &s : *silences) {
                FUZZ_CHECK(!s.id.isEmpty() && s.source == source);
                checkRoundTrip(s.startsAt);
                checkRoundTrip(s.endsAt);
                (void)postableSilence(s, true);
            }
        break;
    }
    case 2: {
        const auto status = parseStatus(body, &error);
        checkOutcome(status, error, u"/api/v2/status");
        if (status)
            (void)supportsSilenceAnnotations(status->version);
        break;
    }
    case 3: {
        const auto id = parseSilenceId(body, &error);
        FUZZ_CHECK(id.has_value() == error.isEmpty());
        break;
    }
    default: (void)alertmanagerErrorText(body); break;
    }

    const qsizetype newline = body.indexOf('\n');
    checkTimeText(QString::fromUtf8(body.left(newline < 0 ? 64 : std::min<qsizetype>(newline, 64))));
    checkTimeFields(body);
    return 0;
}
