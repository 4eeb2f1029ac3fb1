namespace sre {}
