#include "recovery.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

namespace sre {

namespace {
bool writeAtomically(const QString &path, const QByteArray &bytes, QString *error)
{
    // Unbuffered: Qt 6.4's QSaveFile commits (renames) even when the write of its buffer
    // failed, e.g. on a full disk, replacing the file with a truncated one (tst_diskfaults).
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered) || file.write(bytes) != bytes.size()
        || !file.commit()) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

QString canonical(const QString &file)
{
    const QFileInfo info(file);
    const QString c = info.canonicalFilePath();
    return c.isEmpty() ? QDir::cleanPath(info.absoluteFilePath()) : c;
}
} // namespace

QString RecoveryStore::defaultDir()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation))
        .filePath(QStringLiteral("recovery"));
}

RecoveryStore::RecoveryStore(QString dir)
    : m_dir(std::move(dir))
{ }

QString RecoveryStore::key(const QString &file) const
{
    // Readable enough to find by hand, unique by the full path.
    const QString path = canonical(file);
    const QByteArray hash = QCryptographicHash::hash(path.toUtf8(), QCryptographicHash::Sha1).toHex().left(12);
    return QFileInfo(path).completeBaseName() + QLatin1Char('-') + QString::fromLatin1(hash);
}

QString RecoveryStore::contentPath(const QString &file) const
{
    return QDir(m_dir).filePath(key(file) + QStringLiteral(".md"));
}

bool RecoveryStore::save(const RecoveryEntry &entry, QString *error) const
{
    if (!QDir().mkpath(m_dir)) {
        if (error)
            *error = QStringLiteral("%1: cannot create the folder").arg(m_dir);
        return false;
    }
    const QString base = QDir(m_dir).filePath(key(entry.file));
    QJsonObject json;
    json[QStringLiteral("file")] = canonical(entry.file);
    json[QStringLiteral("saved")] = entry.savedAt.toUTC().toString(Qt::ISODateWithMs);
    json[QStringLiteral("pid")] = entry.pid;
    json[QStringLiteral("content")] = QFileInfo(base).fileName() + QStringLiteral(".md");
    json[QStringLiteral("base")] = QString::fromLatin1(entry.baseContent.toBase64());
    return writeAtomically(base + QStringLiteral(".md"), entry.content, error)
        && writeAtomically(base + QStringLiteral(".json"), QJsonDocument(json).toJson(), error);
}

std::optional<RecoveryEntry> RecoveryStore::loadJson(const QString &jsonPath) const
{
    QFile meta(jsonPath);
    if (!meta.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonObject json = QJsonDocument::fromJson(meta.readAll()).object();
    QFile content(QDir(m_dir).filePath(json.value(QStringLiteral("content")).toString()));
    if (json.isEmpty() || !content.open(QIODevice::ReadOnly))
        return std::nullopt;
    RecoveryEntry e;
    e.file = json.value(QStringLiteral("file")).toString();
    e.savedAt = QDateTime::fromString(json.value(QStringLiteral("saved")).toString(), Qt::ISODateWithMs);
    e.pid = json.value(QStringLiteral("pid")).toInteger();
    e.baseContent = QByteArray::fromBase64(json.value(QStringLiteral("base")).toString().toLatin1());
    e.content = content.readAll();
    return e;
}

std::optional<RecoveryEntry> RecoveryStore::load(const QString &file) const
{
    return loadJson(QDir(m_dir).filePath(key(file) + QStringLiteral(".json")));
}

bool RecoveryStore::remove(const QString &file) const
{
    const QString base = QDir(m_dir).filePath(key(file));
    const bool a = QFile::remove(base + QStringLiteral(".json"));
    const bool b = QFile::remove(base + QStringLiteral(".md"));
    return a || b;
}

QList<RecoveryEntry> RecoveryStore::entries(const QString &underDir) const
{
    QList<RecoveryEntry> out;
    const QString root = underDir.isEmpty() ? QString() : canonical(underDir) + QLatin1Char('/');
    const QStringList files = QDir(m_dir).entryList({ QStringLiteral("*.json") }, QDir::Files);
    for (const QString &name : files) {
        std::optional<RecoveryEntry> e = loadJson(QDir(m_dir).filePath(name));
        if (e && (root.isEmpty() || e->file.startsWith(root)))
            out << *e;
    }
    std::sort(out.begin(), out.end(),
              [](const RecoveryEntry &a, const RecoveryEntry &b) { return a.savedAt < b.savedAt; });
    return out;
}

} // namespace sre
