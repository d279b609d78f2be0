#pragma once

#include "CpuCardMemory.h"

namespace prepaydesk::cpucard {

// PrepayDesk CPU cards (ISO/IEC 7816-4) as a CardDriver: recognised by their ATR.
class CpuCardDriver : public CardDriver
{
public:
    QString cardType() const override;
    bool recognises(const QByteArray &atr) const override;
    Result<std::unique_ptr<CardMemory>> open(CardChannel &channel) const override;
};

} // namespace prepaydesk::cpucard
