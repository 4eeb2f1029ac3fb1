#include "workspace.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

using namespace sre;

namespace {

// Writes files (relative path → content) into a fresh temporary workspace.
struct TempWorkspace
{
    QTemporaryDir dir;

    void write(const QString &relative, const QByteArray &content)
    {
        const QString path = dir.filePath(relative);
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile f(path);
        QVERIFY2(f.open(QIODevice::WriteOnly), qPrintable(path));
        f.write(content);
    }
    QString path() const { return dir.path(); }
};

const QByteArray kGoodWorkspace = R"(name: Test team
timezone: Asia/Tokyo
datasources:
  - name: prod
    type: prometheus
    url: https://prometheus.example.com
    authorization: { type: Bearer, credentials_file: secrets/prod.token }
    headers: { X-Scope-OrgID: team-a }
    timeout: 15s
  - name: am
    type: alertmanager
    url: http://127.0.0.1:9093
    poll_interval: 1m
default_datasource: prod
runbook_paths: [runbooks, ../elsewhere]
runbook_url_map:
  - prefix: https://runbooks.example/
    path: runbooks/
)";

const QByteArray kGoodSlo = R"(apiVersion: sre-console/v1
service: checkout
slos:
  - name: availability
    objective: 99.9
    window: 30d
    sli:
      events:
        error_query: sum(rate(http_requests_total{code=~"5.."}[{{window}}]))
        total_query: sum(rate(http_requests_total[{{window}}]))
)";

const QByteArray kGoodRules = R"(groups:
  - name: g
    rules:
      - alert: CheckoutDown
        expr: up{job="checkout"} == 0
        annotations: { runbook_url: https://runbooks.example/checkout.md }
)";

const QByteArray kGoodPostmortem = R"(---
id: INC-2026-001
title: Checkout down
status: published
severity: P2
started: 2026-03-10T06:10:00Z
resolved: 2026-03-10T06:48:00Z
services: [checkout]
slos: [checkout/availability]
---
## Summary
It broke.
)";

QString findProblem(const Problems &problems, const QString &needle)
{
    for (const Problem &p : problems)
        if (p.toString().contains(needle))
            return p.toString();
    return {};
}

QString dump(const Problems &problems)
{
    QStringList lines;
    for (const Problem &p : problems)
        lines << p.toString();
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class TestWorkspace : public QObject
{
    Q_OBJECT
private slots:
    void goodWorkspace();
    void heldLoadWaitsForRelease();
    void demoWorkspace();
    void malformed_data();
    void malformed();
    void unknownTimeZoneFallsBackToUtc_data();
    void unknownTimeZoneFallsBackToUtc();
    void secretsAreReferencesNotValues();
    void watchesFolder();
};

void TestWorkspace::goodWorkspace()
{
    TempWorkspace t;
    t.write(QStringLiteral("workspace.yaml"), kGoodWorkspace);
    t.write(QStringLiteral("slos/checkout.yaml"), kGoodSlo);
    t.write(QStringLiteral("rules/r.yaml"), kGoodRules);
    t.write(QStringLiteral("postmortems/INC-2026-001.md"), kGoodPostmortem);
    t.write(QStringLiteral("runbooks/checkout.md"), "---\ntitle: Checkout is down\nalerts: [CheckoutDown]\n---\n# x\n");
    QDir(t.path()).mkpath(QStringLiteral("../elsewhere"));

    ws::Workspace w;
    w.openBlocking(t.path());
    QVERIFY2(!hasErrors(w.problems()), qPrintable(dump(w.problems())));
    const ws::WorkspaceConfig &c = w.config();
    QCOMPARE(c.name, QStringLiteral("Test team"));
    QCOMPARE(c.timezone, QStringLiteral("Asia/Tokyo"));
    QCOMPARE(c.datasources.size(), std::size_t(2));
    QCOMPARE(c.datasources[0].headers.value(QStringLiteral("X-Scope-OrgID")), QStringLiteral("team-a"));
    QCOMPARE(c.datasources[0].timeout, std::chrono::milliseconds(15000));
    QCOMPARE(c.datasources[1].type, DatasourceConfig::Type::Alertmanager);
    QCOMPARE(c.datasources[1].pollInterval, std::chrono::milliseconds(60000));
    QCOMPARE(c.datasources[0].pollInterval, std::chrono::milliseconds(15000)); // the default
    QCOMPARE(c.prometheus()->name, QStringLiteral("prod"));
    QCOMPARE(c.runbookPaths,
             QStringList({ QDir::cleanPath(t.path() + QStringLiteral("/runbooks")),
                           QDir::cleanPath(t.path() + QStringLiteral("/../elsewhere")) }));
    QCOMPARE(c.runbookUrlMap.at(0).path, QDir::cleanPath(t.path() + QStringLiteral("/runbooks")));

    QCOMPARE(w.slos().size(), std::size_t(1));
    QCOMPARE(w.slos().items()[0].id(), QStringLiteral("checkout/availability"));
    QCOMPARE(w.rules().size(), std::size_t(1));
    QCOMPARE(w.rules().items()[0].runbookUrl(), QStringLiteral("https://runbooks.example/checkout.md"));
    QCOMPARE(w.postmortems().size(), std::size_t(1));
    const pm::Postmortem &p = w.postmortems().items()[0];
    QCOMPARE(p.id, QStringLiteral("INC-2026-001"));
    QCOMPARE(p.durationSeconds(), qint64(38 * 60));
    QCOMPARE(w.postmortemsForSlo(QStringLiteral("checkout/availability")).size(), std::size_t(1));
    QCOMPARE(w.runbooks().size(), std::size_t(1));
    QCOMPARE(w.runbooks().items()[0].title, QStringLiteral("Checkout is down"));
    QCOMPARE(w.runbooks().items()[0].alerts, QStringList { QStringLiteral("CheckoutDown") });
}

void TestWorkspace::demoWorkspace()
{
    ws::Workspace w;
    w.openBlocking(QStringLiteral(SRE_SOURCE_DIR "/resources/demo"));
    QVERIFY2(!hasErrors(w.problems()), qPrintable(dump(w.problems())));
    // Four native services with 2–3 SLOs each, plus the user's three seed SLOs.
    QSet<QString> services;
    for (const slo::SloSpec &s : w.slos().items())
        services.insert(s.service);
    QCOMPARE(services,
             QSet<QString>({ QStringLiteral("checkout"), QStringLiteral("payments-api"), QStringLiteral("search"),
                             QStringLiteral("auth"), QStringLiteral("myapp-api") }));
    QVERIFY(w.findSlo(QStringLiteral("myapp-api/availability")));
    QVERIFY(w.postmortems().size() >= 3);
    QVERIFY(w.findPostmortem(QStringLiteral("INC-2025-001")));
    QVERIFY(w.runbooks().size() >= 12);
    QVERIFY(w.rules().size() >= 5);
    QVERIFY(!w.oncall().isEmpty());
}

void TestWorkspace::malformed_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("expected"); // the start of the problem line: "file:line: message"

    QTest::newRow("bad YAML in workspace.yaml")
        << "workspace.yaml" << QByteArray("name: x\ndatasources:\n  - name: [unclosed\n")
        << "workspace.yaml:4: invalid YAML";
    QTest::newRow("unknown datasource type")
        << "workspace.yaml"
        << QByteArray("name: x\ndatasources:\n  - name: influx\n    type: influxdb\n    url: http://h\n")
        << "workspace.yaml:4: datasource \"influx\": unknown type \"influxdb\"";
    QTest::newRow("datasource without url")
        << "workspace.yaml" << QByteArray("datasources:\n  - name: prod\n    type: prometheus\n")
        << "workspace.yaml:2: datasource \"prod\": url \"\" is not an http(s) URL";
    QTest::newRow("missing datasource name")
        << "workspace.yaml" << QByteArray("datasources:\n  - type: prometheus\n    url: http://h\n")
        << "workspace.yaml:2: datasource has no name";
    QTest::newRow("secret written inline is refused")
        << "workspace.yaml"
        << QByteArray(
               "datasources:\n  - name: p\n    url: http://h\n    basic_auth: { username: me, password: hunter2 }\n")
        << "workspace.yaml:4: \"password\" holds a secret inside workspace.yaml";
    QTest::newRow("unknown time zone") << "workspace.yaml" << QByteArray("timezone: Mars/Olympus\n")
                                       << "workspace.yaml:1: warning: unknown time zone \"Mars/Olympus\"";
    QTest::newRow("default datasource not defined")
        << "workspace.yaml" << QByteArray("datasources: []\ndefault_datasource: prod\n")
        << "workspace.yaml:2: default_datasource \"prod\" is not one of the datasources";
    QTest::newRow("bad timeout") << "workspace.yaml"
                                 << QByteArray("datasources:\n  - name: p\n    url: http://h\n    timeout: soon\n")
                                 << "workspace.yaml:4: datasource \"p\": timeout \"soon\" is not a duration";
    QTest::newRow("poll interval under a second")
        << "workspace.yaml"
        << QByteArray(
               "datasources:\n  - name: a\n    type: alertmanager\n    url: http://h\n    poll_interval: 100ms\n")
        << "workspace.yaml:5: datasource \"a\": poll_interval \"100ms\" is not a duration of at least 1s";
    QTest::newRow("poll interval on a Prometheus")
        << "workspace.yaml" << QByteArray("datasources:\n  - name: p\n    url: http://h\n    poll_interval: 30s\n")
        << "workspace.yaml:4: warning: datasource \"p\": poll_interval applies to alertmanager datasources only";
    QTest::newRow("bad YAML in a rule file")
        << "rules/broken.yaml" << QByteArray("groups:\n  - name: g\n    rules: [\n")
        << "rules/broken.yaml:4: invalid YAML";
    QTest::newRow("alerting rule without expr")
        << "rules/noexpr.yaml" << QByteArray("groups:\n  - name: g\n    rules:\n      - alert: A\n")
        << "rules/noexpr.yaml:4: alerting rule needs both \"alert\" and \"expr\"";
    QTest::newRow("not a rule file") << "rules/other.yaml" << QByteArray("foo: bar\n")
                                     << "rules/other.yaml:1: not a rule file";
    QTest::newRow("postmortem with bad front matter YAML")
        << "postmortems/INC-1.md" << QByteArray("---\nid: INC-1\ntitle: [oops\n---\n# T\n")
        << "postmortems/INC-1.md:4: invalid YAML";
    QTest::newRow("postmortem with a time that is not RFC 3339")
        << "postmortems/INC-2.md" << QByteArray("---\nid: INC-2\nstatus: draft\nstarted: yesterday\n---\n")
        << "postmortems/INC-2.md:4: \"yesterday\" is not an RFC 3339 time";
    QTest::newRow("postmortem with unknown status")
        << "postmortems/INC-3.md" << QByteArray("---\nid: INC-3\nstatus: done\n---\n")
        << "postmortems/INC-3.md:3: status \"done\" is not one of draft, in-review, published";
    QTest::newRow("on-call with unknown weekday")
        << "oncall.yaml"
        << QByteArray("rotations:\n  - name: primary\n    members: [a]\n    handoff: { weekday: funday }\n")
        << "oncall.yaml:4: unknown weekday \"funday\"";
    QTest::newRow("unreadable file: oncall.yaml is a folder")
        << "oncall.yaml/keep" << QByteArray() << "oncall.yaml: cannot read file";
    QTest::newRow("bad YAML in an SLO file")
        << "slos/broken.yaml" << QByteArray("apiVersion: sre-console/v1\nservice: x\nslos:\n  - name: [a\n")
        << "slos/broken.yaml:5: invalid YAML";
}

// Each broken file gives one precise file:line message, and everything else still loads.
void TestWorkspace::malformed()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, content);
    QFETCH(QString, expected);

    TempWorkspace t;
    if (file != u"workspace.yaml")
        t.write(QStringLiteral("workspace.yaml"), kGoodWorkspace);
    t.write(QStringLiteral("slos/checkout.yaml"), kGoodSlo);
    t.write(QStringLiteral("rules/good.yaml"), kGoodRules);
    t.write(QStringLiteral("postmortems/INC-2026-001.md"), kGoodPostmortem);
    t.write(QStringLiteral("runbooks/a.md"), "# A\n");
    t.write(file, content);

    ws::Workspace w;
    w.openBlocking(t.path());
    const QString absoluteExpected = QDir(t.path()).filePath(expected);
    const QString found = findProblem(w.problems(), absoluteExpected);
    QVERIFY2(!found.isEmpty(),
             qPrintable(QStringLiteral("expected \"%1\" among:\n%2").arg(absoluteExpected, dump(w.problems()))));

    // The rest of the workspace is untouched by the broken file.
    QCOMPARE(w.slos().size(), std::size_t(1));
    QCOMPARE(w.rules().size(), std::size_t(1));
    QVERIFY(w.findPostmortem(QStringLiteral("INC-2026-001")));
    QCOMPARE(w.runbooks().size(), std::size_t(1));
}

void TestWorkspace::unknownTimeZoneFallsBackToUtc_data()
{
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QString>("file"); // where it is written
    // Qt reads an unknown id as a POSIX TZ rule: QTimeZone("Asia").isValid() is true.
    for (const char *zone : { "Asia", "Mars/Olympus", "JST-9", "asia/tokyo" })
        for (const char *file : { "workspace.yaml", "oncall.yaml", "slos/checkout.yaml" })
            QTest::addRow("%s in %s", zone, file) << QString::fromLatin1(zone) << QString::fromLatin1(file);
}

void TestWorkspace::unknownTimeZoneFallsBackToUtc()
{
    QFETCH(QString, zone);
    QFETCH(QString, file);
    TempWorkspace t;
    QByteArray workspaceYaml = kGoodWorkspace;
    QByteArray oncall = "timezone: Asia/Tokyo\nrotations:\n  - name: primary\n    members: [a, b]\n";
    QByteArray slo = kGoodSlo;
    slo.replace("    window: 30d\n", "    calendar: { period: month, timezone: Asia/Tokyo }\n");
    const QByteArray written = zone.toUtf8();
    // The line each file names the zone on.
    int line = 0;
    if (file == u"workspace.yaml") {
        workspaceYaml.replace("timezone: Asia/Tokyo", "timezone: " + written);
        line = 2;
    } else if (file == u"oncall.yaml") {
        oncall.replace("timezone: Asia/Tokyo", "timezone: " + written);
        line = 1;
    } else {
        slo.replace("timezone: Asia/Tokyo", "timezone: " + written);
        line = 6;
    }
    t.write(QStringLiteral("workspace.yaml"), workspaceYaml);
    t.write(QStringLiteral("oncall.yaml"), oncall);
    t.write(QStringLiteral("slos/checkout.yaml"), slo);
    t.write(QStringLiteral("runbooks/a.md"), "# A\n");

    ws::Workspace w;
    w.openBlocking(t.path());
    const QString expected = QStringLiteral("%1:%2: warning: unknown time zone \"%3\"")
                                 .arg(QDir(t.path()).filePath(file))
                                 .arg(line)
                                 .arg(zone);
    QVERIFY2(!findProblem(w.problems(), expected).isEmpty(),
             qPrintable(QStringLiteral("expected \"%1\" among:\n%2").arg(expected, dump(w.problems()))));
    QVERIFY2(findProblem(w.problems(), expected).contains(QStringLiteral("UTC")), "the warning says UTC is used");
    QVERIFY2(!hasErrors(w.problems()), qPrintable(dump(w.problems()))); // a warning, not an error
    // Everything loads, and the zone in force is UTC where the unknown one was written.
    QCOMPARE(w.slos().size(), std::size_t(1));
    const slo::SloSpec &spec = w.slos().items().front();
    QVERIFY(spec.calendar.has_value());
    QCOMPARE(spec.calendar->timezone, file.startsWith(u"slos/") ? QStringLiteral("UTC") : QStringLiteral("Asia/Tokyo"));
    QCOMPARE(w.oncall().timezone, file == u"oncall.yaml" ? QStringLiteral("UTC") : QStringLiteral("Asia/Tokyo"));
    QCOMPARE(w.config().timezone, file == u"workspace.yaml" ? QStringLiteral("UTC") : QStringLiteral("Asia/Tokyo"));
    QCOMPARE(w.config().unknownTimezone, file == u"workspace.yaml" ? zone : QString());
}

void TestWorkspace::secretsAreReferencesNotValues()
{
    TempWorkspace t;
    t.write(QStringLiteral("workspace.yaml"),
            "datasources:\n  - name: p\n    url: https://h\n"
            "    authorization: { credentials_file: token }\n"
            "    basic_auth: { username: me, password_env: SRE_TEST_PASSWORD }\n");
    t.write(QStringLiteral("token"), "s3cret-token\n");
    qputenv("SRE_TEST_PASSWORD", "pa55");
    ws::Workspace w;
    w.openBlocking(t.path());
    QVERIFY2(!hasErrors(w.problems()), qPrintable(dump(w.problems())));
    const DatasourceConfig &ds = w.config().datasources.at(0);
    QCOMPARE(ds.authorizationCredentials.file, QDir(t.path()).filePath(QStringLiteral("token")));
    QCOMPARE(ds.authorizationCredentials.read(), std::optional<QByteArray>("s3cret-token"));
    QCOMPARE(ds.basicAuthPassword.read(), std::optional<QByteArray>("pa55"));
    // Nothing the workspace reports contains the secret values.
    QVERIFY(!dump(w.problems()).contains(QStringLiteral("s3cret")));
    qunsetenv("SRE_TEST_PASSWORD");
    QString error;
    QVERIFY(!ds.basicAuthPassword.read(&error));
    QCOMPARE(error, QStringLiteral("environment variable SRE_TEST_PASSWORD is not set"));
}

// An edit made by another program (an editor, git pull) shows up without reopening.
void TestWorkspace::watchesFolder()
{
    TempWorkspace t;
    t.write(QStringLiteral("workspace.yaml"), "name: w\n");
    t.write(QStringLiteral("postmortems/INC-2026-001.md"), kGoodPostmortem);
    ws::Workspace w;
    QSignalSpy loaded(&w, &ws::Workspace::loaded);
    w.open(t.path());
    QVERIFY(loaded.wait(5000));
    QCOMPARE(w.postmortems().size(), std::size_t(1));

    QSignalSpy changed(&w.postmortems(), &ws::StoreBase::changed);
    t.write(QStringLiteral("postmortems/INC-2026-002.md"),
            QByteArray(kGoodPostmortem).replace("INC-2026-001", "INC-2026-002"));
    QVERIFY(changed.wait(5000));
    QCOMPARE(w.postmortems().size(), std::size_t(2));
    QVERIFY(w.findPostmortem(QStringLiteral("INC-2026-002")));

    QSignalSpy sloChanged(&w.slos(), &ws::StoreBase::changed);
    t.write(QStringLiteral("slos/checkout.yaml"), kGoodSlo); // a new folder appears under the root
    QTRY_COMPARE_WITH_TIMEOUT(w.slos().size(), std::size_t(1), 5000);
}

// main() holds the first load until the window's first frame: a load that ends while held keeps
// its result (no loaded(), nothing applied) until release(); a newer open() replaces a held one.
void TestWorkspace::heldLoadWaitsForRelease()
{
    TempWorkspace a;
    a.write(QStringLiteral("workspace.yaml"), "name: a\n");
    a.write(QStringLiteral("postmortems/INC-2026-001.md"), kGoodPostmortem);
    TempWorkspace b;
    b.write(QStringLiteral("workspace.yaml"), "name: b\n");
    // The load has ended and its end has been delivered to this thread.
    const auto loadEnded = [] {
        QVERIFY(QThreadPool::globalInstance()->waitForDone(10000));
        QTest::qWait(100);
    };

    ws::Workspace w;
    QSignalSpy loaded(&w, &ws::Workspace::loaded);
    w.hold();
    w.open(a.path());
    loadEnded();
    QCOMPARE(loaded.count(), 0);
    QVERIFY(w.isLoading());
    QVERIFY(!w.isOpen());
    w.release();
    QCOMPARE(loaded.count(), 1);
    QVERIFY(!w.isLoading());
    QCOMPARE(w.config().name, QStringLiteral("a"));
    QCOMPARE(w.postmortems().size(), std::size_t(1));

    w.hold();
    w.open(a.path());
    loadEnded();
    w.open(b.path());
    loadEnded();
    QCOMPARE(loaded.count(), 1);
    w.release();
    QCOMPARE(loaded.count(), 2);
    QCOMPARE(w.config().name, QStringLiteral("b"));
    QCOMPARE(w.postmortems().size(), std::size_t(0));

    w.release(); // nothing held: nothing happens
    QCOMPARE(loaded.count(), 2);
    w.open(a.path()); // not held: applied as it ends
    QVERIFY(loaded.wait(10000));
    QCOMPARE(w.config().name, QStringLiteral("a"));
}

QTEST_GUILESS_MAIN(TestWorkspace)
#include "tst_workspace.moc"
