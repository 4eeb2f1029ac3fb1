// srectl alerts history / alerts seen (the built binary) against a real Prometheus whose ALERTS
// series were backfilled from the run list below. The same binary writes that OpenMetrics file as
// the fixture's first step (`tst_alert_history --write-openmetrics FILE`), and every expected
// figure is computed here from the run list by the rules of alerthistory.h (a firing is a run of
// one-minute samples, a missed minute does not end it; short < 10 min; a re-fire starts at most
// 30 min after the previous end; night is 22:00-07:00 in the workspace's Asia/Tokyo, UTC+9),
// never read back from srectl's output.
#include "../common/processrun.h"
#include "../common/testfiles.h"
#include "alerthistoryloader.h"
#include "demoworkspace.h"
#include "fixtureenv.h"
#include "noisiestalertsmodel.h"
#include "prometheusclient.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace sre;

namespace {

constexpr qint64 kEnd = 1793491200; // 2026-11-01T00:00:00Z
constexpr qint64 kDay = 86400;
constexpr qint64 kMin = 60;

struct Run
{
    const char *alert;
    const char *labels; // OpenMetrics label pairs besides alertname and alertstate
    qint64 start; // Unix seconds, whole minutes
    int minutes; // length of the firing: one sample a minute
    int missedMinute = -1; // a rule evaluation that wrote nothing (does not end the firing)
};

const QList<Run> &runs()
{
    static const QList<Run> list = [] {
        QList<Run> r;
        // The issue's example: 5, 20 and 40 minutes, the 20-minute one re-firing 10 minutes after
        // the first resolved. 14:00Z is 23:00 in Tokyo.
        const qint64 a = kEnd - 5 * kDay + 14 * 3600;
        r << Run { "HighErrorRate", R"(service="checkout",severity="page")", a, 5 };
        r << Run { "HighErrorRate", R"(service="checkout",severity="page")", a + 5 * kMin + 10 * kMin, 20 };
        r << Run { "HighErrorRate", R"(service="checkout",severity="page")", a + 35 * kMin + 3 * 3600, 40 };
        r << Run { "DiskFilling", R"(instance="db-1",severity="warning")", kEnd - 20 * kDay + 3 * 3600, 90, 30 };
        r << Run { "DiskFilling", R"(instance="db-1",severity="warning")", kEnd - 2 * kDay + 3600, 8 };
        // 22:00Z is 07:00 in Tokyo: day.
        r << Run { "DiskFilling", R"(instance="db-2",severity="warning")", kEnd - 12 * kDay + 22 * 3600, 15 };
        r << Run { "ErrorBudgetBurn", R"(severity="critical")", kEnd - 3 * kDay + 6 * 3600, 25 };
        r << Run { "ErrorBudgetBurn", R"(severity="critical")", kEnd - kDay + 6 * 3600, 12 };
        // Before the 30 days: in no answer.
        r << Run { "OldAlert", R"(severity="page")", kEnd - 40 * kDay, 30 };
        return r;
    }();
    return list;
}

// When the run's alert became active: its first pending evaluation (the first run has 5 minutes
// of pending before it fires; the others fire at once).
qint64 activeAt(const Run &r)
{
    return &r == &runs().front() ? r.start - 5 * kMin : r.start;
}

QByteArray openMetrics()
{
    QByteArray om = "# TYPE ALERTS gauge\n";
    auto sample = [&](const Run &r, const char *state, qint64 t) {
        om += "ALERTS{alertname=\"" + QByteArray(r.alert) + "\",alertstate=\"" + state + "\"," + r.labels + "} 1 "
            + QByteArray::number(t) + '\n';
    };
    // Series by series, each in time order, as promtool wants them.
    QList<QByteArray> seen;
    for (const Run &first : runs()) {
        const QByteArray key = QByteArray(first.alert) + first.labels;
        if (seen.contains(key))
            continue;
        seen << key;
        for (const Run &r : runs())
            if (QByteArray(r.alert) + r.labels == key)
                for (int m = 0; m < r.minutes; ++m)
                    if (m != r.missedMinute)
                        sample(r, "firing", r.start + m * kMin);
    }
    // Pending before the first firing (the rule's `for:`), and an alert that never fired.
    for (int m = 1; m <= 5; ++m)
        sample(runs().front(), "pending", runs().front().start - (6 - m) * kMin);
    sample(Run { "SlowQueries", R"(severity="page")", 0, 0 }, "pending", kEnd - 4 * kDay);
    // ALERTS_FOR_STATE, as Prometheus writes it at each evaluation of an active alert: the alert's
    // labels (no alertstate), the value its activeAt. The first run was pending for 5 minutes.
    om += "# TYPE ALERTS_FOR_STATE gauge\n";
    seen.clear();
    for (const Run &first : runs()) {
        const QByteArray key = QByteArray(first.alert) + first.labels;
        if (seen.contains(key))
            continue;
        seen << key;
        for (const Run &r : runs()) {
            if (QByteArray(r.alert) + r.labels != key)
                continue;
            const int pending = &r == &runs().front() ? 5 : 0;
            for (int m = -pending; m < r.minutes; ++m)
                if (m != r.missedMinute)
                    om += "ALERTS_FOR_STATE{alertname=\"" + QByteArray(r.alert) + "\"," + r.labels + "} "
                        + QByteArray::number(activeAt(r)) + ' ' + QByteArray::number(r.start + m * kMin) + '\n';
        }
    }
    return om + "# EOF\n";
}

struct Expected
{
    int firings = 0;
    qint64 total = 0;
    qint64 median = 0;
    int shortOnes = 0;
    int refires = 0;
    int night = 0;
    QList<qint64> starts;
};

// By alert name + labels text, over [from, to] (no run crosses the edges here).
QMap<QString, Expected> expected(qint64 from, qint64 to)
{
    QMap<QString, QList<Run>> byKey;
    for (const Run &r : runs())
        if (r.start >= from && r.start + r.minutes * kMin <= to)
            byKey[QString::fromLatin1(r.alert) + QString::fromLatin1(r.labels)] << r;
    QMap<QString, Expected> out;
    for (auto it = byKey.cbegin(); it != byKey.cend(); ++it) {
        Expected e;
        QList<qint64> durations;
        const Run *previous = nullptr;
        for (const Run &r : it.value()) {
            ++e.firings;
            durations << r.minutes * kMin;
            e.total += r.minutes * kMin;
            e.shortOnes += r.minutes < 10;
            if (previous && r.start - (previous->start + previous->minutes * kMin) <= 30 * kMin)
                ++e.refires;
            const qint64 tokyoHour = (r.start / 3600 + 9) % 24;
            e.night += tokyoHour >= 22 || tokyoHour < 7;
            e.starts << r.start;
            previous = &r;
        }
        std::sort(durations.begin(), durations.end());
        const qsizetype n = durations.size();
        e.median = n % 2 ? durations[n / 2] : (durations[n / 2 - 1] + durations[n / 2]) / 2;
        out.insert(it.key(), e);
    }
    return out;
}

// `name{k="v",…}` of a JSON row, in the run list's label order (alphabetical there too).
QString keyOf(const QJsonObject &row)
{
    QStringList pairs;
    const QJsonObject labels = row[u"labels"].toObject();
    for (auto it = labels.begin(); it != labels.end(); ++it)
        pairs << QStringLiteral("%1=\"%2\"").arg(it.key(), it.value().toString());
    return row[u"alertname"].toString() + pairs.join(u',');
}

QString iso(qint64 t)
{
    return QDateTime::fromSecsSinceEpoch(t, Qt::UTC).toString(Qt::ISODate);
}

} // namespace

class TestAlertHistory : public QObject
{
    Q_OBJECT

    QString m_url;
    QTemporaryDir m_dir;

    QString workspace(const QString &name, const QString &url)
    {
        return testing::prometheusWorkspace(m_dir.filePath(name), url);
    }

private slots:
    void initTestCase()
    {
        m_url = testing::fixtureUrl("SRE_TEST_PROMETHEUS_ALERTS_URL_FILE");
        QVERIFY2(!m_url.isEmpty(), "no fixture Prometheus (SRE_TEST_PROMETHEUS_ALERTS_URL_FILE)");
        QVERIFY(m_dir.isValid());
    }

    void history_data()
    {
        QTest::addColumn<int>("days");
        QTest::newRow("30 days") << 30;
        QTest::newRow("7 days") << 7;
    }

    void history()
    {
        QFETCH(int, days);
        const qint64 from = kEnd - days * kDay;
        const QString ws = workspace(QStringLiteral("history"), m_url);
        const testing::ProcessRun r = testing::runSrectl(
            ws,
            { QStringLiteral("alerts"), QStringLiteral("history"), QStringLiteral("--from"), QString::number(from),
              QStringLiteral("--to"), QString::number(kEnd), QStringLiteral("--format"), QStringLiteral("json") });
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QJsonArray rows = QJsonDocument::fromJson(r.out).array();
        const QMap<QString, Expected> want = expected(from, kEnd);
        QCOMPARE(rows.size(), want.size());
        double previousPages = 1e9;
        for (const QJsonValue &v : rows) {
            const QJsonObject row = v.toObject();
            const QString key = keyOf(row);
            QVERIFY2(want.contains(key), qPrintable(key));
            const Expected &e = want[key];
            QCOMPARE(row[u"firingCount"].toInt(), e.firings);
            QCOMPARE(row[u"totalSeconds"].toInteger(), e.total);
            QCOMPARE(row[u"medianSeconds"].toInteger(), e.median);
            QCOMPARE(row[u"shortFirings"].toInt(), e.shortOnes);
            QCOMPARE(row[u"refires"].toInt(), e.refires);
            QCOMPARE(row[u"flapScore"].toInt(), e.shortOnes + e.refires);
            QCOMPARE(row[u"nightPages"].toInt(), e.night);
            QCOMPARE(row[u"pagesPerWeek"].toDouble(), e.firings * 7.0 / days);
            const QJsonArray firings = row[u"firings"].toArray();
            QCOMPARE(firings.size(), e.starts.size());
            for (qsizetype i = 0; i < firings.size(); ++i)
                QCOMPARE(firings[i].toObject()[u"start"].toString(), iso(e.starts[i]));
            // The Noisiest alerts order: pages per week, most first.
            QVERIFY(row[u"pagesPerWeek"].toDouble() <= previousPages);
            previousPages = row[u"pagesPerWeek"].toDouble();
        }
        if (days == 30) { // the issue's example, spelled out once
            const Expected &e = want[QStringLiteral("HighErrorRateservice=\"checkout\",severity=\"page\"")];
            QCOMPARE(e.firings, 3);
            QCOMPARE(e.shortOnes + e.refires, 2);
        }
    }

    // A period that begins inside a firing cuts it (clippedStart); srectl's JSON then gives the
    // firing's activeSince, the alert's activeAt from ALERTS_FOR_STATE at the period's start: for
    // HighErrorRate's first run the start of its 5 minutes of pending, for DiskFilling's 90-minute
    // run (with a missed minute) its first firing minute. Later firings have none.
    void activeSinceFromAlertsForState_data()
    {
        QTest::addColumn<int>("run");
        QTest::addColumn<int>("minutesIn");
        QTest::newRow("HighErrorRate, pending first") << 0 << 2;
        QTest::newRow("DiskFilling, past its missed minute") << 3 << 45;
    }

    void activeSinceFromAlertsForState()
    {
        QFETCH(int, run);
        QFETCH(int, minutesIn);
        const Run &r = runs()[run];
        const qint64 from = r.start + minutesIn * kMin;
        const QString ws = workspace(QStringLiteral("active-since"), m_url);
        const testing::ProcessRun p = testing::runSrectl(
            ws,
            { QStringLiteral("alerts"), QStringLiteral("history"), QStringLiteral("--from"), QString::number(from),
              QStringLiteral("--to"), QString::number(kEnd), QStringLiteral("--format"), QStringLiteral("json") });
        QVERIFY2(p.exitCode == 0, qPrintable(p.describe()));
        const QString wantKey = QString::fromLatin1(r.alert) + QString::fromLatin1(r.labels);
        bool found = false;
        for (const QJsonValue &v : QJsonDocument::fromJson(p.out).array()) {
            const QJsonObject row = v.toObject();
            const QJsonArray firings = row[u"firings"].toArray();
            if (keyOf(row) != wantKey) {
                for (const QJsonValue &f : firings) // nothing else is cut at this instant
                    QVERIFY2(!f.toObject().contains(u"activeSince"), qPrintable(keyOf(row)));
                continue;
            }
            found = true;
            const QJsonObject first = firings.at(0).toObject();
            QVERIFY(first[u"clippedStart"].toBool());
            QCOMPARE(first[u"start"].toString(), iso(from));
            QCOMPARE(first[u"seconds"].toInteger(), (r.minutes - minutesIn) * kMin);
            QCOMPARE(first[u"activeSince"].toString(), iso(activeAt(r)));
            for (qsizetype i = 1; i < firings.size(); ++i)
                QVERIFY(!firings.at(i).toObject().contains(u"activeSince"));
        }
        QVERIFY2(found, qPrintable(wantKey));
    }

    // What a view sits on: the loader fetches off the GUI thread, the newest request wins, and the
    // Noisiest alerts model shows the same figures.
    void loaderAndModel()
    {
        DatasourceConfig ds;
        ds.name = QStringLiteral("prod");
        ds.url = QUrl(m_url);
        prom::PrometheusClient client(ds);
        AlertHistoryLoader loader;
        QSignalSpy spy(&loader, &AlertHistoryLoader::loaded);
        loader.load(client, alerting::lastPeriod(kEnd, 30 * kDay, QStringLiteral("Asia/Tokyo")));
        loader.load(client, alerting::lastPeriod(kEnd, 7 * kDay, QStringLiteral("Asia/Tokyo")));
        QVERIFY(loader.isLoading());
        QVERIFY(spy.wait(60000));
        QTest::qWait(200); // the 30-day answer, had it not been dropped, would arrive too
        QCOMPARE(spy.count(), 1);
        if (!loader.history().ok())
            QFAIL(qPrintable(loader.history().error->toString()));
        QCOMPARE(loader.history().from, kEnd - 7 * kDay);
        const QMap<QString, Expected> want = expected(kEnd - 7 * kDay, kEnd);
        NoisiestAlertsModel model;
        model.setHistory(loader.history());
        QCOMPARE(model.rowCount(), int(want.size()));
        int firings = 0, wantFirings = 0;
        for (int row = 0; row < model.rowCount(); ++row)
            firings += model.index(row, NoisiestAlertsModel::Firings).data(SortRole).toInt();
        for (const Expected &e : want)
            wantFirings += e.firings;
        QCOMPARE(firings, wantFirings);
    }

    void formatsAndExitCodes()
    {
        const QString ws = workspace(QStringLiteral("formats"), m_url);
        const QStringList range { QStringLiteral("--from"), QString::number(kEnd - 30 * kDay), QStringLiteral("--to"),
                                  QString::number(kEnd) };
        testing::ProcessRun r
            = testing::runSrectl(ws, QStringList { QStringLiteral("alerts"), QStringLiteral("history") } + range);
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY(r.out.contains("HighErrorRate"));
        QVERIFY(!r.out.contains("OldAlert"));
        QVERIFY(!r.out.contains("SlowQueries")); // pending only
        r = testing::runSrectl(ws,
                               QStringList { QStringLiteral("alerts"), QStringLiteral("history"),
                                             QStringLiteral("--format"), QStringLiteral("markdown") }
                                   + range);
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY(r.out.startsWith("| "));
        r = testing::runSrectl(
            ws,
            { QStringLiteral("alerts"), QStringLiteral("history"), QStringLiteral("--period"), QStringLiteral("7d") });
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        r = testing::runSrectl(ws,
                               { QStringLiteral("alerts"), QStringLiteral("history"), QStringLiteral("--period"),
                                 QStringLiteral("soon") });
        QCOMPARE(r.exitCode, 2);
        const QString dead = workspace(QStringLiteral("dead"), QStringLiteral("http://127.0.0.1:1"));
        r = testing::runSrectl(dead, { QStringLiteral("alerts"), QStringLiteral("history") });
        QCOMPARE(r.exitCode, 3);
    }

    // The demo workspace, pointed at this Prometheus: INC-2025-001 names ErrorBudgetBurn in its
    // front matter, and shares the service myapp-api with MyappApiDbPoolSaturation's rule.
    void seenBefore()
    {
        const QString demo = m_dir.filePath(QStringLiteral("demo"));
        QVERIFY(testing::makeDemoWorkspace(demo, m_url));
        testing::ProcessRun r = testing::runSrectl(
            demo,
            { QStringLiteral("alerts"), QStringLiteral("seen"), QStringLiteral("ErrorBudgetBurn"),
              QStringLiteral("--at"), QString::number(kEnd), QStringLiteral("--format"), QStringLiteral("json") });
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QJsonObject seen = QJsonDocument::fromJson(r.out).array().at(0).toObject();
        const QJsonObject history = seen[u"history"].toObject();
        QVERIFY(history[u"known"].toBool());
        QList<qint64> starts;
        for (const Run &run : runs())
            if (qstrcmp(run.alert, "ErrorBudgetBurn") == 0)
                starts << run.start;
        QCOMPARE(history[u"firings"].toInt(), int(starts.size()));
        QCOMPARE(history[u"lastFired"].toString(), iso(starts.last()));
        const QJsonArray pms = seen[u"postmortems"].toArray();
        QVERIFY(!pms.isEmpty());
        const QJsonObject first = pms.at(0).toObject();
        QCOMPARE(first[u"id"].toString(), QStringLiteral("INC-2025-001"));
        QVERIFY(first[u"connections"].toArray().contains(QStringLiteral("alerts")));
        // The demo's action items table has no status column: all five rows are open.
        QCOMPARE(first[u"openActionItems"].toArray().size(), qsizetype(5));

        r = testing::runSrectl(demo,
                               { QStringLiteral("alerts"), QStringLiteral("seen"),
                                 QStringLiteral("MyappApiDbPoolSaturation"), QStringLiteral("--at"),
                                 QString::number(kEnd), QStringLiteral("--format"), QStringLiteral("json") });
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QJsonObject db = QJsonDocument::fromJson(r.out).array().at(0).toObject();
        QCOMPARE(db[u"history"].toObject()[u"firings"].toInt(), 0);
        bool found = false;
        for (const QJsonValue &v : db[u"postmortems"].toArray())
            found = found
                || (v.toObject()[u"id"].toString() == QStringLiteral("INC-2025-001")
                    && v.toObject()[u"connections"].toArray().contains(QStringLiteral("service")));
        QVERIFY2(found, r.out.constData());

        // No Prometheus: what the workspace knows is printed all the same, and the exit code says 3.
        const QString deadDemo = m_dir.filePath(QStringLiteral("demo-dead"));
        QVERIFY(testing::makeDemoWorkspace(deadDemo, QStringLiteral("http://127.0.0.1:1")));
        r = testing::runSrectl(deadDemo,
                               { QStringLiteral("alerts"), QStringLiteral("seen"), QStringLiteral("ErrorBudgetBurn") });
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.out.contains("INC-2025-001"), r.out.constData());
        r = testing::runSrectl(demo, { QStringLiteral("alerts"), QStringLiteral("seen") });
        QCOMPARE(r.exitCode, 2);
    }
};

int main(int argc, char **argv)
{
    // The fixture's first step: the history this test expects, as OpenMetrics for promtool.
    if (argc == 3 && qstrcmp(argv[1], "--write-openmetrics") == 0) {
        QCoreApplication app(argc, argv);
        const QString path = QString::fromLocal8Bit(argv[2]);
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(openMetrics()) < 0)
            return 1;
        return 0;
    }
    QCoreApplication app(argc, argv);
    TestAlertHistory test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_alert_history.moc"
