#include "runbookpage.h"

#include "checklistpanel.h"
#include "coverageview.h"
#include "filtertable.h"
#include "itemdatarole.h"
#include "runbookbrowser.h"
#include "storemodels.h"
#include "workspace.h"

#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStandardItemModel>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>

namespace sre {

RunbookPage::RunbookPage(ws::Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_summary(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_tree(new QTreeView(this))
    , m_treeModel(new QStandardItemModel(this))
    , m_table(new FilterTable(this))
    , m_browser(new RunbookBrowser(this))
{
    setObjectName(QStringLiteral("runbooks"));
    auto *title = new QLabel(tr("Runbooks"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    title->setFont(titleFont);
    m_summary->setTextFormat(Qt::PlainText);
    auto *header = new QHBoxLayout;
    header->addWidget(title);
    header->addSpacing(12);
    header->addWidget(m_summary, 1, Qt::AlignBottom);

    m_tree->setModel(m_treeModel);
    m_tree->setHeaderHidden(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setObjectName(QStringLiteral("runbookTree"));
    m_table->setModel(createRunbookListModel(workspace, this), 0);
    m_table->setEmptyText(
        tr("No runbooks found.\nAdd Markdown files under runbooks/ or list folders in runbook_paths."),
        tr("No runbook matches the filter."));
    m_table->setPlaceholder(tr("Filter by title, path, alert or service"));
    m_tabs->addTab(m_tree, tr("Folders"));
    m_tabs->addTab(m_table, tr("All runbooks"));
    m_coverage = new CoverageView(workspace, this);
    m_tabs->addTab(m_coverage, tr("Coverage"));
    connect(m_coverage, &CoverageView::openFile, this, [this](const QString &path) { m_browser->open(path); });
    m_tabs->setDocumentMode(true);
    // All three tabs stay readable: the pane is as wide as they need, no scroll arrows, no "…".
    m_tabs->setUsesScrollButtons(false);
    m_tabs->setElideMode(Qt::ElideNone);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_tabs);
    splitter->addWidget(m_browser);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({ 300, 900 });
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(splitter, 1);

    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &index) {
        const QString path = index.data(FilePathRole).toString();
        if (!path.isEmpty() && path != m_browser->currentFile())
            m_browser->open(path);
    });
    connect(m_table->view()->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &index) {
                const QString path = index.data(FilePathRole).toString();
                if (!path.isEmpty() && path != m_browser->currentFile())
                    m_browser->open(path);
            });
    connect(m_browser, &RunbookBrowser::currentFileChanged, this, &RunbookPage::selectInTree);

    m_checklist = new ChecklistPanel(workspace, this);
    m_checklist->hide();
    auto *startButton = new QPushButton(tr("Start checklist…"), this);
    startButton->setObjectName(QStringLiteral("startChecklist"));
    startButton->setToolTip(tr("Turn this runbook's task list and numbered steps into checkboxes for an incident"));
    m_browser->addToolWidget(startButton);
    connect(startButton, &QPushButton::clicked, this, &RunbookPage::chooseIncident);
    connect(m_checklist, &ChecklistPanel::message, m_browser, &RunbookBrowser::showMessage);
    connect(m_checklist, &ChecklistPanel::stopped, this, [this] {
        const int tab = m_browser->sideTabs()->indexOf(m_checklist);
        if (tab >= 0)
            m_browser->sideTabs()->removeTab(tab);
        m_checklist->hide();
    });
    connect(m_browser, &RunbookBrowser::currentFileChanged, this, [this](const QString &path) {
        if (m_checklist->isActive())
            m_checklist->setRunbook(path);
    });
    connect(&workspace.runbooks(), &ws::StoreBase::changed, this, [this] {
        m_browser->setAllowedRoots(m_workspace.config().runbookPaths);
        rebuildTree();
        updateSummary();
        // The file on screen may be what changed.
        if (!m_browser->currentFile().isEmpty())
            m_browser->reload();
    });
    m_browser->setAllowedRoots(workspace.config().runbookPaths);
    rebuildTree();
    updateSummary();
}

void RunbookPage::chooseIncident()
{
    if (m_browser->currentFile().isEmpty()) {
        m_browser->showMessage(tr("Open a runbook first."));
        return;
    }
    // The workspace's postmortems, newest first; any other id can be typed.
    std::vector<const pm::Postmortem *> pms;
    for (const pm::Postmortem &p : m_workspace.postmortems().items())
        if (!p.id.isEmpty())
            pms.push_back(&p);
    std::sort(pms.begin(), pms.end(),
              [](const pm::Postmortem *a, const pm::Postmortem *b) { return a->started > b->started; });
    QStringList ids;
    for (const pm::Postmortem *p : pms)
        ids << p->id;
    bool ok = false;
    const QString id
        = QInputDialog::getItem(this, tr("Start checklist"),
                                tr("Incident id (its postmortem gets a timeline row per step):"), ids, 0, true, &ok)
              .trimmed();
    if (ok && !id.isEmpty())
        startChecklist(id);
}

void RunbookPage::startChecklist(const QString &incidentId)
{
    m_checklist->start(incidentId, m_browser->currentFile());
    QTabWidget *side = m_browser->sideTabs();
    if (side->indexOf(m_checklist) < 0)
        side->addTab(m_checklist, tr("Checklist"));
    m_browser->widenSide(320); // the steps must be readable
    side->setCurrentWidget(m_checklist);
}

void RunbookPage::updateSummary()
{
    m_summary->setText(tr("%n runbook(s)", nullptr, int(m_workspace.runbooks().size())) + QStringLiteral(" · ")
                       + tr("%n folder(s)", nullptr, int(m_workspace.config().runbookPaths.size())));
}

void RunbookPage::openRunbook(const QString &path, const QString &anchor)
{
    m_browser->open(path, anchor);
}

void RunbookPage::rebuildTree()
{
    m_treeModel->clear();
    m_itemByPath.clear();
    const QIcon folderIcon = style()->standardIcon(QStyle::SP_DirIcon);
    const QIcon fileIcon = style()->standardIcon(QStyle::SP_FileIcon);
    QHash<QString, QStandardItem *> folders; // absolute folder -> item
    for (const QString &root : m_workspace.config().runbookPaths) {
        const QString clean = QDir::cleanPath(root);
        const QString rel = QDir(m_workspace.dir()).relativeFilePath(clean);
        auto *item = new QStandardItem(folderIcon, rel.startsWith(QStringLiteral("..")) ? clean : rel);
        item->setToolTip(QDir::toNativeSeparators(clean));
        if (!QFileInfo(clean).isDir())
            item->setText(tr("%1 (missing)").arg(item->text()));
        m_treeModel->appendRow(item);
        folders.insert(clean, item);
    }
    for (const rb::Runbook &r : m_workspace.runbooks().items()) {
        const QString root = QDir::cleanPath(r.root);
        QStandardItem *parent = folders.value(root);
        if (!parent)
            continue;
        QString folder = root;
        const QStringList parts = r.relativePath.split(u'/');
        for (qsizetype i = 0; i + 1 < parts.size(); ++i) {
            folder += u'/' + parts[i];
            QStandardItem *&child = folders[folder];
            if (!child) {
                child = new QStandardItem(folderIcon, parts[i]);
                child->setToolTip(QDir::toNativeSeparators(folder));
                parent->appendRow(child);
            }
            parent = child;
        }
        const QString name = QFileInfo(r.file).completeBaseName();
        auto *item = new QStandardItem(fileIcon, name);
        item->setData(r.file, FilePathRole);
        item->setToolTip(r.title == name ? QDir::toNativeSeparators(r.file)
                                         : r.title + u'\n' + QDir::toNativeSeparators(r.file));
        parent->appendRow(item);
        m_itemByPath.insert(QDir::cleanPath(r.file), item);
    }
    m_treeModel->sort(0);
    for (int row = 0; row < m_treeModel->rowCount(); ++row)
        m_tree->expand(m_treeModel->index(row, 0));
    if (!m_browser->currentFile().isEmpty())
        selectInTree(m_browser->currentFile());
}

void RunbookPage::selectInTree(const QString &path)
{
    QStandardItem *item = m_itemByPath.value(QDir::cleanPath(path));
    if (!item)
        return;
    const QModelIndex index = item->index();
    for (QModelIndex p = index.parent(); p.isValid(); p = p.parent())
        m_tree->expand(p);
    if (m_tree->currentIndex() != index) {
        const QSignalBlocker block(m_tree->selectionModel());
        m_tree->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
        m_tree->viewport()->update();
    }
    m_tree->scrollTo(index);
}

} // namespace sre
