#pragma once

// Siemens/Infineon SLE4442 memory cards (256-byte EEPROM, 32 protection bits over 00-1F, a 3-byte
// programmable security code PSC with a 3-try error counter) through the pseudo-APDUs that PC/SC
// readers offer for them. Pure functions: command bytes out, status words in.
//
// Sources (public manuals; the code is written from them, nothing copied):
//  [ACS38] ACS "ACR38x (CCID) Reference Manual" v6.04, 9.3.6 "SLE 4432/4442/5532/5542":
//          SELECT_CARD_TYPE FF A4 00 00 01 06, READ_MEMORY_CARD FF B0 00 <addr> <len>,
//          READ_PRESENTATION_ERROR_COUNTER FF B1 00 00 04 (ERRCNT + 3 dummy bytes),
//          READ_PROTECTION_BITS FF B2 00 00 04, WRITE_MEMORY_CARD FF D0 00 <addr> <len> <data>,
//          WRITE_PROTECTION_MEMORY_CARD FF D1 00 <addr> <len> <data> (protects a byte only where
//          the data equals the memory), PRESENT_CODE FF 20 00 00 03 <PSC> answered 90 <ErrorCnt>
//          (07: right code), CHANGE_CODE FF D2 00 01 03 <PSC>.
//          The protection bits: PROT 1 bit 0 is byte 0 ... PROT 4 bit 7 is byte 1F; 0 = protected.
//  [ACS39] ACS "ACR39x Reference Manual" v1.03, 8.4: the same commands; ERRCNT 07 = the last
//          verification was right, 00 = locked.
//  [SLE]   Infineon SLE 4442 data sheet: the ATR header A2 13 10 91, the error counter (3 bits,
//          one cleared per wrong PSC, all three set again by a right one), protection memory
//          (a cleared bit write-protects its byte for good).
// The PrepayDesk layout of the 256 bytes is in docs/card-format.md (header 00-1F, area 20-FF).

#include "plugin/DriverInterfaces.h"
#include "util/Result.h"

#include <QByteArray>
#include <QCoreApplication>

namespace prepaydesk::sle4442 {

class Sle4442
{
    Q_DECLARE_TR_FUNCTIONS(Sle4442)
};

// Memory map [SLE] and the PrepayDesk header (docs/card-format.md).
constexpr int MemorySize = 256;
constexpr int ProtectedSize = 0x20; // bytes 00-1F have a protection bit each [SLE]
constexpr int MagicAddress = 0x10;  // "PD"
constexpr int VersionAddress = 0x12;
constexpr quint8 LayoutVersion = 0x01;
constexpr int SerialAddress = 0x14;
constexpr int SerialSize = 8;
constexpr int AreaAddress = 0x20;
constexpr int AreaSize = MemorySize - AreaAddress; // 224
constexpr int PscSize = 3;
// Bytes per READ/WRITE MEMORY: the manuals allow up to 255 [ACS38]; 32 keeps every command short
// for readers with small buffers and a pulled card loses at most one chunk.
constexpr int ChunkSize = 32;

// The ATR an ACS reader reports for a SLE4442: 3B 04, then the chip's header A2 13 10 91 [ACS38].
QByteArray atr();
bool recognises(const QByteArray &atr);
// The transport PSC of a new card: FF FF FF [SLE].
QByteArray transportPsc();

// Command APDUs [ACS38]. Addresses and lengths are checked: a command that would run past the
// card's 256 bytes is an Error.
CommandApdu selectCardType();
Result<CommandApdu> readMemory(int address, int length);
CommandApdu readErrorCounter();
CommandApdu readProtectionBits();
Result<CommandApdu> writeMemory(int address, const QByteArray &data);
Result<CommandApdu> writeProtection(int address, const QByteArray &data);
Result<CommandApdu> presentCode(const QByteArray &psc);
Result<CommandApdu> changeCode(const QByteArray &newPsc);

// Tries left from the error counter byte: its low three bits, one per try left (07 = 3, 03 = 2,
// 01 = 1, 00 = 0 locked) [SLE].
int triesFromCounter(quint8 counter);
// READ ERROR COUNTER's reply -> tries left.
Result<int> parseErrorCounter(const ResponseApdu &reply);
// READ PROTECTION BITS's reply -> the 4 bytes (byte 0 bit 0 = address 0; 1 = still writable).
Result<QByteArray> parseProtectionBits(const ResponseApdu &reply);
// Whether the byte at `address` (00-1F) is still writable by the protection bits.
bool writable(const QByteArray &protectionBits, int address);

// What PRESENT CODE's reply 90 <counter> said.
struct PresentResult
{
    bool accepted = false; // 90 07
    int triesLeft = 0;     // after this presentation
};
Result<PresentResult> parsePresentCode(const ResponseApdu &reply);

} // namespace prepaydesk::sle4442
