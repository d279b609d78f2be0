// libFuzzer target for the "prepaydesk-1" card format (app/core/card/PrepayCardFormat): any
// application area, under a fixed serial and key, and with the input's first 8 bytes as the
// serial. Invariants (abort on failure, so the fuzzer reports a crash):
//  - read() never crashes and answers an Error with a problem() other than None, or an image;
//  - an image read() accepts passes validate() and is written back (write()) to exactly the
//    bytes it was read from: nothing on a card is ignored by the reader;
//  - withWriteBack() on an accepted area keeps its issuer block byte for byte.
// Random bytes almost never carry a valid MAC, so the input is also resealed with the test key
// (as a forger holding the key could) to reach the field checks behind the MACs.
#include "card/CardKeys.h"
#include "card/PrepayCardFormat.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace prepaydesk;

namespace {

void require(bool condition)
{
    if (!condition)
        std::abort();
}

const QByteArray Key = QByteArray::fromHex("000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f");
const QByteArray Serial = QByteArray::fromHex("0102030405060708");

QByteArray reseal(QByteArray area, const QByteArray &serial)
{
    const QByteArray macKey = CardKeys::macKey(Key)->bytes();
    area.replace(104, 8, CardKeys::hmacSha256(macKey, "I" + serial + area.left(104)).left(8));
    area.replace(216, 8, CardKeys::hmacSha256(macKey, "W" + serial + area.mid(112, 104)).left(8));
    return area;
}

void check(const QByteArray &area, const QByteArray &serial)
{
    const PrepayCardFormat format;
    const auto image = format.read(area, serial, Key);
    if (!image) {
        require(PrepayCardFormat::problem(image.error()) != PrepayCardFormat::Problem::None);
        require(!image.error().message.isEmpty());
        return;
    }
    require(PrepayCardFormat::validate(*image).ok());
    const auto again = format.write(*image, serial, Key);
    require(again.ok() && *again == area);
    const auto updated = PrepayCardFormat::withWriteBack(area, CardWriteBack{}, serial, Key);
    require(updated.ok() && updated->left(112) == area.left(112));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    check(input, Serial); // any length: the size check is part of the contract
    if (input.size() < PrepayCardFormat::AreaSize)
        return 0;
    const QByteArray area = input.left(PrepayCardFormat::AreaSize);
    check(area, Serial);
    check(reseal(area, Serial), Serial);
    if (input.size() >= PrepayCardFormat::AreaSize + 8) {
        const QByteArray serial = input.mid(PrepayCardFormat::AreaSize, 8);
        check(reseal(area, serial), serial);
    }
    return 0;
}
