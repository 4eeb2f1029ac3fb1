// Placeholder: replaced by the full multi-format loader.
#include "slospec.h"

namespace sre::slo {
SpecFileResult loadSpecFile(const QString &) { return {}; }
SpecFileResult loadSpecText(const QByteArray &, const QString &) { return {}; }
} // namespace sre::slo
