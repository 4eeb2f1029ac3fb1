// Alertmanager API v2 answers. Input: one selector byte (endpoint: 0 alerts, 1 silences, 2 status,
// 3 the answer to a silence POST, 4 an error body), then the body. Properties:
//  - a body is either read or refused with an error that names the endpoint, never both;
//  - every time read back from an alert or silence survives formatAmTime() -> parseAmTime();
//  - the hand-written time reader agrees with Qt's ISO 8601 reader whenever it accepts a text
//    (tried on the body's first line, and on every time field as written).
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
