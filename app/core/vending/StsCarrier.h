#pragma once

#include "vending/CreditCarrier.h"

#include <QCoreApplication>

namespace prepaydesk {

class Clock;
class Database;
class KeyVault;
class TokenGenerator;

// Credit for STS keypad meters (IEC 62055-41): a 20-digit token the customer keys into the
// meter. The units sold become the token amount in tenths, rounded down, and whatever the
// token format cannot carry is said on the receipt. Each token takes a token identifier after
// the meter's last one. When the meter must move to another supply group, tariff index or key
// revision — set by an engineer, or because its vending key expired (it then moves to the newest
// key revision of its supply group in the vault) — or off the 1993 base date, whose identifiers
// ran out in November 2024 — the key
// change tokens come first, in order, and the meter's new keys are recorded once the vend is
// delivered (a voided vend leaves the meter as it was).
//
// The decoder key is derived from the vending key in the KeyVault, which must be unlocked.
class StsCarrier final : public CreditCarrier
{
    Q_DECLARE_TR_FUNCTIONS(StsCarrier)
public:
    // The IIN that makes a meter number (DRN) into an STS primary account number.
    static constexpr const char *Iin = "600727";

    StsCarrier(Database &db, const TokenGenerator &generator, const KeyVault &vault, const Clock &clock);

    QString code() const override { return QStringLiteral("sts"); }
    bool canTakeBack() const override { return false; }
    Result<Credit> prepare(const Vend &vend) override;
    Result<Outcome> deliver(const Vend &vend) override;
    Result<Outcome> resolve(const Vend &vend) override;

    // The 18-digit PAN of a meter number: an 11-digit DRN gets the IIN and a Luhn check digit;
    // an 18-digit number is taken as it is.
    static Result<QString> panOf(const QString &meterNumber);

private:
    Database &m_db;
    const TokenGenerator &m_generator;
    const KeyVault &m_vault;
    const Clock &m_clock;
};

} // namespace prepaydesk
