#include "settings.h"

#include <QCoreApplication>
#include <QDir>

namespace sre {

namespace {
const QString kLanguage = QStringLiteral("ui/language");
const QString kRecent = QStringLiteral("workspaces/recent");
const QString kRefresh = QStringLiteral("slo/refreshIntervalSeconds");
const QString kLastWorkspace = QStringLiteral("session/lastWorkspace");
const QString kGeometry = QStringLiteral("session/windowGeometry");
const QString kState = QStringLiteral("session/windowState");
const QString kLastPage = QStringLiteral("session/lastPage");
const QString kMe = QStringLiteral("user/me");
const QString kAlertFilters = QStringLiteral("alerts/savedFilters");
const QString kNotifySeverity = QStringLiteral("alerts/notifySeverity");
const QString kQuiet = QStringLiteral("alerts/quietMode");
const QString kCriticalBreaks = QStringLiteral("alerts/criticalBreaksQuiet");
const QString kSound = QStringLiteral("alerts/sound");
const QString kAckKeepAlive = QStringLiteral("alerts/ackKeepAlive");
} // namespace

Settings::Settings(QObject *parent)
    : Settings(Owner::ThisApplication, parent)
{ }

Settings::Settings(Owner owner, QObject *parent)
    : QObject(parent)
    , m_settings(owner == Owner::Console ? QString::fromLatin1(kOrganization) : QCoreApplication::organizationName(),
                 owner == Owner::Console ? QString::fromLatin1(kApplication) : QCoreApplication::applicationName())
{ }

QString Settings::language() const
{
    return m_settings.value(kLanguage).toString();
}

void Settings::setLanguage(const QString &language)
{
    if (language == this->language())
        return;
    m_settings.setValue(kLanguage, language);
    emit languageChanged();
}

QStringList Settings::recentWorkspaces() const
{
    return m_settings.value(kRecent).toStringList();
}

void Settings::addRecentWorkspace(const QString &dir)
{
    QStringList recent = recentWorkspaces();
    const QString absolute = QDir(dir).absolutePath();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    while (recent.size() > kMaxRecent)
        recent.removeLast();
    m_settings.setValue(kRecent, recent);
    emit recentWorkspacesChanged();
}

void Settings::clearRecentWorkspaces()
{
    m_settings.remove(kRecent);
    emit recentWorkspacesChanged();
}

int Settings::refreshIntervalSeconds() const
{
    return m_settings.value(kRefresh, 60).toInt();
}

void Settings::setRefreshIntervalSeconds(int seconds)
{
    if (seconds == refreshIntervalSeconds())
        return;
    m_settings.setValue(kRefresh, seconds);
    emit refreshIntervalChanged();
}

QString Settings::meSetting() const
{
    return m_settings.value(kMe).toString();
}

QString Settings::me() const
{
    const QString set = meSetting();
    if (!set.isEmpty())
        return set;
    QString login = qEnvironmentVariable("USER");
    if (login.isEmpty())
        login = qEnvironmentVariable("USERNAME");
    return login;
}

void Settings::setMe(const QString &handle)
{
    if (handle == meSetting())
        return;
    m_settings.setValue(kMe, handle);
    emit meChanged();
}

QMap<QString, QString> Settings::savedAlertFilters() const
{
    QMap<QString, QString> filters;
    const QVariantMap stored = m_settings.value(kAlertFilters).toMap();
    for (auto it = stored.begin(); it != stored.end(); ++it)
        filters.insert(it.key(), it.value().toString());
    return filters;
}

void Settings::setSavedAlertFilters(const QMap<QString, QString> &filters)
{
    QVariantMap stored;
    for (auto it = filters.begin(); it != filters.end(); ++it)
        stored.insert(it.key(), it.value());
    m_settings.setValue(kAlertFilters, stored);
    emit savedAlertFiltersChanged();
}

QString Settings::notifySeverity() const
{
    return m_settings.value(kNotifySeverity, QStringLiteral("critical")).toString();
}

void Settings::setNotifySeverity(const QString &severity)
{
    m_settings.setValue(kNotifySeverity, severity);
    emit notificationsChanged();
}

bool Settings::quietMode() const
{
    return m_settings.value(kQuiet, false).toBool();
}

void Settings::setQuietMode(bool quiet)
{
    m_settings.setValue(kQuiet, quiet);
    emit notificationsChanged();
}

bool Settings::criticalBreaksQuiet() const
{
    return m_settings.value(kCriticalBreaks, true).toBool();
}

void Settings::setCriticalBreaksQuiet(bool breaks)
{
    m_settings.setValue(kCriticalBreaks, breaks);
    emit notificationsChanged();
}

bool Settings::alertSound() const
{
    return m_settings.value(kSound, false).toBool();
}

void Settings::setAlertSound(bool on)
{
    m_settings.setValue(kSound, on);
    emit notificationsChanged();
}

bool Settings::ackKeepAlive() const
{
    return m_settings.value(kAckKeepAlive, false).toBool();
}

void Settings::setAckKeepAlive(bool on)
{
    if (on == ackKeepAlive())
        return;
    m_settings.setValue(kAckKeepAlive, on);
    emit ackKeepAliveChanged();
}

QString Session::lastWorkspace() const
{
    return m_settings.value(kLastWorkspace).toString();
}

void Session::setLastWorkspace(const QString &dir)
{
    m_settings.setValue(kLastWorkspace, dir);
}

QByteArray Session::windowGeometry() const
{
    return m_settings.value(kGeometry).toByteArray();
}

QByteArray Session::windowState() const
{
    return m_settings.value(kState).toByteArray();
}

void Session::setWindow(const QByteArray &geometry, const QByteArray &state)
{
    m_settings.setValue(kGeometry, geometry);
    m_settings.setValue(kState, state);
}

QString Session::lastPage() const
{
    return m_settings.value(kLastPage).toString();
}

void Session::setLastPage(const QString &page)
{
    m_settings.setValue(kLastPage, page);
}

} // namespace sre
