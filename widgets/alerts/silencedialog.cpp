#include "silencedialog.h"

#include "alertmanagerpoller.h"
#include "duration.h"
#include "firingalertsmodel.h"
#include "futurewatch.h"
#include "settings.h"
#include "silencebuilder.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace sre {

using alerting::Matcher;

SilenceDialog::SilenceDialog(alerting::AlertmanagerPoller &poller, Settings &settings, const QTimeZone &zone,
                             QWidget *parent)
    : QDialog(parent)
    , m_poller(poller)
    , m_zone(zone.isValid() ? zone : QTimeZone::utc())
    , m_matchers(new QPlainTextEdit(this))
    , m_matcherError(new QLabel(this))
    , m_later(new QCheckBox(tr("Start later:"), this))
    , m_start(new QDateTimeEdit(this))
    , m_duration(new QComboBox(this))
    , m_ends(new QLabel(this))
    , m_author(new QLineEdit(this))
    , m_comment(new QPlainTextEdit(this))
    , m_previewTitle(new QLabel(this))
    , m_preview(new QListWidget(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("silenceDialog"));
    setWindowTitle(tr("New Silence"));
    m_matchers->setObjectName(QStringLiteral("silenceMatchers"));
    m_matchers->setTabChangesFocus(true);
    m_matchers->setPlaceholderText(QStringLiteral("alertname=\"KubePodCrashLooping\"\nnamespace=~\"shop|payments\""));
    m_matchers->setFixedHeight(m_matchers->fontMetrics().lineSpacing() * 6 + 12);
    m_matchers->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_matchers->setToolTip(
        tr("One matcher per line: name=\"value\", name!=\"value\", name=~\"regex\", name!~\"regex\""));
    for (QLabel *label : { m_matcherError, m_error }) {
        label->setStyleSheet(QStringLiteral("color: #c62828;"));
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        label->hide();
    }
    m_error->setObjectName(QStringLiteral("silenceError"));

    m_start->setObjectName(QStringLiteral("silenceStart"));
    m_start->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_start->setCalendarPopup(true);
    m_start->setEnabled(false);
    // The edit holds the wall-clock time of the workspace zone; it is read back in that zone.
    m_start->setTimeSpec(Qt::UTC);
    setStartsAt({});

    m_duration->setObjectName(QStringLiteral("silenceDuration"));
    m_duration->setEditable(true);
    m_duration->setInsertPolicy(QComboBox::NoInsert);
    for (const char *preset : { "30m", "1h", "2h", "4h", "1d" })
        m_duration->addItem(QString::fromLatin1(preset));
    m_duration->setCurrentText(QStringLiteral("2h"));
    m_duration->setToolTip(tr("How long: 30m, 1h, 2h, 4h, 1d or any duration such as 1h30m"));

    m_author->setObjectName(QStringLiteral("silenceAuthor"));
    m_author->setText(settings.me());
    m_comment->setObjectName(QStringLiteral("silenceComment"));
    m_comment->setTabChangesFocus(true);
    m_comment->setPlaceholderText(tr("Why (required): the ticket, the change, what you are waiting for"));
    m_comment->setFixedHeight(m_comment->fontMetrics().lineSpacing() * 3 + 12);
    m_preview->setObjectName(QStringLiteral("silencePreview"));
    m_previewTitle->setObjectName(QStringLiteral("silencePreviewTitle"));
    m_preview->setMinimumHeight(m_preview->fontMetrics().lineSpacing() * 6);

    auto *startRow = new QHBoxLayout;
    startRow->addWidget(m_later);
    startRow->addWidget(m_start, 1);
    startRow->addWidget(
        new QLabel(m_zone.id() == "UTC" ? QStringLiteral("UTC") : QString::fromUtf8(m_zone.id()), this));
    auto *durationRow = new QHBoxLayout;
    durationRow->addWidget(m_duration);
    durationRow->addWidget(m_ends, 1);
    auto *form = new QFormLayout;
    form->addRow(tr("Matchers:"), m_matchers);
    form->addRow(QString(), m_matcherError);
    form->addRow(tr("Starts:"), startRow);
    form->addRow(tr("Duration:"), durationRow);
    form->addRow(tr("Author:"), m_author);
    form->addRow(tr("Comment:"), m_comment);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_previewTitle);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Create Silence"));
    resize(620, 560);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &SilenceDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SilenceDialog::reject);
    connect(m_matchers, &QPlainTextEdit::textChanged, this, &SilenceDialog::validate);
    connect(m_matchers, &QPlainTextEdit::textChanged, this, &SilenceDialog::updatePreview);
    connect(m_comment, &QPlainTextEdit::textChanged, this, &SilenceDialog::validate);
    connect(m_author, &QLineEdit::textChanged, this, &SilenceDialog::validate);
    connect(m_duration, &QComboBox::currentTextChanged, this, &SilenceDialog::updateEnds);
    connect(m_start, &QDateTimeEdit::dateTimeChanged, this, &SilenceDialog::updateEnds);
    connect(m_later, &QCheckBox::toggled, m_start, &QWidget::setEnabled);
    connect(m_later, &QCheckBox::toggled, this, &SilenceDialog::updateEnds);
    // The preview follows the live alerts while the form is open.
    connect(&poller, &alerting::AlertmanagerPoller::snapshotChanged, this, &SilenceDialog::updatePreview);
    m_ask = new QTimer(this);
    m_ask->setSingleShot(true);
    m_ask->setInterval(300);
    connect(m_ask, &QTimer::timeout, this, &SilenceDialog::askAlertmanager);
    updateEnds();
    updatePreview();
    validate();
}

void SilenceDialog::setAlerts(const std::vector<alerting::Alert> &alerts)
{
    setMatchers(alerting::unionMatchers(alerts));
}

void SilenceDialog::setSilence(const alerting::Silence &silence)
{
    m_base = silence;
    setWindowTitle(tr("Edit Silence %1").arg(silence.id));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Save Silence"));
    setMatchers(silence.matchers);
    setAuthor(silence.createdBy);
    setComment(silence.comment);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (silence.startsAt > now)
        setStartsAt(silence.startsAt);
    const QDateTime from = silence.startsAt > now ? silence.startsAt : now;
    setDuration(std::chrono::minutes(std::max<qint64>(1, (from.secsTo(silence.endsAt) + 59) / 60)));
}

void SilenceDialog::setMatchers(const std::vector<Matcher> &matchers)
{
    QStringList lines;
    for (const Matcher &m : matchers)
        lines << alerting::formatMatcher(m);
    m_matchers->setPlainText(lines.join(QLatin1Char('\n')));
}

std::optional<std::vector<Matcher>> SilenceDialog::matchers(QString *error) const
{
    std::vector<Matcher> out;
    const QStringList lines = m_matchers->toPlainText().split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QString line = lines[i].trimmed();
        if (line.endsWith(u','))
            line.chop(1);
        if (line.isEmpty())
            continue;
        QString why;
        const std::optional<Matcher> m = alerting::parseMatcher(line, &why);
        if (!m) {
            if (error)
                *error = tr("Line %1 (%2): %3").arg(i + 1).arg(line, why);
            return std::nullopt;
        }
        out.push_back(*m);
    }
    return out;
}

void SilenceDialog::setDuration(std::chrono::minutes duration)
{
    m_duration->setCurrentText(formatDuration(duration));
}

std::optional<std::chrono::minutes> SilenceDialog::duration() const
{
    const auto d = parseDuration(m_duration->currentText().trimmed());
    if (!d || *d < std::chrono::minutes(1))
        return std::nullopt;
    return std::chrono::duration_cast<std::chrono::minutes>(*d);
}

void SilenceDialog::setStartsAt(const QDateTime &utc)
{
    m_later->setChecked(utc.isValid());
    const QDateTime local = (utc.isValid() ? utc : QDateTime::currentDateTimeUtc()).toTimeZone(m_zone);
    m_start->setDateTime(QDateTime(local.date(), QTime(local.time().hour(), local.time().minute()), Qt::UTC));
}

QDateTime SilenceDialog::startsAt() const
{
    if (!m_later->isChecked())
        return {};
    const QDateTime shown = m_start->dateTime();
    return QDateTime(shown.date(), shown.time(), m_zone).toUTC();
}

void SilenceDialog::setAuthor(const QString &author)
{
    m_author->setText(author);
}

void SilenceDialog::setComment(const QString &comment)
{
    m_comment->setPlainText(comment);
}

QPushButton *SilenceDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

QString SilenceDialog::errorText() const
{
    return m_error->text();
}

void SilenceDialog::validate()
{
    QString error;
    const auto parsed = matchers(&error);
    if (parsed && parsed->empty())
        error = tr("A silence needs at least one matcher.");
    m_matcherError->setText(error);
    m_matcherError->setVisible(!error.isEmpty());
    const bool ok = error.isEmpty() && duration() && !m_comment->toPlainText().trimmed().isEmpty()
        && !m_author->text().trimmed().isEmpty() && !m_posting;
    okButton()->setEnabled(ok);
    if (m_comment->toPlainText().trimmed().isEmpty())
        okButton()->setToolTip(tr("Write a comment first: it tells the next person why this is silenced."));
    else
        okButton()->setToolTip({});
}

void SilenceDialog::updateEnds()
{
    const auto d = duration();
    if (!d) {
        m_ends->setText(tr("not a duration (use 30m, 2h, 1d, 1h30m)"));
        validate();
        return;
    }
    const QDateTime start = startsAt().isValid() ? startsAt() : QDateTime::currentDateTimeUtc();
    const QDateTime end = start.addSecs(std::chrono::duration_cast<std::chrono::seconds>(*d).count());
    m_ends->setText(tr("ends %1").arg(end.toTimeZone(m_zone).toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
    m_ends->setToolTip(end.toString(Qt::ISODate));
    validate();
}

QStringList SilenceDialog::previewFingerprints() const
{
    QStringList out;
    for (int i = 0; i < m_preview->count(); ++i)
        if (const QString fp = m_preview->item(i)->data(Qt::UserRole).toString(); !fp.isEmpty())
            out << fp;
    return out;
}

void SilenceDialog::updatePreview()
{
    ++m_asked; // an answer to an older question no longer applies
    const auto parsed = matchers();
    if (!parsed || parsed->empty()) {
        m_preview->clear();
        m_previewTitle->setText(tr("Matches now: —"));
        return;
    }
    alerting::Silence probe;
    probe.matchers = *parsed;
    std::vector<alerting::Alert> covered;
    for (const alerting::Alert &a : m_poller.snapshot().alerts)
        if (alerting::covers(probe, a.labels))
            covered.push_back(a);
    showPreview(covered,
                tr("Matches %n alert(s) at the last refresh; asking Alertmanager…", nullptr, int(covered.size())));
    m_ask->start();
}

void SilenceDialog::askAlertmanager()
{
    const auto parsed = matchers();
    if (!parsed || parsed->empty())
        return;
    const quint64 question = ++m_asked;
    QPointer<SilenceDialog> self(this);
    onFinished(this, m_poller.alertsMatching(*parsed, m_base.source),
               [self, question](const alerting::AmResult<std::vector<alerting::Alert>> &r) {
                   if (!self || question != self->m_asked)
                       return;
                   if (!r.ok()) {
                       self->m_previewTitle->setText(
                           tr("Matches %n alert(s) at the last refresh (Alertmanager did not answer: %1)", nullptr,
                              self->m_preview->count())
                               .arg(r.error));
                       return;
                   }
                   self->showPreview(r.value, tr("Matches %n alert(s) now:", nullptr, int(r.value.size())));
               });
}

void SilenceDialog::showPreview(const std::vector<alerting::Alert> &alerts, const QString &title)
{
    m_preview->clear();
    for (const alerting::Alert &a : alerts) {
        QStringList labels;
        for (auto it = a.labels.cbegin(); it != a.labels.cend(); ++it)
            if (it.key() != u"alertname")
                labels << it.key() + u'=' + it.value();
        auto *item = new QListWidgetItem(
            QStringLiteral("%1  %2  %3")
                .arg(FiringAlertsModel::severityText(a.severity()), a.name(), labels.join(QStringLiteral(", "))),
            m_preview);
        item->setData(Qt::UserRole, a.fingerprint);
        item->setToolTip(a.annotations.value(QStringLiteral("summary")));
    }
    m_previewTitle->setText(title);
    if (alerts.empty())
        new QListWidgetItem(tr("No alert firing now matches these matchers."), m_preview);
}

void SilenceDialog::accept()
{
    const auto parsed = matchers();
    const auto d = duration();
    if (!parsed || parsed->empty() || !d || m_comment->toPlainText().trimmed().isEmpty() || m_posting)
        return;
    alerting::Silence silence = m_base;
    silence.matchers = *parsed;
    silence.startsAt = startsAt();
    // An edited running silence keeps its start, so Alertmanager can update it in place.
    if (!silence.startsAt.isValid() && !m_base.id.isEmpty() && m_base.state == alerting::SilenceState::Active)
        silence.startsAt = m_base.startsAt;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime from = silence.startsAt.isValid() && silence.startsAt > now ? silence.startsAt : now;
    silence.endsAt = from.addSecs(std::chrono::duration_cast<std::chrono::seconds>(*d).count());
    silence.createdBy = m_author->text().trimmed();
    silence.comment = m_comment->toPlainText().trimmed();
    m_posting = true;
    m_error->clear();
    m_error->hide();
    okButton()->setText(tr("Saving…"));
    validate();
    QPointer<SilenceDialog> self(this);
    onFinished(this, m_poller.createSilence(silence), [self](const alerting::SilenceWriteResult &r) {
        if (!self)
            return;
        self->m_posting = false;
        self->okButton()->setText(self->m_base.id.isEmpty() ? tr("Create Silence") : tr("Save Silence"));
        if (!r.ok()) {
            // Alertmanager's own words, e.g. its 400 for an end in the past.
            self->m_error->setText(r.error);
            self->m_error->show();
            self->validate();
            return;
        }
        self->m_writtenId = r.id;
        emit self->silenceWritten(r.id, self->m_base.id);
        self->QDialog::accept();
    });
}

} // namespace sre
