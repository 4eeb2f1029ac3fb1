// The generated rules firing live in a running Prometheus, against the alert replay
// (models/replay) and the generator's exact counts. The test starts its own Prometheus
// (live-fixture.sh; not a CTest fixture, which may be set up long before the test runs). It serves the demo
// world's history up to a moment a minute or so after it started, the crossing, with a full
// outage of payments-api in the three minutes before it, and the SLO's recording rules backfilled
// by promtool up to and at the crossing. Prometheus' rule manager evaluates the SLO's generated
// alerting rules every 5 s (their interval is the only change) while the wall clock passes the
// crossing. Checked:
//   - the replay of the raw counters, at the rules' 5m slots, fires no tier at the slot before the
//     crossing and fires at the crossing the tiers the exact counts say (page-fast at least);
//   - before the crossing Prometheus has evaluated the rules and nothing fires;
//   - after it, exactly those tiers fire: their activeAt (/api/v1/alerts) and the first sample of
//     their `ALERTS` series lie within a few live evaluations after the crossing.
// tst_replay_promtool and tst_replay_vmalert compare the replay with the two rule engines over
// the past; this is the same comparison with Prometheus evaluating in real time.
#include "prometheusclient.h"
#include "replay.h"
#include "replaysource.h"
#include "rulegen.h"
#include "workspace.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>
#include <QThread>
#include <QTimeZone>

#include <map>
#include <set>

using namespace sre;
using namespace std::chrono_literals;

namespace {
constexpr qint64 kStep = rules::kRuleStep.count(); // the generated groups' interval
constexpr qint64 kLiveInterval = 5; // the fixture's interval for the alerting rules
// A live evaluation may be late or skipped under load: the firing start must come within this.
constexpr qint64 kLiveSlack = 3 * kLiveInterval;
constexpr auto kSlo = "payments-api/availability";

QString fixtureFile(const char *name)
{
    QFile f(qEnvironmentVariable("SRE_TEST_LIVE_DIR") + QLatin1Char('/') + QLatin1String(name));
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readLine()).trimmed() : QString();
}

double nowSeconds()
{
    return double(QDateTime::currentMSecsSinceEpoch()) / 1000.0;
}

QString utcText(double t)
{
    return QDateTime::fromMSecsSinceEpoch(qint64(t * 1000), QTimeZone::utc()).toString(Qt::ISODateWithMs);
}

bool firesAt(const replay::TierReplay &tier, qint64 t)
{
    for (const replay::FiringSpan &f : tier.firings)
        if (f.start <= t && (f.open ? t <= f.end : t < f.end))
            return true;
    return false;
}

QString joined(const std::set<QString> &names)
{
    return QStringList(names.begin(), names.end()).join(QStringLiteral(", "));
}
} // namespace

class TestReplayLive final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void firesLiveWhereTheReplayFires();
    void cleanupTestCase();

private:
    bool runFixture(const QStringList &arguments, int timeoutMs, QByteArray *log);
    QJsonObject getJson(const QString &path);
    // The generator's exact events of the service in (from, to] of the fixture's history.
    std::pair<double, double> exactBadAndTotal(qint64 from, qint64 to);

    ws::Workspace m_workspace;
    std::unique_ptr<prom::PrometheusClient> m_client;
    qint64 m_crossing = 0;
    qint64 m_end = 0;
    QString m_outage;
};

bool TestReplayLive::runFixture(const QStringList &arguments, int timeoutMs, QByteArray *log)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral("bash"),
            QStringList { qEnvironmentVariable("SRE_LIVE_FIXTURE") } + arguments
                + QStringList { QStringLiteral("--dir"), qEnvironmentVariable("SRE_TEST_LIVE_DIR") });
    const bool finished = p.waitForFinished(timeoutMs);
    *log = p.readAll();
    return finished && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

void TestReplayLive::initTestCase()
{
    QByteArray log;
    const bool started = runFixture(
        { QStringLiteral("start"), QStringLiteral("--generator"), qEnvironmentVariable("SRE_DEMO_HISTORY"),
          QStringLiteral("--srectl"), qEnvironmentVariable("SRE_SRECTL"), QStringLiteral("--workspace"),
          QStringLiteral(SRE_SOURCE_DIR "/resources/demo"), QStringLiteral("--slo"), QLatin1String(kSlo),
          QStringLiteral("--service"), QStringLiteral("payments-api"), QStringLiteral("--lead"), QStringLiteral("30") },
        600000, &log); // up to three tries (live-fixture.sh)
    QVERIFY2(started, log.constData());
    qInfo("%s", log.trimmed().constData());
    const QString url = fixtureFile("prometheus/url");
    QVERIFY2(!url.isEmpty(), "the prometheus_live fixture did not write its URL");
    m_crossing = fixtureFile("crossing").toLongLong();
    m_end = fixtureFile("end").toLongLong();
    m_outage = fixtureFile("outage");
    QVERIFY(m_crossing > 0 && m_end >= m_crossing && !m_outage.isEmpty());
    m_workspace.openBlocking(QStringLiteral(SRE_SOURCE_DIR "/resources/demo"));
    DatasourceConfig ds;
    ds.name = QStringLiteral("prometheus-live");
    ds.url = QUrl(url);
    ds.timeout = 60s;
    m_client = std::make_unique<prom::PrometheusClient>(ds);
}

QJsonObject TestReplayLive::getJson(const QString &path)
{
    auto f = m_client->get(path);
    f.waitForFinished();
    const prom::RawResponse r = f.result();
    if (r.error || r.httpStatus != 200)
        return {};
    return QJsonDocument::fromJson(r.body).object().value(QStringLiteral("data")).toObject();
}

std::pair<double, double> TestReplayLive::exactBadAndTotal(qint64 from, qint64 to)
{
    QProcess p;
    p.start(qEnvironmentVariable("SRE_DEMO_HISTORY"),
            { QStringLiteral("counts"), QStringLiteral("--service"), m_outage.section(QLatin1Char(','), 0, 0),
              QStringLiteral("--from"), QString::number(from), QStringLiteral("--to"), QString::number(to),
              QStringLiteral("--end"), QString::number(m_end), QStringLiteral("--days"), QStringLiteral("4"),
              QStringLiteral("--outage"), m_outage });
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        return { -1, -1 };
    const QJsonObject o = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
    return { o.value(QStringLiteral("bad")).toDouble(), o.value(QStringLiteral("total")).toDouble() };
}

void TestReplayLive::firesLiveWhereTheReplayFires()
{
    const slo::SloSpec *spec = m_workspace.findSlo(QLatin1String(kSlo));
    QVERIFY(spec);
    const rules::SloRules generated = rules::generateRules(*spec);
    const std::vector<replay::ReplayTier> tiers = replay::replayTiers(*spec);
    QVERIFY(tiers.size() >= 2);
    QCOMPARE(generated.alerts.size(), tiers.size());
    QVERIFY2(nowSeconds() < double(m_crossing) - 1,
             qPrintable(QStringLiteral("the fixture was ready too late: it is %1, the crossing was at %2 "
                                       "(raise live-fixture.sh --lead)")
                            .arg(utcText(nowSeconds()), utcText(double(m_crossing)))));

    // The replay of the raw counters, up to the crossing (in the fixture's history already, ahead
    // of the wall clock). Its evaluations are the multiples of its step; the rules' slots are
    // whole minutes, not multiples of 5m, so it steps by the minute: the crossing and the slot
    // before it are among its evaluations.
    const qint64 from = m_crossing - 6 * kStep;
    auto fetched = replay::fetchEvents(*m_client, *spec, from, m_crossing, 60s, replay::longestWindow(tiers));
    fetched.waitForFinished();
    const replay::FetchedEvents events = fetched.result();
    QVERIFY2(!events.error, qPrintable(events.error ? events.error->toString() : QString()));
    const replay::ReplayResult replayed = replay::replay(*spec, events.series, tiers, {}, from, m_crossing, 60s);
    QCOMPARE(replayed.tiers.size(), tiers.size());

    // What the exact counts say: a tier fires when both its windows burn at least its factor.
    const double allowed = 1.0 - spec->objective;
    std::set<QString> expected;
    for (std::size_t t = 0; t < tiers.size(); ++t) {
        const QString name = replayed.tiers[t].tier.tier.name;
        QVERIFY2(!firesAt(replayed.tiers[t], m_crossing - kStep),
                 qPrintable(name + QStringLiteral(" already fires in the replay before the outage")));
        bool exact = true;
        for (const auto window : { tiers[t].tier.longWindow, tiers[t].tier.shortWindow }) {
            const auto [bad, total] = exactBadAndTotal(m_crossing - window.count(), m_crossing);
            QVERIFY2(total > 0, "sre-demo-history counts failed");
            exact = exact && bad / total / allowed >= tiers[t].factor;
        }
        QVERIFY2(firesAt(replayed.tiers[t], m_crossing) == exact,
                 qPrintable(QStringLiteral("%1: the replay %2 at the crossing, the exact counts say it %3")
                                .arg(name,
                                     firesAt(replayed.tiers[t], m_crossing) ? QStringLiteral("fires")
                                                                            : QStringLiteral("does not fire"),
                                     exact ? QStringLiteral("does") : QStringLiteral("does not"))));
        if (exact)
            expected.insert(name);
    }
    QVERIFY2(expected.contains(QStringLiteral("page-fast")), qPrintable(joined(expected)));

    // Before the crossing: Prometheus evaluates the rules, and nothing fires.
    const auto liveTiers = [&](QString *firstActiveError) {
        std::map<QString, double> firing; // tier -> activeAt
        const QJsonObject data = getJson(QStringLiteral("/api/v1/alerts"));
        for (const QJsonValue v : data.value(QStringLiteral("alerts")).toArray()) {
            const QJsonObject a = v.toObject();
            const QJsonObject labels = a.value(QStringLiteral("labels")).toObject();
            bool ours = labels.value(QStringLiteral("alertname")).toString() == rules::alertName();
            for (auto it = generated.seriesLabels.begin(); it != generated.seriesLabels.end(); ++it)
                ours = ours && labels.value(it.key()).toString() == it.value();
            if (!ours)
                continue;
            const QString tier = labels.value(QStringLiteral("tier")).toString();
            if (a.value(QStringLiteral("state")).toString() != QLatin1String("firing") && firstActiveError)
                *firstActiveError = tier + QStringLiteral(" is ") + a.value(QStringLiteral("state")).toString();
            const QDateTime at
                = QDateTime::fromString(a.value(QStringLiteral("activeAt")).toString(), Qt::ISODateWithMs);
            firing[tier] = at.isValid() ? double(at.toMSecsSinceEpoch()) / 1000.0 : -1;
        }
        return firing;
    };
    double evaluatedBefore = 0;
    while (nowSeconds() < double(m_crossing) - 0.5) {
        const QJsonObject rulesData = getJson(QStringLiteral("/api/v1/rules"));
        for (const QJsonValue g : rulesData.value(QStringLiteral("groups")).toArray()) {
            const QDateTime last = QDateTime::fromString(
                g.toObject().value(QStringLiteral("lastEvaluation")).toString(), Qt::ISODateWithMs);
            if (last.isValid() && last.toSecsSinceEpoch() > 0)
                evaluatedBefore = std::max(evaluatedBefore, double(last.toMSecsSinceEpoch()) / 1000.0);
        }
        const auto early = liveTiers(nullptr);
        if (!early.empty() && nowSeconds() < double(m_crossing))
            QFAIL(qPrintable(QStringLiteral("%1 fires at %2, before the crossing at %3")
                                 .arg(early.begin()->first, utcText(nowSeconds()), utcText(double(m_crossing)))));
        QThread::msleep(500);
    }
    QVERIFY2(evaluatedBefore > 0 && evaluatedBefore < double(m_crossing),
             "Prometheus did not evaluate the alerting rules before the crossing");

    // After it: the same tiers fire, each from an evaluation just after the crossing.
    while (nowSeconds() < double(m_crossing + kLiveSlack) + 1)
        QThread::msleep(500);
    QString notFiring;
    const auto firing = liveTiers(&notFiring);
    QVERIFY2(notFiring.isEmpty(), qPrintable(notFiring));
    std::set<QString> live;
    for (const auto &[tier, activeAt] : firing) {
        live.insert(tier);
        QVERIFY2(activeAt >= double(m_crossing) && activeAt <= double(m_crossing + kLiveSlack),
                 qPrintable(QStringLiteral("%1 active at %2; the crossing was at %3")
                                .arg(tier, utcText(activeAt), utcText(double(m_crossing)))));
    }
    QVERIFY2(live == expected,
             qPrintable(QStringLiteral("Prometheus fires %1; the replay and the exact counts %2")
                            .arg(joined(live), joined(expected))));

    // Its ALERTS series: the first firing sample of each tier, after the crossing.
    QStringList matchers { QStringLiteral("alertname=\"%1\"").arg(rules::alertName()),
                           QStringLiteral("alertstate=\"firing\"") };
    for (auto it = generated.seriesLabels.begin(); it != generated.seriesLabels.end(); ++it)
        matchers << QStringLiteral("%1=\"%2\"").arg(it.key(), it.value());
    auto answer = m_client->query(QStringLiteral("ALERTS{%1}[5m]").arg(matchers.join(QLatin1Char(','))));
    answer.waitForFinished();
    const prom::QueryResult alerts = answer.result();
    QVERIFY2(alerts.ok(), qPrintable(alerts.error ? alerts.error->toString() : QString()));
    std::set<QString> stored;
    for (const prom::Series &s : alerts.series) {
        const QString tier = s.labels.value(QStringLiteral("tier"));
        stored.insert(tier);
        QVERIFY(!s.timestamps.empty());
        const double first = s.timestamps.front();
        QVERIFY2(first >= double(m_crossing) && first <= double(m_crossing + kLiveSlack),
                 qPrintable(QStringLiteral("%1: first ALERTS sample at %2; the crossing was at %3")
                                .arg(tier, utcText(first), utcText(double(m_crossing)))));
    }
    QVERIFY2(stored == expected,
             qPrintable(QStringLiteral("ALERTS has %1; expected %2").arg(joined(stored), joined(expected))));
    qInfo("crossing %s; firing live: %s", qPrintable(utcText(double(m_crossing))), qPrintable(joined(live)));
}

void TestReplayLive::cleanupTestCase()
{
    QByteArray log;
    if (!runFixture({ QStringLiteral("stop") }, 60000, &log))
        qWarning("live-fixture.sh stop: %s", log.constData());
}

QTEST_GUILESS_MAIN(TestReplayLive)
#include "tst_replay_live.moc"
