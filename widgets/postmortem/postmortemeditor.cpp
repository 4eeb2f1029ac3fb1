#include "postmortemeditor.h"

#include "figures.h"
#include "futurewatch.h"
#include "headerform.h"
#include "markdownedit.h"
#include "markdownview.h"
#include "postmortemcheck.h"
#include "previewrenderer.h"
#include "recovery.h"
#include "tableeditor.h"
#include "tablerows.h"
#include "workspace.h"

#include <QFontMetricsF>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTextBlock>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace sre {

PostmortemEditor::PostmortemEditor(ws::Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_recovery(std::make_shared<RecoveryStore>())
    , m_heading(new QLabel(this))
    , m_state(new QLabel(this))
    , m_save(new QPushButton(tr("Save"), this))
    , m_impact(new QPushButton(tr("Impact from SLOs"), this))
    , m_export(new QPushButton(tr("Export…"), this))
    , m_banner(new QFrame(this))
    , m_bannerText(new QLabel(m_banner))
    , m_readOnlyBanner(new QLabel(this))
    , m_form(new HeaderForm(this))
    , m_figures(new QLabel(this))
    , m_outline(new QTreeWidget(this))
    , m_tabs(new QTabWidget(this))
    , m_text(new MarkdownEdit(this))
    , m_timeline(new TableEditor(TableEditor::Kind::Timeline, this))
    , m_actions(new TableEditor(TableEditor::Kind::ActionItems, this))
    , m_preview(new MarkdownView(this))
    , m_renderer(new PreviewRenderer(m_preview))
    , m_findingsView(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("postmortemEditor"));
    // Title line: back, what is open, its state, and the document actions.
    auto *back = new QToolButton(this);
    back->setText(tr("← Postmortems"));
    back->setToolTip(tr("Back to the list (Alt+Left); unsaved text stays in the editor and its recovery file"));
    back->setShortcut(QKeySequence::Back);
    connect(back, &QToolButton::clicked, this, &PostmortemEditor::closeRequested);
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.3);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_heading->setTextFormat(Qt::PlainText);
    m_state->setTextFormat(Qt::PlainText);
    m_save->setShortcut(QKeySequence::Save);
    m_save->setToolTip(tr("Save the postmortem (Ctrl+S)"));
    connect(m_save, &QPushButton::clicked, this, [this] { save(); });
    auto *figuresButton = new QPushButton(tr("Write figures"), this);
    figuresButton->setObjectName(QStringLiteral("writeFigures"));
    figuresButton->setToolTip(tr("Write time to detect, mitigate and resolve and the impact duration into the text"));
    connect(figuresButton, &QPushButton::clicked, this, &PostmortemEditor::writeFigures);
    m_impact->setToolTip(tr("Bad events and error budget consumed by each linked SLO between started and resolved"));
    m_export->setToolTip(tr("Export to HTML or PDF, or print"));
    connect(m_impact, &QPushButton::clicked, this, [this] { emit impactRequested(m_file); });
    connect(m_export, &QPushButton::clicked, this, [this] { emit exportRequested(m_file); });
    enableExtraActions(false, false);
    auto *top = new QHBoxLayout;
    top->addWidget(back);
    top->addWidget(m_heading);
    top->addWidget(m_state, 1);
    top->addWidget(figuresButton);
    top->addWidget(m_impact);
    top->addWidget(m_export);
    top->addWidget(m_save);

    // A banner for recovery and for changes on disk.
    auto *bannerFrame = static_cast<QFrame *>(m_banner);
    bannerFrame->setFrameShape(QFrame::StyledPanel);
    bannerFrame->setStyleSheet(QStringLiteral("QFrame { background: #fff8e1; color: #3e2723; }"));
    auto *bannerLayout = new QHBoxLayout(m_banner);
    bannerLayout->setContentsMargins(8, 4, 8, 4);
    m_bannerText->setWordWrap(true);
    m_bannerText->setTextFormat(Qt::PlainText);
    bannerLayout->addWidget(m_bannerText, 1);
    m_banner->hide();
    m_readOnlyBanner->setObjectName(QStringLiteral("readOnlyBanner"));
    m_readOnlyBanner->setWordWrap(true);
    m_readOnlyBanner->setTextFormat(Qt::PlainText);
    m_readOnlyBanner->setStyleSheet(
        QStringLiteral("QLabel { background: #eceff1; color: #263238; padding: 4px 8px; }"));
    m_readOnlyBanner->hide();

    m_figures->setTextFormat(Qt::PlainText);
    m_figures->setToolTip(tr("Derived from the times above; \"Write figures\" puts them into the text"));

    m_outline->setHeaderHidden(true);
    m_outline->setRootIsDecorated(false);
    m_outline->setToolTip(tr("Sections: click to jump"));
    connect(m_outline, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem *item) { jumpToLine(item->data(0, Qt::UserRole).toInt(), 1); });
    connect(m_outline, &QTreeWidget::itemClicked, this,
            [this](QTreeWidgetItem *item) { jumpToLine(item->data(0, Qt::UserRole).toInt(), 1); });

    // A proportional font: prose reads better, and hard-wrapped source lines fit the pane.
    m_text->setTabStopDistance(QFontMetricsF(m_text->font()).horizontalAdvance(QLatin1Char(' ')) * 4);
    m_tabs->addTab(m_text, tr("Text"));
    m_tabs->addTab(m_timeline, tr("Timeline"));
    m_tabs->addTab(m_actions, tr("Action items"));
    m_tabs->setDocumentMode(true);

    m_findingsView->setColumnCount(3);
    m_findingsView->setHeaderLabels({ tr("Line"), tr("Finding"), tr("Suggestion") });
    m_findingsView->setRootIsDecorated(false);
    m_findingsView->setAlternatingRowColors(true);
    m_findingsView->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_findingsView->header()->resizeSection(1, 380);
    m_findingsView->setWordWrap(true);
    connect(m_findingsView, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        jumpToLine(item->data(0, Qt::UserRole).toInt(), item->data(0, Qt::UserRole + 1).toInt(),
                   item->data(0, Qt::UserRole + 2).toString());
    });
    connect(m_findingsView, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem *item) {
        jumpToLine(item->data(0, Qt::UserRole).toInt(), item->data(0, Qt::UserRole + 1).toInt());
    });

    auto *middle = new QSplitter(Qt::Horizontal, this);
    middle->addWidget(m_outline);
    middle->addWidget(m_tabs);
    middle->addWidget(m_preview);
    middle->setStretchFactor(0, 0);
    middle->setStretchFactor(1, 3);
    middle->setStretchFactor(2, 2);
    middle->setSizes({ 150, 680, 370 });
    middle->setChildrenCollapsible(false);
    auto *vertical = new QSplitter(Qt::Vertical, this);
    vertical->addWidget(middle);
    vertical->addWidget(m_findingsView);
    vertical->setStretchFactor(0, 4);
    vertical->setStretchFactor(1, 1);
    vertical->setSizes({ 480, 120 });

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_readOnlyBanner);
    layout->addWidget(m_banner);
    layout->addWidget(m_form);
    layout->addWidget(m_figures);
    layout->addWidget(vertical, 1);

    m_autosave.setSingleShot(true);
    m_autosave.setInterval(2000); // a few seconds after typing stops
    m_reparse.setSingleShot(true);
    m_reparse.setInterval(200);
    m_check.setSingleShot(true);
    m_check.setInterval(500);
    connect(&m_autosave, &QTimer::timeout, this, &PostmortemEditor::autosaveNow);
    connect(&m_reparse, &QTimer::timeout, this, &PostmortemEditor::reparse);
    connect(&m_check, &QTimer::timeout, this, &PostmortemEditor::runCheck);
    connect(m_text->document(), &QTextDocument::contentsChanged, this, &PostmortemEditor::onTextChanged);
    connect(m_renderer, &PreviewRenderer::rendered, this, [this] {
        if (isSettled())
            emit settled();
    });

    connect(m_form, &HeaderForm::valueEdited, this, [this](const QString &key, const QString &value) {
        m_buffer.frontMatter().setValue(key, value);
        changed();
    });
    connect(m_form, &HeaderForm::timeEdited, this, [this](const QString &key, const QDateTime &utc) {
        m_buffer.frontMatter().setTime(key, utc);
        changed();
    });
    connect(m_form, &HeaderForm::listEdited, this, [this](const QString &key, const QStringList &values) {
        m_buffer.frontMatter().setList(key, values);
        changed();
    });

    // Table edits become text edits of the table's lines: one undo step each, in the file's style.
    connect(m_timeline, &TableEditor::cellEdited, this, [this](int row, int column, const QString &text) {
        editDocument([&](pm::PostmortemDocument &doc) {
            doc.ensureTimeline().setCell(row, column, text);
            return true;
        });
    });
    connect(m_timeline, &TableEditor::rowsAdded, this, [this](int at, const QList<QStringList> &rows) {
        editDocument([&](pm::PostmortemDocument &doc) {
            pm::MarkdownTable &t = doc.ensureTimeline();
            for (qsizetype i = 0; i < rows.size(); ++i)
                t.insertRow(std::min<qsizetype>(at + i, t.rowCount()), rows[i]);
            return true;
        });
    });
    connect(m_timeline, &TableEditor::rowRemoved, this, [this](int row) {
        editDocument([&](pm::PostmortemDocument &doc) {
            doc.ensureTimeline().removeRow(row);
            return true;
        });
    });
    connect(m_timeline, &TableEditor::sortRequested, this, [this] {
        editDocument([this](pm::PostmortemDocument &doc) {
            return pm::sortTimelineByTime(doc, m_buffer.frontMatter().timeValue(QStringLiteral("started")));
        });
    });
    connect(m_actions, &TableEditor::cellEdited, this, [this](int row, int column, const QString &text) {
        editDocument([&](pm::PostmortemDocument &doc) {
            doc.ensureActionItems().setCell(row, column, text);
            return true;
        });
    });
    connect(m_actions, &TableEditor::rowsAdded, this, [this](int at, const QList<QStringList> &rows) {
        editDocument([&](pm::PostmortemDocument &doc) {
            pm::MarkdownTable &t = doc.ensureActionItems();
            for (qsizetype i = 0; i < rows.size(); ++i)
                t.insertRow(std::min<qsizetype>(at + i, t.rowCount()), rows[i]);
            return true;
        });
    });
    connect(m_actions, &TableEditor::rowRemoved, this, [this](int row) {
        editDocument([&](pm::PostmortemDocument &doc) {
            doc.ensureActionItems().removeRow(row);
            return true;
        });
    });
    connect(m_text, &MarkdownEdit::commandRequested, this, [this](const QString &command, const pm::Finding &f) {
        if (command == u"sort-timeline")
            m_timeline->sortRequested();
        else
            jumpToLine(f.line, f.column, f.rule);
    });

    connect(&workspace.postmortems(), &ws::StoreBase::changed, this, &PostmortemEditor::checkDisk);
    connect(&workspace.slos(), &ws::StoreBase::changed, this, &PostmortemEditor::updateChoices);
    connect(&workspace, &ws::Workspace::configChanged, this, [this] {
        m_form->setTimeZone(QTimeZone(m_workspace.config().timezone.toUtf8()));
        m_preview->setAllowedRoots({ m_workspace.dir() });
    });
    m_form->setTimeZone(QTimeZone(m_workspace.config().timezone.toUtf8()));
    m_preview->setAllowedRoots({ m_workspace.dir() });
    updateChoices();
    updateState();
}

PostmortemEditor::~PostmortemEditor() = default;

void PostmortemEditor::enableExtraActions(bool impact, bool exportFile)
{
    m_impact->setEnabled(impact);
    m_export->setEnabled(exportFile);
    m_impact->setToolTip(tr("Write the bad events and the share of the error budget each linked SLO lost between "
                            "started and resolved into the Impact section (from Prometheus)"));
    m_export->setToolTip(tr("Export this postmortem as PDF or HTML with the SLO chart, or print it (Ctrl+P)"));
}

pm::TableHeadings PostmortemEditor::headings() const
{
    const QString templateId = m_buffer.frontMatter().value(QStringLiteral("template"));
    return m_checker ? m_checker->headingsFor(templateId) : pm::TableHeadings::defaults();
}

QString PostmortemEditor::bodyText() const
{
    // toRawText keeps non-breaking spaces that toPlainText would turn into spaces.
    QString text = m_text->document()->toRawText();
    text.replace(QChar::ParagraphSeparator, QLatin1Char('\n'));
    return text;
}

bool PostmortemEditor::isModified() const
{
    return !m_file.isEmpty() && m_buffer.toBytes() != m_diskBytes;
}

bool PostmortemEditor::isSettled() const
{
    return m_renderer->isIdle() && m_checked && !m_reparse.isActive() && !m_check.isActive();
}

void PostmortemEditor::setChecker(std::shared_ptr<const PostmortemChecker> checker)
{
    m_checker = std::move(checker);
    updateChoices();
    if (!m_file.isEmpty())
        reparse();
    m_check.start(0);
}

void PostmortemEditor::updateChoices()
{
    // Services and SLOs the workspace defines; people from the roster and earlier postmortems.
    QStringList services, slos, people;
    for (const slo::SloSpec &spec : m_workspace.slos().items()) {
        services << spec.service;
        slos << spec.id();
    }
    for (const pm::Postmortem &p : m_workspace.postmortems().items())
        people << p.authors;
    if (m_checker)
        people << m_checker->roster;
    for (QStringList *list : { &services, &slos, &people }) {
        list->removeDuplicates();
        list->sort(Qt::CaseInsensitive);
    }
    m_form->setChoices(services, slos, people);
}

void PostmortemEditor::setRecoveryStore(std::shared_ptr<RecoveryStore> store)
{
    m_recovery = std::move(store);
}

void PostmortemEditor::onTextChanged()
{
    if (m_loading)
        return;
    m_buffer.setBodyText(bodyText());
    changed();
}

void PostmortemEditor::changed()
{
    updateState();
    m_autosave.start();
    m_reparse.start();
    m_check.start();
}

void PostmortemEditor::updateState()
{
    const QString id = m_buffer.frontMatter().value(QStringLiteral("id"));
    const QString title = m_buffer.frontMatter().value(QStringLiteral("title"));
    // The id only: the title is right below, in full, in the form.
    m_heading->setText(m_file.isEmpty() ? tr("No postmortem open") : id);
    m_heading->setToolTip(title);
    const bool modified = isModified();
    m_save->setEnabled(!m_file.isEmpty() && !m_readOnly);
    if (m_file.isEmpty())
        m_state->clear();
    else if (!modified)
        m_state->setText(tr("Saved"));
    else if (m_autosave.isActive())
        m_state->setText(tr("Edited"));
    else
        m_state->setText(tr("Edited · copy kept for recovery"));
    m_state->setToolTip(m_file);
}

void PostmortemEditor::reparse()
{
    m_reparse.stop();
    const QByteArray bytes = m_buffer.toBytes();
    const pm::PostmortemDocument doc = pm::PostmortemDocument::parse(bytes, headings());
    const int first = m_buffer.bodyFirstLine();

    // Outline.
    m_outline->clear();
    for (const pm::OutlineEntry &e : doc.outline()) {
        if (e.level == 0)
            continue;
        auto *item = new QTreeWidgetItem(m_outline, { QString(2 * (e.level - 1), QLatin1Char(' ')) + e.heading });
        item->setData(0, Qt::UserRole, e.line);
        item->setToolTip(0, e.heading);
    }
    // Tables.
    const auto rowsOf = [](const pm::MarkdownTable *t) {
        QList<QStringList> rows;
        for (qsizetype r = 0; t && r < t->rowCount(); ++r)
            rows << t->row(r);
        return rows;
    };
    const pm::MarkdownTable *timeline = doc.timeline();
    const pm::MarkdownTable *actions = doc.actionItems();
    m_timeline->setTable(timeline ? timeline->headers() : QStringList { tr("Time (UTC)"), tr("Event"), tr("Action") },
                         rowsOf(timeline));
    m_actions->setTable(
        actions ? actions->headers()
                : QStringList { tr("Action"), tr("Owner"), tr("Due"), tr("Priority"), tr("Status"), tr("Link") },
        rowsOf(actions));
    m_tabs->setTabText(1, tr("Timeline (%1)").arg(timeline ? timeline->rowCount() : 0));
    m_tabs->setTabText(2, tr("Action items (%1)").arg(actions ? actions->rowCount() : 0));
    Q_UNUSED(first);

    // Figures.
    const pm::DerivedFigures f = pm::derivedFigures(doc.metadata(m_file).postmortem);
    m_figures->setText(tr("Time to detect %1 · to mitigate %2 · to resolve %3 · impact duration %4")
                           .arg(pm::formatDuration(f.timeToDetect), pm::formatDuration(f.timeToMitigate),
                                pm::formatDuration(f.timeToResolve), pm::formatDuration(f.impactDuration)));
    updateState();
    m_renderer->request(
        QString::fromUtf8(m_buffer.toBytes().mid(pm::joinLines(m_buffer.frontMatter().lines()).size())));
}

void PostmortemEditor::runCheck()
{
    m_check.stop();
    if (!m_checker || m_file.isEmpty())
        return;
    const quint64 generation = ++m_checkGeneration;
    m_checked = false;
    QPointer<PostmortemEditor> self(this);
    onFinished(this, QtConcurrent::run([checker = m_checker, bytes = m_buffer.toBytes(), file = m_file] {
                   return checker->check(bytes, file, QDate::currentDate());
               }),
               [self, generation](const pm::Findings &findings) {
                   if (!self || generation != self->m_checkGeneration)
                       return; // typing went on; a newer check follows
                   self->showFindings(findings);
                   self->m_checked = true;
                   if (self->isSettled())
                       emit self->settled();
               });
}

void PostmortemEditor::showFindings(const pm::Findings &findings)
{
    m_findings = findings;
    const int first = m_buffer.bodyFirstLine();
    QList<PlacedFinding> placed;
    m_findingsView->clear();
    int language = 0, completeness = 0, hints = 0;
    for (const pm::Finding &f : findings) {
        const bool isLanguage = f.kind == pm::Finding::Kind::Language;
        (f.isHint() ? hints : isLanguage ? language : completeness) += 1;
        if (f.line >= first)
            placed.append({ f, f.line - first, std::max(0, f.column - 1), f.length });
        const QString what
            = f.isHint() ? tr("hint: %1: %2").arg(f.rule, f.text) : QStringLiteral("%1: %2").arg(f.rule, f.text);
        auto *item = new QTreeWidgetItem(m_findingsView,
                                         { QString::number(f.line), what, f.suggestions.join(QStringLiteral("; ")) });
        item->setData(0, Qt::UserRole, f.line);
        item->setData(0, Qt::UserRole + 1, f.column);
        // Owner and due date findings open the action items table at the cell to fill in.
        if (f.rule == u"action-item-owner" || f.rule == u"action-item-due")
            item->setData(0, Qt::UserRole + 2, f.rule);
        item->setToolTip(1, f.note);
        item->setToolTip(2, f.suggestions.join(QLatin1Char('\n')));
        item->setForeground(1,
                            f.isHint()       ? QColor(0x54, 0x6e, 0x7a)
                                : isLanguage ? QColor(0xc6, 0x28, 0x28)
                                             : QColor(0xa0, 0x52, 0x00));
        if (f.isHint()) {
            QFont font = item->font(1);
            font.setItalic(true);
            item->setFont(1, font);
        }
    }
    if (findings.isEmpty())
        new QTreeWidgetItem(m_findingsView,
                            { QString(), tr("No findings: blameless language and every required section are fine.") });
    m_findingsView->setToolTip(tr("%n language finding(s)", nullptr, language) + QStringLiteral(", ")
                               + tr("%n completeness finding(s)", nullptr, completeness) + QStringLiteral(", ")
                               + tr("%n style hint(s)", nullptr, hints));
    m_text->setFindings(placed);
}

void PostmortemEditor::jumpToLine(int line, int column, const QString &rule)
{
    const int first = m_buffer.bodyFirstLine();
    if (line < first) {
        m_form->titleEdit()->setFocus();
        return;
    }
    // A finding inside a table opens the table at its row.
    const pm::PostmortemDocument doc = pm::PostmortemDocument::parse(m_buffer.toBytes(), headings());
    const auto rowIn = [&](int tableLine, const pm::MarkdownTable *t) {
        return t && tableLine > 0 && line >= tableLine + 2 && line < tableLine + 2 + t->rowCount()
            ? line - tableLine - 2
            : -1;
    };
    if (const int row = rowIn(doc.actionItemsLine(), doc.actionItems()); row >= 0 && !rule.isEmpty()) {
        m_tabs->setCurrentIndex(2);
        m_actions->selectRow(row, rule.endsWith(QLatin1String("-owner")) ? pm::Column::Owner : pm::Column::Due);
        return;
    }
    m_tabs->setCurrentIndex(0);
    m_text->goToBlock(line - first, std::max(0, column - 1));
}

void PostmortemEditor::editDocument(const std::function<bool(pm::PostmortemDocument &)> &edit)
{
    pm::PostmortemDocument doc = pm::PostmortemDocument::parse(m_buffer.toBytes(), headings());
    if (!edit(doc))
        return;
    const pm::EditBuffer next = pm::EditBuffer::fromBytes(doc.toBytes());
    if (next.frontMatter().lines() != m_buffer.frontMatter().lines()) {
        m_buffer.frontMatter() = next.frontMatter();
        m_form->load(m_buffer.frontMatter());
    }
    patchBody(next.bodyText());
    m_buffer.setBodyText(bodyText());
    changed();
}

QString PostmortemEditor::templateLanguage() const
{
    const pm::Template *t
        = m_checker ? m_checker->templates.find(m_buffer.frontMatter().value(QStringLiteral("template"))) : nullptr;
    return t ? t->language : QString();
}

void PostmortemEditor::applyDocument(const QByteArray &bytes)
{
    editDocument([&bytes, this](pm::PostmortemDocument &doc) {
        doc = pm::PostmortemDocument::parse(bytes, headings());
        return true;
    });
}

void PostmortemEditor::patchBody(const QString &text)
{
    // Replace only the span that differs: the cursor, the scroll position and the undo history
    // stay, and undo takes back exactly this edit.
    const QString old = bodyText();
    qsizetype prefix = 0;
    while (prefix < old.size() && prefix < text.size() && old[prefix] == text[prefix])
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < old.size() - prefix && suffix < text.size() - prefix
           && old[old.size() - 1 - suffix] == text[text.size() - 1 - suffix])
        ++suffix;
    if (prefix == old.size() && prefix == text.size())
        return;
    QTextCursor c(m_text->document());
    c.setPosition(int(prefix));
    c.setPosition(int(old.size() - suffix), QTextCursor::KeepAnchor);
    c.insertText(text.mid(prefix, text.size() - suffix - prefix));
}

void PostmortemEditor::writeFigures()
{
    editDocument([this](pm::PostmortemDocument &doc) {
        const pm::Postmortem meta = doc.metadata(m_file).postmortem;
        const pm::Template *t = m_checker ? m_checker->templates.find(meta.templateId) : nullptr;
        const bool japanese = t ? t->language == u"ja" : doc.findSection(QStringLiteral("タイムライン")) >= 0;
        return pm::writeDerivedFigures(doc, pm::derivedFigures(meta), japanese);
    });
}

} // namespace sre
