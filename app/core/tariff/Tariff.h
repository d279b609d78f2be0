#pragma once

#include "money/Money.h"
#include "money/Quantity.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QTime>

#include <optional>

namespace prepaydesk {

// One version of a tariff: the rules in force from `effectiveFrom` until the next version.
// Prices are in 1/10000 yuan per kWh or m³ (0.4883 yuan/kWh is 4883) and include tax; the
// tax rate only splits revenue from tax payable. See docs/tariffs.md for every rule.
struct TariffVersion
{
    Q_DECLARE_TR_FUNCTIONS(TariffVersion)
public:
    // Unit meters get kWh or m³ computed here; money meters get money and price consumption themselves.
    enum class MeterKind
    {
        Unit,
        Money
    };
    // Tiers by units purchased in the cycle, or by units consumed in it (from readings).
    enum class Basis
    {
        Purchase,
        Consumption
    };
    enum class Cycle
    {
        Monthly,
        Annual
    };

    // [from, to) in cycle-cumulative units; the last block is open (no `to`).
    struct Block
    {
        Quantity from;
        std::optional<Quantity> to;
        qint64 price = 0; // 1/10000 yuan per unit
        bool operator==(const Block &) const = default;
    };

    // A time-of-use price period, for money meters that apply the table themselves.
    struct TimeOfUse
    {
        QTime from; // inclusive
        QTime to;   // exclusive; 00:00 means midnight at the end of the day
        QString name;
        qint64 price = 0; // 1/10000 yuan per unit
        bool operator==(const TimeOfUse &) const = default;
    };

    // Limits that validate() enforces. A quote has one line per block plus up to four others
    // (Quote::MaxLines), so a version has at most MaxBlocks blocks.
    static constexpr int MaxBlocks = 16;
    static constexpr qint64 MaxPrice = 100'000'000; // 10000 yuan per unit

    QDate effectiveFrom;
    MeterKind meterKind = MeterKind::Unit;
    Basis basis = Basis::Purchase;
    Cycle cycle = Cycle::Monthly;
    int cycleStartMonth = 1; // annual cycles: the month the cycle starts (1-12)
    int cycleStartDay = 1;   // the day of the month the cycle starts (1-28)
    QList<Block> blocks;     // a flat price is one open block from 0
    QList<TimeOfUse> timeOfUse;
    Quantity freeUnitsPerCycle;             // free basic units granted with the first vends of a cycle
    Money fixedChargePerMonth;              // collected with the first vend of each calendar month
    int taxBasisPoints = 0;                 // e.g. 1300 for 13 % VAT, included in the prices
    int debtRecoveryBasisPoints = 0;        // share of each payment that goes to outstanding debt
    Money debtRecoveryMin;                  // per vend, while debt remains
    Money debtRecoveryMax;                  // per vend; zero means no maximum
    Money minVend;                          // smallest payment accepted (zero: any positive amount)
    Money maxVend;                          // largest payment accepted (zero: no limit)
    std::optional<Quantity> maxCreditUnits; // unit meters: most credit the meter can hold
    std::optional<Money> maxCreditMoney;    // money meters: most credit the meter can hold

    // Every rule a version must satisfy (blocks from 0, contiguous, ascending, prices positive,
    // days 1-28, ...), each as an Error naming what is wrong.
    QList<Error> validate() const;

    // The first day of the cycle that contains `day`.
    QDate cycleStart(const QDate &day) const;

    // "0.4883": a price in 1/10000 yuan, always four decimals.
    static QString priceText(qint64 price);
    // "13", "13.5", "6.25": basis points as a percentage without trailing zeros.
    static QString percentText(int basisPoints);

    QJsonObject toJson() const;
    // Parses and validates; the first problem is the Error.
    static Result<TariffVersion> fromJson(const QJsonObject &json);

    // Every field equal (fromJson(toJson()) gives back an equal version).
    bool operator==(const TariffVersion &) const = default;
};

// What the engine needs to know about the account at the time of the vend.
struct QuoteInput
{
    Money amount;                    // what the customer pays (when quoting by amount)
    std::optional<Quantity> units;   // what the customer asks for (when quoting by units)
    Quantity cycleUnitsBefore;       // purchased (or consumed, per Basis) in this cycle before this vend
    Quantity freeUnitsGrantedBefore; // free units already granted in this cycle
    int fixedChargeMonthsDue = 0;    // calendar months whose fixed charge has not been collected
    Money debtOutstanding;           // debt to recover
    Quantity meterCreditUnits;       // unit meters: credit believed to be in the meter now
    Money meterCreditMoney;          // money meters: credit believed to be in the meter now
};

// One line of a quote's breakdown.
struct QuoteLine
{
    enum class Kind
    {
        FixedCharge,
        DebtRecovery,
        FreeUnits,
        Block,
        MoneyCredit
    };
    Kind kind = Kind::Block;
    int block = -1;   // Block: index into TariffVersion::blocks
    Quantity units;   // FreeUnits, Block
    qint64 price = 0; // Block: 1/10000 yuan per unit
    Money amount;     // what this line costs (zero for free units)
};

struct Quote
{
    Money paid;          // what the customer pays
    Money fixedCharges;  // fixed monthly charges collected
    Money debtRecovered; // recovered from the payment
    Money energy;        // paid - fixed - debt: bought credit (unit meters) or loaded (money meters)
    Money tax;           // the tax contained in energy + fixed charges
    Quantity units;      // unit meters: units credited, free units included
    Quantity freeUnits;  // of which free
    Money moneyCredit;   // money meters: credit loaded (= energy)
    Quantity cycleUnitsAfter;
    // At most: fixed, debt, free, one line per block, money credit. Fixed capacity: quoting
    // allocates nothing, so that a million quotes a second fit on one core.
    static constexpr int MaxLines = 20;
    QuoteLine lines[MaxLines];
    int lineCount = 0;
};

// The tariff engine: pure computation, no database.
class TariffEngine
{
    Q_DECLARE_TR_FUNCTIONS(TariffEngine)
public:
    // By amount (input.units empty) or by units (the smallest payment that buys at least them).
    // Errors (Code::Invalid, translated): amount not positive, below minVend, above maxVend,
    // not enough to cover fixed charges and debt recovery, beyond the meter's maximum credit
    // (the message says the most that can be sold).
    static Result<Quote> quote(const TariffVersion &version, const QuoteInput &input);
};

} // namespace prepaydesk
