#include "futurechain.h"

namespace sre::fut {

QRecursiveMutex &gate()
{
    static QRecursiveMutex mutex;
    return mutex;
}

} // namespace sre::fut
