#pragma once

// PrepayDesk's own card format "prepaydesk-1" (docs/card-format.md): the 224-byte application
// area of an SLE4442 or CPU card as an issuer block (written by the counter) and a write-back
// block (written by the meter), each sealed by an 8-byte MAC bound to the card serial.
//
//   area[0..112)    issuer block:     104 bytes of fields, MAC = HMAC(macKey, "I" || serial || fields)[0..8)
//   area[112..224)  write-back block: 104 bytes of fields, MAC = HMAC(macKey, "W" || serial || fields)[0..8)
//
// Reading is strict: the MACs are checked before any field is believed, then every field is
// checked for range and consistency. write() refuses an image read() would refuse.

#include "plugin/DriverInterfaces.h"
#include "util/Result.h"

#include <QByteArray>
#include <QCoreApplication>

namespace prepaydesk {

class PrepayCardFormat : public CardFormat
{
    Q_DECLARE_TR_FUNCTIONS(PrepayCardFormat)
public:
    static constexpr int AreaSize = 224;
    static constexpr int BlockSize = 112;  // each block, MAC included
    static constexpr int FieldsSize = 104; // each block's fields
    static constexpr int MacSize = 8;
    static constexpr int IssuerOffset = 0;
    static constexpr int WriteBackOffset = 112;
    static constexpr int Version = 1;
    static constexpr int TextSize = 16;                              // meter and customer numbers
    static constexpr int MaxReadings = 4;                            // readings in the write-back block
    static constexpr qint64 MaxAmount = 10'000'000'000LL;            // credit and limits: 100 million yuan in fen
    static constexpr qint64 MaxCumulative = 1'000'000'000'000'000LL; // use register, milli-units
    static constexpr qint64 MaxPrice = 1'000'000;                    // fen per unit (10,000 yuan)

    // What went wrong with a card, for callers and tests that must tell the cases apart without
    // reading the (translated) message. The Error's code and field say the same:
    //   Blank    Code::NotFound, field "card"    nothing written yet (issuer block all FF)
    //   Foreign  Code::Invalid,  field "format"  another format, or a newer version of this one
    //   Altered  Code::Corrupt,  field "mac"     a MAC does not match: tampered, damaged, another
    //                                            utility's key or another card's serial
    //   Invalid  Code::Invalid,  field = the card field ("credit", "utility", "writeBack.remaining")
    //   None     not an error of this format
    enum class Problem
    {
        None,
        Blank,
        Foreign,
        Altered,
        Invalid,
    };
    static Problem problem(const Error &error);

    QString format() const override { return QStringLiteral("prepaydesk-1"); }
    int size() const override { return AreaSize; }
    Result<CardImage> read(const QByteArray &area, const QByteArray &serial, const QByteArray &key) const override;
    Result<QByteArray> write(const CardImage &image, const QByteArray &serial, const QByteArray &key) const override;

    // The meter's side: `area` with only its write-back block replaced by `writeBack` (sealed
    // with its MAC). The issuer block must be a valid one for `serial` and is kept byte for byte;
    // a damaged earlier write-back is simply overwritten. writeBack.present == false erases the
    // block (all FF).
    static Result<QByteArray> withWriteBack(const QByteArray &area, const CardWriteBack &writeBack,
                                            const QByteArray &serial, const QByteArray &key);

    // Every field of an image checked as read() and write() check it (ranges, digits, text).
    static Status validate(const CardImage &image);
    static Status validate(const CardWriteBack &writeBack);
};

} // namespace prepaydesk
