// http_config: credentials, headers, TLS. Unit checks of the header lines, then a real Prometheus
// serving HTTPS with a required client certificate and basic auth (data/tls/web.yml).
#include "tst_prometheus.h"

#include "prometheusclient.h"
#include "transfer.h"

using namespace sre;
using namespace sre::prom;
using namespace sre::prom::test;
using namespace std::chrono_literals;

namespace {

QString writeSecret(const QTemporaryDir &dir, const QString &name, const QByteArray &content)
{
    QFile file(dir.filePath(name));
    file.open(QIODevice::WriteOnly);
    file.write(content);
    return file.fileName();
}

} // namespace

void TestPrometheus::configErrors_data()
{
    QTest::addColumn<QString>("variant");
    QTest::addColumn<QString>("mention");
    QTest::newRow("robustness: not an http(s) URL") << "ftp"
                                                    << "ftp://example.com";
    QTest::newRow("robustness: unreadable credentials file") << "missing-file"
                                                             << "/nonexistent/token";
    QTest::newRow("robustness: unset environment variable") << "unset-env"
                                                            << "SRE_TEST_UNSET_VARIABLE";
    QTest::newRow("robustness: authorization and basic_auth together") << "both"
                                                                       << "basic_auth";
    QTest::newRow("robustness: header value with a line break") << "header"
                                                                << "X-Evil";
}

void TestPrometheus::configErrors()
{
    QFETCH(QString, variant);
    QFETCH(QString, mention);
    DatasourceConfig config;
    config.name = QStringLiteral("broken");
    config.url = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(closedPort()));
    if (variant == QLatin1String("ftp"))
        config.url = QUrl(QStringLiteral("ftp://example.com"));
    else if (variant == QLatin1String("missing-file"))
        config.authorizationCredentials.file = QStringLiteral("/nonexistent/token");
    else if (variant == QLatin1String("unset-env"))
        config.authorizationCredentials.envVar = QStringLiteral("SRE_TEST_UNSET_VARIABLE");
    else if (variant == QLatin1String("header"))
        config.headers.insert(QStringLiteral("X-Evil"), QStringLiteral("a\r\nInjected: 1"));
    if (variant == QLatin1String("both")) {
        qputenv("SRE_TEST_SECRET", "topsecret");
        config.authorizationCredentials.envVar = QStringLiteral("SRE_TEST_SECRET");
        config.basicAuthUsername = QStringLiteral("me");
    }
    PrometheusClient client(config);
    const QueryResult result = *await(client.query(QStringLiteral("up")));
    QVERIFY(!result.ok());
    QCOMPARE(result.error->kind, Error::Kind::Config);
    const QString text = result.error->toString();
    QVERIFY2(text.contains(mention) && text.contains(QLatin1String("workspace.yaml")), qPrintable(text));
    QVERIFY(!text.contains(QLatin1String("topsecret")));
    QCOMPARE(client.statistics().transfers, quint64(0)); // nothing was sent
}

void TestPrometheus::requestHeaders_data()
{
    QTest::addColumn<QString>("variant");
    QTest::addColumn<QByteArrayList>("expected");
    QTest::newRow("bearer token from a file, newline trimmed")
        << "bearer-file" << QByteArrayList { "Authorization: Bearer tok123" };
    QTest::newRow("other authorization type from the environment")
        << "token-env" << QByteArrayList { "Authorization: Token abc" };
    QTest::newRow("basic auth with password file")
        << "basic" << QByteArrayList { "Authorization: Basic " + QByteArray("me:pw").toBase64() };
    QTest::newRow("basic auth without password")
        << "basic-nopass" << QByteArrayList { "Authorization: Basic " + QByteArray("me:").toBase64() };
    QTest::newRow("tenant header for Mimir and Cortex") << "tenant" << QByteArrayList { "X-Scope-OrgID: team-a" };
    QTest::newRow("no credentials, no headers") << "none" << QByteArrayList {};
}

void TestPrometheus::requestHeaders()
{
    QFETCH(QString, variant);
    QFETCH(QByteArrayList, expected);
    QTemporaryDir dir;
    DatasourceConfig config;
    if (variant == QLatin1String("bearer-file")) {
        config.authorizationCredentials.file = writeSecret(dir, QStringLiteral("token"), "tok123\n");
    } else if (variant == QLatin1String("token-env")) {
        qputenv("SRE_TEST_TOKEN", "abc");
        config.authorizationType = QStringLiteral("Token");
        config.authorizationCredentials.envVar = QStringLiteral("SRE_TEST_TOKEN");
    } else if (variant == QLatin1String("basic")) {
        config.basicAuthUsername = QStringLiteral("me");
        config.basicAuthPassword.file = writeSecret(dir, QStringLiteral("pw"), "pw");
    } else if (variant == QLatin1String("basic-nopass")) {
        config.basicAuthUsername = QStringLiteral("me");
    } else if (variant == QLatin1String("tenant")) {
        config.headers.insert(QStringLiteral("X-Scope-OrgID"), QStringLiteral("team-a"));
    }
    QString error;
    const auto lines = detail::requestHeaders(config, &error);
    QVERIFY2(lines, qPrintable(error));
    QCOMPARE(QByteArrayList(lines->begin(), lines->end()), expected);
}

void TestPrometheus::configWarnings()
{
    DatasourceConfig config;
    config.name = QStringLiteral("prod");
    config.url = QUrl(QStringLiteral("https://prom.example.com"));
    QVERIFY(PrometheusClient(config).configWarnings().isEmpty());
    config.insecureSkipVerify = true;
    const QStringList insecure = PrometheusClient(config).configWarnings();
    QCOMPARE(insecure.size(), 1);
    QVERIFY(insecure[0].contains(QLatin1String("insecure_skip_verify")));
    config.insecureSkipVerify = false;
    config.url = QUrl(QStringLiteral("http://prom.example.com"));
    config.authorizationCredentials.envVar = QStringLiteral("TOKEN");
    const QStringList plain = PrometheusClient(config).configWarnings();
    QCOMPARE(plain.size(), 1);
    QVERIFY(plain[0].contains(QLatin1String("plain HTTP")));
}

void TestPrometheus::tls_data()
{
    QTest::addColumn<QString>("variant");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<Error::Kind>("kind");
    QTest::addColumn<int>("status");
    QTest::newRow("CA, client certificate, basic auth from a file") << "full" << true << Error::Kind::Config << 200;
    QTest::newRow("Authorization header from an environment variable")
        << "authorization-env" << true << Error::Kind::Config << 200;
    QTest::newRow("insecure_skip_verify without the CA") << "insecure" << true << Error::Kind::Config << 200;
    QTest::newRow("wrong password: HTTP 401, not retried") << "wrong-password" << false << Error::Kind::Http << 401;
    QTest::newRow("server certificate from an unknown CA") << "unknown-ca" << false << Error::Kind::Network << 0;
    QTest::newRow("no client certificate") << "no-client-cert" << false << Error::Kind::Network << 0;
}

void TestPrometheus::tls()
{
    REQUIRE_PROMETHEUS();
    QFETCH(QString, variant);
    QFETCH(bool, ok);
    QFETCH(Error::Kind, kind);
    QFETCH(int, status);
    QTemporaryDir dir;
    DatasourceConfig config = tlsConfig();
    if (variant == QLatin1String("authorization-env")) {
        qputenv("SRE_TEST_BASIC", QByteArray("sre:s3cret").toBase64());
        config.basicAuthUsername.clear();
        config.basicAuthPassword = {};
        config.authorizationType = QStringLiteral("Basic");
        config.authorizationCredentials.envVar = QStringLiteral("SRE_TEST_BASIC");
    } else if (variant == QLatin1String("insecure")) {
        config.caFile.clear();
        config.insecureSkipVerify = true;
    } else if (variant == QLatin1String("wrong-password")) {
        config.basicAuthPassword.file = writeSecret(dir, QStringLiteral("pw"), "wrong");
    } else if (variant == QLatin1String("unknown-ca")) {
        config.caFile.clear();
    } else if (variant == QLatin1String("no-client-cert")) {
        config.certFile.clear();
        config.keyFile.clear();
    }
    PrometheusClient client(config);
    client.setRetryPolicy({ 1, 50ms });
    QCOMPARE(client.configWarnings().isEmpty(), variant != QLatin1String("insecure"));
    const QueryResult result = *await(client.query(QStringLiteral("vector(5)")));
    QCOMPARE(result.ok(), ok);
    if (ok) {
        QCOMPARE(result.series.at(0).values.at(0), 5.0);
        QCOMPARE(client.statistics().lastHttpVersion, 2); // Go's TLS server offers h2 via ALPN
        QVERIFY(await(client.buildInfo())->ok());
        return;
    }
    QCOMPARE(result.error->kind, kind);
    QCOMPARE(result.error->httpStatus, status);
    if (variant != QLatin1String("no-client-cert")) // how the refusal surfaces depends on TLS 1.3 timing
        QCOMPARE(result.error->attempts, 1);
    QVERIFY(!result.error->toString().contains(QLatin1String("s3cret")));
}
