#pragma once

#include <QByteArray>
#include <QObject>
#include <QSettings>
#include <QStringList>

namespace sre {

// Typed user preferences with change signals: the only place that knows their QSettings keys.
class Settings final : public QObject
{
    Q_OBJECT
public:
    explicit Settings(QObject *parent = nullptr);

    QString language() const; // "" = system locale
    void setLanguage(const QString &language);

    QStringList recentWorkspaces() const;
    void addRecentWorkspace(const QString &dir);
    void clearRecentWorkspaces();

    int refreshIntervalSeconds() const;
    void setRefreshIntervalSeconds(int seconds);

    static constexpr int kMaxRecent = 8;

signals:
    void languageChanged();
    void recentWorkspacesChanged();
    void refreshIntervalChanged();

private:
    QSettings m_settings;
};

// Session state: what was open and where the windows were. Loaded and saved by path, never
// mixed with preferences.
class Session final
{
public:
    QString lastWorkspace() const;
    void setLastWorkspace(const QString &dir);
    QByteArray windowGeometry() const;
    QByteArray windowState() const;
    void setWindow(const QByteArray &geometry, const QByteArray &state);
    QString lastPage() const;
    void setLastPage(const QString &page);

private:
    QSettings m_settings;
};

} // namespace sre
