#pragma once

#include <QObject>

class TestOncall : public QObject
{
    Q_OBJECT
private slots:
    void handoverAtTheBoundaryInstant();
    void overridesWin();
    void rotationStartingInTheFuture();
    void memberInAnotherTimeZone();
    void handoffStaysLocalAcrossDst();
    void badInputNamesFileAndLine();
    void pagerDutyExport();
    void grafanaOncallExport();
    void authoredCalendar();
    void dstWeekBerlinAndNewYork();
    void overlapsAndGapsFromCalendar();
    // tst_oncall_recurrence.cpp
    void recurrenceFromLongAgo_data();
    void recurrenceFromLongAgo();
    void recurrenceBoundIsReported();
    void manyShortShiftsTimeline();
    void subDailyRuleAcrossDst();
    void overlappingInstancesAreOneShift();
    void timelineMatchesTheDefinition();
};
