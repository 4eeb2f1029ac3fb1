// The Firing now tree: grouping, shared labels in the header, columns, SLO links, export, and
// the time a re-filter of 5,000 alerts takes. Expectations are reasoned from the inputs.

#include "firingalertsmodel.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QTest>
#include <QTimeZone>

using namespace sre;
using namespace sre::alerting;

namespace {

const QDateTime kNow = QDateTime(QDate(2026, 12, 6), QTime(12, 0), QTimeZone::utc());

LabelSet labels(std::initializer_list<std::pair<const char *, const char *>> pairs)
{
    LabelSet set;
    for (const auto &[k, v] : pairs)
        set.insert(QString::fromUtf8(k), QString::fromUtf8(v));
    return set;
}

Alert alert(const char *fp, LabelSet l, int minutesAgo)
{
    Alert a;
    a.fingerprint = QString::fromUtf8(fp);
    a.labels = std::move(l);
    a.startsAt = kNow.addSecs(-60 * minutesAgo);
    return a;
}

AlertSnapshot sample()
{
    AlertSnapshot s;
    // Group KubePodCrashLooping/warning: two pods in one namespace -> namespace is shared.
    s.alerts.push_back(alert("c1",
                             labels({ { "alertname", "KubePodCrashLooping" },
                                      { "severity", "warning" },
                                      { "namespace", "prod" },
                                      { "pod", "api-1" } }),
                             30));
    s.alerts.push_back(alert("c2",
                             labels({ { "alertname", "KubePodCrashLooping" },
                                      { "severity", "warning" },
                                      { "namespace", "prod" },
                                      { "pod", "api-2" } }),
                             10));
    // Group SLOBurnRate/critical: one alert, linked to payments-api/availability by Sloth labels.
    Alert burn = alert("b1",
                       labels({ { "alertname", "SLOBurnRate" },
                                { "severity", "critical" },
                                { "sloth_service", "payments-api" },
                                { "sloth_slo", "availability" } }),
                       20);
    burn.annotations.insert(QStringLiteral("summary"), QStringLiteral("budget burning"));
    s.alerts.push_back(burn);
    // A silenced node alert (silence s1 by aiko until 13:00 UTC) and one inhibited by b1.
    Alert node = alert("n1", labels({ { "alertname", "NodeDiskFull" }, { "severity", "warning" } }), 120);
    node.state = AlertState::Suppressed;
    node.silencedBy = { QStringLiteral("s1") };
    s.alerts.push_back(node);
    Alert inh = alert("i1", labels({ { "alertname", "PaymentsLatency" }, { "severity", "info" } }), 5);
    inh.state = AlertState::Suppressed;
    inh.inhibitedBy = { QStringLiteral("b1") };
    s.alerts.push_back(inh);
    Silence sil;
    sil.id = QStringLiteral("s1");
    sil.createdBy = QStringLiteral("aiko");
    sil.endsAt = kNow.addSecs(3600);
    s.silences.push_back(sil);
    return s;
}

} // namespace

class TestFiringAlerts : public QObject
{
    Q_OBJECT
private slots:
    void groupsAndSharedLabels();
    void columns();
    void groupByOtherLabel();
    void filterKeepsModelValid();
    void sloLinks_data();
    void sloLinks();
    void exports();
    void refilterFiveThousand();
};

void TestFiringAlerts::groupsAndSharedLabels()
{
    FiringAlertsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setNow(kNow);
    model.setSnapshot(sample());
    // Groups, worst severity first, then earliest: critical burn; warnings node (120 min) before
    // crash loop (30 min); info last.
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.index(0, FiringAlertsModel::Summary).data().toString(),
             QStringLiteral("SLOBurnRate · critical (1 alert(s))"));
    QVERIFY(model.index(1, FiringAlertsModel::Summary).data().toString().startsWith(u"NodeDiskFull"));
    const QModelIndex crash = model.index(2, 0);
    QCOMPARE(model.index(2, FiringAlertsModel::Summary).data().toString(),
             QStringLiteral("KubePodCrashLooping · warning (2 alert(s))"));
    QCOMPARE(model.rowCount(crash), 2);
    // Shared labels in the header (alertname/severity are already in the key), the rest per alert.
    QCOMPARE(model.index(2, FiringAlertsModel::Labels).data().toString(), QStringLiteral("namespace=prod"));
    QCOMPARE(model.index(0, FiringAlertsModel::Labels, crash).data().toString(), QStringLiteral("pod=api-1"));
    QCOMPARE(model.index(1, FiringAlertsModel::Labels, crash).data().toString(), QStringLiteral("pod=api-2"));
    QCOMPARE(model.index(0, 0, crash).data(IdRole).toString(), QStringLiteral("c1")); // oldest first
    QCOMPARE(model.index(2, 0).data(FiringAlertsModel::FingerprintsRole).toStringList(),
             (QStringList { QStringLiteral("c1"), QStringLiteral("c2") }));
    QCOMPARE(model.visibleAlertCount(), 5);
}

void TestFiringAlerts::columns()
{
    FiringAlertsModel model;
    model.setNow(kNow);
    model.setTimeZone(QTimeZone(QByteArrayLiteral("Asia/Tokyo")));
    model.setSnapshot(sample());
    const QModelIndex burn = model.index(0, 0, model.index(0, 0));
    QCOMPARE(burn.siblingAtColumn(FiringAlertsModel::Severity).data().toString(), QStringLiteral("▲ critical"));
    QCOMPARE(burn.siblingAtColumn(FiringAlertsModel::Summary).data().toString(),
             QStringLiteral("SLOBurnRate — budget burning"));
    // 11:40 UTC is 20:40 in Tokyo (UTC+9, no DST); the tooltip keeps UTC.
    QCOMPARE(burn.siblingAtColumn(FiringAlertsModel::Since).data().toString(), QStringLiteral("2026-12-06 20:40"));
    QCOMPARE(burn.siblingAtColumn(FiringAlertsModel::Since).data(Qt::ToolTipRole).toString(),
             QStringLiteral("2026-12-06T11:40:00Z"));
    QCOMPARE(burn.siblingAtColumn(FiringAlertsModel::State).data().toString(), QStringLiteral("active"));
    const QModelIndex node = model.index(0, 0, model.index(1, 0));
    // s1 ends 13:00 UTC = 22:00 Tokyo.
    QCOMPARE(node.siblingAtColumn(FiringAlertsModel::State).data().toString(),
             QStringLiteral("silenced by aiko until 2026-12-06 22:00"));
    const QModelIndex inh = model.index(0, 0, model.index(3, 0));
    QCOMPARE(inh.siblingAtColumn(FiringAlertsModel::State).data().toString(),
             QStringLiteral("inhibited by SLOBurnRate"));
    QCOMPARE(inh.siblingAtColumn(FiringAlertsModel::Severity).data().toString(), QStringLiteral("● info"));
    QCOMPARE(model.index(1, FiringAlertsModel::State).data().toString(), QStringLiteral("1 silenced"));

    QHash<QString, AlertRunbook> runbooks;
    runbooks.insert(
        FiringAlertsModel::runbookKey(sample().alerts[2]),
        AlertRunbook { QStringLiteral("/rb/slo.md"), QStringLiteral("burn"), QStringLiteral("slo.md"), {} });
    model.setRunbooks(runbooks);
    QCOMPARE(burn.siblingAtColumn(FiringAlertsModel::Runbook).data().toString(), QStringLiteral("slo.md"));
    QCOMPARE(burn.data(FiringAlertsModel::RunbookFileRole).toString(), QStringLiteral("/rb/slo.md#burn"));
}

void TestFiringAlerts::groupByOtherLabel()
{
    FiringAlertsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSnapshot(sample());
    model.setGroupBy({ QStringLiteral("namespace") });
    // namespace=prod (2 crash loops) and namespace missing (3 others) -> two groups; the
    // missing-namespace group holds a critical, so it comes first.
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.rowCount(model.index(0, 0)), 3);
    QCOMPARE(model.rowCount(model.index(1, 0)), 2);
    QCOMPARE(model.index(1, FiringAlertsModel::Labels).data().toString(), QStringLiteral("namespace=prod"));
}

void TestFiringAlerts::filterKeepsModelValid()
{
    FiringAlertsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setNow(kNow);
    model.setMe(QStringLiteral("aiko"));
    model.setSnapshot(sample());
    AlertFilter f;
    QVERIFY(AlertFilter::compile(QStringLiteral("@silenced_by=me"), &f, nullptr));
    model.setFilter(f);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, 0, model.index(0, 0)).data(IdRole).toString(), QStringLiteral("n1"));
    QVERIFY(AlertFilter::compile(QStringLiteral(R"(pod="api-2")"), &f, nullptr));
    model.setFilter(f);
    QCOMPARE(model.rowCount(), 1);
    // With one alert left in the group, its pod is "shared" and moves to the header.
    QCOMPARE(model.index(0, FiringAlertsModel::Labels).data().toString(), QStringLiteral("namespace=prod, pod=api-2"));
    model.setFilter(AlertFilter());
    QCOMPARE(model.visibleAlertCount(), 5);
}

void TestFiringAlerts::sloLinks_data()
{
    QTest::addColumn<LabelSet>("alertLabels");
    QTest::addColumn<QString>("slo");
    QTest::newRow("sloth service+slo") << labels({ { "sloth_service", "checkout" }, { "sloth_slo", "latency" } })
                                       << "checkout/latency";
    QTest::newRow("sloth_id is service-slo")
        << labels({ { "sloth_id", "checkout-availability" } }) << "checkout/availability";
    QTest::newRow("pyrra slo name with service")
        << labels({ { "slo", "latency" }, { "service", "checkout" } }) << "checkout/latency";
    QTest::newRow("slo id") << labels({ { "slo", "payments-api/availability" } }) << "payments-api/availability";
    QTest::newRow("service only: its first SLO") << labels({ { "service", "checkout" } }) << "checkout/availability";
    QTest::newRow("unknown service") << labels({ { "service", "search" } }) << "";
    QTest::newRow("no SLO labels") << labels({ { "alertname", "X" } }) << "";
}

void TestFiringAlerts::sloLinks()
{
    QFETCH(LabelSet, alertLabels);
    QFETCH(QString, slo);
    const std::vector<SloLink> slos {
        { QStringLiteral("checkout/availability"), QStringLiteral("checkout"), QStringLiteral("availability"), {}, {} },
        { QStringLiteral("checkout/latency"), QStringLiteral("checkout"), QStringLiteral("latency"), {}, {} },
        { QStringLiteral("payments-api/availability"), QStringLiteral("payments-api"), QStringLiteral("availability"),
          0.42, 14.4 },
    };
    const SloLink *found = FiringAlertsModel::sloOf(alertLabels, slos);
    QCOMPARE(found ? found->id : QString(), slo);
}

void TestFiringAlerts::exports()
{
    FiringAlertsModel model;
    model.setNow(kNow);
    AlertSnapshot s = sample();
    s.alerts[2].annotations.insert(QStringLiteral("summary"), QStringLiteral("burning, \"fast\" | now"));
    model.setSnapshot(s);
    model.setSlos({ { QStringLiteral("payments-api/availability"), QStringLiteral("payments-api"),
                      QStringLiteral("availability"), 0.42, 14.4 } });
    const QModelIndex burn = model.index(0, 0, model.index(0, 0));
    QCOMPARE(burn.siblingAtColumn(FiringAlertsModel::Slo).data().toString(),
             QStringLiteral("payments-api/availability 42.0% left burn 14.4×"));
    const QString csv = model.toCsv();
    QCOMPARE(csv.count(u'\n'), 1 + 5); // header + one line per alert
    QVERIFY(csv.contains(QStringLiteral("\"SLOBurnRate — burning, \"\"fast\"\" | now\"")));
    const QString md = model.toMarkdown({ model.index(0, 0) });
    const QStringList lines = md.trimmed().split(u'\n');
    QCOMPARE(lines.size(), 2 + 2); // header, rule, group, its alert
    QVERIFY(lines[3].contains(QStringLiteral("↳ SLOBurnRate — burning, \"fast\" \\| now")));
}

void TestFiringAlerts::refilterFiveThousand()
{
    AlertSnapshot s;
    const char *sev[] = { "critical", "warning", "info" };
    for (int i = 0; i < 5000; ++i) {
        Alert a;
        a.fingerprint = QString::number(i, 16);
        a.labels.insert(QStringLiteral("alertname"), QStringLiteral("Alert%1").arg(i % 50));
        a.labels.insert(QStringLiteral("severity"), QString::fromUtf8(sev[i % 3]));
        a.labels.insert(QStringLiteral("namespace"), QStringLiteral("ns-%1").arg(i % 40));
        a.labels.insert(QStringLiteral("pod"), QStringLiteral("pod-%1").arg(i));
        a.labels.insert(QStringLiteral("instance"), QStringLiteral("10.0.%1.%2:9100").arg(i / 250).arg(i % 250));
        a.startsAt = kNow.addSecs(-i);
        s.alerts.push_back(a);
    }
    FiringAlertsModel model;
    model.setNow(kNow);
    model.setSnapshot(s);
    QCOMPARE(model.visibleAlertCount(), 5000);
    const QStringList filters { QStringLiteral("n"), QStringLiteral("namespace=~\"ns-1.*\""),
                                QStringLiteral("namespace=~\"ns-1.*\" severity!=\"info\""), QStringLiteral("@age>30m"),
                                QString() };
    std::vector<qint64> micros;
    for (int round = 0; round < 8; ++round) {
        for (const QString &text : filters) {
            AlertFilter f;
            QElapsedTimer t;
            t.start();
            if (AlertFilter::compile(text, &f, nullptr))
                model.setFilter(f);
            micros.push_back(t.nsecsElapsed() / 1000);
        }
    }
    std::sort(micros.begin(), micros.end());
    const qint64 p95 = micros[micros.size() * 95 / 100];
    qInfo("re-filter of 5,000 alerts: p95 %lld µs (budget 16,000 µs)", p95);
    // ns-1, ns-10..ns-19 are 11 of 40 namespaces, 125 alerts each.
    AlertFilter f;
    QVERIFY(AlertFilter::compile(QStringLiteral("namespace=~\"ns-1.*\""), &f, nullptr));
    model.setFilter(f);
    QCOMPARE(model.visibleAlertCount(), 11 * 125);
    // The 16 ms figure is a goal measured on a quiet machine (the issue's bench_alerts); a test on
    // two shared cores only catches a gross slowdown (it measured 11-13 ms quiet, 20+ ms loaded).
    QVERIFY2(p95 < 100000 * SRE_TEST_SLOWDOWN, "re-filtering 5,000 alerts took over 100 ms (p95)");
}

QTEST_MAIN(TestFiringAlerts)
#include "tst_firingalerts.moc"
