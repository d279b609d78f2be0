#include "money/Quantity.h"

#include "money/FixedPoint.h"
#include "money/Money.h"

namespace prepaydesk {

Result<Quantity> Quantity::parse(const QString &text)
{
    qint64 milli = 0;
    switch (fixedpoint::parse(text, 3, MaxAbsMilli, &milli)) {
    case fixedpoint::ParseError::None:
        return Quantity(milli);
    case fixedpoint::ParseError::Empty:
        return Error::invalid(tr("Enter a quantity."));
    case fixedpoint::ParseError::NotANumber:
        return Error::invalid(tr("\"%1\" is not a quantity; write it like 12 or 12.345.").arg(text.left(40)));
    case fixedpoint::ParseError::TooManyDecimals:
        return Error::invalid(tr("A quantity has at most three decimal places."));
    case fixedpoint::ParseError::OutOfRange:
        return Error::invalid(tr("The quantity is too large."));
    }
    Q_UNREACHABLE();
}

std::optional<qint64> Quantity::wholeUnits(Rounding rounding) const
{
    qint64 r = 0;
    if (!divideRounded(m_milli, 1000, rounding, &r))
        return std::nullopt;
    return r;
}

QString Quantity::toString() const
{
    return fixedpoint::format(m_milli, 3);
}

QString Quantity::toString(int decimals, Rounding rounding) const
{
    Q_ASSERT(decimals >= 0 && decimals <= 3);
    qint64 divisor = 1;
    for (int k = decimals; k < 3; ++k)
        divisor *= 10;
    qint64 r = 0;
    divideRounded(m_milli, divisor, rounding, &r); // cannot overflow: divisor >= 1
    return fixedpoint::format(r, decimals);
}

std::optional<Money> Quantity::priced(qint64 priceMinor, qint64 perUnits, Rounding rounding) const
{
    if (perUnits <= 0)
        return std::nullopt;
    qint64 r = 0;
    // milli-units * minor / (perUnits * 1000)
    if (!divideRounded(static_cast<int128>(m_milli) * priceMinor, perUnits * 1000, rounding, &r))
        return std::nullopt;
    return Money::fromMinor(r);
}

std::optional<Quantity> Quantity::forMoney(const Money &money, qint64 priceMinor, qint64 perUnits, Rounding rounding)
{
    if (priceMinor <= 0 || perUnits <= 0)
        return std::nullopt;
    qint64 r = 0;
    // minor * perUnits * 1000 / priceMinor milli-units
    if (!divideRounded(static_cast<int128>(money.minor()) * perUnits * 1000, priceMinor, rounding, &r))
        return std::nullopt;
    return Quantity(r);
}

} // namespace prepaydesk
