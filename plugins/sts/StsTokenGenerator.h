#pragma once

#include "Sts.h"

#include "plugin/DriverInterfaces.h"

namespace prepaydesk::sts {

// STS token classes and subclasses (IEC 62055-41).
enum TokenClass
{
    ClassCredit = 0,     // transfer credit
    ClassTest = 1,       // initiate meter test or display (not encrypted)
    ClassManagement = 2, // meter-specific management
    ClassReserved = 3,
};

enum ManagementSubclass
{
    SubSetMaximumPowerLimit = 0,
    SubClearCredit = 1,
    SubSetTariffRate = 2,
    SubKeyChange1 = 3, // 1st section decoder key
    SubKeyChange2 = 4, // 2nd section decoder key
    SubClearTamper = 5,
    SubSetMaximumPhasePowerUnbalance = 6,
    SubSetWaterMeterFactor = 7,
    SubKeyChange3 = 8, // 3rd section decoder key (128-bit keys)
    SubKeyChange4 = 9, // 4th section decoder key (128-bit keys)
};

// The TokenGenerator of the sts plugin, usable without the plugin (tests, fuzzers, benchmarks).
class StsTokenGenerator : public TokenGenerator
{
public:
    QString scheme() const override { return QStringLiteral("sts"); }
    QStringList keyAlgorithms() const override { return {QStringLiteral("02"), QStringLiteral("04")}; }
    QStringList encryptionAlgorithms() const override { return {QStringLiteral("07"), QStringLiteral("11")}; }

    Result<QByteArray> decoderKey(const TokenKeyParams &key) const override;
    Result<GeneratedToken> credit(const TokenKeyParams &key, const CreditTokenRequest &request) const override;
    Result<GeneratedToken> management(const TokenKeyParams &key, const ManagementTokenRequest &request) const override;
    Result<QList<GeneratedToken>> keyChange(const TokenKeyParams &current, const TokenKeyParams &next,
                                            bool rollover) const override;
    Result<GeneratedToken> test(const TestTokenRequest &request) const override;
    Result<DecodedToken> decode(const QByteArray &decoderKey, const QString &encryption, int baseDate,
                                const QString &token) const override;

    // The same, with a decoder key already derived (no DES or HMAC per token).
    Result<GeneratedToken> creditWithKey(const QByteArray &decoderKey, Encryption ea, int baseDate,
                                         const CreditTokenRequest &request) const;
    Result<GeneratedToken> managementWithKey(const QByteArray &decoderKey, Encryption ea, int baseDate,
                                             const ManagementTokenRequest &request) const;

    // Names of subclasses for display, and machine names ("credit-electricity", ...).
    static QString kindCode(int tokenClass, int subclass);
    static QString kindText(int tokenClass, int subclass);
};

} // namespace prepaydesk::sts
