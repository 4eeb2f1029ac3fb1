// "Export rules…" on the SLO page: the button is there, and the export writes the same rules as
// `srectl slo rules` (the generator itself is tested by tst_rulegen and tst_slo_rules) or says
// what went wrong.
#include "rulesexport.h"
#include "settings.h"
#include "slopage.h"
#include "workspace.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace sre;

class TestRulesExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void buttonOnSloPage();
    void writesRules_data();
    void writesRules();
    void reportsWriteErrors();
};

void TestRulesExport::buttonOnSloPage()
{
    ws::Workspace workspace;
    Settings settings;
    SloPage page(workspace, settings);
    auto *button = page.findChild<QToolButton *>(QStringLiteral("exportRules"));
    QVERIFY(button);
    QVERIFY(!button->text().isEmpty());
}

void TestRulesExport::writesRules_data()
{
    QTest::addColumn<int>("format");
    QTest::addColumn<QByteArray>("start");
    QTest::newRow("Prometheus rule file") << int(rules::RuleFormat::Rules) << QByteArray("groups:\n");
    QTest::newRow("Kubernetes PrometheusRule")
        << int(rules::RuleFormat::PrometheusRule) << QByteArray("apiVersion: monitoring.coreos.com/v1\n");
}

void TestRulesExport::writesRules()
{
    QFETCH(int, format);
    QFETCH(QByteArray, start);
    ws::Workspace workspace;
    workspace.openBlocking(QStringLiteral(SRE_SOURCE_DIR "/resources/demo"));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("slo-rules.yaml"));
    QCOMPARE(writeSloRules(workspace, path, rules::RuleFormat(format)), std::nullopt);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QVERIFY(text.contains("\n" + start));
    QCOMPARE(text.count("- name: sre-console-"), qsizetype(workspace.slos().items().size()));
    QVERIFY(text.contains("name: sre-console-checkout-availability\n"));
    QVERIFY(text.contains("(native, slos/checkout.yaml:")); // named relative to the workspace
}

void TestRulesExport::reportsWriteErrors()
{
    ws::Workspace workspace;
    workspace.openBlocking(QStringLiteral(SRE_SOURCE_DIR "/resources/demo"));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("no-such-folder/slo-rules.yaml"));
    const auto error = writeSloRules(workspace, path, rules::RuleFormat::Rules);
    QVERIFY(error.has_value());
    QVERIFY2(error->contains(path), qPrintable(*error));
}

QTEST_MAIN(TestRulesExport)
#include "tst_rules_export.moc"
