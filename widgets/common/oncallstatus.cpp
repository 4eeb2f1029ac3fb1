#include "oncallstatus.h"

#include "ical.h"
#include "settings.h"
#include "workspace.h"

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

} // namespace

OncallStatus::OncallStatus(ws::Workspace &workspace, Settings &settings, QWidget *parent)
    : QLabel(parent)
    , m_workspace(workspace)
    , m_settings(settings)
{
    setObjectName(QStringLiteral("oncallStatus"));
    setTextFormat(Qt::PlainText);
    hide();
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
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return; // a newer reload is under way
        const Loaded l = watcher->result();
        m_schedule = l.schedule;
        m_problems = l.problems;
        update();
    });
    watcher->setFuture(QtConcurrent::run([config] {
        auto schedule = std::make_shared<alerting::Schedule>(config);
        Problems problems;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        alerting::loadCalendars(*schedule, now.addDays(-1), now + alerting::kOncallHorizon, problems);
        Loaded l;
        l.schedule = std::move(schedule);
        for (const Problem &p : problems)
            l.problems << p.toString();
        return l;
    }));
}

void OncallStatus::update()
{
    if (!m_schedule) {
        hide();
        return;
    }
    QString tip;
    const QString text
        = line(*m_schedule, QDateTime::currentDateTimeUtc(), m_workspace.config().timezone, m_settings.me(), &tip);
    if (!m_problems.isEmpty())
        tip += u'\n' + m_problems.join(u'\n');
    setText(text);
    setToolTip(tip);
    setVisible(!text.isEmpty());
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
