#pragma once

// Reads what the CTest fixtures (prometheus-fixture.cmake) hand to an integration test.
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QString>

namespace sre::testing {

inline QString fixtureUrl(const char *urlFileVariable)
{
    QFile f(qEnvironmentVariable(urlFileVariable));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll()).trimmed();
}

inline qint64 historyEnd()
{
    return qEnvironmentVariable("SRE_TEST_HISTORY_END").toLongLong();
}

// The first sample of the history (its end minus its days).
inline qint64 historyStart()
{
    return historyEnd() - qEnvironmentVariable("SRE_TEST_HISTORY_DAYS").toLongLong() * 86400;
}

// The generator's ground truth for (from, to]: {"total", "bad", "good"[, "within_le"]}.
inline QJsonObject groundTruth(const QString &service, qint64 from, qint64 to, const QString &le = {})
{
    QStringList args = { QStringLiteral("counts"),
                         QStringLiteral("--end"),
                         qEnvironmentVariable("SRE_TEST_HISTORY_END"),
                         QStringLiteral("--seed"),
                         qEnvironmentVariable("SRE_TEST_HISTORY_SEED"),
                         QStringLiteral("--service"),
                         service,
                         QStringLiteral("--from"),
                         QString::number(from),
                         QStringLiteral("--to"),
                         QString::number(to) };
    if (!le.isEmpty())
        args << QStringLiteral("--le") << le;
    // The history is zero before its first day: fixtures shorter than the default say so.
    if (qEnvironmentVariableIsSet("SRE_TEST_HISTORY_DAYS"))
        args << QStringLiteral("--days") << qEnvironmentVariable("SRE_TEST_HISTORY_DAYS");
    QProcess p;
    p.start(qEnvironmentVariable("SRE_DEMO_HISTORY"), args);
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return {};
    return QJsonDocument::fromJson(p.readAllStandardOutput()).object();
}

// The incidents the generator placed in the history: [{"id", "services", "start", "end"}, ...];
// empty when it cannot say.
inline QJsonArray placedIncidents()
{
    QStringList args
        = { QStringLiteral("incidents"), QStringLiteral("--end"), qEnvironmentVariable("SRE_TEST_HISTORY_END") };
    if (qEnvironmentVariableIsSet("SRE_TEST_HISTORY_SEED"))
        args << QStringLiteral("--seed") << qEnvironmentVariable("SRE_TEST_HISTORY_SEED");
    QProcess p;
    p.start(qEnvironmentVariable("SRE_DEMO_HISTORY"), args);
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return {};
    return QJsonDocument::fromJson(p.readAllStandardOutput()).array();
}

// The placed incident `id` (empty when it is not there).
inline QJsonObject placedIncident(const QString &id)
{
    for (const QJsonValue &v : placedIncidents())
        if (v.toObject().value(QStringLiteral("id")).toString() == id)
            return v.toObject();
    return {};
}

} // namespace sre::testing
