#include "SaleText.h"

#include "DisplayText.h"

#include "money/FixedPoint.h"

#include <QLocale>

namespace prepaydesk {

QString SaleText::money(Money amount)
{
    return amount.toDisplayString(QLocale());
}

QString SaleText::price(qint64 price)
{
    return fixedpoint::format(price, 4);
}

QString SaleText::units(Quantity quantity, Utility utility)
{
    return quantity.toString() + u' ' + Domain::unit(utility);
}

namespace {

// What a cashier may type around a number on screen: spaces, the yuan sign (half or full
// width), thousands separators.
QString bareNumber(const QString &text)
{
    QString s = text.trimmed();
    s.remove(u' ');
    s.remove(u',');
    s.remove(u'，');
    if (s.startsWith(u'¥') || s.startsWith(u'￥'))
        s.remove(0, 1);
    // Full-width digits and point, as some Chinese input methods type them.
    for (QChar &c : s) {
        if (c.unicode() >= 0xff10 && c.unicode() <= 0xff19)
            c = QChar(u'0' + (c.unicode() - 0xff10));
        else if (c == u'．' || c == u'。')
            c = u'.';
    }
    return s;
}

} // namespace

Result<Money> SaleText::parseMoney(const QString &text)
{
    return Money::parse(bareNumber(text));
}

Result<Quantity> SaleText::parseUnits(const QString &text)
{
    return Quantity::parse(bareNumber(text));
}

QString SaleText::lineLabel(const QuoteLine &line, int fixedMonths)
{
    switch (line.kind) {
    case QuoteLine::Kind::FixedCharge:
        return tr("Fixed charge, %n month(s)", nullptr, std::max(1, fixedMonths));
    case QuoteLine::Kind::DebtRecovery:
        return tr("Debt recovered");
    case QuoteLine::Kind::FreeUnits:
        return tr("Free units");
    case QuoteLine::Kind::Block:
        return tr("Block %1").arg(line.block + 1);
    case QuoteLine::Kind::MoneyCredit:
        return tr("Money credit");
    }
    return {};
}

QString SaleText::lineDetail(const QuoteLine &line, Utility utility)
{
    switch (line.kind) {
    case QuoteLine::Kind::FreeUnits:
        return units(line.units, utility);
    case QuoteLine::Kind::Block:
        return tr("%1 × %2").arg(units(line.units, utility), price(line.price));
    default:
        return {};
    }
}

QString SaleText::state(const Vend &vend)
{
    if (vend.state == VendState::Pending)
        return tr("Pending: delivery not confirmed");
    return VendText::name(vend.state);
}

QString SaleText::when(const QDateTime &at)
{
    return DisplayText::dateTime(at);
}

QString SaleText::currentLanguage()
{
    return QLocale().language() == QLocale::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
}

QFont SaleText::fixedPitchFont(qreal pointSize)
{
    QFont font;
    // WenQuanYi Micro Hei Mono draws Latin at exactly half the width of its Chinese characters,
    // so that columns line up in both languages; DejaVu Sans Mono where it is missing.
    font.setFamilies({QStringLiteral("WenQuanYi Micro Hei Mono"), QStringLiteral("Noto Sans Mono CJK SC"),
                      QStringLiteral("DejaVu Sans Mono")});
    font.setStyleHint(QFont::TypeWriter);
    font.setFixedPitch(true);
    font.setPointSizeF(pointSize);
    return font;
}

QFont SaleText::largeFont(const QFont &base, qreal pointSize, bool bold)
{
    QFont font = base;
    font.setPointSizeF(pointSize);
    font.setBold(bold);
    return font;
}

} // namespace prepaydesk
