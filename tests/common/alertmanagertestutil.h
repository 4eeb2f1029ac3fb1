#pragma once

// Talking to the fixture Alertmanagers the way Prometheus and a person with curl do, independently
// of the console's own client: alerts POSTed as Prometheus sends them, silences POSTed as amtool
// does, and what Alertmanager reports read back as plain JSON. Shared by the integration, GUI and
// benchmark code that needs a real Alertmanager in a known state.
#include "alert.h"
#include "alertmanagerjson.h"
#include "alertmanagerpoller.h"
#include "datasource.h"
#include "futurewatch.h"
#include "processrun.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QSignalSpy>
#include <QTemporaryFile>
#include <QTest>

namespace sre::testing {

// curl -sS --max-time 10 ARGS..., its standard output (empty when it failed).
inline QByteArray curl(const QStringList &args)
{
    return runProcess(QStringLiteral("curl"),
                      QStringList { QStringLiteral("-sS"), QStringLiteral("--max-time"), QStringLiteral("10") } + args,
                      QProcessEnvironment::systemEnvironment(), 20000)
        .out;
}

// POST a JSON body; the answer's body.
inline QByteArray postJson(const QString &url, const QJsonDocument &body)
{
    const QByteArray data = body.toJson(QJsonDocument::Compact);
    // Through a file: 5,000 alerts are longer than one command-line argument may be.
    QTemporaryFile file;
    if (!file.open() || file.write(data) != data.size() || !file.flush())
        return {};
    return curl({ QStringLiteral("-XPOST"), QStringLiteral("-H"), QStringLiteral("Content-Type: application/json"), url,
                  QStringLiteral("--data-binary"), u'@' + file.fileName() });
}

inline QByteArray postJson(const QString &url, const QJsonValue &body)
{
    return postJson(url, body.isArray() ? QJsonDocument(body.toArray()) : QJsonDocument(body.toObject()));
}

inline QJsonObject toJson(const alerting::LabelSet &labels)
{
    QJsonObject o;
    for (auto it = labels.cbegin(); it != labels.cend(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

// How postAlerts() fills in what Prometheus would: startsAt in the past, endsAt a few resend
// intervals ahead, a summary annotation.
struct PostedAlertShape
{
    int startedSecondsAgo = 60;
    int endsInSeconds = 240;
    // empty: summary is "<alertname> summary"
    QString summary;
};

// POST /api/v2/alerts as Prometheus does: labels, annotations, startsAt, endsAt, generatorURL.
inline void postAlerts(const QString &am, const QList<alerting::LabelSet> &alerts, const PostedAlertShape &shape = {})
{
    QJsonArray array;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const alerting::LabelSet &labels : alerts) {
        const QString summary = shape.summary.isEmpty()
            ? labels.value(QStringLiteral("alertname")) + QStringLiteral(" summary")
            : shape.summary;
        array.append(
            QJsonObject { { QStringLiteral("labels"), toJson(labels) },
                          { QStringLiteral("annotations"), QJsonObject { { QStringLiteral("summary"), summary } } },
                          { QStringLiteral("startsAt"), alerting::formatAmTime(now.addSecs(-shape.startedSecondsAgo)) },
                          { QStringLiteral("endsAt"), alerting::formatAmTime(now.addSecs(shape.endsInSeconds)) },
                          { QStringLiteral("generatorURL"), QStringLiteral("http://prometheus.test/graph") } });
    }
    postJson(am + QStringLiteral("/api/v2/alerts"), QJsonDocument(array));
}

// A silence as `amtool silence add` would post it: every label of `exact` as name="value", starting
// now (or `startIn` seconds from now) and lasting `seconds`. Returns the id Alertmanager gave (empty
// when it refused).
inline QString postSilence(const QString &am, const alerting::LabelSet &exact, const QString &author,
                           const QString &comment = QStringLiteral("maintenance"), int seconds = 3600, int startIn = 0)
{
    QJsonArray matchers;
    for (auto it = exact.cbegin(); it != exact.cend(); ++it)
        matchers.append(QJsonObject { { QStringLiteral("name"), it.key() },
                                      { QStringLiteral("value"), it.value() },
                                      { QStringLiteral("isRegex"), false },
                                      { QStringLiteral("isEqual"), true } });
    const QDateTime now = QDateTime::currentDateTimeUtc().addSecs(startIn);
    const QJsonObject body { { QStringLiteral("matchers"), matchers },
                             { QStringLiteral("startsAt"), alerting::formatAmTime(now) },
                             { QStringLiteral("endsAt"), alerting::formatAmTime(now.addSecs(seconds)) },
                             { QStringLiteral("createdBy"), author },
                             { QStringLiteral("comment"), comment } };
    return QJsonDocument::fromJson(postJson(am + QStringLiteral("/api/v2/silences"), QJsonDocument(body)))
        .object()
        .value(QStringLiteral("silenceID"))
        .toString();
}

// What Alertmanager says, through curl: GET `path` as a JSON array (alerts, silences).
inline QJsonArray amGet(const QString &am, const QString &path)
{
    return QJsonDocument::fromJson(curl({ am + path })).array();
}

// One silence as Alertmanager lists it; empty when it has none with that id.
inline QJsonObject silenceOn(const QString &am, const QString &id)
{
    for (const QJsonValue &v : amGet(am, QStringLiteral("/api/v2/silences")))
        if (v.toObject().value(QStringLiteral("id")).toString() == id)
            return v.toObject();
    return {};
}

// An alertmanager datasource as a workspace would list it.
inline DatasourceConfig am(const QString &name, const QString &url)
{
    DatasourceConfig c;
    c.name = name;
    c.type = DatasourceConfig::Type::Alertmanager;
    c.url = QUrl(url);
    c.timeout = std::chrono::milliseconds(5000);
    return c;
}

// The value of a future of the console's client, waited for in the event loop (30 s at most).
template<typename T> T await(QObject *context, const QFuture<T> &future)
{
    T value {};
    bool done = false;
    onFinished(context, future, [&](const T &v) {
        value = v;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 30000))
        qWarning("future did not finish");
    return value;
}

// One complete poll that started after the caller's change.
inline void refresh(alerting::AlertmanagerPoller &poller)
{
    // a poll already under way would answer with state from before the caller's change
    QTRY_VERIFY_WITH_TIMEOUT(!poller.isRefreshing(), 30000);
    QSignalSpy spy(&poller, &alerting::AlertmanagerPoller::snapshotChanged);
    poller.refreshNow();
    QVERIFY(spy.wait(30000));
}

} // namespace sre::testing
