#include "runbookbrowser.h"

#include "markdownview.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QScrollBar>
#include <QSplitter>
#include <QTabWidget>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace sre {

namespace {
constexpr qint64 kMaxRunbookBytes = 4 * 1024 * 1024;
}

RunbookBrowser::RunbookBrowser(QWidget *parent)
    : QWidget(parent)
    , m_view(new MarkdownView(this))
    , m_outline(new QTreeWidget(this))
    , m_side(new QTabWidget(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_back(new QToolButton(this))
    , m_forward(new QToolButton(this))
    , m_title(new QLabel(this))
    , m_message(new QLabel(this))
    , m_messageTimer(new QTimer(this))
    , m_tools(new QHBoxLayout)
{
    setObjectName(QStringLiteral("runbookBrowser"));
    auto *backAction = new QAction(QIcon::fromTheme(QStringLiteral("go-previous")), tr("Back"), this);
    backAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Left));
    backAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    backAction->setToolTip(tr("Back (Alt+Left)"));
    connect(backAction, &QAction::triggered, this, &RunbookBrowser::back);
    auto *forwardAction = new QAction(QIcon::fromTheme(QStringLiteral("go-next")), tr("Forward"), this);
    forwardAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Right));
    forwardAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    forwardAction->setToolTip(tr("Forward (Alt+Right)"));
    connect(forwardAction, &QAction::triggered, this, &RunbookBrowser::forward);
    addAction(backAction);
    addAction(forwardAction);
    m_back->setDefaultAction(backAction);
    m_forward->setDefaultAction(forwardAction);
    // Without an icon theme the buttons still say what they do.
    if (backAction->icon().isNull()) {
        backAction->setText(QStringLiteral("◀"));
        forwardAction->setText(QStringLiteral("▶"));
    }
    m_back->setAutoRaise(true);
    m_forward->setAutoRaise(true);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_title->setMinimumWidth(50);
    m_title->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);

    auto *toolbar = new QHBoxLayout;
    toolbar->setContentsMargins(0, 0, 0, 0);
    toolbar->addWidget(m_back);
    toolbar->addWidget(m_forward);
    toolbar->addWidget(m_title, 1);
    toolbar->addLayout(m_tools);

    m_message->setObjectName(QStringLiteral("runbookMessage"));
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(
        QStringLiteral("QLabel { background: #fff4e5; color: #663c00; border: 1px solid #ffb74d; padding: 4px; }"));
    m_message->hide();
    m_messageTimer->setSingleShot(true);
    m_messageTimer->setInterval(10000);
    connect(m_messageTimer, &QTimer::timeout, m_message, &QWidget::hide);

    m_outline->setHeaderHidden(true);
    m_outline->setRootIsDecorated(false);
    m_outline->setIndentation(12);
    m_outline->setObjectName(QStringLiteral("runbookOutline"));
    m_splitter->addWidget(m_view);
    m_side->addTab(m_outline, tr("Outline"));
    m_side->setDocumentMode(true);
    m_splitter->addWidget(m_side);
    m_splitter->setStretchFactor(0, 4);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({ 680, 220 });
    m_splitter->setChildrenCollapsible(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(toolbar);
    layout->addWidget(m_message);
    layout->addWidget(m_splitter, 1);

    connect(m_outline, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem *item) { m_view->goToAnchor(item->data(0, Qt::UserRole).toString()); });
    connect(m_outline, &QTreeWidget::itemClicked, this,
            [this](QTreeWidgetItem *item) { m_view->goToAnchor(item->data(0, Qt::UserRole).toString()); });
    connect(m_view, &MarkdownView::localLinkActivated, this, [this](const QString &path, const QString &fragment) {
        const QString suffix = QFileInfo(path).suffix().toLower();
        if (suffix != u"md" && suffix != u"markdown") {
            showMessage(tr("%1 is not a Markdown runbook; it is not opened here.").arg(QDir::toNativeSeparators(path)));
            return;
        }
        open(path, fragment);
    });
    connect(m_view, &MarkdownView::linkRefused, this, [this](const QString &link, const QString &reason) {
        showMessage(tr("Link \"%1\" not followed: %2").arg(link, reason));
    });
    connect(m_view, &MarkdownView::codeCopied, this, [this](int) { showMessage(tr("Copied to the clipboard.")); });
    updateButtons();
    m_view->showMessage(tr("Select a runbook to read it, or press Ctrl+K to search."));
}

void RunbookBrowser::setAllowedRoots(const QStringList &roots)
{
    m_view->setAllowedRoots(roots);
}

void RunbookBrowser::widenSide(int width)
{
    QList<int> sizes = m_splitter->sizes();
    if (sizes.size() != 2 || sizes[1] >= width)
        return;
    const int total = sizes[0] + sizes[1];
    m_splitter->setSizes({ std::max(200, total - width), width });
}

void RunbookBrowser::addToolWidget(QWidget *widget)
{
    m_tools->addWidget(widget);
}

QString RunbookBrowser::currentFile() const
{
    return m_index >= 0 && m_index < m_history.size() ? m_history[m_index].path : QString();
}

QString RunbookBrowser::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void RunbookBrowser::showMessage(const QString &text)
{
    m_message->setText(text);
    m_message->show();
    m_messageTimer->start();
}

void RunbookBrowser::rememberScroll()
{
    if (m_index >= 0 && m_index < m_history.size())
        m_history[m_index].scroll = m_view->verticalScrollBar()->value();
}

void RunbookBrowser::open(const QString &path, const QString &anchor)
{
    const QString clean = QDir::cleanPath(path);
    rememberScroll();
    m_history.erase(m_history.begin() + (m_index + 1), m_history.end());
    m_history.append({ clean, anchor, 0 });
    m_index = m_history.size() - 1;
    display(m_history[m_index]);
}

void RunbookBrowser::back()
{
    if (!canGoBack())
        return;
    rememberScroll();
    --m_index;
    display(m_history[m_index]);
}

void RunbookBrowser::forward()
{
    if (!canGoForward())
        return;
    rememberScroll();
    ++m_index;
    display(m_history[m_index]);
}

void RunbookBrowser::reload()
{
    if (m_index < 0)
        return;
    rememberScroll();
    Entry e = m_history[m_index];
    e.anchor.clear();
    display(e);
}

void RunbookBrowser::display(const Entry &entry)
{
    m_message->hide();
    QFile file(entry.path);
    const bool sameFile = m_view->file() == entry.path;
    if (!file.open(QIODevice::ReadOnly)) {
        m_view->showMessage(tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(entry.path), file.errorString()));
        m_title->setText(QDir::toNativeSeparators(entry.path));
    } else {
        if (!sameFile || entry.anchor.isEmpty())
            m_view->showMarkdown(file.read(kMaxRunbookBytes), entry.path);
        m_title->setText(QDir::toNativeSeparators(entry.path));
        m_title->setToolTip(QDir::toNativeSeparators(entry.path));
    }
    m_outline->clear();
    QList<QTreeWidgetItem *> parents;
    for (const MarkdownView::Heading &h : m_view->headings()) {
        while (!parents.isEmpty() && parents.last()->data(0, Qt::UserRole + 1).toInt() >= h.level)
            parents.removeLast();
        auto *item = parents.isEmpty() ? new QTreeWidgetItem(m_outline) : new QTreeWidgetItem(parents.last());
        item->setText(0, h.text);
        item->setToolTip(0, h.text);
        item->setData(0, Qt::UserRole, h.anchor);
        item->setData(0, Qt::UserRole + 1, h.level);
        parents.append(item);
    }
    m_outline->expandAll();
    if (!entry.anchor.isEmpty()) {
        if (!m_view->goToAnchor(entry.anchor))
            showMessage(tr("There is no heading \"#%1\" in this runbook.").arg(entry.anchor));
    } else {
        // Layout first, so the scroll range is known.
        const int scroll = entry.scroll;
        QTimer::singleShot(0, this, [this, scroll] { m_view->verticalScrollBar()->setValue(scroll); });
    }
    updateButtons();
    emit currentFileChanged(entry.path);
}

void RunbookBrowser::updateButtons()
{
    m_back->setEnabled(canGoBack());
    m_forward->setEnabled(canGoForward());
}

} // namespace sre
