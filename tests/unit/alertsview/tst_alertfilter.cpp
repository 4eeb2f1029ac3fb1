// The filter language of the Firing now view. Every expectation below is reasoned from the
// Prometheus matcher rules (regexes anchored at both ends, a missing label is "") and the
// documented meaning of the @ words; none is copied from a run.

#include "alertfilter.h"

#include <QTest>
#include <QTimeZone>

using namespace sre::alerting;

namespace {

LabelSet labels(std::initializer_list<std::pair<const char *, const char *>> pairs)
{
    LabelSet set;
    for (const auto &[k, v] : pairs)
        set.insert(QString::fromUtf8(k), QString::fromUtf8(v));
    return set;
}

const QDateTime kNow = QDateTime(QDate(2026, 12, 6), QTime(12, 0), QTimeZone::utc());

// The alerts every case is evaluated against.
std::vector<Alert> sampleAlerts()
{
    std::vector<Alert> alerts(4);
    // 0: payments-api burning budget, active, 20 minutes old
    alerts[0].fingerprint = QStringLiteral("a0");
    alerts[0].labels = labels({ { "alertname", "SLOBurnRate" },
                                { "severity", "critical" },
                                { "service", "payments-api" },
                                { "namespace", "prod" } });
    alerts[0].startsAt = kNow.addSecs(-20 * 60);
    alerts[0].receivers = { QStringLiteral("pager") };
    // 1: a crash loop, warning, active, 5 minutes old, two receivers
    alerts[1].fingerprint = QStringLiteral("a1");
    alerts[1].labels = labels({ { "alertname", "KubePodCrashLooping" },
                                { "severity", "warning" },
                                { "namespace", "prod-eu" },
                                { "pod", "api-7f9" } });
    alerts[1].startsAt = kNow.addSecs(-5 * 60);
    alerts[1].receivers = { QStringLiteral("slack"), QStringLiteral("pager") };
    // 2: a node alert silenced by aiko's silence s1, 3 hours old
    alerts[2].fingerprint = QStringLiteral("a2");
    alerts[2].labels = labels({ { "alertname", "NodeFilesystemAlmostFull" }, { "severity", "warning" } });
    alerts[2].startsAt = kNow.addSecs(-3 * 3600);
    alerts[2].state = AlertState::Suppressed;
    alerts[2].silencedBy = { QStringLiteral("s1") };
    alerts[2].receivers = { QStringLiteral("slack") };
    // 3: inhibited by alert 0, severity info, no receiver, no service label
    alerts[3].fingerprint = QStringLiteral("a3");
    alerts[3].labels = labels({ { "alertname", "SLOBurnRate" }, { "severity", "info" } });
    alerts[3].startsAt = kNow.addSecs(-60);
    alerts[3].state = AlertState::Suppressed;
    alerts[3].inhibitedBy = { QStringLiteral("a0") };
    return alerts;
}

FilterContext context()
{
    FilterContext c;
    c.now = kNow;
    c.me = QStringLiteral("aiko");
    c.silenceAuthors = { { QStringLiteral("s1"), QStringLiteral("aiko") } };
    return c;
}

} // namespace

class TestAlertFilter : public QObject
{
    Q_OBJECT
private slots:
    void matching_data();
    void matching();
    void errors_data();
    void errors();
    void meUnknownMatchesNobody();
};

void TestAlertFilter::matching_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QString>("expected"); // fingerprints that match, in order

    QTest::newRow("empty filter: everything") << ""
                                              << "a0 a1 a2 a3";
    QTest::newRow("only separators: everything") << " ,  , "
                                                 << "a0 a1 a2 a3";
    QTest::newRow("equal, quoted") << R"(severity="critical")"
                                   << "a0";
    QTest::newRow("equal, bare word") << "severity=warning"
                                      << "a1 a2";
    QTest::newRow("equal, single quotes") << "severity='info'"
                                          << "a3";
    QTest::newRow("not equal") << R"(severity!="warning")"
                               << "a0 a3";
    QTest::newRow("missing label equals empty string") << R"(service="")"
                                                       << "a1 a2 a3";
    QTest::newRow("missing label is not equal to a value") << R"(service!="payments-api")"
                                                           << "a1 a2 a3";
    QTest::newRow("regex is anchored: prod does not match prod-eu") << R"(namespace=~"prod")"
                                                                    << "a0";
    QTest::newRow("regex with wildcard") << R"(namespace=~"prod.*")"
                                         << "a0 a1";
    QTest::newRow("regex alternation anchored as a whole") << R"(severity=~"crit|info")"
                                                           << "a3";
    QTest::newRow("regex alternation of full values") << R"(severity=~"critical|info")"
                                                      << "a0 a3";
    QTest::newRow("negative regex") << R"(severity!~"warn.*")"
                                    << "a0 a3";
    QTest::newRow("regex .* matches a missing label") << R"(pod=~".*")"
                                                      << "a0 a1 a2 a3";
    QTest::newRow("regex .+ needs the label") << R"(pod=~".+")"
                                              << "a1";
    QTest::newRow("two matchers are and-ed") << R"(alertname="SLOBurnRate" severity="critical")"
                                             << "a0";
    QTest::newRow("comma separated") << R"(alertname="SLOBurnRate",severity="info")"
                                     << "a3";
    QTest::newRow("PromQL braces") << R"({alertname="SLOBurnRate", severity!="info"})"
                                   << "a0";
    QTest::newRow("escaped quote in value") << R"(pod!="a\"b")"
                                            << "a0 a1 a2 a3";
    QTest::newRow("case matters in values") << R"(severity="Critical")"
                                            << "";
    QTest::newRow("@state=active") << "@state=active"
                                   << "a0 a1";
    QTest::newRow("@state=suppressed") << "@state=suppressed"
                                       << "a2 a3";
    QTest::newRow("@state union") << "@state=active|suppressed"
                                  << "a0 a1 a2 a3";
    QTest::newRow("@state=silenced") << "@state=silenced"
                                     << "a2";
    QTest::newRow("@state=inhibited") << "@state=inhibited"
                                      << "a3";
    QTest::newRow("@state!=suppressed") << "@state!=suppressed"
                                        << "a0 a1";
    QTest::newRow("@state=unprocessed: none") << "@state=unprocessed"
                                              << "";
    QTest::newRow("@age>10m: 20 min and 3 h old") << "@age>10m"
                                                  << "a0 a2";
    QTest::newRow("@age<10m: 5 min and 1 min old") << "@age<10m"
                                                   << "a1 a3";
    QTest::newRow("@age>1h30m") << "@age>1h30m"
                                << "a2";
    QTest::newRow("@age>5m is strict") << "@age>5m"
                                       << "a0 a2";
    QTest::newRow("@silenced_by=me") << "@silenced_by=me"
                                     << "a2";
    QTest::newRow("@silenced_by!=me") << "@silenced_by!=me"
                                      << "a0 a1 a3";
    QTest::newRow("@silenced_by=aiko by name") << "@silenced_by=aiko"
                                               << "a2";
    QTest::newRow("@silenced_by=~ regex") << R"(@silenced_by=~"ai.*")"
                                          << "a2";
    QTest::newRow("@receiver=pager: any receiver") << "@receiver=pager"
                                                   << "a0 a1";
    QTest::newRow("@receiver!=pager: no receiver is pager") << "@receiver!=pager"
                                                            << "a2 a3";
    QTest::newRow("@receiver=~ anchored") << R"(@receiver=~"pag")"
                                          << "";
    QTest::newRow("words and matchers together") << R"(@state=active severity="warning")"
                                                 << "a1";
}

void TestAlertFilter::matching()
{
    QFETCH(QString, filter);
    QFETCH(QString, expected);
    AlertFilter f;
    FilterError error;
    QVERIFY2(AlertFilter::compile(filter, &f, &error),
             qPrintable(QStringLiteral("%1 at %2").arg(error.message).arg(error.position)));
    QStringList got;
    const FilterContext ctx = context();
    for (const Alert &a : sampleAlerts()) {
        if (f.matches(a, ctx))
            got << a.fingerprint;
    }
    QCOMPARE(got.join(u' '), expected);
}

void TestAlertFilter::errors_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<int>("position");
    QTest::addColumn<QString>("mentions");

    QTest::newRow("no operator") << "severity" << 8 << "expected =";
    QTest::newRow("no name") << R"(="x")" << 0 << "label name";
    QTest::newRow("second term has no operator") << R"(a="1" b)" << 7 << "expected =";
    QTest::newRow("unclosed quote points at the quote") << R"(a="1", b="2)" << 9 << "not closed";
    QTest::newRow("empty bare value") << "a= b=c" << 2 << "expected a value";
    QTest::newRow("bad regex") << R"(a=~"(x")" << 3 << "regular expression";
    QTest::newRow("unknown word") << "@colour=red" << 0 << "@colour";
    QTest::newRow("unknown state") << "@state=active|sleeping" << 14 << "sleeping";
    QTest::newRow("age needs > or <") << "@age=10m" << 4 << "@age";
    QTest::newRow("age needs a duration") << "@age>soon" << 5 << "soon";
    QTest::newRow("> on a label") << "severity>3" << 8 << "@age";
    QTest::newRow("garbage after a quoted value") << R"(a="1"x)" << 5 << "space or a comma";
    QTest::newRow("missing closing brace") << R"({a="1")" << 6 << "}";
}

void TestAlertFilter::errors()
{
    QFETCH(QString, filter);
    QFETCH(int, position);
    QFETCH(QString, mentions);
    AlertFilter f;
    FilterError error;
    QVERIFY(!AlertFilter::compile(filter, &f, &error));
    QVERIFY2(error.message.contains(mentions), qPrintable(error.message));
    QCOMPARE(error.position, position);
    QVERIFY(f.isEmpty());
}

void TestAlertFilter::meUnknownMatchesNobody()
{
    AlertFilter f;
    QVERIFY(AlertFilter::compile(QStringLiteral("@silenced_by=me"), &f, nullptr));
    FilterContext ctx = context();
    ctx.me.clear();
    ctx.silenceAuthors.insert(QStringLiteral("s1"), QString()); // a silence with no author
    for (const Alert &a : sampleAlerts())
        QVERIFY(!f.matches(a, ctx));
}

QTEST_GUILESS_MAIN(TestAlertFilter)
#include "tst_alertfilter.moc"
