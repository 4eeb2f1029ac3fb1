#include "slotimebar.h"

#include "settings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QTimeZone>

namespace sre {

namespace {
constexpr int kOwnWindow = -1;
constexpr int kMonth = -2;
constexpr int kQuarter = -3;

QTimeZone zoneOf(const QString &name)
{
    const QTimeZone zone(name.toUtf8());
    return zone.isValid() ? zone : QTimeZone::utc();
}
} // namespace

SloTimeBar::SloTimeBar(Settings &settings, QWidget *parent)
    : QWidget(parent)
    , m_settings(settings)
    , m_window(new QComboBox(this))
    , m_period(new QComboBox(this))
    , m_live(new QCheckBox(tr("Live"), this))
    , m_asOf(new QDateTimeEdit(this))
    , m_zone(new QLabel(this))
    , m_interval(new QComboBox(this))
{
    m_window->setObjectName(QStringLiteral("windowPicker"));
    m_window->addItem(tr("Each SLO's own window"), kOwnWindow);
    for (int days : { 1, 7, 28, 30, 90 })
        m_window->addItem(tr("Rolling %1 days", nullptr, days).arg(days), days * 86400);
    m_window->addItem(tr("Calendar month"), kMonth);
    m_window->addItem(tr("Calendar quarter"), kQuarter);
    m_window->setToolTip(tr("The window every number and chart is computed over"));
    m_period->setToolTip(tr("The calendar period, in the workspace's time zone"));
    m_period->hide();

    m_live->setChecked(true);
    m_live->setToolTip(tr("Evaluate now; untick to look at the numbers as of an earlier time"));
    m_asOf->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_asOf->setCalendarPopup(true);
    m_asOf->setEnabled(false);
    m_asOf->setToolTip(tr("Evaluate as of this time (workspace time zone)"));

    const int current = settings.refreshIntervalSeconds();
    const QList<std::pair<int, QString>> intervals
        = { { 0, tr("Off") }, { 30, tr("30 s") }, { 60, tr("1 min") }, { 300, tr("5 min") }, { 900, tr("15 min") } };
    for (const auto &[seconds, label] : intervals)
        m_interval->addItem(label, seconds);
    if (m_interval->findData(current) < 0)
        m_interval->addItem(tr("%1 s").arg(current), current);
    m_interval->setCurrentIndex(m_interval->findData(current));
    m_interval->setToolTip(tr("How often the numbers are fetched again"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("Window:"), this));
    layout->addWidget(m_window);
    layout->addWidget(m_period);
    layout->addSpacing(12);
    layout->addWidget(new QLabel(tr("As of:"), this));
    layout->addWidget(m_live);
    layout->addWidget(m_asOf);
    layout->addWidget(m_zone);
    layout->addSpacing(12);
    layout->addWidget(new QLabel(tr("Auto-refresh:"), this));
    layout->addWidget(m_interval);
    layout->addStretch(1);

    connect(m_window, &QComboBox::currentIndexChanged, this, [this] {
        const int v = m_window->currentData().toInt();
        m_period->setVisible(v == kMonth || v == kQuarter);
        if (m_period->isVisibleTo(this))
            fillPeriods();
        emit selectionChanged();
    });
    connect(m_period, &QComboBox::activated, this, &SloTimeBar::selectionChanged);
    connect(m_live, &QCheckBox::toggled, this, [this](bool live) {
        m_asOf->setEnabled(!live);
        if (!live && m_asOf->dateTime() == m_asOf->minimumDateTime()) {
            const QDateTime now = QDateTime::currentDateTimeUtc().toTimeZone(zoneOf(m_timezone));
            m_asOf->setDateTime(QDateTime(now.date(), QTime(now.time().hour(), 0), QTimeZone::utc()));
        }
        emit selectionChanged();
    });
    connect(m_asOf, &QDateTimeEdit::editingFinished, this, &SloTimeBar::selectionChanged);
    connect(m_interval, &QComboBox::activated, this,
            [this] { m_settings.setRefreshIntervalSeconds(m_interval->currentData().toInt()); });
    setTimeZone(m_timezone);
}

void SloTimeBar::setTimeZone(const QString &timezone)
{
    m_timezone = timezone.isEmpty() ? QStringLiteral("UTC") : timezone;
    m_zone->setText(m_timezone);
    if (m_period->isVisibleTo(this))
        fillPeriods();
}

qint64 SloTimeBar::asOfSeconds() const
{
    // The edit shows the workspace's wall clock; its QDateTime is that wall time read as UTC.
    const QDateTime wall = m_asOf->dateTime();
    return QDateTime(wall.date(), wall.time(), zoneOf(m_timezone)).toSecsSinceEpoch();
}

void SloTimeBar::setAsOf(std::optional<qint64> at)
{
    const QSignalBlocker block(m_live);
    m_live->setChecked(!at);
    m_asOf->setEnabled(at.has_value());
    if (at) {
        const QDateTime local = QDateTime::fromSecsSinceEpoch(*at, zoneOf(m_timezone));
        m_asOf->setDateTime(QDateTime(local.date(), local.time(), QTimeZone::utc()));
    }
    if (m_period->isVisibleTo(this))
        fillPeriods();
    emit selectionChanged();
}

bool SloTimeBar::selectWindow(std::chrono::seconds window)
{
    const int i = m_window->findData(int(window.count()));
    if (i < 0)
        return false;
    m_window->setCurrentIndex(i);
    return true;
}

bool SloTimeBar::selectPeriod(const QString &name)
{
    const auto named = slo::namedPeriod(name, m_timezone);
    if (!named || named->period == slo::CalendarWindow::Period::Week)
        return false;
    {
        const QSignalBlocker block(this);
        m_window->setCurrentIndex(
            m_window->findData(named->period == slo::CalendarWindow::Period::Month ? kMonth : kQuarter));
    }
    const int i = m_period->findData(name);
    if (i < 0)
        return false;
    m_period->setCurrentIndex(i);
    emit selectionChanged();
    return true;
}

void SloTimeBar::fillPeriods()
{
    const bool month = m_window->currentData().toInt() == kMonth;
    const slo::CalendarWindow window { month ? slo::CalendarWindow::Period::Month
                                             : slo::CalendarWindow::Period::Quarter,
                                       m_timezone };
    const QString previous = m_period->currentData().toString();
    const QSignalBlocker block(m_period);
    m_period->clear();
    qint64 t = m_live->isChecked() ? QDateTime::currentSecsSinceEpoch() : asOfSeconds();
    for (int i = 0; i < (month ? 13 : 5); ++i) {
        const QString name = slo::periodName(window, t);
        m_period->addItem(i == 0 ? tr("%1 (current)").arg(name) : name, name);
        t = slo::calendarPeriod(window, t).start - 1;
    }
    const int keep = m_period->findData(previous);
    m_period->setCurrentIndex(keep >= 0 ? keep : 0);
}

SloTimeSelection SloTimeBar::selection() const
{
    SloTimeSelection s;
    const int v = m_window->currentData().toInt();
    if (v > 0)
        s.window = std::chrono::seconds(v);
    else if ((v == kMonth || v == kQuarter) && m_period->count() > 0)
        s.period = slo::namedPeriod(m_period->currentData().toString(), m_timezone);
    if (!m_live->isChecked())
        s.asOf = asOfSeconds();
    return s;
}

} // namespace sre
