// srectl runbook for | coverage | lint | search, run as a user would: the real binary on the demo
// workspace and on small temporary ones.
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
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

bool write(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(content) == content.size();
}

} // namespace

class TestSrectlRunbook final : public QObject
{
    Q_OBJECT

private slots:
    void forAlert_data();
    void forAlert();
    void forPrintsTheAnchor();
    void coverageDemo_data();
    void coverageDemo();
    void coverageOfACoveredWorkspacePasses();
    void lintDemoPasses();
    void lintFindingsFailTheCheck();
    void searchDemo_data();
    void searchDemo();
    void searchKeepsItsIndexInTheCache();
    void usageErrors_data();
    void usageErrors();

private:
    Run srectl(const QStringList &args) const;
    QTemporaryDir m_cache; // XDG_CACHE_HOME of every run
};

Run TestSrectlRunbook::srectl(const QStringList &args) const
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CACHE_HOME"), m_cache.path());
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(SRECTL_BIN), args);
    Run r;
    if (!p.waitForFinished(60000))
        return r;
    r.exitCode = p.exitCode();
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

void TestSrectlRunbook::forAlert_data()
{
    QTest::addColumn<QString>("alert");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("pathEnd"); // of stdout; empty: nothing printed
    QTest::newRow("prometheus-operator URL")
        << "KubePodCrashLooping" << 0 << "/runbooks/operator/kubernetes/KubePodCrashLooping.md\n";
    QTest::newRow("relative runbook annotation")
        << "AuthLatencyBudgetBurn" << 0 << "/runbooks/services/auth/latency.md\n";
    QTest::newRow("front matter") << "SearchDown" << 0 << "/runbooks/services/search/availability.md\n";
    QTest::newRow("no runbook: exit 1") << "CheckoutTrafficDrop" << 1 << "";
    QTest::newRow("unknown alert: exit 1") << "NoSuchAlert" << 1 << "";
}

void TestSrectlRunbook::forAlert()
{
    QFETCH(QString, alert);
    QFETCH(int, exitCode);
    QFETCH(QString, pathEnd);
    const Run r
        = srectl({ QStringLiteral("--workspace"), kDemo, QStringLiteral("runbook"), QStringLiteral("for"), alert });
    QCOMPARE(r.exitCode, exitCode);
    if (pathEnd.isEmpty()) {
        QCOMPARE(r.out, QString());
        QVERIFY2(r.err.contains(alert), qPrintable(r.err));
    } else {
        QVERIFY2(r.out.endsWith(pathEnd), qPrintable(r.out));
        QVERIFY(QFileInfo::exists(r.out.trimmed()));
    }
}

void TestSrectlRunbook::forPrintsTheAnchor()
{
    QTemporaryDir ws;
    QVERIFY(write(ws.filePath(QStringLiteral("workspace.yaml")),
                  "name: t\nrunbook_url_map:\n  - prefix: https://rb.example/\n    path: runbooks/\n"));
    QVERIFY(write(ws.filePath(QStringLiteral("rules/r.yaml")),
                  "groups:\n  - name: g\n    rules:\n      - alert: DbDown\n        expr: up == 0\n"
                  "        annotations:\n          runbook_url: https://rb.example/db#failover\n"
                  "      - alert: Evil\n        expr: up == 0\n"
                  "        annotations:\n          runbook: ../../../etc/passwd\n"));
    QVERIFY(write(ws.filePath(QStringLiteral("runbooks/db.md")), "# Database\n\n## Failover\n\nx\n"));
    const Run r = srectl({ QStringLiteral("-w"), ws.path(), QStringLiteral("runbook"), QStringLiteral("for"),
                           QStringLiteral("DbDown") });
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.endsWith(QStringLiteral("/runbooks/db.md#failover\n")), qPrintable(r.out));

    const Run evil = srectl(
        { QStringLiteral("-w"), ws.path(), QStringLiteral("runbook"), QStringLiteral("for"), QStringLiteral("Evil") });
    QCOMPARE(evil.exitCode, 1);
    QCOMPARE(evil.out, QString());
    QVERIFY2(evil.err.contains(QStringLiteral("outside the runbook folders")), qPrintable(evil.err));
}

void TestSrectlRunbook::coverageDemo_data()
{
    QTest::addColumn<QString>("format");
    QTest::newRow("table") << "table";
    QTest::newRow("json") << "json";
    QTest::newRow("markdown") << "markdown";
}

void TestSrectlRunbook::coverageDemo()
{
    QFETCH(QString, format);
    const Run r = srectl({ QStringLiteral("-w"), kDemo, QStringLiteral("--format"), format, QStringLiteral("runbook"),
                           QStringLiteral("coverage") });
    QCOMPARE(r.exitCode, 1); // CheckoutTrafficDrop has no runbook
    QVERIFY2(r.out.contains(QStringLiteral("CheckoutTrafficDrop")), qPrintable(r.out));
    QVERIFY2(r.err.contains(QStringLiteral("1 without")), qPrintable(r.err));
    if (format == u"json") {
        QJsonParseError error;
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8(), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(o.value(QStringLiteral("uncovered")).toInt(), 1);
        QCOMPARE(o.value(QStringLiteral("broken_links")).toArray().size(), 0);
        QCOMPARE(o.value(QStringLiteral("unreferenced_runbooks")).toArray(),
                 QJsonArray { QStringLiteral("runbooks/oncall/handbook.md") });
        bool sawOperatorUrl = false;
        for (const QJsonValue &a : o.value(QStringLiteral("alerts")).toArray()) {
            const QJsonObject alert = a.toObject();
            if (alert.value(QStringLiteral("alert")).toString() == u"KubePodCrashLooping") {
                QCOMPARE(alert.value(QStringLiteral("method")).toString(), QStringLiteral("runbook_url"));
                QCOMPARE(alert.value(QStringLiteral("runbook")).toString(),
                         QStringLiteral("runbooks/operator/kubernetes/KubePodCrashLooping.md"));
                sawOperatorUrl = true;
            }
        }
        QVERIFY(sawOperatorUrl);
    } else if (format == u"markdown") {
        QVERIFY(r.out.contains(QStringLiteral("| ALERT | RUNBOOK | FOUND BY |")));
    } else {
        QVERIFY(r.out.contains(
            QStringLiteral("rules/checkout-slo.yaml:230: no-runbook: alert CheckoutTrafficDrop has no runbook")));
    }
}

void TestSrectlRunbook::coverageOfACoveredWorkspacePasses()
{
    QTemporaryDir ws;
    QVERIFY(write(ws.filePath(QStringLiteral("rules/r.yaml")),
                  "groups:\n  - name: g\n    rules:\n      - alert: DbDown\n        expr: up == 0\n"));
    QVERIFY(write(ws.filePath(QStringLiteral("runbooks/DbDown.md")), "# DbDown\n\nSee [notes](notes.md#restart).\n"));
    QVERIFY(write(ws.filePath(QStringLiteral("runbooks/notes.md")),
                  "---\nalerts: [DbDown]\n---\n# Notes\n\n## Restart\n\nx\n"));
    Run r = srectl({ QStringLiteral("-w"), ws.path(), QStringLiteral("runbook"), QStringLiteral("coverage") });
    QCOMPARE(r.exitCode, 0);

    // A broken anchor fails the check and names file and line.
    QVERIFY(write(ws.filePath(QStringLiteral("runbooks/DbDown.md")), "# DbDown\n\nSee [notes](notes.md#reboot).\n"));
    r = srectl({ QStringLiteral("-w"), ws.path(), QStringLiteral("runbook"), QStringLiteral("coverage") });
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.out.contains(QStringLiteral("runbooks/DbDown.md:3: broken-anchor: ")), qPrintable(r.out));
}

void TestSrectlRunbook::lintDemoPasses()
{
    const Run r = srectl({ QStringLiteral("-w"), kDemo, QStringLiteral("runbook"), QStringLiteral("lint") });
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    QCOMPARE(r.out, QString());
}

void TestSrectlRunbook::lintFindingsFailTheCheck()
{
    QTemporaryDir ws;
    QVERIFY(write(ws.filePath(QStringLiteral("runbooks/a.md")), "# A\n\nTODO: fill in\n\n## Impact\n\n## Fix\n\nx\n"));
    Run r = srectl({ QStringLiteral("-w"), ws.path(), QStringLiteral("runbook"), QStringLiteral("lint") });
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.out.contains(QStringLiteral("runbooks/a.md:3: placeholder: ")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("runbooks/a.md:5: empty-section: ")), qPrintable(r.out));

    r = srectl({ QStringLiteral("-w"), ws.path(), QStringLiteral("--format"), QStringLiteral("json"),
                 QStringLiteral("runbook"), QStringLiteral("lint") });
    QCOMPARE(r.exitCode, 1);
    const QJsonArray findings = QJsonDocument::fromJson(r.out.toUtf8()).array();
    QCOMPARE(findings.size(), 2);
    QCOMPARE(findings.at(0).toObject().value(QStringLiteral("rule")).toString(), QStringLiteral("placeholder"));
    QCOMPARE(findings.at(0).toObject().value(QStringLiteral("line")).toInt(), 3);
}

void TestSrectlRunbook::searchDemo_data()
{
    QTest::addColumn<QStringList>("query");
    QTest::addColumn<QString>("firstEnd");
    QTest::newRow("word") << QStringList { QStringLiteral("crashloop") }
                          << "operator/kubernetes/KubePodCrashLooping.md";
    QTest::newRow("fuzzy name") << QStringList { QStringLiteral("kubepodcrash") }
                                << "operator/kubernetes/KubePodCrashLooping.md";
    QTest::newRow("words as separate arguments")
        << QStringList { QStringLiteral("mtls"), QStringLiteral("certificate") }
        << "services/payments-api/tls-certificate-expiry.md";
}

void TestSrectlRunbook::searchDemo()
{
    QFETCH(QStringList, query);
    QFETCH(QString, firstEnd);
    const Run r
        = srectl(QStringList { QStringLiteral("-w"), kDemo, QStringLiteral("runbook"), QStringLiteral("search") }
                 + query + QStringList { QStringLiteral("--format"), QStringLiteral("json") });
    QCOMPARE(r.exitCode, 0);
    const QJsonArray hits = QJsonDocument::fromJson(r.out.toUtf8()).array();
    QVERIFY2(!hits.isEmpty(), qPrintable(r.out + r.err));
    const QJsonObject first = hits.first().toObject();
    QVERIFY2(first.value(QStringLiteral("path")).toString().endsWith(firstEnd), qPrintable(r.out));
    QVERIFY(!first.value(QStringLiteral("title")).toString().isEmpty());
    const QString marked
        = first.value(QStringLiteral("snippet")).toString() + first.value(QStringLiteral("matched_name")).toString();
    QVERIFY2(marked.contains(QStringLiteral("**")), qPrintable(marked));
}

void TestSrectlRunbook::searchKeepsItsIndexInTheCache()
{
    QTemporaryDir ws;
    QVERIFY(write(ws.filePath(QStringLiteral("runbooks/a.md")), "# A\n\nwibblewobble\n"));
    Run r = srectl({ QStringLiteral("-w"), ws.path(), QStringLiteral("runbook"), QStringLiteral("search"),
                     QStringLiteral("wibblewobble") });
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(QStringLiteral("runbooks/a.md")));
    const QStringList indexes
        = QDir(m_cache.filePath(QStringLiteral("sre-console"))).entryList({ QStringLiteral("*.sqlite") });
    QVERIFY2(!indexes.isEmpty(), "the index is under $XDG_CACHE_HOME/sre-console");

    // Edited between runs: the next search sees the edit.
    QVERIFY(write(ws.filePath(QStringLiteral("runbooks/a.md")), "# A\n\nflibbertigibbet and more\n"));
    r = srectl({ QStringLiteral("-w"), ws.path(), QStringLiteral("runbook"), QStringLiteral("search"),
                 QStringLiteral("flibbertigibbet") });
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QStringLiteral("runbooks/a.md")), qPrintable(r.out + r.err));
    r = srectl({ QStringLiteral("-w"), ws.path(), QStringLiteral("runbook"), QStringLiteral("search"),
                 QStringLiteral("wibblewobble") });
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(!r.out.contains(QStringLiteral("runbooks/a.md")), qPrintable(r.out));
    QVERIFY(r.err.contains(QStringLiteral("no runbook matches")));
}

void TestSrectlRunbook::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("for without an alert") << QStringList { QStringLiteral("runbook"), QStringLiteral("for") };
    QTest::newRow("for with two alerts") << QStringList { QStringLiteral("runbook"), QStringLiteral("for"),
                                                          QStringLiteral("A"), QStringLiteral("B") };
    QTest::newRow("search without a query") << QStringList { QStringLiteral("runbook"), QStringLiteral("search") };
    QTest::newRow("search with a bad limit")
        << QStringList { QStringLiteral("runbook"), QStringLiteral("search"), QStringLiteral("x"),
                         QStringLiteral("--limit"), QStringLiteral("zero") };
    QTest::newRow("lint with an argument")
        << QStringList { QStringLiteral("runbook"), QStringLiteral("lint"), QStringLiteral("x") };
    QTest::newRow("unknown verb") << QStringList { QStringLiteral("runbook"), QStringLiteral("frobnicate") };
}

void TestSrectlRunbook::usageErrors()
{
    QFETCH(QStringList, args);
    const Run r = srectl(QStringList { QStringLiteral("-w"), kDemo } + args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(!r.err.isEmpty());
    QCOMPARE(r.out, QString());
}

QTEST_GUILESS_MAIN(TestSrectlRunbook)
#include "tst_srectl_runbook.moc"
