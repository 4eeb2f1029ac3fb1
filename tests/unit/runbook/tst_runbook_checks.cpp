// Markdown outline, coverage (alerts without runbooks, links and anchors) and lint.
#include "tst_runbook.h"

#include "checks.h"
#include "markdown.h"
#include "workspace.h"

using namespace sre;
using namespace rbtest;

namespace {

// Findings as "relative/file:line:rule", for comparing.
QStringList brief(const rb::Findings &findings, const QString &base)
{
    QStringList out;
    for (const rb::Finding &f : findings)
        out << QStringLiteral("%1:%2:%3").arg(QDir(base).relativeFilePath(f.file)).arg(f.line).arg(f.rule);
    return out;
}

void writeAll(const Tree &t, const QStringList &files)
{
    for (const QString &entry : files) {
        const qsizetype eq = entry.indexOf(u'=');
        QVERIFY(t.write(entry.left(eq), entry.mid(eq + 1).toUtf8()));
    }
}

std::vector<rb::UrlMapping> urlMap(const ws::Workspace &w)
{
    std::vector<rb::UrlMapping> map;
    for (const ws::RunbookUrlMapping &m : w.config().runbookUrlMap)
        map.push_back({ m.prefix, m.path });
    return map;
}

} // namespace

void TestRunbook::githubSlug_data()
{
    QTest::addColumn<QString>("heading");
    QTest::addColumn<QString>("slug");
    QTest::newRow("one word") << "Diagnosis"
                              << "diagnosis";
    QTest::newRow("punctuation dropped, spaces to dashes") << "Step 2: Check the pods (kubectl)"
                                                           << "step-2-check-the-pods-kubectl";
    QTest::newRow("code span and apostrophe") << "What's `kubectl rollout`?"
                                              << "whats-kubectl-rollout";
    QTest::newRow("dashes and underscores kept") << "node_exporter - disk"
                                                 << "node_exporter---disk";
    QTest::newRow("link text only") << "See [the docs](https://x.example/a.md) now"
                                    << "see-the-docs-now";
    QTest::newRow("Japanese kept as is") << QStringLiteral("緩和策") << QStringLiteral("緩和策");
    QTest::newRow("Japanese with spaces and parentheses")
        << QStringLiteral("初動 (最初の 5 分)") << QStringLiteral("初動-最初の-5-分");
    QTest::newRow("symbols dropped") << "C++ & Go"
                                     << "c--go";
    QTest::newRow("emoji dropped") << QStringLiteral("🔥 Hot fix") << "-hot-fix";
}

void TestRunbook::githubSlug()
{
    QFETCH(QString, heading);
    QFETCH(QString, slug);
    QCOMPARE(rb::md::githubSlug(heading), slug);
}

void TestRunbook::outlineSkipsCode()
{
    const QByteArray text = "---\ntitle: T\n---\n"
                            "# Title\n" // line 4
                            "\n"
                            "```shell\n"
                            "# not a heading\n"
                            "```\n"
                            "1. Step\n"
                            "   ~~~~\n"
                            "   ## also not a heading\n"
                            "   ~~~~\n"
                            "Notes\n" // line 13: setext heading
                            "-----\n"
                            "## Notes\n" // line 15: duplicate slug
                            "<!-- ## commented out -->\n"
                            "## Fix {#custom}\n"; // line 17
    const rb::md::Outline o = rb::md::outline(text);
    QCOMPARE(int(o.headings.size()), 4);
    QCOMPARE(o.headings[0].line, 4);
    QCOMPARE(o.headings[0].slug, QStringLiteral("title"));
    QVERIFY(o.headings[0].hasText);
    QCOMPARE(o.headings[1].line, 13);
    QCOMPARE(o.headings[1].level, 2);
    QCOMPARE(o.headings[1].slug, QStringLiteral("notes"));
    QVERIFY(!o.headings[1].hasText);
    QCOMPARE(o.headings[2].slug, QStringLiteral("notes-1"));
    QCOMPARE(o.headings[3].text, QStringLiteral("Fix"));
    QVERIFY(o.anchors.contains(QStringLiteral("custom")));
    QVERIFY(o.anchors.contains(QStringLiteral("fix")));
    QCOMPARE(o.firstBodyLine, 4);
}

void TestRunbook::links_data()
{
    QTest::addColumn<QStringList>("files"); // "path=content" under runbooks/
    QTest::addColumn<QStringList>("expected");

    const QString b = QStringLiteral("b.md=# B\n\n## Step 2: Check the pods\n\nx\n\n## Notes\n\ny\n\n## Notes\n\nz\n");
    QTest::newRow("relative link to an existing runbook")
        << QStringList { QStringLiteral("a.md=See [b](b.md).\n"), b } << QStringList {};
    QTest::newRow("link to a missing file") << QStringList { QStringLiteral("a.md=# A\n\nSee [gone](sub/gone.md).\n") }
                                            << QStringList { QStringLiteral("a.md:3:broken-link") };
    QTest::newRow("anchor to a heading, GitHub slug")
        << QStringList { QStringLiteral("a.md=[b](b.md#step-2-check-the-pods)\n"), b } << QStringList {};
    QTest::newRow("anchor to the second heading of a name")
        << QStringList { QStringLiteral("a.md=[b](b.md#notes-1)\n"), b } << QStringList {};
    QTest::newRow("anchor that leads nowhere") << QStringList { QStringLiteral("a.md=[b](b.md#step-3)\n"), b }
                                               << QStringList { QStringLiteral("a.md:1:broken-anchor") };
    QTest::newRow("anchor in the same file") << QStringList {
        QStringLiteral("a.md=# A\n\nSee [below](#mitigation), not [this](#nope).\n\n## Mitigation\n\nx\n")
    } << QStringList { QStringLiteral("a.md:3:broken-anchor") };
    QTest::newRow("anchor to a Japanese heading") << QStringList { QStringLiteral("a.md=[可用性](c.md#緩和策)\n"),
                                                                   QStringLiteral("c.md=# C\n\n## 緩和策\n\nx\n") }
                                                  << QStringList {};
    QTest::newRow("explicit HTML and Hugo anchors")
        << QStringList { QStringLiteral("a.md=[x](c.md#here) [y](c.md#custom)\n"),
                         QStringLiteral("c.md=<a name=\"here\"></a>\n\n## Other {#custom}\n\nx\n") }
        << QStringList {};
    QTest::newRow("link out of the roots refused")
        << QStringList { QStringLiteral("a.md=[passwd](../../../etc/passwd)\n") }
        << QStringList { QStringLiteral("a.md:1:link-outside-roots") };
    QTest::newRow("links in code are not links")
        << QStringList { QStringLiteral("a.md=`[x](gone.md)`\n\n```\n[y](gone.md)\n```\n") } << QStringList {};
    QTest::newRow("web, mailto and protocol-relative links are not checked offline") << QStringList {
        QStringLiteral("a.md=[w](https://example.com/x.md#y) [m](mailto:a@b.c) [p](//cdn.example/x)\n")
    } << QStringList {};
    QTest::newRow("missing image") << QStringList { QStringLiteral("a.md=# A\n\n![graph](img/graph.png)\n") }
                                   << QStringList { QStringLiteral("a.md:3:broken-link") };
    QTest::newRow("extensionless link to a runbook")
        << QStringList { QStringLiteral("a.md=[b](b)\n"), b } << QStringList {};
    QTest::newRow("percent-encoded file name")
        << QStringList { QStringLiteral("a.md=[n](my%20notes.md)\n"), QStringLiteral("my notes.md=# N\n") }
        << QStringList {};
    QTest::newRow("reference-style link definition")
        << QStringList { QStringLiteral("a.md=See [b][ref].\n\n[ref]: gone.md\n") }
        << QStringList { QStringLiteral("a.md:3:broken-link") };
}

void TestRunbook::links()
{
    QFETCH(QStringList, files);
    QFETCH(QStringList, expected);
    Tree t;
    for (QString &f : files)
        f.prepend(QStringLiteral("runbooks/"));
    writeAll(t, files);
    const QStringList roots { t.path(QStringLiteral("runbooks")) };
    const rb::Resolver resolver(roots, {}, rb::scanRoots(roots).runbooks);
    const rb::Findings findings = rb::checkLinks(resolver);
    QCOMPARE(brief(findings, roots.first()), expected);
    for (const rb::Finding &f : findings)
        QVERIFY2(!f.message.isEmpty(), qPrintable(f.toString()));
}

void TestRunbook::coverageDemo()
{
    ws::Workspace workspace;
    workspace.openBlocking(kDemo);
    const rb::Resolver resolver(workspace.config().runbookPaths, urlMap(workspace), workspace.runbooks().items());
    std::vector<rb::AlertRef> alerts;
    for (const alerting::AlertRule &r : workspace.rules().items())
        alerts.push_back({ r.name, r.annotations, r.file, r.line });
    const rb::CoverageReport report = rb::coverage(alerts, resolver);

    QVERIFY(report.alerts.size() >= 20);
    QCOMPARE(report.uncovered(), 1);
    const auto missing = std::find_if(report.alerts.begin(), report.alerts.end(),
                                      [](const rb::AlertCoverage &a) { return !a.resolution.found(); });
    QCOMPARE(missing->alert.name, QStringLiteral("CheckoutTrafficDrop"));
    QVERIFY(report.failed());
    QVERIFY2(report.links.isEmpty(), qPrintable(report.links.value(0).toString()));
    const rb::Findings findings = report.findings();
    QCOMPARE(findings.size(), 1);
    QVERIFY2(findings.first().toString(kDemo).startsWith(QStringLiteral("rules/checkout-slo.yaml:")),
             qPrintable(findings.first().toString(kDemo)));
    QVERIFY(findings.first().toString(kDemo).contains(QStringLiteral(": no-runbook: alert CheckoutTrafficDrop")));
    QCOMPARE(report.unreferenced.size(), 1);
    QVERIFY(report.unreferenced.first().endsWith(QStringLiteral("oncall/handbook.md")));
    // Page and ticket tiers share a name: one row each.
    const auto auth = std::find_if(report.alerts.begin(), report.alerts.end(),
                                   [](const rb::AlertCoverage &a) { return a.alert.name == u"AuthLatencyBudgetBurn"; });
    QCOMPARE(auth->rules, 2);
}

void TestRunbook::coverageCountsRulesPerName()
{
    Tree t;
    writeAll(t, { QStringLiteral("runbooks/db.md=# Database\n\n## Failover\n\nx\n") });
    const QStringList roots { t.path(QStringLiteral("runbooks")) };
    const rb::Resolver resolver(roots, { { QStringLiteral("https://rb.example/"), roots.first() } },
                                rb::scanRoots(roots).runbooks);
    auto alert = [](const QString &name, const QString &url, int line) {
        return rb::AlertRef {
            name, { { QStringLiteral("runbook_url"), url } }, QStringLiteral("/rules/db.yaml"), line
        };
    };
    const rb::CoverageReport report
        = rb::coverage({ alert(QStringLiteral("DbDown"), QStringLiteral("https://rb.example/db.md#failover"), 10),
                         alert(QStringLiteral("DbDown"), QStringLiteral("https://rb.example/nope.md"), 20),
                         alert(QStringLiteral("DbSlow"), QStringLiteral("https://rb.example/db.md#tuning"), 30) },
                       resolver);
    QCOMPARE(int(report.alerts.size()), 2);
    QCOMPARE(report.alerts[0].alert.name, QStringLiteral("DbDown"));
    QCOMPARE(report.alerts[0].rules, 2);
    QVERIFY(!report.alerts[0].resolution.found()); // the rule without a runbook is the one shown
    QCOMPARE(report.alerts[0].alert.line, 20);
    QCOMPARE(report.uncovered(), 1);
    QCOMPARE(brief(report.links, QStringLiteral("/")),
             QStringList { QStringLiteral("rules/db.yaml:30:broken-anchor") });
    QVERIFY(report.unreferenced.isEmpty());
}

void TestRunbook::lint_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("templateFolder");
    QTest::addColumn<QStringList>("expected"); // "line:rule"

    const QByteArray full = "# A\n\n## Meaning\n\nm\n\n## Impact\n\ni\n\n## Diagnosis\n\nd\n\n## Mitigation\n\nx\n";
    QTest::newRow("template folder: all four sections, nothing to say") << full << true << QStringList {};
    QTest::newRow("template folder: no Impact")
        << QByteArray("# A\n\n## Meaning\n\nm\n\n## Diagnosis\n\nd\n\n## Mitigation\n\nx\n") << true
        << QStringList { QStringLiteral("1:missing-section") };
    QTest::newRow("template folder: Japanese headings count")
        << QByteArray("# A\n\n## 意味\n\nm\n\n## 影響\n\ni\n\n## 診断\n\nd\n\n## 緩和策\n\nx\n") << true
        << QStringList {};
    QTest::newRow("free-form folder: sections not required")
        << QByteArray("# A\n\nJust do it.\n") << false << QStringList {};
    QTest::newRow("TODO left in prose") << QByteArray("# A\n\nTODO: write this\n") << false
                                        << QStringList { QStringLiteral("3:placeholder") };
    QTest::newRow("TODO inside code is fine")
        << QByteArray("# A\n\n```\n# TODO in a script\n```\n\nRun `grep TODO`.\n") << false << QStringList {};
    QTest::newRow("a word containing todo is fine")
        << QByteArray("# A\n\nTodoist and mastodon.\n") << false << QStringList {};
    QTest::newRow("<replace me> left in")
        << QByteArray("# A\n\nOwner: <replace me>\n") << false << QStringList { QStringLiteral("3:placeholder") };
    QTest::newRow("<details> is HTML, not a placeholder")
        << QByteArray("# A\n\n<details>\n<summary>More</summary>\n\nx\n</details>\n") << false << QStringList {};
    QTest::newRow("{{ service }} left in") << QByteArray("# A\n\nPage {{ team_channel }} first.\n") << false
                                           << QStringList { QStringLiteral("3:placeholder") };
    QTest::newRow("Hugo shortcodes are not placeholders")
        << QByteArray("# A\n\n{{< alert icon=\"x\" >}}\nCareful.\n{{< /alert >}}\n{{% notice %}}n{{% /notice %}}\n")
        << false << QStringList {};
    QTest::newRow("empty section between two headings") << QByteArray("# A\n\nx\n\n## Impact\n\n## Mitigation\n\ny\n")
                                                        << false << QStringList { QStringLiteral("5:empty-section") };
    QTest::newRow("a section holding only sub-sections is not empty")
        << QByteArray("# A\n\n## Diagnosis\n\n### Pods\n\nx\n") << false << QStringList {};
    QTest::newRow("a section holding only a comment is empty")
        << QByteArray("# A\n\nx\n\n## Impact\n<!-- describe the impact -->\n") << false
        << QStringList { QStringLiteral("5:empty-section") };
    QTest::newRow("a section holding only code is not empty")
        << QByteArray("# A\n\nx\n\n## Diagnosis\n\n```\nkubectl get pods\n```\n") << false << QStringList {};
    QTest::newRow("front matter lines are counted")
        << QByteArray("---\ntitle: A\n---\n# A\n\nFIXME\n") << false << QStringList { QStringLiteral("6:placeholder") };
}

void TestRunbook::lint()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, templateFolder);
    QFETCH(QStringList, expected);
    const rb::Findings findings = rb::lintText(text, QStringLiteral("/r/a.md"), templateFolder);
    QStringList got;
    for (const rb::Finding &f : findings) {
        got << QStringLiteral("%1:%2").arg(f.line).arg(f.rule);
        QVERIFY(f.toString().startsWith(QStringLiteral("/r/a.md:%1: %2: ").arg(f.line).arg(f.rule)));
    }
    QCOMPARE(got, expected);
}

void TestRunbook::lintFolderConvention()
{
    Tree t;
    const QByteArray full = "# A\n\n## Meaning\n\nm\n\n## Impact\n\ni\n\n## Diagnosis\n\nd\n\n## Mitigation\n\nx\n";
    const QByteArray noImpact = "# C\n\n## Meaning\n\nm\n\n## Diagnosis\n\nd\n\n## Mitigation\n\nx\n";
    QVERIFY(t.write(QStringLiteral("rb/operator/a/A.md"), full));
    QVERIFY(t.write(QStringLiteral("rb/operator/b/B.md"), full));
    QVERIFY(t.write(QStringLiteral("rb/operator/c/C.md"), noImpact));
    QVERIFY(t.write(QStringLiteral("rb/operator/c/D.md"), full));
    QVERIFY(t.write(QStringLiteral("rb/team/x.md"), "# X\n\nFree-form notes.\n"));
    QVERIFY(t.write(QStringLiteral("rb/team/y.md"), "# Y\n\n## Mitigation\n\nRestart it.\n"));
    QVERIFY(t.write(QStringLiteral("rb/team/z.md"), "# Z\n\n## Triage\n\nLook.\n"));
    const rb::Findings findings = rb::lint(rb::scanRoots({ t.path(QStringLiteral("rb")) }).runbooks);
    QCOMPARE(brief(findings, t.path(QStringLiteral("rb"))),
             QStringList { QStringLiteral("operator/c/C.md:1:missing-section") });
    QVERIFY(findings.first().message.contains(QStringLiteral("Impact")));
}

void TestRunbook::lintDemoIsClean()
{
    ws::Workspace workspace;
    workspace.openBlocking(kDemo);
    const rb::Findings findings = rb::lint(workspace.runbooks().items());
    QVERIFY2(findings.isEmpty(), qPrintable(findings.value(0).toString()));
}
