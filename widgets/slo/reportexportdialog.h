#pragma once

#include <QDialog>
#include <QFutureWatcher>
#include <memory>

class QComboBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace sre {
namespace ws {
class Workspace;
}
namespace prom {
class PrometheusClient;
}
class SloEngine;

// File > Export Budget Report…: the error-budget review of a calendar month or quarter (in the
// workspace's time zone) or a rolling window, as PDF, HTML or Markdown. The SLO data is fetched
// and the document rendered and written off the GUI thread; the dialog shows progress and the
// outcome, and stays usable.
class ReportExportDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit ReportExportDialog(ws::Workspace &workspace, QWidget *parent = nullptr);
    ~ReportExportDialog() override;

    // For tests: choose and start without the file chooser.
    void setPeriodName(const QString &name); // "2026-10", "2026-Q4", or a rolling window "30d"
    void setRollingEnd(qint64 unixSeconds);
    void setFormat(const QString &format); // pdf | html | markdown
    void setFilePath(const QString &path);
    void start();

    // Closing while an export runs hides the dialog; it closes (and is deleted, with
    // WA_DeleteOnClose) when the export is done, so the GUI thread never waits for it.
    void reject() override;

protected:
    void closeEvent(QCloseEvent *event) override;

signals:
    // The export finished: `error` is empty on success.
    void finished(const QString &path, const QString &error);

private:
    void fillPeriods();
    void updateWidgets();
    void chooseFile();
    QString suggestedFileName() const;
    QString formatId() const;
    qint64 rollingEnd() const;
    void showOutcome(const QString &error);

    ws::Workspace &m_workspace;
    QFormLayout *m_form = nullptr;
    QComboBox *m_kind;
    QComboBox *m_period;
    QDateTimeEdit *m_rollingEnd;
    QComboBox *m_format;
    QLineEdit *m_file;
    QPushButton *m_browse;
    QProgressBar *m_progress;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
    QPushButton *m_export;
    std::unique_ptr<prom::PrometheusClient> m_client;
    std::unique_ptr<SloEngine> m_engine;
    QFutureWatcher<QString> m_watcher;
    bool m_running = false;
    bool m_closeWhenDone = false;
};

} // namespace sre
