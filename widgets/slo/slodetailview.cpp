#include "slodetailview.h"

#include "rulesauditmark.h"
#include "slooverviewdelegate.h"
#include "sloreplayview.h"
#include "timechartview.h"
#include "window.h"
#include "workspace.h"

#include <QApplication>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextDocument>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>
#include <cmath>

namespace sre {

namespace {
using SeriesPtr = std::shared_ptr<const series::TimeSeries>;

SeriesPtr share(series::TimeSeries s)
{
    return std::make_shared<const series::TimeSeries>(std::move(s));
}

std::pair<double, double> extent(const series::TimeSeries &s)
{
    double lo = std::numeric_limits<double>::infinity(), hi = -lo;
    for (double v : s.v)
        if (!std::isnan(v))
            lo = std::min(lo, v), hi = std::max(hi, v);
    return { lo, hi };
}

QString percent(std::optional<double> v, int decimals)
{
    return v ? QString::number(*v * 100.0, 'f', decimals) + QStringLiteral(" %") : SloDetailView::tr("no data");
}

QString number(double v)
{
    return QLocale().toString(v, 'f', 0);
}

QString duration(double seconds)
{
    if (seconds < 2 * 3600)
        return SloDetailView::tr("%1 min").arg(seconds / 60.0, 0, 'f', 0);
    if (seconds < 3 * 86400)
        return SloDetailView::tr("%1 h").arg(seconds / 3600.0, 0, 'f', 1);
    return SloDetailView::tr("%1 days").arg(seconds / 86400.0, 0, 'f', 1);
}

QString windowName(std::chrono::seconds s)
{
    const qint64 v = s.count();
    if (v % 86400 == 0)
        return QStringLiteral("%1d").arg(v / 86400);
    if (v % 3600 == 0)
        return QStringLiteral("%1h").arg(v / 3600);
    return QStringLiteral("%1m").arg(v / 60);
}

const QColor kBlue(0x1f, 0x6f, 0xb4);
const QColor kOrange(0xe0, 0x7b, 0x00);
const QColor kGrey(0x80, 0x80, 0x80);
} // namespace

SloDetailView::SloDetailView(ws::Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_title(new QLabel(this))
    , m_subtitle(new QLabel(this))
    , m_audit(new RulesAuditMark(this))
    , m_back(new QToolButton(this))
    , m_runbookButton(new QToolButton(this))
    , m_resetZoom(new QToolButton(this))
    , m_sliChart(new TimeChartView(this))
    , m_budgetChart(new TimeChartView(this))
    , m_burnChart(new TimeChartView(this))
    , m_headline(new QLabel(this))
    , m_side(nullptr)
    , m_numbers(new QLabel(this))
    , m_tiers(new QTableWidget(this))
    , m_incidents(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_replay(new SloReplayView(workspace, this))
{
    setObjectName(QStringLiteral("sloDetail"));
    m_charts = { m_sliChart, m_budgetChart, m_burnChart };
    m_back->setText(tr("← Overview"));
    m_back->setToolTip(tr("Back to every SLO (Backspace)"));
    m_back->setShortcut(QKeySequence(Qt::Key_Backspace));
    m_runbookButton->setText(tr("Open runbook"));
    m_resetZoom->setText(tr("Reset zoom"));
    m_resetZoom->setToolTip(tr("Show the whole window again (0 or Home on a chart; double-click resets too).\n"
                               "Drag on a chart to zoom into a time range, wheel to zoom, Shift+wheel to pan."));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextFormat(Qt::PlainText);
    m_subtitle->setTextFormat(Qt::PlainText);
    m_subtitle->setWordWrap(true);

    auto *top = new QHBoxLayout;
    top->addWidget(m_back);
    top->addWidget(m_title, 1);
    top->addWidget(m_resetZoom);
    top->addWidget(m_runbookButton);
    m_headline->setTextFormat(Qt::RichText);
    m_headline->setWordWrap(true);
    m_headline->hide();

    auto *chartsBox = new QWidget(this);
    auto *chartsLayout = new QVBoxLayout(chartsBox);
    chartsLayout->setContentsMargins(0, 0, 0, 0);
    for (TimeChartView *c : std::as_const(m_charts)) {
        chartsLayout->addWidget(c, 1);
        connect(c, &TimeChartView::visibleRangeChanged, this,
                [this, c](double from, double to) { syncRange(c, from, to); });
        connect(c, &TimeChartView::bandClicked, this, &SloDetailView::postmortemRequested);
    }
    m_sliChart->setPercent(true, 3, 2);
    m_budgetChart->setPercent(true, 1, 0);
    m_burnChart->setPercent(false, 2, 1);

    m_numbers->setTextFormat(Qt::RichText);
    m_numbers->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_numbers->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_numbers->setWordWrap(true);
    m_tiers->setColumnCount(5);
    m_tiers->setHorizontalHeaderLabels(
        { tr("Tier"), tr("Windows"), tr("Factor"), tr("Burn long / short"), tr("Firing") });
    m_tiers->setToolTip(tr("A tier fires when the burn rate over both its long and its short window reaches its "
                           "factor."));
    m_tiers->verticalHeader()->hide();
    m_tiers->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tiers->setSelectionMode(QAbstractItemView::NoSelection);
    m_tiers->setFocusPolicy(Qt::NoFocus);
    m_tiers->horizontalHeader()->setStretchLastSection(true);
    m_tiers->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_tiers->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_incidents->setTextFormat(Qt::RichText);
    m_incidents->setWordWrap(true);
    m_incidents->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    connect(m_incidents, &QLabel::linkActivated, this, &SloDetailView::postmortemRequested);

    auto *side = new QWidget;
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->addWidget(m_numbers);
    m_tiersTitle = new QLabel(tr("<b>Burn-rate alert tiers</b>"), side);
    sideLayout->addWidget(m_tiersTitle);
    sideLayout->addWidget(m_tiers);
    sideLayout->addWidget(m_incidents);
    sideLayout->addStretch(1);
    auto *scroll = new QScrollArea(this);
    m_side = scroll;
    scroll->setWidget(side);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(chartsBox);
    split->addWidget(scroll);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    split->setChildrenCollapsible(false);
    split->setSizes({ 820, 460 });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_subtitle);
    layout->addWidget(m_audit);
    layout->addWidget(m_headline);
    m_tabs->addTab(split, tr("Charts"));
    m_tabs->addTab(m_replay, tr("Replay"));
    m_tabs->setDocumentMode(true);
    layout->addWidget(m_tabs, 1);

    connect(m_back, &QToolButton::clicked, this, &SloDetailView::backRequested);
    connect(m_resetZoom, &QToolButton::clicked, this, [this] {
        for (TimeChartView *c : std::as_const(m_charts))
            c->resetZoom();
    });
    connect(m_runbookButton, &QToolButton::clicked, this, [this] { emit runbookRequested(m_runbook); });
}

void SloDetailView::setRulesAudit(const QString &brief, const QString &detail)
{
    m_audit->setFindings(brief, detail);
}

QString SloDetailView::rulesAuditText() const
{
    return m_audit->shownText();
}

void SloDetailView::showReplayTab()
{
    m_tabs->setCurrentWidget(m_replay);
}

bool SloDetailView::isBusy() const
{
    if (m_pending > 0)
        return true;
    for (const TimeChartView *c : m_charts)
        if (c->isReducing())
            return true;
    return false;
}

void SloDetailView::syncRange(TimeChartView *source, double from, double to)
{
    for (TimeChartView *c : std::as_const(m_charts))
        if (c != source && (c->visibleFrom() != from || c->visibleTo() != to))
            c->zoomTo(from, to);
}

void SloDetailView::setMeetingMode(bool on)
{
    m_meeting = on;
    QFont titleFont = font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    // From the back of a room: charts across the whole width, the key numbers in one line above
    // them; the full table stays one Esc away.
    m_side->setVisible(!on);
    m_headline->setVisible(on);
    m_subtitle->setVisible(!on);
    m_resetZoom->setVisible(!on);
    QFont chartFont = QApplication::font();
    if (on)
        chartFont.setPointSizeF(chartFont.pointSizeF() * 1.35);
    for (TimeChartView *c : std::as_const(m_charts)) {
        c->setLineWidth(on ? 4.0 : 1.5);
        QFont title = chartFont;
        title.setBold(true);
        c->chart()->setTitleFont(title);
        c->chart()->legend()->setFont(chartFont);
        for (QAbstractAxis *axis : c->chart()->axes())
            axis->setLabelsFont(chartFont);
        // Arrow keys step through SLOs in a meeting; nobody zooms from the back of the room.
        c->setFocusPolicy(on ? Qt::NoFocus : Qt::StrongFocus);
    }
    m_tiers->resizeColumnsToContents();
}

void SloDetailView::showHeadline(const SloEvaluation &ev)
{
    const slo::SloReport &r = ev.report;
    const QString status = slo::statusName(r.status);
    static const QMap<QString, QString> marks = { { QStringLiteral("ok"), QStringLiteral("●") },
                                                  { QStringLiteral("warning"), QStringLiteral("▲") },
                                                  { QStringLiteral("critical"), QStringLiteral("■") },
                                                  { QStringLiteral("no-data"), QStringLiteral("○") } };
    static const QMap<QString, const char *> words = { { QStringLiteral("ok"), QT_TR_NOOP("OK") },
                                                       { QStringLiteral("warning"), QT_TR_NOOP("Warning") },
                                                       { QStringLiteral("critical"), QT_TR_NOOP("Critical") },
                                                       { QStringLiteral("no-data"), QT_TR_NOOP("No data") } };
    const auto burn = [&r](const char16_t *w) {
        const auto b = r.burnRate(w);
        return b ? QString::number(*b, 'f', 2) + QStringLiteral("×") : tr("–");
    };
    QStringList parts;
    parts << QStringLiteral("<span style=\"color:%1\">%2 <b>%3</b></span>")
                 .arg(SloOverviewDelegate::statusColor(status).name(), marks.value(status),
                      tr(words.value(status, QT_TR_NOOP("No data"))));
    parts << tr("SLI <b>%1</b> (objective %2 %)").arg(percent(r.sli, 3)).arg(r.objective * 100.0);
    parts << tr("budget left <b>%1</b>").arg(percent(r.errorBudgetRemaining, 1));
    parts << tr("burn 1h <b>%1</b> · 6h <b>%2</b>").arg(burn(u"1h"), burn(u"6h"));
    parts << tr("window %1").arg(r.window.toHtmlEscaped());
    m_headline->setText(parts.join(QStringLiteral(" &nbsp;·&nbsp; ")));
}

void SloDetailView::setEvaluation(const SloEvaluation &ev, std::optional<slo::NamedPeriod> period)
{
    const bool sameSlo = ev.spec.id() == m_id;
    m_id = ev.spec.id();
    m_runbook = ev.spec.runbook;
    m_zone = QTimeZone(m_workspace.config().timezone.toUtf8());
    if (!m_zone.isValid())
        m_zone = QTimeZone::utc();
    m_title->setText(ev.spec.id());
    m_subtitle->setText(ev.spec.description);
    m_replay->setSlo(ev.spec, ev.report.evaluatedAt);
    m_runbookButton->setVisible(!m_runbook.isEmpty());
    m_runbookButton->setToolTip(tr("Open %1").arg(m_runbook));
    if (!sameSlo)
        for (TimeChartView *c : std::as_const(m_charts))
            c->clear();
    if (ev.report.id.isEmpty()) {
        // No numbers yet (the first refresh is on its way): the window, empty.
        ++m_generation; // whatever was being computed is for another SLO or window
        const slo::EvaluationWindow w = slo::evaluationWindow(ev.spec, QDateTime::currentSecsSinceEpoch());
        qint64 to = w.range.end;
        if (period)
            to = period->range.end;
        else if (ev.spec.calendar)
            to = slo::calendarPeriod(*ev.spec.calendar, w.range.start).end;
        for (TimeChartView *c : std::as_const(m_charts)) {
            c->clear();
            c->setTimeZone(m_zone);
            c->setTimeRange(double(period ? period->range.start : w.range.start), double(to));
        }
        const double budget = 1 - ev.spec.objective;
        m_sliChart->setTitle(tr("SLI against the objective"));
        m_sliChart->setValueRange(std::max(0.0, ev.spec.objective - budget), 1.0);
        m_budgetChart->setTitle(tr("Error budget remaining"));
        m_budgetChart->setValueRange(-0.25, 1.25, 0.25);
        m_burnChart->setTitle(tr("Burn rate"));
        m_burnChart->setValueRange(0, 15);
        m_tiersTitle->hide();
        m_tiers->hide();
        m_incidents->clear();
        m_numbers->setText(tr("<p>Fetching the numbers of %1…</p>").arg(ev.spec.id().toHtmlEscaped()));
        m_headline->setText(tr("Fetching the numbers…"));
        m_tiers->setRowCount(0);
        return;
    }
    showNumbers(ev, period);
    showHeadline(ev);

    const quint64 generation = ++m_generation;
    ++m_pending;
    const std::optional<slo::TimeRange> range = period ? std::optional(period->range) : std::nullopt;
    auto *watcher = new QFutureWatcher<SloHistory>(this); // not QFuture::then(context): see SeriesReducer
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation, ev] {
        watcher->deleteLater();
        --m_pending;
        if (generation == m_generation)
            showHistory(ev, watcher->result());
    });
    watcher->setFuture(QtConcurrent::run([ev, range] { return computeHistory(ev, range); }));
}

void SloDetailView::showHistory(const SloEvaluation &ev, const SloHistory &h)
{
    const double objective = ev.spec.objective;
    const double budget = 1 - objective;
    // Keep the zoom across refreshes of the same SLO.
    const double zoomFrom = m_sliChart->visibleFrom(), zoomTo = m_sliChart->visibleTo();
    const bool keepZoom = m_sliChart->isZoomed() && zoomFrom >= double(h.from) && zoomTo <= double(h.to);
    for (TimeChartView *c : std::as_const(m_charts)) {
        c->clear();
        c->setTimeZone(m_zone);
        c->setTimeRange(double(h.from), double(h.to));
    }

    m_sliChart->setTitle(tr("SLI against the objective"));
    m_sliChart->addLine(tr("SLI per hour"), share(h.sliHourly), kGrey.lighter(120));
    m_sliChart->addLine(h.rolling ? tr("SLI over the preceding %1").arg(ev.report.window)
                                  : tr("SLI since the period start"),
                        share(h.sliWindow), kBlue);
    m_sliChart->addThreshold(tr("Objective %1 %").arg(objective * 100.0), objective,
                             SloOverviewDelegate::statusColor(QStringLiteral("critical")));
    {
        auto [lo, hi] = extent(h.sliWindow);
        auto [hlo, hhi] = extent(h.sliHourly);
        Q_UNUSED(hi)
        Q_UNUSED(hhi)
        // Dips of the hourly SLI far below the objective run off the bottom rather than flatten
        // everything else.
        double low = std::min({ std::isfinite(lo) ? lo : objective, objective - budget,
                                std::isfinite(hlo) ? std::max(hlo, objective - 10 * budget) : objective });
        // An SLI never exceeds 100 %: the axis ends there, on a round tick (nice numbers put the
        // top at 100.5 %), with at most six steps below it.
        const double bottom = std::max(0.0, low - budget * 0.5);
        double tick = 0.2;
        for (const double t : { 0.0001, 0.0002, 0.0005, 0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1 }) {
            if ((1.0 - bottom) / t <= 6) {
                tick = t;
                break;
            }
        }
        m_sliChart->setValueRange(bottom, 1.0 - 1e-9, tick);
    }

    if (h.calendar) {
        m_budgetChart->setTitle(tr("Error budget burndown of the period"));
        m_budgetChart->addLine(tr("Ideal (spent evenly)"), share(h.idealBurndown), kGrey, true);
        m_budgetChart->addLine(tr("Period budget left"), share(h.periodBudgetRemaining), kOrange);
        m_budgetChart->addLine(tr("Budget remaining"), share(h.budgetRemaining), kBlue);
    } else {
        m_budgetChart->setTitle(tr("Error budget remaining over the preceding %1 (rolling)").arg(ev.report.window));
        m_budgetChart->addLine(tr("Budget remaining"), share(h.budgetRemaining), kBlue);
    }
    m_budgetChart->addThreshold(tr("Exhausted"), 0.0, SloOverviewDelegate::statusColor(QStringLiteral("critical")));
    {
        auto [lo, hi] = extent(h.budgetRemaining);
        auto [plo, phi] = extent(h.periodBudgetRemaining);
        const double last = h.budgetRemaining.empty() ? 0 : h.budgetRemaining.v.back();
        // The first hours of a window swing wildly on few events: floor at -100 % unless the
        // budget really ends up below that.
        double low = std::min(0.0, std::isfinite(lo) ? std::max(lo, std::min(-1.0, last)) : 0.0);
        if (std::isfinite(plo))
            low = std::min(low, plo);
        double high = std::max({ 1.0, std::isfinite(hi) ? hi : 1.0, std::isfinite(phi) ? phi : 1.0 });
        const double span = high - low;
        m_budgetChart->setValueRange(low - 0.02, high + 0.02, span <= 1.6 ? 0.25 : span <= 3.2 ? 0.5 : 1.0);
    }

    m_burnChart->setTitle(tr("Burn rate"));
    m_burnChart->addLine(tr("1h"), share(h.burn1h), kBlue);
    m_burnChart->addLine(tr("6h"), share(h.burn6h), kOrange);
    double maxFactor = 1;
    for (const slo::AlertState &a : ev.report.alerts) {
        const bool page = a.severity.compare(QLatin1String("page"), Qt::CaseInsensitive) == 0
            || a.severity.compare(QLatin1String("critical"), Qt::CaseInsensitive) == 0;
        m_burnChart->addThreshold(
            tr("%1 %2×").arg(a.tier).arg(a.factor, 0, 'f', 1), a.factor,
            SloOverviewDelegate::statusColor(page ? QStringLiteral("critical") : QStringLiteral("warning")));
        maxFactor = std::max(maxFactor, a.factor);
    }
    {
        const double b1 = extent(h.burn1h).second, b6 = extent(h.burn6h).second;
        const double top = std::max(std::isfinite(b1) ? b1 : 0.0, std::isfinite(b6) ? b6 : 0.0);
        m_burnChart->setValueRange(0, std::max(maxFactor * 1.15, std::min(top * 1.05, maxFactor * 3)));
    }

    QList<TimeChartView::Band> bands;
    QStringList links;
    for (const pm::Postmortem *p : m_workspace.postmortemsForSlo(ev.spec.id())) {
        if (!p->started.isValid())
            continue;
        QDateTime end = p->resolved.isValid() ? p->resolved : p->mitigated.isValid() ? p->mitigated : p->detected;
        if (!end.isValid() || end < p->started)
            end = p->started.addSecs(3600);
        const QString label = tr("%1 %2 (%3) — click to open").arg(p->id, p->title, p->severity);
        bands << TimeChartView::Band { double(p->started.toSecsSinceEpoch()), double(end.toSecsSinceEpoch()), label,
                                       p->id };
        links << QStringLiteral("<a href=\"%1\">%1</a> %2 — %3")
                     .arg(p->id.toHtmlEscaped(), p->title.toHtmlEscaped(),
                          p->started.toTimeZone(m_zone).toString(QStringLiteral("yyyy-MM-dd HH:mm t")));
    }
    for (TimeChartView *c : std::as_const(m_charts)) {
        c->setBands(bands);
        if (keepZoom)
            c->zoomTo(zoomFrom, zoomTo);
    }
    m_incidents->setText(QStringLiteral("<b>%1</b><br>").arg(tr("Incidents (postmortems naming this SLO)"))
                         + (links.isEmpty() ? tr("None.") : links.join(QStringLiteral("<br>"))));
    setMeetingMode(m_meeting);
    emit historyReady();
}

void SloDetailView::showNumbers(const SloEvaluation &ev, const std::optional<slo::NamedPeriod> &period)
{
    const slo::SloReport &r = ev.report;
    auto at = [this](qint64 t) {
        return QDateTime::fromSecsSinceEpoch(t, m_zone).toString(QStringLiteral("yyyy-MM-dd HH:mm t"));
    };
    QString html = QStringLiteral("<table cellspacing=2>");
    auto row = [&html](const QString &key, const QString &value) {
        html += QStringLiteral("<tr><td>%1</td><td align=right><b>%2</b></td></tr>")
                    .arg(key.toHtmlEscaped(), value.toHtmlEscaped());
    };
    row(tr("Objective"), QString::number(r.objective * 100.0, 'g', 6) + QStringLiteral(" %"));
    row(tr("Window"),
        period ? tr("calendar %1 (%2)")
                     .arg(slo::periodName(slo::CalendarWindow { period->period, QString::fromUtf8(m_zone.id()) },
                                          period->range.start),
                          QString::fromUtf8(m_zone.id()))
               : r.window);
    row(tr("From"), at(r.windowStart));
    row(tr("To"), at(r.evaluatedAt));
    if (r.dataFrom)
        row(tr("Data only from"), at(*r.dataFrom));
    // Where the buckets came from (the fast path, models/fastpath): the numbers are the same, the
    // grid may be the rule group's, and a refused fast path says why.
    if (ev.fromRecorded)
        row(tr("Source"),
            ev.recordedFrom ? tr("recorded series since %1").arg(at(*ev.recordedFrom)) : tr("recorded series"));
    else
        row(tr("Source"), tr("the SLO's own queries"));
    row(tr("SLI"), percent(r.sli, 4));
    row(tr("Budget remaining"), percent(r.errorBudgetRemaining, 2));
    row(tr("Budget consumed"), percent(r.errorBudgetConsumed, 2));
    row(tr("Total events"), number(r.totalEvents));
    row(tr("Bad events"), number(r.badEvents));
    row(tr("Bad events allowed"), number(r.allowedBadEvents));
    row(tr("Downtime allowed"), duration(r.allowedDowntimeMinutes * 60));
    row(tr("Downtime used"), r.usedDowntimeMinutes ? duration(*r.usedDowntimeMinutes * 60) : tr("no data"));
    row(tr("Burn 1h / 6h"),
        QStringLiteral("%1× / %2×")
            .arg(r.burnRate(u"1h") ? QString::number(*r.burnRate(u"1h"), 'f', 2) : tr("–"),
                 r.burnRate(u"6h") ? QString::number(*r.burnRate(u"6h"), 'f', 2) : tr("–")));
    row(tr("Time to exhaustion"),
        r.timeToExhaustionSeconds
            ? (*r.timeToExhaustionSeconds <= 0 ? tr("exhausted")
                                               : tr("%1 at the 1h burn rate").arg(duration(*r.timeToExhaustionSeconds)))
            : tr("not burning"));
    html += QStringLiteral("</table>");
    if (ev.error)
        html += QStringLiteral("<p style=\"color:#b71c1c\">%1</p>")
                    .arg(tr("Stale: the latest refresh failed (%1). These are the last good numbers.")
                             .arg(ev.error->toString())
                             .toHtmlEscaped());
    if (!ev.fastPathNote.isEmpty())
        html += QStringLiteral("<p style=\"color:#616161\">%1</p>")
                    .arg(tr("Not reading the recorded series of the generated rules: %1")
                             .arg(ev.fastPathNote)
                             .toHtmlEscaped());
    m_numbers->setText(html);

    m_tiers->setRowCount(int(r.alerts.size()));
    m_tiersTitle->setVisible(!r.alerts.empty());
    m_tiers->setVisible(!r.alerts.empty());
    auto burn = [](std::optional<double> v) { return v ? QString::number(*v, 'f', 2) + QStringLiteral("×") : tr("–"); };
    for (int i = 0; i < int(r.alerts.size()); ++i) {
        const slo::AlertState &a = r.alerts[std::size_t(i)];
        const QStringList cells
            = { a.tier, QStringLiteral("%1 / %2").arg(windowName(a.longWindow), windowName(a.shortWindow)),
                QString::number(a.factor, 'f', 2) + QStringLiteral("×"),
                burn(a.longBurnRate) + QStringLiteral(" / ") + burn(a.shortBurnRate),
                a.firing ? tr("▲ FIRING") : tr("no") };
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            item->setToolTip(tr("%1: severity %2").arg(a.tier, a.severity));
            if (c >= 2 && c <= 3)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (c == 4 && a.firing) {
                item->setForeground(SloOverviewDelegate::statusColor(QStringLiteral("critical")));
                QFont f = item->font();
                f.setBold(true);
                item->setFont(f);
            }
            m_tiers->setItem(i, c, item);
        }
    }
    m_tiers->resizeColumnsToContents();
}

QString SloDetailView::numbersText() const
{
    QTextDocument doc;
    doc.setHtml(m_numbers->text());
    return doc.toPlainText();
}

} // namespace sre
