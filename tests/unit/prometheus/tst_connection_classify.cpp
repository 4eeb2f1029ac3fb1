// classifyConnectionError: every client error maps to the outcome "Test connection" reports, and
// the message names what the user can check. The real servers behind these errors are exercised
// in tests/integration/tst_connection_check; here are the cases no loopback server produces
// (403, a proxy that does not resolve, Prometheus refusing the query).
#include "connectiontest.h"

#include <QTest>
#include <curl/curl.h>

using namespace sre::prom;
using Outcome = ConnectionCheck::Outcome;

class TestConnectionClassify : public QObject
{
    Q_OBJECT
private slots:
    void classify_data();
    void classify();
};

void TestConnectionClassify::classify_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("httpStatus");
    QTest::addColumn<int>("curlCode");
    QTest::addColumn<Outcome>("expected");
    QTest::addColumn<QString>("mention");
    const int network = int(Error::Kind::Network);
    const int http = int(Error::Kind::Http);
    QTest::newRow("host does not resolve")
        << network << 0 << int(CURLE_COULDNT_RESOLVE_HOST) << Outcome::Dns << "prom.example.com";
    QTest::newRow("proxy does not resolve")
        << network << 0 << int(CURLE_COULDNT_RESOLVE_PROXY) << Outcome::Dns << "proxy";
    QTest::newRow("certificate not trusted")
        << network << 0 << int(CURLE_PEER_FAILED_VERIFICATION) << Outcome::Tls << "CA file";
    QTest::newRow("handshake failed") << network << 0 << int(CURLE_SSL_CONNECT_ERROR) << Outcome::Tls << "TLS";
    QTest::newRow("connection reset") << network << 0 << int(CURLE_RECV_ERROR) << Outcome::Other << "Network error";
    QTest::newRow("refused") << int(Error::Kind::ConnectionRefused) << 0 << int(CURLE_COULDNT_CONNECT)
                             << Outcome::Refused << "prom.example.com:443";
    QTest::newRow("timeout") << int(Error::Kind::Timeout) << 0 << int(CURLE_OPERATION_TIMEDOUT) << Outcome::Timeout
                             << "in time";
    QTest::newRow("HTTP 401") << http << 401 << 0 << Outcome::Unauthorized << "401";
    QTest::newRow("HTTP 403") << http << 403 << 0 << Outcome::Forbidden << "403";
    QTest::newRow("HTTP 404: no API at this URL") << http << 404 << 0 << Outcome::NotPrometheus << "no Prometheus API";
    QTest::newRow("HTTP 502 from a proxy") << http << 502 << 0 << Outcome::Other << "502";
    QTest::newRow("body is not the API") << int(Error::Kind::Parse) << 200 << 0 << Outcome::NotPrometheus
                                         << "not as a Prometheus API";
    QTest::newRow("Prometheus refuses the query")
        << int(Error::Kind::Prometheus) << 400 << 0 << Outcome::Other << "refused the test query";
    QTest::newRow("unreadable secret") << int(Error::Kind::Config) << 0 << 0 << Outcome::Config << "cannot be used";
}

void TestConnectionClassify::classify()
{
    QFETCH(int, kind);
    QFETCH(int, httpStatus);
    QFETCH(int, curlCode);
    QFETCH(Outcome, expected);
    QFETCH(QString, mention);
    Error error;
    error.kind = Error::Kind(kind);
    error.httpStatus = httpStatus;
    error.transportCode = curlCode;
    error.message = QStringLiteral("details from the client");
    error.url = QStringLiteral("https://prom.example.com/api/v1/status/buildinfo");
    const ConnectionCheck c = classifyConnectionError(error, QStringLiteral("https://prom.example.com"));
    QVERIFY2(c.outcome == expected, qPrintable(connectionOutcomeName(c.outcome)));
    QVERIFY2(c.message.contains(mention), qPrintable(c.message));
    QCOMPARE(c.detail, error.message);
    QVERIFY(!c.ok());
}

QTEST_MAIN(TestConnectionClassify)
#include "tst_connection_classify.moc"
