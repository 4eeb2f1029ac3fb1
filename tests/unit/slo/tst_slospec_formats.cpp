// Every supported format loads from a realistic file, and maps to the native SLI it describes.
#include "tst_slospec.h"

#include "burnrate.h"
#include "querybuilder.h"
#include "window.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace sre::slo;
using namespace sloTest;

namespace {

QString kindName(SloSpec::Kind kind)
{
    switch (kind) {
    case SloSpec::Kind::EventRatio: return QStringLiteral("event-ratio");
    case SloSpec::Kind::Latency: return QStringLiteral("latency");
    case SloSpec::Kind::Timeslice: return QStringLiteral("timeslice");
    }
    return {};
}

QString tiersText(const std::vector<BurnTier> &tiers)
{
    QStringList out;
    for (const BurnTier &t : tiers) {
        const QString amount
            = t.factor ? QStringLiteral("factor=%1").arg(*t.factor) : QStringLiteral("share=%1").arg(t.budgetShare);
        out << QStringLiteral("%1:%2:%3/%4:%5")
                   .arg(t.name, t.severity)
                   .arg(t.longWindow.count())
                   .arg(t.shortWindow.count())
                   .arg(amount);
    }
    return out.join(QLatin1Char(';'));
}

// One field of a spec as text, so that one data-driven test can check any of them.
QString field(const SloSpec &s, const QString &key)
{
    if (key == u"kind")
        return kindName(s.kind);
    if (key == u"objective")
        return QString::number(s.objective, 'g', 12);
    if (key == u"window")
        return windowText(s);
    if (key == u"format")
        return s.sourceFormat;
    if (key == u"line")
        return QString::number(s.line);
    if (key == u"groupBy")
        return s.groupBy.join(u',');
    if (key == u"description")
        return s.description;
    if (key == u"runbook")
        return s.runbook;
    if (key == u"errorQuery")
        return s.ratio.errorQuery;
    if (key == u"goodQuery")
        return s.ratio.goodQuery;
    if (key == u"totalQuery")
        return s.ratio.totalQuery;
    if (key == u"histogram")
        return s.latency.histogram;
    if (key == u"threshold")
        return QString::number(s.latency.threshold);
    if (key == u"nativeHistogram")
        return s.latency.nativeHistogram ? QStringLiteral("true") : QStringLiteral("false");
    if (key == u"timeslice.query")
        return s.timeslice.query;
    if (key == u"timeslice.op")
        return opSymbol(s.timeslice.op);
    if (key == u"timeslice.threshold")
        return QString::number(s.timeslice.threshold);
    if (key == u"timeslice.slice")
        return QString::number(s.timeslice.slice.count());
    if (key.startsWith(u"label:"))
        return s.labels.value(key.mid(6), QStringLiteral("<none>"));
    if (key == u"tiers")
        return tiersText(s.tiers);
    if (key == u"effectiveTiers")
        return tiersText(effectiveTiers(s));
    if (key == u"notes")
        return s.notes.join(QLatin1Char('\n'));
    if (key == u"errorBudgetQuery")
        return s.errorBudgetQuery;
    return QStringLiteral("<unknown key %1>").arg(key);
}

QStringList names(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *n : list)
        out << QString::fromUtf8(n);
    return out;
}

QString fixture(const QString &name)
{
    return name == u"seed" ? seedFile() : dataFile(name);
}

// 1-based line of the first line of `path` that contains `needle`: where a reader would look.
int lineContaining(const QString &path, const QString &needle)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        if (lines.at(i).contains(needle))
            return i + 1;
    }
    return -1;
}

} // namespace

void TestSloSpec::seedFile()
{
    const SpecFileResult r = loadSpecFile(sloTest::seedFile());
    QVERIFY2(!sre::hasErrors(r.problems), qPrintable(problemsText(r.problems)));
    QCOMPARE(ids(r),
             (QStringList { QStringLiteral("myapp-api/availability"), QStringLiteral("myapp-api/latency"),
                            QStringLiteral("myapp-api/error_rate") }));
    QCOMPARE(r.slos[0].kind, SloSpec::Kind::EventRatio);
    QCOMPARE(r.slos[1].kind, SloSpec::Kind::Timeslice);
    QCOMPARE(r.slos[2].kind, SloSpec::Kind::EventRatio);
    for (const SloSpec &s : r.slos) {
        QCOMPARE(s.sourceFormat, QStringLiteral("seed"));
        QCOMPARE(s.window, std::chrono::seconds(30 * 24 * 3600));
        QVERIFY(!s.calendar);
    }
}

void TestSloSpec::seedFileLines()
{
    // The SLOs sit inside the ConfigMap's block scalar: their lines are lines of the outer file.
    const SpecFileResult r = loadSpecFile(sloTest::seedFile());
    QCOMPARE(r.slos.size(), std::size_t(3));
    for (const SloSpec &s : r.slos) {
        QCOMPARE(s.file, sloTest::seedFile());
        QCOMPARE(s.line, lineContaining(s.file, QStringLiteral("- name: ") + s.name));
    }
}

void TestSloSpec::formats_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("native: the DESIGN.md example and a calendar SLO")
        << "native.yaml"
        << names({ "checkout/availability", "checkout/latency", "checkout/p99-under-200ms", "checkout/good-requests" });
    QTest::newRow("sloth prometheus/v1: getting-started example")
        << "sloth.yaml"
        << names({ "myservice/requests-availability", "myservice/requests-latency", "myservice/requests-by-route" });
    QTest::newRow("sloth CRD: two PrometheusServiceLevel documents")
        << "sloth-crd.yaml"
        << names({ "home-wifi/good-wifi-client-satisfaction", "k8s-apiserver/requests-availability" });
    QTest::newRow("openslo: indicatorRef, inline indicator, thresholdMetric; Service skipped")
        << "openslo.yaml"
        << names({ "web/web-availability", "search/search-errors", "annotator/annotator-lag",
                   "web-shop/main-page-strict", "web-shop/main-page-relaxed" });
    QTest::newRow("pyrra: ratio, latency, latencyNative, bool_gauge")
        << "pyrra.yaml"
        << names({ "monitoring/pyrra-api-errors", "monitoring/apiserver-read-resource-request-latency",
                   "pyrra/pyrra-connect-latency", "monitoring/prometheus-availability" });
    QTest::newRow("configmap: a native spec under data.*.yml, other keys skipped")
        << "configmap-native.yaml" << names({ "cart/availability" });
    QTest::newRow("seed: the user's ConfigMap")
        << "seed" << names({ "myapp-api/availability", "myapp-api/latency", "myapp-api/error_rate" });
}

void TestSloSpec::formats()
{
    QFETCH(QString, file);
    QFETCH(QStringList, expected);
    const SpecFileResult r = loadSpecFile(fixture(file));
    QVERIFY2(r.problems.isEmpty(), qPrintable(problemsText(r.problems)));
    QCOMPARE(ids(r), expected);
}

void TestSloSpec::fields_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("expected"); // "~text": contains; otherwise equal after simplified()

    const auto row = [](const char *name, const char *file, const char *id, const char *key, const char *expected) {
        QTest::newRow(name) << QString::fromUtf8(file) << QString::fromUtf8(id) << QString::fromUtf8(key)
                            << QString::fromUtf8(expected);
    };
    // The user's seed file.
    row("seed availability: good ratio re-windowed", "seed", "myapp-api/availability", "goodQuery",
        R"(sum(rate(http_requests_total{job="myapp-api",code!~"5.."}[{{window}}])))");
    row("seed availability: denominator is the total", "seed", "myapp-api/availability", "totalQuery",
        R"(sum(rate(http_requests_total{job="myapp-api"}[{{window}}])))");
    row("seed availability: objective 99.9 percent", "seed", "myapp-api/availability", "objective", "0.999");
    row("seed availability: remaining_query kept", "seed", "myapp-api/availability", "errorBudgetQuery",
        "~/ (1 - 0.999)");
    row("seed availability: mapping noted", "seed", "myapp-api/availability", "notes", "~re-windowed");
    row("seed latency: comparison is a timeslice SLI", "seed", "myapp-api/latency", "kind", "timeslice");
    row("seed latency: left side is the query, range kept", "seed", "myapp-api/latency", "timeslice.query",
        R"(histogram_quantile(0.99, sum(rate(http_request_duration_seconds_bucket{job="myapp-api"}[5m])) by (le) ))");
    row("seed latency: op", "seed", "myapp-api/latency", "timeslice.op", "<");
    row("seed latency: threshold", "seed", "myapp-api/latency", "timeslice.threshold", "0.2");
    row("seed latency: 1m slices", "seed", "myapp-api/latency", "timeslice.slice", "60");
    row("seed latency: objective 0.99 is a fraction", "seed", "myapp-api/latency", "objective", "0.99");
    row("seed error_rate: numerator counts errors", "seed", "myapp-api/error_rate", "errorQuery",
        R"(sum(rate(http_requests_total{job="myapp-api",code=~"5.."}[{{window}}])))");
    row("seed error_rate: threshold kept as a label", "seed", "myapp-api/error_rate", "label:threshold", "0.001");
    row("seed error_rate: threshold said to be informative", "seed", "myapp-api/error_rate", "notes", "~informative");

    row("native availability: error query", "native.yaml", "checkout/availability", "errorQuery",
        R"(sum(rate(http_requests_total{service="checkout",code=~"5.."}[{{window}}])))");
    row("native availability: service labels", "native.yaml", "checkout/availability", "label:team", "payments");
    row("native availability: runbook", "native.yaml", "checkout/availability", "runbook",
        "runbooks/checkout/availability.md");
    row("native availability: line of the list item", "native.yaml", "checkout/availability", "line", "6");
    row("native availability: format", "native.yaml", "checkout/availability", "format", "native");
    row("native latency: histogram", "native.yaml", "checkout/latency", "histogram",
        R"(http_request_duration_seconds{service="checkout"})");
    row("native latency: threshold", "native.yaml", "checkout/latency", "threshold", "0.3");
    row("native latency: default window 30d", "native.yaml", "checkout/latency", "window", "30d");
    row("native timeslice: query", "native.yaml", "checkout/p99-under-200ms", "timeslice.query",
        R"(histogram_quantile(0.99, sum by (le) (rate(http_request_duration_seconds_bucket{service="checkout"}[5m]))))");
    row("native timeslice: window 28d", "native.yaml", "checkout/p99-under-200ms", "window", "28d");
    row("native {{.window}}: kept as written", "native.yaml", "checkout/good-requests", "totalQuery",
        R"(sum(rate(http_requests_total{service="checkout"}[{{ .window }}])))");
    row("native calendar window", "native.yaml", "checkout/good-requests", "window", "calendar month (Europe/Berlin)");
    row("native tier override: share in percent, explicit factor", "native.yaml", "checkout/good-requests", "tiers",
        "fast:page:3600/300:share=0.02;slow:ticket:86400/7200:factor=2.5");
    row("native SLO label next to service labels", "native.yaml", "checkout/good-requests", "label:tier", "1");

    row("sloth: format", "sloth.yaml", "myservice/requests-availability", "format", "sloth");
    row("sloth: runbook from alert annotations", "sloth.yaml", "myservice/requests-availability", "runbook",
        "https://runbooks.example.com/myservice/availability");
    row("sloth: default 30d window", "sloth.yaml", "myservice/requests-availability", "window", "30d");
    row("sloth: SLO label", "sloth.yaml", "myservice/requests-availability", "label:category", "availability");
    row("sloth: default tiers", "sloth.yaml", "myservice/requests-availability", "tiers", "");
    row("sloth: page alert disabled leaves the ticket tiers", "sloth.yaml", "myservice/requests-latency", "tiers",
        "ticket-fast:ticket:86400/7200:share=0.1;ticket-slow:ticket:259200/21600:share=0.1");
    row("sloth CRD: camelCase errorQuery", "sloth-crd.yaml", "home-wifi/good-wifi-client-satisfaction", "errorQuery",
        "~unifipoller_client_satisfaction_ratio < 0.75");
    row("sloth CRD: ticket alert disabled leaves the page tiers", "sloth-crd.yaml",
        "home-wifi/good-wifi-client-satisfaction", "tiers",
        "page-fast:page:3600/300:share=0.02;page-slow:page:21600/1800:share=0.05");
    row("sloth CRD: both alerts disabled leaves no tiers", "sloth-crd.yaml", "k8s-apiserver/requests-availability",
        "effectiveTiers", "");
    row("sloth: no alerting settings give the default tiers", "sloth.yaml", "myservice/requests-availability",
        "effectiveTiers",
        "page-fast:page:3600/300:share=0.02;page-slow:page:21600/1800:share=0.05;"
        "ticket-fast:ticket:86400/7200:share=0.1;ticket-slow:ticket:259200/21600:share=0.1");
    row("sloth CRD: objective", "sloth-crd.yaml", "home-wifi/good-wifi-client-satisfaction", "objective", "0.95");

    row("openslo indicatorRef: counter query wrapped in rate", "openslo.yaml", "web/web-availability", "goodQuery",
        R"(sum(rate(http_requests{k8s_cluster="prod",component="web",code=~"2xx|4xx"}[{{window}}])))");
    row("openslo indicatorRef: total", "openslo.yaml", "web/web-availability", "totalQuery",
        R"(sum(rate(http_requests{k8s_cluster="prod",component="web"}[{{window}}])))");
    row("openslo: target fraction", "openslo.yaml", "web/web-availability", "objective", "0.995");
    row("openslo: rolling 28d", "openslo.yaml", "web/web-availability", "window", "28d");
    row("openslo: list label joined", "openslo.yaml", "web/web-availability", "label:team", "team-a,team-b");
    row("openslo: format", "openslo.yaml", "web/web-availability", "format", "openslo");
    row("openslo inline: bad query kept", "openslo.yaml", "search/search-errors", "errorQuery",
        R"(sum by (route) (rate(http_requests_total{service="search",code=~"5.."}[{{window}}])))");
    row("openslo: calendar 1M", "openslo.yaml", "search/search-errors", "window", "calendar month (America/New_York)");
    row("openslo thresholdMetric: timeslice", "openslo.yaml", "annotator/annotator-lag", "kind", "timeslice");
    row("openslo thresholdMetric: op", "openslo.yaml", "annotator/annotator-lag", "timeslice.op", "<");
    row("openslo thresholdMetric: value", "openslo.yaml", "annotator/annotator-lag", "timeslice.threshold", "100");
    row("openslo thresholdMetric: timeSliceWindow", "openslo.yaml", "annotator/annotator-lag", "timeslice.slice",
        "120");

    row("openslo RatioTimeslices: good ratio per slice", "openslo.yaml", "web-shop/main-page-strict", "timeslice.query",
        R"((sum(rate(http_requests_total{page="main",code=~"2.."}[1m]))) / (sum(rate(http_requests_total{page="main"}[1m]))))");
    row("openslo RatioTimeslices: op and timeSliceTarget", "openslo.yaml", "web-shop/main-page-strict", "timeslice.op",
        ">=");
    row("openslo RatioTimeslices: threshold", "openslo.yaml", "web-shop/main-page-strict", "timeslice.threshold",
        "0.99");
    row("openslo second objective: own slice", "openslo.yaml", "web-shop/main-page-relaxed", "timeslice.query",
        R"((sum(rate(http_requests_total{page="main",code=~"2.."}[5m]))) / (sum(rate(http_requests_total{page="main"}[5m]))))");
    row("openslo second objective: own target", "openslo.yaml", "web-shop/main-page-relaxed", "objective", "0.999");
    row("pyrra ratio: errors", "pyrra.yaml", "monitoring/pyrra-api-errors", "errorQuery",
        R"(sum(rate(http_requests_total{job="pyrra",code=~"5.."}[{{window}}])))");
    row("pyrra: target string in percent", "pyrra.yaml", "monitoring/pyrra-api-errors", "objective", "0.99");
    row("pyrra: window 2w", "pyrra.yaml", "monitoring/pyrra-api-errors", "window", "14d");
    row("pyrra latency: histogram without le", "pyrra.yaml", "monitoring/apiserver-read-resource-request-latency",
        "histogram", R"(apiserver_request_duration_seconds{job="apiserver",scope=~"resource|",verb=~"LIST|GET"})");
    row("pyrra latency: threshold from le", "pyrra.yaml", "monitoring/apiserver-read-resource-request-latency",
        "threshold", "1");
    row("pyrra latencyNative: native histogram", "pyrra.yaml", "pyrra/pyrra-connect-latency", "nativeHistogram",
        "true");
    row("pyrra latencyNative: 200ms", "pyrra.yaml", "pyrra/pyrra-connect-latency", "threshold", "0.2");
    row("pyrra bool_gauge: bad samples", "pyrra.yaml", "monitoring/prometheus-availability", "errorQuery",
        R"(sum(count_over_time(up{job="prometheus-k8s"}[{{window}}])) - sum(sum_over_time(up{job="prometheus-k8s"}[{{window}}])))");
    row("pyrra bool_gauge: all samples", "pyrra.yaml", "monitoring/prometheus-availability", "totalQuery",
        R"(sum(count_over_time(up{job="prometheus-k8s"}[{{window}}])))");

    row("pyrra grouping: one objective per route", "pyrra.yaml", "monitoring/pyrra-api-errors", "groupBy", "route");
    row("native group_by", "native.yaml", "checkout/good-requests", "groupBy", "handler,method");
    row("sloth: plain sums are not grouped", "sloth.yaml", "myservice/requests-availability", "groupBy", "");
    row("sloth: queries summed by (handler) are grouped by handler", "sloth.yaml", "myservice/requests-by-route",
        "groupBy", "route");
    row("openslo: raw ratio queries summed by (route) are grouped by route", "openslo.yaml", "search/search-errors",
        "groupBy", "route");
    row("configmap: line in the outer file", "configmap-native.yaml", "cart/availability", "line", "13");
}

void TestSloSpec::fields()
{
    QFETCH(QString, file);
    QFETCH(QString, id);
    QFETCH(QString, key);
    QFETCH(QString, expected);
    const SpecFileResult r = loadSpecFile(fixture(file));
    const SloSpec *spec = find(r, id);
    QVERIFY2(spec, qPrintable(QStringLiteral("no SLO %1; problems:\n%2").arg(id, problemsText(r.problems))));
    const QString actual = field(*spec, key);
    if (expected.startsWith(u'~'))
        QVERIFY2(actual.contains(expected.mid(1)), qPrintable(actual));
    else
        QCOMPARE(actual.simplified(), expected.simplified());
}

void TestSloSpec::demoWorkspace()
{
    const QDir dir(QStringLiteral(SRE_SOURCE_DIR "/resources/demo/slos"));
    const QStringList files = dir.entryList({ QStringLiteral("*.yaml") }, QDir::Files);
    if (files.isEmpty())
        QSKIP("no demo workspace SLOs in this checkout");
    std::vector<SloSpec> all;
    for (const QString &name : files) {
        const SpecFileResult r = loadSpecFile(dir.filePath(name));
        QVERIFY2(!sre::hasErrors(r.problems), qPrintable(problemsText(r.problems)));
        QVERIFY2(!r.slos.empty(), qPrintable(name));
        all.insert(all.end(), r.slos.cbegin(), r.slos.cend());
    }
    QVERIFY2(findDuplicateIds(all).isEmpty(), qPrintable(problemsText(findDuplicateIds(all))));
}
