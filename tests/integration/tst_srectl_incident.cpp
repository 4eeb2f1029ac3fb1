// srectl incident declare against the real Alertmanager pair (scripts/prom-fixture): alerts POSTed
// the way Prometheus sends them, an ack silence on them, then the built srectl declares and the
// postmortem file it wrote is compared byte for byte. Exit codes 1, 2 and 3.
#include "../common/alertmanagertestutil.h"
#include "../common/processrun.h"
#include "alertmanagerjson.h"
#include "fixtureenv.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace sre;
using namespace sre::alerting;
using testing::curl;
using testing::postJson;

namespace {

void writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

const QByteArray kTemplate = "---\ntemplate: ours\nname: Ours\nlanguage: en\ntimeline_heading: Timeline\n---\n"
                             "## Summary\n\n## Timeline\n\n| Time (UTC) | Event | Action |\n|---|---|---|\n";

} // namespace

class TestSrectlIncident : public QObject
{
    Q_OBJECT

    QString m_am1, m_am2;
    QTemporaryDir m_ws;

    testing::ProcessRun srectl(const QStringList &args, const QString &workspace = {})
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_ws.filePath(QStringLiteral(".config"))); // no user's "me"
        return testing::runProcess(
            QStringLiteral(SRECTL_BIN),
            QStringList { QStringLiteral("-w"), workspace.isEmpty() ? m_ws.path() : workspace } + args, env);
    }

private slots:
    void initTestCase()
    {
        m_am1 = testing::fixtureUrl("SRE_TEST_AM1_URL_FILE");
        m_am2 = testing::fixtureUrl("SRE_TEST_AM2_URL_FILE");
        QVERIFY2(!m_am1.isEmpty() && !m_am2.isEmpty(), "the alertmanager_pair fixture did not start");
        writeFile(m_ws.filePath(QStringLiteral("workspace.yaml")),
                  QStringLiteral("name: t\ntimezone: Asia/Tokyo\ndatasources:\n"
                                 "  - name: am1\n    type: alertmanager\n    url: %1\n"
                                 "  - name: am2\n    type: alertmanager\n    url: %2\n")
                      .arg(m_am1, m_am2)
                      .toUtf8());
        writeFile(m_ws.filePath(QStringLiteral("slos/checkout.yaml")),
                  "apiVersion: sre-console/v1\nservice: checkout\nslos:\n  - name: availability\n    objective: 99.9\n"
                  "    sli:\n      events:\n        error_query: sum(rate(e[{{window}}]))\n"
                  "        total_query: sum(rate(t[{{window}}]))\n");
        writeFile(m_ws.filePath(QStringLiteral("oncall.yaml")),
                  "timezone: Asia/Tokyo\nrotations:\n"
                  "  - { name: primary, members: [aiko], length: 1w, start: 2026-01-05 }\n"
                  "people:\n  aiko: { name: Aiko Tanaka }\n");
        writeFile(m_ws.filePath(QStringLiteral("templates/ours.md")), kTemplate);
        writeFile(m_ws.filePath(QStringLiteral("runbooks/DeclaredBurn.md")), "# DeclaredBurn\n\n1. Look.\n");
    }

    void declareFromTheRealAlertmanager()
    {
        // The ack first: Alertmanager starts a silence at its own "now", which the test reads back.
        const QJsonObject ack { { QStringLiteral("matchers"),
                                  QJsonArray { QJsonObject { { QStringLiteral("name"), QStringLiteral("test") },
                                                             { QStringLiteral("value"), QStringLiteral("declare") },
                                                             { QStringLiteral("isRegex"), false },
                                                             { QStringLiteral("isEqual"), true } } } },
                                { QStringLiteral("startsAt"), formatAmTime(QDateTime::currentDateTimeUtc()) },
                                { QStringLiteral("endsAt"),
                                  formatAmTime(QDateTime::currentDateTimeUtc().addSecs(1800)) },
                                { QStringLiteral("createdBy"), QStringLiteral("ben") },
                                { QStringLiteral("comment"), QStringLiteral("ACK: on it") } };
        const QString ackId
            = QJsonDocument::fromJson(postJson(m_am1 + QStringLiteral("/api/v2/silences"), QJsonDocument(ack)))
                  .object()
                  .value(QStringLiteral("silenceID"))
                  .toString();
        QVERIFY(!ackId.isEmpty());
        const QJsonObject stored
            = QJsonDocument::fromJson(curl({ m_am1 + QStringLiteral("/api/v2/silence/") + ackId })).object();
        const QDateTime ackedAt = parseAmTime(stored.value(QStringLiteral("startsAt")).toString());
        QVERIFY(ackedAt.isValid());

        // Fired 20 minutes before the ack, posted to both peers as Prometheus does.
        QDateTime firedAt = ackedAt.addSecs(-20 * 60);
        firedAt.setTime(QTime(firedAt.time().hour(), firedAt.time().minute()));
        const QDateTime declaredAt = ackedAt.addSecs(60);
        const QJsonArray alerts { QJsonObject {
            { QStringLiteral("labels"),
              QJsonObject { { QStringLiteral("alertname"), QStringLiteral("DeclaredBurn") },
                            { QStringLiteral("service"), QStringLiteral("checkout") },
                            { QStringLiteral("slo"), QStringLiteral("availability") },
                            { QStringLiteral("severity"), QStringLiteral("critical") },
                            { QStringLiteral("test"), QStringLiteral("declare") } } },
            { QStringLiteral("annotations"),
              QJsonObject { { QStringLiteral("summary"), QStringLiteral("checkout burns its budget") } } },
            { QStringLiteral("startsAt"), formatAmTime(firedAt) },
            { QStringLiteral("endsAt"), formatAmTime(QDateTime::currentDateTimeUtc().addSecs(600)) },
            { QStringLiteral("generatorURL"), QStringLiteral("http://prometheus.test/graph?g0.expr=burn") } } };
        postJson(m_am1 + QStringLiteral("/api/v2/alerts"), QJsonDocument(alerts));
        postJson(m_am2 + QStringLiteral("/api/v2/alerts"), QJsonDocument(alerts));
        QString fingerprint;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                const QJsonArray listed
                    = QJsonDocument::fromJson(
                          curl({ m_am1 + QStringLiteral("/api/v2/alerts?filter=test%3D%22declare%22") }))
                          .array();
                fingerprint = listed.isEmpty() ? QString()
                                               : listed[0].toObject().value(QStringLiteral("fingerprint")).toString();
                return !fingerprint.isEmpty();
            }(),
            15000);

        const testing::ProcessRun run
            = srectl({ QStringLiteral("incident"), QStringLiteral("declare"), QStringLiteral("--alert"),
                       QStringLiteral("DeclaredBurn"), QStringLiteral("--matcher"), QStringLiteral("test=\"declare\""),
                       QStringLiteral("--at"), declaredAt.toString(Qt::ISODate) });
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        const QString id = QStringLiteral("INC-%1-001").arg(declaredAt.date().year());
        const QString path
            = QDir::cleanPath(m_ws.filePath(QStringLiteral("postmortems/") + id + QStringLiteral(".md")));
        QCOMPARE(QString::fromUtf8(run.out), QStringLiteral("%1 %2\n").arg(id, path));

        // The timeline's cells: UTC (HH:mm on the start date), then Tokyo's clock.
        const QTimeZone tokyo("Asia/Tokyo");
        const auto cell = [&](const QDateTime &t) {
            const QDateTime local = t.toTimeZone(tokyo);
            return t.toString(t.date() == firedAt.date() ? QStringLiteral("HH:mm") : QStringLiteral("yyyy-MM-dd HH:mm"))
                + QStringLiteral(" (")
                + local.toString(local.date() == t.date() ? QStringLiteral("HH:mm")
                                                          : QStringLiteral("yyyy-MM-dd HH:mm"))
                + QStringLiteral(" Asia/Tokyo)");
        };
        const QString expected
            = QStringLiteral("---\n"
                             "id: %1\n"
                             "title: \"DeclaredBurn: checkout burns its budget\"\n"
                             "status: draft\n"
                             "severity: P1\n"
                             "started: %2\n"
                             "detected:\n"
                             "mitigated:\n"
                             "resolved:\n"
                             "services: [checkout]\n"
                             "slos: [checkout/availability]\n"
                             "authors: [Aiko Tanaka]\n"
                             "template: ours\n"
                             "alerts: [DeclaredBurn]\n"
                             "---\n"
                             "## Summary\n"
                             "\n"
                             "## Timeline\n"
                             "\n"
                             "| Time (UTC) | Event | Action |\n"
                             "|---|---|---|\n"
                             "| %3 | Alert fired: DeclaredBurn |  |\n"
                             "| %4 | Acknowledged: DeclaredBurn | ben: on it |\n"
                             "| %5 | Incident declared | On call: Aiko Tanaka |\n"
                             "\n"
                             "## Alert details\n"
                             "\n"
                             "```yaml\n"
                             "- fingerprint: %6\n"
                             "  startsAt: %2\n"
                             "  labels:\n"
                             "    alertname: DeclaredBurn\n"
                             "    service: checkout\n"
                             "    severity: critical\n"
                             "    slo: availability\n"
                             "    test: declare\n"
                             "  annotations:\n"
                             "    summary: checkout burns its budget\n"
                             "  generatorURL: http://prometheus.test/graph?g0.expr=burn\n"
                             "```\n")
                  .arg(id, firedAt.toString(Qt::ISODate), cell(firedAt), cell(ackedAt), cell(declaredAt), fingerprint);
        QFile written(path);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(written.readAll()), expected);

        // Declared again: the next id; the first file is left as it was.
        const testing::ProcessRun again
            = srectl({ QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("incident"),
                       QStringLiteral("declare"), QStringLiteral("--alert"), QStringLiteral("DeclaredBurn") });
        QVERIFY2(again.exitCode == 0, qPrintable(again.describe()));
        const QJsonObject json = QJsonDocument::fromJson(again.out).array().at(0).toObject();
        QCOMPARE(json.value(QStringLiteral("id")).toString(),
                 QStringLiteral("INC-%1-002").arg(QDateTime::currentDateTimeUtc().date().year()));
        QCOMPARE(json.value(QStringLiteral("template")).toString(), QStringLiteral("ours"));
        QCOMPARE(json.value(QStringLiteral("runbook")).toString(), QStringLiteral("runbooks/DeclaredBurn.md"));
        QVERIFY(written.seek(0));
        QCOMPARE(QString::fromUtf8(written.readAll()), expected);
    }

    void exitCodes()
    {
        // No firing alert of that name: 1, and no file.
        const testing::ProcessRun none = srectl({ QStringLiteral("incident"), QStringLiteral("declare"),
                                                  QStringLiteral("--alert"), QStringLiteral("NoSuch") });
        QCOMPARE(none.exitCode, 1);
        QVERIFY2(none.err.contains(QStringLiteral("NoSuch")), qPrintable(none.err));
        // Usage: 2.
        QCOMPARE(srectl({ QStringLiteral("incident"), QStringLiteral("declare") }).exitCode, 2);
        QCOMPARE(srectl({ QStringLiteral("incident"), QStringLiteral("declare"), QStringLiteral("--alert"),
                          QStringLiteral("X"), QStringLiteral("--matcher"), QStringLiteral("nonsense") })
                     .exitCode,
                 2);
        // No Alertmanager answers: 3.
        QTemporaryDir dead;
        writeFile(dead.filePath(QStringLiteral("workspace.yaml")),
                  "name: dead\ndatasources:\n  - name: am\n    type: alertmanager\n    url: http://127.0.0.1:9\n"
                  "    timeout: 2s\n");
        QCOMPARE(srectl({ QStringLiteral("incident"), QStringLiteral("declare"), QStringLiteral("--alert"),
                          QStringLiteral("X") },
                        dead.path())
                     .exitCode,
                 3);
        QVERIFY(!QDir(dead.filePath(QStringLiteral("postmortems"))).exists());
    }
};

QTEST_GUILESS_MAIN(TestSrectlIncident)
#include "tst_srectl_incident.moc"
