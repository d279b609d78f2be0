#pragma once

#include "Sle4442Memory.h"

namespace prepaydesk::sle4442 {

// SLE4442 memory cards as a CardDriver: recognised by the ATR an ACS reader reports for them.
class Sle4442Driver : public CardDriver
{
public:
    QString cardType() const override;
    bool recognises(const QByteArray &atr) const override;
    Result<std::unique_ptr<CardMemory>> open(CardChannel &channel) const override;
};

} // namespace prepaydesk::sle4442
