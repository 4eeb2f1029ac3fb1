#include "sloreplayview.h"

#include "duration.h"
#include "futurechain.h"
#include "prometheusclient.h"
#include "replaysource.h"
#include "replaytable.h"
#include "timechartview.h"
#include "workspace.h"

#include <QComboBox>
#include <QDateTime>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace sre {

// One row per tier: its firing spans as bars over the replayed range, the incidents shaded
// behind every row.
class ReplayTimeline final : public QWidget
{
public:
    explicit ReplayTimeline(QWidget *parent)
        : QWidget(parent)
    {
        setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    }

    QSize sizeHint() const override
    {
        return { 400, kTop + kRow * int(m_result ? m_result->tiers.size() : 0) + kBottom };
    }

    void setResult(const std::optional<replay::ReplayResult> &result, const QTimeZone &zone)
    {
        m_result = result;
        m_zone = zone;
        updateGeometry();
        update();
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter p(this);
        p.fillRect(rect(), palette().base());
        if (!m_result || m_result->to <= m_result->from)
            return;
        const replay::ReplayResult &r = *m_result;
        const int left = kLabelWidth;
        const int width = std::max(1, this->width() - left - 8);
        const auto x = [&](qint64 t) {
            const double f = double(std::clamp(t, r.from, r.to) - r.from) / double(r.to - r.from);
            return left + int(f * width);
        };
        const int rowsBottom = kTop + kRow * int(r.tiers.size());
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0xe0, 0x7b, 0x00, 50));
        for (const replay::Incident &i : r.incidents)
            p.drawRect(
                QRect(QPoint(x(i.started) - 1, kTop), QPoint(std::max(x(i.ended), x(i.started) + 2), rowsBottom)));
        for (int row = 0; row < int(r.tiers.size()); ++row) {
            const replay::TierReplay &t = r.tiers[std::size_t(row)];
            const int y = kTop + row * kRow;
            p.setPen(palette().color(QPalette::Text));
            p.drawText(QRect(4, y, left - 8, kRow), Qt::AlignVCenter | Qt::AlignLeft, t.tier.tier.name);
            p.setPen(palette().color(QPalette::Mid));
            p.drawLine(left, y + kRow / 2, left + width, y + kRow / 2);
            p.setPen(Qt::NoPen);
            p.setBrush(t.tier.tier.severity == u"page" ? QColor(0xc6, 0x28, 0x28) : QColor(0xf9, 0xa8, 0x25));
            for (const replay::FiringSpan &f : t.firings)
                p.drawRect(QRect(QPoint(x(f.start), y + 4), QPoint(std::max(x(f.end), x(f.start) + 2), y + kRow - 4)));
        }
        p.setPen(palette().color(QPalette::Text));
        const QString format = QStringLiteral("yyyy-MM-dd HH:mm");
        p.drawText(QRect(left, rowsBottom + 2, width, kBottom), Qt::AlignLeft,
                   QDateTime::fromSecsSinceEpoch(r.from, m_zone).toString(format));
        p.drawText(QRect(left, rowsBottom + 2, width, kBottom), Qt::AlignRight,
                   QDateTime::fromSecsSinceEpoch(r.to, m_zone).toString(format));
    }

private:
    static constexpr int kLabelWidth = 110;
    static constexpr int kTop = 4;
    static constexpr int kRow = 22;
    static constexpr int kBottom = 20;
    std::optional<replay::ReplayResult> m_result;
    QTimeZone m_zone = QTimeZone::utc();
};

namespace {
struct Outcome
{
    std::optional<replay::ReplayResult> result;
    std::vector<SloReplayView::Curves> curves;
    QString error;
    // An SLO with groups: each group's text and how often its tiers fired, most first.
    std::vector<std::pair<QString, int>> groups;
};

std::vector<SloReplayView::Curves> burnCurves(const slo::EventSeries &events, const replay::ReplayResult &r)
{
    std::vector<SloReplayView::Curves> curves;
    const std::vector<qint64> times = replay::evaluationTimes(r.from, r.to, r.step);
    for (const replay::TierReplay &t : r.tiers) {
        series::TimeSeries longBurn, shortBurn;
        longBurn.t.reserve(times.size());
        shortBurn.t.reserve(times.size());
        for (const qint64 at : times) {
            const auto l = replay::windowBurn(events, r.spec.objective, at, t.tier.tier.longWindow);
            const auto s = replay::windowBurn(events, r.spec.objective, at, t.tier.tier.shortWindow);
            longBurn.append(double(at), l.value_or(qQNaN()));
            shortBurn.append(double(at), s.value_or(qQNaN()));
        }
        curves.push_back({ std::make_shared<const series::TimeSeries>(std::move(longBurn)),
                           std::make_shared<const series::TimeSeries>(std::move(shortBurn)) });
    }
    return curves;
}

} // namespace

SloReplayView::SloReplayView(ws::Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_range(new QComboBox(this))
    , m_step(new QComboBox(this))
    , m_group(new QComboBox(this))
    , m_whatIf(new QLineEdit(this))
    , m_run(new QPushButton(tr("Replay"), this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_timeline(new ReplayTimeline(this))
    , m_curveTier(new QComboBox(this))
    , m_burnChart(new TimeChartView(this))
    , m_keep(new QPushButton(tr("Keep as A"), this))
    , m_comparing(new QLabel(this))
    , m_stopComparing(new QPushButton(tr("Stop comparing"), this))
    , m_table(new ReplayTable(this))
{
    setObjectName(QStringLiteral("sloReplay"));
    m_range->addItem(tr("Last 7 days"), 7 * 86400);
    m_range->addItem(tr("Last 30 days"), 30 * 86400);
    m_range->setCurrentIndex(1);
    m_step->addItem(tr("every 1m"), 60);
    m_step->addItem(tr("every 5m"), 300);
    m_whatIf->setPlaceholderText(tr("What if: page-fast:factor=10,for=2m; fast30:long=30m,short=5m,share=2%"));
    m_whatIf->setToolTip(tr("Edits of the tiers, separated by \";\": NAME:KEY=VALUE,… with the keys factor, "
                            "share, long, short, for and severity. A new NAME adds a tier."));
    m_whatIf->setClearButtonEnabled(true);
    m_group->setObjectName(QStringLiteral("replayGroup"));
    m_group->setToolTip(tr("This SLO pages per group: replay all groups together, or one group as its own "
                           "alert would have fired"));
    m_group->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_group->hide();
    m_progress->setRange(0, 0); // busy: two range queries, then the evaluation
    m_progress->setMaximumWidth(160);
    m_progress->hide();
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_keep->setToolTip(tr("Keep this result as A, to compare the next replays (B) with it tier by tier"));
    m_keep->setEnabled(false);
    m_comparing->setWordWrap(true);
    m_comparing->hide();
    m_stopComparing->hide();

    auto *controls = new QHBoxLayout;
    controls->addWidget(m_range);
    controls->addWidget(m_step);
    controls->addWidget(m_group);
    controls->addWidget(m_whatIf, 1);
    controls->addWidget(m_run);
    controls->addWidget(m_keep);
    controls->addWidget(m_progress);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(m_status);
    layout->addWidget(m_timeline);
    auto *curveRow = new QHBoxLayout;
    curveRow->addWidget(new QLabel(tr("Burn rates of"), this));
    curveRow->addWidget(m_curveTier);
    curveRow->addStretch(1);
    layout->addLayout(curveRow);
    layout->addWidget(m_burnChart, 2);
    auto *compareRow = new QHBoxLayout;
    compareRow->addWidget(m_comparing, 1);
    compareRow->addWidget(m_stopComparing);
    layout->addLayout(compareRow);
    layout->addWidget(m_table, 1);
    m_burnChart->setPercent(false, 2, 1);
    m_curveTier->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_burnChart->setMinimumHeight(180);
    connect(m_curveTier, &QComboBox::currentIndexChanged, this, &SloReplayView::showCurves);

    connect(m_run, &QPushButton::clicked, this, &SloReplayView::run);
    connect(m_group, &QComboBox::activated, this, &SloReplayView::run);
    connect(m_whatIf, &QLineEdit::returnPressed, this, &SloReplayView::run);
    connect(m_keep, &QPushButton::clicked, this, &SloReplayView::keepAsA);
    connect(m_stopComparing, &QPushButton::clicked, this, &SloReplayView::stopComparing);
    m_status->setText(tr("Replay evaluates the SLO's alert tiers over its history, minute by minute."));
}

SloReplayView::~SloReplayView() = default;

void SloReplayView::setSlo(const slo::SloSpec &spec, qint64 end)
{
    m_end = end;
    if (m_spec && m_spec->id() == spec.id()) {
        m_spec = spec;
        return;
    }
    m_spec = spec;
    ++m_generation; // a run for the previous SLO is stale
    m_running = false;
    m_progress->hide();
    m_result.reset();
    m_timeline->setResult(std::nullopt, QTimeZone::utc());
    m_curves.clear();
    m_curveTier->clear();
    m_burnChart->clear();
    m_group->clear();
    m_group->hide();
    m_kept.reset();
    showTable();
    m_status->setText(tr("Replay evaluates the SLO's alert tiers over its history, minute by minute."));
}

QString SloReplayView::statusText() const
{
    return m_status->text();
}

void SloReplayView::run()
{
    if (!m_spec)
        return;
    const slo::SloSpec spec = *m_spec;
    const DatasourceConfig *ds = m_workspace.config().prometheus();
    if (!ds || ds->type != DatasourceConfig::Type::Prometheus) {
        fail(tr("This workspace has no Prometheus datasource."));
        return;
    }
    if (!m_client || m_clientDatasource != ds->name || m_client->config().url != ds->url) {
        m_client = std::make_unique<prom::PrometheusClient>(*ds);
        m_clientDatasource = ds->name;
    }
    std::vector<replay::ReplayTier> tiers = replay::replayTiers(spec);
    for (const QString &edit : m_whatIf->text().split(QLatin1Char(';'), Qt::SkipEmptyParts))
        if (const auto problem = replay::applyTierEdit(tiers, edit.trimmed(), replay::factorWindow(spec))) {
            fail(*problem);
            return;
        }
    if (tiers.empty()) {
        fail(tr("%1 has no burn-rate tiers: add one under \"What if\".").arg(spec.id()));
        return;
    }
    const std::chrono::seconds step(m_step->currentData().toLongLong());
    const qint64 to = (m_end > 0 ? m_end : QDateTime::currentSecsSinceEpoch()) / step.count() * step.count();
    const qint64 from = to - m_range->currentData().toLongLong();
    const std::vector<replay::Incident> incidents
        = replay::incidentsOf(spec.id(), m_workspace.postmortems().items(), from, to);

    const QString groupKey = m_group->currentData().toString(); // empty: all groups together
    m_runEdits = m_whatIf->text().trimmed();
    const quint64 generation = ++m_generation;
    m_running = true;
    m_progress->show();
    m_status->setText(
        tr("Fetching one-minute events of %1 and replaying %n tier(s)…", nullptr, int(tiers.size())).arg(spec.id()));
    auto future = fut::then(
        replay::fetchEvents(*m_client, spec, from, to, step, replay::longestWindow(tiers), QStringLiteral("replay")),
        [=](const replay::FetchedEvents &fetched) {
            Outcome o;
            if (fetched.error) {
                o.error = fetched.error->toString();
                return o;
            }
            const slo::EventSeries *events = &fetched.series;
            if (!fetched.groups.empty()) {
                for (const replay::ReplayResult &g :
                     replay::replayGroups(spec, fetched.groups, tiers, incidents, from, to, step)) {
                    const QString text = replay::groupText(g.group, spec.groupBy);
                    o.groups.emplace_back(text, replay::firingCount(g));
                    if (text == groupKey)
                        o.result = g;
                }
                for (const replay::GroupEvents &g : fetched.groups)
                    if (o.result && g.labels == o.result->group)
                        events = &g.series;
            }
            if (!o.result)
                o.result = replay::replay(spec, fetched.series, tiers, incidents, from, to, step);
            o.curves = burnCurves(*events, *o.result);
            return o;
        });
    auto *watcher = new QFutureWatcher<Outcome>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return;
        m_running = false;
        m_progress->hide();
        if (watcher->isCanceled() || watcher->future().resultCount() == 0) {
            fail(tr("The replay was cancelled."));
            return;
        }
        Outcome o = watcher->result();
        if (!o.groups.empty()) {
            const QSignalBlocker block(m_group);
            const QString chosen = o.result ? replay::groupText(o.result->group, o.result->spec.groupBy) : QString();
            m_group->clear();
            m_group->addItem(tr("All groups together"), QString());
            for (const auto &[text, firings] : o.groups)
                m_group->addItem(tr("%1 — %n firing(s)", nullptr, firings).arg(text), text);
            m_group->setCurrentIndex(std::max(0, m_group->findData(chosen)));
            m_group->show();
        }
        if (o.result)
            showResult(*o.result, std::move(o.curves));
        else
            fail(o.error);
    });
    watcher->setFuture(future);
}

void SloReplayView::showCurves()
{
    m_burnChart->clear();
    const int i = m_curveTier->currentIndex();
    if (!m_result || i < 0 || std::size_t(i) >= m_curves.size() || std::size_t(i) >= m_result->tiers.size())
        return;
    const replay::TierReplay &t = m_result->tiers[std::size_t(i)];
    QTimeZone zone(m_workspace.config().timezone.toUtf8());
    m_burnChart->setTimeZone(zone.isValid() ? zone : QTimeZone::utc());
    m_burnChart->setTitle(
        tr("Burn rate of %1: both windows at or above %2 fire").arg(t.tier.tier.name).arg(t.tier.factor, 0, 'g', 6));
    m_burnChart->setTimeRange(double(m_result->from), double(m_result->to));
    // Outages burn at hundreds: the axis stops a little above the factor, where the decision is.
    m_burnChart->setValueRange(0, std::max(3 * t.tier.factor, 1.0));
    m_burnChart->addLine(tr("Burn over %1").arg(formatDuration(t.tier.tier.longWindow)),
                         m_curves[std::size_t(i)].longBurn, QColor(0x1f, 0x6f, 0xb4));
    m_burnChart->addLine(tr("Burn over %1").arg(formatDuration(t.tier.tier.shortWindow)),
                         m_curves[std::size_t(i)].shortBurn, QColor(0x80, 0x80, 0x80), true);
    m_burnChart->addThreshold(tr("Factor %1").arg(t.tier.factor, 0, 'g', 6), t.tier.factor, QColor(0xc6, 0x28, 0x28));
    QList<TimeChartView::Band> bands;
    for (const replay::Incident &incident : m_result->incidents)
        bands << TimeChartView::Band { double(incident.started), double(incident.ended), incident.id, incident.id };
    m_burnChart->setBands(bands);
}

void SloReplayView::fail(const QString &message)
{
    m_running = false;
    m_progress->hide();
    m_status->setText(tr("Replay failed: %1").arg(message));
    emit finished();
}

void SloReplayView::showResult(const replay::ReplayResult &r, std::vector<Curves> curves)
{
    m_result = r;
    m_curves = std::move(curves);
    QTimeZone zone(m_workspace.config().timezone.toUtf8());
    if (!zone.isValid())
        zone = QTimeZone::utc();
    m_timeline->setResult(r, zone);
    m_resultEdits = m_runEdits;
    m_keep->setEnabled(true);
    showTable();
    const QString shown = m_curveTier->currentText();
    {
        const QSignalBlocker block(m_curveTier);
        m_curveTier->clear();
        for (const replay::TierReplay &t : r.tiers)
            m_curveTier->addItem(t.tier.tier.name);
        m_curveTier->setCurrentIndex(std::max(0, m_curveTier->findText(shown)));
    }
    showCurves();
    const QString subject = r.group.isEmpty()
        ? r.spec.id()
        : QStringLiteral("%1 {%2}").arg(r.spec.id(), replay::groupText(r.group, r.spec.groupBy));
    m_status->setText(tr("%1 from %2 to %3: %n incident(s) from the postmortems.", nullptr, int(r.incidents.size()))
                          .arg(subject, QDateTime::fromSecsSinceEpoch(r.from, zone).toString(Qt::ISODate),
                               QDateTime::fromSecsSinceEpoch(r.to, zone).toString(Qt::ISODate)));
    emit finished();
}

QString SloReplayView::rangeText(const replay::ReplayResult &r) const
{
    QTimeZone zone(m_workspace.config().timezone.toUtf8());
    if (!zone.isValid())
        zone = QTimeZone::utc();
    const QString format = QStringLiteral("yyyy-MM-dd HH:mm");
    const QString range = tr("%1 to %2, every %3")
                              .arg(QDateTime::fromSecsSinceEpoch(r.from, zone).toString(format),
                                   QDateTime::fromSecsSinceEpoch(r.to, zone).toString(format), formatDuration(r.step));
    return r.group.isEmpty() ? range : tr("%1 (group %2)").arg(range, replay::groupText(r.group, r.spec.groupBy));
}

void SloReplayView::keepAsA()
{
    if (!m_result)
        return;
    m_kept = m_result;
    m_keptEdits = m_resultEdits;
    showTable();
}

void SloReplayView::stopComparing()
{
    m_kept.reset();
    showTable();
}

void SloReplayView::showTable()
{
    const auto setting = [this](const QString &edits) { return edits.isEmpty() ? tr("the SLO's own tiers") : edits; };
    QString keptText, currentText;
    if (m_kept)
        keptText = setting(m_keptEdits) + QStringLiteral("; ") + rangeText(*m_kept);
    if (m_result)
        currentText = setting(m_resultEdits) + QStringLiteral("; ") + rangeText(*m_result);
    m_table->setResults(m_result ? &*m_result : nullptr, m_kept ? &*m_kept : nullptr, currentText, keptText);
    m_comparing->setVisible(m_kept.has_value());
    m_stopComparing->setVisible(m_kept.has_value());
    if (auto *box = qobject_cast<QBoxLayout *>(layout()))
        box->setStretchFactor(m_table, m_kept ? 2 : 1); // twice the rows
    if (!m_kept)
        return;
    QString text = tr("Comparing A: %1 with B: %2.").arg(setting(m_keptEdits), setting(m_resultEdits));
    if (m_result && rangeText(*m_result) != rangeText(*m_kept))
        text += QLatin1Char(' ') + tr("A covers %1; B covers %2.").arg(rangeText(*m_kept), rangeText(*m_result));
    m_comparing->setText(text + QLatin1Char(' ') + tr("Edit \"What if\" and replay to change B."));
}

} // namespace sre
