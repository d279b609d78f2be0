// libFuzzer target for the DL/T 645 codec (plugins/dlt645): the frame scanner as a transport
// drives it (scan, drop what it consumed, scan again), reply decoding, request parsing on the
// meter side, and the MeterProtocol entry points. Any broken invariant aborts, so the fuzzer
// reports it as a crash:
//  - scan never reports more bytes consumed than it was given, and always moves on;
//  - a Complete frame re-encodes (same preamble count) to exactly the bytes it was read from;
//  - an Invalid result points at a 68H and says why;
//  - a request that parseRequest accepts is rebuilt byte for byte by requestFrame;
//  - a decoded item value encodes back to bytes that decode to the same text.
#include "Dlt645.h"
#include "Dlt645MeterProtocol.h"
#include "SoftwareSecurityModule.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace prepaydesk;
using namespace prepaydesk::dlt645;

namespace {

void require(bool condition)
{
    if (!condition)
        std::abort();
}

void checkValueRoundTrip(const Frame &frame, const MeterReply &reply)
{
    // Only a normal read reply of a known item carries a value that encodeValue takes back.
    const bool is2007 = frame.function() == control::Read;
    if (frame.isAbnormal() || (!is2007 && frame.function() != control::Read1997))
        return;
    const Edition edition = is2007 ? Edition::V2007 : Edition::V1997;
    const Item *item = findItem(reply.item, edition);
    if (!item)
        return;
    require(reply.values.size() == 1);
    const MeterValue &value = reply.values.first();
    require(value.name == QLatin1String(item->name));
    auto bytes = encodeValue(*item, value.value);
    require(bytes.ok());
    auto again = decodeReply(readReply(frame.address, item->id, edition, *bytes));
    require(again.ok());
    require(again->values.size() == 1 && again->values.first().value == value.value);
    require(again->values.first().number == value.number);
}

void checkFrame(const Frame &frame)
{
    if (frame.isReply()) {
        auto reply = decodeReply(frame);
        if (!reply)
            return;
        require(reply->complete);
        require(reply->error == frame.isAbnormal());
        require(!reply->error || (!reply->errors.isEmpty() && !reply->errorText.isEmpty()));
        for (const MeterValue &v : reply->values)
            require(!v.name.isEmpty());
        checkValueRoundTrip(frame, *reply);
        return;
    }
    auto request = parseRequest(frame);
    if (!request)
        return;
    auto rebuilt = requestFrame(*request);
    require(rebuilt.ok());
    require(rebuilt->address == frame.address && rebuilt->control == frame.control && rebuilt->data == frame.data);
    if (request->command == MeterCommand::OpenAccount || request->command == MeterCommand::Recharge) {
        static const SoftwareSecurityModule module(QByteArrayLiteral("fuzz key"));
        auto opened = module.open(addressText(frame.address), request->sealed);
        auto purchase = openPurchase(*request, module);
        require(!purchase || opened);
        if (purchase) { // only seeds sealed with this key get here: the block must be what seal makes
            require(purchase->openAccount == (request->command == MeterCommand::OpenAccount));
            auto sealed = module.seal(*purchase);
            require(sealed.ok() && *sealed == request->sealed);
        }
    }
}

void scanLikeATransport(QByteArrayView bytes)
{
    QByteArrayView rest = bytes;
    while (!rest.isEmpty()) {
        const Scan s = scan(rest);
        require(s.consumed >= 0 && s.consumed <= rest.size());
        switch (s.status) {
        case ScanStatus::Complete: {
            require(s.start >= s.preamble && s.consumed > s.start);
            require(static_cast<quint8>(rest[s.start]) == StartByte);
            require(s.frame.address.size() == AddressBytes);
            require(s.consumed - s.start == HeaderBytes + s.frame.data.size() + 2);
            const qsizetype from = s.start - s.preamble;
            require(encode(s.frame, int(s.preamble)) == rest.sliced(from, s.consumed - from));
            checkFrame(s.frame);
            break;
        }
        case ScanStatus::NeedMore:
            if (s.consumed == 0)
                return; // what is left may be the start of a frame
            break;
        case ScanStatus::Invalid:
            require(s.start < rest.size() && static_cast<quint8>(rest[s.start]) == StartByte);
            require(s.consumed == s.start + 1);
            require(!s.errorCode.isEmpty() && !s.error.isEmpty());
            break;
        }
        rest = rest.sliced(s.consumed);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    scanLikeATransport(bytes);

    // The plugin's entry points, with and without an expected meter.
    static const Dlt645MeterProtocol protocol;
    const QByteArray copy = bytes.toByteArray();
    for (const QString &address : {QString(), QStringLiteral("000000000001")}) {
        auto reply = protocol.parse(MeterTarget{address, {}, 0x10, 0}, copy);
        if (reply) {
            require(reply->consumed >= 0 && reply->consumed <= copy.size());
            require(reply->skipped >= 0 && reply->skipped <= reply->consumed);
            require(!reply->complete || reply->consumed > 0);
        }
    }

    // Past the checksum: the input as control code, address and data of a frame, so that the
    // decoders see every data field and not only those with a right checksum.
    if (size >= 1 + AddressBytes) {
        Frame frame;
        frame.control = data[0];
        frame.address = bytes.sliced(1, AddressBytes).toByteArray();
        frame.data =
            bytes.sliced(1 + AddressBytes).first(qMin<qsizetype>(size - 1 - AddressBytes, MaxDataLength)).toByteArray();
        checkFrame(frame);
        const QByteArray line = encode(frame, 2);
        const Scan s = scan(line);
        require(s.status == ScanStatus::Complete && s.consumed == line.size() && s.preamble == 2);
        require(s.frame.address == frame.address && s.frame.control == frame.control && s.frame.data == frame.data);
    }
    return 0;
}
