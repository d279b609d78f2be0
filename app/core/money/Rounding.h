#pragma once

#include <QtGlobal>

namespace prepaydesk {

// 128-bit intermediates for products of two 64-bit amounts (a GCC/Clang extension).
__extension__ typedef __int128 int128;

// Every division of money or quantity names how it rounds (DESIGN.md: rounding is explicit).
enum class Rounding
{
    HalfEven,   // banker's rounding: tax
    HalfUp,     // half away from zero: prices shown to customers
    Floor,      // toward minus infinity: units sold never exceed what was paid for
    Ceiling,    // toward plus infinity: charges that must be covered in full
    TowardZero, // truncation
};

// numerator / denominator rounded as asked. denominator must be positive. Uses 128-bit
// intermediates so that products of two 64-bit amounts can be divided without overflow.
// Returns false (and leaves *out alone) when the result does not fit in 64 bits.
bool divideRounded(int128 numerator, qint64 denominator, Rounding rounding, qint64 *out);

} // namespace prepaydesk
