#pragma once

#include <string>

namespace sre::prom {

// RFC 8259 number grammar over [p, end); sets isFloat when there is a fraction or an exponent.
bool isValidJsonNumber(const char *p, const char *end, bool &isFloat);

// Decodes the escapes of a JSON string body (without its quotes) into UTF-8. Every backslash in
// [from, to) must be followed by at least one character. False on an invalid escape or an unpaired
// surrogate.
bool unescapeJsonString(const char *from, const char *to, std::string &out);

} // namespace sre::prom
