#include "ModbusMeterProtocol.h"

namespace prepaydesk::modbus {

namespace {

struct Parsed
{
    MeterReply reply;
    std::optional<Reply> content; // set when complete
};

MeterValue rawValue(const QString &name, qint64 number)
{
    MeterValue v;
    v.name = name;
    v.value = QString::number(number);
    v.label = name;
    v.number = number;
    v.numeric = true;
    return v;
}

// Any unit's frame is framed; on a master/slave line only the unit asked may answer, so a
// reply from another one (`unit` >= 0) is an error, not noise.
Result<Parsed> parseFrame(int unit, QByteArrayView bytes)
{
    const Scan scan = scanReply(bytes, -1);
    Parsed p;
    if (scan.status == ScanStatus::NeedMore) {
        p.reply.consumed = scan.consumed;
        return p;
    }
    if (scan.status == ScanStatus::Invalid)
        return Error::invalid(scan.error, scan.errorCode);
    if (unit >= 0 && scan.frame.unit != unit)
        return Error::invalid(Modbus::tr("Meter %1 answered, but the request went to meter %2; the reply was dropped.")
                                  .arg(scan.frame.unit)
                                  .arg(unit),
                              QStringLiteral("unit"));
    auto content = decodeReply(scan.frame);
    if (!content)
        return content.error();
    MeterReply &r = p.reply;
    r.complete = true;
    r.consumed = scan.consumed;
    r.skipped = scan.start;
    r.address = QString::number(scan.frame.unit);
    r.payload = scan.frame.data;
    r.control = scan.frame.function;
    r.command = functionName(content->function);
    if (content->exception) {
        r.error = true;
        r.errors = {exceptionCode(content->exceptionCode)};
        r.errorText = exceptionMeaning(content->exceptionCode);
    } else if (!content->registers.isEmpty()) {
        for (int i = 0; i < content->registers.size(); ++i)
            r.values.append(rawValue(QStringLiteral("word.%1").arg(i), content->registers.at(i)));
    } else if (!content->bits.isEmpty()) {
        for (int i = 0; i < content->bits.size() * 8; ++i)
            r.values.append(rawValue(QStringLiteral("bit.%1").arg(i), bitAt(content->bits, i)));
    } else {
        r.values.append(rawValue(QStringLiteral("address"), content->address));
        r.values.append(rawValue(QStringLiteral("value"), content->value));
    }
    p.content = std::move(content).value();
    return p;
}

Table tableOf(quint8 function)
{
    switch (function) {
    case fn::ReadCoils:
    case fn::WriteSingleCoil:
    case fn::WriteMultipleCoils:
        return Table::Coil;
    case fn::ReadDiscreteInputs:
        return Table::DiscreteInput;
    case fn::ReadInputRegisters:
        return Table::InputRegister;
    default:
        return Table::HoldingRegister;
    }
}

} // namespace

Result<int> ModbusMeterProtocol::unitOf(const MeterTarget &target, const RegisterMap &map)
{
    if (target.address.isEmpty())
        return map.unit;
    bool ok = false;
    const int unit = target.address.toInt(&ok);
    if (!ok || unit < MinUnit || unit > MaxUnit)
        return Error::invalid(Modbus::tr("A Modbus meter address is a number from %1 to %2, not \"%3\".")
                                  .arg(MinUnit)
                                  .arg(MaxUnit)
                                  .arg(target.address),
                              QStringLiteral("address"));
    return unit;
}

QList<MeterCommand> ModbusMeterProtocol::commands(const QString &variant) const
{
    const auto map = RegisterMap::builtIn(variant);
    if (!map)
        return {};
    QList<MeterCommand> out{MeterCommand::Read};
    if (map->relay)
        out.append(MeterCommand::Relay);
    if (map->credit && map->credit->money)
        out.append(MeterCommand::Recharge);
    return out;
}

QStringList ModbusMeterProtocol::items(const QString &variant) const
{
    const auto map = RegisterMap::builtIn(variant);
    if (!map)
        return {};
    QStringList out;
    for (const ValueSpec &v : map->values) {
        if (v.readable)
            out.append(v.name);
    }
    return out;
}

QString ModbusMeterProtocol::itemLabel(const QString &item) const
{
    const auto map = RegisterMap::builtIn({});
    const ValueSpec *v = map ? map->value(item) : nullptr;
    return v ? v->label : item;
}

Result<QByteArray> ModbusMeterProtocol::readRequest(const QString &address, const QString &item) const
{
    MeterTarget target;
    target.address = address;
    MeterRequest r;
    r.command = MeterCommand::Read;
    r.item = item;
    return request(target, r);
}

Result<QByteArray> ModbusMeterProtocol::request(const MeterTarget &target, const MeterRequest &request) const
{
    const auto map = RegisterMap::builtIn(target.variant);
    if (!map)
        return map.error();
    const auto unit = unitOf(target, *map);
    if (!unit)
        return unit.error();

    auto frame = [&]() -> Result<Frame> {
        switch (request.command) {
        case MeterCommand::Read: {
            const ValueSpec *v = map->value(request.item);
            if (!v || !v->readable)
                return Error::invalid(Modbus::tr("Register map %1 has no value \"%2\" to read (it has: %3).")
                                          .arg(map->id, request.item, items(map->id).join(u", ")),
                                      QStringLiteral("item"));
            return RegisterMap::readFrame(*v, *unit);
        }
        case MeterCommand::Relay: {
            if (!map->relay)
                return Error::invalid(Modbus::tr("Register map %1 has no relay control.").arg(map->id));
            qint64 raw = 0;
            if (request.relay == RelayAction::Trip)
                raw = map->relay->trip;
            else if (request.relay == RelayAction::DirectClose)
                raw = map->relay->close;
            else
                return Error::invalid(
                    Modbus::tr("A Modbus meter's relay can only be tripped or closed; register map %1 has no "
                               "other relay command.")
                        .arg(map->id));
            const ValueSpec &control = *map->value(map->relay->control);
            const auto words = RegisterMap::encodeRaw(control, raw);
            if (!words)
                return words.error();
            return RegisterMap::writeFrame(control, *unit, *words);
        }
        case MeterCommand::Recharge: {
            if (!map->credit || !map->credit->money)
                return Error::invalid(Modbus::tr("Register map %1 has no money credit register.").arg(map->id));
            if (request.purchase.amountMinor <= 0)
                return Error::invalid(Modbus::tr("A recharge must be for more than zero."), QStringLiteral("amount"));
            const ValueSpec &credit = *map->value(map->credit->value);
            // Money is in minor units (fen): two decimals.
            const auto words = map->encode(credit, Decimal{request.purchase.amountMinor, 2});
            if (!words)
                return words.error();
            return RegisterMap::writeFrame(credit, *unit, *words);
        }
        default:
            return Error::invalid(Modbus::tr("The modbus protocol cannot build this command."));
        }
    }();
    if (!frame)
        return frame.error();
    return encode(*frame);
}

Result<MeterReply> ModbusMeterProtocol::parseReply(const QByteArray &bytes) const
{
    return parse(MeterTarget{}, bytes);
}

Result<MeterReply> ModbusMeterProtocol::parse(const MeterTarget &target, const QByteArray &bytes) const
{
    int unit = -1;
    if (!target.address.isEmpty()) {
        RegisterMap none;
        const auto u = unitOf(target, none);
        if (!u)
            return u.error();
        unit = *u;
    }
    auto parsed = parseFrame(unit, bytes);
    if (!parsed)
        return parsed.error();
    return std::move(parsed).value().reply;
}

Result<MeterReply> ModbusMeterProtocol::parseReplyTo(const MeterTarget &target, const QByteArray &requestFrame,
                                                     const QByteArray &bytes) const
{
    const auto map = RegisterMap::builtIn(target.variant);
    if (!map)
        return map.error();
    const auto request = describeRequest(requestFrame);
    if (!request)
        return request.error();
    // Only the unit the request went to may answer it.
    auto parsed = parseFrame(request->unit, bytes);
    if (!parsed)
        return parsed.error();
    MeterReply reply = std::move(parsed->reply);
    if (!reply.complete)
        return reply;
    const Reply &content = *parsed->content;
    if (const Status s = matchReply(*request, content); !s)
        return s.error();
    const Table table = tableOf(request->function);
    const ValueSpec *spec = nullptr;
    for (const ValueSpec &v : map->values) {
        if (v.table == table && v.address == request->address && v.registerCount() == request->count)
            spec = &v;
    }
    if (!spec)
        return reply; // not a value of this map: the raw content is all there is
    reply.item = spec->name;
    if (content.exception || (content.registers.isEmpty() && content.bits.isEmpty())) {
        if (!content.exception)
            reply.values.clear(); // a write: the echo was checked against the request
        return reply;
    }
    const QList<quint16> words =
        content.bits.isEmpty() ? content.registers : QList<quint16>{quint16(bitAt(content.bits, 0))};
    const auto value = map->decode(*spec, words);
    if (!value)
        return value.error();
    reply.values = {*value};
    return reply;
}

} // namespace prepaydesk::modbus
