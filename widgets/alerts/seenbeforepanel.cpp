#include "seenbeforepanel.h"

#include "alerthistoryloader.h"
#include "duration.h"
#include "prometheusclient.h"
#include "workspace.h"

#include <QDateTime>
#include <QFutureWatcher>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace sre {

namespace {
constexpr qint64 kDay = 86400;

QString promQuote(const QString &v)
{
    QString out = v;
    out.replace(u'\\', QStringLiteral("\\\\")).replace(u'"', QStringLiteral("\\\""));
    return u'"' + out + u'"';
}
} // namespace

SeenBeforePanel::SeenBeforePanel(ws::Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_loader(new AlertHistoryLoader(this))
    , m_text(new QLabel(this))
{
    setObjectName(QStringLiteral("seenBefore"));
    m_text->setTextFormat(Qt::RichText);
    m_text->setWordWrap(true);
    m_text->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_text->setMargin(8);
    m_text->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_text->setOpenExternalLinks(false);
    connect(m_text, &QLabel::linkActivated, this, [this](const QString &link) {
        if (link.startsWith(QStringLiteral("pm:")))
            emit postmortemRequested(link.mid(3));
    });
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_text);
    connect(m_loader, &AlertHistoryLoader::loaded, this, [this] {
        m_historyLoading = false;
        const alerting::AlertHistory &h = m_loader->history();
        m_historyError = h.ok() ? QString() : h.error->toString();
        compute(h.ok() ? &h : nullptr);
    });
    hide();
}

SeenBeforePanel::~SeenBeforePanel() = default;

void SeenBeforePanel::setAlert(const QString &alertname, const alerting::LabelSet &labels)
{
    m_alertname = alertname;
    m_labels = labels;
    m_result = {};
    m_historyError.clear();
    ++m_generation;
    if (alertname.isEmpty()) {
        m_computing = m_historyLoading = false;
        hide();
        emit updated();
        return;
    }
    show();
    m_historyLoading = false;
    if (const DatasourceConfig *ds = m_workspace.config().prometheus();
        ds && ds->type == DatasourceConfig::Type::Prometheus) {
        if (!m_client || !(m_client->config() == *ds))
            m_client = std::make_unique<prom::PrometheusClient>(*ds);
        alerting::AlertHistoryRequest request
            = alerting::lastPeriod(QDateTime::currentSecsSinceEpoch(), 30 * kDay, m_workspace.config().timezone);
        request.matchers = QStringLiteral("alertname=") + promQuote(alertname);
        request.viewKey = QStringLiteral("seen-before");
        m_historyLoading = true;
        m_loader->load(*m_client, request);
    }
    compute(nullptr); // the postmortems need no network: show them first
}

void SeenBeforePanel::compute(const alerting::AlertHistory *history)
{
    alerting::SeenBeforeInput input;
    input.alertname = m_alertname;
    input.labels = m_labels;
    input.rules = m_workspace.rules().items();
    input.postmortems = m_workspace.postmortems().items();
    for (const slo::SloSpec &s : m_workspace.slos().items())
        input.sloIds << s.id();
    const QString dir = m_workspace.dir();
    auto copy = history ? std::make_shared<alerting::AlertHistory>(*history) : nullptr;
    const quint64 generation = m_generation;
    m_computing = true;
    render();
    auto *watcher = new QFutureWatcher<alerting::SeenBefore>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return;
        m_computing = false;
        m_result = watcher->result();
        render();
        emit updated();
    });
    // The templates (for the action items' heading) are files: read them off the GUI thread too.
    watcher->setFuture(QtConcurrent::run([input = std::move(input), dir, copy]() mutable {
        const pm::TemplateSet templates = pm::loadTemplatesFor(dir);
        input.templates = &templates;
        input.history = copy.get();
        return alerting::computeSeenBefore(input);
    }));
}

void SeenBeforePanel::render()
{
    const alerting::SeenBefore &s = m_result;
    const QLocale locale;
    const auto esc = [](const QString &t) { return t.toHtmlEscaped(); };
    QString html = QStringLiteral("<h3>%1</h3>").arg(esc(tr("Seen before")));
    if (m_historyLoading) {
        html += QStringLiteral("<p>%1</p>").arg(esc(tr("Reading the last 30 days from Prometheus…")));
    } else if (s.historyKnown) {
        const QString last = s.lastFired
            ? locale.toString(QDateTime::fromSecsSinceEpoch(s.lastFired), QStringLiteral("yyyy-MM-dd HH:mm"))
            : tr("not in the last 30 days");
        html += QStringLiteral("<p>%1<br>%2</p>")
                    .arg(esc(tr("Last fired: %1").arg(last)),
                         esc(tr("%n firing(s) in 30 days, %1 firing in all", nullptr, s.firings)
                                 .arg(formatDuration(std::chrono::seconds(s.totalSeconds)))));
    } else {
        html += QStringLiteral("<p><small>%1</small></p>")
                    .arg(esc(m_historyError.isEmpty()
                                 ? tr("No alert history: the workspace has no Prometheus datasource.")
                                 : tr("No alert history: %1").arg(m_historyError)));
    }
    if (m_computing && s.postmortems.empty()) {
        html += QStringLiteral("<p>%1</p>").arg(esc(tr("Looking for postmortems…")));
    } else if (s.postmortems.empty()) {
        html += QStringLiteral("<p>%1</p>").arg(esc(tr("No postmortem mentions this alert or its services.")));
    } else {
        for (const alerting::SeenPostmortem &p : s.postmortems) {
            QStringList via;
            for (const alerting::Connection c : p.connections)
                via << alerting::connectionText(c);
            html += QStringLiteral("<p><a href=\"pm:%1\"><b>%2</b></a> %3<br><small>%4</small></p>")
                        .arg(esc(p.id), esc(p.id), esc(p.title),
                             esc(tr("%1 · %2 · connected by %3")
                                     .arg(p.started.isValid() ? p.started.toString(QStringLiteral("yyyy-MM-dd"))
                                                              : tr("no start date"),
                                          p.status, via.join(QStringLiteral(", ")))));
            if (p.openActionItems.isEmpty())
                continue;
            html += QStringLiteral("<p><small>%1</small></p><ul>")
                        .arg(esc(tr("%n open action item(s):", nullptr, int(p.openActionItems.size()))));
            for (const pm::ActionItem &a : p.openActionItems) {
                QString line = esc(a.action);
                if (!a.owner.isEmpty() || !a.due.isEmpty())
                    line += QStringLiteral(" <small>(%1)</small>")
                                .arg(esc(QStringList { a.owner, a.due }
                                             .filter(QRegularExpression(QStringLiteral("\\S")))
                                             .join(QStringLiteral(", "))));
                html += QStringLiteral("<li>%1</li>").arg(line);
            }
            html += QStringLiteral("</ul>");
        }
    }
    m_text->setText(html);
}

} // namespace sre
