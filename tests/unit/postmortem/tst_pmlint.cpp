// The blameless-language checker (with the shipped rules, in English and Japanese, flagged and not
// flagged) and the completeness checks. Every expected finding is written by hand.
#include "lint.h"
#include "pmtestdata.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace sre;
using namespace sre::pm;
using namespace sre::pm::testdata;

namespace {
const QString kLint = QStringLiteral(SRE_SOURCE_DIR "/resources/lint");

void write(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

const std::vector<LintRule> &shipped()
{
    static const LintRuleSet set = loadLintRules({ kLint });
    return set.rules;
}

// "line:column:rule:text" for language findings ("line:column:hint:rule:text" for a style hint),
// "line:rule:text" for completeness.
QStringList describe(const Findings &findings)
{
    QStringList out;
    for (const Finding &f : findings)
        out << (f.kind == Finding::Kind::Language
                    ? QStringLiteral("%1:%2:%3%4:%5")
                          .arg(f.line)
                          .arg(f.column)
                          .arg(f.isHint() ? QStringLiteral("hint:") : QString(), f.rule, f.text)
                    : QStringLiteral("%1:%2:%3").arg(f.line).arg(f.rule, f.text));
    return out;
}

QStringList problemTexts(const Problems &problems)
{
    QStringList out;
    for (const Problem &p : problems)
        out << p.toString();
    return out;
}

// The demo workspace's people: postmortem authors and the on-call roster (handles and names).
const QStringList kDemoPeople
    = { QStringLiteral("Ben Okafor"),  QStringLiteral("Priya Nair"), QStringLiteral("Chen Wei"),
        QStringLiteral("Aiko Tanaka"), QStringLiteral("Erika Sato"), QStringLiteral("Dana Whitfield"),
        QStringLiteral("Kenji Mori"),  QStringLiteral("aiko"),       QStringLiteral("ben"),
        QStringLiteral("chen"),        QStringLiteral("dana"),       QStringLiteral("Alice"),
        QStringLiteral("Bob") };
} // namespace

class TestPmLint final : public QObject
{
    Q_OBJECT

private slots:
    void shippedRules();
    void workspaceRulesOverride();
    void ruleProblems_data();
    void ruleProblems();
    void language_data();
    void language();
    void findingPosition();
    void cleanFiles_data();
    void cleanFiles();
    void completeness_data();
    void completeness();
    void demoDraft();
    void findingText();
};

void TestPmLint::shippedRules()
{
    const LintRuleSet set = loadLintRules({ kLint });
    QVERIFY2(set.problems.isEmpty(), qPrintable(problemTexts(set.problems).join(QLatin1Char('\n'))));
    QStringList ids;
    for (const LintRule &r : set.rules) {
        ids << r.id;
        QVERIFY2(!r.suggest.isEmpty() && !r.note.isEmpty(), qPrintable(r.id));
        QVERIFY(r.lang == u"en" || r.lang == u"ja");
        QVERIFY(r.line > 0);
    }
    QCOMPARE(ids,
             (QStringList { QStringLiteral("counterfactual"), QStringLiteral("counterfactual-passive"),
                            QStringLiteral("person-failure"), QStringLiteral("if-only"), QStringLiteral("failed-to"),
                            QStringLiteral("blame"), QStringLiteral("why-question"), QStringLiteral("simplifying"),
                            QStringLiteral("counterfactual-ja"), QStringLiteral("blame-ja"),
                            QStringLiteral("why-question-ja"), QStringLiteral("simplifying-ja") }));
}

void TestPmLint::workspaceRulesOverride()
{
    QTemporaryDir ws;
    write(ws.filePath(QStringLiteral("lint/team.yaml")),
          "- id: counterfactual\n  lang: en\n  flag: [\"in hindsight\"]\n  suggest: [\"say what was known then\"]\n"
          "- id: jargon\n  lang: en\n  flag: [\"yak shaving\"]\n  suggest: [\"name the work\"]\n");
    const LintRuleSet set = loadLintRules({ kLint, ws.filePath(QStringLiteral("lint")) });
    QVERIFY(set.problems.isEmpty());
    QCOMPARE(set.rules.size(), std::size_t(13));
    const Findings f = checkLanguage("In hindsight we should have seen it.\nSome yak shaving.\n", set.rules, {});
    QCOMPARE(
        describe(f),
        (QStringList { QStringLiteral("1:1:counterfactual:In hindsight"), QStringLiteral("2:6:jargon:yak shaving") }));
    QCOMPARE(f.front().suggestion(), QStringLiteral("say what was known then"));
}

void TestPmLint::ruleProblems_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<int>("rules");
    QTest::addColumn<QStringList>("problems");
    QTest::newRow("a mapping instead of a list")
        << QByteArray("id: x\nflag: [a]\n") << 0
        << QStringList { QStringLiteral("r.yaml:1: lint rules must be a YAML list of rules (- id: …)") };
    QTest::newRow("a rule without id") << QByteArray("- flag: [a]\n") << 0
                                       << QStringList { QStringLiteral("r.yaml:1: lint rule without id") };
    QTest::newRow("a rule without phrases, the next one still loads")
        << QByteArray("- id: a\n  suggest: [x]\n- id: b\n  flag: [y]\n") << 1
        << QStringList { QStringLiteral("r.yaml:1: lint rule \"a\" has no phrases to flag") };
    QTest::newRow("a misspelt key") << QByteArray("- id: a\n  flags: [x]\n  flag: [y]\n") << 1
                                    << QStringList { QStringLiteral(
                                           "r.yaml:2: warning: unknown key \"flags\" in lint rule") };
    QTest::newRow("invalid YAML") << QByteArray("- id: a\n  flag: [x\n") << 0
                                  << QStringList { QStringLiteral(
                                         "r.yaml:3: invalid YAML at 3:1: did not find expected ',' or ']' "
                                         "(while parsing a flow sequence at 2:9)") };
    QTest::newRow("empty file") << QByteArray("") << 0 << QStringList {};
    QTest::newRow("an unknown followed_by names the rule and line")
        << QByteArray("- id: a\n  flag: [x]\n  followed_by: noun\n") << 0
        << QStringList { QStringLiteral("r.yaml:3: lint rule \"a\": followed_by \"noun\" is not \"participle\"") };
    QTest::newRow("an unknown severity names the rule and line")
        << QByteArray("- id: a\n  flag: [x]\n  severity: warning\n- id: b\n  flag: [y]\n  severity: hint\n") << 1
        << QStringList { QStringLiteral(
               "r.yaml:3: lint rule \"a\": severity \"warning\" is not \"finding\" or \"hint\"") };
}

void TestPmLint::ruleProblems()
{
    QFETCH(QByteArray, yaml);
    QFETCH(int, rules);
    QFETCH(QStringList, problems);
    const LintRuleSet set = parseLintRules(yaml, QStringLiteral("r.yaml"));
    QCOMPARE(int(set.rules.size()), rules);
    QCOMPARE(problemTexts(set.problems), problems);
}

void TestPmLint::language_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<QStringList>("expected");
    const QStringList none;
    const auto L = [](const char *s) { return QString::fromUtf8(s); };

    // English, flagged.
    QTest::newRow("en flagged: should have") << QByteArray("We should have added an alert.\n") << none
                                             << QStringList { L("1:4:counterfactual:should have") };
    QTest::newRow("en flagged: should’ve with a typographic apostrophe")
        << QByteArray("We should’ve paged.\n") << none << QStringList { L("1:4:counterfactual:should’ve") };
    QTest::newRow("en flagged: could have with two spaces")
        << QByteArray("We could  have paged.\n") << none << QStringList { L("1:4:counterfactual:could have") };
    QTest::newRow("en flagged: capitalised")
        << QByteArray("We Should Have paged.\n") << none << QStringList { L("1:4:counterfactual:Should Have") };
    QTest::newRow("en flagged: ought not to have")
        << QByteArray("We really ought not to have refactored every binary at once.\n") << none
        << QStringList { L("1:11:counterfactual:ought not to have") };
    QTest::newRow("en flagged: a counterfactual in the passive")
        << QByteArray("This should have been caught in review.\n") << none
        << QStringList { L("1:6:counterfactual-passive:should have been") };
    QTest::newRow("en flagged: a person's counterfactual in the passive is one finding")
        << QByteArray("We should have been paged.\n") << none << QStringList { L("1:4:counterfactual:should have") };
    QTest::newRow("en flagged: a team as subject of a mistake")
        << QByteArray("We wrongly assumed the chart set limits.\n") << none
        << QStringList { L("1:4:person-failure:wrongly") };
    QTest::newRow("en flagged: I forgot")
        << QByteArray("I forgot the quota.\n") << none << QStringList { L("1:3:person-failure:forgot") };
    QTest::newRow("en flagged: was overlooked")
        << QByteArray("The header change was overlooked.\n") << none << QStringList { L("1:19:blame:was overlooked") };
    QTest::newRow("en flagged: human error")
        << QByteArray("Root cause: human error.\n") << none << QStringList { L("1:13:blame:human error") };
    QTest::newRow("en flagged: careless")
        << QByteArray("A careless change.\n") << none << QStringList { L("1:3:blame:careless") };
    QTest::newRow("en flagged: failed to with a person as subject")
        << QByteArray("The on-call engineer failed to roll back.\n") << none
        << QStringList { L("1:22:failed-to:failed to") };
    QTest::newRow("en flagged: failed to after an adverb")
        << QByteArray("During the call we also failed to page the DBA.\n") << none
        << QStringList { L("1:25:failed-to:failed to") };
    QTest::newRow("en flagged: a team's failure to")
        << QByteArray("The team's failure to review it.\n") << none << QStringList { L("1:12:failed-to:failure to") };
    QTest::newRow("en flagged: our failure to in emphasis")
        << QByteArray("It was **our** failure to test.\n") << none << QStringList { L("1:16:failed-to:failure to") };
    QTest::newRow("en flagged: why did question")
        << QByteArray("Why did nobody page?\n") << none << QStringList { L("1:1:why-question:Why did") };
    QTest::newRow("en flagged: 'why did not' wins over 'why did'")
        << QByteArray("Why did not the engineer page?\n") << none << QStringList { L("1:1:why-question:Why did not") };
    QTest::newRow("en flagged: why didn't a named person")
        << QByteArray("Why didn't Bob check?\n") << QStringList { L("Bob") }
        << QStringList { L("1:1:why-question:Why didn't") };
    QTest::newRow("en hint: just") << QByteArray("We just restarted it.\n") << none
                                   << QStringList { L("1:4:hint:simplifying:just") };
    QTest::newRow("en flagged: a hint and a finding in one line")
        << QByteArray("Obviously we should have known.\n") << none
        << QStringList { L("1:1:hint:simplifying:Obviously"), L("1:14:counterfactual:should have") };
    QTest::newRow("en flagged: if only") << QByteArray("If only the page had gone out.\n") << none
                                         << QStringList { L("1:1:if-only:If only") };
    QTest::newRow("en flagged: in a table cell")
        << QByteArray("| a | b |\n|---|---|\n| 14:32 | We should have paged |\n") << none
        << QStringList { L("3:14:counterfactual:should have") };
    QTest::newRow("en flagged: in a heading")
        << QByteArray("## Why did we deploy on Friday?\n") << none << QStringList { L("1:4:why-question:Why did") };
    QTest::newRow("en flagged: in the title")
        << QByteArray("---\ntitle: Alice broke checkout\nauthors: [Alice]\n---\n") << QStringList { L("Alice") }
        << QStringList { L("2:8:person-blame:Alice broke") };
    QTest::newRow("en flagged: in a quoted YAML title")
        << QByteArray("---\ntitle: \"Careless deploy: checkout down\"\n---\n") << none
        << QStringList { L("2:9:blame:Careless") };
    QTest::newRow("en flagged: a quotation closes, the rest is checked")
        << QByteArray("He said \"fine\" but it was human error.\n") << none
        << QStringList { L("1:27:blame:human error") };

    // English, a person as the subject of a failure.
    QTest::newRow("en person: Alice broke") << QByteArray("Alice broke the build.\n") << QStringList { L("Alice") }
                                            << QStringList { L("1:1:person-blame:Alice broke") };
    QTest::newRow("en person: first name of a full name")
        << QByteArray("Then Bob forgot to renew the cert.\n") << QStringList { L("Bob Smith") }
        << QStringList { L("1:6:person-blame:Bob forgot") };
    QTest::newRow("en person: full name")
        << QByteArray("Bob Smith missed the page.\n") << QStringList { L("Bob Smith") }
        << QStringList { L("1:1:person-blame:Bob Smith missed") };
    QTest::newRow("en person: possessive mistake")
        << QByteArray("It was Alice's mistake.\n") << QStringList { L("Alice") }
        << QStringList { L("1:8:person-blame:Alice's mistake") };
    QTest::newRow("en person: caused by") << QByteArray("The outage was caused by Bob.\n") << QStringList { L("Bob") }
                                          << QStringList { L("1:16:person-blame:caused by Bob") };
    QTest::newRow("en person: an adverb of fault")
        << QByteArray("Bob accidentally deleted the volume.\n") << QStringList { L("Bob") }
        << QStringList { L("1:1:person-blame:Bob accidentally deleted") };
    QTest::newRow("en person: did not notice")
        << QByteArray("Priya did not notice the alert.\n") << QStringList { L("Priya Nair") }
        << QStringList { L("1:1:person-blame:Priya did not notice") };
    QTest::newRow("en person: roster handle, any case")
        << QByteArray("Aiko missed the page.\n") << QStringList { L("aiko") }
        << QStringList { L("1:1:person-blame:Aiko missed") };
    QTest::newRow("en person: failed to is also failed-to")
        << QByteArray("Bob failed to renew it.\n") << QStringList { L("Bob") }
        << QStringList { L("1:1:person-blame:Bob failed"), L("1:5:failed-to:failed to") };

    // English, not flagged: "failed to" and counterfactuals about systems (the examples).
    QTest::newRow("en not flagged: any attempts to add watches will fail to")
        << QByteArray("Once the limit is hit, any attempts to add watches will fail to register.\n") << none << none;
    QTest::newRow("en not flagged: the node will fail to ship logs")
        << QByteArray("Without the agent, the node will fail to reliably ship logs.\n") << none << none;
    QTest::newRow("en not flagged: all inbound traffic failed to reach the cluster")
        << QByteArray("All inbound traffic failed to reach the cluster.\n") << none << none;
    QTest::newRow("en not flagged: a log line starting the clause")
        << QByteArray("Pods reported: Failed to pull image.\n") << none << none;
    QTest::newRow("en not flagged: failure to without an owner")
        << QByteArray("A failure to renew the certificate stopped ingress.\n") << none << none;
    QTest::newRow("en not flagged: a counterfactual about the system")
        << QByteArray("The alert should have fired at 06:10; the queue would have drained.\n") << none << none;
    QTest::newRow("en not flagged: should have with a noun, not a participle")
        << QByteArray("We should have a staging area; each repository should have clear rules.\n") << none << none;
    QTest::newRow("en not flagged: could have been, would have been (impact)")
        << QByteArray("It could have been worse; many PRs would have been unable to merge.\n") << none << none;
    QTest::newRow("en not flagged: should have been with a noun")
        << QByteArray("It should have been a quiet night.\n") << none << none;
    QTest::newRow("en not flagged: why did the system")
        << QByteArray("Check why did not get alert; why did the alert not fire?\n") << none << none;
    QTest::newRow("en not flagged: what was assumed at the time")
        << QByteArray("Raise an incident quicker, and not assume we could have started it faster.\n") << none << none;
    QTest::newRow("en not flagged: missed without a person")
        << QByteArray("The post was easily missed.\n") << none << none;
    QTest::newRow("en not flagged: they is not taken for people")
        << QByteArray("The pods restarted, but they failed to become ready.\n") << none << none;

    // English, not flagged.
    QTest::newRow("en not flagged: 'should' without 'have'") << QByteArray("We should add an alert.\n") << none << none;
    QTest::newRow("en not flagged: 'have' then 'should'") << QByteArray("We have should-fix items.\n") << none << none;
    QTest::newRow("en not flagged: inline code")
        << QByteArray("Set `should have` and ``human error`` in config.\n") << none << none;
    QTest::newRow("en not flagged: fenced code")
        << QByteArray("```\nwe should have\n```\n~~~\nhuman error\n~~~\n") << none << none;
    QTest::newRow("en not flagged: blockquote") << QByteArray("> He said we should have paged.\n") << none << none;
    QTest::newRow("en not flagged: blockquote in a list")
        << QByteArray("- > human error, said the ticket\n") << none << none;
    QTest::newRow("en not flagged: straight quotes")
        << QByteArray("The ticket said \"human error\" and was closed.\n") << none << none;
    QTest::newRow("en not flagged: typographic quotes over a line break")
        << QByteArray("The bot wrote “It was human error,\nwe should have paged” at 06:20.\n") << none << none;
    QTest::newRow("en not flagged: guidance comment")
        << QByteArray("<!-- Stay blameless: not who should have -->\n") << none << none;
    QTest::newRow("en not flagged: multi-line comment") << QByteArray("<!--\nshould have\n-->\n") << none << none;
    QTest::newRow("en not flagged: inline comment") << QByteArray("Text <!-- just a note --> more.\n") << none << none;
    QTest::newRow("en not flagged: URL and link target")
        << QByteArray("See [the runbook](https://x.example/just-do-it) and https://x.example/human-error.\n") << none
        << none;
    QTest::newRow("en not flagged: a phrase inside a word")
        << QByteArray("Adjust the limits; justification below.\n") << none << none;
    QTest::newRow("en not flagged: the why of a mechanism")
        << QByteArray("This is why the cache expired.\n") << none << none;
    QTest::newRow("en not flagged: a name not as subject of a failure")
        << QByteArray("Alice restarted the pods and the errors stopped.\n") << QStringList { L("Alice") } << none;
    QTest::newRow("en not flagged: a name as object")
        << QByteArray("The alert paged Bob at 06:13; Bob acknowledged.\n") << QStringList { L("Bob") } << none;
    QTest::newRow("en not flagged: a name inside a word")
        << QByteArray("Benchmarks broke after the upgrade.\n") << QStringList { L("Ben") } << none;
    QTest::newRow("en not flagged: nobody named") << QByteArray("Alice broke the build.\n") << none << none;
    QTest::newRow("en not flagged: a quoted name")
        << QByteArray("The chat said \"Alice broke it\".\n") << QStringList { L("Alice") } << none;
    QTest::newRow("en not flagged: front matter other than the title")
        << QByteArray("---\nauthors: [should have]\n---\n") << none << none;
    QTest::newRow("en not flagged: lower-case placeholder author is no first name")
        << QByteArray("The primary failed over.\n") << QStringList { L("on-call primary") } << none;

    // Japanese, flagged.
    QTest::newRow("ja flagged: すべきだった (the seed's lesson)")
        << QByteArray("クエリ数増加の影響を事前評価すべきだった\n") << none
        << QStringList { L("1:15:counterfactual-ja:すべきだった") };
    QTest::newRow("ja flagged: していれば in a table cell")
        << QByteArray("| a |\n|---|\n| 事前にテストしていれば |\n") << none
        << QStringList { L("3:9:counterfactual-ja:していれば") };
    QTest::newRow("ja flagged: 人為的ミス")
        << QByteArray("原因は人為的ミスです。\n") << none << QStringList { L("1:4:blame-ja:人為的ミス") };
    QTest::newRow("ja flagged: のせい") << QByteArray("設定変更のせいで遅延した。\n") << none
                                        << QStringList { L("1:5:blame-ja:のせい") };
    QTest::newRow("ja flagged: なぜ確認しなかった") << QByteArray("なぜ確認しなかったのか。\n") << none
                                                    << QStringList { L("1:1:why-question-ja:なぜ確認しなかった") };
    QTest::newRow("ja hint: 明らかに") << QByteArray("明らかに設定の問題だった。\n") << none
                                       << QStringList { L("1:1:hint:simplifying-ja:明らかに") };
    QTest::newRow("ja person: Aliceが…ミス") << QByteArray("Aliceが設定をミスした。\n") << QStringList { L("Alice") }
                                             << QStringList { L("1:1:person-blame:Aliceが設定をミス") };
    QTest::newRow("ja person: space and honorific")
        << QByteArray("Bob さんが手順を忘れた。\n") << QStringList { L("Bob") }
        << QStringList { L("1:1:person-blame:Bob さんが手順を忘れ") };
    QTest::newRow("ja person: Japanese name and の不注意")
        << QByteArray("田中さんの不注意で停止した。\n") << QStringList { L("田中") }
        << QStringList { L("1:1:person-blame:田中さんの不注意"), L("1:6:blame-ja:不注意") };
    QTest::newRow("ja person: family name of a full name")
        << QByteArray("鈴木は誤って本番を削除した。\n") << QStringList { L("鈴木 一郎") }
        << QStringList { L("1:1:person-blame:鈴木は誤っ") };

    // Japanese, not flagged.
    QTest::newRow("ja not flagged: 「」 quotation")
        << QByteArray("チャットには「人為的ミス」と書かれていた。\n") << none << none;
    QTest::newRow("ja not flagged: 『』 quotation")
        << QByteArray("『すべきだった』という表現は避ける。\n") << none << none;
    QTest::newRow("ja not flagged: quotation over a line break")
        << QByteArray("ログには「接続を\n確認しなかったのせい」とある。\n") << none << none;
    QTest::newRow("ja not flagged: blockquote") << QByteArray("> なぜ確認しなかったのか\n") << none << none;
    QTest::newRow("ja not flagged: inline code") << QByteArray("`のせい` という変数名\n") << none << none;
    QTest::newRow("ja not flagged: the seed's timeline row naming Alice")
        << QByteArray("| 14:35 | PagerDuty アラート発火 | Alice が On-Call 対応開始 |\n")
        << QStringList { L("Alice"), L("Bob") } << none;
    QTest::newRow("ja not flagged: a failure word in the next sentence")
        << QByteArray("Aliceが対応した。設定のミスが引き金だった。\n") << QStringList { L("Alice") } << none;
    QTest::newRow("ja not flagged: 'べき' without the past")
        << QByteArray("監視を追加すべきである。\n") << none << none;
}

void TestPmLint::language()
{
    QFETCH(QByteArray, text);
    QFETCH(QStringList, names);
    QFETCH(QStringList, expected);
    QCOMPARE(describe(checkLanguage(text, shipped(), names)), expected);
}

void TestPmLint::findingPosition()
{
    // Column and length are in UTF-16 units of the line, so the editor can underline them.
    const Findings f = checkLanguage("原因は人為的ミスです。\nWe  could  have paged.\n", shipped(), {});
    QCOMPARE(f.size(), 2);
    QCOMPARE(f[0].column, 4);
    QCOMPARE(f[0].length, 5);
    QCOMPARE(f[1].line, 2);
    QCOMPARE(f[1].column, 5);
    QCOMPARE(f[1].length, 11); // "could  have"
    QCOMPARE(f[1].text, QStringLiteral("could have"));
    QVERIFY(f[1].suggestions.size() == 2);
    QVERIFY(f[1].note.startsWith(QStringLiteral("Counterfactuals judge")));
}

void TestPmLint::cleanFiles_data()
{
    QTest::addColumn<QString>("path");
    for (const QString &name : QDir(kTemplates).entryList({ QStringLiteral("*.md") }, QDir::Files, QDir::Name))
        QTest::newRow(qPrintable(QStringLiteral("built-in template has blameless guidance: ") + name))
            << kTemplates + name;
    QTest::newRow("published demo INC-2026-014 with the demo's people") << kDemo + QStringLiteral("INC-2026-014.md");
}

void TestPmLint::cleanFiles()
{
    QFETCH(QString, path);
    QCOMPARE(describe(checkLanguage(readAll(path), shipped(), kDemoPeople)), QStringList());
}

void TestPmLint::completeness_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QStringList>("required");
    QTest::addColumn<QDate>("today");
    QTest::addColumn<QStringList>("expected");
    const QDate feb1(2026, 2, 1);
    const QByteArray actions = "## Action items\n| Action | Owner | Due | Status |\n|---|---|---|---|\n";
    const auto L = [](const char *s) { return QString::fromUtf8(s); };

    QTest::newRow("required section missing: reported at the template line")
        << QByteArray("---\nid: A\ntemplate: short\n---\n## Summary\nok\n") << QStringList { L("Summary"), L("Impact") }
        << feb1 << QStringList { L("3:missing-section:Impact") };
    QTest::newRow("required section with only guidance")
        << QByteArray("## Summary\n<!-- guidance -->\n\n## Impact\nsome\n") << QStringList { L("Summary"), L("Impact") }
        << feb1 << QStringList { L("1:empty-section:Summary") };
    QTest::newRow("required section filled in a subsection")
        << QByteArray("## Lessons\n### Went well\nalerts\n") << QStringList { L("Lessons") } << feb1 << QStringList {};
    QTest::newRow("required section followed by an empty sibling is still empty")
        << QByteArray("## Impact\n## Cause\nfull\n") << QStringList { L("Impact") } << feb1
        << QStringList { L("1:empty-section:Impact") };
    QTest::newRow("required headings compare case-insensitively")
        << QByteArray("## action ITEMS\n| Action | Owner | Due |\n|---|---|---|\n| a | b | 2026-03-01 |\n")
        << QStringList { L("Action items") } << feb1 << QStringList {};
    QTest::newRow("empty action items table is an empty required section")
        << actions << QStringList { L("Action items") } << feb1 << QStringList { L("1:empty-section:Action items") };
    QTest::newRow("action item without owner and due")
        << QByteArray(actions + "| Fix it |  |  | Open |\n") << QStringList {} << feb1
        << QStringList { L("4:action-item-owner:Fix it"), L("4:action-item-due:Fix it") };
    QTest::newRow("placeholders count as missing")
        << QByteArray(actions + "| Fix it | TBD | - | Open |\n| 直す | 未定 | 未定 | |\n") << QStringList {} << feb1
        << QStringList { L("4:action-item-owner:Fix it"), L("4:action-item-due:Fix it"), L("5:action-item-owner:直す"),
                         L("5:action-item-due:直す") };
    QTest::newRow("open item past its due date")
        << QByteArray(actions + "| Fix it | Ann | 2026-01-10 | Open |\n") << QStringList {} << feb1
        << QStringList { L("4:action-item-overdue:Fix it (due 2026-01-10)") };
    QTest::newRow("empty status is open")
        << QByteArray(actions + "| Fix it | Ann | 2026-01-10 |  |\n") << QStringList {} << feb1
        << QStringList { L("4:action-item-overdue:Fix it (due 2026-01-10)") };
    QTest::newRow("done item is not overdue")
        << QByteArray(actions + "| Fix it | Ann | 2026-01-10 | Done |\n") << QStringList {} << feb1 << QStringList {};
    QTest::newRow("✅ Done (date) is done") << QByteArray(actions + "| Fix it | Ann | 2026-01-10 | ✅ Done (01-12) |\n")
                                           << QStringList {} << feb1 << QStringList {};
    QTest::newRow("Japanese 完了 is done")
        << QByteArray(actions + "| 直す | 田中 | 2026-01-10 | 完了 |\n") << QStringList {} << feb1 << QStringList {};
    QTest::newRow("due today is not overdue")
        << QByteArray(actions + "| Fix it | Ann | 2026-02-01 | Open |\n") << QStringList {} << feb1 << QStringList {};
    QTest::newRow("without today no overdue check") << QByteArray(actions + "| Fix it | Ann | 2026-01-10 | Open |\n")
                                                    << QStringList {} << QDate() << QStringList {};
    QTest::newRow("an empty row is not an action item")
        << QByteArray(actions + "|  |  |  |  |\n") << QStringList {} << feb1 << QStringList {};
    QTest::newRow("seed: Japanese table, three of five overdue on 2025-01-26")
        << readAll(kSeed) << QStringList {} << QDate(2025, 1, 26)
        << QStringList { L("60:action-item-overdue:DB接続プール監視を追加 (Prometheus metrics) (due 2025-01-20)"),
                         L("61:action-item-overdue:ステージング環境でのロードテストを必須化 (due 2025-01-25)"),
                         L("63:action-item-overdue:Runbook 更新 (DB接続プール対応) (due 2025-01-18)") };

    const QByteArray timeline = "## Timeline\n| Time | Event |\n|---|---|\n";
    QTest::newRow("timeline row earlier than the one before")
        << QByteArray(timeline + "| 14:32 | a |\n| 14:40 | b |\n| 14:35 | c |\n| 14:50 | d |\n") << QStringList {}
        << feb1 << QStringList { L("6:timeline-order:14:35 c") };
    QTest::newRow("timeline across midnight is in order")
        << QByteArray(timeline + "| 23:50 | a |\n| 00:10 | b |\n") << QStringList {} << feb1 << QStringList {};
    QTest::newRow("timeline rows without a time are skipped")
        << QByteArray(timeline + "| 14:32 | a |\n| - | b |\n| later | c |\n| 14:33 | d |\n") << QStringList {} << feb1
        << QStringList {};
    QTest::newRow("seed timeline is in order") << readAll(kSeed) << QStringList {} << QDate() << QStringList {};

    QTest::newRow("detected before started")
        << QByteArray("---\nstarted: 2026-01-01T10:00:00Z\ndetected: 2026-01-01T09:55:00Z\n---\n") << QStringList {}
        << feb1
        << QStringList { L(
               "3:detected-before-started:detected: 2026-01-01T09:55:00Z < started: 2026-01-01T10:00:00Z") };
    QTest::newRow("detected before started in another time zone")
        << QByteArray("---\nstarted: 2026-01-01T10:00:00+09:00\ndetected: 2026-01-01T00:55:00Z\n---\n")
        << QStringList {} << feb1
        << QStringList { L(
               "3:detected-before-started:detected: 2026-01-01T00:55:00Z < started: 2026-01-01T01:00:00Z") };
    QTest::newRow("resolved before mitigated")
        << QByteArray("---\nstarted: 2026-01-01T10:00:00Z\nmitigated: 2026-01-01T11:00:00Z\nresolved: "
                      "2026-01-01T10:30:00Z\n---\n")
        << QStringList {} << feb1
        << QStringList { L(
               "4:resolved-before-mitigated:resolved: 2026-01-01T10:30:00Z < mitigated: 2026-01-01T11:00:00Z") };
    QTest::newRow("times in order") << QByteArray(
        "---\nstarted: 2026-01-01T10:00:00Z\ndetected: 2026-01-01T10:00:00Z\nresolved: 2026-01-01T11:00:00Z\n---\n")
                                    << QStringList {} << feb1 << QStringList {};
}

void TestPmLint::completeness()
{
    QFETCH(QByteArray, text);
    QFETCH(QStringList, required);
    QFETCH(QDate, today);
    QFETCH(QStringList, expected);
    QCOMPARE(describe(checkCompleteness(PostmortemDocument::parse(text), required, today)), expected);
}

void TestPmLint::demoDraft()
{
    // The demo's draft: a counterfactual in Detection and four action items nobody owns yet.
    const PostmortemDocument doc = PostmortemDocument::parse(readAll(kDemo + QStringLiteral("INC-2026-017.md")));
    const QStringList required
        = { QStringLiteral("Summary"),      QStringLiteral("Impact"),     QStringLiteral("Root causes"),
            QStringLiteral("Trigger"),      QStringLiteral("Resolution"), QStringLiteral("Detection"),
            QStringLiteral("Action items"), QStringLiteral("Timeline") };
    const Findings f = lintPostmortem(doc, { shipped(), kDemoPeople, required, QDate(2026, 6, 10) });
    QCOMPARE(describe(f),
             (QStringList {
                 QStringLiteral("59:19:counterfactual:should have"),
                 QStringLiteral("65:action-item-owner:Find out whether ranking-model-server hit its HPA maximum; "
                                "export its metrics for 01:00–03:00"),
                 QStringLiteral("65:action-item-due:Find out whether ranking-model-server hit its HPA maximum; export "
                                "its metrics for 01:00–03:00"),
                 QStringLiteral("66:action-item-owner:Alert on the `search/p99-under-400ms` timeslice SLO (bad minutes "
                                "in the last hour)"),
                 QStringLiteral("66:action-item-due:Alert on the `search/p99-under-400ms` timeslice SLO (bad minutes "
                                "in the last hour)"),
                 QStringLiteral("67:action-item-owner:Tie flag ramps above 50 % to a person watching the SLO page, or "
                                "to an automated latency guard"),
                 QStringLiteral("67:action-item-due:Tie flag ramps above 50 % to a person watching the SLO page, or to "
                                "an automated latency guard"),
                 QStringLiteral(
                     "68:action-item-owner:Load test the re-ranker at 100 % of peak traffic before resuming the ramp"),
                 QStringLiteral(
                     "68:action-item-due:Load test the re-ranker at 100 % of peak traffic before resuming the ramp"),
             }));
}

void TestPmLint::findingText()
{
    Finding f;
    f.rule = QStringLiteral("counterfactual");
    f.line = 59;
    f.text = QStringLiteral("should have");
    f.suggestions = { QStringLiteral("describe what happened"), QStringLiteral("second") };
    QCOMPARE(f.toString(QStringLiteral("postmortems/INC-2026-017.md")),
             QStringLiteral("postmortems/INC-2026-017.md:59: counterfactual: should have → describe what happened"));
    f.suggestions.clear();
    QCOMPARE(f.toString(QStringLiteral("a.md")), QStringLiteral("a.md:59: counterfactual: should have"));
}

QTEST_GUILESS_MAIN(TestPmLint)
#include "tst_pmlint.moc"
