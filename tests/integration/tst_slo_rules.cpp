// srectl slo rules, the built binary, checked by the real promtool (Debian's prometheus package):
// the rules of every demo SLO and every seed SLO pass `promtool check rules --lint=all
// --lint-fatal`, and the generated `--tests` pass `promtool test rules`. A hand-written promtool
// test then feeds raw counters, histogram buckets and a gauge with exactly known event counts and
// checks what the recording rules record.
#include "../common/processrun.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace sre;

namespace {

using Run = testing::ProcessRun;

QString promtool()
{
    return QStandardPaths::findExecutable(QStringLiteral("promtool"));
}

Run runPromtool(const QStringList &args)
{
    return testing::runProcess(promtool(), args, QProcessEnvironment::systemEnvironment(), 240000);
}

bool writeText(const QString &path, const QByteArray &text)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(text) == text.size();
}

// The seed's SLO file (a ConfigMap) as the only spec of a workspace.
QString seedWorkspace(const QTemporaryDir &dir)
{
    const QString root = dir.filePath(QStringLiteral("seed"));
    QDir().mkpath(root + QStringLiteral("/slos"));
    QFile::copy(QStringLiteral(SRE_SOURCE_DIR "/tests/data/seed/slo-definition.yaml"),
                root + QStringLiteral("/slos/slo-definition.yaml"));
    writeText(root + QStringLiteral("/workspace.yaml"), "name: seed\n");
    return root;
}

QStringList sloIds(const QString &workspace)
{
    const Run r = testing::runSrectl(
        workspace,
        { QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("slo"), QStringLiteral("list") });
    QStringList ids;
    for (const QJsonValue &v : QJsonDocument::fromJson(r.out).array())
        ids << v.toObject().value(QStringLiteral("id")).toString();
    return ids;
}

} // namespace

class TestSloRules : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void promtoolPasses_data();
    void promtoolPasses();
    void wholeWorkspaceLints();
    void usageErrors();
    void recordsExactCounts();

private:
    QTemporaryDir m_dir;
    QString m_seed;
};

void TestSloRules::initTestCase()
{
    if (promtool().isEmpty())
        QSKIP("promtool not found (Debian package prometheus)");
    QVERIFY(m_dir.isValid());
    m_seed = seedWorkspace(m_dir);
}

void TestSloRules::promtoolPasses_data()
{
    QTest::addColumn<QString>("workspace");
    QTest::addColumn<QString>("id");
    const QString demo = QStringLiteral(SRE_SOURCE_DIR "/resources/demo");
    const QStringList demoIds = sloIds(demo);
    QVERIFY(demoIds.size() >= 10);
    for (const QString &id : demoIds)
        QTest::newRow(qPrintable(QStringLiteral("demo: ") + id)) << demo << id;
    const QStringList seedIds = sloIds(m_seed);
    QCOMPARE(seedIds.size(), 3);
    for (const QString &id : seedIds)
        QTest::newRow(qPrintable(QStringLiteral("seed: ") + id)) << m_seed << id;
}

// One SLO at a time: promtool evaluates every rule of the file at every step of every test.
void TestSloRules::promtoolPasses()
{
    QFETCH(QString, workspace);
    QFETCH(QString, id);
    const QString base = m_dir.filePath(QString(id).replace(QLatin1Char('/'), QLatin1Char('_')));
    QDir().mkpath(base + QStringLiteral("/tests"));
    const QString rules = base + QStringLiteral("/rules.yaml");
    const QString tests = base + QStringLiteral("/tests/rules.test.yaml"); // a rule_files path with ../
    const Run gen = testing::runSrectl(workspace,
                                       { QStringLiteral("slo"), QStringLiteral("rules"), QStringLiteral("--slo"), id,
                                         QStringLiteral("-o"), rules, QStringLiteral("--tests"), tests });
    QVERIFY2(gen.exitCode == 0, qPrintable(gen.describe()));

    const Run check = runPromtool({ QStringLiteral("check"), QStringLiteral("rules"), QStringLiteral("--lint=all"),
                                    QStringLiteral("--lint-fatal"), rules });
    QVERIFY2(check.exitCode == 0, qPrintable(QString::fromUtf8(check.out) + check.err));
    const Run test = runPromtool({ QStringLiteral("test"), QStringLiteral("rules"), tests });
    QVERIFY2(test.exitCode == 0, qPrintable(QString::fromUtf8(test.out) + test.err));
    QVERIFY(test.out.contains("SUCCESS"));
}

void TestSloRules::wholeWorkspaceLints()
{
    const QString rules = m_dir.filePath(QStringLiteral("demo-all.yaml"));
    const Run gen = testing::runSrectl(QStringLiteral(SRE_SOURCE_DIR "/resources/demo"),
                                       { QStringLiteral("slo"), QStringLiteral("rules"), QStringLiteral("-o"), rules });
    QVERIFY2(gen.exitCode == 0, qPrintable(gen.describe()));
    const Run check = runPromtool({ QStringLiteral("check"), QStringLiteral("rules"), QStringLiteral("--lint=all"),
                                    QStringLiteral("--lint-fatal"), rules });
    QVERIFY2(check.exitCode == 0, qPrintable(QString::fromUtf8(check.out) + check.err));

    // The PrometheusRule object carries the same groups under spec: (compared line by line without
    // indentation and comments).
    const Run crd = testing::runSrectl(QStringLiteral(SRE_SOURCE_DIR "/resources/demo"),
                                       { QStringLiteral("slo"), QStringLiteral("rules"), QStringLiteral("--format"),
                                         QStringLiteral("prometheusrule") });
    QVERIFY2(crd.exitCode == 0, qPrintable(crd.describe()));
    QVERIFY(crd.out.contains("apiVersion: monitoring.coreos.com/v1\nkind: PrometheusRule\n"));
    QFile plain(rules);
    QVERIFY(plain.open(QIODevice::ReadOnly));
    const auto groupLines = [](const QByteArray &text) {
        QList<QByteArray> lines;
        for (const QByteArray &line : text.mid(text.indexOf("groups:")).split('\n'))
            if (!line.trimmed().startsWith('#'))
                lines << line.trimmed();
        return lines;
    };
    QCOMPARE(groupLines(crd.out), groupLines(plain.readAll()));
}

void TestSloRules::usageErrors()
{
    const QString demo = QStringLiteral(SRE_SOURCE_DIR "/resources/demo");
    const QList<QStringList> bad = {
        { QStringLiteral("--slo"), QStringLiteral("nope/none") },
        { QStringLiteral("--format"), QStringLiteral("sloth") },
        { QStringLiteral("--tests"), m_dir.filePath(QStringLiteral("t.yaml")) }, // needs -o
        { QStringLiteral("--bogus") },
    };
    for (const QStringList &args : bad) {
        const Run r = testing::runSrectl(demo, QStringList { QStringLiteral("slo"), QStringLiteral("rules") } + args);
        QVERIFY2(r.exitCode == 2, qPrintable(args.join(u' ') + QLatin1Char('\n') + r.describe()));
        QVERIFY(!r.err.isEmpty());
    }
}

void TestSloRules::recordsExactCounts()
{
    // Four SLOs of service "shop": a ratio, latency over buckets written "1.0" (Prometheus 3) and
    // "1" (Prometheus 2), a timeslice over a gauge, and a ratio per handler.
    const QString root = m_dir.filePath(QStringLiteral("exact"));
    QDir().mkpath(root + QStringLiteral("/slos"));
    QVERIFY(writeText(root + QStringLiteral("/workspace.yaml"), "name: exact\n"));
    QFile spec(QStringLiteral(SRE_SOURCE_DIR "/tests/integration/data/rules-exact-slos.yaml"));
    QVERIFY(spec.open(QIODevice::ReadOnly));
    QVERIFY(writeText(root + QStringLiteral("/slos/shop.yaml"), spec.readAll()));
    const QString rules = root + QStringLiteral("/rules.yaml");
    const Run gen
        = testing::runSrectl(root, { QStringLiteral("slo"), QStringLiteral("rules"), QStringLiteral("-o"), rules });
    QVERIFY2(gen.exitCode == 0, qPrintable(gen.describe()));
    const QString tests = root + QStringLiteral("/exact.test.yaml");
    QVERIFY(QFile::copy(QStringLiteral(SRE_SOURCE_DIR "/tests/integration/data/rules-exact.test.yaml"), tests));
    const Run test = runPromtool({ QStringLiteral("test"), QStringLiteral("rules"), tests });
    QVERIFY2(test.exitCode == 0, qPrintable(QString::fromUtf8(test.out) + test.err));

    // The generated tests of a grouped SLO (no demo or seed SLO has groups): its input series and
    // expected alerts carry the group label.
    const QString groupedRules = root + QStringLiteral("/grouped.yaml");
    const QString groupedTests = root + QStringLiteral("/grouped.test.yaml");
    const Run grouped = testing::runSrectl(root,
                                           { QStringLiteral("slo"), QStringLiteral("rules"), QStringLiteral("--slo"),
                                             QStringLiteral("shop/per-handler"), QStringLiteral("-o"), groupedRules,
                                             QStringLiteral("--tests"), groupedTests });
    QVERIFY2(grouped.exitCode == 0, qPrintable(grouped.describe()));
    const Run groupedRun = runPromtool({ QStringLiteral("test"), QStringLiteral("rules"), groupedTests });
    QVERIFY2(groupedRun.exitCode == 0, qPrintable(QString::fromUtf8(groupedRun.out) + groupedRun.err));
}

QTEST_GUILESS_MAIN(TestSloRules)
#include "tst_slo_rules.moc"
