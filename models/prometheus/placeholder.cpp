namespace sre::prom {}
