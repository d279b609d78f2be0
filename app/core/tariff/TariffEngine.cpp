// TariffEngine::quote: the rules of docs/tariffs.md, in integers. The success path allocates
// nothing (the Quote has a fixed array of lines and no strings); only errors build messages.
#include "tariff/Tariff.h"

#include "money/FixedPoint.h"

#include <algorithm>

namespace prepaydesk {

namespace {

using Kind = QuoteLine::Kind;

// One fen is 100000 units of 1e-7 yuan, and one milli-unit at a price P (1/10000 yuan per unit)
// costs exactly P units of 1e-7 yuan, so the block walk is exact in 64-bit integers: a budget of
// at most Money::MaxAbsMinor fen is 1e18, below 2^63.
constexpr qint64 SubunitsPerFen = 100'000;

qint64 divide(int128 numerator, qint64 denominator, Rounding rounding)
{
    qint64 out = 0;
    divideRounded(numerator, denominator, rounding, &out); // callers keep the results within range
    return out;
}

// Fixed charges, debt recovery and energy for one payment (rules 3-5), without checks.
struct Split
{
    qint64 fixed = 0;
    qint64 debt = 0;
    qint64 energy = 0;
};

Split split(const TariffVersion &v, const QuoteInput &in, qint64 fixed, qint64 amount)
{
    Split s;
    s.fixed = fixed;
    const qint64 owed = in.debtOutstanding.minor();
    if (owed > 0) {
        qint64 d = divide(static_cast<int128>(amount) * v.debtRecoveryBasisPoints, 10'000, Rounding::HalfUp);
        d = std::max(d, v.debtRecoveryMin.minor());
        if (v.debtRecoveryMax.minor() > 0)
            d = std::min(d, v.debtRecoveryMax.minor());
        d = std::min(d, owed);
        d = std::min(d, amount - fixed);
        s.debt = std::max<qint64>(d, 0); // negative only when amount < fixed: refused anyway
    }
    s.energy = amount - fixed - s.debt;
    return s;
}

// The block that contains cycle position `p`: blocks are contiguous from 0 and the last is open.
qsizetype blockAt(const TariffVersion &v, qint64 p)
{
    const TariffVersion::Block *b = v.blocks.constData();
    const qsizetype n = v.blocks.size();
    qsizetype i = 0;
    while (i + 1 < n && b[i].to && p >= b[i].to->milli())
        ++i;
    return i;
}

struct Walk
{
    qint64 bought = 0;   // milli-units paid for (free units not included)
    qint64 position = 0; // cycle position after the walk
};

// Rule 6: spend `energy` fen on the blocks from `position`. With `lines`, appends one line per
// block that gets units: a full block's line is its exact cost rounded down to the fen, and the
// last line takes what is left of the energy. Rounding down keeps that last line at or above the
// exact cost of its own units, so it is never zero or negative.
Walk walk(const TariffVersion &v, qint64 position, qint64 energy, QuoteLine *lines, int *lineCount)
{
    const TariffVersion::Block *b = v.blocks.constData();
    const qsizetype n = v.blocks.size();
    qint64 budget = energy * SubunitsPerFen;
    Walk w;
    int first = lineCount ? *lineCount : 0;
    int count = first;
    qint64 allocated = 0; // fen on the lines before the current last one
    for (qsizetype i = blockAt(v, position); i < n; ++i) {
        const qint64 price = b[i].price;
        const qint64 affordable = budget / price;
        const bool full = b[i].to && b[i].to->milli() - position <= affordable;
        const qint64 take = full ? b[i].to->milli() - position : affordable;
        if (take > 0) {
            if (lines) {
                if (count > first)
                    allocated += lines[count - 1].amount.minor();
                QuoteLine &line = lines[count++];
                line.kind = Kind::Block;
                line.block = static_cast<int>(i);
                line.units = Quantity::fromMilli(take);
                line.price = price;
                line.amount = Money::fromMinor(divide(take * price, SubunitsPerFen, Rounding::Floor));
            }
            budget -= take * price;
            position += take;
            w.bought += take;
        }
        if (!full)
            break;
    }
    if (lines && count > first)
        lines[count - 1].amount = Money::fromMinor(energy - allocated);
    if (lineCount)
        *lineCount = count;
    w.position = position;
    return w;
}

// Everything a quote for one amount needs, before any limit is checked.
class Pricing
{
public:
    Pricing(const TariffVersion &v, const QuoteInput &in, qint64 fixed)
        : m_v(v)
        , m_in(in)
        , m_fixed(fixed)
        , m_unit(v.meterKind == TariffVersion::MeterKind::Unit)
    {
        if (m_unit) {
            m_free = std::max<qint64>(0, v.freeUnitsPerCycle.milli() - in.freeUnitsGrantedBefore.milli());
            m_start = in.cycleUnitsBefore.milli() + m_free;
            // The energy that buys the first milli-unit at the starting position.
            const qint64 price = v.blocks.constData()[blockAt(v, m_start)].price;
            m_minEnergy = (price + SubunitsPerFen - 1) / SubunitsPerFen;
        }
    }

    bool unit() const { return m_unit; }
    qint64 fixed() const { return m_fixed; }
    qint64 freeUnits() const { return m_free; }
    qint64 start() const { return m_start; }
    // The least energy that buys something: 1 fen for money meters, one milli-unit for unit meters.
    qint64 minEnergy() const { return m_minEnergy; }

    Split split(qint64 amount) const { return prepaydesk::split(m_v, m_in, m_fixed, amount); }

    // Units credited (free included) for a payment whose energy is at least minEnergy().
    qint64 units(qint64 amount) const
    {
        return m_free + walk(m_v, m_start, split(amount).energy, nullptr, nullptr).bought;
    }

    // Rule 5 generalised: the smallest payment whose energy is at least `energy`, if any amount
    // the console accepts has it. The energy never falls as the payment rises (debt recovery
    // takes at most one fen of each extra fen), so a binary search finds it.
    std::optional<qint64> smallestAmountFor(qint64 energy) const
    {
        const int128 owed = std::max<qint64>(0, m_in.debtOutstanding.minor());
        const int128 enough = static_cast<int128>(energy) + m_fixed + owed; // its energy >= `energy`
        qint64 hi = static_cast<qint64>(std::min<int128>(enough, Money::MaxAbsMinor));
        qint64 lo = 1;
        if (hi < lo || split(hi).energy < energy)
            return std::nullopt;
        while (lo < hi) {
            const qint64 mid = lo + (hi - lo) / 2;
            if (split(mid).energy >= energy)
                hi = mid;
            else
                lo = mid + 1;
        }
        return lo;
    }

    // The smallest payment the quote accepts apart from the limits (minVend, maxVend, credit):
    // one that leaves energy and, for unit meters, buys at least one milli-unit.
    std::optional<qint64> lowestSellable() const { return smallestAmountFor(m_minEnergy); }

    // Whether the credit after a sale of `amount` stays within the meter's maximum.
    bool creditFits(qint64 amount) const
    {
        if (m_unit)
            return !m_v.maxCreditUnits || m_in.meterCreditUnits.milli() + units(amount) <= m_v.maxCreditUnits->milli();
        return !m_v.maxCreditMoney ||
               m_in.meterCreditMoney.minor() + split(amount).energy <= m_v.maxCreditMoney->minor();
    }

    // The largest payment below `amount` that is accepted with the credit limit, if any.
    std::optional<qint64> largestFitting(qint64 amount) const
    {
        const auto lowest = lowestSellable();
        if (!lowest)
            return std::nullopt;
        qint64 lo = std::max({*lowest, m_v.minVend.minor(), qint64(1)});
        qint64 hi = amount - 1;
        if (lo > hi || !creditFits(lo))
            return std::nullopt;
        while (lo < hi) {
            const qint64 mid = lo + (hi - lo + 1) / 2;
            if (creditFits(mid))
                lo = mid;
            else
                hi = mid - 1;
        }
        return lo;
    }

private:
    const TariffVersion &m_v;
    const QuoteInput &m_in;
    qint64 m_fixed = 0;
    bool m_unit = true;
    qint64 m_free = 0;
    qint64 m_start = 0;
    qint64 m_minEnergy = 1;
};

QString moneyText(qint64 minor)
{
    return Money::fromMinor(minor).toString();
}

// Cheap checks that keep the engine safe on a version that was never validated (no division by
// zero, no walk past the last block, no line array overflow). The full rules are validate()'s.
bool usable(const TariffVersion &v)
{
    const qsizetype n = v.blocks.size();
    if (n == 0 || n > TariffVersion::MaxBlocks || v.blocks.constData()[n - 1].to)
        return false;
    qint64 end = 0; // every block must end above the previous one: the walk then always moves forward
    for (const TariffVersion::Block &b : v.blocks) {
        if (b.price <= 0 || b.price > TariffVersion::MaxPrice)
            return false;
        if (b.to) {
            if (b.to->milli() <= end || b.to->milli() > Quantity::MaxAbsMilli)
                return false;
            end = b.to->milli();
        }
    }
    return v.debtRecoveryBasisPoints >= 0 && v.debtRecoveryBasisPoints <= 10'000 && v.taxBasisPoints >= 0 &&
           v.taxBasisPoints <= 10'000;
}

} // namespace

Result<Quote> TariffEngine::quote(const TariffVersion &version, const QuoteInput &input)
{
    const bool byUnits = input.units.has_value();
    // Errors name what the cashier entered: the amount, or the units when quoting by units.
    const auto amountField = [byUnits] { return byUnits ? QStringLiteral("units") : QStringLiteral("amount"); };
    const bool unitMeter = version.meterKind == TariffVersion::MeterKind::Unit;

    if (!usable(version)) {
        const QList<Error> problems = version.validate();
        return Error::invalid(
            tr("The tariff cannot be used: %1")
                .arg(problems.isEmpty() ? tr("its blocks or rates are out of range.") : problems.first().message),
            problems.isEmpty() ? QString() : problems.first().field);
    }
    if (input.cycleUnitsBefore.milli() < 0 || input.cycleUnitsBefore.milli() > Quantity::MaxAbsMilli)
        return Error::invalid(tr("The units bought in this cycle cannot be negative."),
                              QStringLiteral("cycle_units_before"));
    if (input.freeUnitsGrantedBefore.milli() < 0 || input.freeUnitsGrantedBefore.milli() > Quantity::MaxAbsMilli)
        return Error::invalid(tr("The free units already granted cannot be negative."),
                              QStringLiteral("free_units_granted_before"));
    if (input.fixedChargeMonthsDue < 0)
        return Error::invalid(tr("The number of months of fixed charges due cannot be negative."),
                              QStringLiteral("fixed_charge_months_due"));
    const int128 fixed128 = static_cast<int128>(version.fixedChargePerMonth.minor()) * input.fixedChargeMonthsDue;
    if (fixed128 > Money::MaxAbsMinor)
        return Error::invalid(tr("The fixed charges due are too large."), QStringLiteral("fixed_charge_months_due"));
    const Pricing pricing(version, input, static_cast<qint64>(fixed128));

    qint64 amount = input.amount.minor();
    if (byUnits) {
        // Rule 9: the smallest payment whose units reach the request, then at least the minimum purchase.
        if (!unitMeter)
            return Error::invalid(tr("Money meters are sold by amount, not by units."), amountField());
        const qint64 wanted = input.units->milli();
        if (wanted <= 0)
            return Error::invalid(tr("The number of units must be greater than zero."), amountField());
        if (wanted > Quantity::MaxAbsMilli)
            return Error::invalid(tr("The number of units is too large."), amountField());
        const auto lowest = pricing.lowestSellable();
        if (!lowest)
            return Error::invalid(tr("No amount the console accepts covers the fixed charges and debt recovery."),
                                  amountField());
        // Enough energy to buy `wanted` at the highest price from here on, plus everything taken before it.
        qint64 highestPrice = 0;
        for (qsizetype i = blockAt(version, pricing.start()); i < version.blocks.size(); ++i)
            highestPrice = std::max(highestPrice, version.blocks.at(i).price);
        const int128 energyNeeded = (static_cast<int128>(wanted) * highestPrice + SubunitsPerFen - 1) / SubunitsPerFen;
        const int128 enough =
            energyNeeded + pricing.fixed() + std::max<qint64>(0, input.debtOutstanding.minor()) + pricing.minEnergy();
        qint64 lo = *lowest;
        qint64 hi = static_cast<qint64>(std::clamp<int128>(enough, lo, Money::MaxAbsMinor));
        if (hi < lo || pricing.units(hi) < wanted)
            return Error::invalid(
                tr("%1 units cost more than the largest amount the console accepts.").arg(input.units->toString()),
                amountField());
        while (lo < hi) {
            const qint64 mid = lo + (hi - lo) / 2;
            if (pricing.units(mid) >= wanted)
                hi = mid;
            else
                lo = mid + 1;
        }
        amount = std::max(lo, version.minVend.minor());
    }

    // Rule 2: the amount itself.
    if (amount <= 0)
        return Error::invalid(tr("The amount must be greater than zero."), amountField());
    if (version.minVend.minor() > 0 && amount < version.minVend.minor())
        return Error::invalid(tr("The amount is below the minimum purchase of %1.").arg(version.minVend.toString()),
                              amountField());
    if (version.maxVend.minor() > 0 && amount > version.maxVend.minor())
        return Error::invalid(
            tr("The amount %1 is above the maximum purchase of %2.").arg(moneyText(amount), version.maxVend.toString()),
            amountField());
    if (amount > Money::MaxAbsMinor)
        return Error::invalid(tr("The amount is too large."), amountField());

    // Rules 3-5: fixed charges, debt recovery, what is left for energy.
    const Split s = pricing.split(amount);
    if (s.energy <= 0 || s.energy < pricing.minEnergy()) {
        // The amount to propose must be one that is accepted: it leaves energy and, where one fen
        // buys less than a milli-unit (prices above 10 yuan), enough of it to buy something.
        const bool nothingLeft = s.energy <= 0;
        const auto least = pricing.lowestSellable();
        QString message;
        if (nothingLeft && least)
            message = tr("%1 does not cover the fixed charges and debt recovery; the smallest amount that leaves "
                         "money for energy is %2.")
                          .arg(moneyText(amount), moneyText(*least));
        else if (nothingLeft)
            message = tr("%1 does not cover the fixed charges and debt recovery, and no amount the console accepts "
                         "does.")
                          .arg(moneyText(amount));
        else
            message = tr("%1 leaves %2 for energy, which does not buy 0.001 units at %3 a unit; the smallest amount "
                         "that buys any units is %4.")
                          .arg(moneyText(amount), moneyText(s.energy),
                               fixedpoint::format(version.blocks.at(blockAt(version, pricing.start())).price, 4),
                               least ? moneyText(*least) : QString());
        if (least && version.maxVend.minor() > 0 && *least > version.maxVend.minor())
            message += u' ' + tr("That is above the maximum purchase of %1.").arg(version.maxVend.toString());
        return Error::invalid(message, amountField());
    }

    Quote q;
    q.paid = Money::fromMinor(amount);
    q.fixedCharges = Money::fromMinor(s.fixed);
    q.debtRecovered = Money::fromMinor(s.debt);
    q.energy = Money::fromMinor(s.energy);
    int count = 0;
    if (s.fixed > 0) {
        QuoteLine &line = q.lines[count++];
        line.kind = Kind::FixedCharge;
        line.amount = q.fixedCharges;
    }
    if (s.debt > 0) {
        QuoteLine &line = q.lines[count++];
        line.kind = Kind::DebtRecovery;
        line.amount = q.debtRecovered;
    }

    if (unitMeter) {
        // Rule 6: free units first, then the blocks.
        if (pricing.freeUnits() > 0) {
            QuoteLine &line = q.lines[count++];
            line.kind = Kind::FreeUnits;
            line.units = Quantity::fromMilli(pricing.freeUnits());
        }
        const Walk w = walk(version, pricing.start(), s.energy, q.lines, &count);
        const qint64 units = pricing.freeUnits() + w.bought;
        if (version.maxCreditUnits && input.meterCreditUnits.milli() + units > version.maxCreditUnits->milli()) {
            const auto largest = pricing.largestFitting(amount);
            const QString head = tr("The meter would hold %1 units, more than its maximum of %2.")
                                     .arg(Quantity::fromMilli(input.meterCreditUnits.milli() + units).toString(),
                                          version.maxCreditUnits->toString());
            return Error::invalid(head + u' ' +
                                      (largest ? tr("The most that can be sold now is %1.").arg(moneyText(*largest))
                                               : tr("Nothing can be sold now.")),
                                  amountField());
        }
        q.units = Quantity::fromMilli(units);
        q.freeUnits = Quantity::fromMilli(pricing.freeUnits());
        q.cycleUnitsAfter = Quantity::fromMilli(w.position);
    } else {
        // Rule 7: money meters get the whole energy as money and price consumption themselves.
        if (version.maxCreditMoney && input.meterCreditMoney.minor() + s.energy > version.maxCreditMoney->minor()) {
            const auto largest = pricing.largestFitting(amount);
            const qint64 room = version.maxCreditMoney->minor() - input.meterCreditMoney.minor();
            const QString head =
                tr("The meter would hold %1, more than its maximum of %2.")
                    .arg(moneyText(input.meterCreditMoney.minor() + s.energy), version.maxCreditMoney->toString());
            return Error::invalid(head + u' ' +
                                      (largest
                                           ? tr("At most %1 more can be loaded: the most that can be paid now is %2.")
                                                 .arg(moneyText(std::max<qint64>(room, 0)), moneyText(*largest))
                                           : tr("Nothing can be loaded now.")),
                                  amountField());
        }
        QuoteLine &line = q.lines[count++];
        line.kind = Kind::MoneyCredit;
        line.amount = q.energy;
        q.moneyCredit = q.energy;
        q.cycleUnitsAfter = input.cycleUnitsBefore;
    }
    q.lineCount = count;

    // Rule 8: the tax contained in the tax-inclusive energy and fixed charges.
    q.tax = Money::fromMinor(divide(static_cast<int128>(s.energy + s.fixed) * version.taxBasisPoints,
                                    10'000 + version.taxBasisPoints, Rounding::HalfEven));
    return q;
}

} // namespace prepaydesk
