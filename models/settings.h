#pragma once

#include <QByteArray>
#include <QMap>
#include <QObject>
#include <QSettings>
#include <QStringList>

namespace sre {

// Typed user preferences with change signals: the only place that knows their QSettings keys.
class Settings final : public QObject
{
    Q_OBJECT
public:
    // The console's names, which its QSettings file is found by.
    static constexpr const char *kOrganization = "sre-console";
    static constexpr const char *kApplication = "sre-console";

    // Whose settings: this program's (named by QCoreApplication), or the console's when another
    // program (srectl) reads a preference the user set there, such as "me".
    enum class Owner { ThisApplication, Console };

    explicit Settings(QObject *parent = nullptr);
    explicit Settings(Owner owner, QObject *parent = nullptr);

    QString language() const; // "" = system locale
    void setLanguage(const QString &language);

    QStringList recentWorkspaces() const;
    void addRecentWorkspace(const QString &dir);
    void clearRecentWorkspaces();

    int refreshIntervalSeconds() const;
    void setRefreshIntervalSeconds(int seconds);

    // The user's own handle ("me": on-call handle, silence author). Falls back to the login name.
    QString me() const;
    QString meSetting() const; // as stored; "" = not set
    void setMe(const QString &handle);

    // Named filters of the Firing now view: name -> filter text.
    QMap<QString, QString> savedAlertFilters() const;
    void setSavedAlertFilters(const QMap<QString, QString> &filters);

    // Desktop notifications of firing alerts.
    QString notifySeverity() const; // lowest severity that notifies: critical | warning | info
    void setNotifySeverity(const QString &severity);
    bool quietMode() const;
    void setQuietMode(bool quiet);
    bool criticalBreaksQuiet() const;
    void setCriticalBreaksQuiet(bool breaks);
    bool alertSound() const;
    void setAlertSound(bool on);
    // New acks are kept alive while their alert fires (by this console only: AckKeepAlive).
    bool ackKeepAlive() const;
    void setAckKeepAlive(bool on);

    static constexpr int kMaxRecent = 8;

signals:
    void languageChanged();
    void recentWorkspacesChanged();
    void refreshIntervalChanged();
    void meChanged();
    void savedAlertFiltersChanged();
    void notificationsChanged();
    void ackKeepAliveChanged();

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
