#include "money/Rounding.h"

#include <limits>

namespace prepaydesk {

bool divideRounded(int128 numerator, qint64 denominator, Rounding rounding, qint64 *out)
{
    Q_ASSERT(denominator > 0);
    const int128 d = denominator;
    int128 q = numerator / d; // truncates toward zero
    const int128 r = numerator % d;
    if (r != 0) {
        const bool negative = numerator < 0;
        const int128 twice = (r < 0 ? -r : r) * 2;
        switch (rounding) {
        case Rounding::TowardZero:
            break;
        case Rounding::Floor:
            if (negative)
                --q;
            break;
        case Rounding::Ceiling:
            if (!negative)
                ++q;
            break;
        case Rounding::HalfUp:
            if (twice >= d)
                q += negative ? -1 : 1;
            break;
        case Rounding::HalfEven:
            if (twice > d || (twice == d && (q % 2 != 0)))
                q += negative ? -1 : 1;
            break;
        }
    }
    if (q > std::numeric_limits<qint64>::max() || q < std::numeric_limits<qint64>::min())
        return false;
    *out = static_cast<qint64>(q);
    return true;
}

} // namespace prepaydesk
