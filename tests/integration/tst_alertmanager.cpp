// AlertmanagerClient / AlertmanagerPoller against two real Alertmanagers gossiping on loopback
// (scripts/prom-fixture start-alertmanager-pair). Alerts are POSTed to /api/v2/alerts the way
// Prometheus sends them; what Alertmanager itself reports is read independently with curl.
#include "../common/alertmanagertestutil.h"
#include "alertmanagerjson.h"
#include "alertmanagerpoller.h"
#include "fixtureenv.h"
#include "futurewatch.h"
#include "silencebuilder.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace sre;
using namespace sre::alerting;
using testing::am;
using testing::amGet;
using testing::await;
using testing::refresh;
using testing::silenceOn;

namespace {

// As Prometheus posts them in this test: endsAt four resend intervals ahead.
void postAlerts(const QString &url, const QList<LabelSet> &alerts)
{
    testing::postAlerts(url, alerts, { 60, 240, QStringLiteral("test") });
}

std::vector<Alert> withTest(const AlertSnapshot &s, const QString &test)
{
    std::vector<Alert> out;
    for (const Alert &a : s.alerts)
        if (a.labels.value(QStringLiteral("test")) == test)
            out.push_back(a);
    return out;
}

} // namespace

class TestAlertmanager : public QObject
{
    Q_OBJECT

    QString m_am1;
    QString m_am2;

    std::vector<DatasourceConfig> pair() const
    {
        return { am(QStringLiteral("am1"), m_am1), am(QStringLiteral("am2"), m_am2) };
    }

private slots:
    void initTestCase()
    {
        m_am1 = testing::fixtureUrl("SRE_TEST_AM1_URL_FILE");
        m_am2 = testing::fixtureUrl("SRE_TEST_AM2_URL_FILE");
        QVERIFY2(!m_am1.isEmpty() && !m_am2.isEmpty(), "the alertmanager_pair fixture did not start");
    }

    void dedupAcrossThePair()
    {
        const LabelSet labels { { QStringLiteral("alertname"), QStringLiteral("KubePodCrashLooping") },
                                { QStringLiteral("severity"), QStringLiteral("warning") },
                                { QStringLiteral("pod"), QStringLiteral("payments-api-7d9f") },
                                { QStringLiteral("test"), QStringLiteral("dedup") } };
        postAlerts(m_am1, { labels });
        postAlerts(m_am2, { labels });
        AlertmanagerPoller poller(pair());
        refresh(poller);
        const AlertSnapshot s = poller.snapshot();
        QVERIFY2(s.errors.isEmpty(), qPrintable(s.errors.values().join(u'\n')));
        QVERIFY(!s.stale);
        QCOMPARE(poller.clusterPeers(QStringLiteral("am1")),
                 (QStringList { QStringLiteral("am1"), QStringLiteral("am2") }));
        const std::vector<Alert> alerts = withTest(s, QStringLiteral("dedup"));
        QCOMPARE(alerts.size(), std::size_t(1));
        QCOMPARE(alerts[0].sources, (QStringList { QStringLiteral("am1"), QStringLiteral("am2") }));
        QCOMPARE(alerts[0].labels, labels);
        // The fingerprint Alertmanager itself reports for that label set.
        QString fingerprint;
        for (const QJsonValue &v : amGet(m_am2, QStringLiteral("/api/v2/alerts?filter=test%3D%22dedup%22")))
            fingerprint = v.toObject().value(QStringLiteral("fingerprint")).toString();
        QCOMPARE(alerts[0].fingerprint, fingerprint);
        QCOMPARE(alerts[0].generatorURL, QStringLiteral("http://prometheus.test/graph"));
    }

    // An Alertmanager outside the pair's cluster (the single `alertmanager` fixture) is not an HA
    // peer: the same alert posted to it and to am1 is two alerts, one from each.
    void unclusteredAlertmanagersStayApart()
    {
        const QString single = testing::fixtureUrl("SRE_TEST_ALERTMANAGER_URL_FILE");
        QVERIFY2(!single.isEmpty(), "the alertmanager fixture did not start");
        const LabelSet labels { { QStringLiteral("alertname"), QStringLiteral("TwoClusters") },
                                { QStringLiteral("test"), QStringLiteral("apart") } };
        postAlerts(m_am1, { labels });
        postAlerts(single, { labels });
        AlertmanagerPoller poller({ am(QStringLiteral("am1"), m_am1), am(QStringLiteral("other"), single) });
        refresh(poller);
        const AlertSnapshot s = poller.snapshot();
        QVERIFY2(s.errors.isEmpty(), qPrintable(s.errors.values().join(u'\n')));
        QCOMPARE(poller.clusterPeers(QStringLiteral("am1")), QStringList { QStringLiteral("am1") });
        QCOMPARE(poller.clusterPeers(QStringLiteral("other")), QStringList { QStringLiteral("other") });
        const std::vector<Alert> alerts = withTest(s, QStringLiteral("apart"));
        QCOMPARE(alerts.size(), std::size_t(2));
        QStringList sources { alerts[0].sources.join(u','), alerts[1].sources.join(u',') };
        sources.sort();
        QCOMPARE(sources, (QStringList { QStringLiteral("am1"), QStringLiteral("other") }));
    }

    void silenceCreatedExtendedExpiredSeenFromTheOtherPeer()
    {
        AlertmanagerPoller poller(pair());
        refresh(poller);
        Silence s;
        s.matchers = { Matcher { QStringLiteral("test"), QStringLiteral("lifecycle"), false, true } };
        s.startsAt = QDateTime::currentDateTimeUtc();
        s.endsAt = s.startsAt.addSecs(3600);
        s.createdBy = QStringLiteral("tester");
        s.comment = QStringLiteral("maintenance");
        s.source = QStringLiteral("am1");
        const SilenceWriteResult created = await(&poller, poller.createSilence(s));
        QVERIFY2(created.ok(), qPrintable(created.error));
        QCOMPARE(created.source, QStringLiteral("am1"));
        QCOMPARE(created.posts, 1);
        // Gossip takes a moment to bring it to am2.
        QTRY_COMPARE_WITH_TIMEOUT(silenceOn(m_am2, created.id).value(QStringLiteral("comment")).toString(),
                                  QStringLiteral("maintenance"), 15000);

        Silence extended = s;
        extended.id = created.id;
        extended.endsAt = s.endsAt.addSecs(3600);
        const SilenceWriteResult edit = await(&poller, poller.createSilence(extended));
        QVERIFY2(edit.ok(), qPrintable(edit.error));
        QTRY_VERIFY_WITH_TIMEOUT(!silenceOn(m_am2, edit.id).isEmpty(), 15000);
        const QJsonObject onAm2 = silenceOn(m_am2, edit.id);
        QCOMPARE(parseAmTime(onAm2.value(QStringLiteral("endsAt")).toString()), extended.endsAt);
        QCOMPARE(onAm2.value(QStringLiteral("status")).toObject().value(QStringLiteral("state")).toString(),
                 QStringLiteral("active"));

        refresh(poller);
        const AmReply expired = await(&poller, poller.expireSilence(edit.id));
        QVERIFY2(expired.ok(), qPrintable(expired.error));
        QTRY_COMPARE_WITH_TIMEOUT(silenceOn(m_am2, edit.id)
                                      .value(QStringLiteral("status"))
                                      .toObject()
                                      .value(QStringLiteral("state"))
                                      .toString(),
                                  QStringLiteral("expired"), 15000);
    }

    void regexUnionSilenceCoversTheGroup()
    {
        const QStringList instances
            = { QStringLiteral("db-1.prod:9100"), QStringLiteral("db(2)+x"), QStringLiteral("db|3") };
        QList<LabelSet> group;
        for (const QString &instance : instances)
            group << LabelSet { { QStringLiteral("alertname"), QStringLiteral("NodeDiskFull") },
                                { QStringLiteral("instance"), instance },
                                { QStringLiteral("test"), QStringLiteral("union") } };
        // Not part of the group, must stay unsilenced: differs only by a regex-special character.
        const LabelSet outsider { { QStringLiteral("alertname"), QStringLiteral("NodeDiskFull") },
                                  { QStringLiteral("instance"), QStringLiteral("db-1Xprod:9100") },
                                  { QStringLiteral("test"), QStringLiteral("union") } };
        postAlerts(m_am1, group + QList<LabelSet> { outsider });
        const std::vector<Matcher> matchers = unionMatchers(std::vector<LabelSet>(group.begin(), group.end()));
        QCOMPARE(matchers.size(), std::size_t(3));
        for (const LabelSet &l : group)
            QVERIFY(matchesAll(matchers, l));
        QVERIFY(!matchesAll(matchers, outsider));

        AlertmanagerPoller poller(pair());
        refresh(poller);
        Silence s;
        s.matchers = matchers;
        s.endsAt = QDateTime::currentDateTimeUtc().addSecs(600);
        s.comment = QStringLiteral("disk cleanup");
        s.source = QStringLiteral("am1");
        const SilenceWriteResult r = await(&poller, poller.createSilence(s));
        QVERIFY2(r.ok(), qPrintable(r.error));
        // Alertmanager's own verdict (silencedBy), per alert.
        auto silencedByAm = [&](const LabelSet &labels) {
            for (const QJsonValue &v : amGet(m_am1, QStringLiteral("/api/v2/alerts?filter=test%3D%22union%22"))) {
                const QJsonObject o = v.toObject();
                if (o.value(QStringLiteral("labels")).toObject().value(QStringLiteral("instance")).toString()
                    == labels.value(QStringLiteral("instance")))
                    return o.value(QStringLiteral("status"))
                        .toObject()
                        .value(QStringLiteral("silencedBy"))
                        .toArray()
                        .contains(r.id);
            }
            return false;
        };
        for (const LabelSet &l : group)
            QTRY_VERIFY2_WITH_TIMEOUT(silencedByAm(l), qPrintable(l.value(QStringLiteral("instance"))), 15000);
        QVERIFY(!silencedByAm(outsider));
        await(&poller, poller.expireSilence(r.id, QStringLiteral("am1")));
    }

    void ackIsAnExactSilenceMarkedAsAck()
    {
        const LabelSet labels { { QStringLiteral("alertname"), QStringLiteral("SLOBurnRate") },
                                { QStringLiteral("service"), QStringLiteral("payments-api") },
                                { QStringLiteral("test"), QStringLiteral("ack") } };
        postAlerts(m_am2, { labels });
        AlertmanagerPoller poller(pair());
        poller.setAuthor(QStringLiteral("oncall-me"));
        refresh(poller);
        const std::vector<Alert> alerts = withTest(poller.snapshot(), QStringLiteral("ack"));
        QCOMPARE(alerts.size(), std::size_t(1));
        QVERIFY(!supportsSilenceAnnotations(poller.status(QStringLiteral("am2"))->version)); // Debian 12: 0.25.0
        const SilenceWriteResult r
            = await(&poller, poller.ack(alerts[0], std::chrono::minutes(30), QStringLiteral("looking")));
        QVERIFY2(r.ok(), qPrintable(r.error));
        QTRY_VERIFY_WITH_TIMEOUT(!silenceOn(m_am1, r.id).isEmpty(), 15000);
        const QJsonObject s = silenceOn(m_am1, r.id);
        QCOMPARE(s.value(QStringLiteral("comment")).toString(), QStringLiteral("ACK: looking"));
        QCOMPARE(s.value(QStringLiteral("createdBy")).toString(), QStringLiteral("oncall-me"));
        QCOMPARE(s.value(QStringLiteral("matchers")).toArray().size(), 3);
        const qint64 minutes = parseAmTime(s.value(QStringLiteral("startsAt")).toString())
                                   .secsTo(parseAmTime(s.value(QStringLiteral("endsAt")).toString()));
        QVERIFY(std::abs(minutes - 1800) <= 2);
        refresh(poller);
        QTRY_VERIFY_WITH_TIMEOUT((refresh(poller), withTest(poller.snapshot(), QStringLiteral("ack"))[0].isSilenced()),
                                 15000);
        await(&poller, poller.expireSilence(r.id));
    }

    // GET /api/v2/alerts with its parameters, as Alertmanager applies them: two alerts, one of them
    // silenced; `filter` (exact and regex), `silenced=false` and `active=false` each select what
    // Alertmanager's own definition says (a silenced alert is suppressed, not active).
    void alertQueryParametersReachAlertmanager()
    {
        const auto labels = [](const char *instance) {
            return LabelSet { { QStringLiteral("alertname"), QStringLiteral("QueryParams") },
                              { QStringLiteral("instance"), QString::fromLatin1(instance) },
                              { QStringLiteral("test"), QStringLiteral("query") } };
        };
        postAlerts(m_am1, { labels("qa"), labels("qb") });
        const QString silence = testing::postSilence(m_am1, labels("qb"), QStringLiteral("tester"));
        QVERIFY(!silence.isEmpty());
        AlertmanagerClient client(am(QStringLiteral("am1"), m_am1));
        QObject context;
        const auto instances = [&](const AlertQuery &q) {
            const AmResult<std::vector<Alert>> r = await(&context, client.alerts(q));
            QStringList out;
            if (!r.ok())
                out << QStringLiteral("error: ") + r.error;
            for (const Alert &a : r.value)
                out << a.labels.value(QStringLiteral("instance"));
            out.sort();
            return out;
        };
        AlertQuery query;
        query.filter = { Matcher { QStringLiteral("test"), QStringLiteral("query"), false, true } };
        QCOMPARE(instances(query), QStringList({ QStringLiteral("qa"), QStringLiteral("qb") }));
        AlertQuery regex = query;
        regex.filter.push_back(Matcher { QStringLiteral("instance"), QStringLiteral("qb|qz"), true, true });
        QCOMPARE(instances(regex), QStringList({ QStringLiteral("qb") }));
        AlertQuery notSilenced = query;
        notSilenced.silenced = false;
        // Alertmanager marks the alert silenced on its next evaluation of the silence, not at once.
        QTRY_COMPARE_WITH_TIMEOUT(instances(notSilenced), QStringList({ QStringLiteral("qa") }), 15000);
        AlertQuery notActive = query;
        notActive.active = false;
        QCOMPARE(instances(notActive), QStringList({ QStringLiteral("qb") }));
        AlertmanagerPoller poller(pair());
        refresh(poller);
        await(&poller, poller.expireSilence(silence, QStringLiteral("am1")));
    }

    void alertmanagersOwnErrorText()
    {
        AlertmanagerPoller poller(pair());
        refresh(poller);
        Silence s;
        s.matchers = { Matcher { QStringLiteral("test"), QStringLiteral("past"), false, true } };
        s.startsAt = QDateTime::currentDateTimeUtc().addDays(-2);
        s.endsAt = s.startsAt.addSecs(60);
        s.comment = QStringLiteral("too late");
        const SilenceWriteResult r = await(&poller, poller.createSilence(s));
        QVERIFY(!r.ok());
        QCOMPARE(r.httpStatus, 400);
        QCOMPARE(r.posts, 1); // a refusal is never retried
        QVERIFY2(r.error.endsWith(QStringLiteral("Failed to create silence: end time can't be in the past")),
                 qPrintable(r.error));
    }

    void deadPeerKeepsTheLastDataAndNamesTheDatasource()
    {
        QTemporaryDir dir;
        const QString script = QStringLiteral(SRE_SOURCE_DIR "/scripts/prom-fixture");
        QProcess start;
        start.start(QStringLiteral("bash"),
                    { script, QStringLiteral("start-alertmanager"), QStringLiteral("--dir"), dir.path(),
                      QStringLiteral("--name"), QStringLiteral("am3") });
        QVERIFY(start.waitForFinished(60000) && start.exitCode() == 0);
        const QString url = QString::fromUtf8(start.readAllStandardOutput()).trimmed();
        postAlerts(url,
                   { LabelSet { { QStringLiteral("alertname"), QStringLiteral("Lonely") },
                                { QStringLiteral("test"), QStringLiteral("dead") } } });
        AlertmanagerPoller poller({ am(QStringLiteral("am1"), m_am1), am(QStringLiteral("am3"), url) });
        refresh(poller);
        QCOMPARE(withTest(poller.snapshot(), QStringLiteral("dead")).size(), std::size_t(1));
        QVERIFY(!poller.snapshot().stale);
        const QDateTime goodAt = poller.snapshot().fetchedAt;

        QProcess stop;
        stop.start(QStringLiteral("bash"),
                   { script, QStringLiteral("stop-alertmanager"), QStringLiteral("--dir"), dir.path(),
                     QStringLiteral("--name"), QStringLiteral("am3") });
        QVERIFY(stop.waitForFinished(60000) && stop.exitCode() == 0);
        refresh(poller);
        const AlertSnapshot s = poller.snapshot();
        QVERIFY(s.stale);
        QCOMPARE(s.errors.keys(), QStringList { QStringLiteral("am3") });
        QVERIFY2(s.errors.value(QStringLiteral("am3")).startsWith(QStringLiteral("am3"))
                     || s.errors.value(QStringLiteral("am3")).contains(url),
                 qPrintable(s.errors.value(QStringLiteral("am3"))));
        QCOMPARE(withTest(s, QStringLiteral("dead")).size(), std::size_t(1)); // last good data kept
        QCOMPARE(s.fetchedAt, goodAt);
    }

    // The fault proxy holds the POST's answer back past the client's timeout while the real
    // Alertmanager behind it has already stored the silence: the poller must find it instead of
    // posting a second one. Then a 500 and an HTML page in place of /api/v2/alerts.
    void silencePostTimeoutLeavesExactlyOneSilence()
    {
        QTemporaryDir dir;
        const QString proxy = qEnvironmentVariable("SRE_FAULTPROXY");
        QProcess start;
        start.start(QStringLiteral("python3"),
                    { proxy, QStringLiteral("start"), QStringLiteral("--upstream"), m_am1, QStringLiteral("--dir"),
                      dir.path(), QStringLiteral("--lifetime"), QStringLiteral("600") });
        QVERIFY(start.waitForFinished(30000) && start.exitCode() == 0);
        const QString url = QString::fromUtf8(start.readAllStandardOutput()).trimmed();
        auto setFault = [&](const QStringList &args) {
            QProcess set;
            set.start(QStringLiteral("python3"),
                      QStringList { proxy, QStringLiteral("set"), QStringLiteral("--dir"), dir.path() } + args);
            QVERIFY(set.waitForFinished(30000) && set.exitCode() == 0);
        };
        DatasourceConfig viaProxy = am(QStringLiteral("am1"), url);
        viaProxy.timeout = std::chrono::milliseconds(1500);
        AlertmanagerPoller poller({ viaProxy });
        refresh(poller);
        QVERIFY(!poller.snapshot().stale);

        setFault({ QStringLiteral("latency"), QStringLiteral("ms=4000"), QStringLiteral("count=1"),
                   QStringLiteral("match=^POST /api/v2/silences") });
        Silence s;
        s.matchers = { Matcher { QStringLiteral("test"), QStringLiteral("timeout"), false, true } };
        s.endsAt = QDateTime::currentDateTimeUtc().addSecs(600);
        s.comment = QStringLiteral("post that times out ") + QString::number(QDateTime::currentMSecsSinceEpoch());
        const SilenceWriteResult r = await(&poller, poller.createSilence(s));
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.posts, 1);
        QVERIFY(r.foundAfterUnknownOutcome);
        int same = 0;
        QString onlyId;
        for (const QJsonValue &v : amGet(m_am1, QStringLiteral("/api/v2/silences"))) {
            if (v.toObject().value(QStringLiteral("comment")).toString() == s.comment) {
                ++same;
                onlyId = v.toObject().value(QStringLiteral("id")).toString();
            }
        }
        QCOMPARE(same, 1);
        QCOMPARE(r.id, onlyId);
        await(&poller, poller.expireSilence(r.id));

        // A 503 from the proxy in place of the POST's answer: the outcome is unknown, but this
        // time Alertmanager never saw the POST. The check finds nothing, so the silence is posted
        // again (once), and exactly one exists.
        setFault({ QStringLiteral("status"), QStringLiteral("status=503"), QStringLiteral("count=1"),
                   QStringLiteral("match=^POST /api/v2/silences") });
        s.comment = QStringLiteral("post refused by a proxy ") + QString::number(QDateTime::currentMSecsSinceEpoch());
        const SilenceWriteResult again = await(&poller, poller.createSilence(s));
        QVERIFY2(again.ok(), qPrintable(again.error));
        QCOMPARE(again.posts, 2);
        QVERIFY(!again.foundAfterUnknownOutcome);
        int copies = 0;
        for (const QJsonValue &v : amGet(m_am1, QStringLiteral("/api/v2/silences")))
            copies += v.toObject().value(QStringLiteral("comment")).toString() == s.comment ? 1 : 0;
        QCOMPARE(copies, 1);
        await(&poller, poller.expireSilence(again.id));

        // 500 from the proxy, then an HTML page: stale, the error names am1, the data stays.
        refresh(poller);
        const std::size_t alertsBefore = poller.snapshot().alerts.size();
        QVERIFY(alertsBefore > 0);
        setFault(
            { QStringLiteral("status"), QStringLiteral("status=500"), QStringLiteral("match=^GET /api/v2/alerts") });
        refresh(poller);
        QVERIFY(poller.snapshot().stale);
        QVERIFY2(poller.snapshot().errors.value(QStringLiteral("am1")).startsWith(QStringLiteral("am1: ")),
                 qPrintable(poller.snapshot().errors.value(QStringLiteral("am1"))));
        QVERIFY(poller.snapshot().errors.value(QStringLiteral("am1")).contains(QStringLiteral("500")));
        QCOMPARE(poller.snapshot().alerts.size(), alertsBefore);
        setFault({ QStringLiteral("html"), QStringLiteral("match=^GET /api/v2/alerts") });
        refresh(poller);
        QVERIFY(poller.snapshot().stale);
        QVERIFY(poller.snapshot().errors.value(QStringLiteral("am1")).contains(QStringLiteral("am1")));
        QCOMPARE(poller.snapshot().alerts.size(), alertsBefore);
        setFault({ QStringLiteral("none") });
        refresh(poller);
        QVERIFY(!poller.snapshot().stale);
        QProcess stop;
        stop.start(QStringLiteral("python3"), { proxy, QStringLiteral("stop"), QStringLiteral("--dir"), dir.path() });
        stop.waitForFinished(30000);
    }

    // srectl alerts list / silence add|list|expire, the built binary on a workspace naming the pair.
    void srectlEndToEnd()
    {
        QTemporaryDir ws;
        QFile yaml(ws.filePath(QStringLiteral("workspace.yaml")));
        QVERIFY(yaml.open(QIODevice::WriteOnly));
        yaml.write(QStringLiteral("name: t\ntimezone: UTC\ndatasources:\n"
                                  "  - name: am1\n    type: alertmanager\n    url: %1\n"
                                  "  - name: am2\n    type: alertmanager\n    url: %2\n")
                       .arg(m_am1, m_am2)
                       .toUtf8());
        yaml.close();
        postAlerts(m_am1,
                   { LabelSet { { QStringLiteral("alertname"), QStringLiteral("CliAlert") },
                                { QStringLiteral("test"), QStringLiteral("cli") } } });
        postAlerts(m_am2,
                   { LabelSet { { QStringLiteral("alertname"), QStringLiteral("CliAlert") },
                                { QStringLiteral("test"), QStringLiteral("cli") } } });
        auto run = [&](const QStringList &args, QByteArray *out = nullptr) {
            QProcess p;
            p.start(QStringLiteral(SRECTL_BIN), QStringList { QStringLiteral("-w"), ws.path() } + args);
            p.waitForFinished(60000);
            if (out)
                *out = p.readAllStandardOutput();
            return p.exitCode();
        };
        QByteArray out;
        QCOMPARE(run({ QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("alerts"),
                       QStringLiteral("list"), QStringLiteral("--filter"), QStringLiteral("test=\"cli\"") },
                     &out),
                 0);
        const QJsonArray alerts = QJsonDocument::fromJson(out).array();
        QCOMPARE(alerts.size(), 1); // one alert, though both peers hold it
        QCOMPARE(alerts[0].toObject().value(QStringLiteral("sources")).toArray().size(), 2);
        // The same as a table (the default) and as Markdown: a heading and one row, the alert's
        // name, its state and both peers.
        for (const QString &format : { QStringLiteral("table"), QStringLiteral("markdown") }) {
            QCOMPARE(run({ QStringLiteral("--format"), format, QStringLiteral("alerts"), QStringLiteral("list"),
                           QStringLiteral("--filter"), QStringLiteral("test=\"cli\"") },
                         &out),
                     0);
            const QStringList lines = QString::fromUtf8(out).split(u'\n', Qt::SkipEmptyParts);
            QVERIFY2(lines.size() == (format == u"markdown" ? 3 : 2), out.constData()); // Markdown adds |---|
            QVERIFY2(lines[0].contains(u"ALERTNAME") && lines[0].contains(u"SOURCES"), out.constData());
            QVERIFY2(lines.back().contains(u"CliAlert") && lines.back().contains(u"active")
                         && lines.back().contains(u"am1,am2") && lines.back().contains(u"test=\"cli\""),
                     out.constData());
            if (format == u"markdown")
                QVERIFY2(lines[0].startsWith(u'|') && lines[1].startsWith(u"|-"), out.constData());
        }

        QCOMPARE(run({ QStringLiteral("silence"), QStringLiteral("add"), QStringLiteral("--matcher"),
                       QStringLiteral("test=~\"cli|other\""), QStringLiteral("--duration"), QStringLiteral("2h"),
                       QStringLiteral("--comment"), QStringLiteral("from srectl"), QStringLiteral("--author"),
                       QStringLiteral("cli-user") },
                     &out),
                 0);
        const QString id = QString::fromUtf8(out).trimmed();
        const QJsonObject stored = silenceOn(m_am1, id).isEmpty() ? silenceOn(m_am2, id) : silenceOn(m_am1, id);
        QCOMPARE(stored.value(QStringLiteral("createdBy")).toString(), QStringLiteral("cli-user"));
        QCOMPARE(
            stored.value(QStringLiteral("matchers")).toArray()[0].toObject().value(QStringLiteral("isRegex")).toBool(),
            true);
        const qint64 length = parseAmTime(stored.value(QStringLiteral("startsAt")).toString())
                                  .secsTo(parseAmTime(stored.value(QStringLiteral("endsAt")).toString()));
        QVERIFY(std::abs(length - 7200) <= 2);

        QCOMPARE(run({ QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("silence"),
                       QStringLiteral("list") },
                     &out),
                 0);
        bool listed = false;
        for (const QJsonValue &v : QJsonDocument::fromJson(out).array())
            listed = listed || v.toObject().value(QStringLiteral("id")).toString() == id;
        QVERIFY(listed);
        QCOMPARE(run({ QStringLiteral("silence"), QStringLiteral("expire"), id }), 0);
        QTRY_COMPARE_WITH_TIMEOUT(
            silenceOn(m_am1, id).value(QStringLiteral("status")).toObject().value(QStringLiteral("state")).toString(),
            QStringLiteral("expired"), 15000);
        // Usage errors: 2; Alertmanager refusing the silence (end in the past): 2.
        QCOMPARE(
            run({ QStringLiteral("silence"), QStringLiteral("add"), QStringLiteral("--matcher"), QStringLiteral("a") }),
            2);
        QCOMPARE(run({ QStringLiteral("silence"), QStringLiteral("add"), QStringLiteral("--matcher"),
                       QStringLiteral("a=\"b\""), QStringLiteral("--duration"), QStringLiteral("1h"),
                       QStringLiteral("--comment"), QStringLiteral("x"), QStringLiteral("--start"),
                       QStringLiteral("2020-01-01T00:00:00Z") }),
                 2);

        // No Alertmanager answers: 3.
        QFile dead(ws.filePath(QStringLiteral("workspace.yaml")));
        QVERIFY(dead.open(QIODevice::WriteOnly));
        dead.write("name: t\ntimezone: UTC\ndatasources:\n  - name: gone\n    type: alertmanager\n    url: "
                   "http://127.0.0.1:1\n");
        dead.close();
        QCOMPARE(run({ QStringLiteral("alerts"), QStringLiteral("list") }), 3);
        QCOMPARE(run({ QStringLiteral("silence"), QStringLiteral("list") }), 3);
    }
};

QTEST_MAIN(TestAlertmanager)
#include "tst_alertmanager.moc"
