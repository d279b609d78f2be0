// libFuzzer target for the Modbus RTU reply parser (plugins/modbus): the scanner, the reply
// decoder, and the check of a reply against the request it should answer (with the generic
// prepaid map). Aborts on anything a parser must never do; input that is merely bad must come
// back as an Error or "need more bytes".
#include "ModbusMeterProtocol.h"
#include "ModbusRtu.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace prepaydesk;
using namespace prepaydesk::modbus;

namespace {

void check(bool condition)
{
    if (!condition)
        std::abort();
}

void checkReply(const Result<MeterReply> &r, qsizetype size)
{
    if (!r.ok()) {
        check(!r.error().message.isEmpty());
        return;
    }
    check(r->consumed >= 0 && r->consumed <= size);
    if (r->complete) {
        check(r->skipped >= 0 && r->skipped + 5 <= r->consumed);
        check(r->error == !r->errors.isEmpty());
        check(!r->error || !r->errorText.isEmpty());
    } else {
        check(r->values.isEmpty());
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    static const ModbusMeterProtocol protocol;

    checkReply(protocol.parseReply(bytes), bytes.size());
    MeterTarget target;
    target.address = QStringLiteral("1");
    checkReply(protocol.parse(target, bytes), bytes.size());

    // A complete frame must re-encode to exactly the bytes it was framed from.
    const Scan scan = scanReply(bytes);
    if (scan.status == ScanStatus::Complete)
        check(encode(scan.frame) == bytes.mid(scan.start, scan.consumed - scan.start));

    // Replies checked against requests for values of the generic map: reads of each table and the
    // credit and relay writes.
    static const QList<QByteArray> requests = [] {
        QList<QByteArray> out;
        for (const char *item : {"balance.money", "relay", "alarm.tamper", "power.active", "purchase.count"}) {
            if (const auto r = protocol.readRequest(QStringLiteral("1"), QLatin1String(item)); r.ok())
                out.append(*r);
        }
        MeterRequest recharge;
        recharge.command = MeterCommand::Recharge;
        recharge.purchase.amountMinor = 5000;
        if (const auto r = protocol.request(MeterTarget{}, recharge); r.ok())
            out.append(*r);
        MeterRequest relay;
        relay.command = MeterCommand::Relay;
        if (const auto r = protocol.request(MeterTarget{}, relay); r.ok())
            out.append(*r);
        return out;
    }();
    check(requests.size() == 7);
    const QByteArray &request = requests.at(size ? data[size - 1] % requests.size() : 0);
    const auto matched = protocol.parseReplyTo(MeterTarget{}, request, bytes);
    checkReply(matched, bytes.size());
    if (matched.ok() && matched->complete && !matched->error && !matched->item.isEmpty() &&
        request.at(1) <= char(fn::ReadInputRegisters))
        check(matched->values.size() == 1);
    return 0;
}
