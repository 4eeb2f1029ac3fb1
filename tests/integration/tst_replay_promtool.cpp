// Alert replay (models/replay) against Prometheus' own rule engine: `promtool test rules` evaluates
// the rules `srectl slo rules` generates over raw counters, and must fire each tier exactly where
// the replay of the same counters says it fires.
//
// Per SLO (the demo's myapp-api/availability, 30d with the Workbook's tiers, and a 28d SLO with its
// own tiers), 66 hours of per-minute counter samples hold steady traffic, a ramping outage that
// crosses the page tiers, a stretch with no traffic, and a slow burn that crosses only the ticket
// tiers. The replay runs on exactly these counters (slo::eventSeriesFromCounters, then
// replay::replay: the path `srectl slo replay` takes after its fetch) at the rules' own evaluation
// step, 5m. The test file then expects, at every 5m evaluation of the 66 hours (so one before
// and at every firing start and end), exactly the tiers the replay says fire; promtool must pass it. Replaying at
// 1m, the default, gives the same firings, each starting less than one evaluation interval (5m)
// earlier. A replay with any one tier's factor raised by 10 % must fail under promtool: the
// comparison is not vacuous.
#include "../common/processrun.h"
#include "replay.h"
#include "rulegen.h"
#include "slospec.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <functional>
#include <set>

using namespace sre;
using namespace std::chrono_literals;

namespace {

using Run = testing::ProcessRun;
constexpr qint64 kRuleStep = 300;
constexpr double kTrafficPerMinute = 100000;

QString promtool()
{
    return QStandardPaths::findExecutable(QStringLiteral("promtool"));
}

bool writeText(const QString &path, const QByteArray &text)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(text) == text.size();
}

// Per-minute bad and total events and the cumulative counters sampled every minute (sample i at
// i * 60 s, counting the minutes before it).
struct Traffic
{
    std::vector<qint64> times;
    std::vector<double> badCounter;
    std::vector<double> goodCounter;
    std::vector<double> totalCounter;
};

// Minutes at a burn rate (1 = the budget's pace), or without traffic when burn < 0.
void addMinutes(Traffic &t, double budget, int minutes, const std::function<double(int)> &burn)
{
    for (int m = 0; m < minutes; ++m) {
        const double b = burn(m);
        const double total = b < 0 ? 0 : kTrafficPerMinute;
        const double bad = b < 0 ? 0 : double(std::llround(b * budget * kTrafficPerMinute));
        t.times.push_back(t.times.back() + 60);
        t.badCounter.push_back(t.badCounter.back() + bad);
        t.goodCounter.push_back(t.goodCounter.back() + total - bad);
        t.totalCounter.push_back(t.totalCounter.back() + total);
    }
}

// 66 hours: steady at burn 0.2; from 6h a five-hour outage whose burn rate rises by 0.1 a minute
// to 30 (slowly, so every tier's crossing time depends on its factor); three hours without any
// traffic; steady again; from 24h a burn of 4 for 36 hours (the ticket tiers only); steady.
Traffic scenario(double budget)
{
    Traffic t { { 0 }, { 0 }, { 0 }, { 0 } };
    const auto steady = [](int) { return 0.2; };
    addMinutes(t, budget, 6 * 60, steady);
    addMinutes(t, budget, 5 * 60, [](int m) { return 0.1 * (m + 1); });
    addMinutes(t, budget, 3 * 60, [](int) { return -1.0; });
    addMinutes(t, budget, 10 * 60, steady);
    addMinutes(t, budget, 36 * 60, [](int) { return 4.0; });
    addMinutes(t, budget, 6 * 60, steady);
    return t;
}

// promtool's expanding notation: runs of equal increments as `a+dxn`.
QString valuesText(const std::vector<double> &v)
{
    QStringList parts;
    for (size_t i = 0; i < v.size();) {
        size_t j = i;
        if (i + 1 < v.size()) {
            const double d = v[i + 1] - v[i];
            while (j + 1 < v.size() && v[j + 1] - v[j] == d)
                ++j;
        }
        if (j == i)
            parts << QString::number(qint64(v[i]));
        else
            parts << QStringLiteral("%1+%2x%3").arg(qint64(v[i])).arg(qint64(v[i + 1] - v[i])).arg(j - i);
        i = j + 1;
    }
    return parts.join(QLatin1Char(' '));
}

QJsonObject jsonMap(const QMap<QString, QString> &map)
{
    QJsonObject o;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

bool firingAt(const std::vector<replay::FiringSpan> &spans, qint64 t)
{
    return std::any_of(spans.begin(), spans.end(), [t](const replay::FiringSpan &f) {
        return f.start <= t && (t < f.end || (f.open && t <= f.end));
    });
}

// The promtool test of one replay: the counters as input series, and at 0, the last evaluation,
// and one step before and at every firing start and end (or, with `every`, at every evaluation),
// the alerts the replay says fire.
QJsonObject promtoolTest(const rules::SloRules &rules, const replay::ReplayResult &r, const Traffic &t,
                         const QString &badSeries, const QString &goodSeries, bool every = false)
{
    std::set<qint64> at { 0, r.to / kRuleStep * kRuleStep };
    for (const replay::TierReplay &tier : r.tiers)
        for (const replay::FiringSpan &f : tier.firings)
            for (const qint64 x : { f.start - kRuleStep, f.start, f.end - kRuleStep, f.end })
                if (x >= 0 && x <= r.to)
                    at.insert(x);
    if (every)
        for (qint64 x = 0; x <= r.to; x += kRuleStep)
            at.insert(x);
    QJsonArray alertTests;
    for (const qint64 x : at) {
        QJsonArray expected;
        for (const replay::TierReplay &tier : r.tiers) {
            if (!firingAt(tier.firings, x))
                continue;
            const auto alert = std::find_if(rules.alerts.begin(), rules.alerts.end(), [&](const rules::TierAlert &a) {
                return a.tier.name == tier.tier.tier.name;
            });
            expected.append(QJsonObject { { QStringLiteral("exp_labels"), jsonMap(alert->labels) },
                                          { QStringLiteral("exp_annotations"), jsonMap(alert->annotations) } });
        }
        alertTests.append(QJsonObject { { QStringLiteral("eval_time"), QStringLiteral("%1s").arg(x) },
                                        { QStringLiteral("alertname"), rules::alertName() },
                                        { QStringLiteral("exp_alerts"), expected } });
    }
    const QJsonArray input {
        QJsonObject { { QStringLiteral("series"), badSeries }, { QStringLiteral("values"), valuesText(t.badCounter) } },
        QJsonObject { { QStringLiteral("series"), goodSeries },
                      { QStringLiteral("values"), valuesText(t.goodCounter) } },
    };
    return QJsonObject { { QStringLiteral("interval"), QStringLiteral("1m") },
                         { QStringLiteral("input_series"), input },
                         { QStringLiteral("alert_rule_test"), alertTests } };
}

// A promtool test file (JSON is YAML) next to the rule file.
Run runPromtoolTest(const QString &dir, const QString &name, const QJsonObject &test)
{
    const QJsonObject file { { QStringLiteral("rule_files"), QJsonArray { QStringLiteral("rules.yaml") } },
                             { QStringLiteral("evaluation_interval"), QStringLiteral("5m") },
                             { QStringLiteral("tests"), QJsonArray { test } } };
    const QString path = dir + QLatin1Char('/') + name;
    if (!writeText(path, QJsonDocument(file).toJson()))
        return {};
    return testing::runProcess(promtool(), { QStringLiteral("test"), QStringLiteral("rules"), path },
                               QProcessEnvironment::systemEnvironment(), 240000);
}

} // namespace

class TestReplayPromtool : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void replayAgreesWithPromtool_data();
    void replayAgreesWithPromtool();

private:
    QTemporaryDir m_dir;
};

void TestReplayPromtool::initTestCase()
{
    if (promtool().isEmpty())
        QSKIP("promtool not found (Debian package prometheus)");
    QVERIFY(m_dir.isValid());
    QDir().mkpath(m_dir.filePath(QStringLiteral("ws/slos")));
    QVERIFY(writeText(m_dir.filePath(QStringLiteral("ws/workspace.yaml")), "name: replay-promtool\n"));
    QVERIFY(QFile::copy(QStringLiteral(SRE_SOURCE_DIR "/resources/demo/slos/myapp-api.yaml"),
                        m_dir.filePath(QStringLiteral("ws/slos/myapp-api.yaml"))));
    QVERIFY(QFile::copy(QStringLiteral(SRE_SOURCE_DIR "/tests/integration/data/replay-promtool-slos.yaml"),
                        m_dir.filePath(QStringLiteral("ws/slos/ledger.yaml"))));
}

void TestReplayPromtool::replayAgreesWithPromtool_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("badSeries");
    QTest::addColumn<QString>("goodSeries");
    QTest::newRow("myapp-api/availability: 30d, the Workbook's tiers")
        << QStringLiteral("myapp-api.yaml") << QStringLiteral("myapp-api/availability")
        << QStringLiteral("http_requests_total{job=\"myapp-api\",code=\"500\"}")
        << QStringLiteral("http_requests_total{job=\"myapp-api\",code=\"200\"}");
    QTest::newRow("ledger/availability: 28d, its own tiers")
        << QStringLiteral("ledger.yaml") << QStringLiteral("ledger/availability")
        << QStringLiteral("ledger_requests_total{code=\"503\"}")
        << QStringLiteral("ledger_requests_total{code=\"200\"}");
}

void TestReplayPromtool::replayAgreesWithPromtool()
{
    QFETCH(QString, file);
    QFETCH(QString, id);
    QFETCH(QString, badSeries);
    QFETCH(QString, goodSeries);
    const QString ws = m_dir.filePath(QStringLiteral("ws"));
    const slo::SpecFileResult loaded = slo::loadSpecFile(ws + QStringLiteral("/slos/") + file);
    const auto spec
        = std::find_if(loaded.slos.begin(), loaded.slos.end(), [&](const slo::SloSpec &s) { return s.id() == id; });
    QVERIFY(spec != loaded.slos.end());

    // The rules as srectl writes them; their labels and annotations as the test expects them.
    const QString dir = m_dir.filePath(QString(id).replace(QLatin1Char('/'), QLatin1Char('_')));
    QVERIFY(QDir().mkpath(dir));
    const Run gen = testing::runSrectl(ws,
                                       { QStringLiteral("slo"), QStringLiteral("rules"), QStringLiteral("--slo"), id,
                                         QStringLiteral("-o"), dir + QStringLiteral("/rules.yaml") });
    QVERIFY2(gen.exitCode == 0, qPrintable(gen.describe()));
    const rules::SloRules rules = rules::generateRules(*spec);

    // The replay of the SLO's own tiers, whose factors are the rules' to the last bit.
    const std::vector<replay::ReplayTier> tiers = replay::replayTiers(*spec);
    QCOMPARE(tiers.size(), rules.alerts.size());
    for (size_t i = 0; i < tiers.size(); ++i) {
        QCOMPARE(tiers[i].tier.name, rules.alerts[i].tier.name);
        QCOMPARE(tiers[i].factor, rules.alerts[i].factor);
        QCOMPARE(tiers[i].forDuration, 0s); // the generated rules have no `for`
    }
    const Traffic traffic = scenario(1 - spec->objective);
    const slo::EventSeries series
        = slo::eventSeriesFromCounters(traffic.times, traffic.badCounter, traffic.totalCounter);
    const qint64 to = traffic.times.back();
    const replay::ReplayResult r = replay::replay(*spec, series, tiers, {}, 0, to, std::chrono::seconds(kRuleStep));

    // The scenario does what it is for: the outage (6h to 11h) fires the first (page) tier; while
    // the slow burn runs (24h to 60h) no page tier fires and a ticket tier does.
    QVERIFY(!r.tiers.front().firings.empty());
    QVERIFY(std::any_of(r.tiers.front().firings.begin(), r.tiers.front().firings.end(),
                        [](const replay::FiringSpan &f) { return f.start > 6 * 3600 && f.start < 11 * 3600; }));
    bool ticketInSlowBurn = false;
    for (const replay::TierReplay &t : r.tiers) {
        for (const replay::FiringSpan &f : t.firings) {
            const bool inSlowBurn = f.end > 25 * 3600 && f.start < 60 * 3600;
            if (t.tier.tier.severity == u"page")
                QVERIFY2(!inSlowBurn, qPrintable(t.tier.tier.name + QStringLiteral(" fired in the slow burn")));
            else
                ticketInSlowBurn = ticketInSlowBurn || inSlowBurn;
        }
    }
    QVERIFY(ticketInSlowBurn);
    for (const replay::TierReplay &t : r.tiers) {
        QStringList spans;
        for (const replay::FiringSpan &f : t.firings)
            spans << QStringLiteral("%1m-%2m").arg(f.start / 60).arg(f.end / 60);
        qInfo("%s (factor %s): %s", qPrintable(t.tier.tier.name), qPrintable(QString::number(t.tier.factor, 'g', 17)),
              qPrintable(spans.join(QStringLiteral(", "))));
    }

    // Prometheus' rule engine fires exactly there.
    const Run test = runPromtoolTest(dir, QStringLiteral("replay.test.yaml"),
                                     promtoolTest(rules, r, traffic, badSeries, goodSeries, true));
    QVERIFY2(test.exitCode == 0, qPrintable(QString::fromUtf8(test.out) + test.err));
    QVERIFY(test.out.contains("SUCCESS"));

    // The default one-minute replay: the same firings, each start within one evaluation interval
    // (the rules see a crossing at their next 5m evaluation, never before it).
    const replay::ReplayResult fine = replay::replay(*spec, series, tiers, {}, 0, to, 60s);
    for (size_t i = 0; i < tiers.size(); ++i) {
        const auto &coarse = r.tiers[i].firings;
        const auto &minute = fine.tiers[i].firings;
        QCOMPARE(minute.size(), coarse.size());
        for (size_t k = 0; k < coarse.size(); ++k) {
            QVERIFY(minute[k].start <= coarse[k].start);
            QVERIFY2(coarse[k].start - minute[k].start < kRuleStep,
                     qPrintable(QStringLiteral("%1: 1m replay fired at %2, the rules at %3")
                                    .arg(tiers[i].tier.name)
                                    .arg(minute[k].start)
                                    .arg(coarse[k].start)));
        }
    }

    // The comparison is not vacuous: a replay with one tier's factor 10 % higher fires that tier
    // elsewhere, and promtool rejects it.
    for (size_t i = 0; i < tiers.size(); ++i) {
        std::vector<replay::ReplayTier> mutated = tiers;
        mutated[i].factor *= 1.1;
        const replay::ReplayResult m
            = replay::replay(*spec, series, mutated, {}, 0, to, std::chrono::seconds(kRuleStep));
        QVERIFY2(m.tiers[i].firings != r.tiers[i].firings, qPrintable(tiers[i].tier.name));
        const Run wrong = runPromtoolTest(dir, QStringLiteral("mutated.test.yaml"),
                                          promtoolTest(rules, m, traffic, badSeries, goodSeries));
        QVERIFY2(wrong.exitCode == 1, qPrintable(tiers[i].tier.name + QStringLiteral(": ") + wrong.describe()));
    }
}

QTEST_GUILESS_MAIN(TestReplayPromtool)
#include "tst_replay_promtool.moc"
