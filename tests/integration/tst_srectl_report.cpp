// srectl report budget and srectl postmortem impact|export, the built binary, on a copy of the
// demo workspace whose postmortems the generator moved onto the incidents of the fixture's
// history. Expected numbers come from `srectl slo report --format json` for the same period
// (checked against Prometheus by tst_slo_engine) and from Prometheus itself.
#include "../common/processrun.h"
#include "demoworkspace.h"
#include "fixtureenv.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>

using namespace sre;

namespace {

using Run = testing::ProcessRun;

Run run(const QString &program, const QStringList &args,
        const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    return testing::runProcess(program, args, env, 180000);
}

QString describe(const Run &r)
{
    return r.describe();
}

// "99.912 %" → 0.99912; "1,234" → 1234.
double percentValue(QString cell)
{
    cell = cell.trimmed();
    if (!cell.endsWith(QStringLiteral(" %")))
        return std::nan("");
    cell.chop(2);
    bool ok = false;
    const double v = cell.toDouble(&ok);
    return ok ? v / 100.0 : std::nan("");
}

double countValue(QString cell)
{
    cell.remove(QLatin1Char(','));
    bool ok = false;
    const double v = cell.trimmed().toDouble(&ok);
    return ok ? v : std::nan("");
}

// The cell shows `value` rounded to `decimals` places of the unit it is printed in.
bool shows(double cell, const QJsonValue &value, double unit, int decimals)
{
    if (value.isNull())
        return std::isnan(cell);
    return std::abs(cell - value.toDouble()) * unit <= 0.5 * std::pow(10.0, -decimals) * (1 + 1e-9);
}

QStringList cells(const QString &line)
{
    QString l = line.trimmed();
    l = l.mid(1, l.size() - 2);
    QStringList out;
    for (const QString &c : l.split(QStringLiteral(" | ")))
        out << c.trimmed();
    return out;
}

} // namespace

class TestSrectlReport : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void budgetJsonEqualsSloReport();
    void markdownMatchesJson();
    void incidentSharesAgreeWithPrometheus();
    void impactWriteReplacesItsBlock();
    void budgetPdfHasEveryNumber();
    void budgetHtmlIsStandalone();
    void postmortemPdf_data();
    void postmortemPdf();
    void quietWithoutRuntimeDir_data();
    void quietWithoutRuntimeDir();

private:
    Run srectl(const QStringList &args) const;
    double instant(const QString &promql, qint64 at);

    QTemporaryDir m_tmp;
    QString m_url;
    QString m_workspace;
    QString m_end;
    QJsonObject m_budget; // report budget --period 2026-10 --format json
    QJsonArray m_sloReport; // slo report --period 2026-10 --format json
};

Run TestSrectlReport::srectl(const QStringList &args) const
{
    return run(QStringLiteral(SRECTL_BIN), QStringList { QStringLiteral("--workspace"), m_workspace } + args);
}

double TestSrectlReport::instant(const QString &promql, qint64 at)
{
    const Run r = run(QStringLiteral("curl"),
                      { QStringLiteral("-sf"), m_url + QStringLiteral("/api/v1/query"),
                        QStringLiteral("--data-urlencode"), QStringLiteral("query=") + promql,
                        QStringLiteral("--data-urlencode"), QStringLiteral("time=") + QString::number(at) });
    const QJsonArray result = QJsonDocument::fromJson(r.out)
                                  .object()
                                  .value(QStringLiteral("data"))
                                  .toObject()
                                  .value(QStringLiteral("result"))
                                  .toArray();
    if (result.isEmpty())
        return 0; // an empty vector: no series, nothing failed
    return result[0].toObject().value(QStringLiteral("value")).toArray()[1].toString().toDouble();
}

void TestSrectlReport::initTestCase()
{
    m_url = testing::fixtureUrl("SRE_TEST_PROMETHEUS_URL_FILE");
    QVERIFY2(!m_url.isEmpty(), "the prometheus fixture did not write its URL");
    m_end = QString::number(testing::historyEnd());
    QVERIFY(m_tmp.isValid());
    m_workspace = m_tmp.filePath(QStringLiteral("demo"));
    QVERIFY(testing::makeDemoWorkspace(m_workspace, m_url, true, QStringLiteral("120s")));

    const Run budget = srectl({ QStringLiteral("report"), QStringLiteral("budget"), QStringLiteral("--period"),
                                QStringLiteral("2026-10"), QStringLiteral("--at"), m_end, QStringLiteral("--format"),
                                QStringLiteral("json") });
    QVERIFY2(budget.exitCode == 0, qPrintable(describe(budget)));
    m_budget = QJsonDocument::fromJson(budget.out).object();
    QVERIFY(!m_budget.isEmpty());
    const Run slo
        = srectl({ QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("slo"), QStringLiteral("report"),
                   QStringLiteral("--period"), QStringLiteral("2026-10"), QStringLiteral("--at"), m_end });
    QVERIFY2(slo.exitCode == 0, qPrintable(describe(slo)));
    m_sloReport = QJsonDocument::fromJson(slo.out).array();
    QVERIFY(m_sloReport.size() >= 13);
}

// The budget report's numbers for each SLO are those of `slo report` for the same period.
void TestSrectlReport::budgetJsonEqualsSloReport()
{
    const QJsonObject period = m_budget.value(QStringLiteral("period")).toObject();
    QCOMPARE(period.value(QStringLiteral("name")).toString(), QStringLiteral("2026-10"));
    // October in Asia/Tokyo (the workspace's zone).
    QCOMPARE(period.value(QStringLiteral("start")).toString(), QStringLiteral("2026-09-30T15:00:00Z"));
    QCOMPARE(period.value(QStringLiteral("end")).toString(), QStringLiteral("2026-10-31T15:00:00Z"));
    QVERIFY(period.value(QStringLiteral("complete")).toBool());
    QMap<QString, QJsonObject> reported;
    for (const QJsonValue &v : m_budget.value(QStringLiteral("slos")).toArray())
        reported.insert(v.toObject().value(QStringLiteral("id")).toString(), v.toObject());
    QCOMPARE(reported.size(), m_sloReport.size());
    const QStringList keys = { QStringLiteral("objective"),
                               QStringLiteral("sli"),
                               QStringLiteral("error_budget_consumed"),
                               QStringLiteral("error_budget_remaining"),
                               QStringLiteral("bad_events"),
                               QStringLiteral("total_events"),
                               QStringLiteral("allowed_bad_events") };
    for (const QJsonValue &v : std::as_const(m_sloReport)) {
        const QJsonObject expected = v.toObject();
        const QString id = expected.value(QStringLiteral("id")).toString();
        QVERIFY2(reported.contains(id), qPrintable(id));
        for (const QString &key : keys) {
            const QJsonValue a = reported[id].value(key);
            const QJsonValue e = expected.value(key);
            QVERIFY2(a.isNull() == e.isNull()
                         && std::abs(a.toDouble() - e.toDouble()) <= 1e-9 * std::max(1.0, std::abs(e.toDouble())),
                     qPrintable(QStringLiteral("%1 %2: report %3, slo report %4")
                                    .arg(id, key)
                                    .arg(a.toDouble(), 0, 'g', 12)
                                    .arg(e.toDouble(), 0, 'g', 12)));
        }
    }
}

// Every summary row and every incident row of the Markdown shows the JSON's numbers.
void TestSrectlReport::markdownMatchesJson()
{
    const Run md = srectl({ QStringLiteral("report"), QStringLiteral("budget"), QStringLiteral("--period"),
                            QStringLiteral("2026-10"), QStringLiteral("--at"), m_end, QStringLiteral("--format"),
                            QStringLiteral("markdown") });
    QVERIFY2(md.exitCode == 0, qPrintable(describe(md)));
    const QString text = QString::fromUtf8(md.out);
    QVERIFY(text.startsWith(QStringLiteral("# Error-budget review: 2026-10\n")));
    QVERIFY2(text.contains(QStringLiteral("2026-10-01 00:00 – 2026-11-01 00:00 JST")), qPrintable(text.left(400)));
    const QStringList lines = text.split(QLatin1Char('\n'));
    int summaryRows = 0, incidentRows = 0;
    for (const QJsonValue &v : m_budget.value(QStringLiteral("slos")).toArray()) {
        const QJsonObject o = v.toObject();
        const QString id = o.value(QStringLiteral("id")).toString();
        const auto row = std::find_if(lines.cbegin(), lines.cend(), [&](const QString &l) {
            return l.startsWith(QStringLiteral("| ") + id + QStringLiteral(" |"));
        });
        QVERIFY2(row != lines.cend(), qPrintable(id));
        const QStringList c = cells(*row);
        QCOMPARE(c.size(), 8);
        QVERIFY2(shows(percentValue(c[1]), o.value(QStringLiteral("objective")), 100, 3), qPrintable(*row));
        QVERIFY2(shows(percentValue(c[2]), o.value(QStringLiteral("sli")), 100, 3), qPrintable(*row));
        QVERIFY2(shows(percentValue(c[3]), o.value(QStringLiteral("error_budget_consumed")), 100, 2), qPrintable(*row));
        QVERIFY2(shows(percentValue(c[4]), o.value(QStringLiteral("error_budget_remaining")), 100, 2),
                 qPrintable(*row));
        const QStringList events = c[5].split(QStringLiteral(" / "));
        QCOMPARE(events.size(), 2);
        QVERIFY(shows(countValue(events[0]), o.value(QStringLiteral("bad_events")), 1, 0));
        QVERIFY(shows(countValue(events[1]), o.value(QStringLiteral("total_events")), 1, 0));
        const QJsonArray incidents = o.value(QStringLiteral("incidents")).toArray();
        QCOMPARE(c[6].toInt(), incidents.size());
        QCOMPARE(c[7], o.value(QStringLiteral("status")).toString());
        ++summaryRows;

        // The SLO's own section lists its incidents with their share.
        const qsizetype section = lines.indexOf(QStringLiteral("### ") + id);
        QVERIFY2(section >= 0, qPrintable(id));
        for (const QJsonValue &iv : incidents) {
            const QJsonObject inc = iv.toObject();
            const QString incId = inc.value(QStringLiteral("id")).toString();
            qsizetype at = section + 1;
            while (at < lines.size() && !lines[at].startsWith(QStringLiteral("| ") + incId + QStringLiteral(" |"))
                   && !lines[at].startsWith(QStringLiteral("### ")))
                ++at;
            QVERIFY2(at < lines.size() && lines[at].startsWith(QStringLiteral("| ")),
                     qPrintable(id + QLatin1Char(' ') + incId));
            const QStringList ic = cells(lines[at]);
            QCOMPARE(ic.size(), 6);
            QVERIFY(shows(countValue(ic[4]), inc.value(QStringLiteral("bad_events")), 1, 0));
            QVERIFY2(shows(percentValue(ic[5]), inc.value(QStringLiteral("budget_share")), 100, 2),
                     qPrintable(lines[at]));
            ++incidentRows;
        }
    }
    QVERIFY(summaryRows >= 13);
    QVERIFY2(incidentRows >= 5, qPrintable(QString::number(incidentRows))); // the three demo incidents, by SLO
}

// An incident's share of the period's budget: Prometheus' bad events over the counted interval,
// over (1 - objective) × the period's events.
void TestSrectlReport::incidentSharesAgreeWithPrometheus()
{
    // The event-ratio SLOs' bad-events queries, from the workspace's own spec files.
    const QMap<QString, QString> badQuery = {
        { QStringLiteral("myapp-api/availability"),
          QStringLiteral("sum(increase(http_requests_total{job=\"myapp-api\",code=~\"5..\"}[%1s]))") },
        { QStringLiteral("payments-api/availability"),
          QStringLiteral("sum(increase(http_requests_total{service=\"payments-api\",code=~\"5..\"}[%1s]))") },
        { QStringLiteral("checkout/availability"),
          QStringLiteral("sum(increase(http_requests_total{service=\"checkout\",code=~\"5..\"}[%1s]))") },
    };
    int checked = 0;
    for (const QJsonValue &v : m_budget.value(QStringLiteral("slos")).toArray()) {
        const QJsonObject o = v.toObject();
        const QString id = o.value(QStringLiteral("id")).toString();
        if (!badQuery.contains(id))
            continue;
        const double allowed = (1 - o.value(QStringLiteral("objective")).toDouble())
            * o.value(QStringLiteral("total_events")).toDouble();
        for (const QJsonValue &iv : o.value(QStringLiteral("incidents")).toArray()) {
            const QJsonObject inc = iv.toObject();
            const qint64 from = QDateTime::fromString(inc.value(QStringLiteral("counted_from")).toString(), Qt::ISODate)
                                    .toSecsSinceEpoch();
            const qint64 to = QDateTime::fromString(inc.value(QStringLiteral("counted_to")).toString(), Qt::ISODate)
                                  .toSecsSinceEpoch();
            QVERIFY(to > from);
            QCOMPARE(from % 300, 0);
            QCOMPARE(to % 300, 0);
            const double bad = instant(badQuery[id].arg(to - from), to);
            const double share = inc.value(QStringLiteral("budget_share")).toDouble();
            QVERIFY2(std::abs(share - bad / allowed) <= std::max(0.0005, 0.015 * bad / allowed),
                     qPrintable(QStringLiteral("%1 %2: report %3, Prometheus %4")
                                    .arg(id, inc.value(QStringLiteral("id")).toString())
                                    .arg(share)
                                    .arg(bad / allowed)));
            QVERIFY(bad > 100); // each of these is a real incident in the history
            ++checked;
        }
    }
    QCOMPARE(checked, 3); // INC-2025-001 (myapp-api), INC-2026-014 (payments-api, checkout)
}

// `postmortem impact --write` puts the block into the Impact section; a second run replaces it
// and changes no byte.
void TestSrectlReport::impactWriteReplacesItsBlock()
{
    const QString file = m_workspace + QStringLiteral("/postmortems/INC-2026-014.md");
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray before = f.readAll();
    f.close();
    const QStringList args = { QStringLiteral("postmortem"), QStringLiteral("impact"), QStringLiteral("INC-2026-014"),
                               QStringLiteral("--write"),    QStringLiteral("--at"),   m_end };
    const Run first = srectl(args);
    QVERIFY2(first.exitCode == 0, qPrintable(describe(first)));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray once = f.readAll();
    f.close();
    QVERIFY(once != before);
    QCOMPARE(once.count("<!-- sre-console:impact-from-slos -->"), 1);
    QVERIFY(once.contains("- **payments-api/availability** (objective 99.9 %, window 28d):"));
    QVERIFY(once.contains("- **checkout/availability**"));
    // Only the Impact section changed: the text before it and from the next heading on are as before.
    const qsizetype impactAt = before.indexOf("## Impact");
    const qsizetype nextAt = before.indexOf("\n## ", impactAt + 1);
    QVERIFY(once.startsWith(before.left(impactAt)));
    QVERIFY(once.endsWith(before.mid(nextAt)));

    const Run second = srectl(args);
    QVERIFY2(second.exitCode == 0, qPrintable(describe(second)));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), once);
}

namespace {
QString pdfText(const QString &path, bool layout = true)
{
    QStringList args;
    if (layout)
        args << QStringLiteral("-layout");
    args << path << QStringLiteral("-");
    const Run r = run(QStringLiteral("pdftotext"), args);
    return QString::fromUtf8(r.out);
}

int pdfPages(const QString &path)
{
    const Run r = run(QStringLiteral("pdfinfo"), { path });
    static const QRegularExpression pages(QStringLiteral("Pages:\\s+(\\d+)"));
    return pages.match(QString::fromUtf8(r.out)).captured(1).toInt();
}

// Text as pdftotext gives it, compared without what text extraction changes: ligatures and CJK
// radicals folded (NFKC), line-end hyphens joined, spaces inserted between glyph runs.
// A table row split by a page break continues on the next page after that page's number: the
// page number lines (the last line before each form feed) are dropped.
QString comparable(QString text)
{
    text.remove(QRegularExpression(QStringLiteral("\\n\\d+\\n+\\f")));
    text = text.normalized(QString::NormalizationForm_KC);
    text.remove(QRegularExpression(QStringLiteral("[\\s\\-]")));
    return text;
}

// The words of `cell` occur in `text` in order (a table row split by a page break interleaves
// its cells' lines).
bool containsInOrder(const QString &text, const QString &cell)
{
    qsizetype at = 0;
    for (const QString &word : cell.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts)) {
        const QString w = comparable(word);
        if (w.isEmpty())
            continue;
        at = text.indexOf(w, at);
        if (at < 0)
            return false;
        at += w.size();
    }
    return true;
}

QString percentText(const QJsonValue &v, int decimals)
{
    return v.isNull() ? QStringLiteral("–") : QString::number(v.toDouble() * 100, 'f', decimals) + QStringLiteral(" %");
}
} // namespace

// The handout: a title page with the period and the generation time, a page per service, and
// each SLO's numbers as `srectl slo report --format json` gives them for the same period.
void TestSrectlReport::budgetPdfHasEveryNumber()
{
    const QString path = m_tmp.filePath(QStringLiteral("budget.pdf"));
    const Run r = srectl({ QStringLiteral("report"), QStringLiteral("budget"), QStringLiteral("--period"),
                           QStringLiteral("2026-10"), QStringLiteral("--at"), m_end, QStringLiteral("--format"),
                           QStringLiteral("pdf"), QStringLiteral("-o"), path });
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    const QString text = pdfText(path);
    QVERIFY2(text.contains(QStringLiteral("Error-budget review: 2026-10")), qPrintable(text.left(500)));
    QVERIFY(text.contains(QStringLiteral("2026-10-01 00:00 – 2026-11-01 00:00 JST")));
    QVERIFY(text.contains(QStringLiteral("Generated:")));
    QSet<QString> services;
    for (const QJsonValue &v : std::as_const(m_sloReport)) {
        const QJsonObject o = v.toObject();
        const QString id = o.value(QStringLiteral("id")).toString();
        services.insert(o.value(QStringLiteral("service")).toString());
        QVERIFY2(text.contains(id), qPrintable(id));
        for (const QString &number : { percentText(o.value(QStringLiteral("sli")), 3),
                                       percentText(o.value(QStringLiteral("error_budget_consumed")), 2),
                                       percentText(o.value(QStringLiteral("error_budget_remaining")), 2) })
            QVERIFY2(text.contains(number), qPrintable(id + QStringLiteral(": ") + number));
    }
    // Title page + one page (at least) per service.
    QVERIFY2(pdfPages(path) >= services.size() + 1, qPrintable(QString::number(pdfPages(path))));
    // Open action items of the incidents in the period are listed.
    QVERIFY(text.contains(QStringLiteral("INC-2026-014")));
}

void TestSrectlReport::budgetHtmlIsStandalone()
{
    const QString path = m_tmp.filePath(QStringLiteral("budget.html"));
    const Run r = srectl({ QStringLiteral("report"), QStringLiteral("budget"), QStringLiteral("--window"),
                           QStringLiteral("7d"), QStringLiteral("--at"), m_end, QStringLiteral("--format"),
                           QStringLiteral("html"), QStringLiteral("-o"), path });
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString html = QString::fromUtf8(f.readAll());
    QVERIFY(html.contains(QStringLiteral("Error-budget review: 7d")));
    QVERIFY(html.contains(QStringLiteral("<img src=\"data:image/png;base64,")));
    QVERIFY(!html.contains(QStringLiteral("src=\"http")));
    QVERIFY(html.contains(QStringLiteral("page-break-before: always")));
}

// An exported postmortem shows its title, every timeline row and every action item, and the
// impact chart.
void TestSrectlReport::postmortemPdf_data()
{
    QTest::addColumn<QString>("id");
    QTest::newRow("English, Google SRE template") << QStringLiteral("INC-2026-014");
    QTest::newRow("Japanese, the user's template") << QStringLiteral("INC-2025-001");
    QTest::newRow("draft") << QStringLiteral("INC-2026-017");
}

void TestSrectlReport::postmortemPdf()
{
    QFETCH(QString, id);
    const QString path = m_tmp.filePath(id + QStringLiteral(".pdf"));
    const Run r = srectl({ QStringLiteral("postmortem"), QStringLiteral("export"), id, QStringLiteral("--format"),
                           QStringLiteral("pdf"), QStringLiteral("-o"), path, QStringLiteral("--at"), m_end });
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    QVERIFY2(!r.err.contains(QStringLiteral("srectl")), qPrintable(r.err)); // no warning (the chart had its data)
    // Expected text from the file itself, through srectl's JSON where it has it.
    const Run list = srectl(
        { QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("postmortem"), QStringLiteral("list") });
    QJsonObject entry;
    for (const QJsonValue &v : QJsonDocument::fromJson(list.out).array())
        if (v.toObject().value(QStringLiteral("id")).toString() == id)
            entry = v.toObject();
    QVERIFY(!entry.isEmpty());
    QFile md(m_workspace + QLatin1Char('/') + entry.value(QStringLiteral("file")).toString());
    QVERIFY(md.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(md.readAll()).split(QLatin1Char('\n'));
    const QString text = comparable(pdfText(path, false));
    QVERIFY2(text.contains(comparable(entry.value(QStringLiteral("title")).toString())), qPrintable(text.left(300)));
    // The facts are labelled in the document's language.
    const bool japanese = entry.value(QStringLiteral("template")).toString() == u"sre-ja";
    QVERIFY(text.contains(comparable(japanese ? QStringLiteral("重要度") : QStringLiteral("Severity"))));
    // Table rows of the file (timeline and action items): each cell's text is in the PDF.
    int rows = 0;
    for (const QString &line : lines) {
        if (!line.startsWith(QLatin1Char('|')) || line.contains(QStringLiteral("---")))
            continue;
        for (QString cell : line.split(QLatin1Char('|'), Qt::SkipEmptyParts)) {
            cell = cell.trimmed().remove(QLatin1Char('`')).remove(QStringLiteral("**"));
            if (cell.isEmpty() || cell == u"-")
                continue;
            // Markdown links render as their text.
            static const QRegularExpression link(QStringLiteral("\\[([^\\]]*)\\]\\([^)]*\\)"));
            cell.replace(link, QStringLiteral("\\1"));
            QVERIFY2(containsInOrder(text, cell), qPrintable(id + QStringLiteral(": cell \"") + cell + u'"'));
        }
        ++rows;
    }
    QVERIFY(rows >= 8);
    // The impact chart is in the document: the PDF holds an image.
    const Run images = run(QStringLiteral("pdfimages"), { QStringLiteral("-list"), path });
    QVERIFY2(images.out.count("\n") >= 3, images.out.constData()); // header lines + at least one image
}

// srectl prints nothing on stderr that the user did not cause: where XDG_RUNTIME_DIR is unset (a
// CI job, cron, sudo) the commands that draw used to print Qt's "XDG_RUNTIME_DIR not set". The
// private runtime folder srectl uses instead is gone when it exits.
void TestSrectlReport::quietWithoutRuntimeDir_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("output");
    QTest::newRow("report budget --format pdf")
        << QStringList { QStringLiteral("report"),  QStringLiteral("budget"),   QStringLiteral("--period"),
                         QStringLiteral("2026-10"), QStringLiteral("--format"), QStringLiteral("pdf"),
                         QStringLiteral("-o") }
        << QStringLiteral("quiet-budget.pdf");
    QTest::newRow("report budget --format markdown")
        << QStringList { QStringLiteral("report"), QStringLiteral("budget"),   QStringLiteral("--window"),
                         QStringLiteral("7d"),     QStringLiteral("--format"), QStringLiteral("markdown"),
                         QStringLiteral("-o") }
        << QStringLiteral("quiet-budget.md");
    QTest::newRow("postmortem export --format pdf")
        << QStringList { QStringLiteral("postmortem"), QStringLiteral("export"), QStringLiteral("INC-2025-001"),
                         QStringLiteral("--format"),   QStringLiteral("pdf"),    QStringLiteral("-o") }
        << QStringLiteral("quiet-INC-2025-001.pdf");
    QTest::newRow("postmortem export --format html")
        << QStringList { QStringLiteral("postmortem"), QStringLiteral("export"), QStringLiteral("INC-2026-014"),
                         QStringLiteral("--format"),   QStringLiteral("html"),   QStringLiteral("-o") }
        << QStringLiteral("quiet-INC-2026-014.html");
}

void TestSrectlReport::quietWithoutRuntimeDir()
{
    QFETCH(QStringList, args);
    QFETCH(QString, output);
    QTemporaryDir tmp; // srectl's TMPDIR, to see what it leaves there
    QVERIFY(tmp.isValid());
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("XDG_RUNTIME_DIR"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM")); // srectl picks the offscreen platform itself
    env.insert(QStringLiteral("TMPDIR"), tmp.path());
    const QString path = m_tmp.filePath(output);
    const Run r = run(QStringLiteral(SRECTL_BIN),
                      QStringList { QStringLiteral("--workspace"), m_workspace } + args
                          + QStringList { path, QStringLiteral("--at"), m_end },
                      env);
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    QCOMPARE(r.err, QString());
    QVERIFY(QFileInfo(path).size() > 0);
    QCOMPARE(QDir(tmp.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), QStringList());
}

QTEST_GUILESS_MAIN(TestSrectlReport)
#include "tst_srectl_report.moc"
