// Alert -> runbook resolution: each convention, in DESIGN.md's order, and paths that are refused.
#include "tst_runbook.h"

#include "runbook.h"
#include "workspace.h"

#include <QDirIterator>

using namespace sre;
using namespace rbtest;
using rb::Method;

Q_DECLARE_METATYPE(sre::rb::Method)

namespace {

const QString kOperator = QStringLiteral("https://runbooks.prometheus-operator.dev/runbooks/");
const QString kTeam = QStringLiteral("https://runbooks.team.example/");

// Roots: runbooks/ and content/; runbook_url_map: the operator site -> content/runbooks/, the
// team site -> runbooks/.
struct Fixture
{
    Tree tree;
    QStringList roots;
    std::vector<rb::UrlMapping> map;

    Fixture()
    {
        QDir().mkpath(tree.path(QStringLiteral("runbooks")));
        QDir().mkpath(tree.path(QStringLiteral("content/runbooks")));
        roots = { tree.path(QStringLiteral("runbooks")), tree.path(QStringLiteral("content")) };
        map = { { kOperator, tree.path(QStringLiteral("content/runbooks")) },
                { kTeam, tree.path(QStringLiteral("runbooks")) } };
    }
    // "path=content" entries; a bare path gets a one-line body.
    void write(const QStringList &files)
    {
        for (const QString &entry : files) {
            const qsizetype eq = entry.indexOf(u'=');
            const QString path = eq < 0 ? entry : entry.left(eq);
            const QByteArray content = eq < 0 ? QByteArrayLiteral("Some text.\n") : entry.mid(eq + 1).toUtf8();
            QVERIFY(tree.write(path, content));
        }
    }
    std::vector<rb::Runbook> runbooks() const { return rb::scanRoots(roots).runbooks; }
};

QMap<QString, QString> annotationsOf(const QStringList &list)
{
    QMap<QString, QString> out;
    for (const QString &a : list) {
        const qsizetype eq = a.indexOf(u'=');
        out.insert(a.left(eq), a.mid(eq + 1));
    }
    return out;
}

} // namespace

void TestRunbook::frontMatter_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QStringList>("alerts");
    QTest::addColumn<QString>("h1");
    QTest::addColumn<int>("problemLine"); // 0: no problem

    const QByteArray body = "\n# KubePodCrashLooping\n\nText.\n";
    QTest::newRow("flow list") << QByteArray("---\ntitle: Crash loop\nalerts: [A, B]\n---" + body) << "Crash loop"
                               << QStringList { QStringLiteral("A"), QStringLiteral("B") } << "KubePodCrashLooping"
                               << 0;
    QTest::newRow("block list, quotes and comments") << QByteArray(
        "---\n# owners: sre\ntitle: \"Crash: loop\" # shown in the tree\nweight: 20\nalerts:\n  - A\n  - 'B'\n---"
        + body) << "Crash: loop" << QStringList { QStringLiteral("A"), QStringLiteral("B") }
                                                     << "KubePodCrashLooping" << 0;
    QTest::newRow("block list at the key's indentation")
        << QByteArray("---\nalerts:\n- A\n- B\ntags: [x]\n---" + body) << "KubePodCrashLooping"
        << QStringList { QStringLiteral("A"), QStringLiteral("B") } << "KubePodCrashLooping" << 0;
    QTest::newRow("single alert as a scalar") << QByteArray("---\nalerts: A\n---" + body) << "KubePodCrashLooping"
                                              << QStringList { QStringLiteral("A") } << "KubePodCrashLooping" << 0;
    QTest::newRow("nested map left to yaml-cpp")
        << QByteArray("---\ntitle: T\nparams:\n  severity: page\nalerts: [A]\n---" + body) << "T"
        << QStringList { QStringLiteral("A") } << "KubePodCrashLooping" << 0;
    QTest::newRow("multi-line title left to yaml-cpp")
        << QByteArray("---\ntitle: >\n  Long\n  title\nalerts: [A]\n---" + body) << "Long title"
        << QStringList { QStringLiteral("A") } << "KubePodCrashLooping" << 0;
    QTest::newRow("escaped quotes left to yaml-cpp") << QByteArray("---\ntitle: \"a \\\"b\\\"\"\n---" + body)
                                                     << "a \"b\"" << QStringList {} << "KubePodCrashLooping" << 0;
    QTest::newRow("no front matter: the H1 is the title")
        << QByteArray("# KubePodCrashLooping\n") << "KubePodCrashLooping" << QStringList {} << "KubePodCrashLooping"
        << 0;
    QTest::newRow("robustness: broken YAML reported at its line")
        << QByteArray("---\ntitle: T\nalerts: [A\n---" + body) << "KubePodCrashLooping" << QStringList {}
        << "KubePodCrashLooping" << 3;
}

void TestRunbook::frontMatter()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, title);
    QFETCH(QStringList, alerts);
    QFETCH(QString, h1);
    QFETCH(int, problemLine);
    const rb::ParseResult r = rb::parseRunbook(text, QStringLiteral("/r/x.md"), QStringLiteral("/r"));
    QCOMPARE(r.runbook.title, title);
    QCOMPARE(r.runbook.alerts, alerts);
    QCOMPARE(r.runbook.h1, h1);
    QCOMPARE(r.runbook.relativePath, QStringLiteral("x.md"));
    if (problemLine == 0) {
        QVERIFY2(r.problems.isEmpty(), qPrintable(r.problems.value(0).toString()));
    } else {
        QCOMPARE(r.problems.size(), 1);
        QVERIFY2(r.problems.first().line >= problemLine, qPrintable(r.problems.first().toString()));
    }
}

void TestRunbook::resolve_data()
{
    QTest::addColumn<QStringList>("files");
    QTest::addColumn<QString>("alert");
    QTest::addColumn<QStringList>("annotations");
    QTest::addColumn<QString>("expectedFile"); // relative to the fixture; empty: none
    QTest::addColumn<QString>("expectedAnchor");
    QTest::addColumn<Method>("expectedMethod");
    QTest::addColumn<bool>("expectRefusal");

    const QString crash = QStringLiteral("content/runbooks/kubernetes/KubePodCrashLooping.md");
    QTest::newRow("prometheus-operator URL: lower-cased alert name finds the file")
        << QStringList { crash } << "KubePodCrashLooping"
        << QStringList { QStringLiteral("runbook_url=") + kOperator + QStringLiteral("kubernetes/kubepodcrashlooping") }
        << crash << "" << Method::RunbookUrl << false;
    QTest::newRow("prometheus-operator URL: trailing slash and anchor kept")
        << QStringList { crash } << "KubePodCrashLooping"
        << QStringList { QStringLiteral("runbook_url=") + kOperator
                         + QStringLiteral("kubernetes/kubepodcrashlooping/#diagnosis") }
        << crash << "diagnosis" << Method::RunbookUrl << false;
    QTest::newRow("prometheus-operator URL: folder name in another case too")
        << QStringList { crash } << "KubePodCrashLooping"
        << QStringList { QStringLiteral("runbook_url=") + kOperator
                         + QStringLiteral("Kubernetes/KUBEPODCRASHLOOPING.md") }
        << crash << "" << Method::RunbookUrl << false;
    QTest::newRow("runbook_url: exact file with .md")
        << QStringList { QStringLiteral("runbooks/checkout/availability.md") } << "CheckoutDown"
        << QStringList { QStringLiteral("runbook_url=") + kTeam + QStringLiteral("checkout/availability.md") }
        << "runbooks/checkout/availability.md"
        << "" << Method::RunbookUrl << false;
    QTest::newRow("runbook_url: .html page maps to the .md source")
        << QStringList { QStringLiteral("runbooks/checkout/availability.md") } << "CheckoutDown"
        << QStringList { QStringLiteral("runbook_url=") + kTeam
                         + QStringLiteral("checkout/availability.html?ref=pager#triage") }
        << "runbooks/checkout/availability.md"
        << "triage" << Method::RunbookUrl << false;
    QTest::newRow("runbook_url: percent-encoded anchor decoded")
        << QStringList { QStringLiteral("runbooks/db/pool.md") } << "DbPool"
        << QStringList { QStringLiteral("runbook_url=") + kTeam
                         + QStringLiteral("db/pool.md#%E7%B7%A9%E5%92%8C%E7%AD%96") }
        << "runbooks/db/pool.md" << QStringLiteral("緩和策") << Method::RunbookUrl << false;
    QTest::newRow("runbook_url: Hugo section folder opens its _index.md")
        << QStringList { QStringLiteral("content/runbooks/node/_index.md") } << "NodeStuff"
        << QStringList { QStringLiteral("runbook_url=") + kOperator + QStringLiteral("node/") }
        << "content/runbooks/node/_index.md"
        << "" << Method::RunbookUrl << false;
    QTest::newRow("runbook_url under no mapped prefix: falls through to the file name")
        << QStringList { QStringLiteral("runbooks/TargetDown.md") } << "TargetDown"
        << QStringList { QStringLiteral("runbook_url=https://wiki.example.com/TargetDown") } << "runbooks/TargetDown.md"
        << "" << Method::FileName << false;
    QTest::newRow("runbook_url to a missing file: falls through to front matter")
        << QStringList { QStringLiteral("runbooks/team/db.md=---\nalerts: [DbDown]\n---\n# Database\n") } << "DbDown"
        << QStringList { QStringLiteral("runbook_url=") + kTeam + QStringLiteral("nowhere.md") }
        << "runbooks/team/db.md"
        << "" << Method::FrontMatter << false;
    QTest::newRow("GitLab-style relative runbook annotation")
        << QStringList { QStringLiteral("runbooks/docs/patroni/pg-replication-lag.md") } << "PostgresReplicationLag"
        << QStringList { QStringLiteral("runbook=docs/patroni/pg-replication-lag.md") }
        << "runbooks/docs/patroni/pg-replication-lag.md"
        << "" << Method::RunbookAnnotation << false;
    QTest::newRow("relative runbook annotation: ./ and anchor")
        << QStringList { QStringLiteral("runbooks/docs/redis.md") } << "RedisDown"
        << QStringList { QStringLiteral("runbook=./docs/redis.md#failover") } << "runbooks/docs/redis.md"
        << "failover" << Method::RunbookAnnotation << false;
    QTest::newRow("relative runbook annotation: found under the second root")
        << QStringList { QStringLiteral("content/alerts/etcd/EtcdNoLeader.md") } << "EtcdNoLeader"
        << QStringList { QStringLiteral("runbook=alerts/etcd/EtcdNoLeader.md") }
        << "content/alerts/etcd/EtcdNoLeader.md"
        << "" << Method::RunbookAnnotation << false;
    QTest::newRow("runbook_url wins over the runbook annotation")
        << QStringList { QStringLiteral("runbooks/a.md"), QStringLiteral("runbooks/b.md") } << "X"
        << QStringList { QStringLiteral("runbook_url=") + kTeam + QStringLiteral("a.md"),
                         QStringLiteral("runbook=b.md") }
        << "runbooks/a.md"
        << "" << Method::RunbookUrl << false;
    QTest::newRow("front matter alerts") << QStringList { QStringLiteral(
        "runbooks/team/db.md=---\ntitle: Database\nalerts: [DbDown, DbSlow]\n---\n# Database\n") }
                                         << "DbSlow" << QStringList {} << "runbooks/team/db.md"
                                         << "" << Method::FrontMatter << false;
    QTest::newRow("front matter alerts come before the file name")
        << QStringList { QStringLiteral("runbooks/DbDown.md"),
                         QStringLiteral("runbooks/team/db.md=---\nalerts:\n  - DbDown\n---\n# Database\n") }
        << "DbDown" << QStringList {} << "runbooks/team/db.md"
        << "" << Method::FrontMatter << false;
    QTest::newRow("file name, OpenShift layout without front matter")
        << QStringList { QStringLiteral(
               "runbooks/alerts/cluster-monitoring-operator/PrometheusDown.md=# Prometheus is down\n") }
        << "PrometheusDown" << QStringList {} << "runbooks/alerts/cluster-monitoring-operator/PrometheusDown.md"
        << "" << Method::FileName << false;
    QTest::newRow("file name ignores case") << QStringList { QStringLiteral("runbooks/targetdown.md") } << "TargetDown"
                                            << QStringList {} << "runbooks/targetdown.md"
                                            << "" << Method::FileName << false;
    QTest::newRow("H1 equal to the alert name")
        << QStringList { QStringLiteral("runbooks/misc/disk.md=Intro\n\n# NodeDiskFull\n\nText.\n") } << "NodeDiskFull"
        << QStringList {} << "runbooks/misc/disk.md"
        << "" << Method::Heading << false;
    QTest::newRow("H1 in a code block does not count")
        << QStringList { QStringLiteral("runbooks/misc/disk.md=```\n# NodeDiskFull\n```\n") } << "NodeDiskFull"
        << QStringList {} << ""
        << "" << Method::None << false;
    QTest::newRow("nothing matches: none")
        << QStringList { QStringLiteral("runbooks/other.md") } << "CheckoutTrafficDrop" << QStringList {} << ""
        << "" << Method::None << false;
    QTest::newRow("traversal: ../../../etc/passwd in the runbook annotation refused")
        << QStringList {} << "Evil" << QStringList { QStringLiteral("runbook=../../../etc/passwd") } << ""
        << "" << Method::None << true;
    QTest::newRow("traversal: absolute runbook annotation refused")
        << QStringList {} << "Evil" << QStringList { QStringLiteral("runbook=/etc/passwd") } << ""
        << "" << Method::None << true;
    QTest::newRow("traversal: ../ in a mapped runbook_url refused")
        << QStringList {} << "Evil"
        << QStringList { QStringLiteral("runbook_url=") + kTeam + QStringLiteral("../../../../etc/passwd") } << ""
        << "" << Method::None << true;
    QTest::newRow("traversal: percent-encoded ../ in runbook_url refused")
        << QStringList {} << "Evil"
        << QStringList { QStringLiteral("runbook_url=") + kTeam + QStringLiteral("%2e%2e/%2e%2e/%2e%2e/etc/passwd") }
        << ""
        << "" << Method::None << true;
    QTest::newRow("traversal refused, front matter still finds the runbook")
        << QStringList { QStringLiteral("runbooks/x.md=---\nalerts: [Evil]\n---\n") } << "Evil"
        << QStringList { QStringLiteral("runbook=../../etc/passwd") } << "runbooks/x.md"
        << "" << Method::FrontMatter << true;
    QTest::newRow("../ that stays inside the roots is fine")
        << QStringList { QStringLiteral("runbooks/b/x.md") } << "X"
        << QStringList { QStringLiteral("runbook=a/../b/x.md") } << "runbooks/b/x.md"
        << "" << Method::RunbookAnnotation << false;
}

void TestRunbook::resolve()
{
    QFETCH(QStringList, files);
    QFETCH(QString, alert);
    QFETCH(QStringList, annotations);
    QFETCH(QString, expectedFile);
    QFETCH(QString, expectedAnchor);
    QFETCH(Method, expectedMethod);
    QFETCH(bool, expectRefusal);

    Fixture f;
    f.write(files);
    const rb::Resolver resolver(f.roots, f.map, f.runbooks());
    const rb::Resolution r = resolver.resolve({ alert, annotationsOf(annotations), {}, 0 });
    QCOMPARE(rb::methodId(r.method), rb::methodId(expectedMethod));
    QCOMPARE(r.file, expectedFile.isEmpty() ? QString() : QFileInfo(f.tree.path(expectedFile)).canonicalFilePath());
    QCOMPARE(r.anchor, expectedAnchor);
    QVERIFY2(r.refused.isEmpty() != expectRefusal, qPrintable(r.refused));
    if (expectRefusal)
        QVERIFY2(r.refused.contains(QStringLiteral("outside the runbook folders")), qPrintable(r.refused));
    if (!expectedAnchor.isEmpty())
        QVERIFY(r.location().endsWith(u'#' + expectedAnchor));
}

void TestRunbook::resolveDemo_data()
{
    QTest::addColumn<QString>("alert");
    QTest::addColumn<QString>("expectedFile"); // relative to runbooks/
    QTest::addColumn<Method>("expectedMethod");

    QTest::newRow("demo: prometheus-operator URL, lower-cased")
        << "KubePodCrashLooping"
        << "operator/kubernetes/KubePodCrashLooping.md" << Method::RunbookUrl;
    QTest::newRow("demo: operator URL under another component")
        << "NodeFilesystemSpaceFillingUp"
        << "operator/node/NodeFilesystemSpaceFillingUp.md" << Method::RunbookUrl;
    QTest::newRow("demo: team URL with .md") << "MyappApiDbPoolSaturation"
                                             << "services/myapp-api/db-connection-pool.md" << Method::RunbookUrl;
    QTest::newRow("demo: relative runbook annotation") << "AuthLatencyBudgetBurn"
                                                       << "services/auth/latency.md" << Method::RunbookAnnotation;
    QTest::newRow("demo: front matter alerts") << "SearchDown"
                                               << "services/search/availability.md" << Method::FrontMatter;
    QTest::newRow("demo: front matter alerts, PrometheusRule CRD")
        << "LatencySLOViolation"
        << "services/myapp-api/latency.md" << Method::FrontMatter;
    QTest::newRow("demo: CheckoutTrafficDrop has no runbook") << "CheckoutTrafficDrop"
                                                              << "" << Method::None;
    QTest::newRow("demo: operator URL; without it, the file name")
        << "KubeNodeNotReady"
        << "operator/kubernetes/KubeNodeNotReady.md" << Method::RunbookUrl;
}

void TestRunbook::resolveDemo()
{
    QFETCH(QString, alert);
    QFETCH(QString, expectedFile);
    QFETCH(Method, expectedMethod);

    ws::Workspace workspace;
    workspace.openBlocking(kDemo);
    std::vector<rb::UrlMapping> map;
    for (const ws::RunbookUrlMapping &m : workspace.config().runbookUrlMap)
        map.push_back({ m.prefix, m.path });
    const rb::Resolver resolver(workspace.config().runbookPaths, map, workspace.runbooks().items());
    std::optional<rb::Resolution> r;
    for (const alerting::AlertRule &rule : workspace.rules().items()) {
        if (rule.name == alert) {
            r = resolver.resolve({ rule.name, rule.annotations, rule.file, rule.line });
            break;
        }
    }
    QVERIFY2(r, "the demo rules define the alert");
    QCOMPARE(rb::methodId(r->method), rb::methodId(expectedMethod));
    const QString expected = expectedFile.isEmpty()
        ? QString()
        : QFileInfo(kDemo + QStringLiteral("/runbooks/") + expectedFile).canonicalFilePath();
    QCOMPARE(r->file, expected);

    // Without annotations the file name (or front matter) still finds it.
    if (expectedMethod == Method::RunbookUrl && expectedFile.contains(alert)) {
        const rb::Resolution bare = resolver.resolve({ alert, {}, {}, 0 });
        QCOMPARE(rb::methodId(bare.method), rb::methodId(Method::FileName));
        QCOMPARE(bare.file, expected);
    }
}

void TestRunbook::symlinkOutOfTheRootsRefused()
{
    Fixture f;
    Tree outside;
    QVERIFY(outside.write(QStringLiteral("secret.md"), "# Secret\n"));
    QVERIFY(QFile::link(outside.path(QStringLiteral("secret.md")), f.tree.path(QStringLiteral("runbooks/Leak.md"))));
    QVERIFY(QFile::link(outside.path(), f.tree.path(QStringLiteral("runbooks/outside-dir"))));
    const rb::Resolver resolver(f.roots, f.map, f.runbooks());

    const rb::Resolution byUrl = resolver.resolve(
        { QStringLiteral("Leak"), { { QStringLiteral("runbook_url"), kTeam + QStringLiteral("Leak.md") } }, {}, 0 });
    QVERIFY(!byUrl.found());
    QVERIFY2(byUrl.refused.contains(QStringLiteral("symbolic link")), qPrintable(byUrl.refused));

    const rb::Resolution byDir = resolver.resolve(
        { QStringLiteral("X"), { { QStringLiteral("runbook"), QStringLiteral("outside-dir/secret.md") } }, {}, 0 });
    QVERIFY(!byDir.found());
    QVERIFY2(byDir.refused.contains(QStringLiteral("symbolic link")), qPrintable(byDir.refused));

    // The scan leaves the link out (with a warning), so the file name does not find it either.
    const rb::ScanResult scan = rb::scanRoots(f.roots);
    QVERIFY(std::none_of(scan.runbooks.begin(), scan.runbooks.end(),
                         [](const rb::Runbook &r) { return r.file.endsWith(QStringLiteral("Leak.md")); }));
    QVERIFY(std::any_of(scan.problems.begin(), scan.problems.end(),
                        [](const Problem &p) { return p.file.endsWith(QStringLiteral("Leak.md")) && !p.isError(); }));
    const rb::Resolution byName = resolver.resolve({ QStringLiteral("Leak"), {}, {}, 0 });
    QVERIFY(!byName.found());
    // A runbook list that still holds it (built elsewhere) is refused all the same.
    rb::Runbook leak;
    leak.file = f.tree.path(QStringLiteral("runbooks/Leak.md"));
    leak.root = f.roots.first();
    const rb::Resolver listed(f.roots, f.map, { leak });
    const rb::Resolution listedByName = listed.resolve({ QStringLiteral("Leak"), {}, {}, 0 });
    QVERIFY(!listedByName.found());
    QVERIFY2(listedByName.refused.contains(QStringLiteral("symbolic link")), qPrintable(listedByName.refused));
}

void TestRunbook::rootsOutsideTheWorkspace()
{
    // workspace.yaml names runbook folders beside the workspace, as DESIGN.md's example does.
    Tree t;
    QVERIFY(t.write(QStringLiteral("ws/workspace.yaml"),
                    "name: t\nrunbook_paths: [runbooks, ../team-runbooks/content]\n"
                    "runbook_url_map:\n"
                    "  - prefix: https://runbooks.prometheus-operator.dev/runbooks/\n"
                    "    path: ../team-runbooks/content/runbooks/\n"));
    QVERIFY(t.write(QStringLiteral("ws/rules/r.yaml"),
                    "groups:\n  - name: g\n    rules:\n      - alert: KubeNodeNotReady\n        expr: up == 0\n"
                    "        annotations:\n          runbook_url: "
                    "https://runbooks.prometheus-operator.dev/runbooks/kubernetes/kubenodenotready\n"));
    QVERIFY(t.write(QStringLiteral("ws/runbooks/local.md"), "# Local\n"));
    QVERIFY(t.write(QStringLiteral("team-runbooks/content/runbooks/kubernetes/KubeNodeNotReady.md"),
                    "# KubeNodeNotReady\n"));
    ws::Workspace workspace;
    workspace.openBlocking(t.path(QStringLiteral("ws")));
    QCOMPARE(workspace.runbooks().size(), std::size_t(2));
    std::vector<rb::UrlMapping> map;
    for (const ws::RunbookUrlMapping &m : workspace.config().runbookUrlMap)
        map.push_back({ m.prefix, m.path });
    const rb::Resolver resolver(workspace.config().runbookPaths, map, workspace.runbooks().items());
    QCOMPARE(workspace.rules().size(), std::size_t(1));
    const alerting::AlertRule &rule = workspace.rules().items().front();
    const rb::Resolution r = resolver.resolve({ rule.name, rule.annotations, rule.file, rule.line });
    QCOMPARE(rb::methodId(r.method), QStringLiteral("runbook_url"));
    QCOMPARE(r.file,
             QFileInfo(t.path(QStringLiteral("team-runbooks/content/runbooks/kubernetes/KubeNodeNotReady.md")))
                 .canonicalFilePath());
}

void TestRunbook::refusal_data()
{
    QTest::addColumn<QString>("relative"); // to the fixture
    QTest::addColumn<bool>("refused");
    QTest::newRow("a file under a root") << "runbooks/a/b.md" << false;
    QTest::newRow("the root itself") << "runbooks" << false;
    QTest::newRow("a url map folder") << "content/runbooks/x.md" << false;
    QTest::newRow("the workspace beside the roots") << "workspace.yaml" << true;
    QTest::newRow("a sibling with the root's name as prefix") << "runbooks-old/x.md" << true;
    QTest::newRow("dot-dot out of a root") << "runbooks/../../x.md" << true;
}

void TestRunbook::refusal()
{
    QFETCH(QString, relative);
    QFETCH(bool, refused);
    Fixture f;
    const rb::Resolver resolver(f.roots, f.map, {});
    const QString why = resolver.refusal(f.tree.path() + u'/' + relative);
    QVERIFY2(why.isEmpty() != refused, qPrintable(why));
}
