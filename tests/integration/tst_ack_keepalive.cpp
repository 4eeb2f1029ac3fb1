// Ack keep-alive (models/alerting/ackkeepalive.h) against the real Alertmanager pair: two consoles
// (two pollers, two AckKeepAlive instances) watch the same alert; the one that acked with
// keep-alive extends the short ack before it ends while the alert fires, the other never writes,
// and once the alert resolves the ack is left to end. What Alertmanager holds is read with curl.
// The decision itself (dueForKeepAlive) is checked first on hand-made snapshots.
#include "../common/alertmanagertestutil.h"
#include "ackkeepalive.h"
#include "alertmanagerjson.h"
#include "alertmanagerpoller.h"
#include "fixtureenv.h"
#include "silencebuilder.h"

#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>
#include <QUuid>

using namespace sre;
using namespace sre::alerting;
using namespace std::chrono_literals;

namespace {

// The non-expired silences on `am` whose matchers include run="<run>".
int liveSilencesOfRun(const QString &am, const QString &run)
{
    int n = 0;
    for (const QJsonValue &v : testing::amGet(am, QStringLiteral("/api/v2/silences"))) {
        const QJsonObject s = v.toObject();
        if (s.value(QStringLiteral("status")).toObject().value(QStringLiteral("state")).toString()
            == QLatin1String("expired"))
            continue;
        for (const QJsonValue &m : s.value(QStringLiteral("matchers")).toArray())
            if (m.toObject().value(QStringLiteral("name")).toString() == QLatin1String("run")
                && m.toObject().value(QStringLiteral("value")).toString() == run)
                ++n;
    }
    return n;
}

std::optional<Alert> alertOfRun(const AlertSnapshot &s, const QString &run)
{
    for (const Alert &a : s.alerts)
        if (a.labels.value(QStringLiteral("run")) == run)
            return a;
    return std::nullopt;
}

const Silence *silenceById(const AlertSnapshot &s, const QString &id)
{
    for (const Silence &x : s.silences)
        if (x.id == id)
            return &x;
    return nullptr;
}

} // namespace

class TestAckKeepAlive : public QObject
{
    Q_OBJECT

    QString m_am1, m_am2;

    std::vector<DatasourceConfig> pair() const
    {
        return { testing::am(QStringLiteral("am1"), m_am1), testing::am(QStringLiteral("am2"), m_am2) };
    }

private slots:
    void dueForKeepAlive_data()
    {
        QTest::addColumn<QString>("comment");
        QTest::addColumn<int>("endsInSeconds");
        QTest::addColumn<bool>("expired");
        QTest::addColumn<bool>("alertListed");
        QTest::addColumn<int>("alertEndsInSeconds");
        QTest::addColumn<bool>("due");

        const QString mine = withKeepAliveMarker(QStringLiteral("ACK: on it"), QStringLiteral("console-a"));
        QTest::newRow("own ack ending within the lead, alert firing: due")
            << mine << 60 << false << true << 240 << true;
        QTest::newRow("another console's ack: not due")
            << withKeepAliveMarker(QStringLiteral("ACK: on it"), QStringLiteral("console-b")) << 60 << false << true
            << 240 << false;
        QTest::newRow("ack without keep-alive: not due")
            << QStringLiteral("ACK: on it") << 60 << false << true << 240 << false;
        QTest::newRow("plain silence with the marker: not due")
            << withKeepAliveMarker(QStringLiteral("maintenance"), QStringLiteral("console-a")) << 60 << false << true
            << 240 << false;
        QTest::newRow("ends after the lead: not yet") << mine << 600 << false << true << 240 << false;
        QTest::newRow("already ended: not due") << mine << -5 << false << true << 240 << false;
        QTest::newRow("expired: not due") << mine << 60 << true << true << 240 << false;
        QTest::newRow("alert resolved (no longer listed): not due") << mine << 60 << false << false << 240 << false;
        QTest::newRow("alert's endsAt passed: not due") << mine << 60 << false << true << -1 << false;
    }

    void dueForKeepAlive()
    {
        QFETCH(QString, comment);
        QFETCH(int, endsInSeconds);
        QFETCH(bool, expired);
        QFETCH(bool, alertListed);
        QFETCH(int, alertEndsInSeconds);
        QFETCH(bool, due);

        const QDateTime now = QDateTime::fromSecsSinceEpoch(1796000000, QTimeZone::utc());
        const LabelSet labels { { QStringLiteral("alertname"), QStringLiteral("Burn") },
                                { QStringLiteral("service"), QStringLiteral("checkout") } };
        AlertSnapshot snapshot;
        Silence s;
        s.id = QStringLiteral("s1");
        s.matchers = exactMatchers(labels);
        s.startsAt = now.addSecs(-600);
        s.endsAt = now.addSecs(endsInSeconds);
        s.comment = comment;
        s.state = expired ? SilenceState::Expired : SilenceState::Active;
        snapshot.silences.push_back(s);
        if (alertListed) {
            Alert a;
            a.labels = labels;
            a.endsAt = now.addSecs(alertEndsInSeconds);
            snapshot.alerts.push_back(a);
        }
        const auto result = alerting::dueForKeepAlive(snapshot, QStringLiteral("console-a"), 300s, 1800s, now);
        QCOMPARE(result.size(), std::size_t(due ? 1 : 0));
        if (due) {
            QCOMPARE(result[0].silence.id, QStringLiteral("s1"));
            QCOMPARE(result[0].newEnd, now.addSecs(1800));
        }
    }

    void markerRoundTrip()
    {
        Silence s;
        s.comment = withKeepAliveMarker(QStringLiteral("ACK: [db] on it"), QStringLiteral("ayumi@laptop#3f2a"));
        QCOMPARE(keepAliveOwner(s), QStringLiteral("ayumi@laptop#3f2a"));
        s.comment = QStringLiteral("ACK: on it");
        QCOMPARE(keepAliveOwner(s), QString());
    }

    void extendedWhileFiringByTheOwnerOnly()
    {
        m_am1 = testing::fixtureUrl("SRE_TEST_AM1_URL_FILE");
        m_am2 = testing::fixtureUrl("SRE_TEST_AM2_URL_FILE");
        QVERIFY2(!m_am1.isEmpty() && !m_am2.isEmpty(), "the alertmanager_pair fixture did not start");

        const QString run = QUuid::createUuid().toString(QUuid::WithoutBraces).left(8);
        const LabelSet labels { { QStringLiteral("alertname"), QStringLiteral("KeepAliveBurn") },
                                { QStringLiteral("severity"), QStringLiteral("critical") },
                                { QStringLiteral("test"), QStringLiteral("keepalive") },
                                { QStringLiteral("run"), run } };
        testing::postAlerts(m_am1, { labels });
        testing::postAlerts(m_am2, { labels });

        // Two consoles on the same pair, polling every second.
        AlertmanagerPoller pollerA(pair()), pollerB(pair());
        pollerA.setInterval(1000ms);
        pollerB.setInterval(1000ms);
        AckKeepAlive consoleA(pollerA, QStringLiteral("console-a"));
        AckKeepAlive consoleB(pollerB, QStringLiteral("console-b"));
        for (AckKeepAlive *k : { &consoleA, &consoleB }) {
            k->setLead(8s);
            k->setExtension(12s);
        }
        QSignalSpy extendedA(&consoleA, &AckKeepAlive::extended);
        QSignalSpy extendedB(&consoleB, &AckKeepAlive::extended);
        QSignalSpy failedA(&consoleA, &AckKeepAlive::extendFailed);
        pollerA.start();
        pollerB.start();
        QTRY_VERIFY_WITH_TIMEOUT(alertOfRun(pollerA.snapshot(), run).has_value(), 30000);

        // A 10 s ack with keep-alive from console A.
        const SilenceWriteResult acked = testing::await(
            this, consoleA.ack(*alertOfRun(pollerA.snapshot(), run), 10s, true, QStringLiteral("on it")));
        QVERIFY2(acked.ok(), qPrintable(acked.error));
        const QDateTime firstEnd
            = parseAmTime(testing::silenceOn(m_am1, acked.id).value(QStringLiteral("endsAt")).toString());
        QVERIFY(firstEnd.isValid());

        // Console B sees the ack and whose it is.
        QTRY_VERIFY_WITH_TIMEOUT(silenceById(pollerB.snapshot(), acked.id) != nullptr, 15000);
        QCOMPARE(keepAliveOwner(*silenceById(pollerB.snapshot(), acked.id)), QStringLiteral("console-a"));

        // Past the ack's first end the alert is still acked: console A extended it, in one chain.
        QTRY_VERIFY_WITH_TIMEOUT(QDateTime::currentDateTimeUtc() > firstEnd.addSecs(3), 30000);
        QVERIFY2(extendedA.count() >= 1, qPrintable(failedA.isEmpty() ? QString() : failedA.first().at(1).toString()));
        QCOMPARE(liveSilencesOfRun(m_am1, run), 1);
        QTRY_COMPARE_WITH_TIMEOUT(liveSilencesOfRun(m_am2, run), 1, 10000);
        const QString latest = extendedA.last().at(1).toString();
        const QJsonObject latestOnAm = testing::silenceOn(m_am1, latest);
        QCOMPARE(latestOnAm.value(QStringLiteral("status")).toObject().value(QStringLiteral("state")).toString(),
                 QStringLiteral("active"));
        QVERIFY(parseAmTime(latestOnAm.value(QStringLiteral("endsAt")).toString()) > firstEnd);
        QVERIFY(latestOnAm.value(QStringLiteral("comment")).toString().startsWith(QStringLiteral("ACK: on it")));
        QCOMPARE(extendedB.count(), 0);

        // The alert resolves (Prometheus sends endsAt = now): no more extensions, the ack ends.
        testing::postAlerts(m_am1, { labels }, { 60, 0, {} });
        testing::postAlerts(m_am2, { labels }, { 60, 0, {} });
        QTRY_VERIFY_WITH_TIMEOUT(!alertOfRun(pollerA.snapshot(), run).has_value(), 30000);
        testing::refresh(pollerA);
        const int extensionsWhileFiring = extendedA.count();
        const QDateTime lastEnd = extendedA.last().at(2).toDateTime();
        QTRY_VERIFY_WITH_TIMEOUT(QDateTime::currentDateTimeUtc() > lastEnd.addSecs(2), 30000);
        QTRY_COMPARE_WITH_TIMEOUT(liveSilencesOfRun(m_am1, run), 0, 10000);
        QCOMPARE(extendedA.count(), extensionsWhileFiring);
        QCOMPARE(extendedB.count(), 0);
        QCOMPARE(failedA.count(), 0);
    }
};

QTEST_GUILESS_MAIN(TestAckKeepAlive)
#include "tst_ack_keepalive.moc"
