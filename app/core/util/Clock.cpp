#include "util/Clock.h"

namespace prepaydesk {

const Clock &SystemClock::instance()
{
    static const SystemClock clock;
    return clock;
}

} // namespace prepaydesk
