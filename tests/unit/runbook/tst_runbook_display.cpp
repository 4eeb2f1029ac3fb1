// What the runbook browser renders: shortcodes and <details> never shown as markup, code left alone.
#include "checklist.h"
#include "display.h"
#include "fuzzy.h"

#include <QTest>

using namespace sre::rb;

namespace {
QStringList L(std::initializer_list<const char *> items)
{
    QStringList out;
    for (const char *i : items)
        out << QString::fromUtf8(i);
    return out;
}
} // namespace

class TestRunbookDisplay final : public QObject
{
    Q_OBJECT
private slots:
    void body_data();
    void body();
    void frontMatterHeader();
    void codeIsLeftAlone();
    void checklistSteps();
    void fuzzyHighlightKeepsWordsWhole();
};

void TestRunbookDisplay::body_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QStringList>("mustContain");
    QTest::addColumn<QStringList>("mustNotContain");
    QTest::newRow("hugo hint becomes a warning label")
        << QByteArray("{{< hint warning >}}\nDo not delete pods.\n{{< /hint >}}\n")
        << L({ "**⚠ Warning**", "Do not delete pods." }) << L({ "{{", "}}", "hint" });
    QTest::newRow("hugo alert with named context")
        << QByteArray("{{< alert icon=\"⚠️\" context=\"info\" >}}\nText\n{{< /alert >}}\n")
        << L({ "**ℹ Note**", "Text" }) << L({ "{{", "context" });
    QTest::newRow("notice with percent delimiters") << QByteArray("{{% notice tip %}}\nUse kubectl.\n{{% /notice %}}\n")
                                                    << L({ "**ℹ Note**" }) << L({ "{{%", "%}}" });
    QTest::newRow("details shortcode with title")
        << QByteArray("{{< details \"Full context\" >}}\nMore.\n{{< /details >}}\n")
        << L({ "**▸ Full context**", "More." }) << L({ "{{" });
    QTest::newRow("tabs and tab names") << QByteArray(
        "{{< tabs >}}\n{{< tab \"Linux\" >}}\nls\n{{< /tab >}}\n{{< /tabs >}}\n")
                                        << L({ "**Linux**", "ls" }) << L({ "{{", "tabs" });
    QTest::newRow("ref in a link target")
        << QByteArray("See [the other]({{< ref \"other.md\" >}}).\n") << L({ "[the other](other.md)" }) << L({ "{{" });
    QTest::newRow("highlight shortcode becomes a fence")
        << QByteArray("{{< highlight bash >}}\necho {{ .x }}\n{{< /highlight >}}\n")
        << L({ "```bash\necho {{ .x }}\n```" }) << L({ "highlight" });
    QTest::newRow("unknown shortcode dropped, content kept")
        << QByteArray("{{< columns >}}\nLeft\n{{< /columns >}}\n") << L({ "Left" }) << L({ "{{", "columns" });
    QTest::newRow("html details and summary")
        << QByteArray("<details>\n<summary>Full context</summary>\n\nHidden text\n\n</details>\n")
        << L({ "**▸ Full context**", "Hidden text" }) << L({ "<details", "</details>", "summary" });
    QTest::newRow("details and summary on one line")
        << QByteArray("<details><summary>Why</summary>\n\nBecause\n</details>\n") << L({ "**▸ Why**" })
        << L({ "<details", "<summary" });
    QTest::newRow("comments dropped, also over several lines")
        << QByteArray("before <!-- note -->\n<!--\nguidance\n-->\nafter\n") << L({ "before", "after" })
        << L({ "<!--", "guidance", "-->" });
    QTest::newRow("inline tags reduced to text")
        << QByteArray("Press <kbd>Ctrl</kbd>+<kbd>C</kbd><br>then <b>wait</b>.\n") << L({ "Press Ctrl+C then wait." })
        << L({ "<kbd>", "<br>", "<b>" });
    QTest::newRow("html img becomes a Markdown image") << QByteArray("<img src=\"img/graph.png\" alt=\"Graph\">\n")
                                                       << L({ "![Graph](img/graph.png)" }) << L({ "<img" });
    QTest::newRow("placeholders in prose are not tags")
        << QByteArray("Run kubectl -n <namespace> get pods <pod>.\n") << L({ "<namespace>", "<pod>" }) << L({});
    QTest::newRow("script shown as text, never dropped silently")
        << QByteArray("<script>alert(1)</script>\n") << L({ "<script>alert(1)</script>" }) << L({});
    QTest::newRow("code spans keep their markup") << QByteArray("Use `{{< hint >}}` and `<details>` like this.\n")
                                                  << L({ "`{{< hint >}}`", "`<details>`" }) << L({});
}

void TestRunbookDisplay::body()
{
    QFETCH(QByteArray, input);
    QFETCH(QStringList, mustContain);
    QFETCH(QStringList, mustNotContain);
    const QString out = md::displayDocument(input).markdown;
    for (const QString &s : mustContain)
        QVERIFY2(out.contains(s), qPrintable(QStringLiteral("missing \"%1\" in:\n%2").arg(s, out)));
    for (const QString &s : mustNotContain)
        QVERIFY2(!out.contains(s), qPrintable(QStringLiteral("unexpected \"%1\" in:\n%2").arg(s, out)));
}

void TestRunbookDisplay::frontMatterHeader()
{
    const md::DisplayDocument doc = md::displayDocument(
        "---\ntitle: Kube Pod Crash Looping\nweight: 20\nalerts: [KubePodCrashLooping, KubePodNotReady]\n---\n# X\n");
    QCOMPARE(doc.meta.size(), 3);
    QCOMPARE(doc.meta[0], std::make_pair(QStringLiteral("title"), QStringLiteral("Kube Pod Crash Looping")));
    QCOMPARE(doc.meta[1], std::make_pair(QStringLiteral("weight"), QStringLiteral("20")));
    QCOMPARE(doc.meta[2],
             std::make_pair(QStringLiteral("alerts"), QStringLiteral("KubePodCrashLooping, KubePodNotReady")));
    QCOMPARE(doc.markdown.trimmed(), QStringLiteral("# X"));
    QCOMPARE(doc.bodyFirstLine, 6);
}

void TestRunbookDisplay::codeIsLeftAlone()
{
    const QByteArray code = "```html\n<details>\n{{< hint >}}\n<!-- c -->\n<b>x</b>\n```\n";
    QCOMPARE(md::displayDocument(code).markdown, QString::fromUtf8(code));
    const QByteArray tilde = "~~~~\n<!--\n~~~\nstill code\n~~~~\nafter <b>b</b>\n";
    const QString out = md::displayDocument(tilde).markdown;
    QVERIFY(out.startsWith(QStringLiteral("~~~~\n<!--\n~~~\nstill code\n~~~~\n")));
    QVERIFY(out.contains(QStringLiteral("after b")));
}

void TestRunbookDisplay::checklistSteps()
{
    const QByteArray text
        = "---\ntitle: t\n---\n# T\n\n## Diagnosis\n\n1. Look at the graph\n2) Check the logs\n"
          "   continued line\n\n```shell\n1. not a step\n- [ ] not a task\n```\n\n"
          "<!--\n1. guidance, not a step\n-->\n## Mitigation\n\n- [ ] Roll back\n- [x] Tell the team\n"
          "* [ ] Roll back\n- a plain item\n";
    const std::vector<sre::rb::ChecklistStep> steps = sre::rb::checklistSteps(text);
    QCOMPARE(steps.size(), std::size_t(5));
    QCOMPARE(steps[0].text, QStringLiteral("Look at the graph"));
    QCOMPARE(steps[0].line, 8);
    QCOMPARE(steps[0].section, QStringLiteral("Diagnosis"));
    QVERIFY(!steps[0].task);
    QCOMPARE(steps[1].text, QStringLiteral("Check the logs continued line")); // continuation joined
    QCOMPARE(steps[1].line, 9);
    QCOMPARE(steps[2].text, QStringLiteral("Roll back"));
    QVERIFY(steps[2].task);
    QCOMPARE(steps[2].section, QStringLiteral("Mitigation"));
    QVERIFY(steps[3].checkedInFile);
    QCOMPARE(steps[4].number, 5);
    // Keys: stable, unique, repeats numbered.
    QCOMPARE(steps[2].key, QStringLiteral("mitigation/Roll back"));
    QCOMPARE(steps[4].key, QStringLiteral("mitigation/Roll back#2"));
    // An edit elsewhere in the file keeps the keys.
    const std::vector<sre::rb::ChecklistStep> edited = sre::rb::checklistSteps("Intro line\n\n" + text);
    QCOMPARE(edited.size(), steps.size());
    for (std::size_t i = 0; i < steps.size(); ++i)
        QCOMPARE(edited[i].key, steps[i].key);
}

void TestRunbookDisplay::fuzzyHighlightKeepsWordsWhole()
{
    const QString name = QStringLiteral("Payments failing after the mTLS certificate expired");
    const sre::rb::FuzzyMatch m = sre::rb::fuzzyMatch(u"certificate", name);
    QVERIFY(m.matched());
    QCOMPARE(sre::rb::highlightMatch(name, m.positions, QStringLiteral("["), QStringLiteral("]")),
             QStringLiteral("Payments failing after the mTLS [certificate] expired"));
    // camelCase matches still mark the word starts they used.
    const sre::rb::FuzzyMatch k = sre::rb::fuzzyMatch(u"kubepodcrash", u"KubePodCrashLooping");
    QCOMPARE(sre::rb::highlightMatch(QStringLiteral("KubePodCrashLooping"), k.positions, QStringLiteral("["),
                                     QStringLiteral("]")),
             QStringLiteral("[KubePodCrash]Looping"));
}

QTEST_GUILESS_MAIN(TestRunbookDisplay)
#include "tst_runbook_display.moc"
