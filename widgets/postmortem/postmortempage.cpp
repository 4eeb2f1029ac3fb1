#include "postmortempage.h"

#include "htmldocument.h"
#include "incidentimpact.h"
#include "markdownedit.h"
#include "postmortemeditor.h"
#include "postmortemlist.h"
#include "prometheusclient.h"
#include "recovery.h"
#include "reporthtml.h"
#include "sloengine.h"
#include "workspace.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFrame>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QShortcut>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace sre {

PostmortemPage::PostmortemPage(ws::Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_stack(new QStackedWidget(this))
    , m_list(new PostmortemList(workspace, this))
    , m_editor(new PostmortemEditor(workspace, this))
    , m_recoveryBanner(new QFrame(this))
    , m_recoveryText(new QLabel(m_recoveryBanner))
    , m_recovery(std::make_shared<RecoveryStore>())
{
    setObjectName(QStringLiteral("postmortems"));
    m_editor->setRecoveryStore(m_recovery);
    m_stack->addWidget(m_list);
    m_stack->addWidget(m_editor);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    auto *banner = static_cast<QFrame *>(m_recoveryBanner);
    banner->setFrameShape(QFrame::StyledPanel);
    banner->setStyleSheet(QStringLiteral("QFrame { background: #fff8e1; color: #3e2723; }"));
    auto *bannerLayout = new QHBoxLayout(banner);
    bannerLayout->setContentsMargins(8, 4, 8, 4);
    m_recoveryText->setWordWrap(true);
    bannerLayout->addWidget(m_recoveryText, 1);
    banner->hide();
    m_list->addBanner(banner);

    connect(m_list, &PostmortemList::editRequested, this, [this](const QString &file) { edit(file); });
    connect(m_list, &PostmortemList::checkerChanged, m_editor, &PostmortemEditor::setChecker);
    connect(m_editor, &PostmortemEditor::closeRequested, this, &PostmortemPage::showList);
    connect(m_editor, &PostmortemEditor::impactRequested, this, &PostmortemPage::computeImpact);
    m_editor->enableExtraActions(true, true);
    auto *exportMenu = new QMenu(m_editor->exportButton());
    exportMenu->addAction(tr("Export as PDF or HTML…"), this, &PostmortemPage::exportDocument);
    exportMenu->addAction(tr("Print…"), QKeySequence::Print, this, &PostmortemPage::printDocument);
    m_editor->exportButton()->setMenu(exportMenu);
    auto *print = new QShortcut(QKeySequence::Print, m_editor);
    connect(print, &QShortcut::activated, this, &PostmortemPage::printDocument);
    connect(m_editor, &PostmortemEditor::settled, this, &PostmortemPage::settled);
    connect(&workspace, &ws::Workspace::loaded, this, &PostmortemPage::offerRecovery);
}

PostmortemPage::~PostmortemPage()
{
    m_work.waitForFinished(); // the engine must outlive its work
}

bool PostmortemPage::isEditing() const
{
    return m_stack->currentWidget() == m_editor;
}

bool PostmortemPage::isSettled() const
{
    return !isEditing() || m_editor->isSettled();
}

void PostmortemPage::newPostmortem()
{
    m_list->newPostmortem();
}

bool PostmortemPage::edit(const QString &idOrFile)
{
    QString file = idOrFile;
    if (const pm::Postmortem *p = m_workspace.findPostmortem(idOrFile))
        file = p->file;
    else if (QFileInfo(idOrFile).isRelative() && m_workspace.isOpen())
        file = QDir(m_workspace.dir()).filePath(idOrFile);
    if (!QFileInfo(file).isFile())
        return false;
    if (isEditing() && QFileInfo(m_editor->file()) != QFileInfo(file) && !m_editor->maybeClose())
        return false;
    if (!isEditing() || QFileInfo(m_editor->file()) != QFileInfo(file)) {
        QString error;
        if (!m_editor->open(file, &error)) {
            QMessageBox::warning(this, tr("Open postmortem"), tr("Cannot open %1: %2").arg(file, error));
            return false;
        }
    }
    if (!m_editor->file().isEmpty() && m_list->checker())
        m_editor->setChecker(m_list->checker());
    m_stack->setCurrentWidget(m_editor);
    m_editor->textEdit()->setFocus();
    offerRecovery();
    return true;
}

void PostmortemPage::showList()
{
    // Unsaved text stays in the editor (and its recovery file); the list offers to go back.
    m_stack->setCurrentWidget(m_list);
    offerRecovery();
}

bool PostmortemPage::maybeClose()
{
    if (!m_editor->isModified())
        return true;
    m_stack->setCurrentWidget(m_editor);
    return m_editor->maybeClose();
}

void PostmortemPage::offerRecovery()
{
    // Text kept from a session that ended without saving, and text in the editor right now.
    QList<QPushButton *> old = m_recoveryBanner->findChildren<QPushButton *>();
    qDeleteAll(old);
    if (!m_workspace.isOpen()) {
        m_recoveryBanner->hide();
        return;
    }
    QStringList names;
    auto *layout = static_cast<QHBoxLayout *>(m_recoveryBanner->layout());
    const auto addOpen = [&](const QString &file) {
        const QString name = QFileInfo(file).completeBaseName();
        names << name;
        if (names.size() > 3)
            return;
        auto *b = new QPushButton(tr("Open %1").arg(name), m_recoveryBanner);
        connect(b, &QPushButton::clicked, this, [this, file] { edit(file); });
        layout->addWidget(b);
        b->show();
    };
    if (m_editor->isModified())
        addOpen(m_editor->file());
    for (const RecoveryEntry &e : m_recovery->entries(m_workspace.dir()))
        if (e.file != m_editor->file())
            addOpen(e.file);
    if (names.isEmpty()) {
        m_recoveryBanner->hide();
        return;
    }
    m_recoveryText->setText(tr("Unsaved text is waiting in %1. Open it to save, restore or discard it.")
                                .arg(QLocale().createSeparatedList(names)));
    m_recoveryBanner->show();
    emit recoveryAvailable(names);
}

SloEngine *PostmortemPage::engine()
{
    const DatasourceConfig *ds = m_workspace.config().prometheus();
    if (!ds || ds->type != DatasourceConfig::Type::Prometheus)
        return nullptr;
    // One engine per datasource; its bucket cache makes a second run cheap.
    if (!m_engine || m_engineDatasource != ds->name) {
        m_work.waitForFinished();
        m_engine.reset();
        m_client = std::make_unique<prom::PrometheusClient>(*ds);
        m_engine = std::make_unique<SloEngine>(*m_client);
        m_engineDatasource = ds->name;
    }
    return m_engine.get();
}

void PostmortemPage::computeImpact()
{
    if (!m_work.isFinished())
        return;
    SloEngine *slos = engine();
    if (!slos) {
        QMessageBox::information(this, tr("Impact from SLOs"),
                                 tr("The workspace has no Prometheus datasource to take the SLO data from."));
        return;
    }
    const QString file = m_editor->file();
    const pm::TableHeadings headings = m_editor->tableHeadings();
    const QString language = m_editor->templateLanguage();
    QPushButton *button = m_editor->impactButton();
    button->setEnabled(false);
    button->setText(tr("Computing impact…"));
    const QFuture<reports::ImpactUpdate> future
        = reports::impactFromSlos(*slos, m_editor->currentBytes(), headings, language, m_workspace.config().timezone,
                                  m_workspace.slos().items(), QDateTime::currentSecsSinceEpoch());
    m_work = QFuture<void>(future);
    auto *watcher = new QFutureWatcher<reports::ImpactUpdate>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [=, this] {
        watcher->deleteLater();
        button->setEnabled(true);
        button->setText(tr("Impact from SLOs"));
        if (watcher->future().isCanceled() || m_editor->file() != file)
            return;
        const reports::ImpactUpdate update = watcher->result();
        // Written into the text as it is now: what was typed meanwhile stays.
        const QByteArray now = m_editor->currentBytes();
        const QString docLanguage = reports::documentLanguage(pm::PostmortemDocument::parse(now, headings), language);
        m_editor->applyDocument(reports::withImpactSection(now, headings, update.block, docLanguage));
        if (!update.errors.isEmpty())
            QMessageBox::warning(this, tr("Impact from SLOs"),
                                 tr("Prometheus could not answer for:\n%1").arg(update.errors.join(QLatin1Char('\n'))));
    });
    watcher->setFuture(future);
}

void PostmortemPage::exportDocument()
{
    if (!m_work.isFinished())
        return;
    const QString file = m_editor->file();
    QString selected;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Postmortem"), QFileInfo(file).absoluteDir().filePath(QFileInfo(file).completeBaseName()),
        tr("PDF document (*.pdf);;HTML page (*.html)"), &selected);
    if (path.isEmpty())
        return;
    const QString format = path.endsWith(QLatin1String(".html"), Qt::CaseInsensitive) || selected.contains(u"html")
        ? QStringLiteral("html")
        : QStringLiteral("pdf");
    QString target = path;
    if (!target.endsWith(QLatin1Char('.') + format, Qt::CaseInsensitive))
        target += QLatin1Char('.') + format;
    QPushButton *button = m_editor->exportButton();
    button->setEnabled(false);
    button->setText(tr("Exporting…"));
    const QFuture<QString> future = reports::exportPostmortem(
        engine(), m_editor->currentBytes(), m_editor->tableHeadings(), m_workspace.config().timezone,
        m_workspace.slos().items(), format, target, QDateTime::currentSecsSinceEpoch());
    m_work = QFuture<void>(future);
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [=, this] {
        watcher->deleteLater();
        button->setEnabled(true);
        button->setText(tr("Export…"));
        const QString error = watcher->result();
        if (error.isEmpty())
            QMessageBox::information(this, tr("Export Postmortem"),
                                     tr("Exported to %1.").arg(QDir::toNativeSeparators(target)));
        else
            QMessageBox::warning(this, tr("Export Postmortem"), error);
    });
    watcher->setFuture(future);
}

void PostmortemPage::printDocument()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(QFileInfo(m_editor->file()).completeBaseName());
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print Postmortem"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    // The same document as the PDF export, without the SLO chart (that needs Prometheus; export
    // to PDF for it).
    exp::printTo(
        reports::postmortemHtml(m_editor->currentBytes(), m_editor->tableHeadings(), m_workspace.config().timezone),
        &printer);
}

} // namespace sre
