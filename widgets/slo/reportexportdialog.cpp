#include "reportexportdialog.h"

#include "budgetreport.h"
#include "futurechain.h"
#include "prometheusclient.h"
#include "reporthtml.h"
#include "sloengine.h"
#include "workspace.h"

#include <QCloseEvent>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTimeZone>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace sre {

namespace {
enum Kind { Month, Quarter, Rolling };

QTimeZone zoneOf(const QString &timezone)
{
    QTimeZone tz(timezone.toUtf8());
    return tz.isValid() ? tz : QTimeZone::utc();
}

// Writes the report in `format` (runs on a pool thread).
QString writeReport(const reports::BudgetReport &report, const QString &format, const QString &path)
{
    if (format == u"pdf" || format == u"html")
        return reports::writeDocument(reports::budgetReportHtml(report), format, path);
    // Unbuffered: Qt 6.4's QSaveFile commits (renames) even when the write of its buffer
    // failed, e.g. on a full disk, replacing the file with a truncated one (tst_diskfaults).
    QSaveFile file(path);
    const QByteArray bytes = reports::toMarkdown(report).toUtf8();
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered) || file.write(bytes) != bytes.size() || !file.commit())
        return ReportExportDialog::tr("Cannot write %1: %2").arg(path, file.errorString());
    return {};
}
} // namespace

ReportExportDialog::ReportExportDialog(ws::Workspace &workspace, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_kind(new QComboBox(this))
    , m_period(new QComboBox(this))
    , m_rollingEnd(new QDateTimeEdit(this))
    , m_format(new QComboBox(this))
    , m_file(new QLineEdit(this))
    , m_browse(new QPushButton(tr("Browse…"), this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
    , m_export(m_buttons->addButton(tr("Export"), QDialogButtonBox::AcceptRole))
{
    setWindowTitle(tr("Export Budget Report"));
    m_kind->addItem(tr("Calendar month"), Month);
    m_kind->addItem(tr("Calendar quarter"), Quarter);
    m_kind->addItem(tr("Rolling window"), Rolling);
    m_format->addItem(tr("PDF"), QStringLiteral("pdf"));
    m_format->addItem(tr("HTML"), QStringLiteral("html"));
    m_format->addItem(tr("Markdown"), QStringLiteral("markdown"));
    setRollingEnd(QDateTime::currentSecsSinceEpoch());
    m_rollingEnd->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_rollingEnd->setCalendarPopup(true);
    m_progress->setRange(0, 0);
    m_progress->setVisible(false);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(m_browse);
    auto *form = new QFormLayout;
    m_form = form;
    auto *fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_file);
    form->addRow(tr("&Period:"), m_kind);
    form->addRow(QString(), m_period);
    form->addRow(tr("&As of (%1):").arg(m_workspace.config().timezone), m_rollingEnd);
    form->addRow(tr("&Format:"), m_format);
    form->addRow(fileLabel, fileRow);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addStretch();
    layout->addWidget(m_buttons);
    setMinimumWidth(520);

    fillPeriods();
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        fillPeriods();
        updateWidgets();
    });
    connect(m_period, &QComboBox::currentIndexChanged, this, [this] { m_file->setText(suggestedFileName()); });
    connect(m_format, &QComboBox::currentIndexChanged, this, [this] { m_file->setText(suggestedFileName()); });
    connect(m_file, &QLineEdit::textChanged, this, &ReportExportDialog::updateWidgets);
    connect(m_browse, &QPushButton::clicked, this, &ReportExportDialog::chooseFile);
    connect(m_export, &QPushButton::clicked, this, &ReportExportDialog::start);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(&m_watcher, &QFutureWatcher<QString>::finished, this, [this] {
        showOutcome(m_watcher.future().isValid() && m_watcher.future().resultCount() > 0
                        ? m_watcher.result()
                        : tr("The export was cancelled."));
    });
    m_file->setText(suggestedFileName());
    updateWidgets();
}

ReportExportDialog::~ReportExportDialog()
{
    // The engine and client must outlive the work that uses them (reject() keeps the dialog until
    // the export is done; this waits only when the whole window goes away).
    m_watcher.waitForFinished();
}

void ReportExportDialog::fillPeriods()
{
    const QSignalBlocker blocker(m_period);
    m_period->clear();
    const int kind = m_kind->currentData().toInt();
    const QDate today = QDateTime::currentDateTime().toTimeZone(zoneOf(m_workspace.config().timezone)).date();
    if (kind == Month) {
        for (int i = 0; i < 13; ++i) {
            const QDate d = QDate(today.year(), today.month(), 1).addMonths(-i);
            const QString name = d.toString(QStringLiteral("yyyy-MM"));
            m_period->addItem(i == 0 ? tr("%1 (so far)").arg(name) : name, name);
        }
        m_period->setCurrentIndex(1); // the last complete month: what a review looks at
    } else if (kind == Quarter) {
        const QDate q(today.year(), (today.month() - 1) / 3 * 3 + 1, 1);
        for (int i = 0; i < 5; ++i) {
            const QDate d = q.addMonths(-3 * i);
            const QString name = QStringLiteral("%1-Q%2").arg(d.year()).arg((d.month() - 1) / 3 + 1);
            m_period->addItem(i == 0 ? tr("%1 (so far)").arg(name) : name, name);
        }
        m_period->setCurrentIndex(1);
    } else {
        for (const char *w : { "7d", "28d", "30d", "90d" })
            m_period->addItem(tr("Last %1").arg(QString::fromLatin1(w)), QString::fromLatin1(w));
        m_period->setCurrentIndex(2);
    }
    m_file->setText(suggestedFileName());
}

void ReportExportDialog::updateWidgets()
{
    const bool rolling = m_kind->currentData().toInt() == Rolling;
    m_form->setRowVisible(m_rollingEnd, rolling);
    m_rollingEnd->setEnabled(!m_running);
    for (QWidget *w :
         { static_cast<QWidget *>(m_kind), static_cast<QWidget *>(m_period), static_cast<QWidget *>(m_format),
           static_cast<QWidget *>(m_file), static_cast<QWidget *>(m_browse) })
        w->setEnabled(!m_running);
    m_export->setEnabled(!m_running && !m_file->text().trimmed().isEmpty());
    m_progress->setVisible(m_running);
}

QString ReportExportDialog::formatId() const
{
    return m_format->currentData().toString();
}

QString ReportExportDialog::suggestedFileName() const
{
    const QString ext = formatId() == u"markdown" ? QStringLiteral("md") : formatId();
    QString dir = m_file->text().isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                                           : QFileInfo(m_file->text()).absolutePath();
    if (dir.isEmpty())
        dir = QDir::homePath();
    return QDir(dir).filePath(QStringLiteral("error-budget-review-%1.%2").arg(m_period->currentData().toString(), ext));
}

void ReportExportDialog::chooseFile()
{
    const QString filter = formatId() == u"pdf" ? tr("PDF (*.pdf)")
        : formatId() == u"html"                 ? tr("HTML (*.html)")
                                                : tr("Markdown (*.md)");
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Budget Report"), m_file->text(), filter);
    if (!path.isEmpty())
        m_file->setText(path);
}

void ReportExportDialog::setPeriodName(const QString &name)
{
    const int kind = name.contains(QStringLiteral("-Q")) ? Quarter : name.contains(QLatin1Char('-')) ? Month : Rolling;
    m_kind->setCurrentIndex(m_kind->findData(kind));
    int index = m_period->findData(name);
    if (index < 0) {
        m_period->addItem(name, name);
        index = m_period->count() - 1;
    }
    m_period->setCurrentIndex(index);
}

// QDateTimeEdit (Qt 6.4) knows only local time and UTC: it shows the workspace zone's wall clock
// as if it were UTC, and rollingEnd() reads it back in the workspace zone.
void ReportExportDialog::setRollingEnd(qint64 unixSeconds)
{
    const QDateTime wall = QDateTime::fromSecsSinceEpoch(unixSeconds, zoneOf(m_workspace.config().timezone));
    m_rollingEnd->setTimeSpec(Qt::UTC);
    m_rollingEnd->setDateTime(QDateTime(wall.date(), wall.time(), Qt::UTC));
}

qint64 ReportExportDialog::rollingEnd() const
{
    const QDateTime shown = m_rollingEnd->dateTime();
    return QDateTime(shown.date(), shown.time(), zoneOf(m_workspace.config().timezone)).toSecsSinceEpoch();
}

void ReportExportDialog::setFormat(const QString &format)
{
    m_format->setCurrentIndex(std::max(0, m_format->findData(format)));
}

void ReportExportDialog::setFilePath(const QString &path)
{
    m_file->setText(path);
}

void ReportExportDialog::start()
{
    if (m_running)
        return;
    const QString path = m_file->text().trimmed();
    const QString timezone = m_workspace.config().timezone;
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const QString name = m_period->currentData().toString();
    std::optional<reports::ReportPeriod> period;
    if (m_kind->currentData().toInt() == Rolling) {
        const auto window = std::chrono::seconds(qint64(name.chopped(1).toLongLong()) * 86400);
        period = reports::rollingReportPeriod(window, rollingEnd(), timezone);
    } else {
        period = reports::calendarReportPeriod(name, timezone, now);
    }
    const DatasourceConfig *ds = m_workspace.config().prometheus();
    if (!period || !ds || ds->type != DatasourceConfig::Type::Prometheus) {
        showOutcome(!period ? tr("\"%1\" is not a period.").arg(name)
                            : tr("The workspace has no Prometheus datasource."));
        return;
    }
    m_client = std::make_unique<prom::PrometheusClient>(*ds);
    m_engine = std::make_unique<SloEngine>(*m_client);
    m_running = true;
    m_status->setText(tr("Fetching the SLO data of %n SLO(s) and writing %1…", nullptr, int(m_workspace.slos().size()))
                          .arg(QDir::toNativeSeparators(path)));
    updateWidgets();
    const QString format = formatId();
    m_watcher.setFuture(
        fut::then(reports::buildBudgetReport(*m_engine, reports::budgetReportInput(m_workspace), *period, now),
                  [format, path](const reports::BudgetReport &report) {
                      QStringList errors;
                      for (const reports::ReportService &service : report.services)
                          for (const reports::ReportSlo &s : service.slos)
                              if (s.error)
                                  errors << s.report.id + QStringLiteral(": ") + s.error->toString();
                      const QString written = writeReport(report, format, path);
                      if (!written.isEmpty())
                          return written;
                      return errors.isEmpty()
                          ? QString()
                          : tr("Written, but Prometheus could not answer for:\n%1").arg(errors.join(QLatin1Char('\n')));
                  }));
}

void ReportExportDialog::reject()
{
    if (m_running) {
        m_closeWhenDone = true;
        hide();
        return;
    }
    QDialog::reject();
}

void ReportExportDialog::closeEvent(QCloseEvent *event)
{
    if (m_running) {
        event->ignore(); // not now: WA_DeleteOnClose would delete the dialog under the export
        reject();
        return;
    }
    QDialog::closeEvent(event);
}

void ReportExportDialog::showOutcome(const QString &error)
{
    m_running = false;
    const QString path = m_file->text().trimmed();
    if (error.isEmpty())
        m_status->setText(
            tr("Written to <a href=\"%1\">%2</a>.")
                .arg(QUrl::fromLocalFile(path).toString(), QDir::toNativeSeparators(path).toHtmlEscaped()));
    else
        m_status->setText(error.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    m_status->setOpenExternalLinks(true);
    updateWidgets();
    emit finished(path, error);
    if (m_closeWhenDone)
        QDialog::reject();
}

} // namespace sre
