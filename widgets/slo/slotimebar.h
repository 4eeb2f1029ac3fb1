#pragma once

#include "slorefresher.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;

namespace sre {
class Settings;

// The SLO page's time controls: window presets (each SLO's own, 1d 7d 28d 30d 90d), calendar month
// and quarter pickers in the workspace's time zone, an "as of" instant (or live), and the
// auto-refresh interval (kept in Settings).
class SloTimeBar final : public QWidget
{
    Q_OBJECT
public:
    SloTimeBar(Settings &settings, QWidget *parent = nullptr);

    void setTimeZone(const QString &timezone); // the workspace's
    SloTimeSelection selection() const;
    void setAsOf(std::optional<qint64> at);
    // Picks the preset with this window; false when there is none.
    bool selectWindow(std::chrono::seconds window);
    bool selectPeriod(const QString &name); // "2026-10", "2026-Q3"
    QComboBox *windowPicker() const { return m_window; }

signals:
    void selectionChanged();

private:
    void fillPeriods();
    qint64 asOfSeconds() const;

    Settings &m_settings;
    QString m_timezone = QStringLiteral("UTC");
    QComboBox *m_window;
    QComboBox *m_period;
    QCheckBox *m_live;
    QDateTimeEdit *m_asOf;
    QLabel *m_zone;
    QComboBox *m_interval;
};

} // namespace sre
