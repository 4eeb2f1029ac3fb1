#pragma once

#include <QString>

class QCoreApplication;

namespace sre {

// Installs Qt's and the app's translators for `language` ("en", "ja"; empty = system locale).
// Returns the language in effect.
QString installTranslators(QCoreApplication &app, const QString &language);

} // namespace sre
