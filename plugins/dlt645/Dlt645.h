#pragma once

// DL/T 645-2007 "Multi-function watt-hour meter communication protocol", with the read subset of
// DL/T 645-1997: the frame, its scanner (preambles, noise, resynchronisation), the requests the
// console sends and the decoding of every reply it can get. Pure functions: bytes in, bytes out.
//
// Sources (public descriptions of the standard; the code is written from them, nothing copied):
//  [S1] DL/T 645-2007 as summarised in "DL645通信协议97/07规约(附上下行例子)" (icode9.com content
//       4-712469, also 553668.com/manong/786292.html): frame, +33H, checksum, FE preambles, the
//       read-address frame "FE FE FE 68 AA AA AA AA AA AA 68 13 00 DF 16", worked read example.
//  [S2] "DL/T645-2007_Part1(协议帧解析)" (coloradmin.cn/o/1939562.html) and "断路器 DL/T645-2007
//       协议" (lawinsider.com/zh/contracts/kHYv0S1Gpcd): control code bits D7 D6 D5 D4..D0, the
//       function codes, address wildcard AA and broadcast 99, L ≤ 200 for reads.
//  [S3] "DLT645-2007报文解析" (excerpt in the pages corpus): worked reads of 00010000 and 02010100.
//  [S4] DL/T 645-1997 "三相电子式多功能电能表通信规约" (zixin.com.cn/doc/5601037.html): the 1997
//       frame, control codes and 2-byte identifiers; HEYUAN ASDU-LS manual p.18
//       (manualshive.com/en/manual/heyuan-intelligence/asdu-ls/2128413?page=18): the B611 example.
//  [S5] The error word ERR (bit 0 other error ... bit 6 tariff count exceeded) and the security
//       error word SERR (bit 1 repeated recharge ... bit 6 purchase over the hoarding limit) as
//       tabulated by public DL/T 645 parsers ("ErrList1"/"ErrList2" in a Java protocol class;
//       get645Error in a JavaScript console) and the 1997 error word as in bobyuxinyang/dlt645_2007
//       (dlt645 97 header, S_D97_ERR).
//  [S6] Control command 1CH: N1 = 1AH trip, 1BH close allowed, 2AH alarm, 2BH alarm release, 3AH
//       protect, 3BH protect release (a public meter-tool interface, "UserControlOpenAlarm"), and
//       1CH direct close ("直接合闸", State Grid 2013 addition, as handled in public meter firmware).
//  [S7] Prepaid security command 03H with identifiers 070101FF (first purchase / open account)
//       and 070102FF (recharge), as listed by a public vending platform client ("购电类指令").

#include "plugin/DriverInterfaces.h"
#include "util/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace prepaydesk::dlt645 {

class Dlt645
{
    Q_DECLARE_TR_FUNCTIONS(Dlt645)
};

enum class Edition
{
    V2007,
    V1997,
};

// "2007" / "1997" (empty: 2007).
Result<Edition> parseEdition(const QString &variant);

// Control code C [S2]: D7 direction (1: reply from the meter), D6 abnormal reply, D5 follow-up
// frame, D4..D0 function.
namespace control {
constexpr quint8 ReplyBit = 0x80;
constexpr quint8 AbnormalBit = 0x40;
constexpr quint8 FollowUpBit = 0x20;
constexpr quint8 FunctionMask = 0x1F;
// DL/T 645-2007 functions [S2]
constexpr quint8 Security = 0x03; // prepaid security authentication (open account, recharge) [S7]
constexpr quint8 TimeSync = 0x08; // broadcast time sync (no reply); same code in 1997 [S4]
constexpr quint8 Read = 0x11;
constexpr quint8 ReadFollowUp = 0x12;
constexpr quint8 ReadAddress = 0x13;
constexpr quint8 Write = 0x14;
constexpr quint8 WriteAddress = 0x15;
constexpr quint8 RelayControl = 0x1C; // trip/close, alarm, protect [S6]
// DL/T 645-1997 functions [S4]
constexpr quint8 Read1997 = 0x01;
constexpr quint8 ReadFollowUp1997 = 0x02;
constexpr quint8 Write1997 = 0x04;
constexpr quint8 WriteAddress1997 = 0x0A;
} // namespace control

constexpr quint8 StartByte = 0x68;
constexpr quint8 EndByte = 0x16;
constexpr quint8 Preamble = 0xFE;
constexpr quint8 DataOffset = 0x33; // added to every data byte on the line [S1]
constexpr int AddressBytes = 6;
constexpr int MaxDataLength = 200; // L ≤ 200 (reads; writes ≤ 50) [S2]
constexpr int HeaderBytes = 10;    // 68 A0..A5 68 C L
constexpr int DefaultPreambles = 4;

// A frame with its data field decoded (0x33 taken off every byte).
struct Frame
{
    QByteArray address; // six bytes in line order (A0, the lowest two digits, first)
    quint8 control = 0;
    QByteArray data;

    bool isReply() const { return control & control::ReplyBit; }
    bool isAbnormal() const { return control & control::AbnormalBit; }
    bool hasFollowUp() const { return control & control::FollowUpBit; }
    quint8 function() const { return control & control::FunctionMask; }
};

enum class ScanStatus
{
    Complete, // `frame` is whole and its checksum and end byte are right
    NeedMore, // no whole frame yet; the first `consumed` bytes are noise
    Invalid,  // a frame started at `start` but cannot be trusted (`errorCode`, `error`)
};

struct Scan
{
    ScanStatus status = ScanStatus::NeedMore;
    Frame frame;
    qsizetype start = 0;    // Complete, Invalid: where the frame's first 68H is
    qsizetype consumed = 0; // Complete: end of the frame; NeedMore: droppable noise; Invalid: start + 1
    qsizetype preamble = 0; // Complete: FE bytes right before the frame
    QString errorCode;      // Invalid: "checksum", "end-byte", "length"
    QString error;          // Invalid: translated
};

// Looks for a frame anywhere in `bytes`. Noise and FE preambles before it are skipped; a frame
// that fails its checks is reported (Invalid) unless a good frame follows it in the same bytes,
// in which case that one is returned (resynchronisation). Never reads outside `bytes`.
Scan scan(QByteArrayView bytes);

// The whole frame on the line, with `preambles` FE bytes before it.
QByteArray encode(const Frame &frame, int preambles = DefaultPreambles);
// Sum of the bytes mod 256 (the frame checksum covers 68 ... last data byte) [S1].
quint8 checksum(QByteArrayView bytes);

// "000000000001" (up to 12 digits, padded with leading zeros) to the six line bytes; empty gives
// the wildcard AA..AA.
Result<QByteArray> addressFromText(const QString &digits);
// Line bytes to the printed address (highest byte first); non-BCD bytes show as hex.
QString addressText(QByteArrayView lineBytes);
QByteArray wildcardAddress();  // AA AA AA AA AA AA: "whichever meter" (read address) [S1][S2]
QByteArray broadcastAddress(); // 99 99 99 99 99 99: every meter, no reply (time sync) [S2]

// ---- Data items ---------------------------------------------------------------------------

enum class ItemFormat
{
    Number, // BCD with `decimals` decimal places; `signedValue`: the top bit of the top byte is the sign
    Hex,    // a bit field shown as hex digits (status words)
    Date,   // YYMMDDWW (04000101)
    Time,   // hhmmss (04000102)
};

struct Item
{
    const char *name; // "energy.forward_total"
    quint32 id;       // data identifier DI3..DI0 (2007) or DI1..DI0 (1997)
    Edition edition;
    int bytes; // length of the value on the line
    ItemFormat format;
    int decimals;
    const char *unit; // "kWh", "V", "A", "kW", "yuan", ""
    bool signedValue;
    const char *label; // QT_TRANSLATE_NOOP("Dlt645", ...)
};

QList<const Item *> items(Edition edition);
// By name ("energy.forward_total") or identifier in hex ("00010000", "9010").
const Item *findItem(const QString &nameOrId, Edition edition);
const Item *findItem(quint32 id, Edition edition);
QString itemLabel(const Item &item);

// ---- Requests (frames to send) -------------------------------------------------------------

Frame readAddressRequest();
Result<Frame> readRequest(const QByteArray &address, const QString &item, Edition edition);
Result<Frame> timeSyncRequest(const QDateTime &time);
Result<Frame> relayRequest(const QByteArray &address, RelayAction action, const QByteArray &password,
                           const QByteArray &operatorCode, const QDateTime &validUntil);
// Write address goes to AA..AA (the one meter on the line) [S2].
Result<Frame> writeAddressRequest(const QString &newAddress);
// Open account (070101FF) or recharge (070102FF) through a security module: DI, operator code,
// then the module's sealed block [S7].
Result<Frame> purchaseRequest(const QByteArray &address, const MeterPurchase &purchase, const QByteArray &operatorCode,
                              const SecurityModule &security);

constexpr quint32 OpenAccountId = 0x070101FF; // [S7]
constexpr quint32 RechargeId = 0x070102FF;    // [S7]

// ---- Replies -------------------------------------------------------------------------------

// Decodes what a reply frame says (values, or the meter's error with its meaning). The edition
// follows from the function code (1997 and 2007 use different ones). Errors only for a reply
// whose data field does not fit its function (wrong length, not BCD).
Result<MeterReply> decodeReply(const Frame &frame);

// The reasons in an error word, as machine codes and in words.
QStringList errorCodes(quint8 err, Edition edition);
QStringList securityErrorCodes(quint16 serr);
QString errorMeaning(const QString &code);

// The 6-byte BCD time ss mm hh DD MM YY used by time sync and the relay deadline.
Result<QByteArray> bcdTime(const QDateTime &time);
QDateTime timeFromBcd(QByteArrayView ssmmhhDDMMYY);

// ---- Meter side: the simulator and the tests -----------------------------------------------

// What a request frame asks for.
struct ParsedRequest
{
    MeterCommand command = MeterCommand::Read;
    Edition edition = Edition::V2007;
    QByteArray address; // as addressed (AA..AA for read and write address, 99..99 for time sync)
    quint32 id = 0;     // Read, OpenAccount, Recharge
    const Item *item = nullptr;
    QByteArray extra; // Read (2007): bytes after the identifier (block count N, load-profile time)
    QDateTime time;   // TimeSync; Relay deadline
    RelayAction relay = RelayAction::Trip;
    QByteArray password; // Relay
    QByteArray operatorCode;
    QByteArray sealed;     // OpenAccount, Recharge
    QByteArray newAddress; // WriteAddress
};
// Errors for a frame that is a reply, a function this codec does not serve, or a data field
// that does not fit its function.
Result<ParsedRequest> parseRequest(const Frame &frame);
// The request frame a ParsedRequest describes (the inverse of parseRequest).
Result<Frame> requestFrame(const ParsedRequest &request);
// Open account or recharge on the meter side: opens the sealed block with the meter's module and
// checks that it was sealed for this command (a block sealed for opening an account must not load
// as a recharge, nor the other way round). Use this rather than SecurityModule::open directly.
Result<MeterPurchase> openPurchase(const ParsedRequest &request, const SecurityModule &security);

// Bits of the error word ERR in an abnormal reply [S5].
namespace err {
constexpr quint8 Other = 0x01;      // 2007 bit 0; 1997: illegal data
constexpr quint8 NoData = 0x02;     // 2007 bit 1: no requested data; 1997: identifier wrong
constexpr quint8 Password = 0x04;   // bit 2: password wrong / not authorised (both editions)
constexpr quint8 BaudRate = 0x08;   // 2007 bit 3
constexpr quint8 YearZones = 0x10;  // bit 4
constexpr quint8 DayPeriods = 0x20; // bit 5
constexpr quint8 Tariffs = 0x40;    // bit 6
} // namespace err

// Bits of the security error word SERR (2 bytes, low byte first) in an abnormal 03H reply [S5].
namespace serr {
constexpr quint16 Other = 0x0001;
constexpr quint16 RepeatedRecharge = 0x0002;
constexpr quint16 Esam = 0x0004;
constexpr quint16 Authentication = 0x0008;
constexpr quint16 Customer = 0x0010;
constexpr quint16 RechargeCount = 0x0020;
constexpr quint16 HoardingLimit = 0x0040;
} // namespace serr

// A value as the item's line bytes (lowest byte first, before +33H). Number: decimal text with
// at most item.decimals places ("1206.42", "-0.5" for signed items); Hex: 2 * bytes hex digits;
// Date: "2015-05-11" (the weekday byte is computed); Time: "22:01:31".
Result<QByteArray> encodeValue(const Item &item, const QString &value);
// A Number item from an integer in units of its last decimal place (120642 for 1206.42 kWh).
Result<QByteArray> encodeNumber(const Item &item, qint64 number);

// The normal reply to a read: C = 91H (2007) / 81H (1997), with D5 set when `followUp`; data is
// the identifier then the value bytes (as encodeValue gives them) [S1][S4].
Frame readReply(const QByteArray &address, quint32 id, Edition edition, const QByteArray &value, bool followUp = false);
Result<Frame> readReply(const QByteArray &address, const Item &item, const QString &value);
// The reply to read address: C = 93H, data = the meter's address [S1].
Frame readAddressReply(const QByteArray &address);
// The normal reply without data to relay control (9CH), write (94H/84H), write address (95H/8AH)
// [S2]; for write address `address` is the new one.
Frame ackReply(const QByteArray &address, quint8 requestFunction);
// The normal reply to open account or recharge: C = 83H, data = the identifier then `data` [S7].
Frame securityReply(const QByteArray &address, quint32 id, const QByteArray &data = {});
// The abnormal reply to any request but 03H: C = request | C0H, data = ERR [S2][S5].
Frame errorReply(const QByteArray &address, quint8 requestFunction, quint8 errorWord);
// The abnormal reply to 03H: C = C3H, data = SERR low byte first [S5].
Frame securityErrorReply(const QByteArray &address, quint16 securityErrorWord);

} // namespace prepaydesk::dlt645
