#pragma once

// Alertmanager API v2 JSON <-> the value types of alert.h. Pure functions, no I/O, so the parser
// can be tested on recorded answers.

#include "alert.h"

#include <QByteArray>
#include <QString>
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
QDateTime parseAmTime(const QString &text);

// Whether this Alertmanager version stores silence annotations (added upstream in 2026, after
// v0.31; Debian 12 ships 0.25.0, which has none). `version` as /api/v2/status reports it.
bool supportsSilenceAnnotations(const QString &version);

} // namespace sre::alerting
