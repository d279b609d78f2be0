#include "Cjt188MeterProtocol.h"

namespace prepaydesk::cjt188 {

QList<MeterCommand> Cjt188MeterProtocol::commands(const QString &variant) const
{
    if (!parseEdition(variant))
        return {};
    return {MeterCommand::ReadAddress, MeterCommand::Read,    MeterCommand::Valve,
            MeterCommand::Recharge,    MeterCommand::SetTime, MeterCommand::WriteAddress};
}

QStringList Cjt188MeterProtocol::items(const QString &variant) const
{
    if (!parseEdition(variant))
        return {};
    return itemNames();
}

QString Cjt188MeterProtocol::itemLabel(const QString &item) const
{
    return cjt188::itemLabel(item);
}

Result<QByteArray> Cjt188MeterProtocol::readRequest(const QString &address, const QString &item) const
{
    MeterRequest r;
    r.command = MeterCommand::Read;
    r.item = item;
    return request(MeterTarget{address, {}, meter_type::ColdWater, 0}, r);
}

Result<QByteArray> Cjt188MeterProtocol::request(const MeterTarget &target, const MeterRequest &request) const
{
    const auto edition = parseEdition(target.variant);
    if (!edition)
        return edition.error();
    if (target.meterType < 0 || target.meterType > 0xFF)
        return Error::invalid(Cjt188::tr("The meter type T is one byte (0 to FFH)."), QStringLiteral("meterType"));
    if (target.sequence < 0 || target.sequence > 0xFF)
        return Error::invalid(Cjt188::tr("The frame sequence number SER is 0 to 255."), QStringLiteral("sequence"));
    const auto address = addressFromText(target.address);
    if (!address)
        return address.error();
    const Header header{static_cast<quint8>(target.meterType), *address, *edition,
                        static_cast<quint8>(target.sequence)};
    Result<Frame> frame = Error::invalid({});
    switch (request.command) {
    case MeterCommand::ReadAddress:
        frame = readAddressRequest(header);
        break;
    case MeterCommand::Read:
        frame = cjt188::readRequest(header, request.item);
        break;
    case MeterCommand::Valve:
        frame = valveRequest(header, request.valve);
        break;
    case MeterCommand::Recharge:
        // The purchase sequence byte is two BCD digits [S6]: the meter's purchase count modulo 100.
        frame = purchaseRequest(header, static_cast<int>(request.purchase.purchaseCount % 100),
                                request.purchase.amountMinor);
        break;
    case MeterCommand::SetTime:
        frame = setTimeRequest(header, request.time);
        break;
    case MeterCommand::WriteAddress:
        frame = writeAddressRequest(header, request.newAddress);
        break;
    case MeterCommand::TimeSync:
    case MeterCommand::Relay:
    case MeterCommand::OpenAccount:
        return Error::invalid(Cjt188::tr("CJ/T 188 has no such command."), QStringLiteral("command"));
    }
    if (!frame)
        return frame.error();
    return encode(*frame);
}

Result<MeterReply> Cjt188MeterProtocol::parseReply(const QByteArray &bytes) const
{
    return parseChecked(MeterTarget{}, bytes, false);
}

Result<MeterReply> Cjt188MeterProtocol::parse(const MeterTarget &target, const QByteArray &bytes) const
{
    return parseChecked(target, bytes, true);
}

Result<MeterReply> Cjt188MeterProtocol::parseChecked(const MeterTarget &target, const QByteArray &bytes,
                                                     bool checkSequence) const
{
    const auto edition = parseEdition(target.variant);
    if (!edition)
        return edition.error();
    const Scan s = scan(bytes);
    if (s.status == ScanStatus::NeedMore) {
        MeterReply more;
        more.consumed = s.consumed;
        more.skipped = s.consumed;
        return more;
    }
    if (s.status == ScanStatus::Invalid)
        return Error::invalid(s.error, s.errorCode);
    if (!s.frame.isReply())
        return Error::invalid(Cjt188::tr("A request frame came back instead of a reply (the line's own echo?)."),
                              QStringLiteral("direction"));
    // Read address goes to the wildcard: any meter may answer it.
    if (!target.address.isEmpty()) {
        const auto expected = addressFromText(target.address);
        if (!expected)
            return expected.error();
        if (*expected != wildcardAddress() && s.frame.address != *expected)
            return Error::invalid(Cjt188::tr("The reply is from meter %1, not from %2.")
                                      .arg(addressText(s.frame.address), addressText(*expected)),
                                  QStringLiteral("address"));
    }
    if (checkSequence) {
        // SER sits after DI in a normal reply, first in an abnormal one [S5].
        const QByteArray &d = s.frame.data;
        const qsizetype at = s.frame.isAbnormal() && d.size() == 3 ? 0 : 2;
        if (d.size() > at && static_cast<quint8>(d.at(at)) != static_cast<quint8>(target.sequence))
            return Error::invalid(Cjt188::tr("The reply carries sequence number %1, not %2: it answers another "
                                             "request.")
                                      .arg(static_cast<quint8>(d.at(at)))
                                      .arg(target.sequence),
                                  QStringLiteral("sequence"));
    }
    auto reply = decodeReply(s.frame, *edition);
    if (!reply)
        return reply.error();
    MeterReply out = std::move(reply).value();
    out.consumed = s.consumed;
    out.skipped = s.start - s.preamble;
    return out;
}

} // namespace prepaydesk::cjt188
