#pragma once

#include <QList>
#include <QString>

namespace sre {

// A problem found while loading something the user wrote. Reported as a value, never a dialog:
// widgets and srectl decide how to show it.
struct Problem
{
    enum class Severity { Warning, Error };

    QString file; // absolute or workspace-relative path; empty when not about a file
    int line = 0; // 1-based; 0 when unknown
    Severity severity = Severity::Error;
    QString message;

    // "file:line: message" (or "file: message" without a line), the form compilers use so that
    // editors and CI logs can jump to it.
    QString toString() const;
    bool isError() const { return severity == Severity::Error; }

    static Problem error(const QString &file, int line, const QString &message);
    static Problem warning(const QString &file, int line, const QString &message);

    friend bool operator==(const Problem &, const Problem &) = default;
};

using Problems = QList<Problem>;

bool hasErrors(const Problems &problems);

} // namespace sre
