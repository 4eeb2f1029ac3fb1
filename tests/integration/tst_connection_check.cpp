// "Test connection" of the Create-a-workspace wizard: GET buildinfo, then one query, through the
// real PrometheusClient, against real servers: the fixture Prometheus (must succeed), a dead port
// (refused), the fixture Alertmanager (answers, but is no Prometheus), a Prometheus serving HTTPS
// with basic auth (TLS failures, 401), a name that does not resolve, and an unreadable secret.
#include "connectiontest.h"
#include "fixtureenv.h"
#include "prometheusclient.h"
#include "testsupport.h"
#include "workspacewizard.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace sre;
using namespace sre::prom;
using Outcome = ConnectionCheck::Outcome;

namespace {
QString writeSecret(const QTemporaryDir &dir, const QString &name, const QByteArray &content)
{
    QFile file(dir.filePath(name));
    if (file.open(QIODevice::WriteOnly))
        file.write(content);
    return file.fileName();
}
} // namespace

class TestConnectionCheck : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void outcome_data();
    void outcome();
    void wizardButton_data();
    void wizardButton();

private:
    DatasourceConfig config(const QString &variant) const;
    QString m_prometheus;
    QString m_alertmanager;
    std::unique_ptr<test::PrometheusProcess> m_tls;
    QTemporaryDir m_secrets;
};

void TestConnectionCheck::initTestCase()
{
    m_prometheus = testing::fixtureUrl("SRE_TEST_PROMETHEUS_URL_FILE");
    m_alertmanager = testing::fixtureUrl("SRE_TEST_ALERTMANAGER_URL_FILE");
    QVERIFY2(!m_prometheus.isEmpty(), "the prometheus fixture wrote no URL");
    QVERIFY2(!m_alertmanager.isEmpty(), "the alertmanager fixture wrote no URL");
    writeSecret(m_secrets, QStringLiteral("right"), "s3cret");
    writeSecret(m_secrets, QStringLiteral("wrong"), "not-the-password");
    // HTTPS with a client certificate and basic auth (user sre, password s3cret).
    m_tls = std::make_unique<test::PrometheusProcess>();
    QVERIFY(m_tls->start("global: {}\n",
                         { QStringLiteral("--web.config.file=") + test::testDataPath(QStringLiteral("tls/web.yml")) }));
    auto ready = [this] {
        PrometheusClient client(config(QStringLiteral("tls-right")));
        const auto info = test::await(client.buildInfo(), 5000);
        return info && info->ok();
    };
    QTRY_VERIFY2_WITH_TIMEOUT(ready() || !m_tls->isRunning(), qPrintable(m_tls->log()), 60000);
    QVERIFY2(m_tls->isRunning(), qPrintable(m_tls->log()));
}

void TestConnectionCheck::cleanupTestCase()
{
    m_tls.reset();
}

DatasourceConfig TestConnectionCheck::config(const QString &variant) const
{
    DatasourceConfig c;
    c.name = QStringLiteral("prometheus");
    c.timeout = std::chrono::seconds(10);
    if (variant == u"fixture") {
        c.url = QUrl(m_prometheus);
    } else if (variant == u"dead-port") {
        c.url = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(test::closedPort()));
    } else if (variant == u"alertmanager") {
        c.url = QUrl(m_alertmanager);
    } else if (variant == u"https-to-http") {
        c.url = QUrl(m_prometheus);
        c.url.setScheme(QStringLiteral("https"));
    } else if (variant == u"dns") {
        c.url = QUrl(QStringLiteral("http://no-such-host.invalid:9090"));
    } else if (variant == u"unreadable-token") {
        c.url = QUrl(m_prometheus);
        c.authorizationCredentials.file = m_secrets.filePath(QStringLiteral("missing"));
    } else if (variant.startsWith(u"tls-")) {
        c.url = QUrl(QStringLiteral("https://127.0.0.1:%1").arg(m_tls->port()));
        c.caFile = test::testDataPath(QStringLiteral("tls/ca.crt"));
        c.certFile = test::testDataPath(QStringLiteral("tls/client.crt"));
        c.keyFile = test::testDataPath(QStringLiteral("tls/client.key"));
        c.basicAuthUsername = QStringLiteral("sre");
        c.basicAuthPassword.file
            = m_secrets.filePath(variant == u"tls-wrong" ? QStringLiteral("wrong") : QStringLiteral("right"));
        if (variant == u"tls-unknown-ca")
            c.caFile.clear();
        if (variant == u"tls-no-password") {
            c.basicAuthUsername.clear();
            c.basicAuthPassword = {};
        }
    }
    return c;
}

void TestConnectionCheck::outcome_data()
{
    QTest::addColumn<QString>("variant");
    QTest::addColumn<Outcome>("expected");
    QTest::addColumn<QString>("mention");
    QTest::newRow("fixture Prometheus: buildinfo and vector(1)") << "fixture" << Outcome::Ok << "vector(1)";
    QTest::newRow("HTTPS, CA, client certificate, basic auth") << "tls-right" << Outcome::Ok << "vector(1)";
    QTest::newRow("dead port: refused") << "dead-port" << Outcome::Refused << "refused";
    QTest::newRow("Alertmanager: not a Prometheus") << "alertmanager" << Outcome::NotPrometheus << "Prometheus API";
    QTest::newRow("https:// to a plain HTTP server: TLS") << "https-to-http" << Outcome::Tls << "TLS";
    QTest::newRow("server certificate from an unknown CA: TLS") << "tls-unknown-ca" << Outcome::Tls << "CA file";
    QTest::newRow("wrong password: 401") << "tls-wrong" << Outcome::Unauthorized << "401";
    QTest::newRow("no credentials: 401") << "tls-no-password" << Outcome::Unauthorized << "401";
    QTest::newRow("host name does not resolve: DNS") << "dns" << Outcome::Dns << "no-such-host.invalid";
    QTest::newRow("unreadable token file: settings") << "unreadable-token" << Outcome::Config << "missing";
    // Fault injection: what a wrong URL typically answers with (a web page, some other JSON API),
    // and a server that accepts the connection but never answers.
    QTest::newRow("HTML page: not a Prometheus") << "html" << Outcome::NotPrometheus << "Prometheus API";
    QTest::newRow("JSON without status: not a Prometheus") << "json" << Outcome::NotPrometheus << "status";
    QTest::newRow("no answer: timeout") << "silent" << Outcome::Timeout << "in time";
}

void TestConnectionCheck::outcome()
{
    QFETCH(QString, variant);
    QFETCH(Outcome, expected);
    QFETCH(QString, mention);
    DatasourceConfig c = config(variant);
    std::unique_ptr<test::ScriptedResponder> responder;
    QTcpServer silent; // listens, accepts nothing, answers nothing
    if (variant == u"html" || variant == u"json") {
        const QByteArray body = variant == u"html"
            ? QByteArray("<!doctype html><html><body><h1>Grafana</h1></body></html>")
            : QByteArray(R"({"data":{"version":"1.0"}})");
        responder = std::make_unique<test::ScriptedResponder>(QList<QByteArray> { test::ScriptedResponder::response(
            200, "OK", body, variant == u"html" ? "text/html" : "application/json") });
        c.url = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(responder->port()));
    } else if (variant == u"silent") {
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        c.url = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(silent.serverPort()));
        c.timeout = std::chrono::seconds(1);
    }
    ConnectionTester tester;
    QSignalSpy finished(&tester, &ConnectionTester::finished);
    tester.start(c);
    QVERIFY(tester.isRunning());
    QVERIFY(finished.wait(20000));
    const auto result = finished.at(0).at(0).value<ConnectionCheck>();
    QVERIFY2(result.outcome == expected,
             qPrintable(connectionOutcomeName(result.outcome) + QStringLiteral(": ") + result.message));
    QVERIFY2(result.message.contains(mention), qPrintable(result.message));
    QVERIFY(!result.message.contains(QLatin1String("s3cret")));
    QVERIFY(!tester.isRunning());
    if (expected == Outcome::Ok) {
        // The version Prometheus itself reports, independently of the client.
        QProcess p;
        p.start(test::PrometheusProcess::executable(), { QStringLiteral("--version") });
        QVERIFY(p.waitForFinished(10000));
        QVERIFY2(QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError())
                     .contains(QStringLiteral("version ") + result.version),
                 qPrintable(result.version));
    }
}

void TestConnectionCheck::wizardButton_data()
{
    QTest::addColumn<QString>("variant");
    QTest::addColumn<QString>("outcome");
    QTest::addColumn<QString>("mention");
    QTest::newRow("fixture Prometheus") << "fixture"
                                        << "ok"
                                        << "Connected";
    QTest::newRow("dead port") << "dead-port"
                               << "refused"
                               << "refused";
    QTest::newRow("Alertmanager URL") << "alertmanager"
                                      << "not-prometheus"
                                      << "no Prometheus API";
}

// The wizard's own button and label: the GUI thread stays free while the check runs.
void TestConnectionCheck::wizardButton()
{
    QFETCH(QString, variant);
    QFETCH(QString, outcome);
    QFETCH(QString, mention);
    WorkspaceWizard wizard;
    wizard.show();
    wizard.findChild<QLineEdit *>(QStringLiteral("name"))->setText(QStringLiteral("Test"));
    wizard.next();
    QCOMPARE(wizard.currentId(), int(WorkspaceWizard::PrometheusPage));
    wizard.findChild<QLineEdit *>(QStringLiteral("prometheusUrl"))->setText(config(variant).url.toString());
    auto *button = wizard.findChild<QPushButton *>(QStringLiteral("testConnection"));
    auto *label = wizard.findChild<QLabel *>(QStringLiteral("testResult"));
    auto *tester = wizard.findChild<ConnectionTester *>();
    QVERIFY(tester);
    QSignalSpy finished(tester, &ConnectionTester::finished);
    button->click();
    QVERIFY(finished.isEmpty());
    QVERIFY(!button->isEnabled()); // running, and the event loop is ours
    QVERIFY(finished.wait(20000));
    QVERIFY(button->isEnabled());
    QCOMPARE(label->property("outcome").toString(), outcome);
    QVERIFY2(label->text().contains(mention), qPrintable(label->text()));
}

QTEST_MAIN(TestConnectionCheck)
#include "tst_connection_check.moc"
