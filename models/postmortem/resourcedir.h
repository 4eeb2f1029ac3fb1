#pragma once

#include <QString>
#include <QStringList>

namespace sre::pm {

// The folder holding the built-in templates/ and lint/ rules, found without SRE_SOURCE_DIR so an
// installed srectl works anywhere. Tried in order: $SRE_RESOURCE_DIR,
// <application dir>/../share/sre-console (installed), the source tree's resources/ (a build that
// was not installed). Empty when none of them has templates/ or lint/.
QString builtinResourceDir();
// The candidates in that order, for error messages ("looked in …").
QStringList builtinResourceDirCandidates();

} // namespace sre::pm
