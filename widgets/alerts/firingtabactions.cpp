// The Firing now tab's actions on the selection: silence, ack, runbook, copy and export, saved
// filters, and the keys that trigger them.
#include "ackkeepalive.h"
#include "alertmanagerpoller.h"
#include "firingtab.h"
#include "futurewatch.h"
#include "settings.h"
#include "silencedialog.h"
#include "workspace.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QTreeView>
#include <QUrl>
#include <utility>

namespace sre {

using alerting::Alert;

std::vector<Alert> FiringTab::selectedAlerts() const
{
    QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty() && m_view->currentIndex().isValid())
        rows << m_view->currentIndex().siblingAtColumn(0);
    std::vector<Alert> out;
    QSet<QString> seen;
    for (const QModelIndex &index : std::as_const(rows))
        for (Alert &a : m_model->alertsAt(index))
            if (!seen.contains(a.fingerprint)) {
                seen.insert(a.fingerprint);
                out.push_back(std::move(a));
            }
    return out;
}

SilenceDialog *FiringTab::silenceSelected()
{
    const std::vector<Alert> alerts = selectedAlerts();
    if (alerts.empty()) {
        showMessage(tr("Select the alerts or groups to silence first."));
        return nullptr;
    }
    auto *dialog = new SilenceDialog(m_poller, m_settings, zone(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAlerts(alerts);
    connect(dialog, &SilenceDialog::silenceWritten, this, [this](const QString &id) {
        showMessage(tr("Silence %1 created.").arg(id));
        m_poller.refreshNow();
    });
    dialog->open();
    return dialog;
}

void FiringTab::ackSelected()
{
    std::vector<Alert> alerts = selectedAlerts();
    // An alert already silenced needs no ack; acking it again would stack silences.
    std::erase_if(alerts, [](const Alert &a) { return a.isSilenced(); });
    if (alerts.empty()) {
        showMessage(tr("Nothing to ack: select alerts that are not silenced."));
        return;
    }
    showMessage(tr("Acking %n alert(s)…", nullptr, int(alerts.size())));
    auto pending = std::make_shared<int>(int(alerts.size()));
    auto errors = std::make_shared<QStringList>();
    QPointer<FiringTab> self(this);
    for (const Alert &a : alerts) {
        onFinished(this, m_keepAlive->ack(a, kAckDuration, m_settings.ackKeepAlive()),
                   [self, pending, errors, count = int(alerts.size()),
                    name = a.name()](const alerting::SilenceWriteResult &r) {
                       if (!r.ok())
                           *errors << tr("%1: %2").arg(name, r.error);
                       if (--*pending > 0 || !self)
                           return;
                       self->showMessage(
                           errors->isEmpty()
                               ? tr("Acked %n alert(s) for %1 minutes.", nullptr, count).arg(kAckDuration.count())
                               : tr("Ack failed: %1").arg(errors->join(QLatin1Char('\n'))));
                       self->m_poller.refreshNow();
                   });
    }
}

QCheckBox *FiringTab::makeKeepAliveBox()
{
    m_keepAliveBox = new QCheckBox(tr("Keep alive while firing"), this);
    m_keepAliveBox->setObjectName(QStringLiteral("ackKeepAlive"));
    m_keepAliveBox->setToolTip(
        tr("New acks are extended shortly before they end, for as long as the alert fires. Only this console "
           "extends the acks it made; the others show them."));
    m_keepAliveBox->setChecked(m_settings.ackKeepAlive());
    connect(m_keepAliveBox, &QCheckBox::toggled, &m_settings, &Settings::setAckKeepAlive);
    connect(&m_settings, &Settings::ackKeepAliveChanged, m_keepAliveBox,
            [this] { m_keepAliveBox->setChecked(m_settings.ackKeepAlive()); });
    connect(m_keepAlive, &alerting::AckKeepAlive::extendFailed, this, [this](const QString &, const QString &error) {
        showMessage(tr("Could not extend an ack: %1").arg(error));
    });
    return m_keepAliveBox;
}

bool FiringTab::showAlert(const QString &fingerprint)
{
    m_pendingFingerprint.clear();
    if (selectAlert(fingerprint))
        return true;
    // The user asked for this very alert: a filter that hides it gives way.
    if (!m_filter->text().isEmpty()) {
        m_filter->clear();
        if (selectAlert(fingerprint))
            return true;
    }
    m_pendingFingerprint = fingerprint;
    return false;
}

bool FiringTab::selectAlert(const QString &fingerprint)
{
    const QModelIndex index = m_model->indexOfFingerprint(fingerprint);
    if (!index.isValid())
        return false;
    if (index.parent().isValid()) {
        m_collapsed.remove(index.parent().data(FiringAlertsModel::GroupKeyRole).toString());
        m_view->expand(index.parent());
    }
    // Through the selection model: the view's setCurrentIndex() would read held modifier keys.
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index, QAbstractItemView::PositionAtCenter);
    m_view->setFocus(Qt::OtherFocusReason);
    return true;
}

void FiringTab::selectPendingAlert()
{
    if (m_pendingFingerprint.isEmpty())
        return;
    // One poll's chance: an alert that resolved meanwhile must not grab the selection later.
    const QString fingerprint = std::exchange(m_pendingFingerprint, QString());
    if (!selectAlert(fingerprint))
        showMessage(tr("The alert of that notification is no longer firing."));
}

void FiringTab::openRunbookOfCurrent()
{
    const QModelIndex current = m_view->currentIndex();
    const QString target = current.data(FiringAlertsModel::RunbookFileRole).toString();
    if (!current.isValid())
        return;
    if (target.isEmpty()) {
        showMessage(
            tr("No runbook found for %1.").arg(current.siblingAtColumn(FiringAlertsModel::Summary).data().toString()));
        return;
    }
    const QUrl url(target);
    if (!url.isRelative() && url.scheme() != u"file" && !target.startsWith(u'/')) {
        QDesktopServices::openUrl(url);
        return;
    }
    const qsizetype hash = target.indexOf(u'#');
    emit openRunbook(hash < 0 ? target : target.left(hash), hash < 0 ? QString() : target.mid(hash + 1));
}

void FiringTab::copySelectionAsMarkdown()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    QApplication::clipboard()->setText(m_model->toMarkdown(rows));
    showMessage(rows.isEmpty() ? tr("Copied every alert shown as Markdown.")
                               : tr("Copied %n row(s) as Markdown.", nullptr, int(rows.size())));
}

bool FiringTab::exportCsv(const QString &file, QString *error) const
{
    QFile out(file);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate) || out.write(m_model->toCsv().toUtf8()) < 0
        || !out.flush()) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(file), out.errorString());
        return false;
    }
    return true;
}

void FiringTab::saveFilter(const QString &name)
{
    QMap<QString, QString> filters = m_settings.savedAlertFilters();
    filters.insert(name, m_filter->text());
    m_settings.setSavedAlertFilters(filters);
    m_saved->setCurrentIndex(m_saved->findText(name));
}

void FiringTab::deleteSavedFilter(const QString &name)
{
    QMap<QString, QString> filters = m_settings.savedAlertFilters();
    filters.remove(name);
    m_settings.setSavedAlertFilters(filters);
}

void FiringTab::updateSavedFilters()
{
    const QString current = m_saved->currentText();
    const QSignalBlocker block(m_saved);
    m_saved->clear();
    m_saved->addItem(tr("Saved filters"));
    const QMap<QString, QString> filters = m_settings.savedAlertFilters();
    for (auto it = filters.cbegin(); it != filters.cend(); ++it) {
        m_saved->addItem(it.key(), it.value());
        m_saved->setItemData(m_saved->count() - 1, it.value(), Qt::ToolTipRole);
    }
    m_saved->setCurrentIndex(std::max(0, m_saved->findText(current)));
}

void FiringTab::showMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

bool FiringTab::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_view || (event->type() != QEvent::KeyPress && event->type() != QEvent::ShortcutOverride))
        return QWidget::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    const bool plain = key->modifiers() == Qt::NoModifier || key->modifiers() == Qt::KeypadModifier;
    const bool handled = (plain
                          && (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter || key->key() == Qt::Key_S
                              || key->key() == Qt::Key_A || key->key() == Qt::Key_D))
        || key->matches(QKeySequence::Copy);
    if (!handled)
        return QWidget::eventFilter(watched, event);
    if (event->type() == QEvent::ShortcutOverride) {
        event->accept();
        return true;
    }
    if (key->matches(QKeySequence::Copy)) {
        copySelectionAsMarkdown();
        return true;
    }
    switch (key->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter: openRunbookOfCurrent(); break;
    case Qt::Key_S: silenceSelected(); break;
    case Qt::Key_A: ackSelected(); break;
    case Qt::Key_D: {
        const std::vector<Alert> alerts = selectedAlerts();
        if (!alerts.empty())
            emit declareIncidentRequested(QList<Alert>(alerts.begin(), alerts.end()));
        break;
    }
    default: break;
    }
    return true;
}

} // namespace sre
