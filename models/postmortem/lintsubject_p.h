#pragma once

// Internal to sre_postmortem: where a blameless rule's phrase finds its subject ("we failed to" is
// about a person, "the node will fail to" about a system) and whether a past participle follows.
#include <QSet>
#include <QString>
#include <QStringList>

namespace sre::pm::subject {

bool isWordChar(QChar c);
// The words after `end` in the same clause, lower case, at most `count`.
QStringList wordsAfter(const QString &line, qsizetype end, int count);
// A past participle after a modal's "have": "been", regular "-ed", or a common irregular one.
bool isPastParticiple(const QString &word);
// Whether one of the next words (past articles) is a person: "why did we", "why did the on-call
// engineer", not "why did the alert".
bool personAfter(const QString &line, qsizetype end, const QStringList &subjects, const QSet<QString> &names);
// The subject of a phrase that starts at `start`: the last word before it in the same clause,
// past auxiliaries and adverbs, in lower case and without a possessive "'s" ("the team's failure
// to" → "team"). Empty when the clause starts with the phrase ("Failed to pull image").
// `before` gets the word before the subject, if any.
QString subjectBefore(const QString &line, qsizetype start, QString *before = nullptr);
// "(not) assume we could have started it faster": what someone assumed or expected during the
// incident, reported, not a judgement passed afterwards.
bool isVerbOfAssuming(const QString &word);

} // namespace sre::pm::subject
