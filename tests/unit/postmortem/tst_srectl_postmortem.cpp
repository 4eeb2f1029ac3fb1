// srectl postmortem list | new | lint, run as the built program on a copy of the demo workspace.
#include "../../common/testfiles.h"
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {
const QString kDemo = QStringLiteral(SRE_SOURCE_DIR "/resources/demo");

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run srectl(const QStringList &args, const QString &workingDir = {}, const QMap<QString, QString> &env = {})
{
    QProcess p;
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    e.remove(QStringLiteral("SRE_RESOURCE_DIR"));
    e.insert(QStringLiteral("SRECTL_LANG"), QStringLiteral("en"));
    for (auto it = env.cbegin(); it != env.cend(); ++it)
        e.insert(it.key(), it.value());
    p.setProcessEnvironment(e);
    if (!workingDir.isEmpty())
        p.setWorkingDirectory(workingDir);
    p.start(QStringLiteral(SRECTL_BIN), args);
    Run r;
    if (!p.waitForFinished(30000))
        return r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

void write(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QStringList column(const QString &table, int index)
{
    QStringList out;
    const QStringList lines = table.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (qsizetype i = 1; i < lines.size(); ++i)
        out << lines[i].split(QRegularExpression(QStringLiteral("\\s{2,}"))).value(index);
    return out;
}

// The id `new` should give in the demo workspace: the demo's newest id is INC-2026-017.
QString expectedNewId(int nth)
{
    const int year = QDateTime::currentDateTimeUtc().date().year();
    return year == 2026 ? QStringLiteral("INC-2026-%1").arg(17 + nth, 3, 10, QLatin1Char('0'))
                        : QStringLiteral("INC-%1-%2").arg(year).arg(nth, 3, 10, QLatin1Char('0'));
}

const QByteArray kCleanPostmortem
    = "---\nid: INC-2026-100\ntitle: Short cache outage\nstatus: draft\nseverity: P4\n"
      "started: 2026-05-01T10:00:00Z\ndetected: 2026-05-01T10:02:00Z\nresolved: 2026-05-01T10:20:00Z\n"
      "services: [search]\nauthors: [Dana Whitfield]\ntemplate: short\n---\n"
      "## Summary\nThe search cache restarted and cold requests were slow for 20 minutes.\n\n"
      "## Impact\nAbout 2 % of searches took longer than 1 s.\n\n"
      "## Action items\n| Action | Owner | Due | Priority | Status | Link |\n|---|---|---|---|---|---|\n"
      "| Warm the cache on start | Dana Whitfield | 2099-01-31 | P3 | Open | |\n";
} // namespace

class TestSrectlPostmortem final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void listTable();
    void listJson();
    void listMarkdown();
    void listFilters_data();
    void listFilters();
    void newFromTemplate();
    void newRefusesToOverwrite();
    void newUsageErrors_data();
    void newUsageErrors();
    void newFromWorkspaceTemplate();
    void lintDemo();
    void lintJson();
    void lintCleanFile();
    void lintRosterName();
    void lintHintsOnlyWithStrict();
    void lintWorkspaceRule();
    void lintFrontMatterError();
    void lintBadInput_data();
    void lintBadInput();
    void resourceDirFromEnvironment();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString ws() const { return m_dir->path(); }
};

void TestSrectlPostmortem::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    sre::testing::copyDir(kDemo, ws());
}

void TestSrectlPostmortem::listTable()
{
    const Run r = srectl({ QStringLiteral("--workspace"), ws(), QStringLiteral("postmortem"), QStringLiteral("list") });
    QCOMPARE(r.exitCode, 0);
    const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4);
    QVERIFY(lines[0].startsWith(QStringLiteral("ID")));
    QVERIFY(lines[0].contains(QStringLiteral("OPEN ACTIONS")));
    QCOMPARE(column(r.out, 0),
             (QStringList { QStringLiteral("INC-2026-017"), QStringLiteral("INC-2026-014"),
                            QStringLiteral("INC-2025-001") }));
    const QStringList row = lines[2].split(QRegularExpression(QStringLiteral("\\s{2,}")));
    QCOMPARE(
        row,
        (QStringList { QStringLiteral("INC-2026-014"),
                       QStringLiteral("Checkout payments failing after the payments-api mTLS certificate expired"),
                       QStringLiteral("P2"), QStringLiteral("published"), QStringLiteral("2026-03-10 06:10Z"),
                       QStringLiteral("1h 20m"), QStringLiteral("payments-api, checkout"), QStringLiteral("3/7") }));
    QVERIFY(lines[3].contains(QStringLiteral("1h 15m"))); // the seed's 影響時間
    QVERIFY(lines[3].endsWith(QStringLiteral("5/5")));
}

void TestSrectlPostmortem::listJson()
{
    const Run r = srectl({ QStringLiteral("-w"), ws(), QStringLiteral("--format"), QStringLiteral("json"),
                           QStringLiteral("postmortem"), QStringLiteral("list") });
    QCOMPARE(r.exitCode, 0);
    const QJsonArray all = QJsonDocument::fromJson(r.out.toUtf8()).array();
    QCOMPARE(all.size(), 3);
    const QJsonObject p = all.at(1).toObject();
    QCOMPARE(p[QStringLiteral("id")].toString(), QStringLiteral("INC-2026-014"));
    QCOMPARE(p[QStringLiteral("started")].toString(), QStringLiteral("2026-03-10T06:10:00Z"));
    QCOMPARE(p[QStringLiteral("durationSeconds")].toInt(), 80 * 60);
    QCOMPARE(p[QStringLiteral("timeToDetectSeconds")].toInt(), 3 * 60);
    QCOMPARE(p[QStringLiteral("timeToMitigateSeconds")].toInt(), 38 * 60);
    QCOMPARE(p[QStringLiteral("openActionItems")].toInt(), 3);
    QCOMPARE(p[QStringLiteral("actionItems")].toInt(), 7);
    QCOMPARE(p[QStringLiteral("services")].toArray(),
             (QJsonArray { QStringLiteral("payments-api"), QStringLiteral("checkout") }));
    QCOMPARE(p[QStringLiteral("file")].toString(), QStringLiteral("postmortems/INC-2026-014.md"));
}

void TestSrectlPostmortem::listMarkdown()
{
    const Run r = srectl({ QStringLiteral("-w"), ws(), QStringLiteral("--format"), QStringLiteral("markdown"),
                           QStringLiteral("postmortem"), QStringLiteral("list") });
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.startsWith(QStringLiteral(
                 "| ID | TITLE | SEVERITY | STATUS | STARTED | DURATION | SERVICES | OPEN ACTIONS |\n|---|")),
             qPrintable(r.out));
    QVERIFY(r.out.contains(
        QStringLiteral("| INC-2026-017 | Search latency regression after the re-ranker ramp-up | P3 | draft |")));
}

void TestSrectlPostmortem::listFilters_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QStringList>("ids");
    QTest::newRow("--status draft") << QStringList { QStringLiteral("--status"), QStringLiteral("draft") }
                                    << QStringList { QStringLiteral("INC-2026-017") };
    QTest::newRow("--severity P1") << QStringList { QStringLiteral("--severity"), QStringLiteral("P1") }
                                   << QStringList { QStringLiteral("INC-2025-001") };
    QTest::newRow("--service checkout") << QStringList { QStringLiteral("--service"), QStringLiteral("checkout") }
                                        << QStringList { QStringLiteral("INC-2026-014") };
    QTest::newRow("--since a date") << QStringList { QStringLiteral("--since"), QStringLiteral("2026-01-01") }
                                    << QStringList { QStringLiteral("INC-2026-017"), QStringLiteral("INC-2026-014") };
    QTest::newRow("--until a date") << QStringList { QStringLiteral("--until"), QStringLiteral("2025-12-31") }
                                    << QStringList { QStringLiteral("INC-2025-001") };
    QTest::newRow("two filters") << QStringList { QStringLiteral("--status"), QStringLiteral("published"),
                                                  QStringLiteral("--since"), QStringLiteral("2026-01-01") }
                                 << QStringList { QStringLiteral("INC-2026-014") };
    QTest::newRow("nothing matches") << QStringList { QStringLiteral("--service"), QStringLiteral("nope") }
                                     << QStringList {};
}

void TestSrectlPostmortem::listFilters()
{
    QFETCH(QStringList, options);
    QFETCH(QStringList, ids);
    const Run r = srectl(
        QStringList { QStringLiteral("-w"), ws(), QStringLiteral("postmortem"), QStringLiteral("list") } + options);
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(column(r.out, 0), ids);
}

void TestSrectlPostmortem::newFromTemplate()
{
    const Run r = srectl({ QStringLiteral("-w"), ws(), QStringLiteral("postmortem"), QStringLiteral("new"),
                           QStringLiteral("--template"), QStringLiteral("google-sre"), QStringLiteral("--title"),
                           QStringLiteral("Checkout down: again") });
    QCOMPARE(r.exitCode, 0);
    const QString path = QDir(ws()).filePath(QStringLiteral("postmortems/%1.md").arg(expectedNewId(1)));
    QCOMPARE(r.out, path + QLatin1Char('\n'));
    const QByteArray bytes = readAll(path);
    QVERIFY(bytes.startsWith(QStringLiteral("---\nid: %1\ntitle: \"Checkout down: again\"\nstatus: draft\n")
                                 .arg(expectedNewId(1))
                                 .toUtf8()));
    QVERIFY(bytes.contains("<!-- Two to four sentences"));
    // QSaveFile leaves nothing else behind.
    QCOMPARE(QDir(QDir(ws()).filePath(QStringLiteral("postmortems"))).entryList(QDir::Files | QDir::Hidden).size(), 4);

    // The next one gets the next id, from the file just written; from another folder too.
    const Run second
        = srectl({ QStringLiteral("postmortem"), QStringLiteral("new"), QStringLiteral("--template"),
                   QStringLiteral("sre-ja"), QStringLiteral("--title"), QStringLiteral("DB 接続プール枯渇") },
                 ws());
    QCOMPARE(second.exitCode, 0);
    QCOMPARE(second.out, QStringLiteral("postmortems/%1.md\n").arg(expectedNewId(2)));
    const Run list = srectl({ QStringLiteral("-w"), ws(), QStringLiteral("postmortem"), QStringLiteral("list"),
                              QStringLiteral("--status"), QStringLiteral("draft") });
    QVERIFY(list.out.contains(QStringLiteral("DB 接続プール枯渇")));
    QVERIFY(list.out.contains(QStringLiteral("Checkout down: again")));
}

void TestSrectlPostmortem::newRefusesToOverwrite()
{
    const QString existing = QDir(ws()).filePath(QStringLiteral("postmortems/INC-2026-017.md"));
    const QByteArray before = readAll(existing);
    const Run r = srectl({ QStringLiteral("-w"), ws(), QStringLiteral("postmortem"), QStringLiteral("new"),
                           QStringLiteral("--template"), QStringLiteral("short"), QStringLiteral("--title"),
                           QStringLiteral("x"), QStringLiteral("--id"), QStringLiteral("INC-2026-017") });
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QStringLiteral("postmortems/INC-2026-017.md already exists; refusing to overwrite it")),
             qPrintable(r.err));
    QCOMPARE(r.out, QString());
    QCOMPARE(readAll(existing), before);
}

void TestSrectlPostmortem::newUsageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown template lists the known ones")
        << QStringList { QStringLiteral("--template"), QStringLiteral("nope"), QStringLiteral("--title"),
                         QStringLiteral("x") }
        << QStringLiteral("no template \"nope\" (available: google-sre, pagerduty, short, sre-ja)");
    QTest::newRow("no title") << QStringList { QStringLiteral("--template"), QStringLiteral("short") }
                              << QStringLiteral("usage: srectl postmortem new");
    QTest::newRow("blank title") << QStringList { QStringLiteral("--template"), QStringLiteral("short"),
                                                  QStringLiteral("--title"), QStringLiteral("  ") }
                                 << QStringLiteral("usage: srectl postmortem new");
    QTest::newRow("unknown option") << QStringList { QStringLiteral("--tmpl"), QStringLiteral("short") }
                                    << QStringLiteral("unknown option \"--tmpl\"");
    QTest::newRow("option without value")
        << QStringList { QStringLiteral("--template") } << QStringLiteral("--template needs a value");
}

void TestSrectlPostmortem::newUsageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const Run r = srectl(QStringList { QStringLiteral("-w"), ws(), QStringLiteral("postmortem"), QStringLiteral("new") }
                         + args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QCOMPARE(QDir(QDir(ws()).filePath(QStringLiteral("postmortems"))).entryList(QDir::Files | QDir::Hidden).size(),
             3); // nothing written
}

void TestSrectlPostmortem::newFromWorkspaceTemplate()
{
    write(QDir(ws()).filePath(QStringLiteral("templates/lite.md")),
          "---\ntemplate: lite\nname: Lite\nrequired: [What]\n---\n## What\n<!-- say it -->\n");
    const Run r = srectl({ QStringLiteral("-w"), ws(), QStringLiteral("postmortem"), QStringLiteral("new"),
                           QStringLiteral("--template"), QStringLiteral("lite"), QStringLiteral("--title"),
                           QStringLiteral("Small thing") });
    QCOMPARE(r.exitCode, 0);
    QVERIFY(readAll(r.out.trimmed()).endsWith("template: lite\n---\n## What\n<!-- say it -->\n"));
}

void TestSrectlPostmortem::lintDemo()
{
    const Run r = srectl({ QStringLiteral("postmortem"), QStringLiteral("lint"), QStringLiteral("--today"),
                           QStringLiteral("2026-06-10") },
                         ws());
    QCOMPARE(r.exitCode, 1);
    const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY2(lines.contains(QStringLiteral(
                 "postmortems/INC-2026-017.md:59: counterfactual: should have → describe what happened and what "
                 "made that action reasonable at the time")),
             qPrintable(r.out));
    QVERIFY(lines.contains(QStringLiteral("postmortems/INC-2025-001.md:82: counterfactual-ja: すべきだった → "
                                          "実際に何が起きたか、その時点でなぜその判断が妥当だったかを書く")));
    QVERIFY(lines.contains(QStringLiteral(
        "postmortems/INC-2026-017.md:65: action-item-owner: Find out whether ranking-model-server hit its HPA "
        "maximum; export its metrics for 01:00–03:00 → name one owner, a person who will drive it")));
    const QRegularExpression shape(QStringLiteral(R"(^postmortems/INC-\d{4}-\d{3}\.md:\d+: [a-z-]+: .+)"));
    for (const QString &line : lines)
        QVERIFY2(shape.match(line).hasMatch(), qPrintable(line));
    QVERIFY(r.err.contains(QStringLiteral("findings in 3 of 3 postmortems")));

    // On the day after the incident, the published INC-2026-014 has nothing to report.
    const Run published = srectl({ QStringLiteral("postmortem"), QStringLiteral("lint"), QStringLiteral("--today"),
                                   QStringLiteral("2026-03-11"), QStringLiteral("postmortems/INC-2026-014.md") },
                                 ws());
    QCOMPARE(published.out, QString());
    QCOMPARE(published.exitCode, 0);
}

void TestSrectlPostmortem::lintJson()
{
    const Run r = srectl({ QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("postmortem"),
                           QStringLiteral("lint"), QStringLiteral("--today"), QStringLiteral("2026-06-10"),
                           QStringLiteral("postmortems/INC-2026-017.md") },
                         ws());
    QCOMPARE(r.exitCode, 1);
    const QJsonArray all = QJsonDocument::fromJson(r.out.toUtf8()).array();
    QCOMPARE(all.size(), 9);
    const QJsonObject first = all.at(0).toObject();
    QCOMPARE(first[QStringLiteral("file")].toString(), QStringLiteral("postmortems/INC-2026-017.md"));
    QCOMPARE(first[QStringLiteral("line")].toInt(), 59);
    QCOMPARE(first[QStringLiteral("column")].toInt(), 19);
    QCOMPARE(first[QStringLiteral("length")].toInt(), 11);
    QCOMPARE(first[QStringLiteral("rule")].toString(), QStringLiteral("counterfactual"));
    QCOMPARE(first[QStringLiteral("kind")].toString(), QStringLiteral("language"));
    QVERIFY(first[QStringLiteral("note")].toString().startsWith(QStringLiteral("Counterfactuals judge")));
    QCOMPARE(all.at(1).toObject()[QStringLiteral("kind")].toString(), QStringLiteral("completeness"));
}

void TestSrectlPostmortem::lintCleanFile()
{
    write(QDir(ws()).filePath(QStringLiteral("clean.md")), kCleanPostmortem);
    const Run r = srectl({ QStringLiteral("postmortem"), QStringLiteral("lint"), QStringLiteral("clean.md") }, ws());
    QCOMPARE(r.out, QString());
    QCOMPARE(r.exitCode, 0);
}

void TestSrectlPostmortem::lintRosterName()
{
    // "dana" is an on-call handle in oncall.yaml, not an author of this file.
    write(QDir(ws()).filePath(QStringLiteral("blame.md")),
          QByteArray(kCleanPostmortem)
              .replace("authors: [Dana Whitfield]", "authors: [Kenji Mori]")
              .replace("The search cache restarted", "Dana forgot the cache, so it restarted"));
    const Run r = srectl({ QStringLiteral("postmortem"), QStringLiteral("lint"), QStringLiteral("blame.md") }, ws());
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.out.startsWith(QStringLiteral("blame.md:14: person-blame: Dana forgot → make the system the subject")),
             qPrintable(r.out));
    QCOMPARE(r.out.count(QLatin1Char('\n')), 1);
}

void TestSrectlPostmortem::lintHintsOnlyWithStrict()
{
    // "just" is a style hint: printed, but the run passes unless --strict.
    write(QDir(ws()).filePath(QStringLiteral("hint.md")),
          QByteArray(kCleanPostmortem).replace("The search cache restarted", "The search cache just restarted"));
    const Run r = srectl({ QStringLiteral("postmortem"), QStringLiteral("lint"), QStringLiteral("hint.md") }, ws());
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.startsWith(QStringLiteral("hint.md:14: hint: simplifying: just → remove the word")),
             qPrintable(r.out));
    QVERIFY2(r.err.contains(QStringLiteral("1 style hint(s), not counted (--strict counts them)")), qPrintable(r.err));

    const Run strict = srectl(
        { QStringLiteral("postmortem"), QStringLiteral("lint"), QStringLiteral("--strict"), QStringLiteral("hint.md") },
        ws());
    QCOMPARE(strict.exitCode, 1);
    QCOMPARE(strict.out, r.out);
    QVERIFY2(strict.err.contains(QStringLiteral("1 findings in 1 of 1 postmortems")), qPrintable(strict.err));

    const Run json = srectl({ QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("postmortem"),
                              QStringLiteral("lint"), QStringLiteral("hint.md") },
                            ws());
    QCOMPARE(json.exitCode, 0);
    const QJsonArray all = QJsonDocument::fromJson(json.out.toUtf8()).array();
    QCOMPARE(all.size(), 1);
    QCOMPARE(all.at(0).toObject()[QStringLiteral("severity")].toString(), QStringLiteral("hint"));

    // A finding beside the hint still fails without --strict.
    write(QDir(ws()).filePath(QStringLiteral("both.md")),
          QByteArray(kCleanPostmortem)
              .replace("The search cache restarted", "We just failed to warm the cache, so it restarted"));
    const Run both = srectl({ QStringLiteral("postmortem"), QStringLiteral("lint"), QStringLiteral("both.md") }, ws());
    QCOMPARE(both.exitCode, 1);
    QVERIFY2(both.err.contains(QStringLiteral("1 findings in 1 of 1 postmortems")), qPrintable(both.err));
}

void TestSrectlPostmortem::lintWorkspaceRule()
{
    write(QDir(ws()).filePath(QStringLiteral("lint/team.yaml")),
          "- id: no-ramp-up\n  lang: en\n  flag: [\"ramp-up\"]\n  suggest: [\"say ramp\"]\n  note: team wording\n");
    const Run r = srectl(
        { QStringLiteral("postmortem"), QStringLiteral("lint"), QStringLiteral("postmortems/INC-2026-017.md") }, ws());
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.out.startsWith(QStringLiteral("postmortems/INC-2026-017.md:3: no-ramp-up: ramp-up → say ramp\n")),
             qPrintable(r.out));
}

void TestSrectlPostmortem::lintFrontMatterError()
{
    write(QDir(ws()).filePath(QStringLiteral("postmortems/INC-2026-050.md")),
          "---\nid: INC-2026-050\nstarted: yesterday\n---\n## Summary\nx\n");
    const Run r = srectl({ QStringLiteral("postmortem"), QStringLiteral("lint"), QStringLiteral("--today"),
                           QStringLiteral("2026-03-11") },
                         ws());
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(
        r.out.contains(QStringLiteral("postmortems/INC-2026-050.md:3: front-matter: \"yesterday\" is not an RFC 3339 "
                                      "time such as 2025-01-15T14:32:00Z\n")),
        qPrintable(r.out));
}

void TestSrectlPostmortem::lintBadInput_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("ruleFile");
    QTest::addColumn<QString>("message");
    QTest::newRow("missing file") << QStringList { QStringLiteral("nope.md") } << QByteArray()
                                  << QStringLiteral("nope.md: cannot read file");
    QTest::newRow("broken workspace rule file names file and line")
        << QStringList {} << QByteArray("- id: x\n  flag: [a\n") << QStringLiteral("lint/bad.yaml:3: invalid YAML");
    QTest::newRow("bad --today") << QStringList { QStringLiteral("--today"), QStringLiteral("tomorrow") }
                                 << QByteArray() << QStringLiteral("--today \"tomorrow\" is not a date");
}

void TestSrectlPostmortem::lintBadInput()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, ruleFile);
    QFETCH(QString, message);
    if (!ruleFile.isEmpty())
        write(QDir(ws()).filePath(QStringLiteral("lint/bad.yaml")), ruleFile);
    const Run r = srectl(QStringList { QStringLiteral("postmortem"), QStringLiteral("lint") } + args, ws());
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
}

void TestSrectlPostmortem::resourceDirFromEnvironment()
{
    // An installed srectl finds its rules through SRE_RESOURCE_DIR (or ../share/sre-console); here
    // a folder with one rule replaces the shipped ones.
    QTemporaryDir resources;
    write(QDir(resources.path()).filePath(QStringLiteral("lint/only.yaml")),
          "- id: only-rule\n  lang: en\n  flag: [\"re-ranker\"]\n  suggest: [\"x\"]\n");
    const Run r = srectl({ QStringLiteral("postmortem"), QStringLiteral("lint"), QStringLiteral("--today"),
                           QStringLiteral("2026-01-01"), QStringLiteral("postmortems/INC-2026-017.md") },
                         ws(), { { QStringLiteral("SRE_RESOURCE_DIR"), resources.path() } });
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.out.contains(QStringLiteral("postmortems/INC-2026-017.md:3: only-rule: re-ranker → x\n")));
    QVERIFY(!r.out.contains(QStringLiteral("counterfactual")));
    // Without templates there, required sections are not checked and the user is told why.
    QVERIFY2(r.err.contains(QStringLiteral("template \"google-sre\" is not known")), qPrintable(r.err));
}

QTEST_GUILESS_MAIN(TestSrectlPostmortem)
#include "tst_srectl_postmortem.moc"
