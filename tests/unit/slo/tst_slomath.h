#pragma once

#include "events.h"

#include <QMetaType>
#include <QObject>
#include <cmath>
#include <optional>
#include <vector>

Q_DECLARE_METATYPE(std::optional<double>)

// The SLO math on hand-computed cases: every expected value is arithmetic written in the test.
class TestSloMath final : public QObject
{
    Q_OBJECT

private slots:
    // tst_slomath_events.cpp
    void windowCounts_data();
    void windowCounts();
    void sli_data();
    void sli();
    void counterReset();
    void negativeIncreaseClamped();
    void refreshMergesBuckets();
    void dropBeforeKeepsTheRest();

    // tst_slomath_budget.cpp
    void budget_data();
    void budget();
    void budgetWithoutTraffic();
    void burnRates_data();
    void burnRates();
    void timeToExhaustion_data();
    void timeToExhaustion();
    void tierFactors_data();
    void tierFactors();
    void tierFiring_data();
    void tierFiring();
    void tierStates();
    void status_data();
    void status();

    // tst_slomath_report.cpp
    void report();
    void reportWithoutTraffic();
    void reportJson();

    // tst_slomath_window.cpp
    void calendarPeriods_data();
    void calendarPeriods();
    void namedPeriods_data();
    void namedPeriods();
    void evaluationWindows();
    void overPeriod_data();
    void overPeriod();
};

namespace sloMathTest {

// Relative comparison for computed doubles (sums of many buckets).
inline bool near(double a, double b)
{
    return std::abs(a - b) <= 1e-9 * std::max({ 1.0, std::abs(a), std::abs(b) });
}

inline bool near(std::optional<double> a, std::optional<double> b)
{
    if (!a || !b)
        return a.has_value() == b.has_value();
    return near(*a, *b);
}

// Buckets of `step` seconds from `start`, each with the given counts.
inline std::vector<sre::slo::EventBucket> constantBuckets(qint64 start, qint64 step, int count, double bad,
                                                          double total)
{
    std::vector<sre::slo::EventBucket> out;
    for (int i = 0; i < count; ++i)
        out.push_back({ start + i * step, bad, total });
    return out;
}

} // namespace sloMathTest
