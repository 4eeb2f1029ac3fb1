#pragma once

// Alertmanager API v2 JSON <-> the value types of alert.h. Pure functions, no I/O, so the parser
// can be tested on recorded answers.

#include "alert.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringView>
#include <optional>

namespace sre::alerting {

// Each returns nullopt on a body that is not what the endpoint answers and sets *error (never
// thrown). `source` is written into every Alert::sources / Silence::source.
std::optional<std::vector<Alert>> parseAlerts(const QByteArray &json, const QString &source, QString *error);
std::optional<std::vector<Silence>> parseSilences(const QByteArray &json, const QString &source, QString *error);
std::optional<AlertmanagerStatus> parseStatus(const QByteArray &json, QString *error);
// POST /api/v2/silences answers {"silenceID": "..."}.
std::optional<QString> parseSilenceId(const QByteArray &json, QString *error);

// The body of POST /api/v2/silences ("postableSilence"). Annotations are written only when
// `withAnnotations` (the Alertmanager has them; older ones ignore unknown fields silently, so the
// ack would look marked when it is not).
QByteArray postableSilence(const Silence &silence, bool withAnnotations);

// Alertmanager's error text from the body of a 4xx/5xx answer: the API sends a JSON string
// ("\"start time must be before end time\""), older endpoints plain text. Returned as it came,
// only unquoted and trimmed.
QString alertmanagerErrorText(const QByteArray &body);

// RFC 3339 with milliseconds, UTC ("2026-12-06T16:10:49.123Z"), as Alertmanager accepts it.
QString formatAmTime(const QDateTime &time);
// Alertmanager writes nanoseconds and sometimes an offset; Qt reads milliseconds.
// Invalid if it is no time. Alertmanager's own form is read by hand (a refresh of 5,000 alerts reads
// 15,000 of them, and Qt's ISO parser after a regular expression cost 2 µs each); anything else
// goes through Qt's ISO 8601 parser.
QDateTime parseAmTime(const QString &text);
// The two parts, exposed so tests and the fuzz target can hold one to the other: the hand-read
// part (nullopt when `text` is not exactly Alertmanager's form) and the general one (the fraction
// cut to milliseconds, then Qt's ISO 8601 reader).
std::optional<QDateTime> parseAmTimeFast(QStringView text);
QDateTime parseAmTimeGeneral(const QString &text);

// Whether this Alertmanager version stores silence annotations (added upstream in 2026, after
// v0.31; Debian 12 ships 0.25.0, which has none). `version` as /api/v2/status reports it.
bool supportsSilenceAnnotations(const QString &version);

} // namespace sre::alerting
