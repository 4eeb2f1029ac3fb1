#pragma once

#include <QList>
#include <QStringList>

namespace sre {

// A line diff (longest common subsequence), enough to compare a postmortem on disk with the
// editor's text.
struct DiffLine
{
    enum class Kind { Same, Removed, Added };
    Kind kind = Kind::Same;
    QString text;
};

QList<DiffLine> diffLines(const QStringList &before, const QStringList &after);

} // namespace sre
