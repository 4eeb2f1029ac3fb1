// Every malformed spec gives `file:line: what is wrong`, and the other SLOs of the file still load.
#include "tst_slospec.h"

#include <QRegularExpression>
#include <QTest>

using namespace sre::slo;
using namespace sloTest;

namespace {

// Lines 1-3 are the header, the SLO under test starts at line 4, and a valid SLO "ok" follows it.
QString native(const char *sloUnderTest)
{
    return QStringLiteral("apiVersion: sre-console/v1\n"
                          "service: shop\n"
                          "slos:\n")
        + QString::fromUtf8(sloUnderTest)
        + QStringLiteral("  - name: ok\n"
                         "    objective: 99\n"
                         "    sli:\n"
                         "      events:\n"
                         "        error_query: sum(rate(e[{{window}}]))\n"
                         "        total_query: sum(rate(t[{{window}}]))\n");
}

// Lines 1-2 are the header, the SLO under test starts at line 3, then a valid seed SLO "ok".
QString seed(const char *sloUnderTest)
{
    return QStringLiteral("service: shop\n"
                          "slos:\n")
        + QString::fromUtf8(sloUnderTest)
        + QStringLiteral("- name: ok\n"
                         "  objective: 0.99\n"
                         "  sli:\n"
                         "    query: sum(rate(r{code!~\"5..\"}[5m])) / sum(rate(r[5m]))\n");
}

const QString kEvents = QStringLiteral("    sli:\n"
                                       "      events:\n"
                                       "        error_query: sum(rate(e[{{window}}]))\n"
                                       "        total_query: sum(rate(t[{{window}}]))\n");

} // namespace

void TestSloSpec::malformed_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("isError");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("fragment");
    QTest::addColumn<QStringList>("loaded");

    const QStringList ok { QStringLiteral("shop/ok") };
    const auto nativeSlo = [](const char *head) { return QString::fromUtf8(head) + kEvents; };
    const auto row = [](const char *name, const QString &text, bool isError, int line, const char *fragment,
                        const QStringList &loaded) {
        QTest::newRow(name) << text << isError << line << QString::fromUtf8(fragment) << loaded;
    };

    row("objective: 100 % is out of range", native(qPrintable(nativeSlo("  - name: a\n    objective: 100\n"))), true, 5,
        "objective 100 is out of range", ok);
    row("objective: 0 is out of range", native(qPrintable(nativeSlo("  - name: a\n    objective: 0\n"))), true, 5,
        "objective 0 is out of range", ok);
    row("objective: not a number", native(qPrintable(nativeSlo("  - name: a\n    objective: high\n"))), true, 5,
        "objective \"high\" is not a number", ok);
    row("objective: missing points at the SLO", native(qPrintable(nativeSlo("  - name: a\n"))), true, 4,
        "missing objective", ok);
    row("objective: 0.999 in a percent format is a warning",
        native(qPrintable(nativeSlo("  - name: a\n    objective: 0.999\n"))), false, 5, "write 99.9",
        { QStringLiteral("shop/a"), QStringLiteral("shop/ok") });
    row("name: missing", native(qPrintable(nativeSlo("  - objective: 99\n"))), true, 4, "SLO without a name", ok);
    row("window: unparseable \"30 days\"",
        native(qPrintable(nativeSlo("  - name: a\n    objective: 99\n    window: 30 days\n"))), true, 6,
        "window \"30 days\" is not a Prometheus duration", ok);
    row("calendar: unknown time zone",
        native(qPrintable(nativeSlo("  - name: a\n    objective: 99\n"
                                    "    calendar: { period: month, timezone: Mars/Olympus }\n"))),
        false, 6, "unknown time zone \"Mars/Olympus\": expected an IANA name such as Europe/Berlin; using UTC",
        { QStringLiteral("shop/a"), QStringLiteral("shop/ok") });
    row("calendar: unknown period",
        native(qPrintable(nativeSlo("  - name: a\n    objective: 99\n    calendar: { period: fortnight }\n"))), true, 6,
        "calendar period \"fortnight\"", ok);
    row("window: beyond 64-bit milliseconds",
        native(qPrintable(nativeSlo("  - name: a\n    objective: 99\n    window: 15848026763y\n"))), true, 6,
        "window \"15848026763y\" is not a Prometheus duration", ok);
    row("events: error_query without {{window}}",
        native("  - name: a\n    objective: 99\n    sli:\n      events:\n"
               "        error_query: sum(rate(e[5m]))\n        total_query: sum(rate(t[{{window}}]))\n"),
        true, 8, "error_query has no {{window}}", ok);
    row("events: total_query missing",
        native("  - name: a\n    objective: 99\n    sli:\n      events:\n"
               "        error_query: sum(rate(e[{{window}}]))\n"),
        true, 7, "needs total_query", ok);
    row("latency: threshold 0",
        native("  - name: a\n    objective: 99\n    sli:\n      latency:\n        histogram: h{job=\"x\"}\n"
               "        threshold: 0\n"),
        true, 9, "latency.threshold \"0\" must be a number greater than 0", ok);
    row("latency: histogram selects le",
        native("  - name: a\n    objective: 99\n    sli:\n      latency:\n"
               "        histogram: h{job=\"x\",le=\"0.3\"}\n        threshold: 0.3\n"),
        true, 8, "must not select le", ok);
    row("timeslice: unknown op",
        native("  - name: a\n    objective: 99\n    sli:\n      timeslice:\n        query: q\n"
               "        op: between\n        threshold: 1\n"),
        true, 9, "timeslice.op \"between\"", ok);
    row("sli: missing", native("  - name: a\n    objective: 99\n"), true, 4, "missing sli", ok);
    row("sli: Sloth raw error ratio is not supported",
        native("  - name: a\n    objective: 99\n    sli:\n      raw:\n        error_ratio_query: q\n"), true, 7,
        "raw SLIs", ok);
    row("group_by: not a label name",
        native(qPrintable(nativeSlo("  - name: a\n    objective: 99\n    group_by: [handler, \"route-name\"]\n"))),
        true, 6, "\"route-name\" is not a Prometheus label name", ok);
    row("tiers: neither budget_share nor factor",
        native(qPrintable(nativeSlo("  - name: a\n    objective: 99\n    alerting:\n      tiers:\n"
                                    "        - { name: x, severity: page, long_window: 1h, short_window: 5m }\n"))),
        true, 8, "needs budget_share or factor", ok);
    row("unknown key: a warning, the SLO still loads",
        native(qPrintable(nativeSlo("  - name: a\n    objective: 99\n    windw: 30d\n"))), false, 6,
        "unknown key \"windw\"", { QStringLiteral("shop/a"), QStringLiteral("shop/ok") });
    row("robustness: slos is a scalar", QStringLiteral("apiVersion: sre-console/v1\nservice: s\nslos: 5\n"), true, 3,
        "slos must be a list", {});
    row("robustness: sli is a list", native("  - name: a\n    objective: 99\n    sli: [1, 2]\n"), true, 6,
        "missing sli", ok);
    row("robustness: objective is a map", native(qPrintable(nativeSlo("  - name: a\n    objective: {a: 1}\n"))), true,
        5, "is not a number", ok);
    row("duplicate id in one file", native(qPrintable(nativeSlo("  - name: ok\n    objective: 99\n"))), true, 10,
        "duplicate SLO id \"shop/ok\": already defined at line 4", ok);
    row("missing service", QStringLiteral("apiVersion: sre-console/v1\nslos: []\n"), true, 1, "missing service", {});

    row("seed: objective 150", seed("- name: a\n  objective: 150\n  sli:\n    query: a[5m] / b[5m]\n"), true, 4,
        "or a fraction in (0, 1)", ok);
    row("seed: query neither ratio nor comparison",
        seed("- name: a\n  objective: 99\n  sli:\n    query: sum(rate(x[5m]))\n"), true, 6, "neither a ratio", ok);
    row("seed: ratio without a range", seed("- name: a\n  objective: 99\n  sli:\n    query: sum(x) / sum(y)\n"), true,
        6, "need a range", ok);
    row("seed: numerator neither good nor bad",
        seed("- name: a\n  objective: 99\n  sli:\n    query: sum(rate(x[5m])) / sum(rate(y[5m]))\n"), true, 6,
        "cannot tell whether the numerator", ok);
    row("seed: threshold disagrees with the objective (warning)",
        seed("- name: a\n  objective: 99.9\n  threshold: 0.01\n  sli:\n"
             "    query: sum(rate(r{code=~\"5..\"}[5m])) / sum(rate(r[5m]))\n"),
        false, 5, "differs from the error budget", { QStringLiteral("shop/a"), QStringLiteral("shop/ok") });
    row("seed in a ConfigMap: the line is in the outer file",
        QStringLiteral("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\ndata:\n  slo.yaml: |\n")
            + seed("- name: a\n  objective: 100\n  sli:\n    query: sum(rate(r{code=~\"5..\"}[5m])) / "
                   "sum(rate(r[5m]))\n")
                  .split(QLatin1Char('\n'))
                  .replaceInStrings(QRegularExpression(QStringLiteral("^")), QStringLiteral("    "))
                  .join(QLatin1Char('\n')),
        true, 10, "objective 100 is out of range", ok);

    row("format: not an SLO spec", QStringLiteral("groups:\n  - name: rules\n"), true, 1, "not an SLO spec", {});
    row("format: second document unknown, first still loads", native("") + QStringLiteral("---\nkind: Deployment\n"),
        true, 11, "not an SLO spec", ok);
    row("format: sre-console/v2", QStringLiteral("apiVersion: sre-console/v2\nservice: s\nslos: []\n"), true, 1,
        "unsupported apiVersion sre-console/v2", {});
    row("format: a ConfigMap without a *.yaml entry",
        QStringLiteral("apiVersion: v1\nkind: ConfigMap\ndata:\n  a.txt: x\n"), true, 1, "ConfigMap without", {});
    row("format: invalid YAML", native("  - name: a\n    objective: [99\n"), true, 6, "invalid YAML", {});
    row("format: DESIGN.md's flow map with an unquoted selector gets a hint",
        native("  - name: a\n    objective: 99\n    sli:\n"
               "      latency: { histogram: h{service=\"checkout\"}, threshold: 0.3 }\n"),
        true, 7, "must be quoted", {});
    row("format: invalid YAML inside a ConfigMap",
        QStringLiteral("kind: ConfigMap\ndata:\n  slo.yaml: |\n    service: s\n    slos: [\n"), true, 6, "invalid YAML",
        {});

    const QString openSloOk = QStringLiteral("---\napiVersion: openslo/v1\nkind: SLO\nmetadata: { name: ok }\n"
                                             "spec:\n  service: shop\n  indicatorRef: ratio\n"
                                             "  timeWindow: [{ duration: 30d, isRolling: true }]\n"
                                             "  objectives: [{ target: 0.99 }]\n"
                                             "---\napiVersion: openslo/v1\nkind: SLI\nmetadata: { name: ratio }\n"
                                             "spec:\n  ratioMetric:\n"
                                             "    good: { metricSource: { spec: { query: sum(g) } } }\n"
                                             "    total: { metricSource: { spec: { query: sum(t) } } }\n");
    row("openslo: indicatorRef to a missing SLI",
        QStringLiteral("apiVersion: openslo/v1\nkind: SLO\nmetadata: { name: a }\nspec:\n  service: shop\n"
                       "  indicatorRef: nope\n  timeWindow: [{ duration: 30d }]\n  objectives: [{ target: 0.9 }]\n")
            + openSloOk,
        true, 6, "indicatorRef \"nope\"", ok);
    row("openslo: target 99 is not a fraction",
        QStringLiteral("apiVersion: openslo/v1\nkind: SLO\nmetadata: { name: a }\nspec:\n  service: shop\n"
                       "  indicatorRef: ratio\n  timeWindow: [{ duration: 30d }]\n  objectives:\n"
                       "    - target: 99\n")
            + openSloOk,
        true, 9, "target 99 is out of range", ok);
    row("openslo: Datadog source",
        QStringLiteral("apiVersion: openslo/v1\nkind: SLO\nmetadata: { name: a }\nspec:\n  service: shop\n"
                       "  timeWindow: [{ duration: 30d }]\n  objectives: [{ target: 0.9 }]\n  indicator:\n"
                       "    spec:\n      thresholdMetric:\n        metricSource:\n          type: Datadog\n")
            + openSloOk,
        true, 12, "metric source type Datadog", ok);
    row("openslo: v1alpha", QStringLiteral("apiVersion: openslo/v1alpha\nkind: SLO\n") + openSloOk, true, 1,
        "convert it to openslo/v1", ok);

    const QString pyrraOk = QStringLiteral("---\napiVersion: pyrra.dev/v1alpha1\nkind: ServiceLevelObjective\n"
                                           "metadata: { name: ok, namespace: shop }\nspec:\n  target: '99'\n"
                                           "  window: 4w\n  indicator:\n    ratio:\n"
                                           "      errors: { metric: 'r{code=~\"5..\"}' }\n"
                                           "      total: { metric: r }\n");
    row("pyrra: target 100",
        QStringLiteral("apiVersion: pyrra.dev/v1alpha1\nkind: ServiceLevelObjective\nmetadata: { name: a }\n"
                       "spec:\n  target: '100'\n  window: 4w\n  indicator:\n    bool_gauge: { metric: up }\n")
            + pyrraOk,
        true, 5, "objective 100 is out of range", ok);
    row("pyrra: latency success without le",
        QStringLiteral("apiVersion: pyrra.dev/v1alpha1\nkind: ServiceLevelObjective\nmetadata: { name: a }\n"
                       "spec:\n  target: '99'\n  window: 4w\n  indicator:\n    latency:\n"
                       "      success: { metric: h_bucket }\n      total: { metric: h_count }\n")
            + pyrraOk,
        true, 9, "_bucket series with le", ok);
}

void TestSloSpec::malformed()
{
    QFETCH(QString, text);
    QFETCH(bool, isError);
    QFETCH(int, line);
    QFETCH(QString, fragment);
    QFETCH(QStringList, loaded);

    const SpecFileResult r = loadSpecText(text.toUtf8(), QStringLiteral("bad.yaml"));
    const auto match = std::find_if(r.problems.cbegin(), r.problems.cend(), [&](const sre::Problem &p) {
        return p.isError() == isError && p.line == line && p.message.contains(fragment);
    });
    QVERIFY2(match != r.problems.cend(),
             qPrintable(QStringLiteral("expected bad.yaml:%1: %2\ngot:\n%3\n--- text ---\n%4")
                            .arg(line)
                            .arg(fragment, problemsText(r.problems), text)));
    QCOMPARE(match->file, QStringLiteral("bad.yaml"));
    QVERIFY(match->toString().startsWith(QStringLiteral("bad.yaml:%1: ").arg(line)));
    QCOMPARE(ids(r), loaded);
}

void TestSloSpec::duplicatesAcrossFiles()
{
    SloSpec a;
    a.service = QStringLiteral("shop");
    a.name = QStringLiteral("availability");
    a.file = QStringLiteral("slos/a.yaml");
    a.line = 4;
    SloSpec b = a;
    b.file = QStringLiteral("slos/b.yaml");
    b.line = 12;
    SloSpec c = a;
    c.name = QStringLiteral("latency");

    const sre::Problems problems = findDuplicateIds({ a, c, b });
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems[0].toString(),
             QStringLiteral("slos/b.yaml:12: duplicate SLO id \"shop/availability\": already defined at "
                            "slos/a.yaml:4"));
}

void TestSloSpec::latencyThreshold_data()
{
    QTest::addColumn<double>("threshold");
    QTest::addColumn<std::vector<double>>("bounds");
    QTest::addColumn<QString>("fragment"); // empty: valid

    const std::vector<double> demo { 0.025, 0.05, 0.1, 0.2, 0.3, 0.5, 1, 2.5, qInf() };
    QTest::newRow("boundary 0.3") << 0.3 << demo << QString();
    QTest::newRow("boundary 1") << 1.0 << demo << QString();
    QTest::newRow("0.1 + 0.2 is a boundary despite rounding") << 0.1 + 0.2 << demo << QString();
    QTest::newRow("0.25 lies between 0.2 and 0.3") << 0.25 << demo << QStringLiteral("use 0.2, 0.3");
    QTest::newRow("above the largest finite bound") << 5.0 << demo << QStringLiteral("use 2.5");
    QTest::newRow("below the smallest bound") << 0.01 << demo << QStringLiteral("use 0.025");
    QTest::newRow("no buckets") << 0.3 << std::vector<double> {} << QStringLiteral("no finite buckets");
}

void TestSloSpec::latencyThreshold()
{
    QFETCH(double, threshold);
    QFETCH(std::vector<double>, bounds);
    QFETCH(QString, fragment);
    const auto message = validateLatencyThreshold(threshold, bounds);
    if (fragment.isEmpty()) {
        QVERIFY2(!message, qPrintable(message.value_or(QString())));
    } else {
        QVERIFY(message);
        QVERIFY2(message->contains(fragment), qPrintable(*message));
    }
}

void TestSloSpec::unreadableFile()
{
    const SpecFileResult r = loadSpecFile(dataFile(QStringLiteral("does-not-exist.yaml")));
    QCOMPARE(r.problems.size(), 1);
    QVERIFY(r.problems[0].isError());
    QVERIFY(r.problems[0].message.contains(QStringLiteral("cannot read file")));

    const SpecFileResult empty = loadSpecText("# nothing yet\n", QStringLiteral("empty.yaml"));
    QVERIFY(empty.slos.empty());
    QCOMPARE(empty.problems.size(), 1);
    QVERIFY(!empty.problems[0].isError());
}
