#include "incidentchecklist.h"

#include "document.h"
#include "postmortem.h"

#include <QCoreApplication>
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
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(sre::IncidentChecklist)
};
} // namespace

IncidentChecklist::IncidentChecklist(const QString &workspaceDir, const QString &incidentId, const QString &folder)
    : m_workspace(QDir::cleanPath(QDir(workspaceDir).absolutePath()))
    , m_incident(incidentId.trimmed())
{
    const QString base = folder.isEmpty() ? defaultFolder() : folder;
    const QByteArray hash = QCryptographicHash::hash(m_workspace.toUtf8(), QCryptographicHash::Sha1).toHex().left(12);
    const QString wsFolder = safeName(QFileInfo(m_workspace).fileName()) + u'-' + QString::fromLatin1(hash);
    m_file = QDir(base).filePath(wsFolder + u'/' + safeName(m_incident) + QStringLiteral(".json"));
}

QString IncidentChecklist::defaultFolder()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("checklists"));
}

QString IncidentChecklist::safeName(const QString &incidentId)
{
    QString name = incidentId;
    for (QChar &c : name)
        if (!c.isLetterOrNumber() && c != u'-' && c != u'_' && c != u'.')
            c = u'_';
    if (name.isEmpty() || name.startsWith(u'.'))
        name.prepend(u'_');
    return name;
}

QString IncidentChecklist::relative(const QString &runbook) const
{
    const QString rel = QDir(m_workspace).relativeFilePath(runbook);
    return rel.startsWith(QStringLiteral("../")) ? QDir::cleanPath(runbook) : rel;
}

QString IncidentChecklist::load()
{
    m_done.clear();
    QFile f(m_file);
    if (!f.exists())
        return {};
    if (!f.open(QIODevice::ReadOnly))
        return Tr::tr("%1: %2").arg(m_file, f.errorString());
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &error);
    if (doc.isNull())
        return Tr::tr("%1: not a checklist file: %2").arg(m_file, error.errorString());
    const QJsonObject runbooks = doc.object().value(QStringLiteral("runbooks")).toObject();
    for (auto rb = runbooks.begin(); rb != runbooks.end(); ++rb) {
        const QJsonObject steps = rb.value().toObject();
        for (auto s = steps.begin(); s != steps.end(); ++s) {
            const QDateTime when = QDateTime::fromString(s.value().toString(), Qt::ISODate);
            if (when.isValid())
                m_done[rb.key()].insert(s.key(), when.toUTC());
        }
    }
    return {};
}

QString IncidentChecklist::save() const
{
    QJsonObject runbooks;
    for (auto rb = m_done.begin(); rb != m_done.end(); ++rb) {
        QJsonObject steps;
        for (auto s = rb->begin(); s != rb->end(); ++s)
            steps.insert(s.key(), s.value().toUTC().toString(Qt::ISODate));
        if (!steps.isEmpty())
            runbooks.insert(rb.key(), steps);
    }
    const QJsonObject root { { QStringLiteral("incident"), m_incident },
                             { QStringLiteral("workspace"), m_workspace },
                             { QStringLiteral("runbooks"), runbooks } };
    QDir().mkpath(QFileInfo(m_file).absolutePath());
    // Unbuffered: Qt 6.4's QSaveFile commits (renames) even when the write of its buffer
    // failed, e.g. on a full disk, replacing the file with a truncated one (tst_diskfaults).
    QSaveFile f(m_file);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return Tr::tr("%1: %2").arg(m_file, f.errorString());
    f.write(QJsonDocument(root).toJson(QJsonDocument::Indented));
    if (!f.commit())
        return Tr::tr("%1: %2").arg(m_file, f.errorString());
    return {};
}

QDateTime IncidentChecklist::doneAt(const QString &runbook, const QString &key) const
{
    return m_done.value(relative(runbook)).value(key);
}

void IncidentChecklist::setDone(const QString &runbook, const QString &key, const QDateTime &when)
{
    const QString rb = relative(runbook);
    if (when.isValid())
        m_done[rb].insert(key, when.toUTC());
    else if (m_done.contains(rb))
        m_done[rb].remove(key);
}

int IncidentChecklist::doneCount(const QString &runbook) const
{
    return int(m_done.value(relative(runbook)).size());
}

QString addTimelineRow(const QString &file, const QDateTime &when, const QString &event)
{
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly))
        return Tr::tr("%1: %2").arg(file, in.errorString());
    const QByteArray bytes = in.readAll();
    in.close();
    const pm::ParseResult meta = pm::parsePostmortem(bytes, file);
    // The timeline is found under its English or Japanese heading (TableHeadings::defaults()).
    pm::PostmortemDocument doc = pm::PostmortemDocument::parse(bytes);
    pm::MarkdownTable &table = doc.ensureTimeline();
    const QDateTime utc = when.toUTC();
    const QDateTime started = meta.postmortem.started.toUTC();
    const QString time = started.isValid() && started.date() == utc.date()
        ? utc.toString(QStringLiteral("HH:mm"))
        : utc.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    QStringList cells(std::max<qsizetype>(table.columnCount(), 2));
    const qsizetype timeColumn = table.columnIndex(pm::Column::Time);
    const qsizetype eventColumn = table.columnIndex(pm::Column::Event);
    cells[timeColumn >= 0 ? timeColumn : 0] = time;
    cells[eventColumn >= 0 ? eventColumn : 1] = QString(event).replace(u'|', QStringLiteral("\\|"));
    table.appendRow(cells);
    // Unbuffered: Qt 6.4's QSaveFile commits (renames) even when the write of its buffer
    // failed, e.g. on a full disk, replacing the file with a truncated one (tst_diskfaults).
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return Tr::tr("%1: %2").arg(file, out.errorString());
    out.write(doc.toBytes());
    if (!out.commit())
        return Tr::tr("%1: %2").arg(file, out.errorString());
    return {};
}

} // namespace sre
