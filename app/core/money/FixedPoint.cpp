#include "money/FixedPoint.h"

#include "money/Rounding.h"

namespace prepaydesk::fixedpoint {

ParseError parse(const QString &text, int decimals, qint64 maxAbs, qint64 *out)
{
    const QString s = text.trimmed();
    if (s.isEmpty())
        return ParseError::Empty;
    qsizetype i = 0;
    bool negative = false;
    if (s[0] == u'-' || s[0] == u'+') {
        negative = s[0] == u'-';
        ++i;
    }
    // Accumulate in 128 bits so that long digit strings are rejected as out of range, not wrapped.
    int128 whole = 0;
    int wholeDigits = 0;
    for (; i < s.size() && s[i] >= u'0' && s[i] <= u'9'; ++i) {
        if (whole <= static_cast<int128>(maxAbs))
            whole = whole * 10 + (s[i].unicode() - u'0');
        ++wholeDigits;
    }
    int128 fraction = 0;
    int fractionDigits = 0;
    if (i < s.size() && s[i] == u'.') {
        ++i;
        for (; i < s.size() && s[i] >= u'0' && s[i] <= u'9'; ++i) {
            if (fractionDigits >= decimals) {
                // Trailing zeros beyond the precision lose nothing; anything else would.
                if (s[i] != u'0')
                    return ParseError::TooManyDecimals;
                continue;
            }
            fraction = fraction * 10 + (s[i].unicode() - u'0');
            ++fractionDigits;
        }
        if (wholeDigits == 0 && fractionDigits == 0)
            return ParseError::NotANumber;
    } else if (wholeDigits == 0) {
        return ParseError::NotANumber;
    }
    if (i != s.size())
        return ParseError::NotANumber;
    for (int k = fractionDigits; k < decimals; ++k)
        fraction *= 10;
    int128 scale = 1;
    for (int k = 0; k < decimals; ++k)
        scale *= 10;
    const int128 value = whole * scale + fraction;
    if (value > static_cast<int128>(maxAbs))
        return ParseError::OutOfRange;
    *out = static_cast<qint64>(negative ? -value : value);
    return ParseError::None;
}

QString format(qint64 value, int decimals)
{
    qint64 scale = 1;
    for (int k = 0; k < decimals; ++k)
        scale *= 10;
    // Work on the magnitude as unsigned so that the most negative value formats too.
    const bool negative = value < 0;
    const quint64 magnitude = negative ? 0 - static_cast<quint64>(value) : static_cast<quint64>(value);
    const quint64 whole = magnitude / static_cast<quint64>(scale);
    const quint64 fraction = magnitude % static_cast<quint64>(scale);
    QString result = negative ? QStringLiteral("-") : QString();
    result += QString::number(whole);
    if (decimals > 0)
        result += u'.' + QStringLiteral("%1").arg(fraction, decimals, 10, QLatin1Char('0'));
    return result;
}

} // namespace prepaydesk::fixedpoint
