#pragma once

#include "money/Rounding.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QMetaType>
#include <QString>

#include <compare>
#include <optional>

namespace prepaydesk {

class Quantity;

// An amount of money in integer minor units (1 = 0.01 yuan, one cent). No double ever holds
// money; conversions from text are exact and every division names its rounding.
class Money
{
    Q_DECLARE_TR_FUNCTIONS(Money)
public:
    // Largest amount the console accepts from text: 10^13 minor units (one hundred billion
    // yuan). Staying far below the 64-bit range means sums of many amounts cannot overflow.
    static constexpr qint64 MaxAbsMinor = 10'000'000'000'000LL;

    constexpr Money() = default;
    static constexpr Money fromMinor(qint64 minor) { return Money(minor); }
    static constexpr Money zero() { return Money(0); }

    // "100", "100.5", "100.50", "-3.20", "+7". At most two decimals; no exponent, no grouping.
    static Result<Money> parse(const QString &text);

    constexpr qint64 minor() const { return m_minor; }
    constexpr bool isZero() const { return m_minor == 0; }
    constexpr bool isNegative() const { return m_minor < 0; }

    // "1234.50", "-0.05": always two decimals, '.' as separator, for files and scripts.
    QString toString() const;
    // "¥1,234.50" in the given locale's grouping, for screens and receipts.
    QString toDisplayString(const QLocale &locale) const;

    std::optional<Money> checkedAdd(Money other) const;
    std::optional<Money> checkedSub(Money other) const;

    constexpr Money operator+(Money o) const { return Money(m_minor + o.m_minor); }
    constexpr Money operator-(Money o) const { return Money(m_minor - o.m_minor); }
    constexpr Money operator-() const { return Money(-m_minor); }
    Money &operator+=(Money o)
    {
        m_minor += o.m_minor;
        return *this;
    }
    Money &operator-=(Money o)
    {
        m_minor -= o.m_minor;
        return *this;
    }

    // This amount times numerator/denominator, rounded as asked (for rates and shares).
    std::optional<Money> scaled(qint64 numerator, qint64 denominator, Rounding rounding) const;
    // A share in basis points (1/100 of a percent): 1300 bp of 100.00 = 13.00.
    std::optional<Money> basisPoints(qint64 bp, Rounding rounding) const { return scaled(bp, 10'000, rounding); }

    constexpr auto operator<=>(const Money &) const = default;

private:
    constexpr explicit Money(qint64 minor)
        : m_minor(minor)
    {}
    qint64 m_minor = 0;
};

} // namespace prepaydesk

Q_DECLARE_METATYPE(prepaydesk::Money)
