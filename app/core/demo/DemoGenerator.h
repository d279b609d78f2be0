#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QDate>

#include <functional>

namespace prepaydesk {

class Database;

// Realistic demo data: Chinese and English names, phones, GB 11643 identity numbers, addresses
// in a city/district/community/building hierarchy, accounts for electricity, water and gas,
// meters of every carrier kind, tariffs, and monthly register readings. Deterministic for a
// seed. Used by `prepaydesk --demo`, `prepayctl demo generate` and the benchmarks.
class DemoGenerator
{
    Q_DECLARE_TR_FUNCTIONS(DemoGenerator)
public:
    struct Options
    {
        int customers = 3000;
        quint32 seed = 20261129;
        int readingMonths = 12; // monthly readings per meter, ending at `today`
        QDate today = QDate(2026, 11, 29);
        bool operators = true; // seed the demo administrator and cashier
    };

    // The demo operators seeded with Options::operators.
    static constexpr const char *AdminUser = "admin";
    static constexpr const char *AdminPassword = "admin-demo";
    static constexpr const char *CashierUser = "cashier";
    static constexpr const char *CashierPassword = "cashier-demo";
    // The demo key vault's passphrase (the demo console unlocks it by itself).
    static constexpr const char *VaultPassphrase = "demo vault passphrase";
    // The demo utility's IC-card key (docs/card-format.md) and code; prepay-metersim's demo
    // meters get the same key, so that cards written at the demo counter load in them. A demo
    // key only: never for real cards.
    static constexpr const char *CardUtilityCode = "330100";
    static constexpr const char *CardKeyHex = "44454d4f2063617264206b6579202d206e6f7420666f72207265616c20757365";

    // Called with customers done and total; return false to cancel (nothing is stored then).
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    // Adds the data to an empty database (refuses one that already has customers).
    static Status generate(Database &db, const Options &options, const Progress &progress = {});
};

} // namespace prepaydesk
