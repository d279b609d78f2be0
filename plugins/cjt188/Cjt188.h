#pragma once

// CJ/T 188 "Technical requirements of utility meters data transmission" (household water, gas and
// heat meters), editions 2004 and 2018: the frame, its scanner (FE preambles, noise,
// resynchronisation), the requests a master sends, the decoding of every reply, and the meter's
// side (parse a request, build a reply) for the simulator and the tests. Pure functions: bytes in,
// bytes out, no state.
//
// Sources (public descriptions of the standard; the code is written from them, nothing copied):
//  [S1] "4G模块DTU网关远程抄表方案(三):水表188协议" (blog.youkuaiyun.com/sym_robot/article/details/
//       129044258): frame 68 T A0..A6 C L DI0 DI1 SER ... CS 16, FE preambles, checksum = sum of
//       68..last data byte mod 256, and the worked read frame
//       "FE FE FE 68 10 77 66 55 44 33 22 11 01 03 90 1F 01 08 16" (cold water meter 11223344556677).
//  [S2] NG Gateway CJ/T 188 driver manual, "address-di" (ng-gateway.com/southward/cjt188/
//       address-di.html): meter type codes T of both editions, address A0..A6 lowest first, and the
//       edition difference: 2004 sends DI 901F as "90 1F", 2018 as "1F 90".
//  [S3] The ng-driver-cjt188 DI schema registry (public Rust source, "DI Response Schema Registry"):
//       901F water/gas reply = current flow (4 BCD XXXXXX.XX + unit), settlement-day flow (4 + unit),
//       real time (7), status (2); the heat-meter 901F layout; 8105 purchase data (sequence, this
//       purchase, cumulative purchase, remaining money, status).
//  [S4] KingDa NB water meter firmware header "CJT-188-2004.h" (public, CaiYongCode/
//       KingDa-NBWaterMeterCode-BC95): control codes 01/81/C1 read data, 03/83/C3 read address,
//       04/84/C4 write data, 09 read key version, 15/95/D5 write address, 16/96/D6 write sync data;
//       DIs 901F, D120..D12B, 8102..8106, 810A, A010..A019; valve commands 55H open, 99H close;
//       unit codes (02H Wh ... 2CH m³, 32H L/h, 35H m³/h); the real time on the line
//       ss mm hh DD MM YY(low) YY(high); the status word ST (D0 D1 valve 00 open 01 closed 11 fault,
//       D2 battery low); meter type AAH accepted as "any type".
//  [S5] A public CJ/T 188-2004 frame explainer (C#, "188-04报文", ExplainRxPacket/GetProtoTree):
//       control code bits D7 direction, D6 abnormal reply, D5..D0 function; an abnormal reply's data
//       is SER then ST (valve bits, battery bit).
//  [S6] A public CJ/T 188 meter simulator (C#, CY.IoTM.Common.Item.DataItem_A013 and _A013_ASK):
//       write purchase amount A013 = DI, SER, purchase sequence (1 byte BCD), amount (4 bytes BCD
//       XXXXXX.XX yuan); the meter's confirmation echoes the sequence and the amount.
//  [S7] A public CJ/T 188 data-item header ("cj188_Frame", DI_13 .. DI_18): write standard time
//       A015 carries the 7-byte real time, valve control A017 is answered with the status ST,
//       write address A018 carries the new A0..A6.

#include "plugin/DriverInterfaces.h"
#include "util/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace prepaydesk::cjt188 {

class Cjt188
{
    Q_DECLARE_TR_FUNCTIONS(Cjt188)
};

// The two editions differ in the byte order of the data identifier on the line [S2]:
// 2004 sends DI 901F as 90 1F (high byte first), 2018 as 1F 90 (low byte first).
enum class Edition
{
    V2004,
    V2018,
};

// "2004" / "2018" (empty: 2004).
Result<Edition> parseEdition(const QString &variant);
QString editionName(Edition edition);

// Control code C [S4][S5]: D7 direction (1: reply from the meter), D6 abnormal reply, D5..D0 function.
namespace control {
constexpr quint8 ReplyBit = 0x80;
constexpr quint8 AbnormalBit = 0x40;
constexpr quint8 FunctionMask = 0x3F;
constexpr quint8 ReadData = 0x01;
constexpr quint8 ReadAddress = 0x03;
constexpr quint8 WriteData = 0x04;
constexpr quint8 ReadKeyVersion = 0x09;
constexpr quint8 WriteAddress = 0x15;
constexpr quint8 WriteSyncData = 0x16;
} // namespace control

// Data identifiers DI1 DI0 as the tables print them (901F) [S4].
namespace di {
constexpr quint16 MeterData = 0x901F;    // read: current and settlement-day flow, time, status
constexpr quint16 PurchaseData = 0x8105; // read: purchase sequence, amounts, remaining money, status
constexpr quint16 ReadAddress = 0x810A;
constexpr quint16 WritePurchase = 0xA013; // write purchase amount [S6]
constexpr quint16 WriteTime = 0xA015;     // write standard time [S7]
constexpr quint16 WriteValve = 0xA017;    // write valve control [S7]
constexpr quint16 WriteAddress = 0xA018;  // write address [S7]
} // namespace di

// Meter type T [S2]: 10H..19H water (10H cold, 11H hot, 12H drinking, 13H reclaimed), 20H..29H
// heat (20H heat, 21H cooling, 22H both, 2018), 30H..39H gas, 40H..49H custom; AAH any [S4].
namespace meter_type {
constexpr quint8 ColdWater = 0x10;
constexpr quint8 HotWater = 0x11;
constexpr quint8 Heat = 0x20;
constexpr quint8 Gas = 0x30;
constexpr quint8 Any = 0xAA;
} // namespace meter_type
bool isHeatMeter(quint8 meterType);

constexpr quint8 StartByte = 0x68;
constexpr quint8 EndByte = 0x16;
constexpr quint8 Preamble = 0xFE;
constexpr int AddressBytes = 7;
constexpr int HeaderBytes = 11; // 68 T A0..A6 C L
// No function of either edition carries more than 46 data bytes (the heat meter's 901F reply [S3]);
// a length above 64H is taken as line noise, not as a frame to wait for.
constexpr int MaxDataLength = 0x64;
constexpr int DefaultPreambles = 3; // as in [S1]'s worked frame

// Valve commands in A017 [S4].
constexpr quint8 ValveOpenCode = 0x55;
constexpr quint8 ValveCloseCode = 0x99;

// A frame as it is on the line (CJ/T 188 adds no offset to the data).
struct Frame
{
    quint8 meterType = meter_type::ColdWater;
    QByteArray address; // seven bytes in line order (A0, the lowest two digits, first)
    quint8 control = 0;
    QByteArray data; // DI0 DI1 SER ... in line order

    bool isReply() const { return control & control::ReplyBit; }
    bool isAbnormal() const { return control & control::AbnormalBit; }
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
    qsizetype start = 0;    // Complete, Invalid: where the frame's 68H is
    qsizetype consumed = 0; // Complete: end of the frame; NeedMore: droppable noise; Invalid: start + 1
    qsizetype preamble = 0; // Complete: FE bytes right before the frame
    QString errorCode;      // Invalid: "checksum", "end-byte", "length"
    QString error;          // Invalid: translated
};

// Looks for a frame anywhere in `bytes`. Noise and FE preambles before it are skipped; a frame
// that fails its checks is reported (Invalid) unless a good frame follows it in the same bytes, in
// which case that one is returned (resynchronisation). Never reads outside `bytes`.
Scan scan(QByteArrayView bytes);

// The whole frame on the line, with `preambles` FE bytes before it.
QByteArray encode(const Frame &frame, int preambles = DefaultPreambles);
// Sum of the bytes mod 256 (the checksum covers 68 ... last data byte) [S1].
quint8 checksum(QByteArrayView bytes);

// "11223344556677" (up to 14 digits, padded with leading zeros; hex digits allowed for the
// manufacturer bytes) to the seven line bytes; empty gives the wildcard AA..AA.
Result<QByteArray> addressFromText(const QString &digits);
// Line bytes to the printed address (A6 first).
QString addressText(QByteArrayView lineBytes);
QByteArray wildcardAddress(); // AA x 7: "whichever meter is on the line" (read address)

// The data identifier on the line in an edition's byte order, and back.
QByteArray diBytes(quint16 id, Edition edition);
quint16 diFromBytes(QByteArrayView twoBytes, Edition edition);
// The edition a frame's DI reads as a known identifier in; nullopt when neither or both do.
std::optional<Edition> detectEdition(const Frame &frame);

// Unit codes [S4]: 2CH m³, 29H L, 05H kWh, ... Empty for an unknown code.
QString unitSymbol(quint8 code);

// ---- Status word ST [S4][S5] --------------------------------------------------------------

enum class ValveState
{
    Open = 0,    // D1 D0 = 00
    Closed = 1,  // 01
    Unknown = 2, // 10 (not defined by the standard)
    Fault = 3,   // 11
};

struct MeterStatus
{
    ValveState valve = ValveState::Open;
    bool batteryLow = false; // D2
    quint16 raw = 0;         // ST as a 16-bit word (ST0 is the low byte, first on the line)
};

MeterStatus decodeStatus(quint16 st);
quint16 statusWord(ValveState valve, bool batteryLow, quint16 otherBits = 0);

// ---- Requests (frames a master sends) ------------------------------------------------------

// Item names that Read understands: "meter_data" (901F), "purchase_data" (8105); a raw DI in hex
// ("901F") is accepted too.
QStringList itemNames();
std::optional<quint16> itemId(const QString &nameOrHex);
QString itemName(quint16 id); // "meter_data", or the DI in hex
QString itemLabel(const QString &name);

struct Header
{
    quint8 meterType = meter_type::ColdWater;
    QByteArray address; // line bytes
    Edition edition = Edition::V2004;
    quint8 ser = 0; // frame sequence number SER
};

Result<Frame> readRequest(const Header &header, const QString &item);
Frame readAddressRequest(const Header &header); // to the wildcard address unless one is given
Result<Frame> valveRequest(const Header &header, ValveAction action);
// Purchase sequence: 0..99, one BCD byte [S6]; amount in fen, 0 < amount ≤ 99 999 999 (XXXXXX.XX yuan).
Result<Frame> purchaseRequest(const Header &header, int purchaseSequence, qint64 amountMinor);
Result<Frame> setTimeRequest(const Header &header, const QDateTime &time);
Result<Frame> writeAddressRequest(const Header &header, const QString &newAddress);

// The 7-byte real time ss mm hh DD MM YY YY (low year byte first) [S4]; years 2000..2099 are
// what the console writes, any BCD year is read.
Result<QByteArray> bcdTime(const QDateTime &time);
QDateTime timeFromBcd(QByteArrayView sevenBytes);

// ---- Replies -------------------------------------------------------------------------------

// Decodes what a reply frame says: values with units, or the meter's abnormal reply with its
// meaning. Errors only for a reply whose data does not fit its function (wrong length, not BCD).
Result<MeterReply> decodeReply(const Frame &frame, Edition edition);

// The meaning of an abnormal reply (function and status), as codes and in words.
QStringList abnormalCodes(quint8 function, const MeterStatus &status);
QString abnormalMeaning(const QString &code);

// ---- The meter's side (simulator, tests) ---------------------------------------------------

struct ParsedRequest
{
    MeterCommand command = MeterCommand::Read;
    Header header; // meter type, address, edition, SER as the request carried them
    quint8 function = 0;
    quint16 id = 0; // the data identifier (DI1 DI0 as printed)
    QString item;   // Read: "meter_data", "purchase_data" or the DI in hex
    ValveAction valve = ValveAction::Open;
    int purchaseSequence = 0; // Recharge
    qint64 amountMinor = 0;   // Recharge, fen
    QDateTime time;           // SetTime
    QByteArray newAddress;    // WriteAddress, line bytes
};
// What a request asks for, read in `edition`'s DI byte order.
Result<ParsedRequest> parseRequest(const Frame &frame, Edition edition);

// One flow (or heat) value: number in hundredths (XXXXXX.XX) and its unit code.
struct Quantity
{
    qint64 hundredths = 0; // 0 .. 99 999 999
    quint8 unit = 0x2C;    // m³
};

struct MeterData
{
    Quantity current;    // current cumulative flow
    Quantity settlement; // cumulative flow on the settlement day
    QDateTime time;      // the meter's clock
    quint16 status = 0;  // ST (statusWord())
};

struct PurchaseData
{
    int sequence = 0;          // last purchase sequence (0..99)
    qint64 lastMinor = 0;      // this (last) purchase, fen
    qint64 totalMinor = 0;     // cumulative purchases, fen
    qint64 remainingMinor = 0; // remaining money, fen
    quint16 status = 0;
};

// Replies to a parsed request: same meter type, address, edition and SER.
Result<Frame> meterDataReply(const ParsedRequest &request, const MeterData &data);
Result<Frame> purchaseDataReply(const ParsedRequest &request, const PurchaseData &data);
// From the meter's own address; `meterType` replaces the request's T (which may be AAH, "any").
Frame readAddressReply(const ParsedRequest &request, const QByteArray &address, quint8 meterType = meter_type::Any);
Frame valveReply(const ParsedRequest &request, quint16 status);
Result<Frame> purchaseReply(const ParsedRequest &request); // echoes sequence and amount [S6]
Frame setTimeReply(const ParsedRequest &request);
Frame writeAddressReply(const ParsedRequest &request);
// Abnormal reply (D6 set): SER and ST [S5].
Frame abnormalReply(const ParsedRequest &request, quint16 status);

} // namespace prepaydesk::cjt188
