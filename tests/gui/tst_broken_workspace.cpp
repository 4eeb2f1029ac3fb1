// The GUI given a workspace with one broken file (tests/data/repro and others): the workspace
// opens, the rest of it is listed, and the problem is in the Problems panel with file and line.
// Before, a rule file that made yaml-cpp throw left "No workspace open" and no error at all, and
// hang-workspace.yaml kept the background load allocating forever.
#include "../common/testfiles.h"

#include "datasourcehealth.h"
#include "mainwindow.h"
#include "problemspanel.h"
#include "settings.h"
#include "workspace.h"

#include <QAbstractItemView>
#include <QDirIterator>
#include <QDockWidget>
#include <QLabel>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace sre;

namespace {
const QString kDemo = QStringLiteral(SRE_SOURCE_DIR "/resources/demo");

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// The rows of the Problems panel as "location message" lines.
QStringList panelRows(ProblemsPanel *panel)
{
    QStringList rows;
    const QAbstractItemModel *model = panel->findChild<QAbstractItemView *>()->model();
    for (int r = 0; r < model->rowCount(); ++r)
        rows << model->index(r, 1).data().toString() + u' ' + model->index(r, 2).data().toString();
    return rows;
}
} // namespace

class TestBrokenWorkspace : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void opensWithTheProblemListed_data();
    void opensWithTheProblemListed();

private:
    std::size_t m_slos = 0;
    std::size_t m_runbooks = 0;
    std::size_t m_postmortems = 0;
};

void TestBrokenWorkspace::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    ws::Workspace pristine;
    pristine.openBlocking(kDemo);
    QVERIFY(!hasErrors(pristine.problems()));
    m_slos = pristine.slos().size();
    m_runbooks = pristine.runbooks().size();
    m_postmortems = pristine.postmortems().size();
    QVERIFY(m_slos > 0 && m_runbooks > 0 && m_postmortems > 0);
}

void TestBrokenWorkspace::opensWithTheProblemListed_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("problem"); // the start of a Problems panel row: "location message"
    QTest::addColumn<bool>("isError");
    QTest::addColumn<QString>("status"); // in the status bar's workspace label

    const QString repro = QStringLiteral(SRE_SOURCE_DIR "/tests/data/repro/");
    QTest::newRow("repro: crash-rules-auth-slo.yaml as rules/auth-slo.yaml")
        << "rules/auth-slo.yaml" << readAll(repro + QStringLiteral("crash-rules-auth-slo.yaml"))
        << "rules/auth-slo.yaml:27 invalid YAML" << true << "Workspace: Acme Shop (demo) (Asia/Tokyo)";
    QTest::newRow("repro: crash-oncall.yaml as oncall.yaml")
        << "oncall.yaml" << readAll(repro + QStringLiteral("crash-oncall.yaml")) << "oncall.yaml:99 invalid YAML"
        << true << "Workspace: Acme Shop (demo) (Asia/Tokyo)";
    // A broken workspace.yaml still opens the folder, named after it, in UTC.
    QTest::newRow("repro: hang-workspace.yaml as workspace.yaml")
        << "workspace.yaml" << readAll(repro + QStringLiteral("hang-workspace.yaml"))
        << "workspace.yaml:6 invalid YAML at 6:1" << true << "Workspace: %1 (UTC)";
    QTest::newRow("shape: a rule that is a string")
        << "rules/auth-slo.yaml" << QByteArray("groups:\n  - name: g\n    rules:\n      - just a string\n")
        << "rules/auth-slo.yaml:4 a rule must be a mapping" << true << "Workspace: Acme Shop (demo) (Asia/Tokyo)";
    QTest::newRow("shape: workspace.yaml is a list")
        << "workspace.yaml" << QByteArray("- name: x\n") << "workspace.yaml:1 workspace.yaml must be a mapping" << true
        << "Workspace: %1 (UTC)";
    QByteArray asia = readAll(kDemo + QStringLiteral("/workspace.yaml"));
    asia.replace("timezone: Asia/Tokyo", "timezone: Asia");
    QTest::newRow("time zone: \"Asia\" is a warning, and UTC is used visibly")
        << "workspace.yaml" << asia << "workspace.yaml:5 unknown time zone \"Asia\"" << false
        << "Workspace: Acme Shop (demo) (UTC: \"Asia\" in workspace.yaml is not a time zone)";
}

void TestBrokenWorkspace::opensWithTheProblemListed()
{
    QFETCH(QString, target);
    QFETCH(QByteArray, content);
    QFETCH(QString, problem);
    QFETCH(bool, isError);
    QFETCH(QString, status);
    QVERIFY(!content.isEmpty());

    QTemporaryDir dir;
    QVERIFY(testing::copyDir(kDemo, dir.path()));
    QFile f(QDir(dir.path()).filePath(target));
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(f.write(content), content.size());
    f.close();

    ws::Workspace workspace;
    Settings settings;
    DatasourceHealth health;
    MainWindow window(workspace, settings, health);
    window.resize(1280, 800);
    window.show();
    QSignalSpy loaded(&workspace, &ws::Workspace::loaded);
    window.openWorkspace(dir.path());
    // The load runs on a worker thread: it must finish (the hang never did), however slow the box.
    QTRY_VERIFY_WITH_TIMEOUT(loaded.count() > 0, 60000);

    QVERIFY(workspace.isOpen());
    QCOMPARE(workspace.slos().size(), m_slos);
    QCOMPARE(workspace.runbooks().size(), m_runbooks);
    QCOMPARE(workspace.postmortems().size(), m_postmortems);

    auto *panel = window.findChild<ProblemsPanel *>();
    QVERIFY(panel);
    const QStringList rows = panelRows(panel);
    QVERIFY2(std::any_of(rows.cbegin(), rows.cend(), [&](const QString &row) { return row.startsWith(problem); }),
             qPrintable(QStringLiteral("no \"%1\" in:\n%2").arg(problem, rows.join(u'\n'))));
    // Errors open the Problems dock by themselves.
    auto *dock = window.findChild<QDockWidget *>(QStringLiteral("ProblemsDock"));
    QVERIFY(dock);
    QCOMPARE(dock->isVisible(), isError);

    QStringList labels;
    for (QLabel *label : window.statusBar()->findChildren<QLabel *>())
        labels << label->text();
    const QString expected
        = status.contains(QStringLiteral("%1")) ? status.arg(QFileInfo(dir.path()).fileName()) : status;
    QVERIFY2(labels.contains(expected),
             qPrintable(QStringLiteral("no \"%1\" in:\n%2").arg(expected, labels.join(u'\n'))));
    QVERIFY(!labels.join(u'\n').contains(QStringLiteral("No workspace open")));
}

QTEST_MAIN(TestBrokenWorkspace)
#include "tst_broken_workspace.moc"
