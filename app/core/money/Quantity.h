#pragma once

#include "money/Rounding.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QMetaType>
#include <QString>

#include <compare>
#include <optional>

namespace prepaydesk {

class Money;

// An amount of energy or volume in integer milli-units: Wh for kWh, litres for m³.
class Quantity
{
    Q_DECLARE_TR_FUNCTIONS(Quantity)
public:
    // 10^15 milli-units: a trillion kWh or m³, far beyond any meter, far below overflow.
    static constexpr qint64 MaxAbsMilli = 1'000'000'000'000'000LL;

    constexpr Quantity() = default;
    static constexpr Quantity fromMilli(qint64 milli) { return Quantity(milli); }
    static constexpr Quantity fromWhole(qint64 units) { return Quantity(units * 1000); }

    // "12", "12.5", "12.345", "-0.001": at most three decimals.
    static Result<Quantity> parse(const QString &text);

    constexpr qint64 milli() const { return m_milli; }
    constexpr bool isZero() const { return m_milli == 0; }

    // Whole units rounded as asked (meters that count in whole kWh, STS amounts, ...).
    std::optional<qint64> wholeUnits(Rounding rounding) const;
    // "12.345": always three decimals.
    QString toString() const;
    // With fewer decimals, rounded as asked: toString(1, HalfUp) of 12.345 is "12.3".
    QString toString(int decimals, Rounding rounding) const;

    constexpr Quantity operator+(Quantity o) const { return Quantity(m_milli + o.m_milli); }
    constexpr Quantity operator-(Quantity o) const { return Quantity(m_milli - o.m_milli); }
    Quantity &operator+=(Quantity o)
    {
        m_milli += o.m_milli;
        return *this;
    }
    Quantity &operator-=(Quantity o)
    {
        m_milli -= o.m_milli;
        return *this;
    }

    // Money for this quantity at a price given in minor units per `perUnits` whole units
    // (e.g. 5283 fen per 100 kWh for 0.5283 yuan/kWh), rounded as asked.
    std::optional<Money> priced(qint64 priceMinor, qint64 perUnits, Rounding rounding) const;
    // How much quantity `money` buys at that price, rounded as asked (Floor when selling).
    static std::optional<Quantity> forMoney(const Money &money, qint64 priceMinor, qint64 perUnits, Rounding rounding);

    constexpr auto operator<=>(const Quantity &) const = default;

private:
    constexpr explicit Quantity(qint64 milli)
        : m_milli(milli)
    {}
    qint64 m_milli = 0;
};

} // namespace prepaydesk

Q_DECLARE_METATYPE(prepaydesk::Quantity)
