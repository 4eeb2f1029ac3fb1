#include "tst_prometheus.h"

#include "jsontokenizer.h"
#include "matrixbody.h"
#include "responsehandler.h"
#include "responseparser.h"

#include <cmath>
#include <cstring>
#include <random>

using namespace sre::prom;

namespace {

QByteArray vectorWithValue(const QByteArray &value)
{
    return R"({"status":"success","data":{"resultType":"vector","result":[{"metric":{},"value":[1,)" + value + "]}]}}";
}

// nlohmann's DOM builder behind the virtual SAX interface the tokenizer drives.
class DomSax final : public nlohmann::json_sax<nlohmann::json>
{
public:
    explicit DomSax(nlohmann::json &out)
        : m_dom(out, false)
    { }
    bool null() override { return m_dom.null(); }
    bool boolean(bool v) override { return m_dom.boolean(v); }
    bool number_integer(number_integer_t v) override { return m_dom.number_integer(v); }
    bool number_unsigned(number_unsigned_t v) override { return m_dom.number_unsigned(v); }
    bool number_float(number_float_t v, const string_t &s) override { return m_dom.number_float(v, s); }
    bool string(string_t &v) override { return m_dom.string(v); }
    bool binary(binary_t &v) override { return m_dom.binary(v); }
    bool start_object(std::size_t n) override { return m_dom.start_object(n); }
    bool key(string_t &v) override { return m_dom.key(v); }
    bool end_object() override { return m_dom.end_object(); }
    bool start_array(std::size_t n) override { return m_dom.start_array(n); }
    bool end_array() override { return m_dom.end_array(); }
    bool parse_error(std::size_t, const std::string &, const nlohmann::detail::exception &) override { return false; }

private:
    nlohmann::detail::json_sax_dom_parser<nlohmann::json> m_dom;
};

} // namespace

void TestPrometheus::sampleValues_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<double>("expected");
    const double inf = std::numeric_limits<double>::infinity();
    QTest::newRow("NaN") << QByteArray("NaN") << true << std::nan("");
    QTest::newRow("+Inf") << QByteArray("+Inf") << true << inf;
    QTest::newRow("-Inf") << QByteArray("-Inf") << true << -inf;
    QTest::newRow("zero") << QByteArray("0") << true << 0.0;
    QTest::newRow("integer") << QByteArray("1234567") << true << 1234567.0;
    QTest::newRow("negative decimal") << QByteArray("-0.25") << true << -0.25;
    QTest::newRow("17 significant digits") << QByteArray("0.016666666666666666") << true << 0.016666666666666666;
    QTest::newRow("exponent with sign") << QByteArray("1e+301") << true << 1e301;
    QTest::newRow("negative exponent") << QByteArray("1.5e-07") << true << 1.5e-7;
    QTest::newRow("upper-case exponent") << QByteArray("2E3") << true << 2000.0;
    QTest::newRow("denormal") << QByteArray("4.9e-324") << true << 4.9e-324;
    QTest::newRow("underflow rounds to zero") << QByteArray("1e-400") << true << 0.0;
    QTest::newRow("overflow rounds to Inf") << QByteArray("1e400") << true << inf;
    // Found by fuzz_prom_response: whether an out-of-range value is tiny was guessed from "e-".
    QTest::newRow("underflow without an exponent rounds to zero")
        << QByteArray("0." + QByteArray(400, '0') + "1") << true << 0.0;
    QTest::newRow("overflow with a negative exponent rounds to Inf")
        << QByteArray("1" + QByteArray(400, '0') + "e-50") << true << inf;
    QTest::newRow("negative underflow rounds to zero") << QByteArray("-1E-400") << true << -0.0;
    QTest::newRow("robustness: empty") << QByteArray() << false << 0.0;
    QTest::newRow("robustness: word") << QByteArray("abc") << false << 0.0;
    QTest::newRow("robustness: two dots") << QByteArray("1.2.3") << false << 0.0;
    QTest::newRow("robustness: two signs") << QByteArray("+-1") << false << 0.0;
    QTest::newRow("robustness: leading space") << QByteArray(" 1") << false << 0.0;
    QTest::newRow("robustness: trailing space") << QByteArray("1 ") << false << 0.0;
    QTest::newRow("robustness: lone plus") << QByteArray("+") << false << 0.0;
}

void TestPrometheus::sampleValues()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, valid);
    QFETCH(double, expected);
    const std::optional<double> value = parseSampleValue(std::string_view(text.constData(), text.size()));
    QCOMPARE(value.has_value(), valid);
    if (!valid)
        return;
    if (std::isnan(expected))
        QVERIFY(std::isnan(*value));
    else
        QCOMPARE(*value, expected);
}

void TestPrometheus::jsonNumbersLikeNlohmann_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("valid");
    // Found by fuzz_prom_response (JsonTokenizer against nlohmann::json on the same bytes): a
    // number too small for a double was refused as "out of range"; it is valid JSON and reads as 0.
    QTest::newRow("underflow") << QByteArray("[1e-400]") << true;
    QTest::newRow("negative underflow") << QByteArray("[-1.5E-400]") << true;
    QTest::newRow("underflow without an exponent") << QByteArray("[0." + QByteArray(400, '0') + "1]") << true;
    QTest::newRow("exponent beyond 64 bits") << QByteArray("[1e-99999999999999999999]") << true;
    QTest::newRow("denormal") << QByteArray("[4.9e-324]") << true;
    QTest::newRow("robustness: overflow") << QByteArray("[1e400]") << false;
    QTest::newRow("robustness: overflow with a negative exponent")
        << QByteArray("[1" + QByteArray(400, '0') + "e-50]") << false;
}

void TestPrometheus::jsonNumbersLikeNlohmann()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, valid);
    nlohmann::json ours;
    DomSax sax(ours);
    JsonTokenizer tokenizer(sax);
    const bool ok = tokenizer.feed(std::string_view(body.constData(), std::size_t(body.size()))) && tokenizer.finish();
    const nlohmann::json theirs = nlohmann::json::parse(body.begin(), body.end(), nullptr, false);
    QCOMPARE(!theirs.is_discarded(), valid);
    QCOMPARE(ok, valid);
    if (valid) {
        QCOMPARE(ours.dump(), theirs.dump());
        QCOMPARE(std::signbit(ours[0].get<double>()), std::signbit(theirs[0].get<double>()));
    }
}

void TestPrometheus::malformed_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("message");
    QTest::newRow("robustness: empty body") << QByteArray() << "empty body";
    QTest::newRow("robustness: only whitespace") << QByteArray(" \n ") << "empty body";
    QTest::newRow("robustness: truncated in a string") << QByteArray(R"({"status":"succ)") << "unterminated string";
    QTest::newRow("robustness: truncated after a value")
        << QByteArray(R"({"status":"success","data":{)") << "truncated";
    QTest::newRow("robustness: data after the document") << QByteArray(R"({"status":"success"} {})") << "after the end";
    QTest::newRow("robustness: HTML page")
        << QByteArray("<html><body>502 Bad Gateway</body></html>") << "expected a JSON value";
    QTest::newRow("robustness: not an object") << QByteArray("[1,2]") << "not a JSON object";
    QTest::newRow("robustness: missing status")
        << QByteArray(R"({"data":{"resultType":"vector","result":[]}})") << "no \"status\"";
    QTest::newRow("robustness: unknown status") << QByteArray(R"({"status":"maybe"})") << "unknown status";
    QTest::newRow("robustness: sample value is a word") << vectorWithValue("\"abc\"") << "invalid sample value \"abc\"";
    QTest::newRow("robustness: sample value is a number") << vectorWithValue("1") << "[timestamp, \"value\"]";
    QTest::newRow("robustness: sample with three elements")
        << vectorWithValue("\"1\",\"2\"") << "[timestamp, \"value\"]";
    QTest::newRow("robustness: leading zero") << QByteArray(R"({"status":"success","x":01})") << "invalid number";
    QTest::newRow("robustness: number without digits")
        << QByteArray(R"({"status":"success","x":-})") << "invalid number";
    QTest::newRow("robustness: bad escape") << QByteArray(R"({"status":"succ\ess"})") << "invalid escape";
    QTest::newRow("robustness: lone low surrogate") << QByteArray(R"({"status":"\udc00"})") << "invalid escape";
    QTest::newRow("robustness: high surrogate without low")
        << QByteArray(R"({"status":"\ud83dx"})") << "invalid escape";
    QTest::newRow("robustness: raw newline in string") << QByteArray("{\"status\":\"a\nb\"}") << "control character";
    QTest::newRow("robustness: misspelled literal")
        << QByteArray(R"({"status":"success","x":nul})") << "invalid literal";
    QTest::newRow("robustness: missing colon") << QByteArray(R"({"status" "success"})") << "expected ':'";
    QTest::newRow("robustness: trailing comma") << QByteArray(R"({"status":"success",})") << "expected a string";
    QTest::newRow("robustness: nesting too deep")
        << QByteArray(R"({"x":)") + QByteArray(300, '[') << "nesting too deep";
    QTest::newRow("robustness: unsupported resultType")
        << QByteArray(R"({"status":"success","data":{"resultType":"table","result":[]}})") << "unsupported resultType";
    QTest::newRow("robustness: scalar result for a matrix")
        << QByteArray(R"({"status":"success","data":{"resultType":"matrix","result":[1,"1"]}})") << "does not match";
}

void TestPrometheus::malformed()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, message);
    // Whole, and one byte at a time: the verdict must not depend on how the body was chunked.
    for (const bool byteWise : { false, true }) {
        ResponseParser parser;
        bool ok = true;
        if (byteWise) {
            for (qsizetype i = 0; i < body.size() && ok; ++i)
                ok = parser.feed(QByteArrayView(body).sliced(i, 1));
        } else {
            ok = parser.feed(body);
        }
        ok = ok && parser.finish();
        QVERIFY(!ok);
        QVERIFY(parser.failed());
        QVERIFY2(parser.errorString().contains(message), qPrintable(parser.errorString()));
    }
}

void TestPrometheus::tolerated_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("label");
    QTest::addColumn<int>("samples");
    QTest::newRow("unknown members and stats are skipped") << QByteArray(
        R"({"status":"success","stats":{"timings":{"a":[1,{"b":null}]}},"data":{"resultType":"vector","extra":[true,false],)"
        R"("result":[{"metric":{"job":"a"},"value":[1,"2"],"future":{"x":[]}}]},"infos":["note"]})")
                                                           << "a" << 1;
    QTest::newRow("native histogram members are skipped")
        << QByteArray(R"({"status":"success","data":{"resultType":"matrix","result":[{"metric":{"job":"h"},)"
                      R"("histograms":[[1,{"count":"3","sum":"1","buckets":[[0,"0","1","3"]]}]]}]}})")
        << "h" << 0;
    QTest::newRow("whitespace everywhere")
        << QByteArray(" {\n \"status\" : \"success\" ,\r\n\t\"data\" : { \"resultType\" : "
                      "\"matrix\" , \"result\" : [ { \"metric\" : { \"job\" : \"w\" } , "
                      "\"values\" : [ [ 1 , \"1\" ] , [ 2.5 , \"NaN\" ] ] } ] } } \n")
        << "w" << 2;
    QTest::newRow("result before resultType") << QByteArray(
        R"({"data":{"result":[{"metric":{"job":"r"},"value":[1,"1"]}],"resultType":"vector"},"status":"success"})")
                                              << "r" << 1;
    QTest::newRow("escapes in keys and a surrogate pair") << QByteArray(
        R"({"status":"success","data":{"resultType":"vector","result":[{"metric":{"j\u006fb":"\ud83d\ude00 \/ok"},"value":[1,"1"]}]}})")
                                                          << QString::fromUtf8("\U0001F600 /ok") << 1;
}

void TestPrometheus::tolerated()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, label);
    QFETCH(int, samples);
    QString error;
    const std::optional<ParsedResponse> parsed = ResponseParser::parse(body, &error);
    QVERIFY2(parsed, qPrintable(error));
    QCOMPARE(parsed->series.size(), std::size_t(1));
    QCOMPARE(parsed->series[0].labels.value(QStringLiteral("job")), label);
    QCOMPARE(int(parsed->series[0].values.size()), samples);
}

void TestPrometheus::largeMatrixInRandomChunks()
{
    constexpr int kSeries = 20;
    constexpr int kPoints = 8640;
    const QByteArray body = bench::matrixBody(kSeries, kPoints);
    std::mt19937 random(42);
    std::uniform_int_distribution<qsizetype> chunkSize(1, 64 * 1024);
    ResponseParser parser;
    for (qsizetype at = 0; at < body.size();) {
        const qsizetype size = std::min(chunkSize(random), body.size() - at);
        QVERIFY(parser.feed(QByteArrayView(body).sliced(at, size)));
        at += size;
    }
    QVERIFY2(parser.finish(), qPrintable(parser.errorString()));
    const ParsedResponse parsed = parser.takeResult();
    QCOMPARE(int(parsed.series.size()), kSeries);
    for (int s = 0; s < kSeries; ++s) {
        const Series &series = parsed.series[std::size_t(s)];
        QCOMPARE(series.labels.value(QStringLiteral("instance")), QStringLiteral("10.0.0.%1:9090").arg(s));
        QCOMPARE(int(series.values.size()), kPoints);
        for (int i = 0; i < kPoints; ++i) {
            const double expected = bench::matrixValue(s, i);
            QCOMPARE(series.timestamps[std::size_t(i)], bench::kMatrixStart + i * bench::kMatrixStep);
            if (std::isnan(expected))
                QVERIFY(std::isnan(series.values[std::size_t(i)]));
            else
                QCOMPARE(series.values[std::size_t(i)], expected); // shortest round trip is exact
        }
    }
}

// The tokenizer's shortcut for a matrix's [timestamp, "value"] pairs must read every pair exactly
// as nlohmann's own parser driving the same handler does (which never takes it), whole and one
// byte at a time (then pairs are cut by every chunk end), and reject what it rejects.
void TestPrometheus::pairShortcutAgreesWithSax_data()
{
    QTest::addColumn<QByteArray>("values");
    QTest::newRow("integral and fractional timestamps")
        << QByteArray(R"([[1793491200,"1"],[1793491200.5,"2.25"],[1793491200.123,"-0.001"],[0.1,"3"]])");
    QTest::newRow("timestamps past 15 digits, exponents, negative")
        << QByteArray(R"([[1793491200.1234567,"1"],[12345678901234567,"2"],[1e3,"3"],[-1,"4"],[1.5E+2,"5"]])");
    QTest::newRow("negative zero") << QByteArray(R"([[-0,"1"],[-0.0,"2"],[0,"3"]])");
    QTest::newRow("special values") << QByteArray(R"([[1,"NaN"],[2,"+Inf"],[3,"-Inf"],[4,"1e308"],[5,"4.9e-324"]])");
    QTest::newRow("whitespace and escapes") << QByteArray("[ [ 1 , \"1\" ] ,\n[2,\"2\\u002e5\"],[3 ,\"3\"] ]");
    QTest::newRow("an empty array") << QByteArray("[]");
    QTest::newRow("a leading zero") << QByteArray(R"([[1,"1"],[01,"2"]])");
    QTest::newRow("a bad value") << QByteArray(R"([[1,"1"],[2,"x"]])");
    QTest::newRow("a number as value") << QByteArray(R"([[1,"1"],[2,2]])");
    QTest::newRow("a third member") << QByteArray(R"([[1,"1"],[2,"2",3]])");
    QTest::newRow("cut short") << QByteArray(R"([[1,"1"],[2,"2")");
}

void TestPrometheus::pairShortcutAgreesWithSax()
{
    QFETCH(QByteArray, values);
    const QByteArray body = R"({"status":"success","data":{"resultType":"matrix","result":[{"metric":{"job":"p"},)"
                            R"("values":)"
        + values + "}]}}";
    ResponseHandler reference;
    const bool referenceOk
        = nlohmann::json::sax_parse(body.begin(), body.end(), &reference, nlohmann::json::input_format_t::json, true)
        && reference.complete();
    const ParsedResponse expected = reference.takeResult();
    QString wholeError;
    // Whole (cut 0), one byte at a time (cut -1), and in two pieces cut at every byte: then the
    // shortcut runs with a chunk end inside one of its pairs.
    std::vector<qsizetype> cuts { 0, -1 };
    for (qsizetype at = 1; at < body.size(); ++at)
        cuts.push_back(at);
    for (const qsizetype cut : cuts) {
        ResponseParser parser;
        bool ok = true;
        if (cut < 0) {
            for (qsizetype at = 0; at < body.size() && ok; ++at)
                ok = parser.feed(QByteArrayView(body).sliced(at, 1));
        } else if (cut == 0) {
            ok = parser.feed(body);
        } else {
            ok = parser.feed(QByteArrayView(body).first(cut)) && parser.feed(QByteArrayView(body).sliced(cut));
        }
        ok = ok && parser.finish();
        QCOMPARE(ok, referenceOk);
        if (!ok) {
            // The same complaint at the same byte, however the body was cut.
            if (cut != 0)
                QCOMPARE(parser.errorString(), wholeError);
            wholeError = parser.errorString();
            continue;
        }
        const ParsedResponse parsed = parser.takeResult();
        QCOMPARE(parsed.series.size(), expected.series.size());
        const Series &got = parsed.series.front();
        const Series &want = expected.series.front();
        QCOMPARE(got.timestamps.size(), want.timestamps.size());
        for (std::size_t i = 0; i < got.timestamps.size(); ++i) {
            QVERIFY2(std::memcmp(&got.timestamps[i], &want.timestamps[i], sizeof(double)) == 0,
                     qPrintable(QStringLiteral("timestamp %1: %2, sax_parse %3")
                                    .arg(i)
                                    .arg(got.timestamps[i], 0, 'g', 17)
                                    .arg(want.timestamps[i], 0, 'g', 17)));
            QVERIFY(std::memcmp(&got.values[i], &want.values[i], sizeof(double)) == 0);
        }
    }
}
