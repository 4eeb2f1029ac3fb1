// Templates (built-in and a workspace's), new postmortems and their ids, derived figures, and
// where the built-in resources are found.
#include "document.h"
#include "figures.h"
#include "frontmatter.h"
#include "postmortem.h"
#include "resourcedir.h"
#include "templates.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace sre;
using namespace sre::pm;

namespace {
const QString kTemplates = QStringLiteral(SRE_SOURCE_DIR "/resources/templates");
const QString kDemo = QStringLiteral(SRE_SOURCE_DIR "/resources/demo/postmortems/");

void write(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

QStringList problemTexts(const Problems &problems)
{
    QStringList out;
    for (const Problem &p : problems)
        out << p.toString();
    return out;
}

QDateTime utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toUTC();
}
} // namespace

class TestPmTemplates final : public QObject
{
    Q_OBJECT

private slots:
    void builtinTemplates_data();
    void builtinTemplates();
    void workspaceTemplates();
    void templateProblems_data();
    void templateProblems();
    void nextFreeId_data();
    void nextFreeId();
    void newFromTemplate_data();
    void newFromTemplate();
    void newFrontMatterExactly();
    void newTitles_data();
    void newTitles();
    void resourceDir();
    void derivedFigures_data();
    void derivedFigures();
    void formatDuration_data();
    void formatDuration();
    void actionItemCounts_data();
    void actionItemCounts();
    void byteOrderMark_data();
    void byteOrderMark();
};

void TestPmTemplates::builtinTemplates_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("required");
    QTest::addColumn<QString>("timelineHeading");
    QTest::addColumn<QString>("actionItemsHeading");
    QTest::newRow("google-sre: eight required sections")
        << QStringLiteral("google-sre") << QStringLiteral("en")
        << QStringList { QStringLiteral("Summary"),      QStringLiteral("Impact"),     QStringLiteral("Root causes"),
                         QStringLiteral("Trigger"),      QStringLiteral("Resolution"), QStringLiteral("Detection"),
                         QStringLiteral("Action items"), QStringLiteral("Timeline") }
        << QStringLiteral("Timeline") << QStringLiteral("Action items");
    QTest::newRow("pagerduty") << QStringLiteral("pagerduty") << QStringLiteral("en")
                               << QStringList { QStringLiteral("Overview"),
                                                QStringLiteral("What happened"),
                                                QStringLiteral("Contributing factors"),
                                                QStringLiteral("Impact"),
                                                QStringLiteral("Timeline"),
                                                QStringLiteral("Action items") }
                               << QStringLiteral("Timeline") << QStringLiteral("Action items");
    QTest::newRow("short form") << QStringLiteral("short") << QStringLiteral("en")
                                << QStringList { QStringLiteral("Summary"), QStringLiteral("Impact"),
                                                 QStringLiteral("Action items") }
                                << QStringLiteral("Timeline") << QStringLiteral("Action items");
    QTest::newRow("sre-ja: the user's Japanese template")
        << QStringLiteral("sre-ja") << QStringLiteral("ja")
        << QStringList { QStringLiteral("エグゼクティブサマリー"), QStringLiteral("影響"),
                         QStringLiteral("タイムライン"), QStringLiteral("根本原因"),
                         QStringLiteral("アクションアイテム") }
        << QStringLiteral("タイムライン") << QStringLiteral("アクションアイテム");
}

void TestPmTemplates::builtinTemplates()
{
    QFETCH(QString, id);
    QFETCH(QString, language);
    QFETCH(QStringList, required);
    QFETCH(QString, timelineHeading);
    QFETCH(QString, actionItemsHeading);
    const TemplateSet set = loadTemplates({ kTemplates }, { kTemplates });
    QVERIFY2(set.problems.isEmpty(), qPrintable(problemTexts(set.problems).join(QLatin1Char('\n'))));
    QCOMPARE(set.templates.size(), std::size_t(4));
    const Template *t = set.find(id);
    QVERIFY(t);
    QVERIFY(t->builtin);
    QCOMPARE(t->language, language);
    QCOMPARE(t->required, required);
    QCOMPARE(t->timelineHeading, timelineHeading);
    QCOMPARE(t->actionItemsHeading, actionItemsHeading);
    QVERIFY(!t->name.isEmpty());
    const PostmortemDocument doc = PostmortemDocument::parse(t->raw, t->tableHeadings());
    QVERIFY(doc.timeline());
    QVERIFY(doc.actionItems());
    QCOMPARE(doc.timeline()->rowCount(), 0);
    QCOMPARE(doc.actionItems()->rowCount(), 0);
    QCOMPARE(doc.timeline()->columnIndex(Column::Time), 0);
    QVERIFY(doc.actionItems()->columnIndex(Column::Owner) > 0);
    QVERIFY(doc.actionItems()->columnIndex(Column::Due) > 0);
}

void TestPmTemplates::workspaceTemplates()
{
    QTemporaryDir ws;
    write(ws.filePath(QStringLiteral("templates/google-sre.md")),
          "---\ntemplate: google-sre\nname: Our Google SRE\nrequired: [Summary]\n---\n## Summary\n");
    write(ws.filePath(QStringLiteral("templates/lite.md")),
          "---\ntemplate: lite\nname: Lite\nrequired: [What, Follow-ups]\naction_items_heading: Follow-ups\n---\n## "
          "What\n\n## Follow-ups\n| Task | Owner | Due |\n|---|---|---|\n");
    const TemplateSet set = loadTemplates({ kTemplates, ws.filePath(QStringLiteral("templates")) }, { kTemplates });
    QVERIFY2(set.problems.isEmpty(), qPrintable(problemTexts(set.problems).join(QLatin1Char('\n'))));
    QCOMPARE(set.templates.size(), std::size_t(5));
    const Template *google = set.find(QStringLiteral("google-sre"));
    QCOMPARE(google->name, QStringLiteral("Our Google SRE"));
    QVERIFY(!google->builtin);
    const Template *lite = set.find(QStringLiteral("lite"));
    QVERIFY(lite);
    QCOMPARE(lite->language, QStringLiteral("en")); // the default
    const PostmortemDocument doc = PostmortemDocument::parse(lite->raw, lite->tableHeadings());
    QVERIFY(doc.actionItems());
    QCOMPARE(doc.actionItems()->headers().front(), QStringLiteral("Task"));
    QVERIFY(set.find(QStringLiteral("sre-ja"))->builtin);
}

void TestPmTemplates::templateProblems_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("loaded");
    QTest::addColumn<QStringList>("problems");
    QTest::newRow("no front matter") << QByteArray("## Summary\n") << false
                                     << QStringList { QStringLiteral(
                                            "t.md:1: a template needs YAML front matter with template: and name:") };
    QTest::newRow("no template id") << QByteArray("---\nname: X\n---\n## A\n") << false
                                    << QStringList { QStringLiteral(
                                           "t.md:2: a template needs an id: template: my-template") };
    QTest::newRow("invalid YAML names the file line")
        << QByteArray("---\ntemplate: x\nrequired: [a\n---\n") << false
        << QStringList { QStringLiteral("t.md:4: invalid YAML at 4:1: did not find expected ',' or ']' "
                                        "(while parsing a flow sequence at 3:11)") };
    QTest::newRow("required section missing from the template")
        << QByteArray("---\ntemplate: x\nname: X\nrequired: [Summary, Impact]\n---\n## Summary\n") << true
        << QStringList { QStringLiteral(
               "t.md:4: warning: required section \"Impact\" is not a heading of this template") };
    QTest::newRow("timeline heading missing from the template")
        << QByteArray("---\ntemplate: x\ntimeline_heading: Chronology\n---\n## Timeline\n") << true
        << QStringList { QStringLiteral(
               "t.md:3: warning: timeline_heading \"Chronology\" is not a heading of this template") };
    QTest::newRow("unknown key") << QByteArray("---\ntemplate: x\nlanguge: ja\n---\n") << true
                                 << QStringList { QStringLiteral(
                                        "t.md:3: warning: unknown key \"languge\" in template front matter") };
}

void TestPmTemplates::templateProblems()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, loaded);
    QFETCH(QStringList, problems);
    Problems got;
    const std::optional<Template> t = parseTemplate(bytes, QStringLiteral("t.md"), got);
    QCOMPARE(t.has_value(), loaded);
    QCOMPARE(problemTexts(got), problems);
}

void TestPmTemplates::nextFreeId_data()
{
    QTest::addColumn<QStringList>("ids");
    QTest::addColumn<int>("year");
    QTest::addColumn<QString>("expected");
    QTest::newRow("empty workspace") << QStringList {} << 2026 << QStringLiteral("INC-2026-001");
    QTest::newRow("one more than the highest")
        << QStringList { QStringLiteral("INC-2026-001"), QStringLiteral("INC-2026-002") } << 2026
        << QStringLiteral("INC-2026-003");
    QTest::newRow("gaps are not reused") << QStringList {
        QStringLiteral("INC-2026-001"), QStringLiteral("INC-2026-014"), QStringLiteral("INC-2026-017")
    } << 2026 << QStringLiteral("INC-2026-018");
    QTest::newRow("other years do not count")
        << QStringList { QStringLiteral("INC-2025-001"), QStringLiteral("INC-2025-099") } << 2026
        << QStringLiteral("INC-2026-001");
    QTest::newRow("new year starts again at 001")
        << QStringList { QStringLiteral("INC-2026-120") } << 2027 << QStringLiteral("INC-2027-001");
    QTest::newRow("lower case and spaces")
        << QStringList { QStringLiteral(" inc-2026-007 ") } << 2026 << QStringLiteral("INC-2026-008");
    QTest::newRow("ids in other shapes are ignored")
        << QStringList { QStringLiteral("INC-2026-abc"), QStringLiteral("PM-2026-050"), QStringLiteral("INC-26-001"),
                         QString() }
        << 2026 << QStringLiteral("INC-2026-001");
    QTest::newRow("past 999 gets a fourth digit")
        << QStringList { QStringLiteral("INC-2026-999") } << 2026 << QStringLiteral("INC-2026-1000");
    QTest::newRow("unpadded ids compare as numbers")
        << QStringList { QStringLiteral("INC-2026-9"), QStringLiteral("INC-2026-10") } << 2026
        << QStringLiteral("INC-2026-011");
}

void TestPmTemplates::nextFreeId()
{
    QFETCH(QStringList, ids);
    QFETCH(int, year);
    QFETCH(QString, expected);
    QCOMPARE(pm::nextFreeId(ids, year), expected);
}

void TestPmTemplates::newFromTemplate_data()
{
    QTest::addColumn<QString>("id");
    QTest::newRow("google-sre") << QStringLiteral("google-sre");
    QTest::newRow("pagerduty") << QStringLiteral("pagerduty");
    QTest::newRow("short") << QStringLiteral("short");
    QTest::newRow("sre-ja") << QStringLiteral("sre-ja");
}

void TestPmTemplates::newFromTemplate()
{
    QFETCH(QString, id);
    const TemplateSet set = loadTemplates({ kTemplates });
    const Template *t = set.find(id);
    QVERIFY(t);
    const QByteArray bytes = newPostmortemFromTemplate(
        *t, QStringLiteral("INC-2026-018"), QStringLiteral("Checkout down"), { QStringLiteral("Aiko Tanaka") });
    const ParseResult r = parsePostmortem(bytes, QStringLiteral("INC-2026-018.md"));
    QVERIFY2(!hasErrors(r.problems), qPrintable(problemTexts(r.problems).join(QLatin1Char('\n'))));
    const Postmortem &p = r.postmortem;
    QCOMPARE(p.id, QStringLiteral("INC-2026-018"));
    QCOMPARE(p.title, QStringLiteral("Checkout down"));
    QCOMPARE(p.status, QStringLiteral("draft"));
    QCOMPARE(p.templateId, id);
    QCOMPARE(p.authors, QStringList { QStringLiteral("Aiko Tanaka") });
    QVERIFY(!p.isTemplate);
    QVERIFY(!p.started.isValid() && !p.detected.isValid() && !p.mitigated.isValid() && !p.resolved.isValid());
    // The template's body, guidance comments included, is there byte for byte.
    QCOMPARE(splitFrontMatter(bytes).body, splitFrontMatter(t->raw).body);
    QVERIFY(bytes.count("<!--") > 0);
    QCOMPARE(bytes.count("<!--"), t->raw.count("<!--"));
    // And it is a document like any other.
    const PostmortemDocument doc = PostmortemDocument::parse(bytes, t->tableHeadings());
    QCOMPARE(doc.toBytes(), bytes);
    QVERIFY(doc.timeline() && doc.actionItems());
}

void TestPmTemplates::newFrontMatterExactly()
{
    const TemplateSet set = loadTemplates({ kTemplates });
    const QByteArray bytes = newPostmortemFromTemplate(
        *set.find(QStringLiteral("short")), QStringLiteral("INC-2026-001"), QStringLiteral("  Search   slow  "));
    QVERIFY(bytes.startsWith(
        "---\nid: INC-2026-001\ntitle: Search slow\nstatus: draft\nseverity:\nstarted:\ndetected:\n"
        "mitigated:\nresolved:\nservices: []\nslos: []\nauthors: []\ntemplate: short\n---\n## Summary\n"
        "<!-- What happened and what ended it"));
}

void TestPmTemplates::newTitles_data()
{
    QTest::addColumn<QString>("title");
    QTest::newRow("colon and space") << QStringLiteral("Fix: retry storms");
    QTest::newRow("hash after a space") << QStringLiteral("Release #42 broke search");
    QTest::newRow("leading quote") << QStringLiteral("\"Quoted\" title");
    QTest::newRow("Japanese") << QStringLiteral("API サービスで 504 が大量発生");
    QTest::newRow("looks like a boolean") << QStringLiteral("no");
    QTest::newRow("looks like a number") << QStringLiteral("504");
    QTest::newRow("backslash") << QStringLiteral("C:\\temp full");
}

void TestPmTemplates::newTitles()
{
    QFETCH(QString, title);
    const TemplateSet set = loadTemplates({ kTemplates });
    const QByteArray bytes
        = newPostmortemFromTemplate(*set.find(QStringLiteral("short")), QStringLiteral("INC-2026-001"), title);
    QCOMPARE(parsePostmortem(bytes, QString()).postmortem.title, title);
}

void TestPmTemplates::resourceDir()
{
    QTemporaryDir dir;
    QDir().mkpath(dir.filePath(QStringLiteral("templates")));
    qputenv("SRE_RESOURCE_DIR", dir.path().toUtf8());
    QCOMPARE(builtinResourceDir(), QDir::cleanPath(dir.path()));
    // A folder without templates/ or lint/ is passed over; this test binary is not installed, so
    // the source tree's resources/ come next.
    qputenv("SRE_RESOURCE_DIR", dir.filePath(QStringLiteral("templates")).toUtf8());
    QCOMPARE(builtinResourceDir(), QDir::cleanPath(QStringLiteral(SRE_SOURCE_DIR "/resources")));
    qunsetenv("SRE_RESOURCE_DIR");
    QCOMPARE(builtinResourceDir(), QDir::cleanPath(QStringLiteral(SRE_SOURCE_DIR "/resources")));
    QCOMPARE(builtinResourceDirCandidates().size(), 2);
    QVERIFY(builtinResourceDirCandidates().front().endsWith(QStringLiteral("/share/sre-console")));
    QCOMPARE(loadTemplatesFor(QString()).templates.size(), std::size_t(4));
}

void TestPmTemplates::derivedFigures_data()
{
    QTest::addColumn<QDateTime>("started");
    QTest::addColumn<QDateTime>("detected");
    QTest::addColumn<QDateTime>("mitigated");
    QTest::addColumn<QDateTime>("resolved");
    QTest::addColumn<QList<qint64>>("expected"); // detect, mitigate, resolve, impact; -1 = none
    QTest::newRow("demo INC-2026-014: 3m, 38m, 1h20m")
        << utc("2026-03-10T06:10:00Z") << utc("2026-03-10T06:13:00Z") << utc("2026-03-10T06:48:00Z")
        << utc("2026-03-10T07:30:00Z") << QList<qint64> { 3 * 60, 38 * 60, 80 * 60, 80 * 60 };
    QTest::newRow("seed: impact 1h15m as 影響時間 says")
        << utc("2025-01-15T14:32:00Z") << utc("2025-01-15T14:35:00Z") << utc("2025-01-15T15:15:00Z")
        << utc("2025-01-15T15:47:00Z") << QList<qint64> { 3 * 60, 43 * 60, 75 * 60, 75 * 60 };
    QTest::newRow("not resolved yet: impact ends at mitigation")
        << utc("2026-01-01T00:00:00Z") << QDateTime() << utc("2026-01-01T00:30:00Z") << QDateTime()
        << QList<qint64> { -1, 30 * 60, -1, 30 * 60 };
    QTest::newRow("other time zones count in UTC")
        << utc("2026-01-01T09:00:00+09:00") << utc("2026-01-01T00:05:00Z") << QDateTime()
        << utc("2026-01-01T10:00:00+09:00") << QList<qint64> { 5 * 60, -1, 3600, 3600 };
    QTest::newRow("no start: nothing") << QDateTime() << utc("2026-01-01T00:05:00Z") << QDateTime()
                                       << utc("2026-01-01T01:00:00Z") << QList<qint64> { -1, -1, -1, -1 };
    QTest::newRow("detected before started: no time to detect")
        << utc("2026-01-01T01:00:00Z") << utc("2026-01-01T00:55:00Z") << QDateTime() << utc("2026-01-01T02:00:00Z")
        << QList<qint64> { -1, -1, 3600, 3600 };
}

void TestPmTemplates::derivedFigures()
{
    QFETCH(QDateTime, started);
    QFETCH(QDateTime, detected);
    QFETCH(QDateTime, mitigated);
    QFETCH(QDateTime, resolved);
    QFETCH(QList<qint64>, expected);
    Postmortem p;
    p.started = started;
    p.detected = detected;
    p.mitigated = mitigated;
    p.resolved = resolved;
    const DerivedFigures f = pm::derivedFigures(p);
    const auto v = [](const std::optional<qint64> &s) { return s.value_or(-1); };
    QCOMPARE((QList<qint64> { v(f.timeToDetect), v(f.timeToMitigate), v(f.timeToResolve), v(f.impactDuration) }),
             expected);
}

void TestPmTemplates::formatDuration_data()
{
    QTest::addColumn<qint64>("seconds");
    QTest::addColumn<QString>("text");
    QTest::newRow("zero") << qint64(0) << QStringLiteral("0s");
    QTest::newRow("seconds only") << qint64(45) << QStringLiteral("45s");
    QTest::newRow("a minute") << qint64(60) << QStringLiteral("1m");
    QTest::newRow("38 minutes 59 seconds: seconds dropped") << qint64(38 * 60 + 59) << QStringLiteral("38m");
    QTest::newRow("1h 15m") << qint64(75 * 60) << QStringLiteral("1h 15m");
    QTest::newRow("whole hours") << qint64(7200) << QStringLiteral("2h");
    QTest::newRow("a day and an hour") << qint64(25 * 3600) << QStringLiteral("1d 1h");
    QTest::newRow("whole day") << qint64(86400) << QStringLiteral("1d");
}

void TestPmTemplates::formatDuration()
{
    QFETCH(qint64, seconds);
    QFETCH(QString, text);
    QCOMPARE(pm::formatDuration(seconds), text);
}

void TestPmTemplates::actionItemCounts_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("total");
    QTest::addColumn<int>("open");
    QTest::newRow("INC-2026-014: In progress and two Open of seven") << QStringLiteral("INC-2026-014.md") << 7 << 3;
    QTest::newRow("INC-2025-001: no status column, all open") << QStringLiteral("INC-2025-001.md") << 5 << 5;
    QTest::newRow("INC-2026-017: four open") << QStringLiteral("INC-2026-017.md") << 4 << 4;
}

void TestPmTemplates::actionItemCounts()
{
    QFETCH(QString, file);
    QFETCH(int, total);
    QFETCH(int, open);
    const Postmortem p = loadPostmortem(kDemo + file).postmortem;
    QCOMPARE(p.actionItemCount, total);
    QCOMPARE(p.openActionItemCount, open);
}

void TestPmTemplates::byteOrderMark_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("title");
    const QByteArray bom = "\xEF\xBB\xBF";
    QTest::newRow("front matter after a byte order mark")
        << bom + "---\nid: INC-2026-100\ntitle: T\nstatus: draft\n---\n# H\n"
        << QStringLiteral("INC-2026-100") << QStringLiteral("T");
    QTest::newRow("front matter after a byte order mark, CRLF")
        << bom + "---\r\nid: INC-2026-101\r\nstatus: draft\r\n---\r\n# Heading\r\n"
        << QStringLiteral("INC-2026-101") << QStringLiteral("Heading");
    QTest::newRow("no front matter: the heading after a byte order mark is the title") << bom
            + "# 障害報告\n" << QStringLiteral("INC-2026-102") << QStringLiteral("障害報告");
}

// Editors on Windows save a byte order mark; the front matter must still be read, not shown as text.
void TestPmTemplates::byteOrderMark()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, id);
    QFETCH(QString, title);
    const FrontMatter fm = splitFrontMatter(text);
    const ParseResult result = parsePostmortem(text, QStringLiteral("postmortems/INC-2026-102.md"));
    QCOMPARE(result.postmortem.id, id);
    QCOMPARE(result.postmortem.title, title);
    if (fm.present) {
        QVERIFY(fm.yaml.startsWith("id: "));
        QVERIFY(!fm.body.contains("---"));
        QVERIFY(result.problems.isEmpty());
    }
    // The bytes stay as they were: the mark is kept when the file is written back.
    QCOMPARE(PostmortemDocument::parse(text).toBytes(), text);
}

QTEST_GUILESS_MAIN(TestPmTemplates)
#include "tst_pmtemplates.moc"
