#pragma once

// What every fuzz target shares: a property check that NDEBUG cannot remove, and a reader that
// cuts an input into the fields a target needs.

#include <QByteArray>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace sre::fuzz {

[[noreturn]] inline void propertyFailed(const char *what, const char *file, int line)
{
    std::fprintf(stderr, "%s:%d: fuzz property failed: %s\n", file, line, what);
    std::fflush(stderr);
    std::abort();
}

// The input as bytes. Fields are taken from the front; `rest()` is what is left.
class Input final
{
public:
    Input(const std::uint8_t *data, std::size_t size)
        : m_data(reinterpret_cast<const char *>(data))
        , m_size(size)
    { }

    bool atEnd() const { return m_pos >= m_size; }
    // One byte, 0 when the input is used up.
    std::uint8_t byte() { return atEnd() ? 0 : static_cast<std::uint8_t>(m_data[m_pos++]); }
    // Up to the next '\n' (not included), or to the end.
    QByteArray line()
    {
        std::size_t end = m_pos;
        while (end < m_size && m_data[end] != '\n')
            ++end;
        QByteArray out(m_data + m_pos, static_cast<qsizetype>(end - m_pos));
        m_pos = end < m_size ? end + 1 : end;
        return out;
    }
    QByteArray rest()
    {
        QByteArray out(m_data + m_pos, static_cast<qsizetype>(m_size - m_pos));
        m_pos = m_size;
        return out;
    }

private:
    const char *m_data;
    std::size_t m_size;
    std::size_t m_pos = 0;
};

} // namespace sre::fuzz

// Aborts with the failed condition and its place; active in every build type.
#define FUZZ_CHECK(condition)                                                                                          \
    ((condition) ? static_cast<void>(0) : ::sre::fuzz::propertyFailed(#condition, __FILE__, __LINE__))

// libFuzzer's entry point, implemented by every target.
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size);
