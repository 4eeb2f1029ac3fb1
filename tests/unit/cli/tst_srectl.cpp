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
struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    Run r;
    if (!p.waitForFinished(30000))
        return r;
    r.exitCode = p.exitCode();
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

Run srectl(const QStringList &args)
{
    return run(QStringLiteral(SRECTL_BIN), args);
}

const QString kDemo = QStringLiteral(SRE_SOURCE_DIR "/resources/demo");
} // namespace

class TestSrectl : public QObject
{
    Q_OBJECT
private slots:
    void versionMatchesTheGui();
    void checkDemoWorkspace();
    void checkBrokenCopy_data();
    void checkBrokenCopy();
    void sloListJson();
    void usageErrors_data();
    void usageErrors();
    void linksNoWidgets();
};

void TestSrectl::versionMatchesTheGui()
{
    const Run cli = srectl({ QStringLiteral("--version") });
    const Run gui = run(QStringLiteral(SRE_CONSOLE_BIN), { QStringLiteral("--version") });
    QCOMPARE(cli.exitCode, 0);
    QCOMPARE(gui.exitCode, 0);
    const QRegularExpression semver(QStringLiteral("^\\S+ (\\d+\\.\\d+\\.\\d+)\\n$"));
    const auto a = semver.match(cli.out), b = semver.match(gui.out);
    QVERIFY2(a.hasMatch(), qPrintable(cli.out));
    QVERIFY2(b.hasMatch(), qPrintable(gui.out));
    QCOMPARE(a.captured(1), b.captured(1));
}

void TestSrectl::checkDemoWorkspace()
{
    const Run r
        = srectl({ QStringLiteral("--workspace"), kDemo, QStringLiteral("workspace"), QStringLiteral("check") });
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
}

void TestSrectl::checkBrokenCopy_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("from");
    QTest::addColumn<QByteArray>("to");
    QTest::addColumn<QString>("expected");
    QTest::newRow("datasource of unknown type")
        << "workspace.yaml" << QByteArray("    type: prometheus") << QByteArray("    type: graphite")
        << "workspace.yaml:8: datasource \"demo\": unknown type \"graphite\"";
    QTest::newRow("rule file that is not YAML")
        << "rules/checkout-slo.yaml" << QByteArray("groups:") << QByteArray("groups: [") << "rules/checkout-slo.yaml:";
    QTest::newRow("postmortem with an unknown status")
        << "postmortems/INC-2026-017.md" << QByteArray("status: draft") << QByteArray("status: wip")
        << "postmortems/INC-2026-017.md:4: status \"wip\"";
}

// A broken copy of the demo exits 1 and names the file and line; the GUI shows the same list.
void TestSrectl::checkBrokenCopy()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, from);
    QFETCH(QByteArray, to);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    sre::testing::copyDir(kDemo, dir.path());
    QFile f(dir.filePath(file));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QByteArray text = f.readAll();
    f.close();
    QVERIFY2(text.contains(from), qPrintable(file));
    text.replace(text.indexOf(from), from.size(), to);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(text);
    f.close();

    const Run r
        = srectl({ QStringLiteral("--workspace"), dir.path(), QStringLiteral("workspace"), QStringLiteral("check") });
    QCOMPARE(r.exitCode, 1);
    const QString where = QDir(dir.path()).filePath(expected);
    QVERIFY2(r.out.contains(where), qPrintable(QStringLiteral("expected %1 in:\n%2").arg(where, r.out)));
}

void TestSrectl::sloListJson()
{
    const Run r = srectl({ QStringLiteral("--workspace"), kDemo, QStringLiteral("--format"), QStringLiteral("json"),
                           QStringLiteral("slo"), QStringLiteral("list") });
    QCOMPARE(r.exitCode, 0);
    const QJsonArray slos = QJsonDocument::fromJson(r.out.toUtf8()).array();
    QVERIFY(slos.size() >= 13);
    bool seed = false;
    for (const QJsonValue &v : slos) {
        const QJsonObject o = v.toObject();
        QVERIFY(o.value(QStringLiteral("objective")).isDouble());
        QVERIFY(o.value(QStringLiteral("objective")).toDouble() > 0
                && o.value(QStringLiteral("objective")).toDouble() < 1);
        if (o.value(QStringLiteral("id")).toString() == u"myapp-api/latency") {
            seed = true;
            QCOMPARE(o.value(QStringLiteral("objective")).toDouble(), 0.99); // written as a fraction in the seed
        }
    }
    QVERIFY(seed);
}

void TestSrectl::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("no command") << QStringList {} << "usage: srectl";
    QTest::newRow("unknown noun") << QStringList { QStringLiteral("frobnicate"), QStringLiteral("now") }
                                  << "unknown noun \"frobnicate\"";
    QTest::newRow("unknown verb") << QStringList { QStringLiteral("slo"), QStringLiteral("eat") }
                                  << "unknown verb \"eat\"";
    QTest::newRow("bad format") << QStringList { QStringLiteral("--format"), QStringLiteral("xml"),
                                                 QStringLiteral("slo"), QStringLiteral("list") }
                                << "--format must be table, json or markdown";
    QTest::newRow("missing workspace") << QStringList { QStringLiteral("--workspace"),
                                                        QStringLiteral("/nonexistent/ws"), QStringLiteral("workspace"),
                                                        QStringLiteral("check") }
                                       << "workspace folder /nonexistent/ws does not exist";
    QTest::newRow("rules --check with an output file")
        << QStringList { QStringLiteral("slo"), QStringLiteral("rules"), QStringLiteral("--check"),
                         QStringLiteral("-o"), QStringLiteral("out.yaml") }
        << "--check writes no rules";
    QTest::newRow("rules --check as a PrometheusRule")
        << QStringList { QStringLiteral("--format"), QStringLiteral("prometheusrule"), QStringLiteral("slo"),
                         QStringLiteral("rules"), QStringLiteral("--check") }
        << "--check writes no rules";
    QTest::newRow("audit with an unknown option") << QStringList { QStringLiteral("slo"), QStringLiteral("audit"),
                                                                   QStringLiteral("--window"), QStringLiteral("30d") }
                                                  << "srectl slo audit: unknown option \"--window\"";
    QTest::newRow("audit at no time") << QStringList { QStringLiteral("slo"), QStringLiteral("audit"),
                                                       QStringLiteral("--at"), QStringLiteral("soon") }
                                      << "--at \"soon\" is not RFC 3339 or Unix seconds";
}

void TestSrectl::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const Run r = srectl(args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
}

// srectl must run on a CI box with no display: it may not link QtWidgets.
void TestSrectl::linksNoWidgets()
{
    const Run r = run(QStringLiteral("ldd"), { QStringLiteral(SRECTL_BIN) });
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(QStringLiteral("libQt6Core")));
    QVERIFY2(!r.out.contains(QStringLiteral("libQt6Widgets")), qPrintable(r.out));
}

QTEST_GUILESS_MAIN(TestSrectl)
#include "tst_srectl.moc"
