#pragma once

#include "problem.h"

#include <QString>
#include <QStringList>

namespace sre::rb {

// One runbook file under one of the workspace's runbook roots.
struct Runbook
{
    QString file; // absolute path
    QString root; // the runbook root it was found under (absolute)
    QString relativePath; // relative to root, with '/' separators
    QString title; // front matter title, else first H1, else the file name
    QString h1; // the first "# " heading, empty when there is none
    QStringList alerts; // front matter `alerts`
    QStringList services;
    QStringList tags;
};

struct ParseResult
{
    Runbook runbook;
    Problems problems;
};

ParseResult parseRunbook(const QByteArray &text, const QString &file, const QString &root);

// Every *.md below each root, in a stable order. Roots that do not exist are reported.
struct ScanResult
{
    std::vector<Runbook> runbooks;
    Problems problems;
};
ScanResult scanRoots(const QStringList &roots);

} // namespace sre::rb
