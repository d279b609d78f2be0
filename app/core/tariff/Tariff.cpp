// TariffVersion: validation, cycle start dates and the JSON form used in the database and in
// tests/data/tariff_cases.json. docs/tariffs.md is the normative description of both.
#include "tariff/Tariff.h"

#include "money/FixedPoint.h"

#include <QJsonArray>
#include <QJsonValue>

#include <cmath>

namespace prepaydesk {

static_assert(TariffVersion::MaxBlocks + 4 <= Quote::MaxLines, "a quote must have room for every block line");

namespace {

QString blockField(qsizetype i, QStringView member)
{
    return QStringLiteral("blocks[%1].").arg(i) + member;
}

QString touField(qsizetype i, QStringView member)
{
    return QStringLiteral("time_of_use[%1].").arg(i) + member;
}

QString timeText(const QTime &t)
{
    return t.toString(QStringLiteral("HH:mm"));
}

// A time-of-use period as one or two half-open minute ranges within [0, 1440).
struct MinuteRanges
{
    int count = 0;
    int from[2] = {0, 0};
    int to[2] = {0, 0};
};

MinuteRanges minuteRanges(const TariffVersion::TimeOfUse &period)
{
    MinuteRanges r;
    const int from = period.from.msecsSinceStartOfDay() / 60'000;
    int to = period.to.msecsSinceStartOfDay() / 60'000;
    if (to == 0)
        to = 24 * 60; // 00:00 as an end is midnight at the end of the day
    if (to > from) {
        r.count = 1;
        r.from[0] = from;
        r.to[0] = to;
    } else { // wraps past midnight, e.g. 22:00-06:00
        r.count = 2;
        r.from[0] = from;
        r.to[0] = 24 * 60;
        r.from[1] = 0;
        r.to[1] = to;
    }
    return r;
}

bool overlap(const MinuteRanges &a, const MinuteRanges &b)
{
    for (int i = 0; i < a.count; ++i) {
        for (int j = 0; j < b.count; ++j) {
            if (a.from[i] < b.to[j] && b.from[j] < a.to[i])
                return true;
        }
    }
    return false;
}

// Reads the JSON form; stops at the first problem and keeps it.
class Reader
{
    Q_DECLARE_TR_FUNCTIONS(TariffVersion)
public:
    std::optional<Error> error;

    bool failed() const { return error.has_value(); }

    void fail(const QString &message, const QString &field)
    {
        if (!error)
            error = Error::invalid(message, field);
    }

    // Every key of `object` must be one of `known`; a misspelt key must not silently become a default.
    bool onlyKnownKeys(const QJsonObject &object, std::initializer_list<QStringView> known, const QString &prefix)
    {
        for (auto it = object.begin(); it != object.end(); ++it) {
            bool found = false;
            for (QStringView k : known)
                found = found || it.key() == k;
            if (!found) {
                fail(tr("Unknown field \"%1\" in the tariff.").arg(prefix + it.key()), prefix + it.key());
                return false;
            }
        }
        return true;
    }

    // A decimal string with at most `decimals` places, as a scaled integer. Numbers are refused so
    // that no price or amount ever passes through a double.
    std::optional<qint64> decimal(const QJsonValue &value, int decimals, qint64 maxAbs, const QString &field,
                                  const QString &example)
    {
        if (failed())
            return std::nullopt;
        if (!value.isString()) {
            fail(tr("%1 must be a decimal number written as a string, like \"%2\".").arg(field, example), field);
            return std::nullopt;
        }
        qint64 out = 0;
        switch (fixedpoint::parse(value.toString(), decimals, maxAbs, &out)) {
        case fixedpoint::ParseError::None:
            return out;
        case fixedpoint::ParseError::Empty:
        case fixedpoint::ParseError::NotANumber:
            fail(tr("%1: \"%2\" is not a number; write it like \"%3\".").arg(field, value.toString().left(40), example),
                 field);
            return std::nullopt;
        case fixedpoint::ParseError::TooManyDecimals:
            fail(tr("%1 has at most %n decimal place(s).", nullptr, decimals).arg(field), field);
            return std::nullopt;
        case fixedpoint::ParseError::OutOfRange:
            fail(tr("%1 is too large.").arg(field), field);
            return std::nullopt;
        }
        Q_UNREACHABLE();
    }

    std::optional<Money> money(const QJsonValue &value, const QString &field)
    {
        const auto v = decimal(value, 2, Money::MaxAbsMinor, field, QStringLiteral("5.00"));
        return v ? std::optional<Money>(Money::fromMinor(*v)) : std::nullopt;
    }

    std::optional<Quantity> quantity(const QJsonValue &value, const QString &field)
    {
        const auto v = decimal(value, 3, Quantity::MaxAbsMilli, field, QStringLiteral("200"));
        return v ? std::optional<Quantity>(Quantity::fromMilli(*v)) : std::nullopt;
    }

    // Prices may be far above MaxPrice here: validate() then says what the limit is.
    std::optional<qint64> price(const QJsonValue &value, const QString &field)
    {
        return decimal(value, 4, Quantity::MaxAbsMilli, field, QStringLiteral("0.4883"));
    }

    // A percentage with up to two decimals, as basis points.
    std::optional<int> percent(const QJsonValue &value, const QString &field)
    {
        const auto v = decimal(value, 2, 1'000'000, field, QStringLiteral("13"));
        return v ? std::optional<int>(static_cast<int>(*v)) : std::nullopt;
    }

    std::optional<int> integer(const QJsonValue &value, const QString &field)
    {
        if (failed())
            return std::nullopt;
        const double d = value.toDouble();
        if (!value.isDouble() || d != std::floor(d) || d < -1e6 || d > 1e6) {
            fail(tr("%1 must be a whole number.").arg(field), field);
            return std::nullopt;
        }
        return static_cast<int>(d);
    }

    std::optional<QString> string(const QJsonValue &value, const QString &field)
    {
        if (failed())
            return std::nullopt;
        if (!value.isString()) {
            fail(tr("%1 must be a string.").arg(field), field);
            return std::nullopt;
        }
        return value.toString();
    }

    std::optional<QJsonObject> object(const QJsonValue &value, const QString &field)
    {
        if (failed())
            return std::nullopt;
        if (!value.isObject()) {
            fail(tr("%1 must be a JSON object.").arg(field), field);
            return std::nullopt;
        }
        return value.toObject();
    }

    std::optional<QJsonArray> array(const QJsonValue &value, const QString &field)
    {
        if (failed())
            return std::nullopt;
        if (!value.isArray()) {
            fail(tr("%1 must be a JSON array.").arg(field), field);
            return std::nullopt;
        }
        return value.toArray();
    }

    std::optional<QTime> time(const QJsonValue &value, const QString &field)
    {
        const auto s = string(value, field);
        if (!s)
            return std::nullopt;
        const QTime t = QTime::fromString(*s, QStringLiteral("HH:mm"));
        if (!t.isValid() || s->size() != 5) {
            fail(tr("%1: \"%2\" is not a time of day; write it like \"08:00\".").arg(field, s->left(20)), field);
            return std::nullopt;
        }
        return t;
    }
};

} // namespace

QString TariffVersion::priceText(qint64 price)
{
    return fixedpoint::format(price, 4);
}

QString TariffVersion::percentText(int basisPoints)
{
    QString s = fixedpoint::format(basisPoints, 2);
    while (s.endsWith(u'0'))
        s.chop(1);
    if (s.endsWith(u'.'))
        s.chop(1);
    return s;
}

QList<Error> TariffVersion::validate() const
{
    QList<Error> errors;
    auto add = [&errors](const QString &message, const QString &field) { errors << Error::invalid(message, field); };

    if (!effectiveFrom.isValid())
        add(tr("The tariff needs the date it takes effect from."), QStringLiteral("effective_from"));

    // Blocks: from 0, each starting where the previous one ends, ascending, the last one open.
    if (blocks.isEmpty())
        add(tr("A tariff needs at least one block (a flat price is one open block from 0)."), QStringLiteral("blocks"));
    if (blocks.size() > MaxBlocks)
        add(tr("A tariff has at most %1 blocks; this one has %2.").arg(MaxBlocks).arg(blocks.size()),
            QStringLiteral("blocks"));
    for (qsizetype i = 0; i < blocks.size(); ++i) {
        const Block &b = blocks[i];
        const bool last = i == blocks.size() - 1;
        if (i == 0) {
            if (!b.from.isZero())
                add(tr("The first block must start at 0, not at %1.").arg(b.from.toString()), blockField(i, u"from"));
        } else {
            const Block &previous = blocks[i - 1];
            if (previous.to) {
                if (b.from > *previous.to)
                    add(tr("There is a gap between %1 and %2: block %3 ends at %1 but block %4 starts at %2.")
                            .arg(previous.to->toString(), b.from.toString())
                            .arg(i)
                            .arg(i + 1),
                        blockField(i, u"from"));
                else if (b.from < *previous.to)
                    add(tr("Blocks overlap at %1: block %2 starts at %1, before block %3 ends at %4.")
                            .arg(b.from.toString())
                            .arg(i + 1)
                            .arg(i)
                            .arg(previous.to->toString()),
                        blockField(i, u"from"));
            }
        }
        if (last) {
            if (b.to)
                add(tr("The last block must be open (no upper limit); it ends at %1.").arg(b.to->toString()),
                    blockField(i, u"to"));
        } else if (!b.to) {
            add(tr("Only the last block may be open; block %1 has no upper limit.").arg(i + 1), blockField(i, u"to"));
        } else if (*b.to <= b.from) {
            add(tr("Block %1 must end above where it starts: it goes from %2 to %3.")
                    .arg(i + 1)
                    .arg(b.from.toString(), b.to->toString()),
                blockField(i, u"to"));
        } else if (b.to->milli() > Quantity::MaxAbsMilli) {
            add(tr("Block %1 ends too high.").arg(i + 1), blockField(i, u"to"));
        }
        if (b.price <= 0 || b.price > MaxPrice)
            add(tr("The price of block %1 must be more than 0 and at most %2 a unit; it is %3.")
                    .arg(i + 1)
                    .arg(TariffVersion::priceText(MaxPrice), TariffVersion::priceText(b.price)),
                blockField(i, u"price"));
    }

    // Time of use: real times on whole minutes, not empty, not overlapping (wrapping past midnight is fine).
    QList<MinuteRanges> ranges(timeOfUse.size()); // count 0: not comparable (already reported)
    for (qsizetype i = 0; i < timeOfUse.size(); ++i) {
        const TimeOfUse &t = timeOfUse[i];
        bool usable = true;
        if (!t.from.isValid() || t.from.msecsSinceStartOfDay() % 60'000 != 0) {
            add(tr("Time-of-use period %1 needs a start time in whole minutes.").arg(i + 1), touField(i, u"from"));
            usable = false;
        }
        if (!t.to.isValid() || t.to.msecsSinceStartOfDay() % 60'000 != 0) {
            add(tr("Time-of-use period %1 needs an end time in whole minutes.").arg(i + 1), touField(i, u"to"));
            usable = false;
        }
        if (usable && t.from == t.to) {
            add(tr("Time-of-use period %1 starts and ends at the same time (%2).").arg(i + 1).arg(timeText(t.from)),
                touField(i, u"to"));
            usable = false;
        }
        if (t.price <= 0 || t.price > MaxPrice)
            add(tr("The price of time-of-use period %1 must be more than 0 and at most %2 a unit; it is %3.")
                    .arg(i + 1)
                    .arg(TariffVersion::priceText(MaxPrice), TariffVersion::priceText(t.price)),
                touField(i, u"price"));
        if (!usable)
            continue;
        const MinuteRanges r = minuteRanges(t);
        for (qsizetype j = 0; j < i; ++j) {
            if (ranges[j].count > 0 && overlap(ranges[j], r)) {
                add(tr("Time-of-use periods %1 (%2-%3) and %4 (%5-%6) overlap.")
                        .arg(j + 1)
                        .arg(timeText(timeOfUse[j].from), timeText(timeOfUse[j].to))
                        .arg(i + 1)
                        .arg(timeText(t.from), timeText(t.to)),
                    touField(i, u"from"));
                break;
            }
        }
        ranges[i] = r;
    }

    if (cycleStartDay < 1 || cycleStartDay > 28)
        add(tr("The cycle must start on a day from 1 to 28 (every month has it); it is %1.").arg(cycleStartDay),
            QStringLiteral("cycle.start_day"));
    if (cycleStartMonth < 1 || cycleStartMonth > 12)
        add(tr("The cycle's start month must be from 1 to 12; it is %1.").arg(cycleStartMonth),
            QStringLiteral("cycle.start_month"));
    if (taxBasisPoints < 0 || taxBasisPoints > 10'000)
        add(tr("The tax rate must be from 0 % to 100 %; it is %1 %.").arg(TariffVersion::percentText(taxBasisPoints)),
            QStringLiteral("tax_rate_percent"));
    if (debtRecoveryBasisPoints < 0 || debtRecoveryBasisPoints > 10'000)
        add(tr("The debt recovery share must be from 0 % to 100 %; it is %1 %.")
                .arg(TariffVersion::percentText(debtRecoveryBasisPoints)),
            QStringLiteral("debt_recovery.percent"));

    if (freeUnitsPerCycle.milli() < 0 || freeUnitsPerCycle.milli() > Quantity::MaxAbsMilli)
        add(tr("The free units per cycle cannot be negative."), QStringLiteral("free_units_per_cycle"));
    const struct
    {
        Money value;
        QString field;
        QString label;
    } moneyFields[] = {
        {fixedChargePerMonth, QStringLiteral("fixed_charge_per_month"), tr("The fixed charge per month")},
        {debtRecoveryMin, QStringLiteral("debt_recovery.min"), tr("The minimum debt recovery")},
        {debtRecoveryMax, QStringLiteral("debt_recovery.max"), tr("The maximum debt recovery")},
        {minVend, QStringLiteral("min_vend"), tr("The minimum purchase")},
        {maxVend, QStringLiteral("max_vend"), tr("The maximum purchase")}};
    for (const auto &m : moneyFields) {
        if (m.value.isNegative())
            add(tr("%1 cannot be negative; it is %2.").arg(m.label, m.value.toString()), m.field);
        else if (m.value.minor() > Money::MaxAbsMinor)
            add(tr("%1 is too large.").arg(m.label), m.field);
    }
    if (maxVend.minor() > 0 && minVend > maxVend)
        add(tr("The minimum purchase (%1) is above the maximum purchase (%2).")
                .arg(minVend.toString(), maxVend.toString()),
            QStringLiteral("min_vend"));
    if (debtRecoveryMax.minor() > 0 && debtRecoveryMin > debtRecoveryMax)
        add(tr("The minimum debt recovery per purchase (%1) is above the maximum (%2).")
                .arg(debtRecoveryMin.toString(), debtRecoveryMax.toString()),
            QStringLiteral("debt_recovery.min"));

    if (maxCreditUnits) {
        if (meterKind != MeterKind::Unit)
            add(tr("A maximum credit in units applies only to meters that are loaded with units."),
                QStringLiteral("max_credit_units"));
        else if (maxCreditUnits->milli() <= 0 || maxCreditUnits->milli() > Quantity::MaxAbsMilli)
            add(tr("The maximum credit must be more than 0; it is %1.").arg(maxCreditUnits->toString()),
                QStringLiteral("max_credit_units"));
    }
    if (maxCreditMoney) {
        if (meterKind != MeterKind::Money)
            add(tr("A maximum credit in money applies only to meters that are loaded with money."),
                QStringLiteral("max_credit_money"));
        else if (maxCreditMoney->minor() <= 0 || maxCreditMoney->minor() > Money::MaxAbsMinor)
            add(tr("The maximum credit must be more than 0; it is %1.").arg(maxCreditMoney->toString()),
                QStringLiteral("max_credit_money"));
    }
    return errors;
}

QDate TariffVersion::cycleStart(const QDate &day) const
{
    if (!day.isValid() || cycleStartDay < 1 || cycleStartDay > 28 || cycleStartMonth < 1 || cycleStartMonth > 12)
        return {};
    if (cycle == Cycle::Monthly) {
        if (day.day() >= cycleStartDay)
            return QDate(day.year(), day.month(), cycleStartDay);
        const QDate previous = day.addMonths(-1);
        return QDate(previous.year(), previous.month(), cycleStartDay);
    }
    const QDate thisYear(day.year(), cycleStartMonth, cycleStartDay);
    return thisYear <= day ? thisYear : QDate(day.year() - 1, cycleStartMonth, cycleStartDay);
}

QJsonObject TariffVersion::toJson() const
{
    QJsonObject o;
    o.insert(u"effective_from"_qs, effectiveFrom.toString(Qt::ISODate));
    o.insert(u"meter_kind"_qs, meterKind == MeterKind::Unit ? u"unit"_qs : u"money"_qs);
    o.insert(u"basis"_qs, basis == Basis::Purchase ? u"purchase"_qs : u"consumption"_qs);
    o.insert(u"cycle"_qs, QJsonObject{{u"kind"_qs, cycle == Cycle::Monthly ? u"monthly"_qs : u"annual"_qs},
                                      {u"start_month"_qs, cycleStartMonth},
                                      {u"start_day"_qs, cycleStartDay}});
    QJsonArray blockArray;
    for (const Block &b : blocks) {
        QJsonObject j{{u"from"_qs, b.from.toString()}, {u"price"_qs, TariffVersion::priceText(b.price)}};
        if (b.to)
            j.insert(u"to"_qs, b.to->toString());
        blockArray.append(j);
    }
    o.insert(u"blocks"_qs, blockArray);
    QJsonArray touArray;
    for (const TimeOfUse &t : timeOfUse)
        touArray.append(QJsonObject{{u"from"_qs, timeText(t.from)},
                                    {u"to"_qs, timeText(t.to)},
                                    {u"name"_qs, t.name},
                                    {u"price"_qs, TariffVersion::priceText(t.price)}});
    o.insert(u"time_of_use"_qs, touArray);
    o.insert(u"free_units_per_cycle"_qs, freeUnitsPerCycle.toString());
    o.insert(u"fixed_charge_per_month"_qs, fixedChargePerMonth.toString());
    o.insert(u"tax_rate_percent"_qs, TariffVersion::percentText(taxBasisPoints));
    o.insert(u"debt_recovery"_qs, QJsonObject{{u"percent"_qs, TariffVersion::percentText(debtRecoveryBasisPoints)},
                                              {u"min"_qs, debtRecoveryMin.toString()},
                                              {u"max"_qs, debtRecoveryMax.toString()}});
    o.insert(u"min_vend"_qs, minVend.toString());
    o.insert(u"max_vend"_qs, maxVend.toString());
    if (maxCreditUnits)
        o.insert(u"max_credit_units"_qs, maxCreditUnits->toString());
    if (maxCreditMoney)
        o.insert(u"max_credit_money"_qs, maxCreditMoney->toString());
    return o;
}

Result<TariffVersion> TariffVersion::fromJson(const QJsonObject &json)
{
    TariffVersion v;
    Reader r;
    r.onlyKnownKeys(json,
                    {u"effective_from", u"meter_kind", u"basis", u"cycle", u"blocks", u"time_of_use",
                     u"free_units_per_cycle", u"fixed_charge_per_month", u"tax_rate_percent", u"debt_recovery",
                     u"min_vend", u"max_vend", u"max_credit_units", u"max_credit_money"},
                    {});
    auto present = [&json](const char16_t *key) {
        const QJsonValue value = json.value(QString::fromUtf16(key));
        return !value.isUndefined() && !value.isNull();
    };

    if (!present(u"effective_from")) {
        r.fail(tr("The tariff needs the date it takes effect from (effective_from)."),
               QStringLiteral("effective_from"));
    } else if (const auto s = r.string(json.value(u"effective_from"), QStringLiteral("effective_from"))) {
        v.effectiveFrom = QDate::fromString(*s, Qt::ISODate);
        if (!v.effectiveFrom.isValid() || s->size() != 10)
            r.fail(tr("effective_from: \"%1\" is not a date; write it like \"2026-01-01\".").arg(s->left(20)),
                   QStringLiteral("effective_from"));
    }

    if (present(u"meter_kind")) {
        if (const auto s = r.string(json.value(u"meter_kind"), QStringLiteral("meter_kind"))) {
            if (*s == u"unit")
                v.meterKind = MeterKind::Unit;
            else if (*s == u"money")
                v.meterKind = MeterKind::Money;
            else
                r.fail(tr("meter_kind must be \"unit\" or \"money\"."), QStringLiteral("meter_kind"));
        }
    }
    if (present(u"basis")) {
        if (const auto s = r.string(json.value(u"basis"), QStringLiteral("basis"))) {
            if (*s == u"purchase")
                v.basis = Basis::Purchase;
            else if (*s == u"consumption")
                v.basis = Basis::Consumption;
            else
                r.fail(tr("basis must be \"purchase\" or \"consumption\"."), QStringLiteral("basis"));
        }
    }

    if (present(u"cycle")) {
        if (const auto c = r.object(json.value(u"cycle"), QStringLiteral("cycle"))) {
            r.onlyKnownKeys(*c, {u"kind", u"start_month", u"start_day"}, QStringLiteral("cycle."));
            if (!c->value(u"kind").isUndefined()) {
                if (const auto s = r.string(c->value(u"kind"), QStringLiteral("cycle.kind"))) {
                    if (*s == u"monthly")
                        v.cycle = Cycle::Monthly;
                    else if (*s == u"annual")
                        v.cycle = Cycle::Annual;
                    else
                        r.fail(tr("cycle.kind must be \"monthly\" or \"annual\"."), QStringLiteral("cycle.kind"));
                }
            }
            if (!c->value(u"start_month").isUndefined())
                if (const auto m = r.integer(c->value(u"start_month"), QStringLiteral("cycle.start_month")))
                    v.cycleStartMonth = *m;
            if (!c->value(u"start_day").isUndefined())
                if (const auto d = r.integer(c->value(u"start_day"), QStringLiteral("cycle.start_day")))
                    v.cycleStartDay = *d;
        }
    }

    if (!present(u"blocks")) {
        r.fail(tr("A tariff needs at least one block (a flat price is one open block from 0)."),
               QStringLiteral("blocks"));
    } else if (const auto a = r.array(json.value(u"blocks"), QStringLiteral("blocks"))) {
        for (qsizetype i = 0; i < a->size() && !r.failed(); ++i) {
            const auto b = r.object(a->at(i), QStringLiteral("blocks[%1]").arg(i));
            if (!b)
                break;
            r.onlyKnownKeys(*b, {u"from", u"to", u"price"}, QStringLiteral("blocks[%1].").arg(i));
            Block block;
            if (const auto from = r.quantity(b->value(u"from"), blockField(i, u"from")))
                block.from = *from;
            const QJsonValue to = b->value(u"to");
            if (!to.isUndefined() && !to.isNull())
                block.to = r.quantity(to, blockField(i, u"to"));
            if (const auto p = r.price(b->value(u"price"), blockField(i, u"price")))
                block.price = *p;
            v.blocks << block;
        }
    }

    if (present(u"time_of_use")) {
        if (const auto a = r.array(json.value(u"time_of_use"), QStringLiteral("time_of_use"))) {
            for (qsizetype i = 0; i < a->size() && !r.failed(); ++i) {
                const auto t = r.object(a->at(i), QStringLiteral("time_of_use[%1]").arg(i));
                if (!t)
                    break;
                r.onlyKnownKeys(*t, {u"from", u"to", u"name", u"price"}, QStringLiteral("time_of_use[%1].").arg(i));
                TimeOfUse period;
                if (const auto from = r.time(t->value(u"from"), touField(i, u"from")))
                    period.from = *from;
                if (const auto to = r.time(t->value(u"to"), touField(i, u"to")))
                    period.to = *to;
                if (!t->value(u"name").isUndefined())
                    if (const auto name = r.string(t->value(u"name"), touField(i, u"name")))
                        period.name = *name;
                if (const auto p = r.price(t->value(u"price"), touField(i, u"price")))
                    period.price = *p;
                v.timeOfUse << period;
            }
        }
    }

    if (present(u"free_units_per_cycle"))
        if (const auto q = r.quantity(json.value(u"free_units_per_cycle"), QStringLiteral("free_units_per_cycle")))
            v.freeUnitsPerCycle = *q;
    if (present(u"fixed_charge_per_month"))
        if (const auto m = r.money(json.value(u"fixed_charge_per_month"), QStringLiteral("fixed_charge_per_month")))
            v.fixedChargePerMonth = *m;
    if (present(u"tax_rate_percent"))
        if (const auto p = r.percent(json.value(u"tax_rate_percent"), QStringLiteral("tax_rate_percent")))
            v.taxBasisPoints = *p;
    if (present(u"debt_recovery")) {
        if (const auto d = r.object(json.value(u"debt_recovery"), QStringLiteral("debt_recovery"))) {
            r.onlyKnownKeys(*d, {u"percent", u"min", u"max"}, QStringLiteral("debt_recovery."));
            if (!d->value(u"percent").isUndefined())
                if (const auto p = r.percent(d->value(u"percent"), QStringLiteral("debt_recovery.percent")))
                    v.debtRecoveryBasisPoints = *p;
            if (!d->value(u"min").isUndefined())
                if (const auto m = r.money(d->value(u"min"), QStringLiteral("debt_recovery.min")))
                    v.debtRecoveryMin = *m;
            if (!d->value(u"max").isUndefined())
                if (const auto m = r.money(d->value(u"max"), QStringLiteral("debt_recovery.max")))
                    v.debtRecoveryMax = *m;
        }
    }
    if (present(u"min_vend"))
        if (const auto m = r.money(json.value(u"min_vend"), QStringLiteral("min_vend")))
            v.minVend = *m;
    if (present(u"max_vend"))
        if (const auto m = r.money(json.value(u"max_vend"), QStringLiteral("max_vend")))
            v.maxVend = *m;
    if (present(u"max_credit_units"))
        v.maxCreditUnits = r.quantity(json.value(u"max_credit_units"), QStringLiteral("max_credit_units"));
    if (present(u"max_credit_money"))
        v.maxCreditMoney = r.money(json.value(u"max_credit_money"), QStringLiteral("max_credit_money"));

    if (r.error)
        return *r.error;
    const QList<Error> problems = v.validate();
    if (!problems.isEmpty())
        return problems.first();
    return v;
}

} // namespace prepaydesk
