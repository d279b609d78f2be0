#include "Dlt645Responder.h"

namespace prepaydesk::metersim {

namespace {

using namespace prepaydesk::dlt645;

// The simulated meter is single-phase at a nominal 220.0 V.
constexpr qint64 NominalDeciVolts = 2200;

QByteArray lineAddress(const Meter &meter)
{
    auto a = addressFromText(meter.address());
    return a ? *a : QByteArray(AddressBytes, '\0');
}

QByteArray le16(quint16 v)
{
    QByteArray out;
    out.append(static_cast<char>(v & 0xFF));
    out.append(static_cast<char>(v >> 8));
    return out;
}

qint64 pow10(int n)
{
    qint64 p = 1;
    while (n-- > 0)
        p *= 10;
    return p;
}

// A number with its decimals, rescaled to what the item carries (extra decimals cut off).
struct Scaled
{
    qint64 value = 0;
    int decimals = 0;
    qint64 as(int wanted) const
    {
        return wanted >= decimals ? value * pow10(wanted - decimals) : value / pow10(decimals - wanted);
    }
};

std::optional<Scaled> numberFor(const Meter &meter, const QString &name)
{
    const bool money = meter.config().mode == CreditMode::Money;
    const qint64 watts = meter.currentRatePerHour(); // Wh per hour
    if (name == QLatin1String("energy.forward_total") || name == QLatin1String("energy.combined_total"))
        return Scaled{meter.total(), 3};
    if (name == QLatin1String("energy.reverse_total") || name == QLatin1String("prepaid.overdraft_energy") ||
        name == QLatin1String("prepaid.overdraft_money"))
        return Scaled{0, 0};
    if (name == QLatin1String("prepaid.remaining_energy"))
        return Scaled{meter.remainingUnits(), 3};
    if (name == QLatin1String("prepaid.remaining_money"))
        return money ? std::optional<Scaled>(Scaled{meter.balance(), 2}) : std::nullopt;
    if (name == QLatin1String("prepaid.purchase_count"))
        return Scaled{meter.purchaseCount(), 0};
    if (name == QLatin1String("prepaid.cumulative_purchase"))
        return Scaled{meter.cumulativePurchase(), money ? 2 : 3};
    if (name == QLatin1String("voltage.a"))
        return Scaled{NominalDeciVolts, 1};
    if (name == QLatin1String("current.a"))
        return Scaled{watts * 10'000 / NominalDeciVolts, 3}; // mA = W / V × 1000
    if (name == QLatin1String("power.active_total") || name == QLatin1String("power.active_a"))
        return Scaled{watts, 3}; // W = 0.001 kW
    return std::nullopt;         // phases B and C: a single-phase meter has none
}

QByteArray refuse(const Meter &meter, quint8 function, quint8 errorWord)
{
    return encode(errorReply(lineAddress(meter), function, errorWord));
}

} // namespace

FrameScan Dlt645Responder::scan(QByteArrayView bytes) const
{
    const Scan s = dlt645::scan(bytes);
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

quint16 Dlt645Responder::statusWord(const Meter &meter, int word)
{
    quint16 w = 0;
    switch (word) {
    case 1:
        if (meter.batteryLow())
            w |= Word1ClockBattery | Word1ReadingBattery;
        break;
    case 3:
        if (!meter.supplyOn())
            w |= Word3RelayOpen;
        if (meter.remoteOpen())
            w |= Word3RelayCommandOpen;
        if (meter.lowBalanceAlarm() || meter.remoteAlarm())
            w |= Word3PreTripAlarm;
        w |= meter.config().mode == CreditMode::Money ? Word3MoneyPrepaid : Word3EnergyPrepaid;
        if (meter.protect())
            w |= Word3Protected;
        break;
    case 7:
        if (meter.tamper())
            w |= Word7CoverOpen;
        break;
    default:
        break;
    }
    return w;
}

std::optional<Answer> Dlt645Responder::handle(QByteArrayView bytes, const QList<Meter *> &meters)
{
    const Scan s = dlt645::scan(bytes);
    if (s.status != ScanStatus::Complete || s.frame.isReply())
        return std::nullopt;
    const Frame &frame = s.frame;

    // Broadcast (99..99): every meter acts, none answers [Dlt645.h S2].
    if (frame.address == broadcastAddress()) {
        if (frame.function() == control::TimeSync) {
            const auto r = parseRequest(frame);
            if (r)
                for (Meter *m : meters)
                    m->setMeterClock(r->time);
        }
        return std::nullopt;
    }
    // AA bytes are wildcards; on a bus they would make every meter talk at once, so a meter
    // answers them only when it is alone on the line.
    const bool wildcard = frame.address.contains(static_cast<char>(0xAA));
    for (Meter *m : meters) {
        const QByteArray mine = lineAddress(*m);
        bool match = true;
        for (int i = 0; i < AddressBytes && match; ++i)
            match = frame.address.at(i) == mine.at(i) || (wildcard && static_cast<quint8>(frame.address.at(i)) == 0xAA);
        if (!match || (wildcard && meters.size() != 1))
            continue;
        QByteArray out = reply(*m, frame, wildcard);
        if (out.isEmpty())
            return std::nullopt;
        return Answer{m, out};
    }
    return std::nullopt;
}

QByteArray Dlt645Responder::reply(Meter &meter, const Frame &frame, bool wildcard)
{
    const quint8 function = frame.function();
    const auto parsed = parseRequest(frame);
    if (!parsed) {
        // A request for us that we cannot take: unknown function, wrong length, bad value.
        if (function == control::TimeSync)
            return {};
        return refuse(meter, function, err::Other);
    }
    const ParsedRequest &r = *parsed;
    switch (r.command) {
    case MeterCommand::ReadAddress:
        return encode(readAddressReply(lineAddress(meter)));
    case MeterCommand::Read:
        return answerRead(meter, r, function);
    case MeterCommand::TimeSync:
        meter.setMeterClock(r.time); // addressed time sync: set, no reply either
        return {};
    case MeterCommand::Relay:
        return answerRelay(meter, r);
    case MeterCommand::WriteAddress: {
        // Only with the wildcard address, to the one meter on the line [Dlt645.h S2].
        if (!wildcard)
            return refuse(meter, function, err::Other);
        meter.setAddress(addressText(r.newAddress));
        return encode(ackReply(lineAddress(meter), function));
    }
    case MeterCommand::OpenAccount:
    case MeterCommand::Recharge:
        return answerPurchase(meter, r);
    default:
        return refuse(meter, function, err::Other);
    }
}

QByteArray Dlt645Responder::answerRead(Meter &meter, const ParsedRequest &r, quint8 function)
{
    const QByteArray address = lineAddress(meter);
    if (r.edition == Edition::V2007 && r.id >= 0x04000501 && r.id <= StatusWord7Id) {
        // Words 1..7 (4..6 are the phase fault words: a healthy meter shows none).
        const int word = static_cast<int>(r.id - 0x04000500);
        return encode(dlt645::readReply(address, r.id, r.edition, le16(statusWord(meter, word))));
    }
    if (!r.item)
        return refuse(meter, function, err::NoData); // 1997: the same bit means "identifier wrong"
    const Item &item = *r.item;
    const QString name = QString::fromLatin1(item.name);
    const QDateTime clock = meter.meterClock();
    Result<QByteArray> value = Error::invalid({});
    switch (item.format) {
    case ItemFormat::Date:
        value = encodeValue(item, clock.date().toString(Qt::ISODate));
        break;
    case ItemFormat::Time:
        value = encodeValue(item, clock.time().toString(QStringLiteral("HH:mm:ss")));
        break;
    case ItemFormat::Hex:
        value = le16(statusWord(meter, name.right(1).toInt()));
        break;
    case ItemFormat::Number: {
        const auto number = numberFor(meter, name);
        if (!number)
            return refuse(meter, function, err::NoData);
        // Registers roll over like an odometer when they outgrow the item's digits.
        qint64 n = number->as(item.decimals);
        const qint64 modulus = pow10(2 * item.bytes - (item.signedValue ? 1 : 0));
        n %= modulus;
        value = encodeNumber(item, n);
        break;
    }
    }
    if (!value)
        return refuse(meter, function, err::Other);
    return encode(dlt645::readReply(address, r.id, r.edition, *value));
}

QByteArray Dlt645Responder::answerRelay(Meter &meter, const ParsedRequest &r)
{
    // The command carries the time until which it may be carried out (N3..N8) [Dlt645.h S6].
    if (r.time.isValid() && r.time < meter.meterClock())
        return refuse(meter, control::RelayControl, err::Other);
    switch (r.relay) {
    case RelayAction::Trip:
        if (meter.protect()) // a protected supply (hospital, winter) is not cut
            return refuse(meter, control::RelayControl, err::Other);
        meter.trip();
        break;
    case RelayAction::CloseAllowed:
        meter.closeAllowed();
        break;
    case RelayAction::DirectClose:
        meter.directClose();
        break;
    case RelayAction::AlarmOn:
        meter.setRemoteAlarm(true);
        break;
    case RelayAction::AlarmOff:
        meter.setRemoteAlarm(false);
        break;
    case RelayAction::ProtectOn:
        meter.setProtect(true);
        break;
    case RelayAction::ProtectOff:
        meter.setProtect(false);
        break;
    }
    return encode(ackReply(lineAddress(meter), control::RelayControl));
}

QByteArray Dlt645Responder::answerPurchase(Meter &meter, const ParsedRequest &r)
{
    const QByteArray address = lineAddress(meter);
    const auto refused = [&address](quint16 serr) { return encode(securityErrorReply(address, serr)); };
    if (!m_security)
        return refused(serr::Esam);
    const auto opened = m_security->open(addressText(address), r.sealed);
    const bool openAccount = r.command == MeterCommand::OpenAccount;
    if (!opened || opened->openAccount != openAccount)
        return refused(serr::Esam);
    switch (meter.purchase(opened->amountMinor, opened->purchaseCount, opened->customer, openAccount)) {
    case PurchaseRefusal::None:
        break;
    case PurchaseRefusal::Repeated:
        return refused(serr::RepeatedRecharge);
    case PurchaseRefusal::CountMismatch:
        return refused(serr::RechargeCount);
    case PurchaseRefusal::Customer:
        return refused(serr::Customer);
    case PurchaseRefusal::Hoarding:
        return refused(serr::HoardingLimit);
    }
    return encode(securityReply(address, r.id));
}

} // namespace prepaydesk::metersim
