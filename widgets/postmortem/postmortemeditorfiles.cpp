// PostmortemEditor: files. Loading, atomic saves, the recovery file and changes on disk.
#include "diffdialog.h"
#include "headerform.h"
#include "markdownedit.h"
#include "postmortemeditor.h"
#include "recovery.h"
#include "tableeditor.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QTextDocument>
#include <cerrno>
#include <cstring>
#include <optional>
#include <unistd.h>

namespace sre {

namespace {
std::optional<QByteArray> readFile(const QString &path, QString *error = nullptr)
{
    // A postmortem is a small file: reading it here does not hold the GUI up.
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = f.errorString();
        return std::nullopt;
    }
    return f.readAll();
}

// Why `file` cannot be saved (QSaveFile writes a temporary file beside it, then renames);
// empty when it can. access() rather than mode bits: root writes anything but a read-only mount.
QString whyReadOnly(const QString &file)
{
    for (const QString &path : { QFileInfo(file).absolutePath(), file }) {
        if (::access(QFile::encodeName(path).constData(), W_OK) != 0)
            return errno == EROFS ? PostmortemEditor::tr("the workspace is on a read-only file system")
                                  : QString::fromLocal8Bit(strerror(errno));
    }
    return {};
}

QString shortTime(const QDateTime &utc)
{
    return QLocale().toString(utc.toLocalTime(), QLocale::ShortFormat);
}
} // namespace

bool PostmortemEditor::open(const QString &file, QString *error)
{
    const std::optional<QByteArray> bytes = readFile(file, error);
    if (!bytes)
        return false;
    m_file = QFileInfo(file).absoluteFilePath();
    m_diskBytes = *bytes;
    m_ignoredDisk.clear();
    m_recovered.clear();
    hideBanner();
    load(*bytes);
    setReadOnly(whyReadOnly(m_file));
    if (const std::optional<RecoveryEntry> entry = m_recovery ? m_recovery->load(m_file) : std::nullopt) {
        if (entry->content == *bytes) {
            m_recovery->remove(m_file); // nothing was lost
        } else {
            m_recovered = entry->content;
            const bool diskMoved = entry->baseContent != *bytes;
            showBanner(diskMoved ? tr("Unsaved text from %1 was kept when the app last closed without saving. "
                                      "The file has changed on disk since then.")
                                       .arg(shortTime(entry->savedAt))
                                 : tr("Unsaved text from %1 was kept when the app last closed without saving.")
                                       .arg(shortTime(entry->savedAt)),
                       { { tr("Restore"), [this] { restoreRecovery(); } },
                         { tr("Compare…"),
                           [this] {
                               DiffDialog(tr("Recovered text and the file on disk"), m_diskBytes, m_recovered,
                                          tr("on disk"), tr("recovered"), this)
                                   .exec();
                           } },
                         { tr("Discard"), [this] {
                              m_recovery->remove(m_file);
                              m_recovered.clear();
                              hideBanner();
                          } } });
        }
    }
    return true;
}

void PostmortemEditor::load(const QByteArray &bytes)
{
    m_loading = true;
    m_buffer = pm::EditBuffer::fromBytes(bytes);
    m_text->setPlainText(m_buffer.bodyText()); // also clears the undo history
    m_buffer.setLoadedBodyText(bodyText());
    m_form->load(m_buffer.frontMatter());
    m_loading = false;
    m_findings.clear();
    m_text->setFindings({});
    m_checked = false;
    reparse();
    runCheck();
    updateState();
}

void PostmortemEditor::restoreRecovery()
{
    if (m_recovered.isEmpty())
        return;
    // Through the editor, so the restore itself can be undone.
    const pm::EditBuffer recovered = pm::EditBuffer::fromBytes(m_recovered);
    m_buffer.frontMatter() = recovered.frontMatter();
    m_form->load(m_buffer.frontMatter());
    patchBody(recovered.bodyText());
    m_buffer.setBodyText(bodyText());
    m_recovered.clear();
    hideBanner();
    changed();
}

void PostmortemEditor::setReadOnly(const QString &why)
{
    m_readOnly = !why.isEmpty();
    m_text->setReadOnly(m_readOnly);
    auto *figures = findChild<QPushButton *>(QStringLiteral("writeFigures"));
    for (QWidget *w : std::initializer_list<QWidget *> { m_form, m_timeline, m_actions, figures })
        if (w)
            w->setEnabled(!m_readOnly);
    m_readOnlyBanner->setText(tr("Read-only: %1 cannot be changed here (%2). You can read, export and print it.")
                                  .arg(QFileInfo(m_file).fileName(), why));
    m_readOnlyBanner->setVisible(m_readOnly);
    updateState();
}

bool PostmortemEditor::save(QString *error)
{
    if (m_file.isEmpty())
        return false;
    if (m_readOnly) {
        if (error)
            *error = m_readOnlyBanner->text();
        return false;
    }
    const QByteArray bytes = m_buffer.toBytes();
    // Unbuffered: Qt 6.4's QSaveFile commits (renames) even when the write of its buffer
    // failed, e.g. on a full disk, replacing the file with a truncated one (tst_diskfaults).
    QSaveFile file(m_file);
    QString message;
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered) || file.write(bytes) != bytes.size() || !file.commit())
        message = tr("Cannot save %1: %2").arg(m_file, file.errorString());
    if (!message.isEmpty()) {
        if (error)
            *error = message;
        else
            QMessageBox::warning(this, tr("Save postmortem"),
                                 message + QLatin1Char('\n')
                                     + tr("Your text is safe in the recovery file; try again or save elsewhere."));
        autosaveNow();
        return false;
    }
    m_diskBytes = bytes;
    m_ignoredDisk.clear();
    m_autosave.stop();
    if (m_recovery)
        m_recovery->remove(m_file);
    m_text->document()->setModified(false);
    hideBanner();
    updateState();
    emit saved(m_file);
    return true;
}

bool PostmortemEditor::maybeClose()
{
    if (!isModified())
        return true;
    const auto answer = QMessageBox::question(
        this, tr("Unsaved changes"), tr("%1 has unsaved changes. Save them?").arg(QFileInfo(m_file).fileName()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Cancel)
        return false;
    if (answer == QMessageBox::Save)
        return save();
    if (m_recovery)
        m_recovery->remove(m_file);
    load(m_diskBytes);
    return true;
}

void PostmortemEditor::autosaveNow()
{
    m_autosave.stop();
    if (m_file.isEmpty() || !m_recovery)
        return;
    if (!isModified()) {
        m_recovery->remove(m_file); // undone back to the saved text
        updateState();
        return;
    }
    QString error;
    const RecoveryEntry entry { m_file, m_buffer.toBytes(), m_diskBytes, QDateTime::currentDateTimeUtc(),
                                QApplication::applicationPid() };
    if (!m_recovery->save(entry, &error))
        m_state->setText(tr("Recovery copy failed: %1").arg(error));
    else
        updateState();
}

void PostmortemEditor::checkDisk()
{
    if (m_file.isEmpty())
        return;
    const std::optional<QByteArray> disk = readFile(m_file);
    if (!disk) {
        showBanner(tr("%1 was deleted or moved on disk. Save to write it again.").arg(QFileInfo(m_file).fileName()),
                   {});
        return;
    }
    if (*disk == m_diskBytes || *disk == m_ignoredDisk)
        return;
    if (!isModified()) {
        // Nothing of ours to lose: follow the file, and say so.
        m_diskBytes = *disk;
        load(*disk);
        showBanner(tr("The file changed on disk (another editor or a git pull) and was reloaded."),
                   { { tr("OK"), [this] { hideBanner(); } } });
        return;
    }
    const QByteArray changedDisk = *disk;
    showBanner(tr("The file changed on disk (another editor or a git pull) while you were editing it."),
               { { tr("Reload"),
                   [this, changedDisk] {
                       // Our text stays in the recovery file until the next edit or save.
                       autosaveNow();
                       m_diskBytes = changedDisk;
                       load(changedDisk);
                       hideBanner();
                   } },
                 { tr("Keep mine"),
                   [this, changedDisk] {
                       m_ignoredDisk = changedDisk;
                       m_diskBytes = changedDisk; // saving now overwrites that version on purpose
                       hideBanner();
                       updateState();
                   } },
                 { tr("Compare…"), [this, changedDisk] { compare(changedDisk); } } });
}

void PostmortemEditor::compare(const QByteArray &disk)
{
    DiffDialog(tr("Changes on disk and your text"), disk, m_buffer.toBytes(), tr("on disk"), tr("yours"), this).exec();
}

void PostmortemEditor::showBanner(const QString &text, const QList<std::pair<QString, std::function<void()>>> &buttons)
{
    qDeleteAll(m_bannerButtons);
    m_bannerButtons.clear();
    m_bannerText->setText(text);
    auto *layout = static_cast<QHBoxLayout *>(m_banner->layout());
    for (const auto &[label, action] : buttons) {
        auto *b = new QPushButton(label, m_banner);
        connect(b, &QPushButton::clicked, this, action);
        layout->addWidget(b);
        b->show();
        m_bannerButtons << b;
    }
    m_banner->show();
}

void PostmortemEditor::hideBanner()
{
    m_banner->hide();
}

} // namespace sre
