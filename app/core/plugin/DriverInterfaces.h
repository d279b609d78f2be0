#pragma once

// The interfaces that driver plugins implement (DESIGN.md, Devices): one small interface per
// capability, each with a versioned interface id. A plugin built against another version of an
// interface is refused by PluginManager before it is loaded (its metadata names the IID).
//
// Interface ids have the form "org.prepaydesk.<Interface>/<major>.<minor>". Changing anything a
// plugin relies on (a virtual function, a struct passed by value) means a new id.

#include "util/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QtPlugin>

#include <optional>
#include <utility>

namespace prepaydesk {

// ---------------------------------------------------------------------------------------------
// TokenGenerator: keypad-meter tokens (STS, IEC 62055-41), and later other token schemes.

// Which decoder key a token is made for, in IEC 62055-41 terms. vendingKey is secret: callers
// keep it out of logs and wipe it after use.
struct TokenKeyParams
{
    QString keyAlgorithm = QStringLiteral("02"); // decoder key generation algorithm (DKGA): "02", "04"
    QString encryption = QStringLiteral("07");   // encryption algorithm (EA): "07", "11"
    QByteArray vendingKey;                       // raw bytes: 8 for DKGA02, 20 for DKGA04
    int keyType = 2;                             // KT 0..3
    int supplyGroupCode = 0;                     // SGC, six decimal digits
    int tariffIndex = 0;                         // TI 0..99
    int keyRevision = 1;                         // KRN 1..9
    QString pan;                                 // meter primary account number, 18 digits
    int baseDate = 1993;                         // 1993, 2014 or 2035
    int keyExpiry = 255;                         // KEN 0..255 (carried by key change tokens)
};

enum class CreditKind
{
    Electricity, // 0.1 kWh
    Water,       // 0.1 m3
    Gas,         // 0.1 m3
    Time,        // 0.1 of the meter's time unit
    Currency,    // 0.1 of the currency unit
};

// How an amount that the token format cannot carry exactly is rounded.
enum class TokenRounding
{
    Down, // never deliver more than was sold (the vend path)
    Up,   // never deliver less
};

struct CreditTokenRequest
{
    CreditKind kind = CreditKind::Electricity;
    qint64 amountTenths = 0; // in tenths of the unit (0.1 kWh, 0.1 m3, ...)
    TokenRounding rounding = TokenRounding::Down;
    QDateTime issued;               // UTC; seconds are ignored
    int random = -1;                // 0..15, or -1: the generator draws one
    std::optional<quint32> lastTid; // the last token id issued to this meter
};

enum class ManagementFunction
{
    SetMaximumPowerLimit,          // value: watts
    ClearCredit,                   // value: register (65535 = all registers)
    SetTariffRate,                 // value: the 16-bit rate the meter expects
    ClearTamper,                   // no value
    SetMaximumPhasePowerUnbalance, // value: watts
    SetWaterMeterFactor,           // value: the 16-bit factor the meter expects
};

struct ManagementTokenRequest
{
    ManagementFunction function = ManagementFunction::ClearTamper;
    quint32 value = 0;
    QDateTime issued;
    int random = -1;
    std::optional<quint32> lastTid;
};

// Class 1 (initiate meter test or display) tokens are not encrypted and need no key.
struct TestTokenRequest
{
    bool longManufacturerCode = false; // false: 8-bit code, 36-bit control; true: 16-bit, 28-bit
    quint64 control = 0;
    quint32 manufacturerCode = 0;
};

struct GeneratedToken
{
    QString digits; // the 20-digit token
    int tokenClass = 0;
    int subclass = 0;
    std::optional<quint32> tid;  // the token id it carries (credit and register tokens)
    std::optional<qint64> value; // the value it carries, after any rounding
    std::optional<qint64> asked; // what was asked for, when rounding changed it
    QString description;         // translated: "Key change token 1 of 2"
};

struct DecodedToken
{
    int tokenClass = 0;
    int subclass = 0;
    bool crcOk = false;
    QString kind; // machine name: "credit-electricity", "clear-tamper", ...
    std::optional<quint32> tid;
    QDateTime issued;                          // from the TID and the base date, when there is a TID
    std::optional<qint64> value;               // amount in tenths, watts, register, ...
    QList<std::pair<QString, QString>> fields; // every field, in order, for name=value display
};

class TokenGenerator
{
public:
    virtual ~TokenGenerator() = default;

    // The scheme's short name ("sts") and the algorithms it supports ("02", "04" / "07", "11").
    virtual QString scheme() const = 0;
    virtual QStringList keyAlgorithms() const = 0;
    virtual QStringList encryptionAlgorithms() const = 0;

    virtual Result<QByteArray> decoderKey(const TokenKeyParams &key) const = 0;
    virtual Result<GeneratedToken> credit(const TokenKeyParams &key, const CreditTokenRequest &request) const = 0;
    virtual Result<GeneratedToken> management(const TokenKeyParams &key,
                                              const ManagementTokenRequest &request) const = 0;
    // The tokens that move a meter from `current` to `next`, in the order they must be entered
    // (two for a 64-bit key, four for a 128-bit key).
    virtual Result<QList<GeneratedToken>> keyChange(const TokenKeyParams &current, const TokenKeyParams &next,
                                                    bool rollover) const = 0;
    virtual Result<GeneratedToken> test(const TestTokenRequest &request) const = 0;
    // Any token, with a decoder key as decoderKey() returns it; a wrong key shows as a CRC failure.
    virtual Result<DecodedToken> decode(const QByteArray &decoderKey, const QString &encryption, int baseDate,
                                        const QString &token) const = 0;
};

// ---------------------------------------------------------------------------------------------
// MeterProtocol: requests and replies of one meter protocol, pure bytes in and out (fuzzable).
// Minimal for now; the DL/T 645, CJ/T 188 and Modbus issues grow it.

struct MeterReply
{
    bool complete = false;  // a whole frame was found
    qsizetype consumed = 0; // bytes of the input it used (including skipped preamble)
    QString address;
    QByteArray payload;
};

class MeterProtocol
{
public:
    virtual ~MeterProtocol() = default;
    virtual QString protocol() const = 0; // "dlt645-2007", "cjt188", "modbus-rtu", ...
    virtual Result<QByteArray> readRequest(const QString &address, const QString &item) const = 0;
    virtual Result<MeterReply> parseReply(const QByteArray &bytes) const = 0;
};

// ---------------------------------------------------------------------------------------------
// CardFormat: an IC card's bytes <-> the card image the console works with. Minimal for now.

struct CardImage
{
    QString meter;
    quint32 purchaseCount = 0;
    qint64 creditTenths = 0;
    QByteArray writeBack; // what the meter wrote back (readings, alarms), undecoded
};

class CardFormat
{
public:
    virtual ~CardFormat() = default;
    virtual QString format() const = 0; // "sle4442-vendor-x", ...
    virtual Result<CardImage> read(const QByteArray &bytes) const = 0;
    virtual Result<QByteArray> write(const CardImage &image, const QByteArray &current) const = 0;
};

// ---------------------------------------------------------------------------------------------
// ReceiptPrinter: a receipt's lines to printer bytes (ESC/POS, ...). Minimal for now.

class ReceiptPrinter
{
public:
    virtual ~ReceiptPrinter() = default;
    virtual QString printer() const = 0; // "escpos", ...
    virtual Result<QByteArray> render(const QStringList &lines, int columns) const = 0;
};

} // namespace prepaydesk

#define PrepayDesk_TokenGenerator_iid "org.prepaydesk.TokenGenerator/1.0"
#define PrepayDesk_MeterProtocol_iid "org.prepaydesk.MeterProtocol/1.0"
#define PrepayDesk_CardFormat_iid "org.prepaydesk.CardFormat/1.0"
#define PrepayDesk_ReceiptPrinter_iid "org.prepaydesk.ReceiptPrinter/1.0"

Q_DECLARE_INTERFACE(prepaydesk::TokenGenerator, PrepayDesk_TokenGenerator_iid)
Q_DECLARE_INTERFACE(prepaydesk::MeterProtocol, PrepayDesk_MeterProtocol_iid)
Q_DECLARE_INTERFACE(prepaydesk::CardFormat, PrepayDesk_CardFormat_iid)
Q_DECLARE_INTERFACE(prepaydesk::ReceiptPrinter, PrepayDesk_ReceiptPrinter_iid)
