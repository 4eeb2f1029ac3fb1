#pragma once

// GET /api/v2/alerts read without a DOM: prom::JsonTokenizer drives a SAX handler that fills the
// Alert values as the tokens come. A refresh of 5,000 alerts is a 2.3 MB body; building a
// QJsonDocument of it and walking that cost several times the tokenizing (bench_alerts prints the
// phases). Internal to alertmanagerjson.cpp, which keeps the public parseAlerts().

#include "alert.h"

#include <QByteArray>
#include <QString>
#include <optional>
#include <vector>

namespace sre::alerting::detail {

// As parseAlerts(): nullopt and *error on a body that is not JSON (the error names the byte), not
// an array, or holds an alert without fingerprint. A member of the wrong JSON type reads as an
// empty value, and a repeated member's last value wins, as with QJsonObject.
std::optional<std::vector<Alert>> readAlerts(const QByteArray &json, const QString &source, QString *error);

} // namespace sre::alerting::detail
