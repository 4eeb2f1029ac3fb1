#include "tst_prometheus.h"

#include "prometheusclient.h"

using namespace sre;
using namespace sre::prom;
using namespace sre::prom::test;

namespace {

// The plain server reads from a remote_read endpoint that refuses connections: Prometheus then
// answers selector queries with status "success" plus "warnings", which the tests need.
const QByteArray kPlainConfig = "global: {}\n"
                                "remote_read:\n"
                                "  - url: http://127.0.0.1:1/api/v1/read\n"
                                "    read_recent: true\n";

bool ready(const DatasourceConfig &config)
{
    PrometheusClient client(config);
    client.setRetryPolicy({ 0, std::chrono::milliseconds(0) });
    const std::optional<RawResponse> response = await(client.get(QStringLiteral("/-/ready")), 5000);
    return response && response->httpStatus == 200;
}

} // namespace

DatasourceConfig TestPrometheus::plainConfig() const
{
    DatasourceConfig config;
    config.name = QStringLiteral("test-prometheus");
    config.url = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_prometheus ? m_prometheus->port() : 0));
    config.timeout = std::chrono::seconds(20);
    return config;
}

DatasourceConfig TestPrometheus::tlsConfig() const
{
    DatasourceConfig config;
    config.name = QStringLiteral("test-prometheus-tls");
    config.url = QUrl(QStringLiteral("https://127.0.0.1:%1").arg(m_tlsPrometheus ? m_tlsPrometheus->port() : 0));
    config.caFile = testDataPath(QStringLiteral("tls/ca.crt"));
    config.certFile = testDataPath(QStringLiteral("tls/client.crt"));
    config.keyFile = testDataPath(QStringLiteral("tls/client.key"));
    config.basicAuthUsername = QStringLiteral("sre");
    config.basicAuthPassword.file = m_secrets->filePath(QStringLiteral("password"));
    config.timeout = std::chrono::seconds(20);
    return config;
}

void TestPrometheus::initTestCase()
{
    m_secrets = std::make_unique<QTemporaryDir>();
    QFile password(m_secrets->filePath(QStringLiteral("password")));
    QVERIFY(password.open(QIODevice::WriteOnly));
    password.write("s3cret\n"); // a trailing newline, as editors write it
    password.close();

    if (PrometheusProcess::executable().isEmpty())
        return; // client tests skip themselves
    m_prometheus = std::make_unique<PrometheusProcess>();
    QVERIFY(m_prometheus->start(kPlainConfig));
    m_tlsPrometheus = std::make_unique<PrometheusProcess>();
    QVERIFY(m_tlsPrometheus->start(
        "global: {}\n", { QStringLiteral("--web.config.file=") + testDataPath(QStringLiteral("tls/web.yml")) }));
    QTRY_VERIFY2_WITH_TIMEOUT(ready(plainConfig()) || !m_prometheus->isRunning(), qPrintable(m_prometheus->log()),
                              60000);
    QVERIFY2(m_prometheus->isRunning(), qPrintable(m_prometheus->log()));
    QTRY_VERIFY2_WITH_TIMEOUT(ready(tlsConfig()) || !m_tlsPrometheus->isRunning(), qPrintable(m_tlsPrometheus->log()),
                              60000);
    QVERIFY2(m_tlsPrometheus->isRunning(), qPrintable(m_tlsPrometheus->log()));
}

void TestPrometheus::cleanupTestCase()
{
    m_prometheus.reset();
    m_tlsPrometheus.reset();
}

QTEST_MAIN(TestPrometheus)
