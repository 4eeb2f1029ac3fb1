#pragma once

#include <cstdint>

namespace sre::demo {

// The finaliser of splitmix64; also used to derive independent seeds from (seed, service, minute).
constexpr std::uint64_t mix64(std::uint64_t z)
{
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

// splitmix64 with hand-written sampling. The standard library's distributions are deliberately
// not used: their output is not specified and differs between library versions, and the history
// must be the same wherever the generator is built.
class Rng final
{
public:
    explicit Rng(std::uint64_t seed)
        : m_state(seed)
    { }

    std::uint64_t next()
    {
        m_state += 0x9E3779B97F4A7C15ULL;
        return mix64(m_state);
    }

    // Uniform in [0, 1), 53 random bits.
    double uniform() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }

    // Standard normal, approximated by the Irwin-Hall sum of 12 uniforms (plain arithmetic only,
    // so the result is bit-identical on every IEEE 754 platform; tails are cut at +-6 sigma).
    double normal();

    // Poisson(mean): exact (Knuth) for small means, rounded normal approximation above.
    std::uint64_t poisson(double mean);

    // Binomial(n, p): exact Bernoulli trials for small n, Poisson or normal approximation above,
    // always within [0, n].
    std::uint64_t binomial(std::uint64_t n, double p);

private:
    std::uint64_t m_state;
};

} // namespace sre::demo
