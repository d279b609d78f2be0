#pragma once

// The meter side of CJ/T 188 (2004 and 2018 DI byte orders) for simulated water and gas meters:
// read meter data (901F) and purchase data (8105), read address, valve open/close, purchase
// (A013), set time, write address. Frames are parsed and built by the cjt188 codec.
//
// Status word ST: D0-D1 valve and D2 battery as the standard has them (see Cjt188.h [S4]); the
// standard leaves D3.. to the manufacturer, and this simulator, as its "manufacturer", uses
//   D3 tamper (cover opened / magnet), D4 water leak (flow at night), D5 gas leak alarm,
//   D6 low-balance alarm, D7 credit exhausted (valve closed for want of credit).

#include "Responder.h"

#include "Cjt188.h"

namespace prepaydesk::metersim {

class Cjt188Responder : public Responder
{
public:
    static constexpr quint16 StTamper = 1u << 3;
    static constexpr quint16 StLeak = 1u << 4;
    static constexpr quint16 StGasAlarm = 1u << 5;
    static constexpr quint16 StLowBalance = 1u << 6;
    static constexpr quint16 StNoCredit = 1u << 7;

    QString protocol() const override { return QStringLiteral("cjt188"); }
    FrameScan scan(QByteArrayView bytes) const override;
    std::optional<Answer> handle(QByteArrayView frame, const QList<Meter *> &meters) override;

    static quint8 meterType(const Meter &meter); // 10H cold water, 30H gas
    static quint16 status(const Meter &meter);

private:
    std::optional<cjt188::Frame> reply(Meter &meter, const cjt188::Frame &request);
};

} // namespace prepaydesk::metersim
