#pragma once

#include "alert.h"

#include <QDialog>
#include <QTimeZone>
#include <chrono>
#include <optional>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QTimer;
class QPushButton;

namespace sre {
namespace alerting {
class AlertmanagerPoller;
}
class Settings;

// The silence form: matchers (one per line, prefilled from the selected alerts: their common
// labels, a regex union where values differ), start now or later, a duration, the author and a
// required comment, with a live preview of the alerts it matches now. OK posts the silence
// through the poller (never blocking) and closes once Alertmanager took it; Alertmanager's
// refusal is shown as it is.
class SilenceDialog final : public QDialog
{
    Q_OBJECT
public:
    SilenceDialog(alerting::AlertmanagerPoller &poller, Settings &settings, const QTimeZone &zone,
                  QWidget *parent = nullptr);

    // New silence for these alerts.
    void setAlerts(const std::vector<alerting::Alert> &alerts);
    // Edit an existing silence (keeps its id; Alertmanager may answer with a new one).
    void setSilence(const alerting::Silence &silence);

    void setMatchers(const std::vector<alerting::Matcher> &matchers);
    // nullopt (and *error set) while a line does not parse.
    std::optional<std::vector<alerting::Matcher>> matchers(QString *error = nullptr) const;
    void setDuration(std::chrono::minutes duration);
    std::optional<std::chrono::minutes> duration() const;
    void setStartsAt(const QDateTime &utc); // invalid: now
    QDateTime startsAt() const; // invalid: now
    void setAuthor(const QString &author);
    void setComment(const QString &comment);

    // Fingerprints of the alerts the matchers select in the poller's current snapshot.
    QStringList previewFingerprints() const;
    QPushButton *okButton() const;
    QString errorText() const;
    QString writtenId() const { return m_writtenId; }

public slots:
    void accept() override;

signals:
    // Alertmanager took the silence; `id` is the one it gave (for an edit maybe a new one).
    void silenceWritten(const QString &id, const QString &previousId);

private:
    void validate();
    // The preview at once from the last poll, then as Alertmanager answers GET /alerts with the
    // matchers as its filter (asked 300 ms after the last keystroke).
    void updatePreview();
    void askAlertmanager();
    void showPreview(const std::vector<alerting::Alert> &alerts, const QString &title);
    void updateEnds();

    alerting::AlertmanagerPoller &m_poller;
    QTimeZone m_zone;
    alerting::Silence m_base; // id and source of an edited silence
    QPlainTextEdit *m_matchers;
    QLabel *m_matcherError;
    QCheckBox *m_later;
    QDateTimeEdit *m_start;
    QComboBox *m_duration;
    QLabel *m_ends;
    QLineEdit *m_author;
    QPlainTextEdit *m_comment;
    QLabel *m_previewTitle;
    QListWidget *m_preview;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    QString m_writtenId;
    bool m_posting = false;
    QTimer *m_ask = nullptr;
    quint64 m_asked = 0; // the latest question's number: older answers are dropped
};

} // namespace sre
