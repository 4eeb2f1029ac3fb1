#include "slooverviewmodel.h"
#include "storemodels.h"
#include "workspace.h"

#include <QAbstractItemModelTester>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace sre;

namespace {
// An evaluation as the engine would deliver it, built from counts (no server involved).
SloEvaluation evaluation(const slo::SloSpec &spec, double bad, double total, bool failed = false)
{
    SloEvaluation e;
    e.spec = spec;
    const qint64 at = 1793491200;
    std::vector<slo::EventBucket> buckets;
    const qint64 step = 300;
    const qint64 n = 31 * 24 * 12;
    for (qint64 i = 0; i < n; ++i)
        buckets.push_back({ at - (n - i) * step, bad / double(n), total / double(n) });
    e.series = slo::EventSeries(std::chrono::seconds(step), buckets);
    e.report = slo::computeReport(spec, e.series, at);
    if (failed)
        e.error = prom::Error { prom::Error::Kind::ConnectionRefused };
    return e;
}
} // namespace

class TestModels : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void storeModelsPassTheTester();
    void overviewShowsEvaluations();
    void overviewKeepsLastGoodValuesOnFailure();

private:
    ws::Workspace m_workspace;
};

void TestModels::initTestCase()
{
    m_workspace.openBlocking(QStringLiteral(SRE_SOURCE_DIR "/resources/demo"));
    QVERIFY(m_workspace.slos().size() >= 13);
}

void TestModels::storeModelsPassTheTester()
{
    QObject parent;
    const QList<QAbstractItemModel *> models
        = { createSloListModel(m_workspace, &parent),     createPostmortemListModel(m_workspace, &parent),
            createRunbookListModel(m_workspace, &parent), createAlertRuleListModel(m_workspace, &parent),
            new ProblemsModel(m_workspace, &parent),      new SloOverviewModel(m_workspace, &parent) };
    for (QAbstractItemModel *model : models) {
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto *proxy = new QSortFilterProxyModel(&parent);
        proxy->setSourceModel(model);
        proxy->setSortRole(SortRole);
        QAbstractItemModelTester proxyTester(proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        for (int c = 0; c < model->columnCount(); ++c)
            proxy->sort(c);
        proxy->setFilterFixedString(QStringLiteral("checkout"));
    }
}

void TestModels::overviewShowsEvaluations()
{
    SloOverviewModel model(m_workspace);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const slo::SloSpec *spec = m_workspace.findSlo(QStringLiteral("checkout/availability"));
    QVERIFY(spec);
    // 99.9 % objective; 1,000 bad of 2,000,000 is an SLI of 99.95 %: half the budget left.
    model.setEvaluations({ evaluation(*spec, 1000, 2000000) });
    const QModelIndexList rows = model.match(model.index(0, 0), IdRole, spec->id(), 1, Qt::MatchExactly);
    QCOMPARE(rows.size(), 1);
    const int row = rows.front().row();
    QCOMPARE(model.index(row, SloOverviewModel::Sli).data().toString(), QStringLiteral("99.950 %"));
    QCOMPARE(model.index(row, SloOverviewModel::BudgetRemaining).data(SloOverviewModel::BudgetFractionRole).toDouble(),
             1.0 - (1.0 - 1999000.0 / 2000000.0) / (1.0 - 0.999));
    QCOMPARE(model.index(row, SloOverviewModel::Status).data(StatusRole).toString(), QStringLiteral("ok"));
    QCOMPARE(model.index(row, SloOverviewModel::Objective).data().toString(), QStringLiteral("99.9 %"));
    // An SLO without an evaluation yet shows a placeholder, not a number.
    const int other = row == 0 ? 1 : 0;
    QCOMPARE(model.index(other, SloOverviewModel::Sli).data().toString(), QStringLiteral("…"));
}

void TestModels::overviewKeepsLastGoodValuesOnFailure()
{
    SloOverviewModel model(m_workspace);
    const slo::SloSpec *spec = m_workspace.findSlo(QStringLiteral("checkout/availability"));
    model.setEvaluations({ evaluation(*spec, 3000, 2000000) }); // 150 % of the budget used
    const int row = model.match(model.index(0, 0), IdRole, spec->id(), 1, Qt::MatchExactly).front().row();
    QCOMPARE(model.index(row, SloOverviewModel::Status).data(StatusRole).toString(), QStringLiteral("critical"));
    QCOMPARE(model.index(row, SloOverviewModel::BudgetRemaining).data().toString(), QStringLiteral("-50.0 %"));

    model.setEvaluations({ evaluation(*spec, 0, 0, true) });
    QCOMPARE(model.index(row, SloOverviewModel::BudgetRemaining).data().toString(), QStringLiteral("-50.0 %"));
    QVERIFY(model.index(row, 0).data(SloOverviewModel::StaleRole).toBool());
    QVERIFY(!model.index(row, 0).data(SloOverviewModel::ErrorRole).toString().isEmpty());
}

QTEST_GUILESS_MAIN(TestModels)
#include "tst_models.moc"
