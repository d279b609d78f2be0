#pragma once

// Modbus RTU frames: CRC, the requests the console sends (read coils / discrete inputs / holding
// registers / input registers, write single coil, write single register, write multiple
// registers) and the replies it can get, exception replies included. Pure functions: bytes in,
// bytes out, no state, so the reply parser can be fuzzed.
//
// Sources (the code is written from the specifications' text, nothing copied):
//  [AP] MODBUS Application Protocol Specification V1.1b3 (modbus.org, 2012): §4.1 PDU (function
//       code + data, big-endian fields), §6.1-6.6 and §6.12 the function codes 01, 02, 03, 04,
//       05, 06 and 16 with their request/response layouts, quantity limits and examples, §7
//       exception responses (function code + 0x80) and the exception codes 01..0B.
//  [SL] MODBUS over Serial Line Specification and Implementation Guide V1.02 (modbus.org, 2006):
//       §2.2 addresses (0 broadcast, 1..247 individual), §2.5.1 the RTU frame (address, PDU,
//       CRC low byte first; 256 bytes at most), §6.2.2 the CRC-16 (preset FFFF, polynomial A001
//       reflected).
//  [PI] Modicon Modbus Protocol Reference Guide PI-MBUS-300 Rev. J (1996): exception 07
//       "negative acknowledge", and the RTU example frame 11 03 00 6B 00 03 76 87.

#include "plugin/DriverInterfaces.h"
#include "util/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace prepaydesk::modbus {

class Modbus
{
    Q_DECLARE_TR_FUNCTIONS(Modbus)
};

// Function codes [AP §5.1, §6].
namespace fn {
constexpr quint8 ReadCoils = 0x01;
constexpr quint8 ReadDiscreteInputs = 0x02;
constexpr quint8 ReadHoldingRegisters = 0x03;
constexpr quint8 ReadInputRegisters = 0x04;
constexpr quint8 WriteSingleCoil = 0x05;
constexpr quint8 WriteSingleRegister = 0x06;
constexpr quint8 WriteMultipleCoils = 0x0F;
constexpr quint8 WriteMultipleRegisters = 0x10;
constexpr quint8 ExceptionBit = 0x80; // [AP §7]
} // namespace fn

constexpr int MaxAduBytes = 256;       // [SL §2.5.1]
constexpr int MaxReadRegisters = 125;  // 0x7D [AP §6.3, §6.4]
constexpr int MaxReadBits = 2000;      // 0x7D0 [AP §6.1, §6.2]
constexpr int MaxWriteRegisters = 123; // 0x7B [AP §6.12]
constexpr int MinUnit = 1;             // [SL §2.2]
constexpr int MaxUnit = 247;           // [SL §2.2]
constexpr quint16 CoilOn = 0xFF00;     // [AP §6.5]
constexpr quint16 CoilOff = 0x0000;    // [AP §6.5]

// CRC-16/MODBUS over `bytes` [SL §6.2.2]. On the line its low byte goes first.
quint16 crc16(QByteArrayView bytes);

// One RTU frame: the unit (slave) address, the function code and the rest of the PDU.
struct Frame
{
    quint8 unit = 0;
    quint8 function = 0;
    QByteArray data; // the PDU after the function code

    bool isException() const { return function & fn::ExceptionBit; }
};

// The whole frame on the line: unit, function, data, CRC (low byte first) [SL §2.5.1].
QByteArray encode(const Frame &frame);

// ---- Requests -------------------------------------------------------------------------------

// Read `count` coils, discrete inputs, holding or input registers from `address` (01..04).
Result<Frame> readRequest(int unit, quint8 function, int address, int count);
Result<Frame> writeSingleCoil(int unit, int address, bool on);                             // 05
Result<Frame> writeSingleRegister(int unit, int address, quint16 value);                   // 06
Result<Frame> writeMultipleRegisters(int unit, int address, const QList<quint16> &values); // 16
// What a request frame asks (for checking a reply against it): function, address, count
// (registers or bits; 1 for single writes) and the values written.
struct RequestInfo
{
    quint8 unit = 0;
    quint8 function = 0;
    quint16 address = 0;
    quint16 count = 0;
    QList<quint16> values; // 05: FF00/0000; 06: the value; 16: the values
};
Result<RequestInfo> describeRequest(QByteArrayView frameBytes);

// ---- Replies --------------------------------------------------------------------------------

enum class ScanStatus
{
    Complete, // a whole reply with a good CRC
    NeedMore, // no whole reply yet; the first `consumed` bytes are noise
    Invalid,  // a reply started at `start` but cannot be trusted (`errorCode`, `error`)
};

struct Scan
{
    ScanStatus status = ScanStatus::NeedMore;
    Frame frame;
    qsizetype start = 0;    // Complete, Invalid: where the frame begins
    qsizetype consumed = 0; // Complete: end of the frame; NeedMore: droppable noise; Invalid: start + 1
    QString errorCode;      // Invalid: "crc", "length"
    QString error;          // Invalid: translated
};

// Looks for a reply anywhere in `bytes` (RTU has no start byte: any byte that is the expected
// unit and is followed by a reply function code may start one). The length follows from the
// function code and, for reads, the byte count [AP §6]. A good frame later in the bytes wins over
// noise or a damaged frame before it (resynchronisation). `unit` -1 accepts any unit 1..247.
Scan scanReply(QByteArrayView bytes, int unit = -1);

// A reply's content.
struct Reply
{
    quint8 unit = 0;
    quint8 function = 0; // without the exception bit
    bool exception = false;
    quint8 exceptionCode = 0;
    QList<quint16> registers; // 03, 04
    QByteArray bits;          // 01, 02: packed, bit 0 of byte 0 first [AP §6.1]
    quint16 address = 0;      // 05, 06, 16: the echoed address
    quint16 value = 0;        // 05, 06: the echoed value; 16: the echoed quantity
};
// Checks a reply's PDU against its function code (byte count, lengths).
Result<Reply> decodeReply(const Frame &frame);
// Checks a reply against the request it answers: same unit and function, as many registers or
// bits as asked, the write echoed unchanged. An exception reply matches if its function does.
Status matchReply(const RequestInfo &request, const Reply &reply);
// Bit `i` of a read-coils / read-discrete-inputs reply.
bool bitAt(const QByteArray &bits, int i);

// Exception codes [AP §7]; 07 from [PI].
QString exceptionCode(quint8 code);    // "illegal-data-address", or "exception-09"
QString exceptionMeaning(quint8 code); // translated, with what the user can do
// "read-holding-registers", "write-single-coil", ... or "function-2b".
QString functionName(quint8 function);

} // namespace prepaydesk::modbus
