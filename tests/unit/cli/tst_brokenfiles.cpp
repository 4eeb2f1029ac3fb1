// srectl workspace check on a copy of the demo workspace with one file broken: the inputs that
// crashed or hung it (tests/data/repro, found by mutating the demo), and files that are valid YAML
// of the wrong shape. Each must give "file:line: message" and exit 1, in seconds, with the rest
// of the workspace loaded.
#include "../../common/testfiles.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {
const QString kDemo = QStringLiteral(SRE_SOURCE_DIR "/resources/demo");
const QString kRepro = QStringLiteral(SRE_SOURCE_DIR "/tests/data/repro");
// Far below CTest's timeout, so a hang fails this test with a message instead of a CTest kill.
constexpr int kTimeoutMs = 20000;

struct Check
{
    bool finished = false;
    QProcess::ExitStatus status = QProcess::CrashExit;
    int exitCode = -1;
    QString out;
    QString err;
    qint64 ms = 0;
};

Check check(const QString &workspace)
{
    QProcess p;
    p.start(QStringLiteral(SRECTL_BIN),
            { QStringLiteral("--workspace"), workspace, QStringLiteral("workspace"), QStringLiteral("check") });
    QElapsedTimer timer;
    timer.start();
    Check c;
    c.finished = p.waitForFinished(kTimeoutMs);
    c.ms = timer.elapsed();
    if (!c.finished) {
        p.kill();
        p.waitForFinished();
        return c;
    }
    c.status = p.exitStatus();
    c.exitCode = p.exitCode();
    c.out = QString::fromUtf8(p.readAllStandardOutput());
    c.err = QString::fromUtf8(p.readAllStandardError());
    return c;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// "DIR: 12 SLOs, 5 postmortems, 40 runbooks, 30 alerting rules; ..." from stderr.
QList<int> counts(const QString &err)
{
    static const QRegularExpression re(
        QStringLiteral("(\\d+) SLOs, (\\d+) postmortems, (\\d+) runbooks, (\\d+) alerting rules; (\\d+) errors"));
    const QRegularExpressionMatch m = re.match(err);
    if (!m.hasMatch())
        return {};
    return { m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt(), m.captured(4).toInt(),
             m.captured(5).toInt() };
}
} // namespace

class TestBrokenFiles : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void brokenFile_data();
    void brokenFile();
    void unknownTimeZoneIsAWarning();

private:
    QList<int> m_pristine; // SLOs, postmortems, runbooks, rules, errors of the unchanged demo
};

void TestBrokenFiles::initTestCase()
{
    QTemporaryDir dir;
    QVERIFY(sre::testing::copyDir(kDemo, dir.path()));
    const Check c = check(dir.path());
    QVERIFY2(c.finished, "srectl workspace check on the demo did not finish");
    QCOMPARE(c.exitCode, 0);
    m_pristine = counts(c.err);
    QCOMPARE(m_pristine.size(), 5);
    QVERIFY(m_pristine[0] > 0 && m_pristine[2] > 0 && m_pristine[3] > 0);
    QCOMPARE(m_pristine[4], 0);
}

void TestBrokenFiles::brokenFile_data()
{
    QTest::addColumn<QString>("target"); // relative to the workspace
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("expected"); // a regular expression for one line of the output
    QTest::addColumn<bool>("rulesIntact"); // the broken file is not a rule file

    auto repro = [](const char *name) { return readAll(kRepro + u'/' + QLatin1String(name)); };
    // The inputs from the issue: a crash (uncaught YAML::BadSubscript) ...
    QTest::newRow("repro: crash-rules-auth-slo.yaml as rules/auth-slo.yaml")
        << "rules/auth-slo.yaml" << repro("crash-rules-auth-slo.yaml")
        << "^rules/auth-slo\\.yaml:[1-9]\\d*: invalid YAML" << false;
    // ... a crash (uncaught YAML::InvalidNode) ...
    QTest::newRow("repro: crash-oncall.yaml as oncall.yaml")
        << "oncall.yaml" << repro("crash-oncall.yaml") << "^oncall\\.yaml:[1-9]\\d*: invalid YAML" << true;
    // ... and yaml-cpp 0.7 looping forever while allocating. libyaml stops at line 6.
    QTest::newRow("repro: hang-workspace.yaml as workspace.yaml")
        << "workspace.yaml" << repro("hang-workspace.yaml")
        << "^workspace\\.yaml:6: invalid YAML at 6:1: did not find expected <document start>" << true;

    // Valid YAML of the wrong shape: the readers' own node access (operator[] on a scalar threw
    // BadSubscript) must turn into problems too.
    QTest::newRow("shape: a rule that is a string")
        << "rules/auth-slo.yaml" << QByteArray("groups:\n  - name: g\n    rules:\n      - just a string\n")
        << "^rules/auth-slo\\.yaml:4: a rule must be a mapping" << false;
    QTest::newRow("shape: a rule group that is a string") << "rules/auth-slo.yaml" << QByteArray("groups:\n  - g\n")
                                                          << "^rules/auth-slo\\.yaml:2: a rule group must be" << false;
    QTest::newRow("shape: PrometheusRule whose spec is a string")
        << "rules/auth-slo.yaml" << QByteArray("kind: PrometheusRule\nspec: none\n")
        << "^rules/auth-slo\\.yaml:1: not a rule file" << false;
    QTest::newRow("shape: on-call override that is a string")
        << "oncall.yaml" << QByteArray("rotations:\n  - name: p\n    members: [a]\noverrides:\n  - today\n")
        << "^oncall\\.yaml:5: override must be a mapping" << true;
    QTest::newRow("shape: on-call rotation that is a list") << "oncall.yaml" << QByteArray("rotations:\n  - [a, b]\n")
                                                            << "^oncall\\.yaml:2: a rotation must be a mapping" << true;
    QTest::newRow("shape: workspace.yaml that is a list")
        << "workspace.yaml" << QByteArray("- name: x\n") << "^workspace\\.yaml:1: workspace.yaml must be a mapping"
        << true;
    QTest::newRow("shape: runbook_url_map entry that is a string")
        << "workspace.yaml" << QByteArray("runbook_url_map:\n  - https://x/\n")
        << "^workspace\\.yaml:2: runbook_url_map entry must be a mapping" << true;
    // Aliases of aliases: a few hundred bytes that would expand to 10^9 nodes.
    QByteArray laughs = "a: &a [x, x, x, x, x, x, x, x, x, x]\n";
    for (char c = 'b'; c <= 'i'; ++c)
        laughs += QByteArray(1, c) + ": &" + c + " [*" + char(c - 1) + ", *" + char(c - 1) + ", *" + char(c - 1) + ", *"
            + char(c - 1) + ", *" + char(c - 1) + ", *" + char(c - 1) + ", *" + char(c - 1) + ", *" + char(c - 1)
            + ", *" + char(c - 1) + ", *" + char(c - 1) + "]\n";
    QTest::newRow("limits: billion laughs in oncall.yaml")
        << "oncall.yaml" << laughs << "^oncall\\.yaml:\\d+: YAML expands to more than" << true;
    QTest::newRow("limits: nesting 10,000 deep in workspace.yaml")
        << "workspace.yaml" << QByteArray("a: ") + QByteArray(10000, '[') + QByteArray(10000, ']') + '\n'
        << "^workspace\\.yaml:1: YAML nested deeper than" << true;
}

void TestBrokenFiles::brokenFile()
{
    QFETCH(QString, target);
    QFETCH(QByteArray, content);
    QFETCH(QString, expected);
    QFETCH(bool, rulesIntact);
    QVERIFY(!content.isEmpty());

    QTemporaryDir dir;
    QVERIFY(sre::testing::copyDir(kDemo, dir.path()));
    QFile f(QDir(dir.path()).filePath(target));
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(f.write(content), content.size());
    f.close();

    const Check c = check(dir.path());
    QVERIFY2(c.finished, qPrintable(QStringLiteral("srectl did not finish within %1 ms").arg(kTimeoutMs)));
    QCOMPARE(c.status, QProcess::NormalExit); // not an abort from an uncaught exception
    QVERIFY2(!c.err.contains(QStringLiteral("terminate called")), qPrintable(c.err));
    QCOMPARE(c.exitCode, 1);
    // A broken file costs one libyaml pass, not seconds.
    QVERIFY2(c.ms < 10000, qPrintable(QStringLiteral("took %1 ms").arg(c.ms)));

    // "file:line: message", relative to the workspace as srectl prints it.
    const QRegularExpression re(expected, QRegularExpression::MultilineOption);
    QString out = c.out;
    out.replace(QDir(dir.path()).absolutePath() + u'/', QString());
    QVERIFY2(re.match(out).hasMatch(), qPrintable(QStringLiteral("no line matching %1 in:\n%2").arg(expected, out)));

    // The rest of the workspace still loads.
    const QList<int> n = counts(c.err);
    QCOMPARE(n.size(), 5);
    QCOMPARE(n[0], m_pristine[0]); // SLOs
    QCOMPARE(n[1], m_pristine[1]); // postmortems
    QCOMPARE(n[2], m_pristine[2]); // runbooks
    if (rulesIntact)
        QCOMPARE(n[3], m_pristine[3]);
    else
        QVERIFY(n[3] > 0 && n[3] < m_pristine[3]); // the other rule files
    QVERIFY(n[4] >= 1);
}

void TestBrokenFiles::unknownTimeZoneIsAWarning()
{
    QTemporaryDir dir;
    QVERIFY(sre::testing::copyDir(kDemo, dir.path()));
    const QString file = QDir(dir.path()).filePath(QStringLiteral("workspace.yaml"));
    QByteArray text = readAll(file);
    QVERIFY(text.contains("\ntimezone: Asia/Tokyo\n"));
    text.replace("\ntimezone: Asia/Tokyo\n", "\ntimezone: Asia\n");
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(text);
    f.close();
    // The line of `timezone:` in the demo's workspace.yaml, counted here rather than assumed.
    const int line = int(text.left(text.indexOf("\ntimezone: Asia\n")).count('\n')) + 2;

    const Check c = check(dir.path());
    QVERIFY(c.finished);
    QCOMPARE(c.exitCode, 0); // a warning does not fail the check
    const QString expected = QStringLiteral("%1:%2: warning: unknown time zone \"Asia\" (use an IANA name such as "
                                            "Asia/Tokyo); using UTC")
                                 .arg(file)
                                 .arg(line);
    QVERIFY2(c.out.split(u'\n').contains(expected), qPrintable(c.out));
    QCOMPARE(counts(c.err).value(0), m_pristine[0]);
}

QTEST_GUILESS_MAIN(TestBrokenFiles)
#include "tst_brokenfiles.moc"
