#pragma once

// The meter side of DL/T 645-2007 (and the 1997 read subset) for simulated electricity meters:
// read address, reads of energy, prepaid registers, instantaneous values, clock and status
// words, broadcast time sync, relay control, write address, and the prepaid open-account and
// recharge commands checked through a SecurityModule (the software one: simulator only).
//
// Status word bits (DL/T 645-2007 Appendix A, 04000501..04000507, as tabulated in
// "DL/T645-2007通讯规约协议说明" (renrendoc.com/p-25811601.html) and, for the State Grid
// additions in word 3 and word 7, in public meter firmware headers (run status word 3 bit 6
// relay command, bit 7 pre-trip alarm, bits 8-9 meter type, bit 12 protect; word 7 bit 9 meter
// cover opened):
//   word 1: bit 2 clock battery low, bit 3 meter-reading battery low
//   word 3: bit 4 relay open, bit 6 relay commanded open, bit 7 pre-trip (low balance) alarm,
//           bits 9-8 meter type (01 energy prepaid, 10 money prepaid), bit 12 protected
//   word 7: bit 9 meter cover opened (tamper)

#include "Responder.h"

#include "Dlt645.h"

#include <QCoreApplication>

namespace prepaydesk::metersim {

class Dlt645Responder : public Responder
{
    Q_DECLARE_TR_FUNCTIONS(Dlt645Responder)
public:
    // Status word bits as above.
    static constexpr quint16 Word1ClockBattery = 1u << 2;
    static constexpr quint16 Word1ReadingBattery = 1u << 3;
    static constexpr quint16 Word3RelayOpen = 1u << 4;
    static constexpr quint16 Word3RelayCommandOpen = 1u << 6;
    static constexpr quint16 Word3PreTripAlarm = 1u << 7;
    static constexpr quint16 Word3MoneyPrepaid = 2u << 8;
    static constexpr quint16 Word3EnergyPrepaid = 1u << 8;
    static constexpr quint16 Word3Protected = 1u << 12;
    static constexpr quint16 Word7CoverOpen = 1u << 9;
    static constexpr quint32 StatusWord7Id = 0x04000507;

    // `security` checks purchases on the meter side (not owned; must outlive the responder).
    explicit Dlt645Responder(const SecurityModule *security)
        : m_security(security)
    {}

    QString protocol() const override { return QStringLiteral("dlt645"); }
    FrameScan scan(QByteArrayView bytes) const override;
    std::optional<Answer> handle(QByteArrayView frame, const QList<Meter *> &meters) override;

    static quint16 statusWord(const Meter &meter, int word);

private:
    QByteArray reply(Meter &meter, const dlt645::Frame &request, bool wildcard);
    QByteArray answerRead(Meter &meter, const dlt645::ParsedRequest &r, quint8 function);
    QByteArray answerRelay(Meter &meter, const dlt645::ParsedRequest &r);
    QByteArray answerPurchase(Meter &meter, const dlt645::ParsedRequest &r);

    const SecurityModule *m_security = nullptr;
};

} // namespace prepaydesk::metersim
