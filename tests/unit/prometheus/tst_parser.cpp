#include "tst_prometheus.h"

#include "jsontokenizer.h"
#include "matrixbody.h"
#include "responsehandler.h"
#include "responseparser.h"

#include <bit>
#include <cmath>
#include <random>

using namespace sre::prom;
using namespace sre::prom::test;

namespace {

const QStringList kRecorded = {
    QStringLiteral("vector_labels.json"),         QStringLiteral("vector_special_values.json"),
    QStringLiteral("vector_escapes.json"),        QStringLiteral("vector_empty.json"),
    QStringLiteral("matrix_time.json"),           QStringLiteral("matrix_multi.json"),
    QStringLiteral("scalar_time.json"),           QStringLiteral("string_hello.json"),
    QStringLiteral("warnings_vector.json"),       QStringLiteral("warnings_matrix.json"),
    QStringLiteral("error_bad_data.json"),        QStringLiteral("error_execution.json"),
    QStringLiteral("error_too_many_points.json"), QStringLiteral("buildinfo.json"),
};

ParsedResponse parseOk(const QByteArray &body)
{
    QString error;
    std::optional<ParsedResponse> parsed = ResponseParser::parse(body, &error);
    if (!parsed)
        qFatal("unexpected parse failure: %s", qPrintable(error));
    return std::move(*parsed);
}

// Doubles compared bit for bit, so NaN equals NaN and -0 differs from 0.
bool sameBits(const std::vector<double> &a, const std::vector<double> &b)
{
    return std::equal(a.begin(), a.end(), b.begin(), b.end(),
                      [](double x, double y) { return std::bit_cast<quint64>(x) == std::bit_cast<quint64>(y); });
}

QString difference(const ParsedResponse &a, const ParsedResponse &b)
{
    if (a.status != b.status || a.errorType != b.errorType || a.error != b.error)
        return QStringLiteral("envelope differs");
    if (a.warnings != b.warnings || a.infos != b.infos || a.data != b.data)
        return QStringLiteral("warnings, infos or data differ");
    if (a.resultType != b.resultType || a.scalar.has_value() != b.scalar.has_value() || a.string != b.string)
        return QStringLiteral("result type, scalar or string differ");
    if (a.scalar && std::bit_cast<quint64>(a.scalar->value) != std::bit_cast<quint64>(b.scalar->value))
        return QStringLiteral("scalar value differs");
    if (a.series.size() != b.series.size())
        return QStringLiteral("series count %1 vs %2").arg(a.series.size()).arg(b.series.size());
    for (std::size_t i = 0; i < a.series.size(); ++i) {
        if (a.series[i].labels != b.series[i].labels || !sameBits(a.series[i].timestamps, b.series[i].timestamps)
            || !sameBits(a.series[i].values, b.series[i].values))
            return QStringLiteral("series %1 differs").arg(i);
    }
    return {};
}

} // namespace

void TestPrometheus::parseRecorded_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("status");
    QTest::addColumn<ResultType>("type");
    QTest::addColumn<int>("series");
    QTest::addColumn<QString>("errorType");
    QTest::addColumn<int>("warnings");
    const QString ok = QStringLiteral("success");
    const QString error = QStringLiteral("error");
    QTest::newRow("vector: two labelled series")
        << "vector_labels.json" << ok << ResultType::Vector << 2 << QString() << 0;
    QTest::newRow("vector: NaN, +Inf, -Inf, exponents")
        << "vector_special_values.json" << ok << ResultType::Vector << 5 << QString() << 0;
    QTest::newRow("vector: escaped label value")
        << "vector_escapes.json" << ok << ResultType::Vector << 1 << QString() << 0;
    QTest::newRow("vector: empty result") << "vector_empty.json" << ok << ResultType::Vector << 0 << QString() << 0;
    QTest::newRow("matrix: vector(time())") << "matrix_time.json" << ok << ResultType::Matrix << 1 << QString() << 0;
    QTest::newRow("matrix: four series with gaps and NaN")
        << "matrix_multi.json" << ok << ResultType::Matrix << 4 << QString() << 0;
    QTest::newRow("scalar: time()") << "scalar_time.json" << ok << ResultType::Scalar << 0 << QString() << 0;
    QTest::newRow("string literal") << "string_hello.json" << ok << ResultType::String << 0 << QString() << 0;
    QTest::newRow("warnings on a vector") << "warnings_vector.json" << ok << ResultType::Vector << 0 << QString() << 1;
    QTest::newRow("warnings on a matrix") << "warnings_matrix.json" << ok << ResultType::Matrix << 0 << QString() << 1;
    QTest::newRow("error: bad_data (PromQL syntax)")
        << "error_bad_data.json" << error << ResultType::None << 0 << "bad_data" << 0;
    QTest::newRow("error: execution (many-to-many)")
        << "error_execution.json" << error << ResultType::None << 0 << "execution" << 0;
    QTest::newRow("error: more than 11,000 points")
        << "error_too_many_points.json" << error << ResultType::None << 0 << "bad_data" << 0;
    QTest::newRow("buildinfo: no resultType") << "buildinfo.json" << ok << ResultType::None << 0 << QString() << 0;
}

void TestPrometheus::parseRecorded()
{
    QFETCH(QString, file);
    QFETCH(QString, status);
    QFETCH(ResultType, type);
    QFETCH(int, series);
    QFETCH(QString, errorType);
    QFETCH(int, warnings);
    const ParsedResponse parsed = parseOk(readTestFile(file));
    QCOMPARE(parsed.status, status);
    QCOMPARE(parsed.resultType, type);
    QCOMPARE(int(parsed.series.size()), series);
    QCOMPARE(parsed.errorType, errorType);
    QCOMPARE(parsed.warnings.size(), warnings);
    for (const Series &s : parsed.series)
        QCOMPARE(s.timestamps.size(), s.values.size());
}

void TestPrometheus::specialSampleValues()
{
    const ParsedResponse parsed = parseOk(readTestFile(QStringLiteral("vector_special_values.json")));
    QCOMPARE(parsed.series.size(), std::size_t(5));
    QMap<QString, double> bySeries;
    for (const Series &s : parsed.series) {
        QCOMPARE(s.timestamps, std::vector<double> { 1700000000.5 });
        bySeries.insert(s.labels.value(QStringLiteral("s")), s.values.at(0));
    }
    QVERIFY(std::isnan(bySeries.value(QString())));
    QCOMPARE(bySeries.value(QStringLiteral("pinf")), std::numeric_limits<double>::infinity());
    QCOMPARE(bySeries.value(QStringLiteral("ninf")), -std::numeric_limits<double>::infinity());
    QCOMPARE(bySeries.value(QStringLiteral("big")), 1e301);
    QCOMPARE(bySeries.value(QStringLiteral("tiny")), 1.5e-7);
}

void TestPrometheus::matrixValuesAreTimestamps()
{
    const ParsedResponse parsed = parseOk(readTestFile(QStringLiteral("matrix_time.json")));
    const Series &series = parsed.series.at(0);
    QVERIFY(series.labels.isEmpty());
    QCOMPARE(series.timestamps.size(), std::size_t(7));
    for (std::size_t i = 0; i < series.timestamps.size(); ++i) {
        QCOMPARE(series.timestamps[i], 1700000000.0 + 15.0 * double(i));
        QCOMPARE(series.values[i], series.timestamps[i]);
    }
    const ParsedResponse multi = parseOk(readTestFile(QStringLiteral("matrix_multi.json")));
    for (const Series &s : multi.series) {
        const QString name = s.labels.value(QStringLiteral("s"));
        QCOMPARE(s.timestamps.front(), 1700000000.25);
        if (name == QLatin1String("nan"))
            QVERIFY(std::all_of(s.values.begin(), s.values.end(), [](double v) { return std::isnan(v); }));
        if (name == QLatin1String("gappy"))
            QCOMPARE(s.values.size(), std::size_t(21)); // seconds 20..59 of each minute only
        if (name == QLatin1String("time"))
            QCOMPARE(s.values.size(), std::size_t(31));
    }
}

void TestPrometheus::scalarAndStringResults()
{
    const ParsedResponse scalar = parseOk(readTestFile(QStringLiteral("scalar_time.json")));
    QVERIFY(scalar.scalar.has_value());
    QCOMPARE(scalar.scalar->timestamp, 1700000000.123);
    QCOMPARE(scalar.scalar->value, 1700000000.123);
    const ParsedResponse string = parseOk(readTestFile(QStringLiteral("string_hello.json")));
    QVERIFY(string.string.has_value());
    QCOMPARE(string.string->timestamp, 1700000000.0);
    QCOMPARE(string.string->value, QStringLiteral("hello"));
}

void TestPrometheus::escapedLabelValues()
{
    const ParsedResponse parsed = parseOk(readTestFile(QStringLiteral("vector_escapes.json")));
    QCOMPARE(parsed.series.at(0).labels.value(QStringLiteral("msg")),
             QString::fromUtf8("quote\" backslash\\ tab\t unicode \u00e9 \u65e5\u672c \u00e9"));
}

void TestPrometheus::buildInfoFields()
{
    const ParsedResponse parsed = parseOk(readTestFile(QStringLiteral("buildinfo.json")));
    QCOMPARE(parsed.data.value(QStringLiteral("version")), QStringLiteral("2.42.0+ds"));
    QCOMPARE(parsed.data.value(QStringLiteral("branch")), QStringLiteral("debian/sid"));
    QVERIFY(parsed.data.value(QStringLiteral("goVersion")).startsWith(QLatin1String("go1.")));
}

void TestPrometheus::errorsAndWarnings_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("expected");
    QTest::newRow("bad_data keeps Prometheus' text")
        << "error_bad_data.json"
        << "error"
        << "invalid parameter \"query\": 1:10: parse error: unexpected \")\" in subquery or "
           "range, expected \":\" or \"]\"";
    QTest::newRow("execution keeps Prometheus' text")
        << "error_execution.json"
        << "error"
        << "found duplicate series for the match group {} on the right hand-side of the "
           "operation: [{a=\"2\"}, {a=\"1\"}];many-to-many matching not allowed: matching "
           "labels must be unique on one side";
    QTest::newRow("warning text verbatim")
        << "warnings_vector.json"
        << "warning"
        << "remote_read: error sending request: Post \"http://127.0.0.1:1/api/v1/read\": dial "
           "tcp 127.0.0.1:1: connect: connection refused";
}

void TestPrometheus::errorsAndWarnings()
{
    QFETCH(QString, file);
    QFETCH(QString, field);
    QFETCH(QString, expected);
    const ParsedResponse parsed = parseOk(readTestFile(file));
    QCOMPARE(field == QLatin1String("error") ? parsed.error : parsed.warnings.value(0), expected);
}

void TestPrometheus::chunkedAtEverySplitPoint_data()
{
    QTest::addColumn<QString>("file");
    for (const QString &file : kRecorded)
        QTest::newRow(qPrintable(file)) << file;
}

void TestPrometheus::chunkedAtEverySplitPoint()
{
    QFETCH(QString, file);
    const QByteArray body = readTestFile(file);
    const ParsedResponse whole = parseOk(body);
    for (qsizetype split = 0; split <= body.size(); ++split) {
        ResponseParser parser;
        QVERIFY(parser.feed(QByteArrayView(body).first(split)));
        QVERIFY(parser.feed(QByteArrayView(body).sliced(split)));
        QVERIFY2(parser.finish(), qPrintable(parser.errorString()));
        const QString diff = difference(parser.takeResult(), whole);
        QVERIFY2(diff.isEmpty(), qPrintable(QStringLiteral("split at %1: %2").arg(split).arg(diff)));
    }
    ResponseParser byteByByte;
    for (qsizetype i = 0; i < body.size(); ++i)
        QVERIFY(byteByByte.feed(QByteArrayView(body).sliced(i, 1)));
    QVERIFY(byteByByte.finish());
    QCOMPARE(difference(byteByByte.takeResult(), whole), QString());
}

void TestPrometheus::sameAsNlohmannSaxParse_data()
{
    chunkedAtEverySplitPoint_data();
}

void TestPrometheus::sameAsNlohmannSaxParse()
{
    QFETCH(QString, file);
    const QByteArray body = readTestFile(file);
    ResponseHandler handler;
    QVERIFY(nlohmann::json::sax_parse(body.begin(), body.end(), &handler));
    QVERIFY(handler.complete());
    QCOMPARE(difference(handler.takeResult(), parseOk(body)), QString());
}
