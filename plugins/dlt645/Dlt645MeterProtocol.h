#pragma once

#include "Dlt645.h"

#include "plugin/DriverInterfaces.h"

namespace prepaydesk::dlt645 {

// DL/T 645-2007 (and the 1997 read subset) as a MeterProtocol. Stateless: every call stands alone.
class Dlt645MeterProtocol : public MeterProtocol
{
public:
    QString protocol() const override { return QStringLiteral("dlt645"); }
    Result<QByteArray> readRequest(const QString &address, const QString &item) const override;
    Result<MeterReply> parseReply(const QByteArray &bytes) const override;

    QStringList variants() const override { return {QStringLiteral("2007"), QStringLiteral("1997")}; }
    QList<MeterCommand> commands(const QString &variant) const override;
    QStringList items(const QString &variant) const override;
    QString itemLabel(const QString &item) const override;
    Result<QByteArray> request(const MeterTarget &target, const MeterRequest &request) const override;
    Result<MeterReply> parse(const MeterTarget &target, const QByteArray &bytes) const override;
};

} // namespace prepaydesk::dlt645
