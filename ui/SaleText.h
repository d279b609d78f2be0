#pragma once

#include "money/Money.h"
#include "money/Quantity.h"
#include "records/Domain.h"
#include "tariff/Tariff.h"
#include "util/Result.h"
#include "vending/Vend.h"

#include <QCoreApplication>
#include <QFont>
#include <QString>

namespace prepaydesk {

// How money, units, quote lines and vends read on the selling screens. Presentation only: the
// figures come from the core services.
class SaleText
{
    Q_DECLARE_TR_FUNCTIONS(SaleText)
public:
    // "¥1,234.50" in the current locale.
    static QString money(Money amount);
    // A price in 1/10000 yuan a unit: "0.4883".
    static QString price(qint64 price);
    // "100.000 kWh".
    static QString units(Quantity quantity, Utility utility);
    // What the cashier typed, as money: "50", "50.5", "¥50.00", "1,000" (grouping and the yuan
    // sign are allowed on screen). The error (translated) says what is wrong.
    static Result<Money> parseMoney(const QString &text);
    static Result<Quantity> parseUnits(const QString &text);

    // The label and the detail of a quote line: "Block 2", "120.000 kWh × 0.5383".
    static QString lineLabel(const QuoteLine &line, int fixedMonths);
    static QString lineDetail(const QuoteLine &line, Utility utility);

    // The state of a vend as a cashier reads it ("Delivered", "Pending: not confirmed").
    static QString state(const Vend &vend);
    // "2026-03-01 09:50".
    static QString when(const QDateTime &at);

    // The language the console speaks now ("zh_CN" or "en"), from the default locale the
    // console sets with its translator.
    static QString currentLanguage();
    // A fixed-pitch font whose Chinese characters are exactly two columns wide, for receipts and
    // reports laid out in columns.
    static QFont fixedPitchFont(qreal pointSize);
    // The font of large amounts and credit codes.
    static QFont largeFont(const QFont &base, qreal pointSize, bool bold = true);
};

} // namespace prepaydesk
