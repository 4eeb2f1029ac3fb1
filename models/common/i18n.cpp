#include "i18n.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace sre {

QString installTranslators(QCoreApplication &app, const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    QLocale::setDefault(locale);
    const QString lang = locale.name().section(QLatin1Char('_'), 0, 0);
    if (lang == u"en" || lang == u"C")
        return QStringLiteral("en"); // the source strings are English
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(qt);
    auto *own = new QTranslator(&app);
    if (own->load(locale, QStringLiteral("sre-console"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        app.installTranslator(own);
    return lang;
}

} // namespace sre
