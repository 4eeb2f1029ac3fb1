#include "rng.h"

#include <algorithm>
#include <cmath>

namespace sre::demo {

namespace {

constexpr double kExactPoissonBelow = 30.0;
constexpr std::uint64_t kExactBinomialUpTo = 40;

std::uint64_t roundedNonNegative(double x)
{
    return x <= 0.0 ? 0 : static_cast<std::uint64_t>(std::floor(x + 0.5));
}

} // namespace

double Rng::normal()
{
    double sum = 0.0;
    for (int i = 0; i < 12; ++i)
        sum += uniform();
    return sum - 6.0;
}

std::uint64_t Rng::poisson(double mean)
{
    if (!(mean > 0.0))
        return 0;
    if (mean >= kExactPoissonBelow)
        return roundedNonNegative(mean + std::sqrt(mean) * normal());
    const double limit = std::exp(-mean);
    std::uint64_t k = 0;
    double product = uniform();
    while (product > limit) {
        ++k;
        product *= uniform();
    }
    return k;
}

std::uint64_t Rng::binomial(std::uint64_t n, double p)
{
    if (n == 0 || !(p > 0.0))
        return 0;
    if (p >= 1.0)
        return n;
    if (p > 0.5)
        return n - binomial(n, 1.0 - p);
    if (n <= kExactBinomialUpTo) {
        std::uint64_t k = 0;
        for (std::uint64_t i = 0; i < n; ++i)
            k += uniform() < p ? 1 : 0;
        return k;
    }
    const double mean = static_cast<double>(n) * p;
    if (mean < kExactPoissonBelow)
        return std::min(n, poisson(mean));
    const double sd = std::sqrt(mean * (1.0 - p));
    return std::min(n, roundedNonNegative(mean + sd * normal()));
}

} // namespace sre::demo
