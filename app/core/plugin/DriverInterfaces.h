#pragma once

// The interfaces that driver plugins implement (DESIGN.md, Devices): one small interface per
// capability, each with a versioned interface id. A plugin built against another version of an
// interface is refused by PluginManager before it is loaded (its metadata names the IID).
//
// Interface ids have the form "org.prepaydesk.<Interface>/<major>.<minor>". Changing anything a
// plugin relies on (a virtual function, a struct passed by value) means a new id.

#include "util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QtPlugin>

#include <memory>
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
// MeterProtocol: requests and replies of one meter protocol (DL/T 645, CJ/T 188, Modbus RTU, ...),
// pure bytes in and out: no I/O, no event loop, no state between calls, so every parser can be
// fuzzed and a transport can call it from any thread. A plugin builds request frames from a
// MeterRequest and turns reply bytes into a MeterReply of decoded name/value/unit triples.

// Which meter a request is for and how it speaks.
struct MeterTarget
{
    // The meter's address as printed on it: 12 decimal digits for DL/T 645, 14 for CJ/T 188
    // (fewer digits are padded with leading zeros). Empty means the protocol's wildcard address
    // (AA..AA), which only "read address" may use.
    QString address;
    // The protocol edition: "2007" or "1997" for DL/T 645, "2004" or "2018" for CJ/T 188
    // (the byte order of the data identifiers). Empty: the plugin's default (variants().first()).
    QString variant;
    int meterType = 0x10; // CJ/T 188 meter type T: 0x10 cold water, 0x30 gas, ...
    int sequence = 0;     // CJ/T 188 frame sequence number SER (0..255)
};

enum class MeterCommand
{
    ReadAddress,  // discover the address of the one meter on the line (wildcard address)
    Read,         // read one data item (MeterRequest::item)
    TimeSync,     // DL/T 645 broadcast time sync (no reply)
    SetTime,      // CJ/T 188 write standard time
    Relay,        // DL/T 645 0x1C control: trip, close allowed, direct close, alarm, protect
    Valve,        // CJ/T 188 valve open/close
    WriteAddress, // give the meter a new address
    OpenAccount,  // prepaid: first purchase, binds the customer (through a SecurityModule)
    Recharge,     // prepaid: a purchase (DL/T 645 through a SecurityModule; CJ/T 188 plain)
};

enum class RelayAction
{
    Trip,         // open the relay (cut supply)
    CloseAllowed, // the customer may close it (key press)
    DirectClose,  // close it now
    AlarmOn,
    AlarmOff,
    ProtectOn, // keep supply on whatever the balance (hospital, winter)
    ProtectOff,
};

enum class ValveAction
{
    Open,
    Close,
};

// A purchase as the meter's security module sees it.
struct MeterPurchase
{
    QString meterAddress;      // the meter it is for (bound into the protection)
    qint64 amountMinor = 0;    // money, minor units (fen)
    quint32 purchaseCount = 0; // the meter's purchase counter after this purchase (anti-replay)
    QString customer;          // customer number, up to 12 digits (open account binds it)
    bool openAccount = false;
};

// Protects purchases for the meter: a vendor's ESAM/PSAM for real meters, or a software stand-in
// for the simulator and the tests. Implementations report which they are; a console refuses to
// send a purchase sealed by a module that is not for real meters to a real meter.
class SecurityModule
{
public:
    virtual ~SecurityModule() = default;
    virtual QString name() const = 0;
    virtual bool forRealMeters() const = 0;
    // The protected block the protocol carries after its own header fields.
    virtual Result<QByteArray> seal(const MeterPurchase &purchase) const = 0;
    // The meter's side (simulator, tests): check a block and recover the purchase.
    virtual Result<MeterPurchase> open(const QString &meterAddress, const QByteArray &sealed) const = 0;
};

struct MeterRequest
{
    MeterCommand command = MeterCommand::Read;
    QString item;         // Read: an item name from items() ("energy.forward_total") or a raw id in hex
    QDateTime time;       // TimeSync, SetTime: the time to set (local time of the meter)
    QDateTime validUntil; // Relay: the command's deadline (DL/T 645 N3..N8)
    RelayAction relay = RelayAction::Trip;
    ValveAction valve = ValveAction::Open;
    QString newAddress;                       // WriteAddress
    MeterPurchase purchase;                   // OpenAccount, Recharge
    QByteArray password;                      // DL/T 645 relay: PA P0 P1 P2 (4 bytes)
    QByteArray operatorCode;                  // DL/T 645 relay and purchases: C0..C3 (4 bytes)
    const SecurityModule *security = nullptr; // OpenAccount, Recharge on DL/T 645 (not owned)
};

// One decoded value: "energy.forward_total" = "1206.42" "kWh". Numbers are exact decimal text
// (never a double); `number` and `decimals` give the same value as an integer (120642, 2).
struct MeterValue
{
    QString name;  // machine name, stable: "energy.forward_total", "valve", "clock"
    QString value; // "1206.42", "closed", "2015-05-11T22:01:31"
    QString unit;  // "kWh", "V", "m³", "yuan", or empty
    QString label; // translated, for display
    qint64 number = 0;
    int decimals = 0;
    bool numeric = false;
};

// What parse() found. complete == false means "need more bytes": `consumed` bytes at the front
// are noise the caller may drop, and the rest may be the start of a frame. When complete,
// `consumed` counts everything the frame used, including the noise and preamble before it.
// A meter's error reply is a complete reply with `error` set and `errors`/`errorText` saying
// what the meter refused and why. A frame that cannot be trusted (bad checksum, wrong end byte,
// impossible length, another meter's address) is an Error from parse(); the caller drops the
// first byte it holds and calls again (parse never keeps state, so this always moves on).
struct MeterReply
{
    bool complete = false;  // a whole frame was found
    qsizetype consumed = 0; // bytes of the input it used (including skipped noise and preamble)
    QString address;
    QByteArray payload;            // the data field, decoded from the wire (DL/T 645: less 0x33)
    int control = -1;              // the control code as received
    QString command = {};          // what it answers: "read", "read-address", "relay", ...
    QString item = {};             // Read: the item name (or its id in hex when unknown)
    qsizetype skipped = 0;         // noise skipped before the frame
    bool error = false;            // the meter answered with an error/abnormal reply
    QStringList errors = {};       // machine codes of the reasons: "no-data", "password", ...
    QString errorText = {};        // translated meaning of the reasons
    QList<MeterValue> values = {}; // decoded values, in frame order
    bool moreFollows = false;      // DL/T 645: a follow-up frame holds more data
};

class MeterProtocol
{
public:
    virtual ~MeterProtocol() = default;
    virtual QString protocol() const = 0; // "dlt645", "cjt188", "modbus", ...
    // A read of one item from a meter with the plugin's default variant.
    virtual Result<QByteArray> readRequest(const QString &address, const QString &item) const = 0;
    // A reply from any meter with the plugin's default variant.
    virtual Result<MeterReply> parseReply(const QByteArray &bytes) const = 0;

    // The editions this plugin speaks, default first ("2007", "1997").
    virtual QStringList variants() const { return {}; }
    // The commands it can build for a variant.
    virtual QList<MeterCommand> commands(const QString &variant) const
    {
        Q_UNUSED(variant);
        return {MeterCommand::Read};
    }
    // The item names Read understands for a variant, and a translated label for one.
    virtual QStringList items(const QString &variant) const
    {
        Q_UNUSED(variant);
        return {};
    }
    virtual QString itemLabel(const QString &item) const { return item; }

    // Any request, as the bytes to send (preamble included).
    virtual Result<QByteArray> request(const MeterTarget &target, const MeterRequest &request) const
    {
        if (request.command == MeterCommand::Read)
            return readRequest(target.address, request.item);
        return Error::invalid(
            QCoreApplication::translate("MeterProtocol", "The %1 protocol cannot build this command.").arg(protocol()));
    }
    // A reply, checked against the meter it should come from (target.address; empty accepts any)
    // and decoded in target.variant.
    virtual Result<MeterReply> parse(const MeterTarget &target, const QByteArray &bytes) const
    {
        Q_UNUSED(target);
        return parseReply(bytes);
    }
};

// ---------------------------------------------------------------------------------------------
// IC cards (docs/card-format.md). Three layers:
//   CardChannel  (core, over PC/SC): sends one APDU to the card in a reader, returns the reply.
//   CardDriver   (plugins card-sle4442, card-cpu): one kind of chip. Turns a channel into a
//                CardMemory: the card's serial and its application area, read freely, written
//                after the chip's own access check (SLE4442 PSC, CPU card external authentication).
//   CardFormat   (core's own "prepaydesk-1", vendors' formats as plugins): application area
//                bytes <-> CardImage, integrity by a MAC bound to the card serial.

// One command APDU (ISO/IEC 7816-4 short form). le: expected reply length, -1 for none
// (0 means 256, as on the wire).
struct CommandApdu
{
    quint8 cla = 0x00;
    quint8 ins = 0x00;
    quint8 p1 = 0x00;
    quint8 p2 = 0x00;
    QByteArray data;
    int le = -1;
};

// The card's reply: data and the status word SW1 SW2 (0x9000: done).
struct ResponseApdu
{
    QByteArray data;
    quint16 sw = 0;
    quint8 sw1() const { return quint8(sw >> 8); }
    quint8 sw2() const { return quint8(sw & 0xFF); }
    bool ok() const { return sw == 0x9000; }
};

// The card in one reader, connected. transmit() fails (Error, translated) when the card was
// pulled out, the reader went away or PC/SC failed; a status word other than 9000 is NOT an
// error here: drivers decide what it means.
class CardChannel
{
public:
    virtual ~CardChannel() = default;
    virtual QString readerName() const = 0;
    virtual QByteArray atr() const = 0;
    virtual Result<ResponseApdu> transmit(const CommandApdu &command) = 0;
};

// Secrets a driver needs to write a card; empty fields where the chip does not use them.
// Drivers never log or keep them.
struct CardAccess
{
    QByteArray psc;       // SLE4442 programmable security code, 3 bytes
    QByteArray masterKey; // CPU card: 16-byte 2-key 3DES master; the card's keys are diversified
                          // from it by the card serial (docs/card-format.md)
    // SLE4442: present the PSC even when the card's error counter shows a single try left
    // (a supervisor approved it). Without it the driver refuses rather than risk locking it.
    bool lastTryApproved = false;
};

// A card opened by its driver.
class CardMemory
{
public:
    virtual ~CardMemory() = default;
    virtual QString cardType() const = 0; // "sle4442", "cpu"
    // The card's serial, 8 bytes (SLE4442: written by PrepayDesk when the card is first issued,
    // all FF on a blank card; CPU card: its EF 0001).
    virtual QByteArray serial() const = 0;
    virtual bool isBlank() const = 0; // never issued by PrepayDesk (SLE4442: serial all FF)
    virtual int capacity() const = 0; // bytes of the application area (224 for both chips)
    virtual Result<QByteArray> read(int offset, int length) = 0;
    // Passes the chip's access check for writing; the card stays unlocked until it leaves the
    // reader. SLE4442: verify the PSC; a wrong one is an Error that says how many tries are left.
    virtual Status unlock(const CardAccess &access) = 0;
    virtual Status write(int offset, const QByteArray &bytes) = 0;
    // SLE4442: the PSC tries left (3..0); CPU card: the external-authentication tries left.
    virtual Result<int> triesLeft() = 0;
    // First issue of a blank card: give it `serial` (SLE4442: write it into the protected header,
    // burn its protection bits, change the transport PSC to access.psc; CPU cards come from the
    // card maker with their serial and keys, so this only checks the card can be unlocked).
    // Irreversible on SLE4442: the caller confirms first.
    virtual Status personalise(const QByteArray &serial, const CardAccess &transport, const CardAccess &access) = 0;
};

class CardDriver
{
public:
    virtual ~CardDriver() = default;
    virtual QString cardType() const = 0; // "sle4442", "cpu"
    // Whether the card with this answer-to-reset is one this driver handles.
    virtual bool recognises(const QByteArray &atr) const = 0;
    // Selects the chip (SLE4442: the reader's memory-card mode; CPU: the PrepayDesk files) and
    // reads the serial. The memory uses `channel`, which must outlive it.
    virtual Result<std::unique_ptr<CardMemory>> open(CardChannel &channel) const = 0;
};

enum class CardKind
{
    User = 1,  // a customer's credit card
    Setup = 2, // engineer: gives a meter its parameters (alarm, overdraft, limits, price)
    Check = 3, // engineer: the meter writes its state onto it
    Clear = 4, // engineer: clears the meter's credit and counters (meter replacement)
    Tool = 5,  // engineer: opens the valve/closes the relay for maintenance
};

enum class CreditUnit
{
    Money, // minor units (fen)
    Units, // milli-units (Wh, litres, 0.001 m3)
};

// What a meter writes back onto a card when the card is in it.
struct CardWriteBack
{
    bool present = false;
    quint32 loadedCount = 0;                  // purchase count of the last card credit the meter loaded
    qint64 remaining = 0;                     // credit left in the meter, in the card's CreditUnit
    qint64 cumulativeMilli = 0;               // total use, milli-units
    QList<std::pair<QDate, qint64>> readings; // last register readings (date, milli), newest first, <= 4
    bool valveClosed = false;
    bool leak = false;
    bool tamper = false;
    bool lowBattery = false;
    bool alarm = false; // gas alarm / low-credit alarm raised
    QDateTime at;       // meter clock when written, UTC
};

struct CardImage
{
    CardKind kind = CardKind::User;
    QString utility;  // utility code, 6 digits
    QString meter;    // meter serial, up to 16 characters
    QString customer; // customer number, up to 16 characters
    quint32 purchaseCount = 0;
    CreditUnit unit = CreditUnit::Money;
    qint64 credit = 0;     // this purchase, in `unit`
    qint64 alarm = 0;      // low-credit alarm level, in `unit`
    qint64 overdraft = 0;  // allowed overdraft, in `unit`
    qint64 maxBalance = 0; // most credit the meter may hold, in `unit`; 0: no limit
    int priceVersion = 0;  // money meters: the tariff version the price belongs to
    qint64 priceMinor = 0; // money meters: fen per unit (kWh or m3)
    int toolAction = 0;    // tool cards: 1 open valve/close relay, 2 close valve/open relay
    QByteArray replaces;   // replacement card: the serial of the card it replaces (8 bytes)
    CardWriteBack writeBack;
};

class CardFormat
{
public:
    virtual ~CardFormat() = default;
    virtual QString format() const = 0; // "prepaydesk-1", ...
    virtual int size() const = 0;       // bytes of the application area it uses
    // The area as read from a card with `serial`; `key` is the utility's card key. A blank area,
    // another format, a damaged or tampered area (MAC) are Errors that say which.
    virtual Result<CardImage> read(const QByteArray &area, const QByteArray &serial, const QByteArray &key) const = 0;
    // The bytes for the area (issuer part and write-back part, each with its MAC).
    virtual Result<QByteArray> write(const CardImage &image, const QByteArray &serial, const QByteArray &key) const = 0;
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
#define PrepayDesk_CardFormat_iid "org.prepaydesk.CardFormat/2.0"
#define PrepayDesk_CardDriver_iid "org.prepaydesk.CardDriver/1.0"
#define PrepayDesk_ReceiptPrinter_iid "org.prepaydesk.ReceiptPrinter/1.0"

Q_DECLARE_INTERFACE(prepaydesk::TokenGenerator, PrepayDesk_TokenGenerator_iid)
Q_DECLARE_INTERFACE(prepaydesk::MeterProtocol, PrepayDesk_MeterProtocol_iid)
Q_DECLARE_INTERFACE(prepaydesk::CardFormat, PrepayDesk_CardFormat_iid)
Q_DECLARE_INTERFACE(prepaydesk::CardDriver, PrepayDesk_CardDriver_iid)
Q_DECLARE_INTERFACE(prepaydesk::ReceiptPrinter, PrepayDesk_ReceiptPrinter_iid)
