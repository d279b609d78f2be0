// prepayctl bench tariff: tariff quotes per second on one core for a three-block residential
// electricity tariff, and in the same run a flat-price conversion (Quantity::forMoney) on the same
// amounts, so that the figure to compare across machines is the ratio between the two.
#include "Ctl.h"

#include "tariff/Tariff.h"

#include <QElapsedTimer>
#include <QJsonArray>

#include <limits>
#include <random>

namespace prepaydesk::ctl {

namespace {

// 0.4883 yuan/kWh up to 200 kWh a month, 0.5383 to 400, 0.7883 above; 13 % VAT; 20 % of each
// payment (at least 5.00, at most 50.00) towards debt while there is any.
QJsonObject residentialTariff()
{
    return QJsonObject{
        {u"effective_from"_qs, u"2026-01-01"_qs},
        {u"meter_kind"_qs, u"unit"_qs},
        {u"cycle"_qs, QJsonObject{{u"kind"_qs, u"monthly"_qs}, {u"start_day"_qs, 1}}},
        {u"blocks"_qs,
         QJsonArray{QJsonObject{{u"from"_qs, u"0"_qs}, {u"to"_qs, u"200"_qs}, {u"price"_qs, u"0.4883"_qs}},
                    QJsonObject{{u"from"_qs, u"200"_qs}, {u"to"_qs, u"400"_qs}, {u"price"_qs, u"0.5383"_qs}},
                    QJsonObject{{u"from"_qs, u"400"_qs}, {u"price"_qs, u"0.7883"_qs}}}},
        {u"tax_rate_percent"_qs, u"13"_qs},
        {u"debt_recovery"_qs,
         QJsonObject{{u"percent"_qs, u"20"_qs}, {u"min"_qs, u"5.00"_qs}, {u"max"_qs, u"50.00"_qs}}},
        {u"max_credit_units"_qs, u"9999.000"_qs},
    };
}

} // namespace

int runTariffBench(Ctl &ctl)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Ctl::tr("Measure tariff quotes per second on one core (a three-block residential electricity tariff with "
                "tax and debt recovery) and, as a baseline in the same run, a flat-price conversion of the same "
                "amounts; prints both rates and their ratio."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("quotes"), Ctl::tr("Quotes to make (default 5000000)."), QStringLiteral("N"),
                      QStringLiteral("5000000")});
    parser.addOption(
        {QStringLiteral("seed"), Ctl::tr("Random seed for the inputs."), QStringLiteral("S"), QStringLiteral("7")});
    if (auto exit = ctl.parse(parser, 2))
        return *exit;
    bool ok = false;
    const qint64 quotes = parser.value(QStringLiteral("quotes")).toLongLong(&ok);
    if (!ok || quotes < 1 || quotes > 10'000'000'000LL) {
        ctl.err() << Ctl::tr("--quotes takes a whole number from 1 to 10000000000.") << Qt::endl;
        return Ctl::Usage;
    }

    const auto version = TariffVersion::fromJson(residentialTariff());
    if (!version)
        return ctl.fail(version.error());

    // The inputs are made before timing: a pool of distinct inputs that the loops cycle through
    // (a pool rather than N inputs, so that the loops measure quoting and not memory bandwidth).
    constexpr qsizetype PoolSize = 1 << 16;
    std::mt19937_64 random(parser.value(QStringLiteral("seed")).toULongLong());
    auto pick = [&random](qint64 lo, qint64 hi) { return std::uniform_int_distribution<qint64>(lo, hi)(random); };
    static const qint64 usual[] = {2'000, 5'000, 10'000, 20'000, 30'000, 50'000};
    QList<QuoteInput> pool(PoolSize);
    for (QuoteInput &in : pool) {
        // Round sums most of the time, any amount from 10.00 to 800.00 otherwise.
        in.amount = Money::fromMinor(pick(0, 9) < 6 ? usual[pick(0, 5)] : pick(1'000, 80'000));
        in.cycleUnitsBefore = Quantity::fromMilli(pick(0, 3) == 0 ? 0 : pick(0, 600'000));
        in.meterCreditUnits = Quantity::fromMilli(pick(0, 300'000));
        if (pick(0, 3) == 0) // a quarter of the customers owe something
            in.debtOutstanding = Money::fromMinor(pick(100, 50'000));
    }
    const qsizetype mask = PoolSize - 1;
    const QuoteInput *inputs = pool.constData();

    // Check the baseline measures the same conversion: with one flat price the engine gives
    // exactly Quantity::forMoney's units.
    TariffVersion flat = *version;
    flat.blocks = {{Quantity(), std::nullopt, 4883}};
    flat.debtRecoveryBasisPoints = 0;
    flat.debtRecoveryMin = Money();
    flat.debtRecoveryMax = Money();
    flat.maxCreditUnits.reset();
    for (qsizetype i = 0; i < 1'000; ++i) {
        const auto q = TariffEngine::quote(flat, inputs[i]);
        const auto units = Quantity::forMoney(inputs[i].amount, 4883, 100, Rounding::Floor);
        if (!q || !units || q->units != *units)
            return ctl.fail(Ctl::tr("The flat-price check failed: the engine and Quantity::forMoney disagree."));
    }

    // Warm up caches and branch predictors on the whole pool.
    qint64 warm = 0;
    for (qsizetype i = 0; i < PoolSize; ++i) {
        const auto q = TariffEngine::quote(*version, inputs[i]);
        warm += q.ok() ? q->units.milli() : 0;
    }

    // Interleaved rounds, the fastest of each kind counting: another process taking the core for a
    // moment (the machine is shared while building) then skews neither rate nor their ratio.
    constexpr int Rounds = 5;
    const qint64 perRound = std::max<qint64>(1, quotes / Rounds);
    QElapsedTimer timer;
    qint64 checksum = 0, refused = 0, baselineChecksum = 0;
    qint64 tariffNs = std::numeric_limits<qint64>::max(), baselineNs = std::numeric_limits<qint64>::max();
    for (int round = 0; round < Rounds; ++round) {
        const qint64 offset = round * perRound;
        timer.start();
        for (qint64 i = offset; i < offset + perRound; ++i) {
            const auto q = TariffEngine::quote(*version, inputs[i & mask]);
            if (q.ok())
                checksum += q->units.milli() + q->tax.minor() + q->lines[q->lineCount - 1].amount.minor();
            else
                ++refused;
        }
        tariffNs = std::min(tariffNs, std::max<qint64>(1, timer.nsecsElapsed()));

        timer.start();
        for (qint64 i = offset; i < offset + perRound; ++i) {
            const auto units = Quantity::forMoney(inputs[i & mask].amount, 4883, 100, Rounding::Floor);
            baselineChecksum += units ? units->milli() : 0;
        }
        baselineNs = std::min(baselineNs, std::max<qint64>(1, timer.nsecsElapsed()));
    }

    const double tariffRate = static_cast<double>(perRound) * 1e9 / static_cast<double>(tariffNs);
    const double baselineRate = static_cast<double>(perRound) * 1e9 / static_cast<double>(baselineNs);
    QTextStream &out = ctl.out();
    out << "tariff=three blocks 0.4883/0.5383/0.7883 yuan/kWh at 200/400 kWh a month, 13% VAT, "
           "20% debt recovery (min 5.00, max 50.00) for a quarter of the inputs\n";
    out << "quotes=" << perRound * Rounds << " rounds=" << Rounds << " (fastest counts) distinct_inputs=" << PoolSize
        << " refused=" << refused << " threads=1\n";
    out << "tariff_quotes_per_s=" << static_cast<qint64>(tariffRate) << '\n';
    out << "tariff_ns_per_quote=" << QString::number(1e9 / tariffRate, 'f', 1) << '\n';
    out << "baseline_flat_per_s=" << static_cast<qint64>(baselineRate) << '\n';
    out << "baseline_ns_per_conversion=" << QString::number(1e9 / baselineRate, 'f', 1) << '\n';
    // How many flat conversions cost as much as one tariff quote.
    out << "ratio=" << QString::number(baselineRate / tariffRate, 'f', 2) << '\n';
    out << "goal_quotes_per_s=1000000 goal_met=" << (tariffRate >= 1e6 ? "yes" : "no") << '\n';
    out << "checksum=" << checksum << " baseline_checksum=" << baselineChecksum << " warmup=" << warm << Qt::endl;
    return Ctl::Ok;
}

} // namespace prepaydesk::ctl
