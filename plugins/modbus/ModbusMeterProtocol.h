#pragma once

#include "ModbusRtu.h"
#include "RegisterMap.h"

#include "plugin/DriverInterfaces.h"

namespace prepaydesk::modbus {

// Modbus RTU as a MeterProtocol: requests built from a register map, replies framed, CRC-checked
// and decoded. Stateless: every call stands alone, so it can be fuzzed and used from any thread.
//
//  - MeterTarget::variant is a register map id (RegisterMap::builtInIds(); empty: the default,
//    "generic-prepaid"); MeterTarget::address is the unit address "1".."247" (empty: the map's).
//  - request(): Read (MeterRequest::item = a value name of the map), Relay (Trip, DirectClose)
//    and Recharge (MeterPurchase::amountMinor, for maps whose credit is money).
//  - parse(target, reply): a Modbus reply does not say which registers it holds, so on its own it
//    yields the raw content ("word.0", "word.1", ... or "bit.0" ...) or the exception's meaning.
//    parseReplyTo(target, request, reply) also knows the request and decodes the map's value
//    by name, with its scale and unit, after checking that the reply answers that request.
class ModbusMeterProtocol : public MeterProtocol
{
public:
    QString protocol() const override { return QStringLiteral("modbus"); }
    Result<QByteArray> readRequest(const QString &address, const QString &item) const override;
    Result<MeterReply> parseReply(const QByteArray &bytes) const override;

    QStringList variants() const override { return RegisterMap::builtInIds(); }
    QList<MeterCommand> commands(const QString &variant) const override;
    QStringList items(const QString &variant) const override;
    QString itemLabel(const QString &item) const override;
    Result<QByteArray> request(const MeterTarget &target, const MeterRequest &request) const override;
    Result<MeterReply> parse(const MeterTarget &target, const QByteArray &bytes) const override;

    // A reply to `requestFrame` (as request() built it), decoded with the target's map.
    Result<MeterReply> parseReplyTo(const MeterTarget &target, const QByteArray &requestFrame,
                                    const QByteArray &bytes) const;

    // The unit address of a target ("" -> the map's default).
    static Result<int> unitOf(const MeterTarget &target, const RegisterMap &map);
};

} // namespace prepaydesk::modbus
