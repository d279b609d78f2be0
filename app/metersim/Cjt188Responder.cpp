#include "Cjt188Responder.h"

namespace prepaydesk::metersim {

namespace {

using namespace prepaydesk::cjt188;

QByteArray lineAddress(const Meter &meter)
{
    auto a = addressFromText(meter.address());
    return a ? *a : QByteArray(AddressBytes, '\0');
}

Edition editionOf(const Meter &meter)
{
    auto e = parseEdition(meter.config().edition);
    return e ? *e : Edition::V2004;
}

// Milli-units (litres) to the hundredths of m³ CJ/T 188 carries; the register rolls over.
qint64 hundredths(qint64 milli)
{
    return (milli / 10) % 100'000'000;
}

} // namespace

quint8 Cjt188Responder::meterType(const Meter &meter)
{
    return meter.utility() == Utility::Gas ? meter_type::Gas : meter_type::ColdWater;
}

quint16 Cjt188Responder::status(const Meter &meter)
{
    quint16 other = 0;
    if (meter.tamper())
        other |= StTamper;
    if (meter.leak())
        other |= StLeak;
    if (meter.gasAlarm())
        other |= StGasAlarm;
    if (meter.lowBalanceAlarm())
        other |= StLowBalance;
    if (meter.creditExhausted() && !meter.protect())
        other |= StNoCredit;
    return statusWord(meter.supplyOn() ? ValveState::Open : ValveState::Closed, meter.batteryLow(), other);
}

FrameScan Cjt188Responder::scan(QByteArrayView bytes) const
{
    const Scan s = cjt188::scan(bytes);
    FrameScan out;
    switch (s.status) {
    case ScanStatus::Complete:
        out.status = FrameScan::Status::Complete;
        out.start = s.start;
        out.end = s.consumed;
        break;
    case ScanStatus::NeedMore:
        out.status = FrameScan::Status::NeedMore;
        out.drop = s.consumed;
        break;
    case ScanStatus::Invalid:
        out.status = FrameScan::Status::Invalid;
        out.start = s.start;
        out.drop = s.consumed;
        break;
    }
    return out;
}

std::optional<Answer> Cjt188Responder::handle(QByteArrayView bytes, const QList<Meter *> &meters)
{
    const Scan s = cjt188::scan(bytes);
    if (s.status != ScanStatus::Complete || s.frame.isReply())
        return std::nullopt;
    const Frame &frame = s.frame;
    // AA in the address (and meter type AAH) are wildcards; only a meter alone on the line
    // answers them, or every meter on the bus would talk at once.
    const bool wildcard = frame.address.contains(static_cast<char>(0xAA));
    for (Meter *m : meters) {
        if (frame.meterType != meter_type::Any && frame.meterType != meterType(*m))
            continue;
        const QByteArray mine = lineAddress(*m);
        bool match = frame.address.size() == AddressBytes;
        for (int i = 0; i < AddressBytes && match; ++i)
            match = frame.address.at(i) == mine.at(i) || (wildcard && static_cast<quint8>(frame.address.at(i)) == 0xAA);
        if (!match || (wildcard && meters.size() != 1))
            continue;
        const auto out = reply(*m, frame);
        if (!out)
            return std::nullopt;
        return Answer{m, encode(*out)};
    }
    return std::nullopt;
}

std::optional<Frame> Cjt188Responder::reply(Meter &meter, const Frame &frame)
{
    const auto parsed = parseRequest(frame, editionOf(meter));
    if (!parsed) {
        // Not a request this meter takes (or the other edition's DI order): an abnormal reply.
        ParsedRequest r;
        r.header = Header{meterType(meter), lineAddress(meter), editionOf(meter),
                          frame.data.size() > 2 ? static_cast<quint8>(frame.data.at(2)) : quint8(0)};
        r.function = frame.function();
        return abnormalReply(r, status(meter));
    }
    ParsedRequest r = *parsed;
    // Replies carry the meter's own type and address, also when asked with wildcards.
    r.header.meterType = meterType(meter);
    r.header.address = lineAddress(meter);
    const bool money = meter.config().mode == CreditMode::Money;
    switch (r.command) {
    case MeterCommand::ReadAddress:
        return readAddressReply(r, lineAddress(meter));
    case MeterCommand::Read: {
        if (r.id == di::MeterData) {
            MeterData d;
            d.current = cjt188::Quantity{hundredths(meter.total()), 0x2C};
            d.settlement = cjt188::Quantity{hundredths(meter.settlementTotal()), 0x2C};
            d.time = meter.meterClock();
            d.status = status(meter);
            auto f = meterDataReply(r, d);
            return f ? std::optional<Frame>(*f) : abnormalReply(r, status(meter));
        }
        if (r.id == di::PurchaseData) {
            PurchaseData d;
            d.sequence = qMax(0, meter.lastPurchaseSerial());
            // Units meters keep milli-units; the reply carries hundredths either way.
            d.lastMinor = money ? meter.lastPurchase() : meter.lastPurchase() / 10;
            d.totalMinor = money ? meter.cumulativePurchase() : meter.cumulativePurchase() / 10;
            d.remainingMinor = money ? meter.balance() : meter.balance() / 10;
            d.status = status(meter);
            auto f = purchaseDataReply(r, d);
            return f ? std::optional<Frame>(*f) : abnormalReply(r, status(meter));
        }
        return abnormalReply(r, status(meter));
    }
    case MeterCommand::Valve:
        if (r.valve == ValveAction::Open)
            meter.openValve();
        else
            meter.closeValve();
        return valveReply(r, status(meter));
    case MeterCommand::Recharge: {
        if (meter.purchaseWithSerial(r.amountMinor, r.purchaseSequence) != PurchaseRefusal::None)
            return abnormalReply(r, status(meter));
        auto f = purchaseReply(r);
        return f ? std::optional<Frame>(*f) : abnormalReply(r, status(meter));
    }
    case MeterCommand::SetTime:
        meter.setMeterClock(r.time);
        return setTimeReply(r);
    case MeterCommand::WriteAddress:
        meter.setAddress(addressText(r.newAddress));
        r.header.address = lineAddress(meter); // the confirmation comes from the new address
        return writeAddressReply(r);
    default:
        return abnormalReply(r, status(meter));
    }
}

} // namespace prepaydesk::metersim
