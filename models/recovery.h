#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace sre {

// Unsaved editor text kept outside the workspace (the user's data folder), so a crash, a kill
// or a power cut loses at most the last few seconds of typing. One entry per edited file: the
// text as <key>.md (readable by hand in an emergency) and what it belongs to as <key>.json.
struct RecoveryEntry
{
    QString file; // absolute path of the edited file
    QByteArray content; // the editor's whole file, as it would be saved
    QByteArray baseContent; // the file's bytes on disk when the editing started
    QDateTime savedAt; // UTC
    qint64 pid = 0; // the process that wrote it
};

class RecoveryStore final
{
public:
    // <AppLocalDataLocation>/recovery.
    static QString defaultDir();
    explicit RecoveryStore(QString dir = defaultDir());

    QString dir() const { return m_dir; }
    // Where the text of `file` is kept (the .md; the .json sits beside it).
    QString contentPath(const QString &file) const;

    // Atomic writes (QSaveFile): the text first, then the entry that points at it.
    bool save(const RecoveryEntry &entry, QString *error = nullptr) const;
    std::optional<RecoveryEntry> load(const QString &file) const;
    bool remove(const QString &file) const;
    // Every entry, optionally only those of files under `underDir`, oldest first.
    QList<RecoveryEntry> entries(const QString &underDir = {}) const;

private:
    QString key(const QString &file) const;
    std::optional<RecoveryEntry> loadJson(const QString &jsonPath) const;

    QString m_dir;
};

} // namespace sre
