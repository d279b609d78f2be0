#include "money/Money.h"

#include "money/FixedPoint.h"

#include <QLocale>

namespace prepaydesk {

Result<Money> Money::parse(const QString &text)
{
    qint64 minor = 0;
    switch (fixedpoint::parse(text, 2, MaxAbsMinor, &minor)) {
    case fixedpoint::ParseError::None:
        return Money(minor);
    case fixedpoint::ParseError::Empty:
        return Error::invalid(tr("Enter an amount."));
    case fixedpoint::ParseError::NotANumber:
        return Error::invalid(tr("\"%1\" is not an amount of money; write it like 100 or 100.50.").arg(text.left(40)));
    case fixedpoint::ParseError::TooManyDecimals:
        return Error::invalid(tr("An amount of money has at most two decimal places (fen)."));
    case fixedpoint::ParseError::OutOfRange:
        return Error::invalid(tr("The amount is too large."));
    }
    Q_UNREACHABLE();
}

QString Money::toString() const
{
    return fixedpoint::format(m_minor, 2);
}

QString Money::toDisplayString(const QLocale &locale) const
{
    const bool negative = m_minor < 0;
    const quint64 magnitude = negative ? 0 - static_cast<quint64>(m_minor) : static_cast<quint64>(m_minor);
    const QString whole = locale.toString(static_cast<qulonglong>(magnitude / 100));
    const QString fraction = QStringLiteral("%1").arg(magnitude % 100, 2, 10, QLatin1Char('0'));
    return (negative ? QStringLiteral("-¥") : QStringLiteral("¥")) + whole + locale.decimalPoint() + fraction;
}

std::optional<Money> Money::checkedAdd(Money other) const
{
    qint64 r = 0;
    if (__builtin_add_overflow(m_minor, other.m_minor, &r))
        return std::nullopt;
    return Money(r);
}

std::optional<Money> Money::checkedSub(Money other) const
{
    qint64 r = 0;
    if (__builtin_sub_overflow(m_minor, other.m_minor, &r))
        return std::nullopt;
    return Money(r);
}

std::optional<Money> Money::scaled(qint64 numerator, qint64 denominator, Rounding rounding) const
{
    if (denominator == 0)
        return std::nullopt;
    if (denominator < 0) {
        numerator = -numerator;
        denominator = -denominator;
    }
    qint64 r = 0;
    if (!divideRounded(static_cast<int128>(m_minor) * numerator, denominator, rounding, &r))
        return std::nullopt;
    return Money(r);
}

} // namespace prepaydesk
