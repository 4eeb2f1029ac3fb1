// Desktop notifications: which snapshots make AlertNotifier speak, with an injected clock. New,
// repeated, suppressed, unprocessed, flapping, quiet mode, the badge count and the sound.
#include "alertnotifier.h"

#include <QSignalSpy>
#include <QTest>

using namespace sre::alerting;

namespace {

const QDateTime kT0 = QDateTime(QDate(2026, 3, 10), QTime(14, 0), Qt::UTC);

Alert alert(const QString &fingerprint, const QString &severity, AlertState state = AlertState::Active)
{
    Alert a;
    a.fingerprint = fingerprint;
    a.labels = { { QStringLiteral("alertname"), QStringLiteral("A") + fingerprint },
                 { QStringLiteral("severity"), severity } };
    a.state = state;
    a.startsAt = kT0;
    return a;
}

AlertSnapshot snapshot(std::vector<Alert> alerts)
{
    AlertSnapshot s;
    s.alerts = std::move(alerts);
    return s;
}

QStringList fingerprints(const QSignalSpy &spy)
{
    QStringList out;
    for (const QList<QVariant> &args : spy)
        out << args.at(0).value<Alert>().fingerprint;
    return out;
}

} // namespace

class TestAlertNotifier : public QObject
{
    Q_OBJECT

    QDateTime m_now;

    void attachClock(AlertNotifier &n)
    {
        m_now = kT0;
        n.setClock([this] { return m_now; });
    }

private slots:
    void initTestCase() { qRegisterMetaType<Alert>(); }

    void newAlertNotifiesOnce()
    {
        AlertNotifier n;
        attachClock(n);
        QSignalSpy spy(&n, &AlertNotifier::notify);
        n.update(snapshot({ alert(QStringLiteral("c1"), QStringLiteral("critical")) }));
        QCOMPARE(fingerprints(spy), QStringList { QStringLiteral("c1") });
        // Repeated snapshots of the same firing alert: nothing more.
        m_now = kT0.addSecs(15);
        n.update(snapshot({ alert(QStringLiteral("c1"), QStringLiteral("critical")) }));
        m_now = kT0.addSecs(30);
        n.update(snapshot({ alert(QStringLiteral("c1"), QStringLiteral("critical")),
                            alert(QStringLiteral("c2"), QStringLiteral("critical")) }));
        QCOMPARE(fingerprints(spy), (QStringList { QStringLiteral("c1"), QStringLiteral("c2") }));
    }

    void belowTheMinimumSeverityIsQuiet_data()
    {
        QTest::addColumn<QString>("minimum");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("default: critical only") << QString() << QStringList { QStringLiteral("c") };
        QTest::newRow("warning and up") << QStringLiteral("warning")
                                        << QStringList { QStringLiteral("c"), QStringLiteral("w") };
        QTest::newRow("everything") << QStringLiteral("info")
                                    << QStringList { QStringLiteral("c"), QStringLiteral("w"), QStringLiteral("i") };
    }
    void belowTheMinimumSeverityIsQuiet()
    {
        QFETCH(QString, minimum);
        QFETCH(QStringList, expected);
        AlertNotifier n;
        attachClock(n);
        if (!minimum.isEmpty())
            n.setMinimumLevel(notifyLevelFromSetting(minimum));
        QSignalSpy spy(&n, &AlertNotifier::notify);
        n.update(snapshot({ alert(QStringLiteral("c"), QStringLiteral("critical")),
                            alert(QStringLiteral("w"), QStringLiteral("warning")),
                            alert(QStringLiteral("i"), QStringLiteral("info")) }));
        QCOMPARE(fingerprints(spy), expected);
    }

    void suppressedAndUnprocessedNeverNotify()
    {
        AlertNotifier n;
        attachClock(n);
        QSignalSpy spy(&n, &AlertNotifier::notify);
        Alert silenced = alert(QStringLiteral("s"), QStringLiteral("critical"), AlertState::Suppressed);
        silenced.silencedBy = { QStringLiteral("silence-1") };
        Alert inhibited = alert(QStringLiteral("h"), QStringLiteral("critical"), AlertState::Suppressed);
        inhibited.inhibitedBy = { QStringLiteral("fp-of-the-inhibitor") };
        const Alert unprocessed = alert(QStringLiteral("u"), QStringLiteral("critical"), AlertState::Unprocessed);
        n.update(snapshot({ silenced, inhibited, unprocessed }));
        QCOMPARE(spy.count(), 0);
        QCOMPARE(n.criticalUnsilencedCount(), 0);
        // Once Alertmanager has processed it and nothing holds it back, it is in front of a person.
        m_now = kT0.addSecs(15);
        n.update(snapshot({ silenced, inhibited, alert(QStringLiteral("u"), QStringLiteral("critical")) }));
        QCOMPARE(fingerprints(spy), QStringList { QStringLiteral("u") });
    }

    void flappingAlertDoesNotNotifyAgainWithinFiveMinutes()
    {
        AlertNotifier n;
        attachClock(n);
        QSignalSpy spy(&n, &AlertNotifier::notify);
        const AlertSnapshot firing = snapshot({ alert(QStringLiteral("f"), QStringLiteral("critical")) });
        n.update(firing);
        m_now = kT0.addSecs(60);
        n.update(snapshot({})); // resolved
        m_now = kT0.addSecs(60 + 4 * 60 + 59); // fires again 4 min 59 s after resolving: a flap
        n.update(firing);
        QCOMPARE(spy.count(), 1);
        m_now = m_now.addSecs(30);
        n.update(snapshot({})); // resolved again
        m_now = m_now.addSecs(5 * 60); // and back after exactly 5 min: a new episode
        n.update(firing);
        QCOMPARE(spy.count(), 2);
    }

    void quietMode_data()
    {
        QTest::addColumn<bool>("breakThrough");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("criticals break through") << true << QStringList { QStringLiteral("c") };
        QTest::newRow("nothing breaks through") << false << QStringList {};
    }
    void quietMode()
    {
        QFETCH(bool, breakThrough);
        QFETCH(QStringList, expected);
        AlertNotifier n;
        attachClock(n);
        n.setMinimumLevel(NotifyLevel::Warning);
        n.setQuietMode(true);
        n.setCriticalsBreakThrough(breakThrough);
        QSignalSpy spy(&n, &AlertNotifier::notify);
        n.update(snapshot({ alert(QStringLiteral("c"), QStringLiteral("critical")),
                            alert(QStringLiteral("w"), QStringLiteral("warning")) }));
        QCOMPARE(fingerprints(spy), expected);
        // Leaving quiet mode does not replay what was passed over.
        n.setQuietMode(false);
        m_now = kT0.addSecs(15);
        n.update(snapshot({ alert(QStringLiteral("c"), QStringLiteral("critical")),
                            alert(QStringLiteral("w"), QStringLiteral("warning")) }));
        QCOMPARE(fingerprints(spy), expected);
    }

    void badgeCountsFiringUnsilencedCriticals()
    {
        AlertNotifier n;
        attachClock(n);
        QSignalSpy spy(&n, &AlertNotifier::criticalUnsilencedCountChanged);
        Alert acked = alert(QStringLiteral("a"), QStringLiteral("critical"), AlertState::Suppressed);
        acked.silencedBy = { QStringLiteral("ack-1") };
        n.update(snapshot({ alert(QStringLiteral("c1"), QStringLiteral("critical")),
                            alert(QStringLiteral("c2"), QStringLiteral("page")),
                            alert(QStringLiteral("w"), QStringLiteral("warning")), acked }));
        QCOMPARE(n.criticalUnsilencedCount(), 2);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).toInt(), 2);
        n.update(snapshot({ alert(QStringLiteral("c1"), QStringLiteral("critical")),
                            alert(QStringLiteral("c2"), QStringLiteral("page")) }));
        QCOMPARE(spy.count(), 1); // unchanged: no signal
        n.update(snapshot({}));
        QCOMPARE(n.criticalUnsilencedCount(), 0);
        QCOMPARE(spy.count(), 2);
    }

    void soundRepeatsUntilAcked()
    {
        AlertNotifier n;
        attachClock(n);
        n.setSoundInterval(std::chrono::milliseconds(20));
        QSignalSpy sound(&n, &AlertNotifier::soundRequested);
        n.update(snapshot({ alert(QStringLiteral("c"), QStringLiteral("critical")) }));
        QCOMPARE(sound.count(), 0); // the sound is off by default
        n.setSoundEnabled(true);
        QCOMPARE(sound.count(), 1); // at once
        QVERIFY(n.isSounding());
        QVERIFY(sound.wait(2000)); // and again
        QVERIFY(sound.count() >= 2);
        // Acked: the critical is silenced now, the sound stops.
        Alert acked = alert(QStringLiteral("c"), QStringLiteral("critical"), AlertState::Suppressed);
        acked.silencedBy = { QStringLiteral("ack-1") };
        n.update(snapshot({ acked }));
        QVERIFY(!n.isSounding());
        const qsizetype after = sound.count();
        QVERIFY(!sound.wait(100));
        QCOMPARE(sound.count(), after);
    }

    void soundFollowsQuietMode()
    {
        AlertNotifier n;
        attachClock(n);
        n.setSoundEnabled(true);
        n.setQuietMode(true);
        n.setCriticalsBreakThrough(false);
        n.update(snapshot({ alert(QStringLiteral("c"), QStringLiteral("critical")) }));
        QVERIFY(!n.isSounding());
        n.setCriticalsBreakThrough(true);
        QVERIFY(n.isSounding());
    }
};

QTEST_GUILESS_MAIN(TestAlertNotifier)
#include "tst_alertnotifier.moc"
