#include "Dlt645MeterProtocol.h"

namespace prepaydesk::dlt645 {

QList<MeterCommand> Dlt645MeterProtocol::commands(const QString &variant) const
{
    if (variant == QLatin1String("1997"))
        return {MeterCommand::Read, MeterCommand::TimeSync};
    return {MeterCommand::ReadAddress,  MeterCommand::Read,        MeterCommand::TimeSync, MeterCommand::Relay,
            MeterCommand::WriteAddress, MeterCommand::OpenAccount, MeterCommand::Recharge};
}

QStringList Dlt645MeterProtocol::items(const QString &variant) const
{
    const auto edition = parseEdition(variant);
    QStringList out;
    if (!edition)
        return out;
    for (const Item *item : dlt645::items(*edition))
        out << QString::fromLatin1(item->name);
    return out;
}

QString Dlt645MeterProtocol::itemLabel(const QString &item) const
{
    if (const Item *found = findItem(item, Edition::V2007))
        return dlt645::itemLabel(*found);
    if (const Item *found = findItem(item, Edition::V1997))
        return dlt645::itemLabel(*found);
    return item;
}

Result<QByteArray> Dlt645MeterProtocol::readRequest(const QString &address, const QString &item) const
{
    MeterRequest r;
    r.command = MeterCommand::Read;
    r.item = item;
    return request(MeterTarget{address, {}, 0x10, 0}, r);
}

Result<QByteArray> Dlt645MeterProtocol::request(const MeterTarget &target, const MeterRequest &request) const
{
    const auto edition = parseEdition(target.variant);
    if (!edition)
        return edition.error();
    if (!commands(target.variant).contains(request.command))
        return Error::invalid(Dlt645::tr("DL/T 645-%1 has no such command.")
                                  .arg(*edition == Edition::V2007 ? QStringLiteral("2007") : QStringLiteral("1997")));
    const auto address = addressFromText(target.address);
    if (!address)
        return address.error();
    Result<Frame> frame = Error::invalid({});
    switch (request.command) {
    case MeterCommand::ReadAddress:
        frame = readAddressRequest();
        break;
    case MeterCommand::Read:
        frame = dlt645::readRequest(*address, request.item, *edition);
        break;
    case MeterCommand::TimeSync:
        frame = timeSyncRequest(request.time);
        break;
    case MeterCommand::Relay:
        frame = relayRequest(*address, request.relay, request.password, request.operatorCode, request.validUntil);
        break;
    case MeterCommand::WriteAddress:
        frame = writeAddressRequest(request.newAddress);
        break;
    case MeterCommand::OpenAccount:
    case MeterCommand::Recharge: {
        if (!request.security)
            return Error::invalid(Dlt645::tr("A DL/T 645 purchase needs a security module."));
        MeterPurchase purchase = request.purchase;
        purchase.openAccount = request.command == MeterCommand::OpenAccount;
        frame = purchaseRequest(*address, purchase, request.operatorCode, *request.security);
        break;
    }
    case MeterCommand::SetTime:
    case MeterCommand::Valve:
        return Error::invalid(Dlt645::tr("DL/T 645 has no such command."));
    }
    if (!frame)
        return frame.error();
    return encode(*frame);
}

Result<MeterReply> Dlt645MeterProtocol::parseReply(const QByteArray &bytes) const
{
    return parse(MeterTarget{}, bytes);
}

Result<MeterReply> Dlt645MeterProtocol::parse(const MeterTarget &target, const QByteArray &bytes) const
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
        return Error::invalid(Dlt645::tr("A request frame came back instead of a reply (the line's own echo?)."),
                              QStringLiteral("direction"));
    if (!target.address.isEmpty()) {
        const auto expected = addressFromText(target.address);
        if (!expected)
            return expected.error();
        if (s.frame.address != *expected)
            return Error::invalid(Dlt645::tr("The reply is from meter %1, not from %2.")
                                      .arg(addressText(s.frame.address), addressText(*expected)),
                                  QStringLiteral("address"));
    }
    auto reply = decodeReply(s.frame);
    if (!reply)
        return reply.error();
    MeterReply out = std::move(reply).value();
    out.consumed = s.consumed;
    out.skipped = s.start - s.preamble;
    return out;
}

} // namespace prepaydesk::dlt645
