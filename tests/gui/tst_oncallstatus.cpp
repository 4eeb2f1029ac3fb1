// The status bar's on-call line on the demo schedule (resources/demo/oncall.yaml): weekly
// rotations from Monday 2026-01-05 10:00 Asia/Tokyo, primary [aiko, ben, chen, dana], secondary
// the same list shifted by one, and an override putting Chen on primary from Mon 2026-12-07 10:00
// to Wed 2026-12-09 10:00.
#include "oncallstatus.h"

#include <QFile>
#include <QTest>

using namespace sre;

class TestOncallStatus : public QObject
{
    Q_OBJECT
private slots:
    void demoSchedule();
    void noSchedule();

private:
    alerting::Schedule demo()
    {
        QFile f(QStringLiteral(SRE_SOURCE_DIR "/resources/demo/oncall.yaml"));
        if (!f.open(QIODevice::ReadOnly))
            return {};
        return alerting::Schedule(alerting::parseOncall(f.readAll(), f.fileName()).schedule);
    }
};

void TestOncallStatus::demoSchedule()
{
    const alerting::Schedule schedule = demo();
    QVERIFY(!schedule.isEmpty());
    // Wed 2026-12-02 12:00 JST is 331 days after the start: week 47 (47 * 7 = 329), which began
    // Mon 2026-11-30 10:00 JST. Primary: 47 mod 4 = 3, Dana; secondary: Aiko. The week ends Mon
    // 2026-12-07 10:00; then the override gives primary to Chen (week 48 would be Aiko's), and
    // secondary goes to 48 mod 4 = 0, Ben.
    const QDateTime now = QDateTime::fromString(QStringLiteral("2026-12-02T03:00:00Z"), Qt::ISODate);
    QString tip;
    QCOMPARE(OncallStatus::line(schedule, now, QStringLiteral("Asia/Tokyo"), QString(), &tip),
             QStringLiteral("On call: Dana Whitfield (primary) until Mon 10:00; next: Chen Wei"));
    QCOMPARE(tip,
             QStringLiteral("Dana Whitfield (primary) until Mon 10:00; next: Chen Wei\n"
                            "Aiko Tanaka (secondary) until Mon 10:00; next: Ben Okafor"));
    // The user's own shift reads "you".
    QCOMPARE(OncallStatus::line(schedule, now, QStringLiteral("Asia/Tokyo"), QStringLiteral("dana")),
             QStringLiteral("On call: you (primary) until Mon 10:00; next: Chen Wei"));
    // During the override: Chen until Wed 10:00 JST, then Aiko for the rest of week 48.
    const QDateTime during = QDateTime::fromString(QStringLiteral("2026-12-08T00:00:00Z"), Qt::ISODate);
    QCOMPARE(OncallStatus::line(schedule, during, QStringLiteral("Asia/Tokyo"), QString()),
             QStringLiteral("On call: Chen Wei (primary) until Wed 10:00; next: Aiko Tanaka"));
    // Times are shown in the workspace's zone: 10:00 JST is 02:00 in Berlin (CET, UTC+1).
    QCOMPARE(OncallStatus::line(schedule, now, QStringLiteral("Europe/Berlin"), QString()),
             QStringLiteral("On call: Dana Whitfield (primary) until Mon 02:00; next: Chen Wei"));
}

void TestOncallStatus::noSchedule()
{
    QVERIFY(OncallStatus::line(alerting::Schedule(), QDateTime::currentDateTimeUtc(), QStringLiteral("UTC"), QString())
                .isEmpty());
}

QTEST_MAIN(TestOncallStatus)
#include "tst_oncallstatus.moc"
