#pragma once

#include <QString>
#include <QtGlobal>

namespace prepaydesk::fixedpoint {

// Shared by Money (2 decimals) and Quantity (3 decimals): exact text <-> scaled integer.
enum class ParseError
{
    None,
    Empty,
    NotANumber,
    TooManyDecimals,
    OutOfRange
};

// Accepts an optional sign, digits, and an optional '.' with up to `decimals` digits after it.
ParseError parse(const QString &text, int decimals, qint64 maxAbs, qint64 *out);
// Always `decimals` digits after the point; no grouping.
QString format(qint64 value, int decimals);

} // namespace prepaydesk::fixedpoint
