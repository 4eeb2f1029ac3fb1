#pragma once

#include "datasource.h"
#include "testsupport.h"

#include <QObject>
#include <QtTest>
#include <memory>

// One test class for sre_prometheus; its slots are implemented in tst_parser.cpp,
// tst_rangesplit.cpp, tst_client.cpp, tst_faults.cpp and tst_tls.cpp.
class TestPrometheus final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    // tst_parser.cpp: bodies recorded from Prometheus (data/record.sh) and hand-made broken ones
    void parseRecorded_data();
    void parseRecorded();
    void specialSampleValues();
    void matrixValuesAreTimestamps();
    void scalarAndStringResults();
    void escapedLabelValues();
    void buildInfoFields();
    void errorsAndWarnings_data();
    void errorsAndWarnings();
    void chunkedAtEverySplitPoint_data();
    void chunkedAtEverySplitPoint();
    void sameAsNlohmannSaxParse_data();
    void sameAsNlohmannSaxParse();
    void sampleValues_data();
    void sampleValues();
    void jsonNumbersLikeNlohmann_data();
    void jsonNumbersLikeNlohmann();
    void malformed_data();
    void malformed();
    void tolerated_data();
    void tolerated();
    void largeMatrixInRandomChunks();
    void pairShortcutAgreesWithSax_data();
    void pairShortcutAgreesWithSax();

    // tst_rangesplit.cpp
    void pointCount_data();
    void pointCount();
    void chooseStep_data();
    void chooseStep();
    void splitRange_data();
    void splitRange();
    void stitchRangeResults();
    void formEncoding_data();
    void formEncoding();
    void apiTime();
    void errorMessages_data();
    void errorMessages();

    // tst_client.cpp: against the real Prometheus started in initTestCase()
    void instantQueries_data();
    void instantQueries();
    void longQueryIsPosted();
    void rangeQuery();
    void rangeQuerySplitAndStitched();
    void prometheusErrorsSurface_data();
    void prometheusErrorsSurface();
    void warningsPassedThrough();
    void buildInfo();
    void rawGet_data();
    void rawGet();
    void keepAliveReusesConnection();
    void parallelQueries();
    void latestWinsWithPrometheus();

    // tst_faults.cpp
    void connectionRefused_data();
    void connectionRefused();
    void silentServerTimesOut();
    void retried_data();
    void retried();
    void notRetried_data();
    void notRetried();
    void brokenBodies_data();
    void brokenBodies();
    void latestWinsMakesOlderStale();
    void cancelByViewKey();
    void cancelAll();
    void futureCancelAbortsTransfer();
    void destroyingClientCancels();
    void closeSwitchEndsRetriesAndLaterRequests();
    void configErrors_data();
    void configErrors();
    void requestHeaders_data();
    void requestHeaders();
    void configWarnings();

    // tst_tls.cpp: against a real Prometheus serving HTTPS with client certificates and basic auth
    void tls_data();
    void tls();

private:
    bool havePrometheus() const { return m_prometheus != nullptr; }
    sre::DatasourceConfig plainConfig() const;
    sre::DatasourceConfig tlsConfig() const;

    std::unique_ptr<sre::prom::test::PrometheusProcess> m_prometheus;
    std::unique_ptr<sre::prom::test::PrometheusProcess> m_tlsPrometheus;
    std::unique_ptr<QTemporaryDir> m_secrets;
};

#define REQUIRE_PROMETHEUS()                                                                                           \
    do {                                                                                                               \
        if (!havePrometheus())                                                                                         \
            QSKIP("no prometheus binary installed");                                                                   \
    } while (false)
