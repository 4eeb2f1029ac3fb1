#pragma once

#include "problem.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace sre::pm {

// One postmortem file (DESIGN.md "Postmortem files"). The original bytes are kept so that a file
// nobody edited is written back unchanged.
struct Postmortem
{
    QString file;
    QByteArray raw;

    QString id;
    QString title;
    QString status; // draft | in-review | published
    QString severity;
    QDateTime started, detected, mitigated, resolved; // UTC; invalid when not given
    QStringList services;
    QStringList slos;
    QStringList alerts; // alert names the incident is connected to (front matter `alerts:`)
    QStringList authors;
    QString templateId;

    bool isTemplate = false; // front matter has `template:` plus `name:` and no `id:`

    // Rows of the action items table found under the usual headings (Action items,
    // アクションアイテム), and those not marked done. A template with its own heading needs
    // PostmortemDocument with that template's TableHeadings.
    int actionItemCount = 0;
    int openActionItemCount = 0;

    // Impact duration: started → resolved (or mitigated), 0 when unknown.
    qint64 durationSeconds() const;
};

struct ParseResult
{
    Postmortem postmortem;
    Problems problems;
};

ParseResult parsePostmortem(const QByteArray &text, const QString &file);
ParseResult loadPostmortem(const QString &path);

bool isValidStatus(const QString &status);

} // namespace sre::pm
