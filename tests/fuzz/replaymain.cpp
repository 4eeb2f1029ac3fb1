// A plain main() for the fuzz targets (the normal build, without libFuzzer): runs every file named
// on the command line, or found below a folder named there, through LLVMFuzzerTestOneInput once.
// A crash or a failed property aborts the process after naming the input, so CTest fails.
#include "fuzzcheck.h"

#include <algorithm>
#include <csignal>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <unistd.h>
#include <vector>

namespace {

std::string g_current; // the input being run, for the signal handler

void reportAndDie(int signal)
{
    static const char prefix[] = "fuzz replay: crashed on input ";
    [[maybe_unused]] ssize_t n = write(STDERR_FILENO, prefix, sizeof prefix - 1);
    n = write(STDERR_FILENO, g_current.data(), g_current.size());
    n = write(STDERR_FILENO, "\n", 1);
    std::signal(signal, SIG_DFL);
    std::raise(signal);
}

std::vector<std::filesystem::path> inputs(const std::filesystem::path &arg)
{
    std::vector<std::filesystem::path> out;
    if (std::filesystem::is_directory(arg)) {
        for (const auto &entry : std::filesystem::recursive_directory_iterator(arg)) {
            if (entry.is_regular_file())
                out.push_back(entry.path());
        }
        std::sort(out.begin(), out.end());
    } else {
        out.push_back(arg);
    }
    return out;
}

} // namespace

int main(int argc, char **argv)
{
    for (int sig : { SIGABRT, SIGSEGV, SIGBUS, SIGFPE, SIGILL })
        std::signal(sig, reportAndDie);
    std::size_t runs = 0;
    for (int i = 1; i < argc; ++i) {
        if (!std::filesystem::exists(argv[i])) {
            std::fprintf(stderr, "fuzz replay: %s does not exist\n", argv[i]);
            return 2;
        }
        for (const std::filesystem::path &file : inputs(argv[i])) {
            std::ifstream in(file, std::ios::binary);
            const std::vector<char> bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
            g_current = file.string();
            LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t *>(bytes.data()), bytes.size());
            ++runs;
        }
    }
    std::printf("fuzz replay: %zu inputs, no crash, every property held\n", runs);
    return runs > 0 ? 0 : 1;
}
