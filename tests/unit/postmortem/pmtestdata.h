#pragma once

// The postmortem files the postmortem unit tests read: demo postmortems, built-in templates, and
// the user's own seed example.
#include <QByteArray>
#include <QFile>
#include <QString>

namespace sre::pm::testdata {

inline const QString kDemo = QStringLiteral(SRE_SOURCE_DIR "/resources/demo/postmortems/");
inline const QString kTemplates = QStringLiteral(SRE_SOURCE_DIR "/resources/templates/");
inline const QString kSeed = QStringLiteral(SRE_SOURCE_DIR "/tests/data/seed/postmortem-INC-2025-001.ja.md");

inline QByteArray readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return f.readAll();
}

} // namespace sre::pm::testdata
