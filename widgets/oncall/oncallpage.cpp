#include "oncallpage.h"

#include "closeswitch.h"
#include "oncallstatus.h"
#include "oncalltimeline.h"
#include "settings.h"
#include "workspace.h"

#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QScrollBar>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent>
#include <algorithm>

namespace sre {

namespace {

QTableWidget *makeTable(const QStringList &headers, QWidget *parent)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setHorizontalHeaderLabels(headers);
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setAlternatingRowColors(true);
    // Every column as wide as its longest text, the last one takes what is left: a date or a
    // duration cut short is unreadable (see fillTables for the table's own minimum width).
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(int(headers.size()) - 1, QHeaderView::Stretch);
    table->setWordWrap(false);
    return table;
}

QLabel *sectionTitle(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont f = label->font();
    f.setBold(true);
    label->setFont(f);
    return label;
}

} // namespace

OncallPage::OncallPage(ws::Workspace &workspace, Settings &settings, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_settings(settings)
    , m_close(std::make_shared<prom::CloseSwitch>())
    , m_summary(new QLabel(this))
    , m_problems(new QLabel(this))
    , m_sources(new QLabel(this))
    , m_earlier(new QToolButton(this))
    , m_today(new QToolButton(this))
    , m_later(new QToolButton(this))
    , m_meButton(new QToolButton(this))
    , m_stack(new QStackedWidget(this))
    , m_empty(new QLabel(this))
    , m_timeline(new OncallTimeline(this))
    , m_retry(new QTimer(this))
    , m_gapsTitle(nullptr)
    , m_handovers(nullptr)
    , m_gaps(nullptr)
{
    setObjectName(QStringLiteral("oncall"));
    auto *title = new QLabel(tr("On call"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    title->setFont(titleFont);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_earlier->setText(tr("◀ Earlier"));
    m_earlier->setToolTip(tr("Show the week before (Alt+Left)"));
    m_earlier->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Left));
    m_today->setText(tr("Today"));
    m_today->setToolTip(tr("Show the 14 days from today (Alt+Home)"));
    m_today->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Home));
    m_later->setText(tr("Later ▶"));
    m_later->setToolTip(tr("Show the week after (Alt+Right)"));
    m_later->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Right));
    const auto shift = [this](int days) {
        const QDateTime base = m_start.isValid() ? m_start : QDateTime::currentDateTimeUtc();
        showFrom(base.addDays(days));
    };
    connect(m_earlier, &QToolButton::clicked, this, [shift] { shift(-7); });
    connect(m_later, &QToolButton::clicked, this, [shift] { shift(7); });
    connect(m_today, &QToolButton::clicked, this, [this] { showFrom({}); });

    auto *header = new QHBoxLayout;
    header->addWidget(title);
    header->addSpacing(12);
    header->addWidget(m_summary, 1, Qt::AlignBottom);
    m_meButton->setObjectName(QStringLiteral("oncallMe"));
    m_meButton->setToolTip(tr("The handle the console knows you by: your shifts are outlined"));
    connect(m_meButton, &QToolButton::clicked, this, &OncallPage::chooseMe);
    header->addWidget(m_meButton, 0, Qt::AlignVCenter);
    header->addSpacing(12);
    for (QToolButton *b : { m_earlier, m_today, m_later })
        header->addWidget(b, 0, Qt::AlignVCenter);

    m_problems->setWordWrap(true);
    m_problems->setTextFormat(Qt::PlainText);
    m_problems->setStyleSheet(QStringLiteral("QLabel { background: #fff3cd; color: #5d4200; padding: 6px; }"));
    m_problems->hide();
    m_sources->setObjectName(QStringLiteral("oncallSources"));
    m_sources->setWordWrap(true);
    m_sources->setTextFormat(Qt::PlainText);
    m_sources->hide();

    m_empty->setObjectName(QStringLiteral("oncallEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setTextFormat(Qt::PlainText);

    m_handovers = makeTable({ tr("When (your time)"), tr("Rotation"), tr("From", "the person handing over"),
                              tr("To", "the person taking over") },
                            this);
    m_handovers->setObjectName(QStringLiteral("oncallHandovers"));
    m_gaps
        = makeTable({ tr("Rotation"), tr("From (your time)"), tr("To", "the end time of a gap"), tr("Length") }, this);
    m_gaps->setObjectName(QStringLiteral("oncallGaps"));
    m_gapsTitle = sectionTitle(tr("Gaps"), this);

    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_timeline);
    auto *tables = new QHBoxLayout;
    auto *left = new QVBoxLayout;
    left->addWidget(sectionTitle(tr("Handovers"), this));
    left->addWidget(m_handovers);
    auto *right = new QVBoxLayout;
    right->addWidget(m_gapsTitle);
    right->addWidget(m_gaps);
    tables->addLayout(left, 3);
    tables->addLayout(right, 2);
    layout->addLayout(tables, 1);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(content);

    auto *outer = new QVBoxLayout(this);
    outer->addLayout(header);
    outer->addWidget(m_problems);
    outer->addWidget(m_sources);
    outer->addWidget(m_stack, 1);

    connect(&workspace, &ws::Workspace::loaded, this, &OncallPage::reload);
    connect(&workspace, &ws::Workspace::oncallChanged, this, &OncallPage::reload);
    connect(&settings, &Settings::meChanged, this, [this] {
        m_timeline->setMe(m_settings.me());
        updateSummary();
    });
    m_timeline->setMe(settings.me());
    // The "now" line and the calendars' ages move every minute; a new day (and calendars changed
    // on disk or due for a refresh from their URL) once an hour.
    auto *minute = new QTimer(this);
    minute->start(60 * 1000);
    connect(minute, &QTimer::timeout, this, [this] {
        m_timeline->setNow(QDateTime::currentDateTimeUtc());
        updateSummary();
        updateSources();
        markPastRows();
    });
    auto *hourly = new QTimer(this);
    hourly->start(60 * 60 * 1000);
    connect(hourly, &QTimer::timeout, this, &OncallPage::reload);
    // A calendar whose refresh failed: again when its backoff ends (icsfetch.h).
    m_retry->setSingleShot(true);
    connect(m_retry, &QTimer::timeout, this, &OncallPage::reload);
    reload();
}

OncallPage::~OncallPage()
{
    m_close->close();
}

void OncallPage::setViewerZone(const QTimeZone &zone)
{
    m_zone = zone.isValid() ? zone : QTimeZone::utc();
    m_timeline->setViewerZone(m_zone);
    reload(); // the days start at the viewer's midnight
}

void OncallPage::showFrom(const QDateTime &at)
{
    m_start = at;
    reload();
}

void OncallPage::reload()
{
    const quint64 generation = ++m_generation;
    const alerting::OncallSchedule config = m_workspace.oncall();
    const QDateTime base = (m_start.isValid() ? m_start : QDateTime::currentDateTimeUtc()).toTimeZone(m_zone);
    const QDateTime from = base.date().startOfDay(m_zone).toUTC();
    const QDateTime to = base.date().addDays(kDays).startOfDay(m_zone).toUTC();
    if (config.isEmpty()) {
        m_loading = false;
        apply(OncallView { from, to, config, {}, {}, {}, {} });
        return;
    }
    m_loading = true;
    auto *watcher = new QFutureWatcher<OncallView>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return; // a newer reload is under way
        m_loading = false;
        apply(watcher->result());
        scheduleRetry();
    });
    alerting::CalendarFetchOptions options;
    options.closeSwitch = m_close;
    watcher->setFuture(
        QtConcurrent::run([config, from, to, options] { return loadOncallView(config, from, to, options); }));
}

void OncallPage::scheduleRetry()
{
    std::vector<alerting::CalendarSourceStatus> sources;
    for (const OncallViewRow &row : m_view.rows)
        if (row.source)
            sources.push_back(*row.source);
    const QDateTime retry = alerting::earliestCalendarRetry(sources);
    if (!retry.isValid()) {
        m_retry->stop();
        return;
    }
    // A few seconds after the status bar, which tries at the same time: by then its try has
    // usually ended, and this reload reads its outcome from the cache instead of asking again.
    m_retry->start(int(std::clamp<qint64>(QDateTime::currentDateTimeUtc().msecsTo(retry) + 5000, 1000, 3600 * 1000)));
}

void OncallPage::apply(OncallView view)
{
    m_view = std::move(view);
    if (m_view.isEmpty()) {
        m_empty->setText(m_workspace.isOpen()
                             ? tr("No on-call schedule in this workspace.\n\nAdd an oncall.yaml with your rotations "
                                  "(members, length, handoff) or an iCalendar export of your paging service to see "
                                  "who is on call, the next handovers and any gaps.")
                             : tr("No workspace open."));
        m_stack->setCurrentWidget(m_empty);
    } else {
        m_stack->setCurrentIndex(1);
    }
    m_timeline->setViewerZone(m_zone);
    m_timeline->setNow(QDateTime::currentDateTimeUtc());
    m_timeline->setView(m_view);
    m_problems->setText(m_view.problems.join(u'\n'));
    m_problems->setVisible(!m_view.problems.isEmpty());
    updateSources();
    fillTables();
    updateSummary();
    emit settled();
}

void OncallPage::updateSources()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QStringList lines;
    QStringList tips;
    bool stale = false;
    for (const OncallViewRow &row : m_view.rows) {
        if (!row.source)
            continue;
        const alerting::CalendarSourceStatus &s = *row.source;
        const qint64 age = s.ageSeconds(now);
        QString text;
        if (age < 0)
            text = tr("never fetched");
        else if (age < 60)
            text = tr("fetched just now");
        else if (age < 3600)
            text = tr("fetched %n min ago", nullptr, int(age / 60));
        else if (age < 48 * 3600)
            text = tr("fetched %n h ago", nullptr, int(age / 3600));
        else
            text = tr("fetched %n days ago", nullptr, int(age / 86400));
        if (s.stale)
            //: A calendar fetched from a URL that could not be refreshed: its shifts may be out of date.
            text = tr("%1 — stale").arg(text);
        if (const QString retry = OncallStatus::retryText(s, m_zone); !retry.isEmpty())
            text += QStringLiteral(", ") + retry;
        stale = stale || s.stale;
        //: "<rotation> calendar: fetched 12 min ago"
        lines << tr("%1 calendar: %2").arg(s.rotation, text);
        tips << s.url;
    }
    m_sources->setText(lines.join(QStringLiteral("   ·   ")));
    m_sources->setToolTip(tips.join(u'\n'));
    m_sources->setProperty("stale", stale);
    m_sources->setStyleSheet(stale ? QStringLiteral("QLabel { color: #c62828; font-weight: bold; }") : QString());
    m_sources->setVisible(!lines.isEmpty());
}

QString OncallPage::when(const QDateTime &t) const
{
    //: Date and time in the on-call page's tables (QDateTime format).
    return QLocale().toString(t.toTimeZone(m_zone), tr("ddd M/d HH:mm"));
}

QString OncallPage::names(const QStringList &handles) const
{
    if (handles.isEmpty())
        return tr("nobody");
    QStringList out;
    for (const QString &h : handles)
        out << m_view.config.displayName(h);
    return out.join(QStringLiteral(" + "));
}

void OncallPage::markPastRows()
{
    // The days shown start at midnight: what is already over today (or on earlier days shown) is
    // greyed. Rows only ever become past, so each is marked once.
    m_now = QDateTime::currentDateTimeUtc();
    const QColor pastColor = palette().color(QPalette::Disabled, QPalette::Text);
    const auto mark = [&](QTableWidget *table, int row, const QDateTime &over) {
        if (row >= table->rowCount() || over > m_now || table->item(row, 0)->data(kPastRole).toBool())
            return;
        for (int c = 0; c < table->columnCount(); ++c) {
            QTableWidgetItem *i = table->item(row, c);
            i->setForeground(pastColor);
            i->setData(kPastRole, true);
            //: Added to a table cell's tooltip: the handover or gap is over.
            i->setToolTip(tr("%1 (past)").arg(i->toolTip()));
        }
    };
    for (size_t row = 0; row < m_view.handovers.size(); ++row)
        mark(m_handovers, int(row), m_view.handovers[row].at);
    for (size_t row = 0; row < m_view.gaps.size(); ++row)
        mark(m_gaps, int(row), m_view.gaps[row].to);
}

void OncallPage::fillTables()
{
    const auto item = [](const QString &text, const QString &tip = {}) {
        auto *i = new QTableWidgetItem(text);
        i->setToolTip(tip.isEmpty() ? text : tip);
        return i;
    };
    const QString utcFormat = QStringLiteral("yyyy-MM-dd HH:mm 'UTC'");
    m_handovers->setRowCount(0);
    for (const OncallHandover &h : m_view.handovers) {
        const int row = m_handovers->rowCount();
        m_handovers->insertRow(row);
        m_handovers->setItem(row, 0, item(when(h.at), h.at.toUTC().toString(utcFormat)));
        m_handovers->setItem(row, 1, item(h.rotation));
        m_handovers->setItem(row, 2, item(names(h.before)));
        QTableWidgetItem *to = item(names(h.after));
        if (h.after.isEmpty())
            to->setForeground(QColor(0xc6, 0x28, 0x28));
        m_handovers->setItem(row, 3, to);
    }
    m_gaps->setRowCount(0);
    for (const OncallGap &g : m_view.gaps) {
        const int row = m_gaps->rowCount();
        m_gaps->insertRow(row);
        const qint64 secs = g.from.secsTo(g.to);
        m_gaps->setItem(row, 0, item(g.rotation));
        m_gaps->setItem(row, 1, item(when(g.from), g.from.toUTC().toString(utcFormat)));
        m_gaps->setItem(row, 2, item(when(g.to), g.to.toUTC().toString(utcFormat)));
        // Two days and more in days and hours: "336 h 0 min" has to be worked out.
        m_gaps->setItem(row, 3,
                        item(secs >= 2 * 86400
                                 ? tr("%1 d %2 h", "days and hours").arg(secs / 86400).arg(secs % 86400 / 3600)
                                 : tr("%1 h %2 min").arg(secs / 3600).arg(secs % 3600 / 60)));
    }
    markPastRows();
    // The list starts at the first handover still to come.
    const auto firstToCome = std::find_if(m_view.handovers.begin(), m_view.handovers.end(),
                                          [&](const OncallHandover &h) { return h.at > m_now; });
    const int first = int(firstToCome - m_view.handovers.begin());
    if (first > 0 && first < m_handovers->rowCount())
        m_handovers->scrollToItem(m_handovers->item(first, 0), QAbstractItemView::PositionAtTop);
    m_gapsTitle->setText(m_view.gaps.empty() ? tr("Gaps: none in these %n day(s)", nullptr, kDays)
                                             : tr("Gaps: %n", nullptr, int(m_view.gaps.size())));
    m_gapsTitle->setStyleSheet(m_view.gaps.empty() ? QString() : QStringLiteral("QLabel { color: #c62828; }"));
    // Each table is at least as wide as its columns' texts, so the two side by side share the
    // width without cutting a column (a horizontal scroll bar for four short columns is no better).
    for (QTableWidget *t : { m_handovers, m_gaps }) {
        int width = 2 * t->frameWidth() + t->verticalScrollBar()->sizeHint().width();
        const QAbstractItemView *view = t; // sizeHintForColumn() is public there
        for (int c = 0; c < t->columnCount(); ++c)
            width += std::max(view->sizeHintForColumn(c), t->horizontalHeader()->sectionSizeHint(c));
        t->setMinimumWidth(width);
    }
}

void OncallPage::updateSummary()
{
    if (m_view.isEmpty()) {
        m_summary->clear();
        return;
    }
    const QString me = m_settings.me();
    m_meButton->setText(me.isEmpty() ? tr("Set your handle…") : tr("You: %1…").arg(m_view.config.displayName(me)));
    QString mine;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const OncallViewRow &row : m_view.rows)
        for (const alerting::Segment &s : row.segments) {
            if (s.to <= now || !s.members.contains(me, Qt::CaseInsensitive))
                continue;
            const QString text = s.from <= now
                ? tr("you (%1) are on call in %2 until %3").arg(me, row.rotation, when(s.to))
                : tr("your next shift (%1): %2 from %3").arg(me, row.rotation, when(s.from));
            if (mine.isEmpty() || s.from <= now)
                mine = text;
            break;
        }
    if (me.isEmpty())
        mine = tr("set your handle to see your own shifts");
    else if (mine.isEmpty())
        mine = tr("you (%1) have no shift in these days").arg(me);
    m_summary->setText(tr("Schedule in %1, shown in your time (%2) · %3")
                           .arg(m_view.config.timezone, QString::fromUtf8(m_zone.id()), mine));
}

void OncallPage::chooseMe()
{
    QStringList handles = m_view.config.people.keys();
    for (const OncallViewRow &row : m_view.rows)
        for (const alerting::Segment &s : row.segments)
            for (const QString &h : s.members)
                if (!handles.contains(h))
                    handles << h;
    const QString current = m_settings.meSetting();
    if (!current.isEmpty() && !handles.contains(current))
        handles.prepend(current);
    bool ok = false;
    const QString chosen
        = QInputDialog::getItem(this, tr("Your handle"), tr("Your handle in oncall.yaml (empty: your login name):"),
                                handles, std::max<int>(0, int(handles.indexOf(current))), true, &ok);
    if (ok)
        m_settings.setMe(chosen.trimmed());
}

} // namespace sre
