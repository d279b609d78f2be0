#pragma once

#include <QByteArrayView>
#include <QString>

// The frame shape DL/T 645 and CJ/T 188 share: 68H, a fixed header whose last byte is the data
// length L, L data bytes, CS (the sum of every byte from 68H to the last data byte, mod 256),
// 16H; optionally FE preamble bytes before it (DL/T 645-2007 §7.1, CJ/T 188-2004 §6.1). One
// locator serves both codecs, so that their resynchronisation behaves the same.
namespace prepaydesk::sumframe {

inline constexpr quint8 StartByte = 0x68;
inline constexpr quint8 EndByte = 0x16;
inline constexpr quint8 Preamble = 0xFE;

struct Shape
{
    int headerBytes = 0;        // from the first 68H up to and including L
    int secondStartOffset = -1; // where a second 68H must stand (DL/T 645: 7), or -1
    int maxData = 255;          // the longest data field the protocol allows
};

enum class Status
{
    Complete, // a whole frame with the right checksum and end byte
    NeedMore, // nothing wrong yet: more bytes may complete a frame
    Invalid,  // the earliest frame fails its checks and no whole frame follows it
};

struct Found
{
    Status status = Status::NeedMore;
    qsizetype start = 0;    // Complete, Invalid: the frame's first 68H
    qsizetype consumed = 0; // Complete: end of the frame; NeedMore: droppable noise; Invalid: start + 1
    qsizetype preamble = 0; // Complete: FE bytes right before the frame
    int dataLength = 0;     // Complete: L
    QString errorCode;      // Invalid: "checksum", "end-byte", "length"
};

// Sum of the bytes mod 256.
quint8 checksum(QByteArrayView bytes);

// Looks for a frame anywhere in `bytes`: noise before it is skipped; the earliest candidate
// decides unless a whole frame follows it in the same bytes (resynchronisation). Never reads
// outside `bytes`.
Found locate(QByteArrayView bytes, const Shape &shape);

} // namespace prepaydesk::sumframe
