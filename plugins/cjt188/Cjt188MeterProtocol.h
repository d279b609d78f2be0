#pragma once

#include "Cjt188.h"

#include "plugin/DriverInterfaces.h"

namespace prepaydesk::cjt188 {

// CJ/T 188-2004 and -2018 as a MeterProtocol. Stateless: every call stands alone.
// MeterTarget.variant picks the edition (DI byte order), meterType is T, sequence is SER; parse()
// checks that a reply comes from target.address and carries target.sequence.
class Cjt188MeterProtocol : public MeterProtocol
{
public:
    QString protocol() const override { return QStringLiteral("cjt188"); }
    Result<QByteArray> readRequest(const QString &address, const QString &item) const override;
    Result<MeterReply> parseReply(const QByteArray &bytes) const override;

    QStringList variants() const override { return {QStringLiteral("2004"), QStringLiteral("2018")}; }
    QList<MeterCommand> commands(const QString &variant) const override;
    QStringList items(const QString &variant) const override;
    QString itemLabel(const QString &item) const override;
    Result<QByteArray> request(const MeterTarget &target, const MeterRequest &request) const override;
    Result<MeterReply> parse(const MeterTarget &target, const QByteArray &bytes) const override;

private:
    Result<MeterReply> parseChecked(const MeterTarget &target, const QByteArray &bytes, bool checkSequence) const;
};

} // namespace prepaydesk::cjt188
