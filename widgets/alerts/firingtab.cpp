#include "firingtab.h"

#include "ackkeepalive.h"
#include "alertfilter.h"
#include "alertmanagerpoller.h"
#include "futurewatch.h"
#include "settings.h"
#include "severitydelegate.h"
#include "silencedialog.h"
#include "sloengine.h"
#include "workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace sre {

using alerting::Alert;

namespace {

QStringList parseLabelList(const QString &text)
{
    QStringList labels;
    for (const QString &part : text.split(QRegularExpression(QStringLiteral("[,\\s]+")), Qt::SkipEmptyParts))
        if (!labels.contains(part))
            labels << part;
    return labels;
}

} // namespace

FiringTab::FiringTab(ws::Workspace &workspace, alerting::AlertmanagerPoller &poller, Settings &settings,
                     QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_poller(poller)
    , m_settings(settings)
    , m_model(new FiringAlertsModel(this))
    , m_filter(new QLineEdit(this))
    , m_saved(new QComboBox(this))
    , m_savedMenu(new QToolButton(this))
    , m_filterError(new QLabel(this))
    , m_groupBy(new QComboBox(this))
    , m_banner(new QLabel(this))
    , m_refresh(new QPushButton(tr("Refresh now"), this))
    , m_status(new QLabel(this))
    , m_message(new QLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_view(new QTreeView(this))
    , m_empty(new QLabel(this))
    , m_keepAlive(alerting::AckKeepAlive::forPoller(poller))
{
    setObjectName(QStringLiteral("firingTab"));
    m_filter->setObjectName(QStringLiteral("firingFilter"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setPlaceholderText(tr("Filter: severity=\"critical\" service=~\"pay.*\" @state=active @age>10m "
                                    "@silenced_by=me (Ctrl+F)"));
    m_filterError->setObjectName(QStringLiteral("firingFilterError"));
    m_filterError->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_filterError->setTextFormat(Qt::PlainText);
    m_filterError->hide();

    m_saved->setObjectName(QStringLiteral("savedFilters"));
    m_saved->setToolTip(tr("Saved filters"));
    m_saved->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_savedMenu->setText(tr("Save…"));
    m_savedMenu->setToolTip(tr("Save the filter under a name, or delete a saved one"));
    m_savedMenu->setPopupMode(QToolButton::InstantPopup);
    auto *savedMenu = new QMenu(m_savedMenu);
    savedMenu->addAction(tr("Save Filter As…"), this, [this] {
        bool ok = false;
        const QString name
            = QInputDialog::getText(this, tr("Save Filter"), tr("Name:"), QLineEdit::Normal,
                                    m_saved->currentIndex() > 0 ? m_saved->currentText() : QString(), &ok);
        if (ok && !name.trimmed().isEmpty())
            saveFilter(name.trimmed());
    });
    savedMenu->addAction(tr("Delete Saved Filter"), this, [this] {
        if (m_saved->currentIndex() > 0)
            deleteSavedFilter(m_saved->currentText());
    });
    m_savedMenu->setMenu(savedMenu);

    m_groupBy->setObjectName(QStringLiteral("groupBy"));
    m_groupBy->setEditable(true);
    m_groupBy->setInsertPolicy(QComboBox::NoInsert);
    m_groupBy->setMinimumContentsLength(18);
    m_groupBy->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_groupBy->setToolTip(tr("Labels to group by, separated by commas"));
    m_groupBy->addItem(QStringLiteral("alertname, severity"));

    m_banner->setObjectName(QStringLiteral("staleBanner"));
    m_banner->setWordWrap(true);
    m_banner->setTextFormat(Qt::PlainText);
    m_banner->setMargin(6);
    m_banner->setStyleSheet(QStringLiteral(
        "QLabel { background: #fff3cd; color: #5c4400; border: 1px solid #e0c36a; border-radius: 3px; }"));
    m_banner->hide();

    m_refresh->setObjectName(QStringLiteral("refreshAlerts"));
    m_refresh->setToolTip(tr("Ask every Alertmanager now (F5)"));
    m_status->setObjectName(QStringLiteral("alertsUpdated"));
    m_message->setObjectName(QStringLiteral("firingMessage"));
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_message->hide();

    m_view->setObjectName(QStringLiteral("firingView"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new SeverityDelegate(m_view));
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setAlternatingRowColors(true);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->installEventFilter(this);
    QHeaderView *header = m_view->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(FiringAlertsModel::Summary, QHeaderView::Stretch);
    // Wide enough for what the cells hold, so the words that matter are not elided.
    QFont bold = m_view->font();
    bold.setBold(true); // group rows
    const QFontMetrics fm(bold);
    const int em = fm.horizontalAdvance(u'M');
    m_view->setColumnWidth(FiringAlertsModel::Severity,
                           m_view->indentation() * 2 + fm.horizontalAdvance(QStringLiteral("◆ warning")) + em * 2);
    // The alert's name and summary get what is left; labels and state have tooltips in full.
    m_view->setColumnWidth(FiringAlertsModel::Labels, em * 11);
    m_view->setColumnWidth(FiringAlertsModel::Since, fm.horizontalAdvance(QStringLiteral("2026-12-31 23:59")) + em);
    m_view->setColumnWidth(FiringAlertsModel::State, em * 16); // "silenced by NAME until DATE TIME"
    m_view->setColumnWidth(FiringAlertsModel::Runbook, em * 8);
    m_view->setColumnWidth(FiringAlertsModel::Slo, em * 9);

    m_empty->setObjectName(QStringLiteral("firingEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setTextFormat(Qt::PlainText);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_empty);

    auto *silence = new QPushButton(tr("Silence…"), this);
    silence->setToolTip(tr("Silence the selected alerts or groups (S)"));
    auto *ack = new QPushButton(tr("Ack"), this);
    ack->setToolTip(tr("Acknowledge: silence each selected alert on its exact labels for %n minute(s) (A)", nullptr,
                       int(kAckDuration.count())));
    auto *copy = new QPushButton(tr("Copy as Markdown"), this);
    copy->setToolTip(tr("Copy the selected rows, or everything shown, as a Markdown table (Ctrl+C)"));
    auto *csv = new QPushButton(tr("Export CSV…"), this);
    csv->setToolTip(tr("Save every alert shown as CSV"));

    auto *top = new QHBoxLayout;
    top->addWidget(m_filter, 1);
    top->addWidget(m_saved);
    top->addWidget(m_savedMenu);
    top->addSpacing(8);
    top->addWidget(new QLabel(tr("Group by:"), this));
    top->addWidget(m_groupBy);
    top->addSpacing(8);
    top->addWidget(m_status);
    top->addWidget(m_refresh);
    auto *actions = new QHBoxLayout;
    actions->addWidget(silence);
    actions->addWidget(ack);
    actions->addWidget(makeKeepAliveBox());
    actions->addStretch(1);
    actions->addWidget(copy);
    actions->addWidget(csv);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_filterError);
    layout->addWidget(m_banner);
    layout->addWidget(makeDetail(), 1);
    layout->addWidget(m_message);
    layout->addLayout(actions);

    connect(m_filter, &QLineEdit::textChanged, this, &FiringTab::applyFilter);
    connect(m_groupBy, &QComboBox::textActivated, this, &FiringTab::applyGroupBy);
    connect(m_groupBy->lineEdit(), &QLineEdit::editingFinished, this, &FiringTab::applyGroupBy);
    connect(m_saved, &QComboBox::activated, this, [this](int index) {
        if (index > 0)
            m_filter->setText(m_saved->itemData(index).toString());
    });
    connect(&settings, &Settings::savedAlertFiltersChanged, this, &FiringTab::updateSavedFilters);
    connect(m_refresh, &QPushButton::clicked, &m_poller, &alerting::AlertmanagerPoller::refreshNow);
    connect(m_refresh, &QPushButton::clicked, this, &FiringTab::updateStatus);
    connect(silence, &QPushButton::clicked, this, &FiringTab::silenceSelected);
    connect(ack, &QPushButton::clicked, this, &FiringTab::ackSelected);
    connect(copy, &QPushButton::clicked, this, &FiringTab::copySelectionAsMarkdown);
    connect(csv, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getSaveFileName(this, tr("Export Alerts"), QStringLiteral("alerts.csv"),
                                                          tr("CSV files (*.csv)"));
        QString error;
        if (!file.isEmpty())
            showMessage(exportCsv(file, &error) ? tr("Saved %1").arg(QDir::toNativeSeparators(file)) : error);
    });
    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex &index) {
        if (index.column() == FiringAlertsModel::Slo && !index.data(FiringAlertsModel::SloIdRole).toString().isEmpty())
            emit sloRequested(index.data(FiringAlertsModel::SloIdRole).toString());
        else
            openRunbookOfCurrent();
    });
    connect(m_view, &QTreeView::collapsed, this, [this](const QModelIndex &index) {
        m_collapsed.insert(index.data(FiringAlertsModel::GroupKeyRole).toString());
    });
    connect(m_view, &QTreeView::expanded, this, [this](const QModelIndex &index) {
        m_collapsed.remove(index.data(FiringAlertsModel::GroupKeyRole).toString());
    });
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, &FiringTab::rememberView);
    connect(m_model, &QAbstractItemModel::modelReset, this, &FiringTab::restoreView);

    auto *find = new QShortcut(QKeySequence::Find, this, [this] {
        m_filter->setFocus(Qt::ShortcutFocusReason);
        m_filter->selectAll();
    });
    find->setContext(Qt::WidgetWithChildrenShortcut);

    connect(&poller, &alerting::AlertmanagerPoller::snapshotChanged, this, &FiringTab::applySnapshot);
    connect(&settings, &Settings::meChanged, this, [this] { m_model->setMe(m_settings.me()); });
    const auto workspaceChanged = [this] {
        m_lastAnswer = {};
        m_model->setTimeZone(zone());
        m_runbooks.clear();
        resolveRunbooks();
        updateSlos();
        updateEmptyState();
    };
    connect(&workspace, &ws::Workspace::loaded, this, workspaceChanged);
    connect(&workspace, &ws::Workspace::configChanged, this, workspaceChanged);
    connect(&workspace.slos(), &ws::StoreBase::changed, this, &FiringTab::updateSlos);
    connect(&workspace.runbooks(), &ws::StoreBase::changed, this, [this] {
        m_runbooks.clear();
        resolveRunbooks();
    });
    m_model->setMe(settings.me());
    updateSavedFilters();
    workspaceChanged();
    applySnapshot();
}

void FiringTab::applySnapshot()
{
    m_model->setSnapshot(m_poller.snapshot());
    // A poll with a failed peer leaves fetchedAt alone; the peers that answered are still news.
    if (m_model->snapshot().errors.size() < m_poller.datasourceNames().size())
        m_lastAnswer = QDateTime::currentDateTimeUtc();
    updateGroupChoices();
    updateBanner();
    updateStatus();
    updateEmptyState();
    resolveRunbooks();
}

void FiringTab::applyFilter()
{
    alerting::AlertFilter filter;
    alerting::FilterError error;
    const QString text = m_filter->text();
    if (!alerting::AlertFilter::compile(text, &filter, &error)) {
        // Name the term the error is in, so a long filter need not be read twice.
        const qsizetype start = std::max<qsizetype>(
            0, text.lastIndexOf(QRegularExpression(QStringLiteral("[\\s,{]")), std::max(0, error.position - 1)) + 1);
        qsizetype end
            = text.indexOf(QRegularExpression(QStringLiteral("[\\s,}]")), std::max<qsizetype>(start, error.position));
        if (end < 0)
            end = text.size();
        const QString term = text.mid(start, end - start);
        m_filterError->setText(term.isEmpty() ? error.message : tr("In “%1”: %2").arg(term, error.message));
        m_filterError->show();
        return; // the last good filter stays applied
    }
    m_filterError->hide();
    m_model->setFilter(filter);
    updateEmptyState();
}

void FiringTab::applyGroupBy()
{
    const QStringList labels = parseLabelList(m_groupBy->currentText());
    if (labels == m_model->groupBy())
        return;
    m_model->setGroupBy(labels);
    m_groupBy->setEditText(m_model->groupBy().join(QStringLiteral(", ")));
    updateEmptyState();
}

void FiringTab::updateGroupChoices()
{
    // The labels the alerts have, so grouping by any of them is one click.
    QSet<QString> seen;
    for (const Alert &a : m_model->snapshot().alerts)
        for (auto it = a.labels.cbegin(); it != a.labels.cend(); ++it)
            seen.insert(it.key());
    QStringList labels(seen.begin(), seen.end());
    labels.sort();
    QStringList items { QStringLiteral("alertname, severity") };
    items += labels;
    QStringList current;
    for (int i = 0; i < m_groupBy->count(); ++i)
        current << m_groupBy->itemText(i);
    if (current == items)
        return;
    const QString text = m_groupBy->currentText();
    const QSignalBlocker block(m_groupBy);
    m_groupBy->clear();
    m_groupBy->addItems(items);
    m_groupBy->setEditText(text);
}

void FiringTab::updateBanner()
{
    const alerting::AlertSnapshot &s = m_model->snapshot();
    if (s.errors.isEmpty()) {
        m_banner->hide();
        return;
    }
    QStringList lines;
    for (auto it = s.errors.cbegin(); it != s.errors.cend(); ++it)
        lines << it.value();
    const QString when = s.fetchedAt.isValid()
        ? tr("Below: the last alerts each Alertmanager reported (all of them answered at %1).")
              .arg(QLocale().toString(s.fetchedAt.toTimeZone(zone()).time(), QStringLiteral("HH:mm:ss")))
        : m_lastAnswer.isValid() ? tr("Below: the alerts of the Alertmanagers that answered.")
                                 : tr("No data yet.");
    m_banner->setText(tr("Stale: %1\n%2").arg(lines.join(QLatin1Char('\n')), when));
    m_banner->show();
}

void FiringTab::updateStatus()
{
    const QDateTime fetched = m_model->snapshot().fetchedAt;
    const QDateTime last
        = fetched.isValid() && (!m_lastAnswer.isValid() || fetched > m_lastAnswer) ? fetched : m_lastAnswer;
    if (m_poller.isRefreshing() && !last.isValid())
        m_status->setText(tr("Loading…"));
    else if (last.isValid())
        m_status->setText(
            tr("Updated %1").arg(QLocale().toString(last.toTimeZone(zone()).time(), QStringLiteral("HH:mm:ss"))));
    else
        m_status->setText(tr("Not updated yet"));
    m_status->setToolTip(last.isValid() ? last.toUTC().toString(Qt::ISODate) : QString());
}

QTimeZone FiringTab::zone() const
{
    const QTimeZone z(m_workspace.config().timezone.toUtf8());
    return z.isValid() ? z : QTimeZone::utc();
}

void FiringTab::updateEmptyState()
{
    QString text;
    if (!m_poller.hasDatasources())
        text = tr("No Alertmanager in this workspace.\nAdd a datasource with “type: alertmanager” to "
                  "workspace.yaml to see what is firing.");
    else if (m_model->rowCount() == 0 && m_model->snapshot().alerts.empty())
        text = m_model->snapshot().fetchedAt.isValid() || m_lastAnswer.isValid() ? tr("Nothing is firing.")
            : m_model->snapshot().errors.isEmpty()                               ? tr("Asking Alertmanager…")
                                                                                 : tr("No Alertmanager answered yet.");
    else if (m_model->rowCount() == 0)
        text = tr("No firing alert matches the filter.");
    m_empty->setText(text);
    m_stack->setCurrentWidget(text.isEmpty() ? static_cast<QWidget *>(m_view) : m_empty);
    // Nothing listed, nothing to have seen before: the message gets the whole width.
    m_splitter->widget(1)->setVisible(text.isEmpty());
}

void FiringTab::updateSlos()
{
    std::vector<SloLink> links;
    for (const slo::SloSpec &spec : m_workspace.slos().items()) {
        SloLink link { spec.id(), spec.service, spec.name, {}, {} };
        if (m_sloNumbers) {
            if (const SloEvaluation *e = m_sloNumbers(link.id); e && e->ok()) {
                link.budgetRemaining = e->report.errorBudgetRemaining;
                link.burn1h = e->report.burnRate(u"1h");
            }
        }
        links.push_back(std::move(link));
    }
    m_view->setColumnHidden(FiringAlertsModel::Slo, links.empty());
    m_model->setSlos(links);
}

void FiringTab::setSloNumbers(std::function<const SloEvaluation *(const QString &)> lookup)
{
    m_sloNumbers = std::move(lookup);
    updateSlos();
}

void FiringTab::resolveRunbooks()
{
    // Resolution may read folders: on a worker, for the keys not resolved yet.
    std::vector<rb::AlertRef> todo;
    QStringList keys;
    for (const Alert &a : m_model->snapshot().alerts) {
        const QString key = FiringAlertsModel::runbookKey(a);
        if (m_runbooks.contains(key) || keys.contains(key))
            continue;
        keys << key;
        todo.push_back(rb::AlertRef { a.name(), a.annotations, {}, 0 });
    }
    if (todo.empty() || !m_workspace.isOpen()) {
        m_model->setRunbooks(m_runbooks);
        if (std::exchange(m_resolving, false))
            emit settled();
        return;
    }
    const quint64 generation = ++m_runbookGeneration;
    m_resolving = true;
    auto resolver = m_workspace.runbookResolver();
    onFinished(this, QtConcurrent::run([resolver, todo = std::move(todo), keys] {
                   QHash<QString, AlertRunbook> out;
                   for (std::size_t i = 0; i < todo.size(); ++i) {
                       const rb::Resolution r = resolver->resolve(todo[i]);
                       AlertRunbook runbook { r.file, r.anchor, QFileInfo(r.file).fileName(), r.externalUrl };
                       for (const QString &root : resolver->roots()) {
                           const QString canonical = QFileInfo(root).canonicalFilePath();
                           if (!canonical.isEmpty() && r.file.startsWith(canonical + u'/'))
                               runbook.shown = r.file.mid(canonical.size() + 1);
                       }
                       if (r.file.isEmpty())
                           runbook.shown.clear();
                       out.insert(keys[qsizetype(i)], runbook);
                   }
                   return out;
               }),
               [this, generation](const QHash<QString, AlertRunbook> &resolved) {
                   if (generation != m_runbookGeneration)
                       return;
                   m_resolving = false;
                   m_runbooks.insert(resolved);
                   m_model->setRunbooks(m_runbooks);
                   emit settled();
               });
}

} // namespace sre
