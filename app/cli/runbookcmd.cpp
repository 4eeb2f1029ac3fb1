#include "context.h"

#include <QCoreApplication>

namespace sre::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(srectl)
};
} // namespace

int runbookCommand(Context &, const QString &verb)
{
    err(Tr::tr("srectl runbook: unknown verb \"%1\"").arg(verb));
    return BadInput;
}

} // namespace sre::cli
