// srectl slo rules --check, the built binary, against a real Prometheus (the prometheus_drift
// fixture) that loaded the rules srectl generated for the demo workspace. Each case rewrites that
// rule file the way an operator might have, reloads Prometheus, and expects exactly the drift it
// made: an edited expression is outdated, a removed group missing, a rule that cannot evaluate
// failing with Prometheus' own error. The SLO page's refresher runs the same check off the GUI
// thread and marks exactly the drifted SLOs in the overview model.
#include "../common/processrun.h"
#include "demoworkspace.h"
#include "slooverviewmodel.h"
#include "slorefresher.h"
#include "workspace.h"

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace sre;

namespace {

using Run = testing::ProcessRun;

QString driftDir()
{
    return qEnvironmentVariable("SRE_TEST_PROMETHEUS_DRIFT_DIR");
}

QString rulesPath()
{
    return driftDir() + QStringLiteral("/slo-rules.yaml");
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &text)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(text) == text.size();
}

QByteArray curl(const QStringList &args)
{
    return testing::runProcess(QStringLiteral("curl"), QStringList { QStringLiteral("-sS") } + args).out;
}

// The group texts of a generated rule file, each from its "- name:" line up to the next group.
struct Groups
{
    QString head; // up to the first group
    QStringList names;
    QStringList bodies;

    QByteArray text() const { return (head + bodies.join(QString())).toUtf8(); }
};

Groups splitGroups(const QString &text)
{
    static const QRegularExpression start(QStringLiteral("^  - name: (\\S+)$"), QRegularExpression::MultilineOption);
    Groups g;
    QList<QRegularExpressionMatch> matches;
    for (auto it = start.globalMatch(text); it.hasNext();)
        matches << it.next();
    g.head = matches.isEmpty() ? text : text.left(matches.first().capturedStart());
    for (qsizetype i = 0; i < matches.size(); ++i) {
        const qsizetype end = i + 1 < matches.size() ? matches[i + 1].capturedStart() : text.size();
        g.names << matches[i].captured(1);
        g.bodies << text.mid(matches[i].capturedStart(), end - matches[i].capturedStart());
    }
    return g;
}

struct Finding
{
    QString kind, rule, detail;
};

QList<Finding> findingsOf(const QJsonArray &report, const QString &group)
{
    QList<Finding> out;
    for (const QJsonValue &v : report) {
        if (v[QStringLiteral("group")].toString() != group)
            continue;
        for (const QJsonValue &f : v[QStringLiteral("findings")].toArray())
            out << Finding { f[QStringLiteral("kind")].toString(), f[QStringLiteral("rule")].toString(),
                             f[QStringLiteral("detail")].toString() };
    }
    return out;
}

} // namespace

class TestSloRulesCheck : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void allMatch();
    void editedAndRemoved();
    void failingRule();
    void neverDeployed();
    void unreachable();

private:
    // Writes the rule file, reloads Prometheus and waits until it serves `groupCount` groups (and,
    // with `untilHealthErr`, until some rule has failed an evaluation).
    void reload(const QByteArray &text, int groupCount, bool untilHealthErr = false);
    Run check(const QString &workspace);
    // What the SLO page's overview shows after one refresh: SLO id -> drift text (drifted only),
    // and the refresher's hint.
    QHash<QString, QString> pageMarks(QString *hint = nullptr);

    QString m_url;
    QTemporaryDir m_tmp;
    QString m_workspace;
    QByteArray m_original;
    Groups m_groups;
};

void TestSloRulesCheck::initTestCase()
{
    QFile urlFile(driftDir() + QStringLiteral("/url"));
    QVERIFY2(urlFile.open(QIODevice::ReadOnly), "the prometheus_drift fixture did not write its URL");
    m_url = QString::fromUtf8(urlFile.readAll()).trimmed();
    m_workspace = m_tmp.filePath(QStringLiteral("demo"));
    QVERIFY(testing::makeDemoWorkspace(m_workspace, m_url));
    m_original = readFile(rulesPath());
    m_groups = splitGroups(QString::fromUtf8(m_original));
    QVERIFY2(m_groups.names.size() >= 3, "the generated demo rules have fewer than three groups");
}

void TestSloRulesCheck::cleanupTestCase()
{
    if (!m_original.isEmpty())
        reload(m_original, int(m_groups.names.size()));
}

void TestSloRulesCheck::reload(const QByteArray &text, int groupCount, bool untilHealthErr)
{
    QVERIFY(writeFile(rulesPath(), text));
    // Prometheus answers a rule file it cannot load with the reason (and keeps the old rules).
    const QByteArray answer
        = curl({ QStringLiteral("-X"), QStringLiteral("POST"), m_url + QStringLiteral("/-/reload") });
    QVERIFY2(answer.trimmed().isEmpty(), answer.constData());
    QDeadlineTimer deadline(60000);
    while (!deadline.hasExpired()) {
        const QByteArray body = curl({ m_url + QStringLiteral("/api/v1/rules") });
        const QJsonArray groups
            = QJsonDocument::fromJson(body)[QStringLiteral("data")][QStringLiteral("groups")].toArray();
        if (groups.size() == groupCount && (!untilHealthErr || body.contains("\"health\":\"err\"")))
            return;
        QThread::msleep(200);
    }
    QFAIL("Prometheus did not load the rewritten rule file within 60 s");
}

Run TestSloRulesCheck::check(const QString &workspace)
{
    return testing::runSrectl(workspace,
                              { QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("slo"),
                                QStringLiteral("rules"), QStringLiteral("--check") });
}

QHash<QString, QString> TestSloRulesCheck::pageMarks(QString *hint)
{
    ws::Workspace workspace;
    workspace.openBlocking(m_workspace);
    SloOverviewModel model(workspace);
    SloRefresher refresher(workspace, model); // refreshes at once, the rules check included
    QSignalSpy checked(&refresher, &SloRefresher::rulesChecked);
    if (!checked.wait(60000))
        return { { QStringLiteral("(no check)"), QStringLiteral("rulesChecked never came") } };
    QHash<QString, QString> marks;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex status = model.index(row, SloOverviewModel::Status);
        const QString drift = status.data(SloOverviewModel::RulesDriftRole).toString();
        if (!drift.isEmpty())
            marks.insert(status.data(IdRole).toString(), drift);
    }
    if (hint)
        *hint = refresher.rulesHint();
    return marks;
}

void TestSloRulesCheck::allMatch()
{
    reload(m_original, int(m_groups.names.size()));
    if (QTest::currentTestFailed())
        return;
    const Run r = check(m_workspace);
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe() + QString::fromUtf8(r.out)));
    const QJsonArray report = QJsonDocument::fromJson(r.out).array();
    QCOMPARE(report.size(), m_groups.names.size());
    for (const QJsonValue &v : report)
        QCOMPARE(v[QStringLiteral("status")].toString(), QStringLiteral("ok"));
    QString hint;
    QCOMPARE(pageMarks(&hint), (QHash<QString, QString> {}));
    QVERIFY(hint.isEmpty());
}

void TestSloRulesCheck::editedAndRemoved()
{
    // Group 0: the first alert's expression gets one function replaced. Group 1: removed.
    Groups g = m_groups;
    QString &edited = g.bodies[0];
    const qsizetype alert = edited.indexOf(QStringLiteral("- alert: SLOBurnRate"));
    QVERIFY(alert > 0);
    const qsizetype fn = edited.indexOf(QStringLiteral("sum_over_time("), alert);
    QVERIFY(fn > alert);
    edited.replace(fn, 3, QStringLiteral("avg"));
    static const QRegularExpression tierLabel(QStringLiteral("\\btier: \"([^\"]+)\""));
    const QString tier = tierLabel.match(edited, alert).captured(1);
    QVERIFY(!tier.isEmpty());
    const QString removed = g.names[1];
    g.names.removeAt(1);
    g.bodies.removeAt(1);
    reload(g.text(), int(g.names.size()));
    if (QTest::currentTestFailed())
        return;

    const Run r = check(m_workspace);
    QVERIFY2(r.exitCode == 1, qPrintable(r.describe()));
    const QJsonArray report = QJsonDocument::fromJson(r.out).array();
    QCOMPARE(report.size(), m_groups.names.size());

    const QList<Finding> outdated = findingsOf(report, g.names[0]);
    QCOMPARE(outdated.size(), 1);
    QCOMPARE(outdated[0].kind, QStringLiteral("outdated"));
    QCOMPARE(outdated[0].rule, QStringLiteral("SLOBurnRate{tier=\"%1\"}").arg(tier));
    QVERIFY2(outdated[0].detail.contains(QStringLiteral("expression")), qPrintable(outdated[0].detail));

    const QList<Finding> missing = findingsOf(report, removed);
    QCOMPARE(missing.size(), 1);
    QCOMPARE(missing[0].kind, QStringLiteral("missing"));
    QVERIFY(missing[0].rule.isEmpty()); // the whole group

    for (const QJsonValue &v : report) {
        const QString group = v[QStringLiteral("group")].toString();
        if (group != g.names[0] && group != removed)
            QCOMPARE(v[QStringLiteral("status")].toString(), QStringLiteral("ok"));
    }

    // The table names both, too.
    const Run table = testing::runSrectl(m_workspace,
                                         { QStringLiteral("slo"), QStringLiteral("rules"), QStringLiteral("--check") });
    QCOMPARE(table.exitCode, 1);
    QVERIFY(table.out.contains("outdated") && table.out.contains("missing"));

    // The SLO page marks the same two SLOs, naming what drifted.
    QString editedSlo, removedSlo;
    for (const QJsonValue &v : report) {
        if (v[QStringLiteral("group")].toString() == g.names[0])
            editedSlo = v[QStringLiteral("slo")].toString();
        if (v[QStringLiteral("group")].toString() == removed)
            removedSlo = v[QStringLiteral("slo")].toString();
    }
    const QHash<QString, QString> marks = pageMarks();
    QCOMPARE(QSet<QString>(marks.keyBegin(), marks.keyEnd()), (QSet<QString> { editedSlo, removedSlo }));
    QVERIFY2(marks.value(editedSlo).contains(QStringLiteral("SLOBurnRate{tier=\"%1\"}").arg(tier)),
             qPrintable(marks.value(editedSlo)));
    QVERIFY2(marks.value(removedSlo).contains(removed), qPrintable(marks.value(removedSlo)));
}

void TestSloRulesCheck::failingRule()
{
    // Group 2's recorded bad events become an expression Prometheus cannot evaluate (one-to-one
    // matching with two series on the right), evaluated every second so the test need not wait 5m.
    Groups g = m_groups;
    QString &body = g.bodies[2];
    QVERIFY(body.contains(QStringLiteral("interval: 5m")));
    body.replace(QStringLiteral("interval: 5m"), QStringLiteral("interval: 1s"));
    static const QRegularExpression badRule(
        QStringLiteral("(- record: slo:bad_events:increase5m\\n( +)expr: )(\\|[-+]?\\n(?:\\2 +\\S.*\\n)+|.*\\n)"));
    QVERIFY(badRule.match(body).hasMatch());
    body.replace(badRule,
                 QStringLiteral("\\1'vector(1) + on() (label_replace(vector(1), \"a\", \"x\", \"\", \"\") or "
                                "label_replace(vector(1), \"a\", \"y\", \"\", \"\"))'\n"));
    reload(g.text(), int(g.names.size()), true);
    if (QTest::currentTestFailed())
        return;

    const Run r = check(m_workspace);
    QVERIFY2(r.exitCode == 1, qPrintable(r.describe()));
    const QList<Finding> findings = findingsOf(QJsonDocument::fromJson(r.out).array(), g.names[2]);
    bool failing = false, expression = false, interval = false;
    for (const Finding &f : findings) {
        if (f.kind == u"failing" && f.rule == u"slo:bad_events:increase5m")
            failing = f.detail.contains(QStringLiteral("duplicate series"));
        if (f.kind == u"outdated" && f.rule == u"slo:bad_events:increase5m")
            expression = f.detail.contains(QStringLiteral("expression"));
        if (f.kind == u"outdated" && f.rule.isEmpty())
            interval = f.detail.contains(QStringLiteral("interval"));
    }
    QVERIFY2(failing && expression && interval, r.out.constData());
}

void TestSloRulesCheck::neverDeployed()
{
    reload("groups: []\n", 0);
    if (QTest::currentTestFailed())
        return;
    const Run r = check(m_workspace);
    QCOMPARE(r.exitCode, 1);
    for (const QJsonValue &v : QJsonDocument::fromJson(r.out).array())
        QCOMPARE(v[QStringLiteral("problems")].toArray(), QJsonArray { QStringLiteral("missing") });
    QVERIFY2(r.err.contains(QStringLiteral("sre-console-")), qPrintable(r.err)); // the one hint
    // The page marks no SLO (every one would be "missing") and gives one hint instead.
    QString hint;
    QCOMPARE(pageMarks(&hint), (QHash<QString, QString> {}));
    QVERIFY2(hint.contains(QStringLiteral("sre-console-")), qPrintable(hint));
}

void TestSloRulesCheck::unreachable()
{
    const QString dir = m_tmp.filePath(QStringLiteral("closed"));
    QVERIFY(testing::makeDemoWorkspace(dir, QStringLiteral("http://127.0.0.1:9")));
    const Run r = check(dir);
    QVERIFY2(r.exitCode == 3, qPrintable(r.describe()));
}

QTEST_GUILESS_MAIN(TestSloRulesCheck)
#include "tst_slo_rules_check.moc"
