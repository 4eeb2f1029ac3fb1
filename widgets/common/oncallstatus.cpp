#include "oncallstatus.h"

#include "closeswitch.h"
#include "ical.h"
#include "settings.h"
#include "workspace.h"

#include <algorithm>

#include <QFutureWatcher>
#include <QLocale>
#include <QTimeZone>
#include <QTimer>
#include <QtConcurrent>

namespace sre {

namespace {

struct Loaded
{
    std::shared_ptr<const alerting::Schedule> schedule;
    std::vector<alerting::CalendarSourceStatus> sources;
    QStringList problems;
};

QString names(const alerting::OncallSchedule &config, const QStringList &handles, const QString &me)
{
    QStringList out;
    for (const QString &h : handles)
        out << (!me.isEmpty() && h.compare(me, Qt::CaseInsensitive) == 0 ? OncallStatus::tr("you")
                                                                         : config.displayName(h));
    return out.join(QStringLiteral(", "));
}

// "3 h old", "never fetched": a URL source's age, short for the status bar.
QString age(const alerting::CalendarSourceStatus &source, const QDateTime &now)
{
    const qint64 secs = source.ageSeconds(now);
    if (secs < 0)
        return OncallStatus::tr("never fetched");
    if (secs < 3600)
        return OncallStatus::tr("%n min old", nullptr, int(std::max<qint64>(1, secs / 60)));
    if (secs < 48 * 3600)
        return OncallStatus::tr("%n h old", nullptr, int(secs / 3600));
    return OncallStatus::tr("%n days old", nullptr, int(secs / 86400));
}

} // namespace

OncallStatus::OncallStatus(ws::Workspace &workspace, Settings &settings, QWidget *parent)
    : QLabel(parent)
    , m_workspace(workspace)
    , m_settings(settings)
    , m_retry(new QTimer(this))
    , m_close(std::make_shared<prom::CloseSwitch>())
{
    setObjectName(QStringLiteral("oncallStatus"));
    setTextFormat(Qt::RichText);
    hide();
    m_retry->setSingleShot(true);
    connect(m_retry, &QTimer::timeout, this, &OncallStatus::reload);
    connect(&workspace, &ws::Workspace::loaded, this, &OncallStatus::reload);
    connect(&workspace, &ws::Workspace::oncallChanged, this, &OncallStatus::reload);
    connect(&settings, &Settings::meChanged, this, &OncallStatus::update);
    auto *minute = new QTimer(this);
    minute->start(60 * 1000);
    connect(minute, &QTimer::timeout, this, &OncallStatus::update);
    auto *hourly = new QTimer(this); // URL and file calendars change behind our back
    hourly->start(60 * 60 * 1000);
    connect(hourly, &QTimer::timeout, this, &OncallStatus::reload);
}

OncallStatus::~OncallStatus()
{
    m_close->close();
}

void OncallStatus::reload()
{
    const alerting::OncallSchedule config = m_workspace.oncall();
    const quint64 generation = ++m_generation;
    if (config.isEmpty()) {
        m_schedule.reset();
        update();
        return;
    }
    auto *watcher = new QFutureWatcher<Loaded>(this);
    ++m_reading;
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        --m_reading;
        if (generation != m_generation)
            return; // a newer reload is under way
        const Loaded l = watcher->result();
        m_schedule = l.schedule;
        m_sources = l.sources;
        m_problems = l.problems;
        // A failed refresh is tried again when its backoff ends, not an hour later.
        if (const QDateTime retry = alerting::earliestCalendarRetry(m_sources); retry.isValid())
            m_retry->start(
                int(std::clamp<qint64>(QDateTime::currentDateTimeUtc().msecsTo(retry) + 1000, 1000, 60 * 60 * 1000)));
        else
            m_retry->stop();
        update();
        if (isSettled())
            emit settled();
    });
    alerting::CalendarFetchOptions options;
    options.closeSwitch = m_close;
    watcher->setFuture(QtConcurrent::run([config, options] {
        auto schedule = std::make_shared<alerting::Schedule>(config);
        Problems problems;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        Loaded l;
        l.sources
            = alerting::loadCalendars(*schedule, now.addDays(-1), now + alerting::kOncallHorizon, problems, options);
        l.schedule = std::move(schedule);
        for (const Problem &p : problems)
            l.problems << p.toString();
        return l;
    }));
}

void OncallStatus::setViewerZone(const QTimeZone &zone)
{
    m_zone = zone.isValid() ? zone : QTimeZone::utc();
    update();
}

void OncallStatus::update()
{
    if (!m_schedule) {
        hide();
        return;
    }
    QString tip;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString text = line(*m_schedule, now, QString::fromUtf8(m_zone.id()), m_settings.me(), &tip);
    m_stale = staleText(m_sources, now);
    //: Last line of the status bar's on-call tooltip: the zone its times are in
    tip += u'\n' + tr("Times in your time zone (%1).").arg(QString::fromUtf8(m_zone.id()));
    for (const alerting::CalendarSourceStatus &s : m_sources) {
        //: Tooltip line of the status bar: "<rotation> calendar: 3 h old (stale)"
        QString source = tr("%1 calendar: %2").arg(s.rotation, age(s, now));
        if (s.stale)
            source += u' ' + tr("(stale)");
        if (const QString retry = retryText(s, m_zone); !retry.isEmpty())
            source += QStringLiteral(", ") + retry;
        tip += u'\n' + source;
    }
    if (!m_problems.isEmpty())
        tip += u'\n' + m_problems.join(u'\n');
    m_plain = m_stale.isEmpty() || text.isEmpty() ? text : text + QStringLiteral(" · ") + m_stale;
    // The marker in the colour of the other warnings, so a schedule that may be out of date is seen
    // without hovering.
    setText(m_stale.isEmpty() || text.isEmpty()
                ? text.toHtmlEscaped()
                : QStringLiteral("%1 · <span style=\"color:#b26a00; font-weight:bold\">⚠ %2</span>")
                      .arg(text.toHtmlEscaped(), m_stale.toHtmlEscaped()));
    setToolTip(tip);
    setVisible(!text.isEmpty());
}

QString OncallStatus::retryText(const alerting::CalendarSourceStatus &source, const QTimeZone &zone)
{
    if (!source.refreshFailed || !source.nextAttempt.isValid())
        return {};
    //: When a calendar whose refresh failed is fetched again (a time of day, HH:mm).
    return tr("next try at %1")
        .arg(QLocale().toString(source.nextAttempt.toTimeZone(zone).time(), QStringLiteral("HH:mm")));
}

QString OncallStatus::staleText(const std::vector<alerting::CalendarSourceStatus> &sources, const QDateTime &now)
{
    QStringList stale;
    for (const alerting::CalendarSourceStatus &s : sources)
        if (s.stale)
            //: One stale calendar in the status bar: "<rotation> (3 h old)"
            stale << tr("%1 (%2)").arg(s.rotation, age(s, now));
    if (stale.isEmpty())
        return {};
    //: In the status bar after who is on call: the calendars whose shifts may be out of date.
    return tr("stale: %1").arg(stale.join(QStringLiteral(", ")));
}

QString OncallStatus::line(const alerting::Schedule &schedule, const QDateTime &now, const QString &timezone,
                           const QString &me, QString *tooltip)
{
    const QStringList rotations = schedule.rotationNames();
    if (rotations.isEmpty())
        return {};
    QString first = rotations.first();
    for (const QString &r : schedule.config().escalation)
        if (rotations.contains(r)) {
            first = r;
            break;
        }
    QTimeZone zone(timezone.toUtf8());
    if (!zone.isValid())
        zone = QTimeZone::utc();
    const QLocale locale;
    const auto when = [&](const QDateTime &t) {
        const QDateTime local = t.toTimeZone(zone);
        // Within a week the weekday says enough; later, the date.
        return local.date() < now.toTimeZone(zone).date().addDays(7)
            ? locale.toString(local, QStringLiteral("ddd HH:mm"))
            : locale.toString(local, QStringLiteral("MMM d HH:mm"));
    };
    const auto describe = [&](const QString &rotation) {
        const alerting::Segment seg = schedule.at(rotation, now);
        QString s = seg.isGap() ? tr("nobody (%1)").arg(rotation)
                                : tr("%1 (%2)").arg(names(schedule.config(), seg.members, me), rotation);
        if (const std::optional<QDateTime> next = schedule.nextHandover(rotation, now)) {
            const alerting::Segment after = schedule.at(rotation, *next);
            s += tr(" until %1; next: %2")
                     .arg(when(*next), after.isGap() ? tr("nobody") : names(schedule.config(), after.members, me));
        }
        return s;
    };
    if (tooltip) {
        QStringList lines;
        for (const QString &r : rotations)
            lines << describe(r);
        *tooltip = lines.join(u'\n');
    }
    return tr("On call: %1").arg(describe(first));
}

} // namespace sre
