// iCalendar URL sources against a real HTTPS server: Python's http.server (whose
// SimpleHTTPRequestHandler honours If-Modified-Since and logs every request on stderr) behind TLS
// with a committed self-signed certificate for 127.0.0.1 (data/ics-tls). The client trusts it through the source's
// ca_file, so certificate verification stays on exactly as for real users.
#include "ical.h"
#include "icsfetch.h"
#include "oncall.h"
#include "schedule.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace sre;
using namespace sre::alerting;

namespace {
const QByteArray kToken = "s3cr3t-Feed_Token";

const char kServer[] = R"(import functools, http.server, ssl, sys
root, cert, key = sys.argv[1:4]
handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=root)
server = http.server.HTTPServer(("127.0.0.1", 0), handler)
context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
context.load_cert_chain(cert, key)
server.socket = context.wrap_socket(server.socket, server_side=True)
print(server.server_address[1], flush=True)
server.serve_forever()
)";

QByteArray calendar(const QByteArray &who)
{
    return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n"
           "BEGIN:VEVENT\r\nUID:1@test\r\nDTSTAMP:20261201T000000Z\r\n"
           "DTSTART:20261207T000000Z\r\nDTEND:20261214T000000Z\r\nSUMMARY:"
        + who + "\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
}
} // namespace

class TestIcsFetch : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void firstFetchParsesShifts();
    void withinTheHourTheNetworkIsNotAsked();
    void afterTheIntervalA304KeepsTheCopy();
    void changedFileShowsNewShifts();
    void serverDownKeepsLastGoodDataFlaggedStale();
    void verificationStaysOnWithoutTheCa();
    void failingFeedBacksOffThenRecovers();

private:
    struct Load
    {
        QStringList members;
        CalendarSourceStatus status;
        Problems problems;
    };
    Load load(const QDateTime &now, const QString &cacheDir, bool withCa = true);
    QStringList requests(); // access log lines of GETs since the last call

    QTemporaryDir m_dir;
    QProcess m_server;
    QString m_url;
    QString m_log;
    const QDateTime m_t0 = QDateTime::currentDateTimeUtc();
};

void TestIcsFetch::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    QVERIFY2(!python.isEmpty(), "python3 serves the feed (scripts/setup-deps installs it)");
    const QDir dir(m_dir.path());
    // A committed self-signed certificate for 127.0.0.1 (tests/integration/data/ics-tls/README.md).
    for (const char *name : { "cert.pem", "key.pem" }) {
        QFile::remove(dir.filePath(QLatin1String(name))); // verificationStaysOnWithoutTheCa starts a second server
        QVERIFY(QFile::copy(QStringLiteral(SRE_SOURCE_DIR "/tests/integration/data/ics-tls/") + QLatin1String(name),
                            dir.filePath(QLatin1String(name))));
    }
    // The token is part of the path: the URL's {token} placeholder must be filled in to get 200.
    QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("www/") + QString::fromLatin1(kToken))));
    QFile feed(dir.filePath(QStringLiteral("www/%1/feed.ics").arg(QString::fromLatin1(kToken))));
    QVERIFY(feed.open(QIODevice::WriteOnly));
    feed.write(calendar("aiko"));
    feed.close();
    QFile token(dir.filePath(QStringLiteral("token")));
    QVERIFY(token.open(QIODevice::WriteOnly));
    token.write(kToken + '\n');
    token.close();

    m_server.start(python,
                   { QStringLiteral("-c"), QString::fromLatin1(kServer), dir.filePath(QStringLiteral("www")),
                     dir.filePath(QStringLiteral("cert.pem")), dir.filePath(QStringLiteral("key.pem")) });
    QVERIFY(m_server.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(m_server.canReadLine(), 10000);
    const int port = m_server.readLine().trimmed().toInt();
    QVERIFY(port > 0);
    m_url = QStringLiteral("https://127.0.0.1:%1/{token}/feed.ics").arg(port);
}

void TestIcsFetch::cleanupTestCase()
{
    if (m_server.state() != QProcess::NotRunning) {
        m_server.kill();
        m_server.waitForFinished();
    }
}

TestIcsFetch::Load TestIcsFetch::load(const QDateTime &now, const QString &cacheDir, bool withCa)
{
    const QDir dir(m_dir.path());
    QByteArray yaml
        = "timezone: UTC\nrotations:\n  - name: pd\n    ics: { url: \"" + m_url.toUtf8() + "\", token_file: token";
    if (withCa)
        yaml += ", ca_file: cert.pem";
    yaml += " }\npeople:\n  aiko: { name: Aiko }\n  ben: { name: Ben }\n";
    OncallResult parsed = parseOncall(yaml, dir.filePath(QStringLiteral("oncall.yaml")), dir.path());
    for (const Problem &p : parsed.problems)
        qWarning() << p.toString();
    Schedule schedule(parsed.schedule);
    CalendarFetchOptions options;
    options.now = now;
    options.cacheDir = cacheDir;
    options.timeout = std::chrono::seconds(5);
    Load out;
    const QDateTime from(QDate(2026, 12, 1), QTime(0, 0), QTimeZone::utc());
    const std::vector<CalendarSourceStatus> sources
        = loadCalendars(schedule, from, from.addDays(30), out.problems, options);
    if (sources.size() == 1)
        out.status = sources.front();
    for (const Shift &s : schedule.shifts(QStringLiteral("pd"), from, from.addDays(30)))
        out.members << s.member;
    return out;
}

QStringList TestIcsFetch::requests()
{
    // http.server writes one access line per request to stderr: "... "GET /path HTTP/1.1" 304 -".
    QTest::qWait(200);
    m_log += QString::fromUtf8(m_server.readAllStandardError());
    QStringList lines;
    for (const QString &line : m_log.split(u'\n', Qt::SkipEmptyParts))
        if (line.contains(QLatin1String("\"GET ")))
            lines << line;
    m_log = m_log.endsWith(u'\n') ? QString() : m_log.section(u'\n', -1);
    return lines;
}

void TestIcsFetch::firstFetchParsesShifts()
{
    const Load l = load(m_t0, m_dir.filePath(QStringLiteral("cache")));
    QVERIFY2(l.problems.isEmpty(), qPrintable(l.problems.value(0).toString()));
    QCOMPARE(l.members, QStringList { QStringLiteral("aiko") });
    QCOMPARE(l.status.fetched, m_t0);
    QVERIFY(!l.status.stale);
    QVERIFY(!l.status.url.contains(QString::fromLatin1(kToken)));
    const QStringList log = requests();
    QCOMPARE(log.size(), 1);
    QVERIFY2(log[0].contains(QLatin1String("\" 200 ")), qPrintable(log[0]));
    // Neither the cache's names nor its contents hold the token.
    for (const QFileInfo &f : QDir(m_dir.filePath(QStringLiteral("cache"))).entryInfoList(QDir::Files)) {
        QVERIFY(!f.fileName().contains(QString::fromLatin1(kToken)));
        QFile file(f.filePath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(!file.readAll().contains(kToken), qPrintable(f.fileName()));
    }
}

void TestIcsFetch::withinTheHourTheNetworkIsNotAsked()
{
    const Load l = load(m_t0.addSecs(30 * 60), m_dir.filePath(QStringLiteral("cache")));
    QVERIFY(l.problems.isEmpty());
    QCOMPARE(l.members, QStringList { QStringLiteral("aiko") });
    QCOMPARE(l.status.fetched, m_t0);
    QVERIFY(!l.status.stale);
    QCOMPARE(requests().size(), 0);
}

void TestIcsFetch::afterTheIntervalA304KeepsTheCopy()
{
    const QDateTime now = m_t0.addSecs(61 * 60);
    const Load l = load(now, m_dir.filePath(QStringLiteral("cache")));
    QVERIFY(l.problems.isEmpty());
    QCOMPARE(l.members, QStringList { QStringLiteral("aiko") });
    QCOMPARE(l.status.fetched, now);
    const QStringList log = requests();
    QCOMPARE(log.size(), 1);
    QVERIFY2(log[0].contains(QLatin1String("\" 304 ")), qPrintable(log[0]));
}

void TestIcsFetch::changedFileShowsNewShifts()
{
    QFile feed(m_dir.filePath(QStringLiteral("www/%1/feed.ics").arg(QString::fromLatin1(kToken))));
    QVERIFY(feed.open(QIODevice::WriteOnly | QIODevice::Truncate));
    feed.write(calendar("ben"));
    // Last-Modified has whole seconds: make the change visible to If-Modified-Since.
    QVERIFY(feed.setFileTime(QDateTime::currentDateTimeUtc().addSecs(5), QFileDevice::FileModificationTime));
    feed.close();

    // Still within the hour of the 304: the cached copy, no request.
    Load l = load(m_t0.addSecs(90 * 60), m_dir.filePath(QStringLiteral("cache")));
    QCOMPARE(l.members, QStringList { QStringLiteral("aiko") });
    QCOMPARE(requests().size(), 0);

    const QDateTime now = m_t0.addSecs(2 * 3600 + 60);
    l = load(now, m_dir.filePath(QStringLiteral("cache")));
    QVERIFY(l.problems.isEmpty());
    QCOMPARE(l.members, QStringList { QStringLiteral("ben") });
    QCOMPARE(l.status.fetched, now);
    const QStringList log = requests();
    QCOMPARE(log.size(), 1);
    QVERIFY2(log[0].contains(QLatin1String("\" 200 ")), qPrintable(log[0]));
}

void TestIcsFetch::serverDownKeepsLastGoodDataFlaggedStale()
{
    m_server.kill();
    QVERIFY(m_server.waitForFinished());
    const QDateTime lastGood = m_t0.addSecs(2 * 3600 + 60);
    const Load l = load(m_t0.addSecs(4 * 3600), m_dir.filePath(QStringLiteral("cache")));
    QCOMPARE(l.members, QStringList { QStringLiteral("ben") });
    QCOMPARE(l.status.fetched, lastGood);
    QVERIFY(l.status.stale);
    QVERIFY(l.status.refreshFailed);
    QVERIFY(!l.status.unreachable);
    QCOMPARE(l.problems.size(), 1);
    const QString warning = l.problems.front().toString();
    QVERIFY(!l.problems.front().isError());
    QVERIFY2(warning.contains(QLatin1String("\"pd\"")), qPrintable(warning));
    QVERIFY2(warning.contains(QLatin1String("/{token}/feed.ics")), qPrintable(warning));
    QVERIFY2(!warning.contains(QString::fromLatin1(kToken)), qPrintable(warning));

    // Without a cached copy the rotation has no shifts and the error names the redacted URL.
    const Load none = load(m_t0, m_dir.filePath(QStringLiteral("empty-cache")));
    QVERIFY(none.members.isEmpty());
    QVERIFY(none.status.unreachable);
    QCOMPARE(none.problems.size(), 1);
    QVERIFY(none.problems.front().isError());
    QVERIFY(!none.problems.front().toString().contains(QString::fromLatin1(kToken)));
}

void TestIcsFetch::verificationStaysOnWithoutTheCa()
{
    // A new server with the same self-signed certificate, but the source names no ca_file: the
    // system's CAs do not know it, so the fetch fails instead of trusting it.
    initTestCase();
    const Load l = load(m_t0, m_dir.filePath(QStringLiteral("no-ca-cache")), false);
    QVERIFY(l.members.isEmpty());
    QVERIFY(l.status.unreachable);
    QCOMPARE(l.problems.size(), 1);
    QVERIFY(!l.problems.front().toString().contains(QString::fromLatin1(kToken)));
    QCOMPARE(requests().size(), 0); // the TLS handshake failed: no request reached the handler
}

void TestIcsFetch::failingFeedBacksOffThenRecovers()
{
    // The server of the previous case (a new port, so a cache of its own; initTestCase wrote Aiko's
    // feed again), with the CA this time.
    // The feed goes missing (404): the server must be asked 1 min later, then 2 min after that, and
    // not in between; once it answers again the wait starts over. The access log counts the requests.
    const QString cache = m_dir.filePath(QStringLiteral("backoff-cache"));
    const QString feed = m_dir.filePath(QStringLiteral("www/%1/feed.ics").arg(QString::fromLatin1(kToken)));
    const QString away = feed + QStringLiteral(".away");
    requests(); // earlier lines
    Load l = load(m_t0, cache);
    QCOMPARE(l.members, QStringList { QStringLiteral("aiko") });
    QCOMPARE(requests().size(), 1);

    QVERIFY(QFile::rename(feed, away));
    const QDateTime t1 = m_t0.addSecs(61 * 60); // the copy is due for a refresh
    l = load(t1, cache);
    QCOMPARE(l.members, QStringList { QStringLiteral("aiko") }); // the last good copy
    QVERIFY(l.status.refreshFailed && l.status.stale && !l.status.unreachable && !l.status.backingOff);
    QCOMPARE(l.status.failures, 1);
    QCOMPARE(l.status.nextAttempt, t1.addSecs(60));
    QVERIFY2(l.status.error.contains(QLatin1String("404")), qPrintable(l.status.error));
    QVERIFY(!l.status.error.contains(QString::fromLatin1(kToken)));
    QCOMPARE(l.problems.size(), 1);
    QVERIFY2(l.problems.front().message.contains(QLatin1String("next try")), qPrintable(l.problems.front().message));
    QStringList log = requests();
    QCOMPARE(log.size(), 1);
    QVERIFY2(log[0].contains(QLatin1String("\" 404 ")), qPrintable(log[0]));

    // Within the minute: not asked.
    l = load(t1.addSecs(30), cache);
    QVERIFY(l.status.backingOff && l.status.refreshFailed);
    QCOMPARE(l.status.nextAttempt, t1.addSecs(60));
    QCOMPARE(l.members, QStringList { QStringLiteral("aiko") });
    QCOMPARE(requests().size(), 0);

    // At the retry time: asked, 404 again, and now 2 min to wait.
    l = load(t1.addSecs(60), cache);
    QCOMPARE(l.status.failures, 2);
    QCOMPARE(l.status.nextAttempt, t1.addSecs(180));
    QCOMPARE(requests().size(), 1);
    l = load(t1.addSecs(179), cache);
    QVERIFY(l.status.backingOff);
    QCOMPARE(requests().size(), 0);

    // The feed is back: the next try succeeds and clears the failures.
    QVERIFY(QFile::rename(away, feed));
    const QDateTime t2 = t1.addSecs(180);
    l = load(t2, cache);
    QVERIFY2(l.problems.isEmpty(), qPrintable(l.problems.value(0).toString()));
    QVERIFY(!l.status.refreshFailed && !l.status.stale);
    QCOMPARE(l.status.failures, 0);
    QVERIFY(!l.status.nextAttempt.isValid());
    QCOMPARE(l.status.fetched, t2);
    QCOMPARE(requests().size(), 1);

    // A success starts over: the next failure waits 1 min again, not 4.
    QVERIFY(QFile::rename(feed, away));
    const QDateTime t3 = t2.addSecs(61 * 60);
    l = load(t3, cache);
    QCOMPARE(l.status.failures, 1);
    QCOMPARE(l.status.nextAttempt, t3.addSecs(60));
    QCOMPARE(requests().size(), 1);
    QVERIFY(QFile::rename(away, feed));
}

QTEST_GUILESS_MAIN(TestIcsFetch)
#include "tst_ics_fetch.moc"
