#pragma once

// ISO/IEC 7816-4 CPU cards as PrepayDesk uses them: an MF with two transparent EFs (serial and
// application area), challenge-response authentication with 2-key 3DES keys diversified from the
// utility's master key by the card serial. Pure functions: command bytes out, replies in.
//
// Sources (the code is written from them, nothing copied):
//  [7816]  ISO/IEC 7816-4:2005 sections 7.1.1 SELECT (INS A4, P1 00 select by file id),
//          7.2.3 READ BINARY (B0) and 7.2.5 UPDATE BINARY (D6) with a 15-bit offset in P1-P2,
//          7.5.2 INTERNAL AUTHENTICATE (88), 7.5.3 GET CHALLENGE (84), 7.5.4 EXTERNAL
//          AUTHENTICATE (82) with the key number in P2; status words 5.1.3: 63 Cx (x tries
//          left), 67 00, 69 82 security status not satisfied, 69 83 authentication method
//          blocked, 69 85 conditions of use not satisfied, 6A 82 file not found, 6B 00 wrong
//          offset, 6D 00, 6E 00.
//  [PBOC]  JR/T 0025 (PBOC 2.0/3.0) key diversification as publicly described: the left half of
//          a card key is 3DES(master, D), the right half 3DES(master, NOT D), D derived from the
//          card's data (here its 8-byte serial with the key number in the last byte).
//  [CARDS] The PrepayDesk card contract (docs/card-format.md): files 3F00/0001/0002, key 1 for
//          external, key 2 for internal authentication, the ATR "PDCPU001".

#include "plugin/DriverInterfaces.h"
#include "util/Result.h"

#include <QByteArray>
#include <QCoreApplication>

namespace prepaydesk::cpucard {

class CpuCard
{
    Q_DECLARE_TR_FUNCTIONS(CpuCard)
};

constexpr quint16 MasterFile = 0x3F00;
constexpr quint16 SerialFile = 0x0001;
constexpr quint16 AreaFile = 0x0002;
constexpr int SerialSize = 8;
constexpr int AreaSize = 224;
constexpr int KeySize = 16;       // 2-key 3DES
constexpr int ChallengeSize = 8;  // one DES block
constexpr quint8 ExternalKey = 1; // the host proves it may write [CARDS]
constexpr quint8 InternalKey = 2; // the card proves it is genuine [CARDS]
// Bytes per READ/UPDATE BINARY: short APDUs carry up to 255 / 256 [7816]; 128 halves the area
// and keeps every command well inside small reader buffers.
constexpr int ChunkSize = 128;

// The ATR of PrepayDesk CPU cards: 3B 68 00 00 then the historical bytes "PDCPU001" [CARDS].
QByteArray atr();
bool recognises(const QByteArray &atr);

// Command APDUs [7816]. Offsets and lengths are checked.
CommandApdu select(quint16 fileId);
Result<CommandApdu> readBinary(int offset, int length);
Result<CommandApdu> updateBinary(int offset, const QByteArray &data);
CommandApdu getChallenge();
Result<CommandApdu> externalAuthenticate(quint8 keyNumber, const QByteArray &cryptogram);
Result<CommandApdu> internalAuthenticate(quint8 keyNumber, const QByteArray &challenge);

// 3DES-EDE2-ECB of one or more 8-byte blocks under a 16-byte key, no padding (OpenSSL EVP
// "DES-EDE-ECB", in OpenSSL 3's default provider).
Result<QByteArray> tdesEncrypt(const QByteArray &key, const QByteArray &blocks);
// Card key n from the master and the card serial [PBOC] [CARDS]:
//   D = serial XOR 00..00 0n;  K_n = 3DES(master, D) || 3DES(master, NOT D).
Result<QByteArray> diversify(const QByteArray &master, const QByteArray &serial, quint8 keyNumber);

// Tries left in a 63 Cx reply [7816], or -1 when the reply is not one.
int triesFromStatus(quint16 sw);
// A status word in words (translated), for messages: "6A82 file not found".
QString statusText(quint16 sw);

} // namespace prepaydesk::cpucard
