#pragma once

// Checks every YAML loader target makes of the problems it got back: each names the file it was
// given and a line that exists in it (or 0), and has a message.
#include "fuzzcheck.h"
#include "problem.h"

namespace sre::fuzz {

inline void checkProblems(const Problems &problems, const QString &file, const QByteArray &text)
{
    const int lines = int(text.count('\n')) + 1;
    for (const Problem &p : problems) {
        FUZZ_CHECK(p.file == file);
        FUZZ_CHECK(p.line >= 0 && p.line <= lines);
        FUZZ_CHECK(!p.message.isEmpty());
    }
}

} // namespace sre::fuzz
