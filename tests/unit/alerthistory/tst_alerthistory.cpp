// Expected figures are computed here from each test's own list of runs (start, minutes), by the
// rules written in alerthistory.h, never read back from the code under test.
#include "alerthistory.h"
#include "noisiestalertsmodel.h"
#include "seenbefore.h"

#include <QAbstractItemModelTester>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace sre::alerting;

namespace {

constexpr qint64 kStep = 60;
// 2026-10-05T00:00:00Z, a Monday; Tokyo is UTC+9 all year.
constexpr qint64 kT0 = 1791158400;

struct Run
{
    qint64 start; // Unix seconds, a multiple of the step
    int minutes; // samples, one a minute
};

// The series a query_range of count_over_time(ALERTS[59.999s]) returns for runs of samples.
sre::prom::Series seriesOf(const QString &name, QMap<QString, QString> labels, const QList<Run> &runs)
{
    sre::prom::Series s;
    labels.insert(QStringLiteral("alertname"), name);
    labels.insert(QStringLiteral("alertstate"), QStringLiteral("firing"));
    s.labels = labels;
    for (const Run &r : runs)
        for (int i = 0; i < r.minutes; ++i) {
            s.timestamps.push_back(double(r.start + i * kStep));
            s.values.push_back(1);
        }
    return s;
}

qint64 medianOf(QList<qint64> v)
{
    std::sort(v.begin(), v.end());
    const qsizetype n = v.size();
    return n == 0 ? 0 : n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

} // namespace

class TestAlertHistory : public QObject
{
    Q_OBJECT
private slots:
    void firings_data();
    void firings();
    void figures();
    void nightAndHoursInTokyo();
    void clippedFiringsAreNotShort();
    void activeSinceOnlyForClippedFirings();
    void mergesSeriesAndSorts();
    void query();
    void mentions_data();
    void mentions();
    void seenBefore();
    void model();
};

void TestAlertHistory::firings_data()
{
    QTest::addColumn<QList<double>>("times");
    QTest::addColumn<qint64>("from");
    QTest::addColumn<qint64>("to");
    QTest::addColumn<QList<qint64>>("expected"); // start, end, clippedStart, ongoing per firing

    const qint64 f = kT0, t = kT0 + 86400;
    QTest::newRow("one run of 5 points is 5 minutes")
        << QList<double> { double(f + 600), double(f + 660), double(f + 720), double(f + 780), double(f + 840) } << f
        << t << QList<qint64> { f + 600, f + 900, 0, 0 };
    QTest::newRow("a gap of 2 steps (one missed evaluation) does not end a firing")
        << QList<double> { double(f + 600), double(f + 720) } << f << t << QList<qint64> { f + 600, f + 780, 0, 0 };
    QTest::newRow("a gap of 3 steps ends it") << QList<double> { double(f + 600), double(f + 780) } << f << t
                                              << QList<qint64> { f + 600, f + 660, 0, 0, f + 780, f + 840, 0, 0 };
    QTest::newRow("firing at the period's start is clipped")
        << QList<double> { double(f), double(f + 60) } << f << t << QList<qint64> { f, f + 120, 1, 0 };
    QTest::newRow("firing at the period's end is ongoing")
        << QList<double> { double(t - 60), double(t) } << f << t << QList<qint64> { t - 60, t, 0, 1 };
    QTest::newRow("robustness: no points") << QList<double> {} << f << t << QList<qint64> {};
}

void TestAlertHistory::firings()
{
    QFETCH(QList<double>, times);
    QFETCH(qint64, from);
    QFETCH(qint64, to);
    QFETCH(QList<qint64>, expected);
    const std::vector<Firing> got = firingsFromPoints(std::vector<double>(times.begin(), times.end()), kStep, from, to);
    QCOMPARE(qsizetype(got.size()) * 4, expected.size());
    for (size_t i = 0; i < got.size(); ++i) {
        QCOMPARE(got[i].start, expected[qsizetype(i) * 4]);
        QCOMPARE(got[i].end, expected[qsizetype(i) * 4 + 1]);
        QCOMPARE(got[i].clippedStart, expected[qsizetype(i) * 4 + 2] != 0);
        QCOMPARE(got[i].ongoing, expected[qsizetype(i) * 4 + 3] != 0);
    }
}

void TestAlertHistory::figures()
{
    // 5, 20 and 40 minutes; the 20-minute run re-fires 10 minutes after the 5-minute one resolved,
    // the 40-minute one starts 3 hours later; then a 9-minute one 45 minutes after that.
    QList<Run> runs;
    runs << Run { kT0 + 3600, 5 };
    runs << Run { runs.last().start + runs.last().minutes * 60 + 600, 20 };
    runs << Run { runs.last().start + runs.last().minutes * 60 + 3 * 3600, 40 };
    runs << Run { runs.last().start + runs.last().minutes * 60 + 45 * 60, 9 };
    const qint64 from = kT0, to = kT0 + 7 * 86400;
    const AlertHistory h
        = computeAlertHistory({ seriesOf(QStringLiteral("HighLatency"), {}, runs) }, from, to, kStep, QTimeZone::utc());
    QCOMPARE(h.rows.size(), size_t(1));
    const AlertHistoryRow &row = h.rows.front();

    QList<qint64> durations;
    qint64 total = 0;
    int shortOnes = 0, refires = 0;
    for (qsizetype i = 0; i < runs.size(); ++i) {
        durations << runs[i].minutes * 60;
        total += runs[i].minutes * 60;
        shortOnes += runs[i].minutes < 10;
        if (i > 0 && runs[i].start - (runs[i - 1].start + runs[i - 1].minutes * 60) <= 30 * 60)
            ++refires;
    }
    QCOMPARE(row.firingCount(), int(runs.size()));
    for (qsizetype i = 0; i < runs.size(); ++i) {
        QCOMPARE(row.firings[size_t(i)].start, runs[i].start);
        QCOMPARE(row.firings[size_t(i)].duration(), qint64(runs[i].minutes) * 60);
    }
    QCOMPARE(row.totalSeconds, total);
    QCOMPARE(row.medianSeconds, medianOf(durations));
    QCOMPARE(row.shortFirings, shortOnes);
    QCOMPARE(row.refires, refires);
    QCOMPARE(row.flapScore(), 2 + 1); // 5 and 9 minutes short; one re-fire
    QCOMPARE(row.flapScore(), shortOnes + refires);
    QCOMPARE(row.pagesPerWeek, double(runs.size())); // the period is one week
    QCOMPARE(row.lastFired(), runs.last().start);
}

void TestAlertHistory::nightAndHoursInTokyo()
{
    // 13:00Z = 22:00 Tokyo (night), 21:30Z = 06:30 (night), 22:00Z = 07:00 (day), 03:00Z = 12:00.
    const QList<Run> runs { { kT0 + 13 * 3600, 30 },
                            { kT0 + 86400 + 21 * 3600 + 1800, 60 },
                            { kT0 + 3 * 86400 + 22 * 3600, 15 },
                            { kT0 + 4 * 86400 + 3 * 3600, 120 } };
    const QTimeZone tokyo("Asia/Tokyo");
    const AlertHistory h
        = computeAlertHistory({ seriesOf(QStringLiteral("DiskFull"), {}, runs) }, kT0, kT0 + 14 * 86400, kStep, tokyo);
    QCOMPARE(h.rows.size(), size_t(1));
    const AlertHistoryRow &row = h.rows.front();
    QCOMPARE(row.nightPages, 2);
    QCOMPARE(row.pagesPerWeek, 2.0); // 4 firings in 2 weeks
    std::array<int, 24> starts {};
    std::array<qint64, 24> seconds {};
    for (const Run &r : runs) {
        ++starts[size_t((r.start / 3600 + 9) % 24)];
        for (int m = 0; m < r.minutes; ++m)
            seconds[size_t(((r.start + m * 60) / 3600 + 9) % 24)] += 60;
    }
    QCOMPARE(row.startsByHour, starts);
    QCOMPARE(row.secondsByHour, seconds);
    QCOMPARE(seconds[6], qint64(1800)); // 06:30-07:00 of the second run
    QCOMPARE(seconds[7], qint64(1800 + 15 * 60)); // 07:00-07:30 of the second run, and the third
}

void TestAlertHistory::clippedFiringsAreNotShort()
{
    // 3 minutes at the period's start (began earlier), 4 at its end (still firing), 2 inside.
    const qint64 from = kT0, to = kT0 + 86400;
    const AlertHistory h = computeAlertHistory(
        { seriesOf(QStringLiteral("Edge"), {}, { { from, 3 }, { from + 3600, 2 }, { to - 180, 4 } }) }, from, to, kStep,
        QTimeZone::utc());
    QCOMPARE(h.rows.size(), size_t(1));
    const AlertHistoryRow &row = h.rows.front();
    QCOMPARE(row.firingCount(), 3);
    QVERIFY(row.firings.front().clippedStart);
    QVERIFY(row.firings.back().ongoing);
    QCOMPARE(row.firings.back().end, to); // the point at `to` is cut at the period's end
    QCOMPARE(row.shortFirings, 1); // only the 2-minute one inside the period
    QCOMPARE(row.totalSeconds, qint64(3 * 60 + 2 * 60 + 3 * 60));
}

// ALERTS_FOR_STATE at the period's start gives a clipped first firing its activeAt; a series
// matches its row by alertname and every other label; firings inside the period, other label sets,
// NaN and a time after the period's start (not an activeAt of a firing under way) give nothing.
void TestAlertHistory::activeSinceOnlyForClippedFirings()
{
    const qint64 from = kT0, to = kT0 + 86400;
    const QMap<QString, QString> a { { QStringLiteral("instance"), QStringLiteral("a") } };
    const QMap<QString, QString> b { { QStringLiteral("instance"), QStringLiteral("b") } };
    const QMap<QString, QString> c { { QStringLiteral("instance"), QStringLiteral("c") } };
    AlertHistory h = computeAlertHistory({ seriesOf(QStringLiteral("Down"), a, { { from, 3 }, { from + 3600, 2 } }),
                                           seriesOf(QStringLiteral("Down"), b, { { from + 600, 5 } }),
                                           seriesOf(QStringLiteral("Down"), c, { { from, 4 } }),
                                           seriesOf(QStringLiteral("Slow"), a, { { from, 2 } }) },
                                         from, to, kStep, QTimeZone::utc());
    QCOMPARE(h.rows.size(), size_t(4));
    const auto forState = [](const QString &name, QMap<QString, QString> labels, double value) {
        sre::prom::Series s;
        labels.insert(QStringLiteral("alertname"), name);
        labels.insert(QStringLiteral("__name__"), QStringLiteral("ALERTS_FOR_STATE"));
        s.labels = labels;
        s.timestamps = { double(kT0) };
        s.values = { value };
        return s;
    };
    applyActiveSince(h,
                     { forState(QStringLiteral("Down"), a, double(from - 7200)),
                       forState(QStringLiteral("Down"), b, double(from - 60)), // not clipped
                       forState(QStringLiteral("Down"), c, double(from + 60)), // after the start
                       forState(QStringLiteral("Slow"), a, std::nan("")),
                       forState(QStringLiteral("Gone"), a, double(from - 60)) }); // no such row
    const auto row = [&](const QString &name, const QMap<QString, QString> &labels) -> const AlertHistoryRow & {
        for (const AlertHistoryRow &r : h.rows)
            if (r.alertname == name && r.labels == labels)
                return r;
        return h.rows.front();
    };
    const AlertHistoryRow &downA = row(QStringLiteral("Down"), a);
    QCOMPARE(downA.labels, a);
    QVERIFY(downA.firings[0].clippedStart);
    QCOMPARE(downA.firings[0].activeSince, from - 7200);
    QCOMPARE(downA.firings[0].start, from); // the figures stay clipped to the period
    QCOMPARE(downA.firings[1].activeSince, qint64(0));
    QCOMPARE(row(QStringLiteral("Down"), b).firings[0].activeSince, qint64(0));
    QCOMPARE(row(QStringLiteral("Down"), b).labels, b);
    QCOMPARE(row(QStringLiteral("Down"), c).firings[0].activeSince, qint64(0));
    QCOMPARE(row(QStringLiteral("Down"), c).labels, c);
    QCOMPARE(row(QStringLiteral("Slow"), a).firings[0].activeSince, qint64(0));
    QCOMPARE(row(QStringLiteral("Slow"), a).alertname, QStringLiteral("Slow"));

    AlertHistoryRequest r;
    QCOMPARE(alertsForStateQuery(r), QStringLiteral("ALERTS_FOR_STATE{}"));
    r.matchers = QStringLiteral(" alertname=\"X\" ");
    QCOMPARE(alertsForStateQuery(r), QStringLiteral("ALERTS_FOR_STATE{alertname=\"X\"}"));
}

void TestAlertHistory::mergesSeriesAndSorts()
{
    const QMap<QString, QString> a { { QStringLiteral("instance"), QStringLiteral("a") } };
    const QMap<QString, QString> b { { QStringLiteral("instance"), QStringLiteral("b") } };
    // The same alert and labels twice (e.g. two replicas) is one row; overlapping points count once.
    const std::vector<sre::prom::Series> series { seriesOf(QStringLiteral("Down"), a, { { kT0, 10 } }),
                                                  seriesOf(QStringLiteral("Down"), a, { { kT0 + 300, 10 } }),
                                                  seriesOf(QStringLiteral("Down"), b, { { kT0 + 3600, 1 } }),
                                                  seriesOf(QStringLiteral("Down"), b, { { kT0 + 7200, 1 } }),
                                                  seriesOf(QStringLiteral("Quiet"), {}, {}) };
    const AlertHistory h = computeAlertHistory(series, kT0 - 60, kT0 + 86400, kStep, QTimeZone::utc());
    QCOMPARE(h.rows.size(), size_t(2)); // no firing, no row
    QCOMPARE(h.rows[0].labels, b); // two pages first
    QCOMPARE(h.rows[0].firingCount(), 2);
    QCOMPARE(h.rows[1].firingCount(), 1);
    QCOMPARE(h.rows[1].totalSeconds, qint64(15 * 60));
    QCOMPARE(h.rows[1].seriesText(), QStringLiteral("Down{instance=\"a\"}"));
    QCOMPARE(h.rowsFor(QStringLiteral("Down")).size(), size_t(2));
}

void TestAlertHistory::query()
{
    AlertHistoryRequest r;
    r.step = 60;
    QCOMPARE(alertHistoryQuery(r), QStringLiteral("count_over_time(ALERTS{alertstate=\"firing\"}[59999ms])"));
    r.matchers = QStringLiteral("alertname=\"X\"");
    QCOMPARE(alertHistoryQuery(r),
             QStringLiteral("count_over_time(ALERTS{alertstate=\"firing\", alertname=\"X\"}[59999ms])"));
}

void TestAlertHistory::mentions_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("found");
    QTest::newRow("alone") << QStringLiteral("TargetDown") << true;
    QTest::newRow("in a sentence") << QStringLiteral("14:35 TargetDown fired (PagerDuty)") << true;
    QTest::newRow("in backticks") << QStringLiteral("the `TargetDown` alert") << true;
    QTest::newRow("longer name") << QStringLiteral("TargetDownTime fired") << false;
    QTest::newRow("prefixed name") << QStringLiteral("KubeTargetDown fired") << false;
    QTest::newRow("other case") << QStringLiteral("targetdown") << false;
    QTest::newRow("second occurrence counts") << QStringLiteral("XTargetDown and TargetDown") << true;
}

void TestAlertHistory::mentions()
{
    QFETCH(QString, text);
    QFETCH(bool, found);
    QCOMPARE(mentionsName(text, QStringLiteral("TargetDown")), found);
}

void TestAlertHistory::seenBefore()
{
    auto pm = [](const char *text) {
        return sre::pm::parsePostmortem(QByteArray(text), QStringLiteral("/w/x.md")).postmortem;
    };
    SeenBeforeInput in;
    in.alertname = QStringLiteral("DbPoolSaturation");
    in.labels = { { QStringLiteral("alertname"), QStringLiteral("DbPoolSaturation") },
                  { QStringLiteral("service"), QStringLiteral("api") } };
    in.postmortems.push_back(
        pm("---\nid: INC-1\nstarted: 2026-01-01T00:00:00Z\nalerts: [DbPoolSaturation]\n---\n"
           "# One\n## Action items\n| Action | Owner | Due | Priority | Status |\n|---|---|---|---|---|\n"
           "| add a dashboard | a | 2026-02-01 | P1 | Done |\n| raise the pool | b | 2026-02-01 | P0 | Open |\n"));
    in.postmortems.push_back(pm("---\nid: INC-2\nstarted: 2026-02-01T00:00:00Z\n---\n# Two\n## Timeline\n"
                                "| Time | Event | Action |\n|---|---|---|\n| 10:00 | DbPoolSaturation fired | - |\n"));
    in.postmortems.push_back(pm("---\nid: INC-3\nstarted: 2026-03-01T00:00:00Z\nservices: [api]\n---\n# Three\n"));
    in.postmortems.push_back(pm("---\nid: INC-4\nstarted: 2026-04-01T00:00:00Z\nservices: [web]\n---\n# Four\n"
                                "We saw DbPoolSaturationX only.\n"));
    in.postmortems.push_back(
        pm("---\nid: INC-5\nstarted: 2026-05-01T00:00:00Z\n---\n# Five\nThe DbPoolSaturation page.\n"));
    AlertHistory history;
    history.from = kT0 - 30 * 86400;
    history.to = kT0;
    history.rows = computeAlertHistory({ seriesOf(in.alertname, {}, { { kT0 - 86400, 10 }, { kT0 - 3600, 3 } }) },
                                       history.from, history.to, kStep, QTimeZone::utc())
                       .rows;
    in.history = &history;
    const SeenBefore s = computeSeenBefore(in);
    QCOMPARE(s.services, QStringList { QStringLiteral("api") });
    QVERIFY(s.historyKnown);
    QCOMPARE(s.firings, 2);
    QCOMPARE(s.lastFired, kT0 - 3600);
    QStringList ids;
    for (const SeenPostmortem &p : s.postmortems)
        ids << p.id;
    QCOMPARE(ids,
             (QStringList { QStringLiteral("INC-1"), QStringLiteral("INC-2"), QStringLiteral("INC-5"),
                            QStringLiteral("INC-3") }));
    QCOMPARE(s.postmortems[0].connections, QList<Connection> { Connection::FrontMatter });
    QCOMPARE(s.postmortems[0].openActionItems.size(), qsizetype(1));
    QCOMPARE(s.postmortems[0].openActionItems[0].action, QStringLiteral("raise the pool"));
    QCOMPARE(s.postmortems[1].connections, QList<Connection> { Connection::Timeline });
    QCOMPARE(s.postmortems[2].connections, QList<Connection> { Connection::Text });
    QCOMPARE(s.postmortems[3].connections, QList<Connection> { Connection::Service });
}

void TestAlertHistory::model()
{
    const QMap<QString, QString> a { { QStringLiteral("instance"), QStringLiteral("a") },
                                     { QStringLiteral("severity"), QStringLiteral("page") } };
    const AlertHistory h = computeAlertHistory(
        { seriesOf(QStringLiteral("A"), a, { { kT0 + 23 * 3600, 5 } }),
          seriesOf(QStringLiteral("B"), {}, { { kT0 + 3600 * 12, 5 }, { kT0 + 86400 + 3600 * 12, 50 } }) },
        kT0, kT0 + 7 * 86400, kStep, QTimeZone::utc());
    sre::NoisiestAlertsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setHistory(h);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, sre::NoisiestAlertsModel::Alert).data().toString(), QStringLiteral("B"));
    QCOMPARE(model.index(1, sre::NoisiestAlertsModel::Labels).data().toString(), QStringLiteral("instance=a"));
    QCOMPARE(model.index(1, sre::NoisiestAlertsModel::Severity).data().toString(), QStringLiteral("page"));
    QCOMPARE(model.index(0, sre::NoisiestAlertsModel::TotalFiring).data().toString(), QStringLiteral("55m"));
    QCOMPARE(model.index(0, sre::NoisiestAlertsModel::TotalFiring).data(sre::SortRole).toLongLong(),
             qlonglong(55 * 60));
    QCOMPARE(model.index(0, 0).data(sre::NoisiestAlertsModel::FiringsRole).toList().size(), qsizetype(2));
    QCOMPARE(model.index(0, 0).data(sre::NoisiestAlertsModel::StartsByHourRole).toList().at(12).toInt(), 2);

    // Sorted by night-time pages through a proxy, the night alert comes first.
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(sre::SortRole);
    proxy.sort(sre::NoisiestAlertsModel::NightPages, Qt::DescendingOrder);
    QCOMPARE(proxy.index(0, sre::NoisiestAlertsModel::Alert).data().toString(), QStringLiteral("A"));
    proxy.sort(sre::NoisiestAlertsModel::PagesPerWeek, Qt::DescendingOrder);
    QCOMPARE(proxy.index(0, sre::NoisiestAlertsModel::Alert).data().toString(), QStringLiteral("B"));

    model.setHistory({});
    QCOMPARE(model.rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestAlertHistory)
#include "tst_alerthistory.moc"
