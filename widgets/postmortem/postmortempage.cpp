#include "postmortempage.h"

#include "filtertable.h"
#include "itemdatarole.h"
#include "markdownview.h"
#include "postmortemcheck.h"
#include "storemodels.h"
#include "workspace.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
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

PostmortemPage::PostmortemPage(ws::Workspace &workspace, QWidget *parent)
    : ListPage(tr("Postmortems"), parent)
    , m_workspace(workspace)
    , m_preview(new MarkdownView(this))
    , m_findings(new QListWidget(this))
    , m_new(new QToolButton(this))
{
    setObjectName(QStringLiteral("postmortems"));
    table()->setModel(createPostmortemListModel(workspace, this), 4, Qt::DescendingOrder);
    table()->setEmptyText(
        tr("No postmortems yet.\nThey are Markdown files under postmortems/ — start one with New (Ctrl+N)."),
        tr("No postmortem matches the filter."));
    table()->setPlaceholder(tr("Filter postmortems by id, title, severity, status or service (Ctrl+F)"));

    auto *detail = new QSplitter(Qt::Vertical, this);
    detail->addWidget(m_preview);
    detail->addWidget(m_findings);
    detail->setSizes({ 600, 160 });
    m_findings->setToolTip(tr("Blameless-language and completeness findings of the selected postmortem"));
    m_findings->setWordWrap(true);
    setDetail(detail);

    m_new->setText(tr("New…"));
    m_new->setToolTip(tr("New postmortem from a template (Ctrl+N)"));
    m_new->setShortcut(QKeySequence::New);
    addHeaderWidget(m_new);
    connect(m_new, &QToolButton::clicked, this, &PostmortemPage::newPostmortem);

    connect(table()->view()->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &PostmortemPage::showCurrent);
    connect(&workspace.postmortems(), &ws::StoreBase::changed, this, [this] {
        updateSummary();
        showCurrent();
    });
    connect(&workspace, &ws::Workspace::configChanged, this, [this] {
        m_preview->setAllowedRoots({ m_workspace.dir() });
        reloadChecker();
    });
    connect(&workspace, &ws::Workspace::oncallChanged, this, &PostmortemPage::reloadChecker);
    updateSummary();
    showCurrent();
}

PostmortemPage::~PostmortemPage() = default;

void PostmortemPage::updateSummary()
{
    int drafts = 0;
    for (const pm::Postmortem &p : m_workspace.postmortems().items())
        drafts += p.status == u"draft" ? 1 : 0;
    setSummary(tr("%n postmortem(s)", nullptr, int(m_workspace.postmortems().size())) + QStringLiteral(" · ")
               + tr("%n draft(s)", nullptr, drafts));
}

void PostmortemPage::reloadChecker()
{
    if (!m_workspace.isOpen())
        return;
    // Rules and templates are files: read them off the GUI thread.
    QPointer<PostmortemPage> self(this);
    QtConcurrent::run([dir = m_workspace.dir(), oncall = m_workspace.oncall()] {
        return std::make_shared<const PostmortemChecker>(PostmortemChecker::load(dir, oncall));
    }).then(this, [self](std::shared_ptr<const PostmortemChecker> checker) {
        if (!self)
            return;
        self->m_checker = std::move(checker);
        self->checkCurrent();
    });
}

void PostmortemPage::showCurrent()
{
    const QModelIndex index = table()->view()->currentIndex();
    const pm::Postmortem *p = index.isValid() ? m_workspace.findPostmortem(index.data(IdRole).toString()) : nullptr;
    if (!p) {
        m_preview->showMessage(tr("Select a postmortem to read it."));
        m_findings->clear();
        return;
    }
    m_preview->showMarkdown(p->raw, p->file);
    checkCurrent();
}

void PostmortemPage::checkCurrent()
{
    const QModelIndex index = table()->view()->currentIndex();
    const pm::Postmortem *p = index.isValid() ? m_workspace.findPostmortem(index.data(IdRole).toString()) : nullptr;
    if (!p || !m_checker)
        return;
    const quint64 generation = ++m_generation;
    const QString shown = QDir(m_workspace.dir()).relativeFilePath(p->file);
    QPointer<PostmortemPage> self(this);
    QtConcurrent::run([checker = m_checker, raw = p->raw, file = p->file] {
        return checker->check(raw, file, QDate::currentDate());
    }).then(this, [self, generation, shown](const pm::Findings &findings) {
        if (!self || generation != self->m_generation)
            return; // the selection moved on
        self->m_findings->clear();
        if (findings.isEmpty()) {
            self->m_findings->addItem(tr("No findings: blameless language and every required section are fine."));
            return;
        }
        for (const pm::Finding &f : findings) {
            auto *item = new QListWidgetItem(f.toString(shown), self->m_findings);
            item->setToolTip(f.note);
        }
    });
}

void PostmortemPage::newPostmortem()
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
    QSaveFile file(path);
    if (QFileInfo::exists(path) || !file.open(QIODevice::WriteOnly)) {
        QMessageBox::warning(this, tr("New postmortem"), tr("Cannot create %1: %2").arg(path, file.errorString()));
        return;
    }
    file.write(pm::newPostmortemFromTemplate(*tmpl, id, title->text().trimmed()));
    if (!file.commit())
        QMessageBox::warning(this, tr("New postmortem"), tr("Cannot write %1: %2").arg(path, file.errorString()));
    // The workspace watcher picks the new file up and the list shows it.
}

} // namespace sre
