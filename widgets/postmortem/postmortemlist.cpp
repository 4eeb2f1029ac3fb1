#include "postmortemlist.h"

#include "filtertable.h"
#include "futurewatch.h"
#include "itemdatarole.h"
#include "markdownview.h"
#include "postmortemcheck.h"
#include "postmortemfilter.h"
#include "storemodels.h"
#include "workspace.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFormLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPointer>
#include <QSaveFile>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QtConcurrent/QtConcurrentRun>

namespace sre {

PostmortemList::PostmortemList(ws::Workspace &workspace, QWidget *parent)
    : ListPage(tr("Postmortems"), parent)
    , m_workspace(workspace)
    , m_filter(new PostmortemFilter(createPostmortemListModel(workspace, this), this))
    , m_status(new QComboBox(this))
    , m_severity(new QComboBox(this))
    , m_service(new QComboBox(this))
    , m_period(new QComboBox(this))
    , m_preview(new MarkdownView(this))
    , m_findings(new QListWidget(this))
    , m_new(new QToolButton(this))
{
    setObjectName(QStringLiteral("postmortemList"));
    table()->setModel(m_filter, 4, Qt::DescendingOrder);
    // The title takes the room that is left and elides; the other columns fit their contents,
    // so the table never grows wider than its pane.
    QHeaderView *header = table()->view()->horizontalHeader();
    header->setStretchLastSection(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter); // a clipped header keeps its start
    table()->view()->setTextElideMode(Qt::ElideRight);
    table()->view()->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    table()->view()->viewport()->installEventFilter(this);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &PostmortemList::fitColumns, Qt::QueuedConnection);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &PostmortemList::fitColumns, Qt::QueuedConnection);
    // Search as you type, in the text of the postmortems too (every word must match).
    disconnect(table()->filterEdit(), nullptr, table()->proxy(), nullptr);
    connect(table()->filterEdit(), &QLineEdit::textChanged, m_filter, &PostmortemFilter::setSearch);
    connect(table(), &FilterTable::activated, this, [this](const QModelIndex &index) {
        if (const pm::Postmortem *p = m_workspace.findPostmortem(index.siblingAtColumn(0).data(IdRole).toString()))
            emit editRequested(p->file);
    });

    m_status->setToolTip(tr("Show postmortems with this status"));
    m_severity->setToolTip(tr("Show postmortems of this severity"));
    m_service->setToolTip(tr("Show postmortems that affected this service"));
    m_period->setToolTip(tr("Show postmortems of incidents that started in this period"));
    m_period->addItem(tr("Any time"), int(PostmortemFilter::Period::Any));
    m_period->addItem(tr("Last 30 days"), int(PostmortemFilter::Period::Last30Days));
    m_period->addItem(tr("Last 90 days"), int(PostmortemFilter::Period::Last90Days));
    m_period->addItem(tr("Last 12 months"), int(PostmortemFilter::Period::Last12Months));
    m_period->addItem(tr("This year"), int(PostmortemFilter::Period::ThisYear));
    m_period->addItem(tr("Last year"), int(PostmortemFilter::Period::LastYear));
    for (QComboBox *box : { m_status, m_severity, m_service, m_period }) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        addHeaderWidget(box);
    }
    connect(m_status, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setStatus(m_status->currentData().toString()); });
    connect(m_severity, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setSeverity(m_severity->currentData().toString()); });
    connect(m_service, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setService(m_service->currentData().toString()); });
    connect(m_period, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setPeriod(PostmortemFilter::Period(m_period->currentData().toInt())); });
    // The filters sit below the table's own proxy, so the table cannot tell "none yet" from "none
    // match": say which, from the store.
    const auto updateEmptyText = [this] {
        const QString noMatch = tr("No postmortem matches the filter.");
        table()->setEmptyText(
            m_workspace.postmortems().size() == 0
                ? tr("No postmortems yet.\nThey are Markdown files under postmortems/ — start one with New (Ctrl+N).")
                : noMatch,
            noMatch);
    };
    updateEmptyText();
    connect(&workspace.postmortems(), &ws::StoreBase::changed, this, updateEmptyText);
    table()->setPlaceholder(tr("Search postmortems: id, title, service, author or any word of the text (Ctrl+F)"));

    auto *detail = new QSplitter(Qt::Vertical, this);
    detail->addWidget(m_preview);
    detail->addWidget(m_findings);
    detail->setSizes({ 600, 160 });
    m_findings->setToolTip(tr("Blameless-language and completeness findings of the selected postmortem"));
    m_findings->setWordWrap(true);
    setDetail(detail);
    splitter()->setSizes({ 960, 320 }); // the list is what this page is about

    m_new->setText(tr("New…"));
    m_new->setToolTip(tr("New postmortem from a template (Ctrl+N)"));
    m_new->setShortcut(QKeySequence::New);
    addHeaderWidget(m_new);
    connect(m_new, &QToolButton::clicked, this, &PostmortemList::newPostmortem);

    connect(table()->view()->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &PostmortemList::showCurrent);
    connect(&workspace.postmortems(), &ws::StoreBase::changed, this, [this] {
        updateSummary();
        updateChoices();
        showCurrent();
    });
    connect(&workspace, &ws::Workspace::configChanged, this, [this] {
        m_preview->setAllowedRoots({ m_workspace.dir() });
        reloadChecker();
    });
    connect(&workspace, &ws::Workspace::oncallChanged, this, &PostmortemList::reloadChecker);
    updateSummary();
    updateChoices();
    showCurrent();
}

PostmortemList::~PostmortemList() = default;

bool PostmortemList::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == table()->view()->viewport() && event->type() == QEvent::Resize)
        fitColumns();
    return ListPage::eventFilter(watched, event);
}

void PostmortemList::fitColumns()
{
    QTableView *view = table()->view();
    const int columns = view->model()->columnCount();
    int others = 0;
    for (int c = 0; c < columns; ++c) {
        if (c == 1)
            continue;
        // By the cells, not the header: a long (Japanese) header elides rather than widening
        // the table; long service lists elide too.
        int cells = 0;
        for (int r = 0; r < view->model()->rowCount(); ++r)
            cells
                = std::max(cells, view->fontMetrics().horizontalAdvance(view->model()->index(r, c).data().toString()));
        const int header
            = view->fontMetrics().horizontalAdvance(view->model()->headerData(c, Qt::Horizontal).toString());
        const int width = std::clamp(std::max(cells, std::min(header, 90)) + 16, 48, 180);
        view->setColumnWidth(c, width);
        others += width;
    }
    view->setColumnWidth(1, std::max(160, view->viewport()->width() - others));
}

QString PostmortemList::currentId() const
{
    return table()->view()->currentIndex().siblingAtColumn(0).data(IdRole).toString();
}

void PostmortemList::updateChoices()
{
    // The choices are the values the postmortems use (and the workspace's services), so a filter
    // never offers something that matches nothing; the current choice survives a reload.
    QStringList severities, services;
    for (const pm::Postmortem &p : m_workspace.postmortems().items()) {
        if (!p.severity.isEmpty())
            severities << p.severity;
        services << p.services;
    }
    for (const slo::SloSpec &s : m_workspace.slos().items())
        services << s.service;
    const auto fill = [](QComboBox *box, const QString &any, QStringList values, const QStringList &labels = {}) {
        const QString current = box->currentData().toString();
        values.removeDuplicates();
        if (labels.isEmpty())
            values.sort(Qt::CaseInsensitive);
        const QSignalBlocker block(box);
        box->clear();
        box->addItem(any, QString());
        for (qsizetype i = 0; i < values.size(); ++i)
            box->addItem(labels.value(i, values[i]), values[i]);
        box->setCurrentIndex(std::max(0, box->findData(current)));
    };
    fill(m_status, tr("Any status"),
         { QStringLiteral("draft"), QStringLiteral("in-review"), QStringLiteral("published") },
         { tr("Draft"), tr("In review"), tr("Published") });
    fill(m_severity, tr("Any severity"), severities);
    fill(m_service, tr("Any service"), services);
}

void PostmortemList::updateSummary()
{
    int drafts = 0;
    for (const pm::Postmortem &p : m_workspace.postmortems().items())
        drafts += p.status == u"draft" ? 1 : 0;
    setSummary(tr("%n postmortem(s)", nullptr, int(m_workspace.postmortems().size())) + QStringLiteral(" · ")
               + tr("%n draft(s)", nullptr, drafts));
}

void PostmortemList::reloadChecker()
{
    if (!m_workspace.isOpen())
        return;
    // Rules and templates are files: read them off the GUI thread.
    QPointer<PostmortemList> self(this);
    onFinished(this, QtConcurrent::run([dir = m_workspace.dir(), oncall = m_workspace.oncall()] {
                   return std::make_shared<const PostmortemChecker>(PostmortemChecker::load(dir, oncall));
               }),
               [self](std::shared_ptr<const PostmortemChecker> checker) {
                   if (!self)
                       return;
                   self->m_checker = std::move(checker);
                   self->checkCurrent();
                   emit self->checkerChanged(self->m_checker);
               });
}

void PostmortemList::showCurrent()
{
    const QModelIndex index = table()->view()->currentIndex();
    const pm::Postmortem *p
        = index.isValid() ? m_workspace.findPostmortem(index.siblingAtColumn(0).data(IdRole).toString()) : nullptr;
    if (!p) {
        m_preview->showMessage(tr("Select a postmortem to read it."));
        m_findings->clear();
        return;
    }
    m_preview->showMarkdown(p->raw, p->file);
    checkCurrent();
}

void PostmortemList::checkCurrent()
{
    const QModelIndex index = table()->view()->currentIndex();
    const pm::Postmortem *p
        = index.isValid() ? m_workspace.findPostmortem(index.siblingAtColumn(0).data(IdRole).toString()) : nullptr;
    if (!p || !m_checker)
        return;
    const quint64 generation = ++m_generation;
    const QString shown = QDir(m_workspace.dir()).relativeFilePath(p->file);
    QPointer<PostmortemList> self(this);
    onFinished(this, QtConcurrent::run([checker = m_checker, raw = p->raw, file = p->file] {
                   return checker->check(raw, file, QDate::currentDate());
               }),
               [self, generation, shown](const pm::Findings &findings) {
                   if (!self || generation != self->m_generation)
                       return; // the selection moved on
                   self->m_findings->clear();
                   if (findings.isEmpty()) {
                       self->m_findings->addItem(
                           tr("No findings: blameless language and every required section are fine."));
                       return;
                   }
                   for (const pm::Finding &f : findings) {
                       auto *item = new QListWidgetItem(f.toString(shown), self->m_findings);
                       item->setToolTip(f.note);
                   }
               });
}

void PostmortemList::newPostmortem()
{
    if (!m_workspace.isOpen())
        return;
    const pm::TemplateSet templates = pm::loadTemplatesFor(m_workspace.dir());
    QDialog dialog(this);
    dialog.setWindowTitle(tr("New postmortem"));
    auto *form = new QFormLayout(&dialog);
    auto *title = new QLineEdit(&dialog);
    title->setPlaceholderText(tr("What happened, in a few words"));
    auto *templateBox = new QComboBox(&dialog);
    for (const pm::Template &t : templates.templates)
        templateBox->addItem(QStringLiteral("%1 (%2)").arg(t.name, t.id), t.id);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(tr("Title:"), title);
    form->addRow(tr("Template:"), templateBox);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted || title->text().trimmed().isEmpty())
        return;
    const pm::Template *tmpl = templates.find(templateBox->currentData().toString());
    if (!tmpl)
        return;
    QStringList ids;
    for (const pm::Postmortem &p : m_workspace.postmortems().items())
        ids << p.id;
    const QString id = pm::nextFreeId(ids, QDate::currentDate().year());
    const QString dir = QDir(m_workspace.dir()).filePath(QStringLiteral("postmortems"));
    QDir().mkpath(dir);
    const QString path = QDir(dir).filePath(id + QStringLiteral(".md"));
    // Unbuffered: Qt 6.4's QSaveFile commits (renames) even when the write of its buffer
    // failed, e.g. on a full disk, replacing the file with a truncated one (tst_diskfaults).
    QSaveFile file(path);
    if (QFileInfo::exists(path) || !file.open(QIODevice::WriteOnly | QIODevice::Unbuffered)) {
        QMessageBox::warning(this, tr("New postmortem"), tr("Cannot create %1: %2").arg(path, file.errorString()));
        return;
    }
    file.write(pm::newPostmortemFromTemplate(*tmpl, id, title->text().trimmed()));
    if (!file.commit()) {
        QMessageBox::warning(this, tr("New postmortem"), tr("Cannot write %1: %2").arg(path, file.errorString()));
        return;
    }
    // The workspace watcher picks the new file up and the list shows it; writing starts now.
    emit editRequested(path);
}

} // namespace sre
