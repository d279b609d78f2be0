#pragma once

// The keys of PrepayDesk's IC cards, all derived from the utility's one 32-byte card key (held in
// the key vault) with HMAC-SHA-256 and fixed labels (docs/card-format.md, "Keys"):
//   macKey      = HMAC(cardKey, "prepaydesk card mac")                      card data MACs
//   psc(serial) = HMAC(cardKey, "prepaydesk sle4442 psc" || serial)[0..3)   SLE4442 security code
//   cpuMaster   = HMAC(cardKey, "prepaydesk cpu master")[0..16)             CPU card 3DES master
// Meters hold the card key too: they check the MACs and unlock the card to write back.

#include "security/KeyVault.h"
#include "util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace prepaydesk {

class CardKeys
{
    Q_DECLARE_TR_FUNCTIONS(CardKeys)
public:
    static constexpr int KeySize = 32;    // the utility's card key
    static constexpr int SerialSize = 8;  // a card serial
    static constexpr int PscSize = 3;     // SLE4442 programmable security code
    static constexpr int MasterSize = 16; // CPU card 2-key 3DES master

    // The key for the MACs of the card format (32 bytes).
    static Result<SecretBytes> macKey(const QByteArray &cardKey);
    // The SLE4442 security code of the card with `serial` (3 bytes).
    static Result<SecretBytes> psc(const QByteArray &cardKey, const QByteArray &serial);
    // The CPU cards' master key (16 bytes) that their keys are diversified from by serial.
    static Result<SecretBytes> cpuMaster(const QByteArray &cardKey);

    // A card key written as 64 hexadecimal digits (command lines, configuration files).
    static Result<SecretBytes> fromHex(const QString &hex);

    // HMAC-SHA-256 through OpenSSL (32 bytes); empty if OpenSSL failed.
    static QByteArray hmacSha256(const QByteArray &key, const QByteArray &message);

private:
    static Status checkKey(const QByteArray &cardKey);
};

} // namespace prepaydesk
