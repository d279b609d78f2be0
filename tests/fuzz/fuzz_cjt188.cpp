// libFuzzer target for the CJ/T 188 frame parsers: the scanner, reply decoding in both editions,
// the MeterProtocol parse() with and without an expected meter, and the meter-side parseRequest
// with the reply builders the simulator uses. Aborts on anything a parser must never do: read
// past its input, claim more bytes than it was given, or find a frame that does not encode back
// to the same bytes.
#include "Cjt188.h"
#include "Cjt188MeterProtocol.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace prepaydesk;
using namespace prepaydesk::cjt188;

namespace {

void check(bool ok)
{
    if (!ok)
        std::abort();
}

void meterSide(const Frame &frame, Edition edition)
{
    const auto request = parseRequest(frame, edition);
    if (!request)
        return;
    // Whatever a request asked, the builders answer it without crashing, in its own edition.
    check(request->header.edition == edition);
    (void)encode(abnormalReply(*request, 0x0007));
    switch (request->command) {
    case MeterCommand::Read:
        (void)meterDataReply(*request, MeterData{{1, 0x2C}, {2, 0x2C}, QDateTime(QDate(2024, 1, 1), QTime(0, 0)), 0});
        break;
    case MeterCommand::Valve:
        (void)valveReply(*request, 0);
        break;
    case MeterCommand::Recharge: {
        const auto reply = purchaseReply(*request);
        check(reply.ok()); // a parsed purchase always fits its own confirmation
        break;
    }
    case MeterCommand::SetTime:
        (void)setTimeReply(*request);
        break;
    case MeterCommand::WriteAddress:
        check(request->newAddress.size() == AddressBytes);
        (void)writeAddressReply(*request);
        break;
    default:
        (void)readAddressReply(*request, request->header.address);
        break;
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const Scan s = scan(bytes);
    check(s.consumed >= 0 && s.consumed <= bytes.size());
    if (s.status == ScanStatus::Complete) {
        check(s.start >= s.preamble && s.consumed > s.start);
        // The frame found encodes back to exactly the bytes it was read from.
        const QByteArray again = encode(s.frame, 0);
        check(again == bytes.mid(s.start, s.consumed - s.start));
        for (const Edition edition : {Edition::V2004, Edition::V2018}) {
            const auto reply = decodeReply(s.frame, edition);
            if (reply)
                check(reply->complete && reply->payload == s.frame.data);
            meterSide(s.frame, edition);
        }
    } else if (s.status == ScanStatus::Invalid) {
        check(s.consumed == s.start + 1 && !s.errorCode.isEmpty() && !s.error.isEmpty());
    }

    const Cjt188MeterProtocol protocol;
    for (const char *variant : {"2004", "2018"}) {
        const MeterTarget target{QStringLiteral("11223344556677"), QString::fromLatin1(variant), 0x10, 1};
        const auto parsed = protocol.parse(target, bytes);
        if (parsed)
            check(parsed->consumed <= bytes.size() && parsed->skipped <= parsed->consumed);
    }
    const auto any = protocol.parseReply(bytes);
    if (any)
        check(any->consumed <= bytes.size());
    return 0;
}
