#pragma once

// Checks every YAML loader target makes of the problems it got back: each names the file it was
// given and a line that exists in it (or 0, or the end of the input), and has a message.
#include "fuzzcheck.h"
#include "problem.h"

namespace sre::fuzz {

inline void checkProblems(const Problems &problems, const QString &file, const QByteArray &text)
{
    // YAML also breaks lines at a lone CR, NEL, LINE and PARAGRAPH SEPARATOR: count them all.
    const int lines = int(text.count('\n') + text.count('\r') + text.count("\xC2\x85") + text.count("\xE2\x80\xA8")
                          + text.count("\xE2\x80\xA9"))
        + 1;
    for (const Problem &p : problems) {
        FUZZ_CHECK(p.file == file);
        // libyaml puts an error at the end of the input on the line after the last one.
        FUZZ_CHECK(p.line >= 0 && p.line <= lines + 1);
        FUZZ_CHECK(!p.message.isEmpty());
    }
}

} // namespace sre::fuzz
