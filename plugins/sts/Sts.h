#pragma once

// The building blocks of IEC 62055-41 (STS) tokens: decoder key generation (DKGA02, DKGA04),
// the two encryption algorithms (EA07, EA11), the token identifier, the amount encoding, the
// CRC, the class-bit transposition and the 20-digit form. StsTokenGenerator puts them together.
//
// Sources (public): the STS Association's compliance test vectors (STS 531-1-0-02 and
// STS 531-1-0-04, "CTSA" steps) as carried by the open-source NectarAPI/tokens-service (Java)
// and KellyKinyama/nectar_sts_dart; RFC 2994 for MISTY1; FIPS 46-3 / FIPS 81 for DES. The code
// here is written from the descriptions, not copied.

#include "plugin/DriverInterfaces.h"
#include "util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <cstdint>
#include <optional>

namespace prepaydesk::sts {

class Sts
{
    Q_DECLARE_TR_FUNCTIONS(Sts)
};

enum class Encryption
{
    Ea07, // Standard Transfer Algorithm, 64-bit decoder key
    Ea11, // MISTY1, 128-bit decoder key
};

Result<Encryption> parseEncryption(const QString &code);
QString encryptionCode(Encryption ea);

// ---- Inputs --------------------------------------------------------------------------------

// 18 digits, the last a Luhn check digit over the first 17 (the PAN check digit).
Status validatePan(const QString &pan);
// The Luhn check digit of a string of decimal digits.
int luhnCheckDigit(const QString &digits);
// Every field of a key: ranges, lengths, the PAN, the algorithm pair.
Status validateKeyParams(const TokenKeyParams &key);
// Hex to bytes; an error names `field` when the text is not an even number of hex digits.
Result<QByteArray> parseHex(const QString &text, const QString &field);

// ---- Decoder keys ----------------------------------------------------------------------------

// DES in ECB mode on one 8-byte block, through OpenSSL (single DES lives in OpenSSL 3's legacy
// provider, which is loaded explicitly into a private library context).
Result<QByteArray> desEncrypt(const QByteArray &key, const QByteArray &block);

// The decoder key for a meter, 8 bytes (EA07) or 16 bytes (EA11), in the byte order PrepayDesk
// prints and accepts (for EA07 that is the order of the STS compliance vector
// "6ff35b9d1f3453e6": the DES result of DKGA02 with its bytes reversed).
Result<QByteArray> decoderKey(const TokenKeyParams &key);

// The 16-digit PAN block (DKGA02) and the control block "KT SGC TI KRN FFFFFF".
QString panBlock(const QString &pan, int keyType);
QString controlBlock(const TokenKeyParams &key);

// ---- Token fields ----------------------------------------------------------------------------

constexpr quint32 MaxTid = 0xFFFFFF;      // 24 bits of minutes
constexpr qint64 MaxAmount = 18'201'624;  // largest amount the 16-bit encoding carries (tenths)
constexpr qint64 MaxExactAmount = 16'383; // exponent 0: every tenth up to 1638.3

QDateTime baseDateTime(int baseDate); // 1993-01-01T00:00Z etc.; invalid for other years
// Minutes since the base date; the next after lastTid when that is not later (two tokens for one
// meter never share a TID). Errors for a time before the base date or beyond the 24-bit range.
Result<quint32> tokenIdentifier(const QDateTime &issued, int baseDate, std::optional<quint32> lastTid = {});
QDateTime tidDateTime(quint32 tid, int baseDate);

// The STS amount encoding: 2-bit exponent e, 14-bit mantissa m,
//   value = m * 10^e + sum_{i=1..e} 2^14 * 10^(i-1)
// so every value up to 1638.3 is exact, then steps of 1, 10 and 100 units. A value between two
// steps is rounded as asked (Down for sales). Empty when the value is negative or too large.
struct EncodedAmount
{
    quint16 bits = 0;
    qint64 value = 0; // what the bits carry, in tenths
};
std::optional<EncodedAmount> encodeAmount(qint64 tenths, TokenRounding rounding);
qint64 decodeAmount(quint16 bits);

// CRC-16 of a token: polynomial x^16 + x^15 + x^2 + 1 (0x8005, reflected 0xA001), initial value
// 0xFFFF, over the 56 bits (7 bytes, most significant first) of class (2 bits) followed by the
// data block's top 48 bits; the 16-bit result goes into the block with its two bytes swapped.
// (IEC 62055-41; the byte order as in the compliance vectors.)
quint16 tokenCrc(int tokenClass, std::uint64_t blockWithoutCrc);
std::uint64_t withCrc(int tokenClass, std::uint64_t blockWithoutCrc);
bool crcMatches(int tokenClass, std::uint64_t block);

// ---- The 66-bit token ------------------------------------------------------------------------

struct Token66
{
    std::uint8_t high = 0; // bits 65 and 64
    std::uint64_t low = 0; // bits 63..0
};
// The class bits replace bits 28 and 27 of the encrypted block, whose own bits move to 65 and 64.
Token66 transpose(int tokenClass, std::uint64_t encrypted);
std::uint64_t untranspose(const Token66 &token, int *tokenClass);
QString toDigits(const Token66 &token);
// Exactly 20 decimal digits (spaces and dashes between groups are allowed), at most 2^66 - 1.
Result<Token66> fromDigits(const QString &text);

Result<std::uint64_t> encryptBlock(const QByteArray &decoderKey, Encryption ea, std::uint64_t block);
Result<std::uint64_t> decryptBlock(const QByteArray &decoderKey, Encryption ea, std::uint64_t block);

} // namespace prepaydesk::sts
