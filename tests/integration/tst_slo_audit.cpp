// The rule audit (srectl slo audit, the SLO page's mark) against a real Prometheus (the
// prometheus_audit fixture, audit-fixture.sh): recording rules in Sloth's documented shape and the
// rules srectl generates, backfilled with promtool over the demo world's history, in which
// myapp-api has a burst of errors (INC-2025-001) and checkout an hour without traffic. Expected:
// Sloth's averaged 30d SLI and its budget are off by the time-weighted averaging on myapp-api and
// NaN on checkout; the rate windows and the generated rules agree with the exact events.
//
// Independent numbers: the exact events come from the generator's ground truth (sre-demo-history
// counts); the time-weighted mean Sloth's rule should record is computed here from the raw
// counters Prometheus serves, and the NaN samples from where the quiet hour lies.
#include "../common/processrun.h"
#include "../common/testfiles.h"
#include "settings.h"
#include "slodetailview.h"
#include "slooverviewmodel.h"
#include "slopage.h"
#include "slorefresher.h"
#include "workspace.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>
#include <map>

using namespace sre;

namespace {

qint64 env(const char *name)
{
    return qEnvironmentVariable(name).toLongLong();
}

const QString kMyapp = QStringLiteral("myapp-api/requests-availability");
const QString kCheckout = QStringLiteral("checkout/requests-availability");
const QString kCheckoutHandlers = QStringLiteral("checkout/handler-availability");
const QString kPayments = QStringLiteral("payments-api/availability");
const QString kRatio30d = QStringLiteral("slo:sli_error:ratio_rate30d");
const QString kBudget = QStringLiteral("slo:period_error_budget_remaining:ratio");
const QString kRatio5m = QStringLiteral("slo:sli_error:ratio_rate5m");

bool near(double a, double b, double relative = 1e-9)
{
    return std::abs(a - b) <= relative * std::max(std::abs(a), std::abs(b)) + 1e-12;
}

qint64 floor60(double t)
{
    return qint64(std::floor(t / 60)) * 60;
}

qint64 secondsOf(const QJsonValue &iso)
{
    return QDateTime::fromString(iso.toString(), Qt::ISODate).toSecsSinceEpoch();
}

// The generator's exact events of `service` (of its `handler` only, when given) stamped in
// (from, to], with the fixture's quiet hour.
std::pair<double, double> groundTruth(const QString &service, qint64 from, qint64 to, const QString &handler = {})
{
    QStringList args { QStringLiteral("counts"),
                       QStringLiteral("--service"),
                       service,
                       QStringLiteral("--from"),
                       QString::number(from),
                       QStringLiteral("--to"),
                       QString::number(to),
                       QStringLiteral("--end"),
                       qEnvironmentVariable("SRE_TEST_AUDIT_END"),
                       QStringLiteral("--days"),
                       qEnvironmentVariable("SRE_TEST_AUDIT_DAYS"),
                       QStringLiteral("--quiet"),
                       qEnvironmentVariable("SRE_TEST_AUDIT_QUIET") };
    if (!handler.isEmpty())
        args << QStringLiteral("--handler") << handler;
    const testing::ProcessRun r = testing::runProcess(qEnvironmentVariable("SRE_DEMO_HISTORY"), args);
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    return { o[QStringLiteral("bad")].toDouble(-1), o[QStringLiteral("total")].toDouble(-1) };
}

QJsonObject sloOf(const QJsonArray &report, const QString &id)
{
    for (const QJsonValue &v : report)
        if (v[QStringLiteral("slo")].toString() == id)
            return v.toObject();
    return {};
}

QJsonObject findingOf(const QJsonObject &slo, const QString &record)
{
    for (const QJsonValue &f : slo[QStringLiteral("findings")].toArray())
        if (f[QStringLiteral("record")].toString() == record)
            return f.toObject();
    return {};
}

QStringList causesOf(const QJsonObject &finding)
{
    QStringList out;
    for (const QJsonValue &c : finding[QStringLiteral("causes")].toArray())
        out << c.toString();
    return out;
}

} // namespace

class TestSloAudit : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void averagingBiasAndNan();
    void nanInsideTheQuietHour();
    void perGroup();
    void generatedRulesAuditClean();
    void markOnTheSloPage();
    void exitCodes();

private:
    testing::ProcessRun audit(const QStringList &args);
    QJsonArray query(const QString &path, const QStringList &form);
    double instant(const QString &promql, double at); // the value of its first series; NaN when none
    // The sum of `service`'s request counters (5xx only with `errors`) at every minute of [from, to].
    std::map<qint64, double> counters(const QString &service, bool errors, qint64 from, qint64 to);
    struct Sampled
    {
        int samples = 0; // samples of the 5m rule in the 30d window before `at`
        int undefined = 0; // of those, where rate() saw no events at all (0/0)
        double firstUndefined = 0;
        double mean = 0; // of the others' error ratios
    };
    // Over the instants the Sloth-shaped 5m rule of `service` was evaluated in the 30 days up to
    // `at` (their timestamps only), the 5m error ratio as rate() sees it, from the raw counters.
    Sampled timeWeighted(const QString &service, double at);

    QTemporaryDir m_dir;
    QString m_url;
    qint64 m_end = 0, m_days = 0, m_quietFrom = 0, m_quietTo = 0, m_at = 0, m_atGap = 0;
};

void TestSloAudit::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QFile urlFile(qEnvironmentVariable("SRE_TEST_AUDIT_DIR") + QStringLiteral("/prometheus/url"));
    QVERIFY2(urlFile.open(QIODevice::ReadOnly), "the prometheus_audit fixture did not write its URL");
    m_url = QString::fromUtf8(urlFile.readAll()).trimmed();
    m_end = env("SRE_TEST_AUDIT_END");
    m_days = env("SRE_TEST_AUDIT_DAYS");
    const QStringList quiet = qEnvironmentVariable("SRE_TEST_AUDIT_QUIET").split(u',');
    QCOMPARE(quiet.size(), 3);
    m_quietFrom = quiet[1].toLongLong();
    m_quietTo = quiet[2].toLongLong();
    m_at = env("SRE_TEST_AUDIT_AT");
    m_atGap = env("SRE_TEST_AUDIT_AT_GAP");
    QVERIFY(m_at > m_quietTo && m_atGap > m_quietFrom + 300 && m_atGap <= m_quietTo);

    QVERIFY(testing::copyDir(QStringLiteral(SRE_SOURCE_DIR "/tests/integration/data/audit/workspace"), m_dir.path()));
    QFile ws(m_dir.filePath(QStringLiteral("workspace.yaml")));
    QVERIFY(ws.open(QIODevice::ReadOnly));
    QString text = QString::fromUtf8(ws.readAll());
    ws.close();
    text.replace(QRegularExpression(QStringLiteral("url: \\S+")), QStringLiteral("url: ") + m_url);
    QVERIFY(ws.open(QIODevice::WriteOnly | QIODevice::Truncate));
    ws.write(text.toUtf8());
}

testing::ProcessRun TestSloAudit::audit(const QStringList &args)
{
    return testing::runSrectl(m_dir.path(),
                              QStringList { QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("slo"),
                                            QStringLiteral("audit") }
                                  + args,
                              QProcessEnvironment::systemEnvironment(), 300000);
}

QJsonArray TestSloAudit::query(const QString &path, const QStringList &form)
{
    QStringList args { QStringLiteral("-sS") };
    for (const QString &f : form)
        args << QStringLiteral("--data-urlencode") << f;
    args << m_url + path;
    const testing::ProcessRun r = testing::runProcess(QStringLiteral("curl"), args);
    return QJsonDocument::fromJson(r.out)[QStringLiteral("data")][QStringLiteral("result")].toArray();
}

double TestSloAudit::instant(const QString &promql, double at)
{
    const QJsonArray result
        = query(QStringLiteral("/api/v1/query"),
                { QStringLiteral("query=") + promql, QStringLiteral("time=%1").arg(at, 0, 'f', 3) });
    return result.isEmpty() ? std::nan("") : result[0][QStringLiteral("value")][1].toString().toDouble();
}

std::map<qint64, double> TestSloAudit::counters(const QString &service, bool errors, qint64 from, qint64 to)
{
    const QString selector = errors ? QStringLiteral("http_requests_total{service=\"%1\",code=~\"5..\"}")
                                    : QStringLiteral("http_requests_total{service=\"%1\"}");
    std::map<qint64, double> out;
    // Prometheus answers at most 11,000 points per range query.
    for (qint64 start = from; start <= to; start += 10000 * 60) {
        const QJsonArray result
            = query(QStringLiteral("/api/v1/query_range"),
                    { QStringLiteral("query=sum(%1)").arg(selector.arg(service)), QStringLiteral("start=%1").arg(start),
                      QStringLiteral("end=%1").arg(std::min(to, start + 9999 * 60)), QStringLiteral("step=60") });
        if (!result.isEmpty())
            for (const QJsonValue &v : result[0][QStringLiteral("values")].toArray())
                out[qint64(v[0].toDouble())] = v[1].toString().toDouble();
    }
    return out;
}

TestSloAudit::Sampled TestSloAudit::timeWeighted(const QString &service, double at)
{
    const QJsonArray raw
        = query(QStringLiteral("/api/v1/query"),
                { QStringLiteral("query=%1{sloth_id=\"%2-requests-availability\"}[30d]").arg(kRatio5m, service),
                  QStringLiteral("time=%1").arg(at, 0, 'f', 3) });
    const qint64 from = floor60(m_end - m_days * 86400);
    const std::map<qint64, double> all = counters(service, false, from, qint64(at) + 60);
    const std::map<qint64, double> bad = counters(service, true, from, qint64(at) + 60);
    Sampled s;
    double sum = 0;
    int defined = 0;
    for (const QJsonValue &v : raw.isEmpty() ? QJsonArray() : raw[0][QStringLiteral("values")].toArray()) {
        const double t = v[0].toDouble();
        ++s.samples;
        // The minutes whose both samples lie in [t - 5m, t].
        const qint64 first = qint64(std::ceil((t - 300) / 60)) * 60;
        const qint64 last = floor60(t);
        if (!all.count(first) || !all.count(last) || !bad.count(first) || !bad.count(last))
            return Sampled { -1, -1, 0, 0 }; // a minute Prometheus did not answer for
        const double events = all.at(last) - all.at(first);
        if (events <= 0) {
            if (s.undefined++ == 0)
                s.firstUndefined = t;
            continue;
        }
        sum += (bad.at(last) - bad.at(first)) / events;
        ++defined;
    }
    s.mean = defined > 0 ? sum / defined : 0;
    return s;
}

void TestSloAudit::averagingBiasAndNan()
{
    const testing::ProcessRun r = audit({ QStringLiteral("--at"), QString::number(m_at) });
    QVERIFY2(r.exitCode == 1, qPrintable(r.describe()));
    const QJsonArray report = QJsonDocument::fromJson(r.out).array();

    // myapp-api: the rate windows agree; the averaged 30d SLI and its budget do not, by averaging.
    const QJsonObject myapp = sloOf(report, kMyapp);
    QCOMPARE(myapp[QStringLiteral("rules_audited")].toInt(), 4);
    QCOMPARE(myapp[QStringLiteral("findings")].toArray().size(), 2);
    const QJsonObject sli = findingOf(myapp, kRatio30d);
    QCOMPARE(causesOf(sli), QStringList { QStringLiteral("averaging") });
    // The newest sample at or before the audit time (the group evaluates at its own offset).
    const double at30
        = instant(QStringLiteral("timestamp(%1{sloth_id=\"myapp-api-requests-availability\"})").arg(kRatio30d), m_at);
    QVERIFY(at30 > m_at - 60 && at30 <= m_at);
    QCOMPARE(secondsOf(sli[QStringLiteral("at")]), qint64(std::floor(at30)));
    const qint64 end = floor60(at30);
    const auto [bad, total] = groundTruth(QStringLiteral("myapp-api"), end - 30 * 86400, end);
    QVERIFY(total > 0 && bad > 0);
    const double exact = bad / total;
    QVERIFY2(near(sli[QStringLiteral("exact")].toDouble(), exact),
             qPrintable(
                 QStringLiteral("exact %1, ground truth %2").arg(sli[QStringLiteral("exact")].toDouble()).arg(exact)));

    // Sloth's period SLI computed here: the mean of the 5m error ratios at each instant its 5m rule
    // was evaluated, from the raw counters, as rate() sees them (the minutes whose both samples lie
    // inside the range; its extrapolation cancels in a ratio).
    const Sampled tw = timeWeighted(QStringLiteral("myapp-api"), at30);
    QVERIFY(tw.samples > 10000);
    QCOMPARE(tw.undefined, 0);
    const QJsonObject evidence = sli[QStringLiteral("evidence")].toObject();
    QCOMPARE(evidence[QStringLiteral("input_samples")].toInt(), tw.samples);
    QCOMPARE(evidence[QStringLiteral("non_finite_samples")].toInt(), 0);
    QVERIFY(near(evidence[QStringLiteral("time_weighted")].toDouble(), tw.mean, 1e-9));
    QVERIFY(near(sli[QStringLiteral("recorded")].toDouble(), tw.mean, 1e-9));
    // A real bias, far beyond the tolerance: the outage's evening traffic is not the day's mean.
    qInfo("myapp-api 30d: Sloth records %.9g, exact %.9g (%+.1f %%)", tw.mean, exact, 100 * (tw.mean - exact) / exact);
    QVERIFY(std::abs(tw.mean - exact) > 1e-2 * exact);

    // The budget reads the 30d SLI of its own evaluation (a minute older at most): the same bias.
    const QJsonObject budget = findingOf(myapp, kBudget);
    QCOMPARE(causesOf(budget), QStringList { QStringLiteral("averaging") });
    const qint64 budgetEnd = floor60(double(secondsOf(budget[QStringLiteral("at")])));
    const auto [bbad, btotal] = groundTruth(QStringLiteral("myapp-api"), budgetEnd - 30 * 86400, budgetEnd);
    QVERIFY(near(budget[QStringLiteral("exact")].toDouble(), 1 - (bbad / btotal) / (1 - 0.999), 1e-9));
    QVERIFY(near(budget[QStringLiteral("recorded")].toDouble(), 1 - tw.mean / (1 - 0.999), 1e-3));

    // checkout: the quiet hour's 5m ratios are 0/0 = NaN, and so is the 30d average over them.
    const QJsonObject checkout = sloOf(report, kCheckout);
    const QJsonObject nan = findingOf(checkout, kRatio30d);
    QCOMPARE(causesOf(nan), QStringList { QStringLiteral("nan") });
    QCOMPARE(nan[QStringLiteral("recorded")].toString(), QStringLiteral("NaN"));
    const double nanAt
        = instant(QStringLiteral("timestamp(%1{sloth_id=\"checkout-requests-availability\"})").arg(kRatio30d), m_at);
    const auto [cbad, ctotal] = groundTruth(QStringLiteral("checkout"), floor60(nanAt) - 30 * 86400, floor60(nanAt));
    QVERIFY(near(nan[QStringLiteral("exact")].toDouble(), cbad / ctotal));
    // The 5m ratios whose minutes all lie in the quiet hour: 0 events over 0 events.
    const Sampled quiet = timeWeighted(QStringLiteral("checkout"), nanAt);
    const QJsonObject nanEvidence = nan[QStringLiteral("evidence")].toObject();
    QVERIFY2(quiet.undefined >= 55 && quiet.undefined <= 57, qPrintable(QString::number(quiet.undefined)));
    QCOMPARE(nanEvidence[QStringLiteral("non_finite_samples")].toInt(), quiet.undefined);
    QCOMPARE(nanEvidence[QStringLiteral("input_samples")].toInt(), quiet.samples);
    QCOMPARE(secondsOf(nanEvidence[QStringLiteral("first_non_finite")]), qint64(std::floor(quiet.firstUndefined)));
    QVERIFY(quiet.firstUndefined > m_quietFrom && quiet.firstUndefined <= m_quietFrom + 300);
    QVERIFY(causesOf(findingOf(checkout, kBudget)).contains(QStringLiteral("nan")));
    QCOMPARE(checkout[QStringLiteral("findings")].toArray().size(), 2); // the rate windows are right

    // The generated rules: no finding.
    const QJsonObject payments = sloOf(report, kPayments);
    QCOMPARE(payments[QStringLiteral("status")].toString(), QStringLiteral("ok"));
    QCOMPARE(payments[QStringLiteral("rules_audited")].toInt(), 2);
}

void TestSloAudit::nanInsideTheQuietHour()
{
    const testing::ProcessRun r
        = audit({ QStringLiteral("--slo"), kCheckout, QStringLiteral("--at"), QString::number(m_atGap) });
    QVERIFY2(r.exitCode == 1, qPrintable(r.describe()));
    const QJsonObject checkout = sloOf(QJsonDocument::fromJson(r.out).array(), kCheckout);
    const QJsonObject five = findingOf(checkout, kRatio5m);
    QCOMPARE(causesOf(five), QStringList { QStringLiteral("nan") });
    QVERIFY(five[QStringLiteral("exact")].isNull()); // no events: the engine has no data
    QVERIFY(secondsOf(five[QStringLiteral("at")]) > m_atGap - 60 && secondsOf(five[QStringLiteral("at")]) <= m_atGap);
    QVERIFY(findingOf(checkout, QStringLiteral("slo:sli_error:ratio_rate1h")).isEmpty()); // 1h still sees traffic
    const QJsonObject period = findingOf(checkout, kRatio30d);
    const double at30
        = instant(QStringLiteral("timestamp(%1{sloth_id=\"checkout-requests-availability\"})").arg(kRatio30d), m_atGap);
    QCOMPARE(period[QStringLiteral("evidence")][QStringLiteral("non_finite_samples")].toInt(),
             timeWeighted(QStringLiteral("checkout"), at30).undefined);
}

// An SLO with group_by (Sloth's queries `sum by (handler)`): each rule records one series per
// handler, and each is audited against that handler's own events, the generator's counts per
// handler. The handlers' ratios differ, so a series compared with the service's events would not
// pass. One rule of it is deployed without `by`: it is audited as a whole, and agrees.
void TestSloAudit::perGroup()
{
    const testing::ProcessRun r
        = audit({ QStringLiteral("--slo"), kCheckoutHandlers, QStringLiteral("--at"), QString::number(m_at) });
    QVERIFY2(r.exitCode == 1, qPrintable(r.describe()));
    const QJsonObject slo = sloOf(QJsonDocument::fromJson(r.out).array(), kCheckoutHandlers);
    QVERIFY2(slo[QStringLiteral("notes")].toArray().isEmpty(),
             qPrintable(QString::fromUtf8(QJsonDocument(slo[QStringLiteral("notes")].toArray()).toJson())));
    // 5m, 1h and 30d for /cart, /confirm, /pay; and the 2h rule, recorded for all handlers together,
    // as a whole.
    QCOMPARE(slo[QStringLiteral("rules_audited")].toInt(), 10);
    // The rate windows agree per handler; the 30-day SLIs are NaN after the quiet hour.
    const QJsonArray findings = slo[QStringLiteral("findings")].toArray();
    QCOMPARE(findings.size(), 3);
    QStringList handlers;
    double lowest = 1, highest = 0;
    for (const QJsonValue &f : findings) {
        QCOMPARE(f[QStringLiteral("record")].toString(), kRatio30d);
        const QString handler = f[QStringLiteral("matchers")][QStringLiteral("handler")].toString();
        handlers << handler;
        QVERIFY(f[QStringLiteral("rule")].toString().contains(QStringLiteral("handler=\"%1\"").arg(handler)));
        QCOMPARE(causesOf(f.toObject()), QStringList { QStringLiteral("nan") });
        QCOMPARE(f[QStringLiteral("recorded")].toString(), QStringLiteral("NaN"));
        const qint64 end = floor60(double(secondsOf(f[QStringLiteral("at")])));
        const auto [bad, total] = groundTruth(QStringLiteral("checkout"), end - 30 * 86400, end, handler);
        QVERIFY(total > 0 && bad > 0);
        QVERIFY2(near(f[QStringLiteral("exact")].toDouble(), bad / total),
                 qPrintable(QStringLiteral("%1: exact %2, ground truth %3")
                                .arg(handler)
                                .arg(f[QStringLiteral("exact")].toDouble())
                                .arg(bad / total)));
        lowest = std::min(lowest, bad / total);
        highest = std::max(highest, bad / total);
        // That handler's own 5m ratios inside the quiet hour.
        const QJsonObject evidence = f[QStringLiteral("evidence")].toObject();
        const qint64 first = secondsOf(evidence[QStringLiteral("first_non_finite")]);
        QVERIFY(first > m_quietFrom && first <= m_quietFrom + 300);
        const int nan = evidence[QStringLiteral("non_finite_samples")].toInt();
        QVERIFY2(nan >= 55 && nan <= 57, qPrintable(QString::number(nan)));
    }
    handlers.sort();
    QCOMPARE(handlers, (QStringList { QStringLiteral("/cart"), QStringLiteral("/confirm"), QStringLiteral("/pay") }));
    qInfo("checkout's 30d error ratio per handler: %.6g to %.6g", lowest, highest);
    QVERIFY(highest > 1.05 * lowest);
}

void TestSloAudit::generatedRulesAuditClean()
{
    const testing::ProcessRun r
        = audit({ QStringLiteral("--slo"), kPayments, QStringLiteral("--at"), QString::number(m_at) });
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe() + QString::fromUtf8(r.out)));
    const QJsonObject payments = sloOf(QJsonDocument::fromJson(r.out).array(), kPayments);
    QCOMPARE(payments[QStringLiteral("status")].toString(), QStringLiteral("ok"));
    QCOMPARE(payments[QStringLiteral("rules_audited")].toInt(), 2);
    // Also inside the quiet hour of another service, and where the generated rules record no
    // sample for a while: nothing to report.
    const testing::ProcessRun gap
        = audit({ QStringLiteral("--slo"), kPayments, QStringLiteral("--at"), QString::number(m_atGap) });
    QVERIFY2(gap.exitCode == 0, qPrintable(gap.describe() + QString::fromUtf8(gap.out)));
}

// The SLO page audits off the GUI thread at its "as of" instant; the detail of an SLO whose
// deployed rules differ says so, with the cause; the others show no mark.
void TestSloAudit::markOnTheSloPage()
{
    ws::Workspace workspace;
    workspace.openBlocking(m_dir.path());
    Settings settings;
    SloPage page(workspace, settings);
    SloTimeSelection selection;
    selection.asOf = m_at;
    page.refresher()->setSelection(selection); // the audit started at construction (now) is dropped
    QTRY_VERIFY_WITH_TIMEOUT(page.openDetail(kMyapp) && !page.detail()->rulesAuditText().isEmpty(), 240000);
    const QString myapp = page.detail()->rulesAuditText();
    QVERIFY2(myapp.contains(kRatio30d) && myapp.contains(QStringLiteral("time-weighted averaging")), qPrintable(myapp));
    QVERIFY(page.openDetail(kCheckout));
    QVERIFY2(page.detail()->rulesAuditText().contains(QStringLiteral("NaN or Inf in the window")),
             qPrintable(page.detail()->rulesAuditText()));
    QVERIFY(page.openDetail(kPayments));
    QCOMPARE(page.detail()->rulesAuditText(), QString());
}

// 0 when nothing recorded anything yet (before the history: each rule noted, nothing compared),
// 2 for an SLO the workspace does not have, 3 when Prometheus does not answer.
void TestSloAudit::exitCodes()
{
    const testing::ProcessRun before = audit({ QStringLiteral("--at"), QString::number(m_end - 40 * 86400) });
    QVERIFY2(before.exitCode == 0, qPrintable(before.describe()));
    QVERIFY2(before.err.contains(QStringLiteral("no sample at or before the audit time")), qPrintable(before.err));
    const testing::ProcessRun unknown = audit({ QStringLiteral("--slo"), QStringLiteral("nope/none") });
    QVERIFY2(unknown.exitCode == 2 && unknown.err.contains(QStringLiteral("no SLO \"nope/none\"")),
             qPrintable(unknown.describe()));

    QTemporaryDir down;
    QVERIFY(testing::copyDir(m_dir.path(), down.path()));
    QFile ws(down.filePath(QStringLiteral("workspace.yaml")));
    QVERIFY(ws.open(QIODevice::ReadOnly));
    QString text = QString::fromUtf8(ws.readAll());
    ws.close();
    text.replace(m_url, QStringLiteral("http://127.0.0.1:1"));
    QVERIFY(ws.open(QIODevice::WriteOnly | QIODevice::Truncate));
    ws.write(text.toUtf8());
    ws.close();
    const testing::ProcessRun r = testing::runSrectl(down.path(), { QStringLiteral("slo"), QStringLiteral("audit") });
    QVERIFY2(r.exitCode == 3, qPrintable(r.describe()));
}

QTEST_MAIN(TestSloAudit)
#include "tst_slo_audit.moc"
