// The On-call page (issue 14): the timeline's bars for a schedule with a gap (a rotation that
// starts inside the view, and one whose first handoff is after the view starts) and an override,
// each expected value worked out by hand below from the YAML (Europe/Berlin is UTC+1 in early
// March 2027, before the 28 March DST change); the page's empty state; the demo's override and
// the gap in its database calendar, with every table cell readable in full.
#include "i18n.h"
#include "oncallpage.h"
#include "oncalltimeline.h"
#include "settings.h"
#include "workspace.h"

#include <QHeaderView>
#include <QLabel>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStyle>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace sre;
using Kind = OncallTimeline::Kind;

namespace {

const QByteArray kYaml = R"(timezone: Europe/Berlin
rotations:
  - name: ops
    members: [ann, bob]
    length: 1w
    handoff: { weekday: monday, time: "09:00" }
    start: 2027-03-01
  - name: db
    members: [cy]
    length: 1d
    handoff: { weekday: monday, time: "09:00" }
    start: 2027-03-10
overrides:
  - { rotation: ops, member: cy, from: 2027-03-03T12:00:00+01:00, to: 2027-03-04T12:00:00+01:00 }
people:
  ann: { name: Ann Lee }
)";

QDateTime utc(const char *text)
{
    return QDateTime::fromString(QString::fromLatin1(text), Qt::ISODate).toUTC();
}

struct Expected
{
    const char *rotation;
    const char *from, *to;
    QStringList members;
    Kind kind;
};

} // namespace

class TestOncallPage : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void timelineBars();
    void dayTicksInViewerZone();
    void emptyState();
    void pastRowsAreGreyed();
    void demoShowsTheOverride();
    void demoShowsTheGap_data();
    void demoShowsTheGap();
};

void TestOncallPage::timelineBars()
{
    const alerting::OncallResult parsed = alerting::parseOncall(kYaml, QStringLiteral("oncall.yaml"));
    QVERIFY(parsed.problems.isEmpty());
    const alerting::Schedule schedule(parsed.schedule);
    const QDateTime from = utc("2027-03-01T00:00:00Z"), to = utc("2027-03-15T00:00:00Z");
    const OncallView view = computeOncallView(schedule, from, to);

    OncallTimeline timeline;
    timeline.setViewerZone(QTimeZone::utc());
    timeline.setMe(QStringLiteral("ANN")); // handles match case-insensitively
    timeline.setView(view);
    timeline.resize(1000, timeline.sizeHint().height());

    // ops: Monday 1 March 09:00 Berlin = 08:00Z is the first handoff (Ann); nobody before it.
    // Cy's override 12:00+01:00 = 11:00Z on the 3rd to the 4th; Ann resumes; Bob from Monday
    // 8 March 08:00Z to the end of the view. db starts Wednesday 10 March 09:00 Berlin = 08:00Z.
    const QList<Expected> expected = {
        { "ops", "2027-03-01T00:00:00Z", "2027-03-01T08:00:00Z", {}, Kind::Gap },
        { "ops", "2027-03-01T08:00:00Z", "2027-03-03T11:00:00Z", { QStringLiteral("ann") }, Kind::Shift },
        { "ops", "2027-03-03T11:00:00Z", "2027-03-04T11:00:00Z", { QStringLiteral("cy") }, Kind::Override },
        { "ops", "2027-03-04T11:00:00Z", "2027-03-08T08:00:00Z", { QStringLiteral("ann") }, Kind::Shift },
        { "ops", "2027-03-08T08:00:00Z", "2027-03-15T00:00:00Z", { QStringLiteral("bob") }, Kind::Shift },
        { "db", "2027-03-01T00:00:00Z", "2027-03-10T08:00:00Z", {}, Kind::Gap },
        { "db", "2027-03-10T08:00:00Z", "2027-03-15T00:00:00Z", { QStringLiteral("cy") }, Kind::Shift },
    };
    const std::vector<OncallTimeline::Bar> &bars = timeline.bars();
    QCOMPARE(bars.size(), size_t(expected.size()));
    const double x0 = timeline.xFor(from), x1 = timeline.xFor(to);
    QVERIFY(x1 - x0 > 500);
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const Expected &e = expected[i];
        const OncallTimeline::Bar &b = bars[size_t(i)];
        QCOMPARE(b.rotation, QString::fromLatin1(e.rotation));
        QCOMPARE(b.from, utc(e.from));
        QCOMPARE(b.to, utc(e.to));
        QCOMPARE(b.members, e.members);
        QCOMPARE(b.kind, e.kind);
        QCOMPARE(b.mine, e.members.contains(QStringLiteral("ann")));
        QCOMPARE(b.row, b.rotation == u"ops" ? 0 : 1);
        // Placed in proportion to time: 14 days across the axis.
        const QRectF r = timeline.barRect(b);
        const double span = 14.0 * 86400;
        QVERIFY(qAbs(r.left() - (x0 + (x1 - x0) * double(from.secsTo(utc(e.from))) / span)) < 0.01);
        QVERIFY(qAbs(r.right() - (x0 + (x1 - x0) * double(from.secsTo(utc(e.to))) / span)) < 0.01);
    }
    QCOMPARE(bars[1].label, QStringLiteral("Ann Lee")); // display name from people:
    QCOMPARE(bars[2].label, QStringLiteral("cy")); // no display name: the handle
    QVERIFY(bars[0].label.contains(QStringLiteral("Gap")));
    // The tooltip gives the exact times in the viewer's zone and in UTC.
    timeline.setViewerZone(QTimeZone("Asia/Tokyo"));
    const QString tip = timeline.toolTipFor(bars[2]);
    QVERIFY2(tip.contains(QStringLiteral("2027-03-03 20:00")), qPrintable(tip)); // 11:00Z in Tokyo
    QVERIFY2(tip.contains(QStringLiteral("2027-03-03 11:00")), qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("override")), qPrintable(tip));

    // Handovers: every change of the set on call, in time order; gaps: both rotations'.
    QCOMPARE(view.handovers.size(), size_t(5));
    QCOMPARE(view.handovers[0].at, utc("2027-03-01T08:00:00Z"));
    QCOMPARE(view.handovers[0].before, QStringList());
    QCOMPARE(view.handovers[1].after, QStringList { QStringLiteral("cy") });
    QCOMPARE(view.handovers[4].rotation, QStringLiteral("db"));
    QCOMPARE(view.handovers[4].at, utc("2027-03-10T08:00:00Z"));
    QCOMPARE(view.gaps.size(), size_t(2));
    QCOMPARE(view.gaps[0].rotation, QStringLiteral("ops"));
    QCOMPARE(view.gaps[1].to, utc("2027-03-10T08:00:00Z"));
}

void TestOncallPage::dayTicksInViewerZone()
{
    const alerting::Schedule schedule(alerting::parseOncall(kYaml, QStringLiteral("oncall.yaml")).schedule);
    // 27 to 30 March 2027 UTC holds Berlin's spring DST change (Sunday 28 March, 02:00 -> 03:00).
    const QDateTime from = utc("2027-03-27T00:00:00Z"), to = utc("2027-03-30T00:00:00Z");
    OncallTimeline timeline;
    timeline.setView(computeOncallView(schedule, from, to));
    timeline.setViewerZone(QTimeZone("Europe/Berlin"));
    // Berlin midnights: 27 March 23:00Z (CET), then 28 March 22:00Z and 29 March 22:00Z (CEST).
    QCOMPARE(
        timeline.dayTicks(),
        (QList<QDateTime> { utc("2027-03-27T23:00:00Z"), utc("2027-03-28T22:00:00Z"), utc("2027-03-29T22:00:00Z") }));
}

void TestOncallPage::emptyState()
{
    QTemporaryDir dir;
    QFile yaml(dir.filePath(QStringLiteral("workspace.yaml")));
    QVERIFY(yaml.open(QIODevice::WriteOnly));
    yaml.write("name: Empty\n");
    yaml.close();
    ws::Workspace workspace;
    Settings settings;
    OncallPage page(workspace, settings);
    page.resize(1000, 700);
    page.show();
    QSignalSpy settled(&page, &OncallPage::settled);
    workspace.open(dir.path());
    QTRY_VERIFY_WITH_TIMEOUT(workspace.isOpen() && !workspace.isLoading(), 60000);
    QTRY_VERIFY(page.isSettled() && settled.count() > 0);
    QVERIFY(page.emptyLabel()->isVisible());
    QVERIFY(page.emptyLabel()->text().contains(QStringLiteral("oncall.yaml")));
    QVERIFY(!page.timeline()->isVisible());
}

// The days shown start at midnight, so the tables list handovers and gaps that are already over
// (earlier today, or on earlier days shown): those rows are greyed and marked past; the rest are
// not. The schedule is built around the real clock: a daily handover at 09:00 UTC since ten days
// ago, and a second rotation that started yesterday at 09:00 (a gap before it, in the past) and
// one that starts in three days (a gap until then, still to come).
void TestOncallPage::pastRowsAreGreyed()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDate today = now.date();
    const auto day = [&](int offset) { return today.addDays(offset).toString(Qt::ISODate).toUtf8(); };
    QTemporaryDir dir;
    QFile workspaceYaml(dir.filePath(QStringLiteral("workspace.yaml")));
    QVERIFY(workspaceYaml.open(QIODevice::WriteOnly));
    workspaceYaml.write("name: Past rows\n");
    workspaceYaml.close();
    QFile oncall(dir.filePath(QStringLiteral("oncall.yaml")));
    QVERIFY(oncall.open(QIODevice::WriteOnly));
    oncall.write("timezone: UTC\nrotations:\n"
                 "  - { name: ops, members: [ann, bob], length: 1d, handoff: { weekday: monday, time: \"09:00\" }, "
                 "start: "
                 + day(-10)
                 + " }\n  - { name: db, members: [cy], length: 1d, handoff: { weekday: monday, time: "
                   "\"09:00\" }, start: "
                 + day(-1)
                 + " }\n  - { name: web, members: [dee], length: 1d, handoff: { weekday: monday, time: "
                   "\"09:00\" }, start: "
                 + day(3) + " }\n");
    oncall.close();
    ws::Workspace workspace;
    Settings settings;
    OncallPage page(workspace, settings);
    page.setViewerZone(QTimeZone::utc());
    page.resize(1200, 700);
    workspace.open(dir.path());
    QTRY_VERIFY_WITH_TIMEOUT(workspace.isOpen() && !workspace.isLoading(), 60000);
    page.showFrom(now.addDays(-2));
    QTRY_VERIFY(page.isSettled() && page.view().from == today.addDays(-2).startOfDay(Qt::UTC));
    QVERIFY2(page.view().problems.isEmpty(), qPrintable(page.view().problems.join(u'\n')));

    // 1: every cell of the row marked past and grey; 0: none marked; -1: the cells disagree.
    const QColor grey = page.palette().color(QPalette::Disabled, QPalette::Text);
    const auto pastOf = [&](QTableWidget *table, int row) {
        int marked = 0;
        for (int c = 0; c < table->columnCount(); ++c) {
            const QTableWidgetItem *i = table->item(row, c);
            if (i->data(OncallPage::kPastRole).toBool() && i->foreground().color() == grey
                && i->toolTip().endsWith(QStringLiteral("(past)")))
                ++marked;
        }
        return marked == table->columnCount() ? 1 : marked == 0 ? 0 : -1;
    };
    // The page looked at the clock between `now` and `later`: a row over by `now` is past, one
    // still to come at `later` is not, one in between may be either (but never half marked).
    const QDateTime later = QDateTime::currentDateTimeUtc();
    const auto expectPast = [&](const QDateTime &over) { return over <= now ? 1 : over > later ? 0 : -2; };
    QTableWidget *handovers = page.handoversTable();
    QCOMPARE(handovers->rowCount(), int(page.view().handovers.size()));
    int past = 0, toCome = 0;
    for (int row = 0; row < handovers->rowCount(); ++row) {
        const int expected = expectPast(page.view().handovers[size_t(row)].at);
        const int got = pastOf(handovers, row);
        QVERIFY(got >= 0);
        if (expected >= 0)
            QCOMPARE(got, expected);
        (got ? past : toCome)++;
    }
    QVERIFY2(past >= 2 && toCome >= 2, qPrintable(QStringLiteral("%1 past, %2 to come").arg(past).arg(toCome)));

    QTableWidget *gaps = page.gapsTable();
    QCOMPARE(page.view().gaps.size(), size_t(2)); // db before yesterday 09:00, web until in three days
    QCOMPARE(gaps->rowCount(), 2);
    for (int row = 0; row < 2; ++row) {
        const OncallGap &g = page.view().gaps[size_t(row)];
        QCOMPARE(gaps->item(row, 0)->text(), g.rotation);
        QCOMPARE(g.to <= now, g.rotation == u"db");
        QCOMPARE(pastOf(gaps, row), expectPast(g.to));
    }
}

void TestOncallPage::demoShowsTheOverride()
{
    ws::Workspace workspace;
    Settings settings;
    OncallPage page(workspace, settings);
    page.setViewerZone(QTimeZone("Asia/Tokyo"));
    page.resize(1200, 700);
    page.show();
    workspace.open(QStringLiteral(SRE_SOURCE_DIR "/resources/demo"));
    QTRY_VERIFY_WITH_TIMEOUT(workspace.isOpen() && !workspace.isLoading(), 60000);
    // The demo's override: Chen on primary Mon 7 to Wed 9 December 2026, 10:00 Tokyo.
    page.showFrom(utc("2026-12-05T00:00:00Z"));
    QTRY_VERIFY(page.isSettled() && page.view().from == utc("2026-12-04T15:00:00Z"));
    QCOMPARE(page.view().rows.size(), size_t(3)); // primary, secondary, database (a calendar)
    const auto &bars = page.timeline()->bars();
    const auto it
        = std::find_if(bars.begin(), bars.end(), [](const OncallTimeline::Bar &b) { return b.kind == Kind::Override; });
    QVERIFY(it != bars.end());
    QCOMPARE(it->rotation, QStringLiteral("primary"));
    QCOMPARE(it->from, utc("2026-12-07T01:00:00Z"));
    QCOMPARE(it->to, utc("2026-12-09T01:00:00Z"));
    QCOMPARE(it->label, QStringLiteral("Chen Wei"));
    QVERIFY(page.handoversTable()->rowCount() > 0);
    QVERIFY(page.timeline()->isVisible());
}

void TestOncallPage::demoShowsTheGap_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("pageWidth");
    // The page's width in the console's default 1280 px window (less the page list), and in a
    // window of 1024 px.
    for (const char *language : { "en", "ja" })
        for (const int width : { 1120, 870 })
            QTest::addRow("%s, %d px", language, width) << QString::fromLatin1(language) << width;
}

void TestOncallPage::demoShowsTheGap()
{
    QFETCH(QString, language);
    QFETCH(int, pageWidth);
    installTranslators(*qApp, language); // the Japanese dates and headers are what the issue was about
    ws::Workspace workspace;
    Settings settings;
    OncallPage page(workspace, settings);
    page.setViewerZone(QTimeZone("Asia/Tokyo"));
    page.resize(pageWidth, 740);
    // Filled while hidden, as in the console: the page loads with the workspace, before anyone
    // opens it.
    workspace.open(QStringLiteral(SRE_SOURCE_DIR "/resources/demo"));
    QTRY_VERIFY_WITH_TIMEOUT(workspace.isOpen() && !workspace.isLoading(), 60000);
    // resources/demo/oncall/database.ics: Fumiko's week from Mon 14 December 09:00 Tokyo ends Fri
    // 18 December 09:00 (the RECURRENCE-ID), Goro's weekend swap starts Sat 19 December 09:00, so
    // Fri 18 09:00 to Sat 19 09:00 Tokyo (00:00 to 00:00 UTC) has nobody. Days from Mon 7 December.
    page.showFrom(utc("2026-12-07T03:00:00Z"));
    QTRY_VERIFY(page.isSettled() && page.view().from == utc("2026-12-06T15:00:00Z"));
    QVERIFY2(page.view().problems.isEmpty(), qPrintable(page.view().problems.join(u'\n')));
    QCOMPARE(page.view().gaps.size(), size_t(1));
    QCOMPARE(page.view().gaps[0].rotation, QStringLiteral("database"));
    QCOMPARE(page.view().gaps[0].from, utc("2026-12-18T00:00:00Z"));
    QCOMPARE(page.view().gaps[0].to, utc("2026-12-19T00:00:00Z"));
    const auto &bars = page.timeline()->bars();
    QVERIFY(std::any_of(bars.begin(), bars.end(), [](const OncallTimeline::Bar &b) {
        return b.kind == Kind::Gap && b.rotation == u"database" && b.from == utc("2026-12-18T00:00:00Z");
    }));

    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    // Every cell and header of both tables is wide enough for its text (nothing elided), in both
    // languages. The needed width is measured here from the font, not taken from the table.
    QTableWidget *gaps = page.gapsTable();
    QCOMPARE(gaps->rowCount(), 1);
    for (QTableWidget *table : { page.handoversTable(), gaps }) {
        QVERIFY(table->rowCount() > 0);
        const QFontMetrics cellFont(table->font());
        const QFontMetrics headerFont(table->horizontalHeader()->font());
        // The padding Qt's item delegate and header put around a text before they elide it.
        const int cellPadding = 2 * (table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, table) + 1);
        const int headerPadding = 2 * table->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, table);
        for (int c = 0; c < table->columnCount(); ++c) {
            const int width = table->horizontalHeader()->sectionSize(c);
            const QString header = table->horizontalHeaderItem(c)->text();
            QVERIFY2(
                width >= headerFont.horizontalAdvance(header) + headerPadding,
                qPrintable(QStringLiteral("%1: header \"%2\" in %3 px").arg(table->objectName(), header).arg(width)));
            for (int r = 0; r < table->rowCount(); ++r) {
                const QString text = table->item(r, c)->text();
                QVERIFY2(width >= cellFont.horizontalAdvance(text) + cellPadding,
                         qPrintable(QStringLiteral("%1: \"%2\" in %3 px").arg(table->objectName(), text).arg(width)));
            }
            // The whole column is on screen: no horizontal scrolling needed to read it.
            QVERIFY2(table->columnViewportPosition(c) + width <= table->viewport()->width(),
                     qPrintable(QStringLiteral("%1: column %2 ends at %3 of %4 px")
                                    .arg(table->objectName())
                                    .arg(c)
                                    .arg(table->columnViewportPosition(c) + width)
                                    .arg(table->viewport()->width())));
        }
    }
    for (QTranslator *t : qApp->findChildren<QTranslator *>()) {
        qApp->removeTranslator(t);
        delete t;
    }
    QLocale::setDefault(QLocale(QLocale::English));
}

QTEST_MAIN(TestOncallPage)
#include "tst_oncallpage.moc"
