#include "problem.h"

namespace sre {

QString Problem::toString() const
{
    QString out = file;
    if (line > 0)
        out += QLatin1Char(':') + QString::number(line);
    if (!out.isEmpty())
        out += QStringLiteral(": ");
    if (severity == Severity::Warning)
        out += QStringLiteral("warning: ");
    return out + message;
}

Problem Problem::error(const QString &file, int line, const QString &message)
{
    return { file, line, Severity::Error, message };
}

Problem Problem::warning(const QString &file, int line, const QString &message)
{
    return { file, line, Severity::Warning, message };
}

bool hasErrors(const Problems &problems)
{
    return std::any_of(problems.cbegin(), problems.cend(), [](const Problem &p) { return p.isError(); });
}

} // namespace sre
