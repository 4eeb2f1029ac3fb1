// The retry schedule of iCalendar URL sources after failed refreshes (icsfetch.h): 1 min, doubling,
// at most the hourly refresh interval, and what a load does within and after the wait. The failing
// source is a loopback port nobody listens on (the connection is refused at once, no network
// needed); tst_ics_fetch checks the same against a real HTTPS server, counting its requests.
#include "ical.h"
#include "icsfetch.h"
#include "oncall.h"
#include "schedule.h"

#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace sre;
using namespace sre::alerting;
using std::chrono::seconds;

class TestIcsBackoff : public QObject
{
    Q_OBJECT
private slots:
    void schedule_data();
    void schedule();
    void hugeFailureCountsStayAtTheCap();
    void earliestRetry();
    void failedLoadsWaitAndDouble();

private:
    CalendarSourceStatus load(const QDateTime &now, bool ignoreBackoff = false, Problems *problems = nullptr);

    QTemporaryDir m_dir;
    QString m_url;
};

void TestIcsBackoff::schedule_data()
{
    QTest::addColumn<int>("firstRetry");
    QTest::addColumn<int>("interval");
    QTest::addColumn<QList<int>>("delays"); // after the 1st, 2nd, ... failure in a row, in seconds

    // The defaults: 1 min, 2, 4, 8, 16, 32 min, then the hourly interval (64 min would be longer).
    QTest::newRow("defaults") << 60 << 3600 << QList<int> { 60, 120, 240, 480, 960, 1920, 3600, 3600, 3600 };
    // A cap that is not a doubling of the first wait: the last step is cut to it.
    QTest::newRow("cap between doublings") << 10 << 100 << QList<int> { 10, 20, 40, 80, 100, 100 };
    // A first wait longer than the interval: waiting less than the first wait would hammer the server.
    QTest::newRow("first wait over the interval") << 600 << 300 << QList<int> { 600, 600, 600 };
}

void TestIcsBackoff::schedule()
{
    QFETCH(int, firstRetry);
    QFETCH(int, interval);
    QFETCH(QList<int>, delays);
    CalendarFetchOptions options;
    options.firstRetry = seconds(firstRetry);
    options.refreshInterval = seconds(interval);
    QCOMPARE(calendarRetryDelay(0, options), seconds(0));
    for (int i = 0; i < delays.size(); ++i)
        QCOMPARE(calendarRetryDelay(i + 1, options), seconds(delays[i]));
}

void TestIcsBackoff::hugeFailureCountsStayAtTheCap()
{
    // A feed down for weeks: no overflow of the doubling, still once an hour.
    QCOMPARE(calendarRetryDelay(1000), seconds(3600));
    QCOMPARE(calendarRetryDelay(std::numeric_limits<int>::max()), seconds(3600));
    QCOMPARE(calendarRetryDelay(-3), seconds(0));
}

void TestIcsBackoff::earliestRetry()
{
    const QDateTime t(QDate(2026, 12, 7), QTime(10, 0), QTimeZone::utc());
    CalendarSourceStatus ok, a, b, noTime;
    a.refreshFailed = b.refreshFailed = noTime.refreshFailed = true;
    a.nextAttempt = t.addSecs(240);
    b.nextAttempt = t.addSecs(60);
    ok.nextAttempt = t; // not failed: ignored even with a time
    QCOMPARE(earliestCalendarRetry({ ok, a, b, noTime }), t.addSecs(60));
    QVERIFY(!earliestCalendarRetry({ ok, noTime }).isValid());
    QVERIFY(!earliestCalendarRetry({}).isValid());
}

CalendarSourceStatus TestIcsBackoff::load(const QDateTime &now, bool ignoreBackoff, Problems *problems)
{
    const QByteArray yaml = "timezone: UTC\nrotations:\n  - name: pd\n    ics: { url: \"" + m_url.toUtf8() + "\" }\n";
    const OncallResult parsed = parseOncall(yaml, m_dir.filePath(QStringLiteral("oncall.yaml")), m_dir.path());
    Schedule schedule(parsed.schedule);
    CalendarFetchOptions options;
    options.now = now;
    options.cacheDir = m_dir.filePath(QStringLiteral("cache"));
    options.timeout = std::chrono::seconds(5);
    options.ignoreBackoff = ignoreBackoff;
    Problems local;
    const std::vector<CalendarSourceStatus> sources = loadCalendars(schedule, now, now.addDays(14), local, options);
    if (problems)
        *problems = local;
    return sources.size() == 1 ? sources.front() : CalendarSourceStatus {};
}

void TestIcsBackoff::failedLoadsWaitAndDouble()
{
    QVERIFY(m_dir.isValid());
    // A port that was free a moment ago: connecting to it is refused.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    m_url = QStringLiteral("https://127.0.0.1:%1/feed.ics").arg(probe.serverPort());
    probe.close();

    const QDateTime t0(QDate(2026, 12, 7), QTime(10, 0), QTimeZone::utc());
    Problems problems;
    CalendarSourceStatus s = load(t0, false, &problems);
    QVERIFY(s.refreshFailed && s.unreachable && s.stale);
    QVERIFY(!s.backingOff);
    QCOMPARE(s.failures, 1);
    QCOMPARE(s.nextAttempt, t0.addSecs(60));
    QVERIFY(!s.error.isEmpty());
    QCOMPARE(problems.size(), 1);
    QVERIFY(problems.front().isError());
    QVERIFY2(problems.front().message.contains(QStringLiteral("next try")), qPrintable(problems.front().message));

    // Within the minute: the server is not asked; the same failure and retry time are reported.
    s = load(t0.addSecs(59));
    QVERIFY(s.backingOff && s.refreshFailed && s.unreachable);
    QCOMPARE(s.failures, 1);
    QCOMPARE(s.nextAttempt, t0.addSecs(60));

    // At the retry time it is asked again, fails again, and waits twice as long: 2 min, then 4.
    s = load(t0.addSecs(60));
    QVERIFY(!s.backingOff);
    QCOMPARE(s.failures, 2);
    QCOMPARE(s.nextAttempt, t0.addSecs(60 + 120));
    s = load(t0.addSecs(179));
    QVERIFY(s.backingOff);
    QCOMPARE(s.nextAttempt, t0.addSecs(180));
    s = load(t0.addSecs(200));
    QVERIFY(!s.backingOff);
    QCOMPARE(s.failures, 3);
    QCOMPARE(s.nextAttempt, t0.addSecs(200 + 240));

    // srectl asks regardless of the wait, and its failure counts too.
    s = load(t0.addSecs(210), true);
    QVERIFY(!s.backingOff);
    QCOMPARE(s.failures, 4);
    QCOMPARE(s.nextAttempt, t0.addSecs(210 + 480));

    // A clock set back a day: the stored retry time is further ahead than the longest wait
    // (8 min after four failures), so it is not waited for; the fifth failure waits 16 min.
    s = load(t0.addDays(-1));
    QVERIFY(!s.backingOff);
    QCOMPARE(s.failures, 5);
    QCOMPARE(s.nextAttempt, t0.addDays(-1).addSecs(960));
}

QTEST_GUILESS_MAIN(TestIcsBackoff)
#include "tst_ics_backoff.moc"
