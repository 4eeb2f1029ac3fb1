// models/reports without a server: the interval arithmetic on synthetic buckets (expected values
// summed here directly from the buckets), the budget window an incident spends, and writing the
// generated impact block into a postmortem.
#include "budgetreport.h"
#include "incidentimpact.h"
#include "intervalimpact.h"
#include "reportperiod.h"

#include <QTest>
#include <QTimeZone>

using namespace sre;
using namespace std::chrono_literals;

namespace {
constexpr qint64 kStep = 300;

// Buckets of 5 minutes from `start`: bad = i % 7, total = 100 + i.
slo::EventSeries series(qint64 start, int count)
{
    std::vector<slo::EventBucket> buckets;
    for (int i = 0; i < count; ++i)
        buckets.push_back({ start + i * kStep, double(i % 7), double(100 + i) });
    return slo::EventSeries(std::chrono::seconds(kStep), buckets);
}

std::pair<double, double> sumBuckets(qint64 seriesStart, int count, qint64 from, qint64 to)
{
    double bad = 0, total = 0;
    for (int i = 0; i < count; ++i) {
        const qint64 s = seriesStart + i * kStep;
        if (s >= from && s + kStep <= to) {
            bad += i % 7;
            total += 100 + i;
        }
    }
    return { bad, total };
}

qint64 utc(int y, int mo, int d, int h, int mi)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi), QTimeZone::utc()).toSecsSinceEpoch();
}

slo::SloSpec spec(double objective, std::optional<slo::CalendarWindow> calendar = {})
{
    slo::SloSpec s;
    s.service = QStringLiteral("svc");
    s.name = QStringLiteral("availability");
    s.objective = objective;
    s.window = 30 * 24h;
    s.calendar = calendar;
    return s;
}

const QByteArray kEnglish = "---\n"
                            "id: INC-1\n"
                            "title: T\n"
                            "started: 2026-10-10T14:32:00Z\n"
                            "resolved: 2026-10-10T15:47:00Z\n"
                            "slos: [svc/availability]\n"
                            "---\n"
                            "## Summary\n"
                            "\n"
                            "Text.\n"
                            "\n"
                            "## Impact\n"
                            "\n"
                            "- Users could not pay.\n"
                            "\n"
                            "## Timeline\n"
                            "\n"
                            "| Time (UTC) | Event | Action |\n"
                            "|---|---|---|\n"
                            "| 14:32 | x | y |\n";
} // namespace

class TestReports : public QObject
{
    Q_OBJECT
private slots:
    void roundOutward_data();
    void roundOutward();
    void intervalCounts_data();
    void intervalCounts();
    void budgetWindowOfAnIncident_data();
    void budgetWindowOfAnIncident();
    void reportPeriods();
    void incidentSpanAndLinks();
    void impactBlockIsReplacedNotRepeated();
    void impactSectionCreatedWhenMissing();
    void japaneseWording();
};

void TestReports::roundOutward_data()
{
    QTest::addColumn<qint64>("from");
    QTest::addColumn<qint64>("to");
    QTest::addColumn<qint64>("expectedFrom");
    QTest::addColumn<qint64>("expectedTo");
    const qint64 t = utc(2026, 10, 10, 14, 30);
    QTest::newRow("aligned edges stay") << t << t + 3600 << t << t + 3600;
    QTest::newRow("14:32-15:47 counts 14:30-15:50") << t + 120 << t + 77 * 60 << t << t + 80 * 60;
    QTest::newRow("one second past a boundary takes the next bucket") << t + 1 << t + 301 << t << t + 600;
    QTest::newRow("an empty interval inside a bucket is that bucket") << t + 60 << t + 60 << t << t + 300;
}

void TestReports::roundOutward()
{
    QFETCH(qint64, from);
    QFETCH(qint64, to);
    QFETCH(qint64, expectedFrom);
    QFETCH(qint64, expectedTo);
    const slo::TimeRange r = reports::roundOutward({ from, to }, 300s);
    QCOMPARE(r.start, expectedFrom);
    QCOMPARE(r.end, expectedTo);
}

void TestReports::intervalCounts_data()
{
    QTest::addColumn<qint64>("from");
    QTest::addColumn<qint64>("to");
    const qint64 t0 = utc(2026, 10, 1, 0, 0);
    QTest::newRow("whole buckets") << t0 + 10 * kStep << t0 + 30 * kStep;
    QTest::newRow("ragged edges") << t0 + 10 * kStep + 17 << t0 + 30 * kStep - 200;
    QTest::newRow("starts before the window: clipped") << t0 - 5000 << t0 + 4 * kStep;
    QTest::newRow("a single bucket") << t0 + 7 * kStep + 1 << t0 + 7 * kStep + 2;
}

void TestReports::intervalCounts()
{
    QFETCH(qint64, from);
    QFETCH(qint64, to);
    const qint64 t0 = utc(2026, 10, 1, 0, 0);
    const int n = 288; // one day
    const slo::EventSeries s = series(t0, n);
    const slo::TimeRange window { t0, t0 + n * kStep };
    const reports::IntervalImpact i = reports::intervalImpact(spec(0.99), s, { from, to }, window, 24h);

    const qint64 countedFrom = std::max(window.start, from - ((from % kStep) + kStep) % kStep);
    const qint64 countedTo = to % kStep == 0 ? to : to - to % kStep + kStep;
    QCOMPARE(i.counted.start, countedFrom);
    QCOMPARE(i.counted.end, countedTo);
    const auto [bad, total] = sumBuckets(t0, n, countedFrom, countedTo);
    QCOMPARE(i.badEvents, bad);
    QCOMPARE(i.totalEvents, total);
    const auto [windowBad, windowTotal] = sumBuckets(t0, n, window.start, window.end);
    QCOMPARE(i.windowTotalEvents, windowTotal);
    QCOMPARE(i.windowBadEvents, windowBad);
    QVERIFY(qFuzzyCompare(i.allowedBadEvents, 0.01 * windowTotal));
    QVERIFY(i.budgetShare.has_value());
    QVERIFY(qFuzzyCompare(*i.budgetShare, bad / (0.01 * windowTotal)));
    QCOMPARE(i.budgetLength, 24h);
    QVERIFY(!i.windowDataFrom);
    // A budget window that starts before the first bucket says where its data begins.
    const reports::IntervalImpact early
        = reports::intervalImpact(spec(0.99), s, { from, to }, { window.start - 3600, window.end }, 24h);
    QCOMPARE(early.windowDataFrom, std::optional<qint64>(t0));
    QCOMPARE(early.allowedBadEvents, i.allowedBadEvents);
}

void TestReports::budgetWindowOfAnIncident_data()
{
    QTest::addColumn<bool>("calendar");
    QTest::addColumn<qint64>("now");
    QTest::addColumn<qint64>("expectedInstant");
    QTest::addColumn<qint64>("expectedWindowStart");
    QTest::addColumn<qint64>("expectedLength");
    const qint64 later = utc(2026, 11, 20, 0, 0);
    const qint64 day = 86400;
    // Asia/Tokyo: October 2026 is [2026-09-30T15:00Z, 2026-10-31T15:00Z).
    const qint64 octStart = utc(2026, 9, 30, 15, 0);
    const qint64 octEnd = utc(2026, 10, 31, 15, 0);
    QTest::newRow("rolling 30d: the window ending where the incident ends (rounded up)")
        << false << later << utc(2026, 10, 10, 15, 50) << utc(2026, 10, 10, 15, 50) - 30 * day << 30 * day;
    QTest::newRow("rolling, still running: the window ending now")
        << false << utc(2026, 10, 10, 15, 0) << utc(2026, 10, 10, 15, 0) << utc(2026, 10, 10, 15, 0) - 30 * day
        << 30 * day;
    QTest::newRow("calendar month over: the whole month") << true << later << octEnd << octStart << octEnd - octStart;
    QTest::newRow("calendar month running: the month so far, budget of the whole month")
        << true << utc(2026, 10, 20, 0, 2) << utc(2026, 10, 20, 0, 0) << octStart << octEnd - octStart;
}

void TestReports::budgetWindowOfAnIncident()
{
    QFETCH(bool, calendar);
    QFETCH(qint64, now);
    QFETCH(qint64, expectedInstant);
    QFETCH(qint64, expectedWindowStart);
    QFETCH(qint64, expectedLength);
    const slo::SloSpec s = calendar
        ? spec(0.999, slo::CalendarWindow { slo::CalendarWindow::Period::Month, QStringLiteral("Asia/Tokyo") })
        : spec(0.999);
    const slo::TimeRange incident { utc(2026, 10, 10, 14, 32), utc(2026, 10, 10, 15, 47) };
    const qint64 at = reports::budgetInstantFor(s, incident, now);
    QCOMPARE(at, expectedInstant);
    const slo::EvaluationWindow w = slo::evaluationWindow(reports::budgetSpecFor(s, incident, now), at);
    QCOMPARE(w.range.start, expectedWindowStart);
    QCOMPARE(w.range.end, expectedInstant);
    QCOMPARE(qint64(w.length.count()), expectedLength);
}

void TestReports::reportPeriods()
{
    const QString tokyo = QStringLiteral("Asia/Tokyo");
    const auto done = reports::calendarReportPeriod(QStringLiteral("2026-10"), tokyo, utc(2026, 11, 28, 0, 0));
    QVERIFY(done);
    QVERIFY(done->isComplete());
    QCOMPARE(done->range().start, utc(2026, 9, 30, 15, 0));
    QCOMPARE(done->range().end, utc(2026, 10, 31, 15, 0));
    const slo::SloSpec own = spec(0.999, slo::CalendarWindow { slo::CalendarWindow::Period::Month, tokyo });
    slo::SloSpec evaluated = reports::specForPeriod(own, *done);
    QVERIFY(!evaluated.calendar);
    QCOMPARE(evaluated.window, std::chrono::seconds(31 * 86400));
    QCOMPARE(slo::evaluationWindow(evaluated, done->at).range.start, done->range().start);

    const auto running = reports::calendarReportPeriod(QStringLiteral("2026-Q4"), tokyo, utc(2026, 11, 28, 0, 0));
    QVERIFY(running);
    QVERIFY(!running->isComplete());
    QCOMPARE(running->range().end, utc(2026, 11, 28, 0, 0));
    QCOMPARE(running->budgetLength(), std::chrono::seconds(92 * 86400));
    evaluated = reports::specForPeriod(spec(0.999), *running);
    const slo::EvaluationWindow w = slo::evaluationWindow(evaluated, running->at);
    QCOMPARE(w.range.start, utc(2026, 9, 30, 15, 0));
    QCOMPARE(w.length, std::chrono::seconds(92 * 86400));

    QVERIFY(!reports::calendarReportPeriod(QStringLiteral("2026-13"), tokyo, 0));
    const reports::ReportPeriod rolling = reports::rollingReportPeriod(30 * 24h, utc(2026, 11, 1, 0, 0), tokyo);
    QCOMPARE(rolling.name, QStringLiteral("30d"));
    QCOMPARE(rolling.range().start, utc(2026, 10, 2, 0, 0));
}

void TestReports::incidentSpanAndLinks()
{
    pm::Postmortem p;
    p.started = QDateTime(QDate(2026, 10, 10), QTime(14, 32), QTimeZone::utc());
    p.mitigated = QDateTime(QDate(2026, 10, 10), QTime(15, 15), QTimeZone::utc());
    QCOMPARE(reports::incidentSpan(p, 0).end, utc(2026, 10, 10, 15, 15));
    p.resolved = QDateTime(QDate(2026, 10, 10), QTime(15, 47), QTimeZone::utc());
    QCOMPARE(reports::incidentSpan(p, 0).end, utc(2026, 10, 10, 15, 47));

    slo::SloSpec availability = spec(0.999);
    slo::SloSpec latency = availability;
    latency.name = QStringLiteral("latency");
    p.services = { QStringLiteral("svc") };
    QVERIFY(reports::postmortemConcerns(p, latency)); // no slos: → every SLO of its services
    p.slos = { QStringLiteral("svc/availability") };
    QVERIFY(reports::postmortemConcerns(p, availability));
    QVERIFY(!reports::postmortemConcerns(p, latency));
}

void TestReports::impactBlockIsReplacedNotRepeated()
{
    reports::PostmortemImpact impact;
    reports::ImpactResult r;
    r.spec = spec(0.999);
    r.impact = reports::intervalImpact(r.spec, series(utc(2026, 10, 10, 0, 0), 288),
                                       { utc(2026, 10, 10, 14, 32), utc(2026, 10, 10, 15, 47) },
                                       { utc(2026, 10, 10, 0, 0), utc(2026, 10, 11, 0, 0) }, 24h);
    impact.slos << r;
    const QString block = reports::impactMarkdown(impact, QStringLiteral("en"), QStringLiteral("UTC"));
    QVERIFY(block.startsWith(QString::fromLatin1(reports::kImpactBegin)));
    QVERIFY(block.endsWith(QString::fromLatin1(reports::kImpactEnd)));
    QVERIFY2(block.contains(QStringLiteral("from 2026-10-10 14:30 UTC to 2026-10-10 15:50 UTC")), qPrintable(block));
    QVERIFY2(block.contains(QStringLiteral("of the 1-day error budget")), qPrintable(block));

    const QByteArray once
        = reports::withImpactSection(kEnglish, pm::TableHeadings::defaults(), block, QStringLiteral("en"));
    QVERIFY(once.contains("- Users could not pay.\n\n<!-- sre-console:impact-from-slos -->"));
    QVERIFY2(once.contains("<!-- /sre-console:impact-from-slos -->\n\n## Timeline"), once.constData());
    QVERIFY(once.endsWith("| 14:32 | x | y |\n"));

    // Running again with other numbers replaces the block; the rest is untouched.
    impact.slos[0].impact.badEvents += 1000;
    const QString block2 = reports::impactMarkdown(impact, QStringLiteral("en"), QStringLiteral("UTC"));
    QVERIFY(block2 != block);
    const QByteArray twice
        = reports::withImpactSection(once, pm::TableHeadings::defaults(), block2, QStringLiteral("en"));
    QCOMPARE(twice.count("<!-- sre-console:impact-from-slos -->"), 1);
    QCOMPARE(twice.count("<!-- /sre-console:impact-from-slos -->"), 1);
    QByteArray expected = once;
    expected.replace(block.toUtf8(), block2.toUtf8());
    QCOMPARE(twice, expected);
    // The same numbers again change no byte.
    QCOMPARE(reports::withImpactSection(twice, pm::TableHeadings::defaults(), block2, QStringLiteral("en")), twice);
}

void TestReports::impactSectionCreatedWhenMissing()
{
    QByteArray doc = kEnglish;
    doc.replace("## Impact\n\n- Users could not pay.\n\n", "");
    const QString block = QString::fromLatin1(reports::kImpactBegin) + QStringLiteral("\nx\n")
        + QString::fromLatin1(reports::kImpactEnd);
    const QByteArray out = reports::withImpactSection(doc, pm::TableHeadings::defaults(), block, QStringLiteral("en"));
    QVERIFY2(out.contains("## Impact\n"), out.constData());
    QVERIFY(out.contains(block.toUtf8()));
    QVERIFY(out.startsWith(doc.left(doc.indexOf("| 14:32"))));
}

void TestReports::japaneseWording()
{
    const QByteArray ja = "---\nid: INC-2\n---\n## 影響\n\n- **エラー率**: 30%\n\n## タイムライン\n";
    const pm::PostmortemDocument doc = pm::PostmortemDocument::parse(ja);
    QCOMPARE(reports::documentLanguage(doc), QStringLiteral("ja"));
    QCOMPARE(reports::documentLanguage(pm::PostmortemDocument::parse(kEnglish)), QStringLiteral("en"));
    QCOMPARE(reports::documentLanguage(pm::PostmortemDocument::parse(kEnglish), QStringLiteral("ja")),
             QStringLiteral("ja"));

    reports::PostmortemImpact impact;
    reports::ImpactResult r;
    r.spec = spec(0.999, slo::CalendarWindow { slo::CalendarWindow::Period::Month, QStringLiteral("Asia/Tokyo") });
    const qint64 t0 = utc(2026, 10, 10, 0, 0);
    r.impact = reports::intervalImpact(r.spec, series(t0, 288), { t0 + 3600, t0 + 7200 }, { t0, t0 + 86400 },
                                       std::chrono::seconds(31 * 86400));
    impact.slos << r;
    const QString block = reports::impactMarkdown(impact, QStringLiteral("ja"), QStringLiteral("Asia/Tokyo"));
    QVERIFY2(block.contains(QStringLiteral("消費: 月間エラーバジェットの ")), qPrintable(block));
    QVERIFY2(block.contains(QStringLiteral("2026-10-10 10:00 JST〜2026-10-10 11:00 JST")), qPrintable(block));
    const QByteArray out = reports::withImpactSection(ja, pm::TableHeadings::defaults(), block, QStringLiteral("ja"));
    QVERIFY(out.contains("- **エラー率**: 30%\n\n<!-- sre-console:impact-from-slos -->"));
}

QTEST_GUILESS_MAIN(TestReports)
#include "tst_reports.moc"
