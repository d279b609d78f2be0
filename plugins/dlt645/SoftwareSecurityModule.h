#pragma once

// NOT FOR REAL METERS. A software stand-in for a meter security module (ESAM/PSAM), for the
// meter simulator and the tests only. Real prepaid meters check purchases with the vendor's
// secure element and keys (SM1/SM4 inside the ESAM); nothing this class produces is accepted by
// a real meter, and forRealMeters() says so, so that the console refuses to send its blocks to
// one.
//
// The block it seals follows the field order that remote-prepay meters are described with
// (purchase amount, purchase count, MAC1, customer number, MAC2; 22 bytes), so the frames have the
// shape and length of real ones. Its MACs are the first four bytes of HMAC-SHA256 under a test
// key over the meter address and the fields: a made-up scheme, not the vendor's.

#include "plugin/DriverInterfaces.h"

#include <QByteArray>
#include <QCoreApplication>

namespace prepaydesk::dlt645 {

class SoftwareSecurityModule : public SecurityModule
{
    Q_DECLARE_TR_FUNCTIONS(SoftwareSecurityModule)
public:
    static constexpr int SealedBytes = 22;

    // The test key; the simulator and the console must use the same one.
    explicit SoftwareSecurityModule(QByteArray key);

    QString name() const override { return QStringLiteral("software-test-only"); }
    bool forRealMeters() const override { return false; }
    Result<QByteArray> seal(const MeterPurchase &purchase) const override;
    Result<MeterPurchase> open(const QString &meterAddress, const QByteArray &sealed) const override;

private:
    QByteArray mac(const QString &meterAddress, const QByteArray &fields) const;
    QByteArray m_key;
};

} // namespace prepaydesk::dlt645
