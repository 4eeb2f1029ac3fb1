#pragma once

// What a long-running process accumulates, read from /proc/self: resident memory, open file
// descriptors, threads.
#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringList>
#include <cstddef>
#include <malloc.h>

#if defined(__SANITIZE_ADDRESS__)
#define SRE_TEST_ASAN 1
// AddressSanitizer's allocator: bytes in live heap blocks (quarantined freed blocks not counted).
extern "C" std::size_t __sanitizer_get_current_allocated_bytes();
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define SRE_TEST_ASAN 1
extern "C" std::size_t __sanitizer_get_current_allocated_bytes();
#endif
#endif

namespace sre::testing {

struct ProcStats
{
    qint64 rssKb = 0; // VmRSS of /proc/self/status
    int fds = 0; // entries of /proc/self/fd, sockets not counted
    int sockets = 0; // of those, sockets: the HTTP clients' kept-alive connections
    int threads = 0; // entries of /proc/self/task
    qint64 trimmedRssKb = 0; // VmRSS after malloc_trim(0): without the free memory glibc keeps
    // Under AddressSanitizer the resident size says little: freed blocks stay in its quarantine
    // (up to 256 MB) and malloc_trim does not apply. There this is its count of live heap bytes.
    qint64 liveHeapKb = -1;
    QStringList fdTargets; // what each descriptor points at, for a message naming a leak

    static qint64 rss()
    {
        QFile status(QStringLiteral("/proc/self/status"));
        if (status.open(QIODevice::ReadOnly))
            for (const QByteArray &line : status.readAll().split('\n'))
                if (line.startsWith("VmRSS:"))
                    return line.mid(6).trimmed().split(' ').value(0).toLongLong();
        return 0;
    }

    // With `trim`, also the resident size once glibc has given its free pages back (it keeps them
    // per arena after a burst of large allocations on several threads).
    static ProcStats now(bool trim = false)
    {
        ProcStats s;
        s.rssKb = rss();
        if (trim) {
            malloc_trim(0);
            s.trimmedRssKb = rss();
        }
#ifdef SRE_TEST_ASAN
        s.liveHeapKb = qint64(__sanitizer_get_current_allocated_bytes() / 1024);
#endif
        const auto entries = QDir::Filter::AllEntries | QDir::Filter::NoDotAndDotDot | QDir::Filter::System;
        // QDir holds no descriptor once entryList() returns; the one it used is not counted.
        const QDir fdDir(QStringLiteral("/proc/self/fd"));
        const QStringList fds = fdDir.entryList(entries);
        for (const QString &fd : fds) {
            const QString target = QFileInfo(fdDir.filePath(fd)).symLinkTarget();
            if (target.contains(QLatin1String("socket:[")))
                ++s.sockets;
            else
                s.fdTargets << target;
        }
        s.fds = int(s.fdTargets.size()) - 1;
        s.threads = int(QDir(QStringLiteral("/proc/self/task")).entryList(entries).size());
        return s;
    }

    // Targets open now that were not open in `before` (as many times).
    QStringList newFds(const ProcStats &before) const
    {
        QStringList added = fdTargets;
        for (const QString &t : before.fdTargets)
            added.removeOne(t);
        return added;
    }
};

} // namespace sre::testing
