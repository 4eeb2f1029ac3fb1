// Alerts from the workspace's rules/ merged with a real Prometheus' /api/v1/rules, each resolved to
// its runbook the way srectl resolves it.
#include "alertcatalog.h"
#include "demoworkspace.h"
#include "fixtureenv.h"
#include "workspace.h"

#include <QDirIterator>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace sre;

namespace {
const QString kDemo = QStringLiteral(SRE_SOURCE_DIR "/resources/demo");

const AlertCatalog::Entry *find(const AlertCatalog &catalog, const QString &name)
{
    for (const AlertCatalog::Entry &e : catalog.entries())
        if (e.rule.name == name)
            return &e;
    return nullptr;
}
} // namespace

class TestAlertCatalog final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void mergesRulesFilesWithPrometheus();
    void sameRunbooksAsSrectl();
    void unreachablePrometheusKeepsLocalAlerts();

private:
    QTemporaryDir m_dir;
    QString m_url;
};

void TestAlertCatalog::initTestCase()
{
    m_url = testing::fixtureUrl("SRE_TEST_PROMETHEUS_RULES_URL_FILE");
    QVERIFY2(!m_url.isEmpty(), "the prometheus_rules fixture did not start");
    QVERIFY(testing::copyDir(kDemo, m_dir.path()));
    QFile ws(m_dir.filePath(QStringLiteral("workspace.yaml")));
    QVERIFY(ws.open(QIODevice::WriteOnly | QIODevice::Truncate));
    ws.write(QStringLiteral("name: Alerts test\n"
                            "datasources:\n  - name: fixture\n    type: prometheus\n    url: %1\n"
                            "runbook_paths: [runbooks]\n"
                            "runbook_url_map:\n"
                            "  - prefix: https://runbooks.prometheus-operator.dev/runbooks/\n"
                            "    path: runbooks/operator/\n"
                            "  - prefix: https://runbooks.acme.example/\n"
                            "    path: runbooks/\n")
                 .arg(m_url)
                 .toUtf8());
}

void TestAlertCatalog::mergesRulesFilesWithPrometheus()
{
    ws::Workspace workspace;
    workspace.openBlocking(m_dir.path());
    AlertCatalog catalog(workspace);
    // What Prometheus reports, straight from its API, as the independent expectation.
    QProcess curl;
    curl.start(QStringLiteral("curl"), { QStringLiteral("-fsS"), m_url + QStringLiteral("/api/v1/rules?type=alert") });
    QVERIFY(curl.waitForFinished(10000));
    const alerting::ApiRulesResult server
        = alerting::parseApiRules(curl.readAllStandardOutput(), QStringLiteral("fixture"));
    QVERIFY(server.error.isEmpty());
    QVERIFY(server.rules.size() >= 3);

    // The always-firing rule must have been evaluated once (evaluation_interval 10s).
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            QSignalSpy fetched(&catalog, &AlertCatalog::remoteFetched);
            catalog.fetchRemote(); // may answer at once when the reply is already there
            if (fetched.isEmpty() && !fetched.wait(5000))
                return false;
            QSignalSpy changed(&catalog, &AlertCatalog::changed);
            if (catalog.isResolving() && !changed.wait(5000))
                return false;
            const AlertCatalog::Entry *e = find(catalog, QStringLiteral("RemoteAlwaysFiring"));
            return e && e->state == u"firing";
        }(),
        40000);
    QVERIFY2(catalog.remoteError().isEmpty(), qPrintable(catalog.remoteError()));

    // Every local rule is there once, and every server rule either merged into it or added.
    std::size_t local = workspace.rules().size();
    std::size_t remoteOnly = 0;
    for (const alerting::AlertRule &r : server.rules) {
        const bool inRules
            = std::any_of(workspace.rules().items().begin(), workspace.rules().items().end(),
                          [&](const alerting::AlertRule &l) { return l.name == r.name && l.group == r.group; });
        remoteOnly += inRules ? 0 : 1;
    }
    QCOMPARE(catalog.entries().size(), local + remoteOnly);
    QCOMPARE(remoteOnly, std::size_t(3)); // the three of remote-rules.yaml

    // A platform rule loaded in both places: one row, both sources, Prometheus' state.
    const AlertCatalog::Entry *both = find(catalog, QStringLiteral("KubePodCrashLooping"));
    QVERIFY(both);
    QCOMPARE(both->sources, (QStringList { QStringLiteral("rules/platform.yaml"), QStringLiteral("fixture") }));
    QCOMPARE(both->state, QStringLiteral("inactive"));
    QCOMPARE(QFileInfo(both->runbook.file).fileName(), QStringLiteral("KubePodCrashLooping.md"));
    QCOMPARE(both->runbook.method, rb::Method::RunbookUrl);

    // Only on the server: its runbook_url goes through runbook_url_map (lower-cased name, file found
    // case-insensitively).
    const AlertCatalog::Entry *disk = find(catalog, QStringLiteral("RemoteDiskPressure"));
    QVERIFY(disk);
    QCOMPARE(disk->sources, QStringList { QStringLiteral("fixture") });
    QCOMPARE(disk->runbook.file,
             QFileInfo(m_dir.filePath(QStringLiteral("runbooks/operator/node/NodeFilesystemSpaceFillingUp.md")))
                 .canonicalFilePath());
    const AlertCatalog::Entry *none = find(catalog, QStringLiteral("RemoteNoRunbook"));
    QVERIFY(none);
    QVERIFY(!none->runbook.found());
    const AlertCatalog::Entry *firing = find(catalog, QStringLiteral("RemoteAlwaysFiring"));
    QCOMPARE(firing->runbook.method, rb::Method::RunbookAnnotation);
    QCOMPARE(QFileInfo(firing->runbook.file).fileName(), QStringLiteral("Watchdog.md"));

    // The table shows it.
    AlertCatalogModel model(catalog);
    QCOMPARE(model.rowCount(), int(catalog.entries().size()));
}

void TestAlertCatalog::sameRunbooksAsSrectl()
{
    ws::Workspace workspace;
    workspace.openBlocking(m_dir.path());
    AlertCatalog catalog(workspace);
    QSignalSpy changed(&catalog, &AlertCatalog::changed);
    QTRY_VERIFY_WITH_TIMEOUT(!catalog.entries().empty() && !catalog.isResolving(), 10000);
    QHash<QString, int> perName;
    for (const alerting::AlertRule &r : workspace.rules().items())
        ++perName[r.name];
    int compared = 0;
    for (const AlertCatalog::Entry &e : catalog.entries()) {
        if (!e.local() || perName.value(e.rule.name) != 1)
            continue; // srectl answers for a name; compare names with one rule
        QProcess p;
        p.start(QStringLiteral(SRECTL_BIN),
                { QStringLiteral("--workspace"), m_dir.path(), QStringLiteral("runbook"), QStringLiteral("for"),
                  e.rule.name });
        QVERIFY(p.waitForFinished(10000));
        const QString printed = QString::fromUtf8(p.readAllStandardOutput()).trimmed();
        if (e.runbook.found()) {
            QCOMPARE(p.exitCode(), 0);
            QCOMPARE(printed, e.runbook.location());
        } else {
            QCOMPARE(p.exitCode(), 1);
        }
        ++compared;
    }
    QVERIFY(compared >= 10);
}

void TestAlertCatalog::unreachablePrometheusKeepsLocalAlerts()
{
    QTemporaryDir dir;
    QVERIFY(testing::copyDir(kDemo, dir.path()));
    QFile ws(dir.filePath(QStringLiteral("workspace.yaml")));
    QVERIFY(ws.open(QIODevice::WriteOnly | QIODevice::Truncate));
    ws.write("name: down\ndatasources:\n  - name: gone\n    url: http://127.0.0.1:1\n");
    ws.close();
    ws::Workspace workspace;
    workspace.openBlocking(dir.path());
    AlertCatalog catalog(workspace); // asks at once; a refused connection may answer before the next line
    QTRY_VERIFY_WITH_TIMEOUT(!catalog.remoteError().isEmpty(), 15000);
    QTRY_VERIFY_WITH_TIMEOUT(catalog.entries().size() == workspace.rules().size() && !catalog.isResolving(), 5000);
}

QTEST_GUILESS_MAIN(TestAlertCatalog)
#include "tst_alert_catalog.moc"
