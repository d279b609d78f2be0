#pragma once

// Line settings for talking to meters: the serial byte format and speed (SerialSettings) and the
// request/response timing (LinkTiming), each with defaults per meter protocol ("dlt645",
// "cjt188", "modbus") that an engineer can override from the workbench or the command line.

#include "util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace prepaydesk {

struct SerialSettings
{
    Q_DECLARE_TR_FUNCTIONS(SerialSettings)
public:
    enum class Parity
    {
        None,
        Even,
        Odd,
    };

    qint32 baudRate = 2400;
    int dataBits = 8; // 5..8
    Parity parity = Parity::Even;
    int stopBits = 1;    // 1 or 2
    bool rtsCts = false; // hardware flow control (rare on meters; some optical heads need RTS)

    // The usual settings of a protocol's meters; unknown protocols get 9600 8N1.
    static SerialSettings forProtocol(const QString &protocol);
    // The speeds a protocol's meters are commonly set to, default first, for a port dialog.
    static QList<qint32> baudRates(const QString &protocol);

    // "2400 8E1", the way engineers write it.
    QString toText() const;
    // Reads "9600", "8N1", "9600 8N1" or "9600,8,N,1" over `base`: only what the text names
    // changes. An Error names what is wrong.
    static Result<SerialSettings> fromText(const QString &text, const SerialSettings &base);

    // Bits on the line per character: start + data + parity + stop.
    int characterBits() const;
    // How long one character takes on the line, in microseconds.
    qint64 characterTimeUs() const;

    friend bool operator==(const SerialSettings &, const SerialSettings &) = default;
};

// How a request waits for its reply. Times in milliseconds.
struct LinkTiming
{
    int responseTimeoutMs = 1500; // from the end of sending to a complete reply
    int tries = 3;                // sends in all (1 = no retry)
    int interFrameGapMs = 20;     // silence on the line before a request is sent
    // Modbus RTU: the silence before a frame is at least 3.5 character times (see modbusGapUs).
    bool modbusSilence = false;
    // After a damaged reply (bad checksum, wrong end byte), retry as soon as the line has been
    // quiet this long rather than waiting for the whole response timeout.
    int quietAfterDamageMs = 150;
    // Longest wait for the line to fall silent before sending anyway (a line that never stops
    // chattering must not block the request for ever).
    int maxSilenceWaitMs = 2000;

    static LinkTiming forProtocol(const QString &protocol);

    // The silence to keep before sending on a line with `serial` settings (0 for TCP: pass null).
    qint64 gapUs(const SerialSettings *serial) const;
    // Modbus RTU t3.5: 3.5 character times up to 19200 bps, a fixed 1750 us above.
    static qint64 modbusGapUs(const SerialSettings &serial);

    friend bool operator==(const LinkTiming &, const LinkTiming &) = default;
};

} // namespace prepaydesk
