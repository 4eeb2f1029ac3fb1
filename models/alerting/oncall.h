#pragma once

#include "datasource.h"
#include "problem.h"

#include <QDateTime>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QTime>
#include <QUrl>
#include <chrono>

namespace sre::alerting {

// An iCalendar source standing in for a rotation (`ics:` in oncall.yaml): a file, or an https URL
// whose secret part (the private feed token) is read from a file or environment variable.
struct IcsSource
{
    QString path; // resolved against the workspace
    QUrl url; // with "{token}" (or nothing) where the secret goes
    SecretRef token; // applied as described in icsfetch.h
    QString caFile; // extra CA bundle for the feed's TLS certificate (a company CA); verification stays on
    QString personFrom; // regex with a (?<name>...) group (or the whole match); empty: per exporter
    QString personField = QStringLiteral("summary"); // summary | attendee

    bool isSet() const { return !path.isEmpty() || !url.isEmpty(); }
};

// A person of `people:`: display name, IANA zone and other handles (email, chat, PagerDuty name).
struct Person
{
    QString name;
    QString tz;
    QStringList handles;
};

struct Rotation
{
    QString name;
    QStringList members;
    std::chrono::seconds length { 7 * 24 * 3600 };
    int handoffWeekday = 1; // ISO: Monday = 1
    QTime handoffTime { 10, 0 };
    QDate start;
    IcsSource ics; // an iCalendar export standing in for the rotation
    int line = 0;
};

struct Override
{
    QString rotation;
    QString member;
    QDateTime from, to;
    int line = 0;
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
    QMap<QString, Person> people; // handle -> person

    bool isEmpty() const { return rotations.empty(); }
    // The handle on call for `rotation` at `at`, overrides applied; empty when unknown.
    QString onCall(const QString &rotation, const QDateTime &at) const;
    QString displayName(const QString &handle) const { return displayNames.value(handle, handle); }
    const Rotation *rotation(const QString &name) const;
    // The handle a name from a calendar means: a handle itself, a person's display name or one of
    // their `handles:` (case-insensitive; "mailto:" dropped). Empty when nobody matches.
    QString handleFor(const QString &nameOrEmail) const;
};

struct OncallResult
{
    OncallSchedule schedule;
    Problems problems;
};

OncallResult loadOncall(const QString &path);
// `baseDir` resolves relative `ics:` paths and token files (the workspace folder; by default the
// folder of `file`).
OncallResult parseOncall(const QByteArray &text, const QString &file, const QString &baseDir = {});

} // namespace sre::alerting
