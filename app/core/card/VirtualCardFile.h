#pragma once

// A virtual card's image file (JSON, docs/card-format.md "Card image files"), as the test reader
// (tests/cards/virtual_card.py) and prepay-metersim's card slots keep it:
//   SLE4442: {"chip":"sle4442","memory":"<256 bytes hex>","protection":"<4 bytes hex>",
//             "psc":"<3 bytes hex>","errorCounter":0..3}
//            serial at memory 14-1B, application area at memory 20-FF.
//   CPU:     {"chip":"cpu","serial":"<8 bytes hex>","area":"<224 bytes hex>",
//             "keys":{"1":"<16 bytes hex>","2":"<16 bytes hex>"},"extTries":0..3}
// Loading checks every field; saving replaces the file atomically (QSaveFile) and keeps every
// field it does not change, so a reader process and a meter can take turns with one file.

#include "util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace prepaydesk {

class VirtualCardFile
{
    Q_DECLARE_TR_FUNCTIONS(VirtualCardFile)
public:
    enum class Chip
    {
        Sle4442,
        Cpu,
    };

    static constexpr int AreaSize = 224;
    static constexpr int SerialSize = 8;
    static constexpr int Sle4442MemorySize = 256;
    static constexpr int Sle4442SerialOffset = 0x14;
    static constexpr int Sle4442AreaOffset = 0x20;

    static Result<VirtualCardFile> load(const QString &path);
    static Result<VirtualCardFile> fromJson(const QByteArray &json);

    // A blank SLE4442 as it comes from the card maker: ATR header A2 13 10 91, serial FF..,
    // area FF.., all bytes writable, transport PSC FFFFFF, 3 tries.
    static VirtualCardFile blankSle4442();
    // An SLE4442 as PrepayDesk personalises it: "PD" 01 header, `serial`, its PSC (CardKeys::psc),
    // header protected, area FF.. (blank).
    static Result<VirtualCardFile> personalisedSle4442(const QByteArray &serial, const QByteArray &psc);
    // A CPU card with `serial`, its two keys (16 bytes each, diversified by the caller) and an area
    // of FF.. (blank).
    static Result<VirtualCardFile> cpu(const QByteArray &serial, const QByteArray &externalKey,
                                       const QByteArray &internalKey);

    Chip chip() const { return m_chip; }
    QString chipName() const; // "sle4442", "cpu"
    QByteArray serial() const;
    // SLE4442: not personalised (serial FF..); CPU: always false (the card maker gives the serial).
    bool isBlank() const;
    // SLE4442: header "PD" 01 at memory 10-12 (personalised by PrepayDesk).
    bool hasPrepayDeskHeader() const;
    QByteArray area() const;
    Status setArea(const QByteArray &area);

    // SLE4442 only: the card's PSC and the tries left (empty / -1 on a CPU card).
    QByteArray psc() const;
    int errorCounter() const;
    // SLE4442 memory (256 bytes); CPU: empty.
    QByteArray memory() const { return m_memory; }

    QJsonObject json() const;
    QByteArray toJson() const;
    // Writes the image to `path`: a temporary file renamed over it, never a half-written file.
    Status save(const QString &path) const;

private:
    VirtualCardFile() = default;

    Chip m_chip = Chip::Sle4442;
    QJsonObject m_json;  // everything as read, so that unknown fields survive a save
    QByteArray m_memory; // SLE4442
    QByteArray m_serial; // CPU
    QByteArray m_area;   // CPU
};

} // namespace prepaydesk
