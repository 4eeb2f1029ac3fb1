// The status bar's on-call line on the demo schedule (resources/demo/oncall.yaml): weekly
// rotations from Monday 2026-01-05 10:00 Asia/Tokyo, primary [aiko, ben, chen, dana], secondary
// the same list shifted by one, and an override putting Chen on primary from Mon 2026-12-07 10:00
// to Wed 2026-12-09 10:00; a database rotation from oncall/database.ics (Fumiko and Goro
// alternating weekly from Mon 2026-11-02 09:00 Asia/Tokyo). And the marker of a stale calendar.
#include "ical.h"
#include "oncallstatus.h"
#include "settings.h"
#include "workspace.h"

#include <QFile>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace sre;

class TestOncallStatus : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void demoSchedule();
    void noSchedule();
    void staleText();
    void staleCalendarIsMarkedOnTheLine();
    void timesAreInTheViewersZone();

private:
    alerting::Schedule demo()
    {
        QFile f(QStringLiteral(SRE_SOURCE_DIR "/resources/demo/oncall.yaml"));
        if (!f.open(QIODevice::ReadOnly))
            return {};
        alerting::Schedule schedule(alerting::parseOncall(f.readAll(), f.fileName()).schedule);
        Problems problems;
        const QDateTime from = QDateTime::fromString(QStringLiteral("2026-11-01T00:00:00Z"), Qt::ISODate);
        alerting::loadCalendars(schedule, from, from.addDays(60), problems);
        for (const Problem &p : problems)
            qWarning() << p.toString();
        return schedule;
    }

    QTemporaryDir m_cache;
};

void TestOncallStatus::initTestCase()
{
    // The calendar cache (and its record of failed fetches) goes to a folder of this test.
    QVERIFY(m_cache.isValid());
    qputenv("XDG_CACHE_HOME", m_cache.path().toUtf8());
    qputenv("XDG_CONFIG_HOME", m_cache.filePath(QStringLiteral("config")).toUtf8());
}

void TestOncallStatus::demoSchedule()
{
    const alerting::Schedule schedule = demo();
    QVERIFY(!schedule.isEmpty());
    // Wed 2026-12-02 12:00 JST is 331 days after the start: week 47 (47 * 7 = 329), which began
    // Mon 2026-11-30 10:00 JST. Primary: 47 mod 4 = 3, Dana; secondary: Aiko. The week ends Mon
    // 2026-12-07 10:00; then the override gives primary to Chen (week 48 would be Aiko's), and
    // secondary goes to 48 mod 4 = 0, Ben. Database: Fumiko's fortnightly week starts Mon 2, 16
    // and 30 November 09:00, so she has 30 Nov to Mon 7 Dec 09:00; then Goro (9, 23 Nov, 7 Dec).
    const QDateTime now = QDateTime::fromString(QStringLiteral("2026-12-02T03:00:00Z"), Qt::ISODate);
    QString tip;
    QCOMPARE(OncallStatus::line(schedule, now, QStringLiteral("Asia/Tokyo"), QString(), &tip),
             QStringLiteral("On call: Dana Whitfield (primary) until Mon 10:00; next: Chen Wei"));
    QCOMPARE(tip,
             QStringLiteral("Dana Whitfield (primary) until Mon 10:00; next: Chen Wei\n"
                            "Aiko Tanaka (secondary) until Mon 10:00; next: Ben Okafor\n"
                            "Fumiko Ito (database) until Mon 09:00; next: Goro Mensah"));
    // The user's own shift reads "you".
    QCOMPARE(OncallStatus::line(schedule, now, QStringLiteral("Asia/Tokyo"), QStringLiteral("dana")),
             QStringLiteral("On call: you (primary) until Mon 10:00; next: Chen Wei"));
    // During the override: Chen until Wed 10:00 JST, then Aiko for the rest of week 48.
    const QDateTime during = QDateTime::fromString(QStringLiteral("2026-12-08T00:00:00Z"), Qt::ISODate);
    QCOMPARE(OncallStatus::line(schedule, during, QStringLiteral("Asia/Tokyo"), QString()),
             QStringLiteral("On call: Chen Wei (primary) until Wed 10:00; next: Aiko Tanaka"));
    // Times are shown in the zone asked for: 10:00 JST is 02:00 in Berlin (CET, UTC+1).
    QCOMPARE(OncallStatus::line(schedule, now, QStringLiteral("Europe/Berlin"), QString()),
             QStringLiteral("On call: Dana Whitfield (primary) until Mon 02:00; next: Chen Wei"));
}

void TestOncallStatus::noSchedule()
{
    QVERIFY(OncallStatus::line(alerting::Schedule(), QDateTime::currentDateTimeUtc(), QStringLiteral("UTC"), QString())
                .isEmpty());
}

void TestOncallStatus::staleText()
{
    const QDateTime now = QDateTime::fromString(QStringLiteral("2026-12-07T03:00:00Z"), Qt::ISODate);
    alerting::CalendarSourceStatus fresh, old, never;
    fresh.rotation = QStringLiteral("pd");
    fresh.fetched = now.addSecs(-20 * 60);
    old.rotation = QStringLiteral("grafana");
    old.fetched = now.addSecs(-(3 * 3600 + 10 * 60)); // 3 h 10 min: "3 h"
    old.stale = true;
    never.rotation = QStringLiteral("db");
    never.stale = true;
    QVERIFY(OncallStatus::staleText({ fresh }, now).isEmpty());
    QCOMPARE(OncallStatus::staleText({ fresh, old }, now), QStringLiteral("stale: grafana (3 h old)"));
    QCOMPARE(OncallStatus::staleText({ old, never }, now),
             QStringLiteral("stale: grafana (3 h old), db (never fetched)"));
    // Two days and more in days: 50 h is 2 days.
    old.fetched = now.addSecs(-50 * 3600);
    QCOMPARE(OncallStatus::staleText({ old }, now), QStringLiteral("stale: grafana (2 days old)"));
    // The retry time after a failed refresh, in the given zone: 03:04 UTC is 12:04 in Tokyo.
    never.refreshFailed = true;
    never.nextAttempt = now.addSecs(4 * 60);
    QCOMPARE(OncallStatus::retryText(never, QTimeZone("Asia/Tokyo")), QStringLiteral("next try at 12:04"));
    QVERIFY(OncallStatus::retryText(fresh, QTimeZone("Asia/Tokyo")).isEmpty());
}

void TestOncallStatus::staleCalendarIsMarkedOnTheLine()
{
    // A workspace whose only rotation is a calendar URL that refuses connections: never fetched,
    // so stale. The line says so itself, in the warning colour, not only in the tooltip.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const QByteArray url = QStringLiteral("https://127.0.0.1:%1/feed.ics").arg(probe.serverPort()).toUtf8();
    probe.close();
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile ws(dir.filePath(QStringLiteral("workspace.yaml")));
    QVERIFY(ws.open(QIODevice::WriteOnly));
    ws.write("name: stale\ntimezone: Asia/Tokyo\n");
    ws.close();
    QFile oncall(dir.filePath(QStringLiteral("oncall.yaml")));
    QVERIFY(oncall.open(QIODevice::WriteOnly));
    oncall.write("timezone: Asia/Tokyo\nrotations:\n  - name: pd\n    ics: { url: \"" + url + "\" }\n");
    oncall.close();

    ws::Workspace workspace;
    Settings settings;
    OncallStatus status(workspace, settings);
    workspace.open(dir.path());
    QTRY_VERIFY_WITH_TIMEOUT(status.isStale(), 30000);
    QCOMPARE(status.plainText(), QStringLiteral("On call: nobody (pd) · stale: pd (never fetched)"));
    QVERIFY2(status.text().contains(QStringLiteral("color:#b26a00")), qPrintable(status.text()));
    // The tooltip has the failure and when the next try is (1 min after the first failure).
    QVERIFY2(status.toolTip().contains(QStringLiteral("next try at")), qPrintable(status.toolTip()));
    QVERIFY2(status.toolTip().contains(QStringLiteral("cannot fetch the calendar")), qPrintable(status.toolTip()));
}

// The status bar shows times where the viewer is, like the On-call page ("your time"), not in the
// schedule's zone, and its tooltip names the zone. Every primary handover of the demo is at 10:00
// Asia/Tokyo (01:00 UTC): 02:00 in Berlin in winter, 03:00 in summer.
void TestOncallStatus::timesAreInTheViewersZone()
{
    ws::Workspace workspace;
    Settings settings;
    OncallStatus status(workspace, settings);
    status.setViewerZone(QTimeZone("Asia/Tokyo"));
    workspace.open(QStringLiteral(SRE_SOURCE_DIR "/resources/demo"));
    QTRY_VERIFY_WITH_TIMEOUT(!status.plainText().isEmpty(), 30000);
    const auto until = [&status] {
        const QString text = status.plainText();
        const qsizetype at = text.indexOf(QStringLiteral(" until "));
        const qsizetype end = text.indexOf(u';', at);
        return at < 0 || end < 0 ? QString() : text.mid(end - 5, 5);
    };
    QVERIFY2(status.plainText().startsWith(QStringLiteral("On call: ")), qPrintable(status.plainText()));
    QCOMPARE(until(), QStringLiteral("10:00"));
    QVERIFY2(status.toolTip().endsWith(QStringLiteral("Times in your time zone (Asia/Tokyo).")),
             qPrintable(status.toolTip()));

    status.setViewerZone(QTimeZone("Europe/Berlin"));
    QVERIFY2(until() == QStringLiteral("02:00") || until() == QStringLiteral("03:00"), qPrintable(status.plainText()));
    QVERIFY2(status.toolTip().endsWith(QStringLiteral("Times in your time zone (Europe/Berlin).")),
             qPrintable(status.toolTip()));
}

QTEST_MAIN(TestOncallStatus)
#include "tst_oncallstatus.moc"
