// The generated rules (srectl slo rules) under VictoriaMetrics' own rule engine, against the alert
// replay (models/replay). vmalert, in its replay mode, evaluates the rules over the generated
// history in a VictoriaMetrics of the test's own (fixture victoriametrics_rules) and writes what
// they produce back into it: first the recording rules, from three days (the longest window)
// before the compared range, then the alerting rules, whose `ALERTS` series say at which 5m
// evaluation each tier fired. The replay of the same history, from the raw counters (not from
// the recorded series) at the rules' own step, must fire every tier at exactly those evaluations:
// every demo SLO over the history's last day, and around the incidents that make tiers fire (two
// event-ratio SLOs and a timeslice one). There, a replay with every factor 10 % higher must fire
// elsewhere, so the comparison is not vacuous. tst_replay_promtool does the same against
// Prometheus' rule engine (promtool test rules).
#include "fixtureenv.h"
#include "prometheusclient.h"
#include "replay.h"
#include "replaysource.h"
#include "rulegen.h"
#include "rulesyaml.h"
#include "workspace.h"

#include <QDateTime>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QUrlQuery>

#include <yaml-cpp/yaml.h>

#include <set>

using namespace sre;
using namespace std::chrono_literals;

namespace {
constexpr qint64 kDay = 86400;
constexpr qint64 kStep = rules::kRuleStep.count(); // the groups' interval, vmalert's replay step

qint64 alignDown(qint64 t)
{
    return t / kStep * kStep;
}

QString rfc3339(qint64 t)
{
    return QDateTime::fromSecsSinceEpoch(t, QTimeZone::utc()).toString(Qt::ISODate);
}

// The rule file `yaml` with only the rules that have `key` ("record" or "alert") in each group;
// groups left empty are dropped.
QByteArray onlyRules(const QByteArray &yaml, const char *key)
{
    const YAML::Node doc = YAML::Load(yaml.toStdString());
    YAML::Node groups(YAML::NodeType::Sequence);
    for (const YAML::Node &g : doc["groups"]) {
        YAML::Node kept(YAML::NodeType::Sequence);
        for (const YAML::Node &r : g["rules"])
            if (r[key])
                kept.push_back(r);
        if (kept.size() == 0)
            continue;
        YAML::Node group;
        group["name"] = g["name"];
        group["interval"] = g["interval"];
        group["rules"] = kept;
        groups.push_back(group);
    }
    YAML::Node root;
    root["groups"] = groups;
    YAML::Emitter out;
    out << root;
    return QByteArray(out.c_str());
}

QString timesText(const std::set<qint64> &times)
{
    QStringList out;
    for (const qint64 t : times)
        out << rfc3339(t);
    return out.size() > 12 ? out.mid(0, 12).join(QLatin1Char(' ')) + QStringLiteral(" … (%1)").arg(out.size())
                           : out.join(QLatin1Char(' '));
}

// The evaluations at which the replay has the tier firing.
std::set<qint64> firingEvaluations(const std::vector<replay::FiringSpan> &spans)
{
    std::set<qint64> out;
    for (const replay::FiringSpan &f : spans)
        for (qint64 t = f.start; f.open ? t <= f.end : t < f.end; t += kStep)
            out.insert(t);
    return out;
}

struct Row
{
    QString id;
    qint64 from = 0;
    qint64 to = 0;
    bool incident = false; // a tier must fire, so firings are compared, not only their absence
};
} // namespace

class TestReplayVmalert final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void firesWhereTheReplayFires_data();
    void firesWhereTheReplayFires();

private:
    void runVmalert(const QString &ruleFile, qint64 from, qint64 to);
    void flush();

    ws::Workspace m_workspace;
    std::unique_ptr<prom::PrometheusClient> m_client;
    QString m_url;
    QTemporaryDir m_dir;
    std::vector<Row> m_rows;
};

void TestReplayVmalert::initTestCase()
{
    m_url = testing::fixtureUrl("SRE_TEST_VICTORIA_METRICS_RULES_URL_FILE");
    QVERIFY2(!m_url.isEmpty(), "the victoriametrics_rules fixture did not write its URL");
    QVERIFY(m_dir.isValid());
    m_workspace.openBlocking(QStringLiteral(SRE_SOURCE_DIR "/resources/demo"));
    QVERIFY(m_workspace.slos().items().size() >= 13);
    DatasourceConfig ds;
    ds.name = QStringLiteral("victoria-metrics");
    ds.url = QUrl(m_url);
    ds.timeout = 60s;
    m_client = std::make_unique<prom::PrometheusClient>(ds);

    // What is compared: every SLO with alerts over the history's last day, and the incidents.
    const qint64 end = alignDown(testing::historyEnd());
    qint64 longest = 0;
    for (const slo::SloSpec &s : m_workspace.slos().items()) {
        const std::vector<replay::ReplayTier> tiers = replay::replayTiers(s);
        if (tiers.empty())
            continue;
        longest = std::max<qint64>(longest, replay::longestWindow(tiers).count());
        m_rows.push_back({ s.id(), end - kDay, end, false });
    }
    QVERIFY(m_rows.size() >= 10);
    for (const auto &[id, incident] : { std::pair { "myapp-api/availability", "INC-2025-001" },
                                        std::pair { "payments-api/availability", "INC-2026-014" },
                                        std::pair { "search/p99-under-400ms", "INC-2026-017" } }) {
        const qint64 start
            = qint64(testing::placedIncident(QLatin1String(incident)).value(QStringLiteral("start")).toDouble());
        QVERIFY2(start > 0, incident);
        m_rows.push_back({ QLatin1String(id), alignDown(start - kDay), std::min(alignDown(start + kDay), end), true });
    }
    qint64 from = end;
    for (const Row &r : m_rows)
        from = std::min(from, r.from);

    // The rules of every demo SLO, exactly as srectl slo rules writes them, split in two files.
    const QByteArray text = rules::renderRules(rules::generateAll(m_workspace.slos().items(), m_workspace.dir()),
                                               rules::RuleFormat::Rules);
    const QString recording = m_dir.filePath(QStringLiteral("recording.yaml"));
    const QString alerting = m_dir.filePath(QStringLiteral("alerting.yaml"));
    for (const auto &[path, key] : { std::pair { recording, "record" }, std::pair { alerting, "alert" } }) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(onlyRules(text, key));
    }
    // The recorded series from the longest window before the first compared evaluation, so that
    // every window of every compared evaluation sees its whole past, as the replay's does.
    runVmalert(recording, from - longest - kStep, end);
    flush();
    runVmalert(alerting, from, end);
    flush();
}

void TestReplayVmalert::runVmalert(const QString &ruleFile, qint64 from, qint64 to)
{
    QString vmalert = qEnvironmentVariable("SRE_VMALERT");
    if (vmalert.isEmpty())
        vmalert = QStandardPaths::findExecutable(QStringLiteral("vmalert"));
    QVERIFY2(!vmalert.isEmpty(), "no vmalert (Debian package victoria-metrics)");
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(vmalert,
            { QStringLiteral("-rule=") + ruleFile, QStringLiteral("-datasource.url=") + m_url,
              QStringLiteral("-remoteWrite.url=") + m_url, QStringLiteral("-remoteWrite.flushInterval=1s"),
              QStringLiteral("-replay.timeFrom=") + rfc3339(from), QStringLiteral("-replay.timeTo=") + rfc3339(to),
              QStringLiteral("-replay.disableProgressBar"), QStringLiteral("-replay.rulesDelay=0s"),
              QStringLiteral("-loggerLevel=WARN") });
    QVERIFY2(p.waitForFinished(240000), "vmalert's replay did not finish in 4 minutes");
    const QByteArray log = p.readAll();
    QVERIFY2(p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0, log.constData());
}

// VictoriaMetrics keeps what it was just sent in memory for a moment: make it all searchable.
void TestReplayVmalert::flush()
{
    // An empty 200 (the client's reader, made for JSON, takes its text/html for a sign-in page).
    auto f = m_client->get(QStringLiteral("/internal/force_flush"));
    f.waitForFinished();
    QCOMPARE(f.result().httpStatus, 200);
}

void TestReplayVmalert::firesWhereTheReplayFires_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<qint64>("from");
    QTest::addColumn<qint64>("to");
    QTest::addColumn<bool>("incident");
    for (const Row &r : m_rows)
        QTest::newRow(
            qPrintable(r.id + (r.incident ? QStringLiteral(" around its incident") : QStringLiteral(" last day"))))
            << r.id << r.from << r.to << r.incident;
}

void TestReplayVmalert::firesWhereTheReplayFires()
{
    QFETCH(QString, id);
    QFETCH(qint64, from);
    QFETCH(qint64, to);
    QFETCH(bool, incident);
    const slo::SloSpec *spec = m_workspace.findSlo(id);
    QVERIFY(spec);
    const rules::SloRules generated = rules::generateRules(*spec);
    const std::vector<replay::ReplayTier> tiers = replay::replayTiers(*spec);
    QCOMPARE(generated.alerts.size(), tiers.size());

    // The recording rules ran: their samples cover the range.
    const QString recorded = rules::recordedSelector(generated, rules::totalEventsRecord());
    auto counted = m_client->query(QStringLiteral("count_over_time(%1[%2s])").arg(recorded).arg(to - from),
                                   QDateTime::fromSecsSinceEpoch(to, QTimeZone::utc()));
    counted.waitForFinished();
    QVERIFY2(counted.result().ok() && counted.result().series.size() == 1,
             qPrintable(QStringLiteral("no recorded %1 samples").arg(recorded)));
    QVERIFY(counted.result().series.front().values.front() >= double((to - from) / kStep) * 0.9);

    // The replay of the raw counters at the rules' step.
    auto fetched = replay::fetchEvents(*m_client, *spec, from, to, 60s, replay::longestWindow(tiers));
    fetched.waitForFinished();
    const replay::FetchedEvents events = fetched.result();
    QVERIFY2(!events.error, qPrintable(events.error ? events.error->toString() : QString()));
    const auto incidents = replay::incidentsOf(spec->id(), m_workspace.postmortems().items(), from, to);
    const replay::ReplayResult result
        = replay::replay(*spec, events.series, tiers, incidents, from, to, std::chrono::seconds(kStep));
    QCOMPARE(result.tiers.size(), tiers.size());

    QStringList summary;
    std::size_t firings = 0;
    std::vector<std::set<qint64>> vmalertFired;
    for (std::size_t t = 0; t < tiers.size(); ++t) {
        const QString tier = result.tiers[t].tier.tier.name;
        const std::set<qint64> replayed = firingEvaluations(result.tiers[t].firings);
        // vmalert's: the raw samples of the tier's ALERTS series in [from, to].
        QStringList matchers { QStringLiteral("alertname=\"%1\"").arg(rules::alertName()),
                               QStringLiteral("alertstate=\"firing\""), QStringLiteral("tier=\"%1\"").arg(tier) };
        for (auto it = generated.seriesLabels.begin(); it != generated.seriesLabels.end(); ++it)
            matchers << QStringLiteral("%1=\"%2\"").arg(it.key(), it.value());
        auto answer
            = m_client->query(QStringLiteral("ALERTS{%1}[%2s]").arg(matchers.join(QLatin1Char(','))).arg(to - from + 1),
                              QDateTime::fromSecsSinceEpoch(to, QTimeZone::utc()));
        answer.waitForFinished();
        const prom::QueryResult alerts = answer.result();
        QVERIFY2(alerts.ok(), qPrintable(alerts.error ? alerts.error->toString() : QString()));
        QVERIFY(alerts.series.size() <= 1);
        std::set<qint64> fired;
        for (const prom::Series &s : alerts.series)
            for (const double ts : s.timestamps)
                fired.insert(qint64(ts));
        QVERIFY2(fired == replayed,
                 qPrintable(QStringLiteral("%1: vmalert fires at %2; the replay at %3")
                                .arg(tier, timesText(fired), timesText(replayed))));
        summary << QStringLiteral("%1 %2").arg(tier).arg(fired.size());
        firings += fired.size();
        vmalertFired.push_back(fired);
    }
    qInfo("firing evaluations, both: %s", qPrintable(summary.join(QStringLiteral(", "))));
    if (!incident)
        return;
    QVERIFY2(firings > 0, "no tier fires around the incident");
    // Not vacuous: the same replay with every factor 10 % higher fires elsewhere.
    std::vector<replay::ReplayTier> raised = tiers;
    for (replay::ReplayTier &r : raised)
        r.factor *= 1.1;
    const replay::ReplayResult other
        = replay::replay(*spec, events.series, raised, incidents, from, to, std::chrono::seconds(kStep));
    bool differs = false;
    for (std::size_t t = 0; t < raised.size(); ++t)
        differs = differs || firingEvaluations(other.tiers[t].firings) != vmalertFired[t];
    QVERIFY2(differs, "factors 10 % higher fire at the same evaluations: the comparison shows nothing");
}

QTEST_GUILESS_MAIN(TestReplayVmalert)
#include "tst_replay_vmalert.moc"
