#pragma once

#include <string>

namespace sre::prom {

// RFC 8259 number grammar over [p, end); sets isFloat when there is a fraction or an exponent.
bool isValidJsonNumber(const char *p, const char *end, bool &isFloat);

// For a decimal number ("-1.5e-400", "0.000…1", "1e400") that std::from_chars reported out of
// double's range: true when it is too small (it rounds to zero), false when it is too large (it
// is infinite). Decided by the decimal exponent of the first significant digit, so it does not
// depend on how the number is written (strtod would, but strtod follows the process locale).
bool outOfRangeIsTiny(const char *p, const char *end);

// Decodes the escapes of a JSON string body (without its quotes) into UTF-8. Every backslash in
// [from, to) must be followed by at least one character. False on an invalid escape or an unpaired
// surrogate.
bool unescapeJsonString(const char *from, const char *to, std::string &out);

} // namespace sre::prom
