#include "settings.h"

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
} // namespace

Settings::Settings(QObject *parent)
    : QObject(parent)
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
