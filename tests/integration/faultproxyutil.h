#pragma once

// The fault proxy (tests/faultproxy/faultproxy.py) from a GUI test: its URL, setting its fault
// (fault.json, written and renamed into place) and reading its request log, the test's own file
// work left out of the event-loop probe.
#include "lagprobe.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>
#include <QTimer>
#include <QtGlobal>
#include <algorithm>
#include <cstdio>
#include <functional>
#include <initializer_list>
#include <utility>

namespace sre::testing {

inline bool writeFile(const QString &path, const QByteArray &text)
{
    QFile f(path);
    return QDir().mkpath(QFileInfo(path).absolutePath()) && f.open(QIODevice::WriteOnly | QIODevice::Truncate)
        && f.write(text) == text.size();
}

// The probe of the running test function: the test's own file work below is left out of it.
inline LagProbe *g_probe = nullptr;

// A fault for the next requests through a proxy (faultproxy.py reads fault.json per request).
inline bool setFault(const QString &dir, const QJsonObject &fault)
{
    const auto testSide = LagProbe::Excluded(g_probe);
    const QString path = dir + QStringLiteral("/fault.json");
    return writeFile(path + QStringLiteral(".tmp"), QJsonDocument(fault).toJson(QJsonDocument::Compact))
        && ::rename(QFile::encodeName(path + QStringLiteral(".tmp")).constData(), QFile::encodeName(path).constData())
        == 0;
}

inline QString proxyUrl(const QString &dir)
{
    QFile f(dir + QStringLiteral("/url"));
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()).trimmed() : QString();
}

inline QStringList proxyLog(const QString &dir)
{
    const auto testSide = LagProbe::Excluded(g_probe);
    QFile f(dir + QStringLiteral("/requests.log"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

// Log lines after the first `from` ones whose second field is `what`.
inline int countInLog(const QString &dir, qsizetype from, const QString &what)
{
    const QStringList lines = proxyLog(dir).mid(from);
    return int(std::count_if(lines.cbegin(), lines.cend(),
                             [&](const QString &l) { return l.section(QLatin1Char('\t'), 1, 1) == what; }));
}

// A fault as faultproxy.py reads it: {"mode": MODE, and the given integer parameters}.
inline QJsonObject faultOf(const char *mode, std::initializer_list<std::pair<const char *, int>> params = {})
{
    QJsonObject o { { QStringLiteral("mode"), QLatin1String(mode) } };
    for (const auto &[key, value] : params)
        o.insert(QLatin1String(key), value);
    return o;
}

// Stops the probe of a test function and prints what it saw; the longest block, net of waits
// for a CPU, is what the test then holds against its bound.
inline double stopProbe(LagProbe &probe)
{
    probe.stop();
    qInfo("event loop: longest gap %.1f ms (%d ticks); %s", probe.maxGapMs(), probe.ticks(),
          qPrintable(probe.diagnosis()));
    return probe.maxBlockedMs();
}

// Waits for `condition` in a real event loop, looked at every 20 ms. Not QTRY_*: QTest::qWait()
// sleeps between its rounds of events, and the probe rightly counts that sleep as the GUI thread
// blocked (a 53 ms "block" once failed a test that way).
inline bool waitInEventLoop(const std::function<bool()> &condition, int timeoutMs)
{
    if (condition())
        return true;
    QEventLoop loop;
    QTimer poll;
    poll.setInterval(20);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (condition())
            loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    poll.start();
    loop.exec();
    return condition();
}

} // namespace sre::testing
