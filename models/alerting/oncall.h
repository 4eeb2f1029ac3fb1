#pragma once

#include "problem.h"

#include <QDateTime>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QTime>
#include <chrono>

namespace sre::alerting {

struct Rotation
{
    QString name;
    QStringList members;
    std::chrono::seconds length { 7 * 24 * 3600 };
    int handoffWeekday = 1; // ISO: Monday = 1
    QTime handoffTime { 10, 0 };
    QDate start;
    QString ics; // an iCalendar export standing in for the rotation (path, resolved)
    int line = 0;
};

struct Override
{
    QString rotation;
    QString member;
    QDateTime from, to;
};

// oncall.yaml (DESIGN.md "On-call schedule").
struct OncallSchedule
{
    QString file;
    QString timezone = QStringLiteral("UTC");
    std::vector<Rotation> rotations;
    QStringList escalation;
    std::vector<Override> overrides;
    QMap<QString, QString> displayNames; // handle -> name

    bool isEmpty() const { return rotations.empty(); }
    // The handle on call for `rotation` at `at`, overrides applied; empty when unknown.
    QString onCall(const QString &rotation, const QDateTime &at) const;
    QString displayName(const QString &handle) const { return displayNames.value(handle, handle); }
};

struct OncallResult
{
    OncallSchedule schedule;
    Problems problems;
};

OncallResult loadOncall(const QString &path);
OncallResult parseOncall(const QByteArray &text, const QString &file);

} // namespace sre::alerting
