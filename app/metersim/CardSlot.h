#pragma once

// A meter's IC-card slot: the control command `card METER FILE` puts the card whose image is in
// FILE (docs/card-format.md, "Card image files") into the meter. The meter reads it through the
// same code as the counter (VirtualCardFile, PrepayCardFormat, CardKeys), checks it is a card of
// its utility for itself, applies it and writes back. What a real card meter does, in order:
//   1. read the area and check both MACs with the utility's card key;
//   2. utility code, meter number (the meter's name or address; an engineer's card without one
//      is for any meter of the utility), credit unit;
//   3. SLE4442: the card's PSC is the one derived for its serial and the card is not locked
//      (the meter must unlock the card to write back, so it checks before it changes anything);
//   4. user cards: binding (a new card binds with count 0; a replacement naming the bound card
//      rebinds and blacklists the old one) and the purchase count rule (docs/card-format.md);
//      setup, clear, tool and check cards: applied;
//   5. writes back loaded count, credit left, use, readings, status and clock (with its MAC).
// A refused card is not written and the meter does not change. If the image cannot be saved the
// meter is put back as it was.

#include "Meter.h"

#include <QCoreApplication>
#include <QStringList>

namespace prepaydesk::metersim {

class CardSlot
{
    Q_DECLARE_TR_FUNCTIONS(CardSlot)
public:
    // The reply lines for the control channel: one "card ..." line of key=value pairs, then "ok",
    // or "error: refused: <why>" for a card the meter refuses (its line says reason=<code>), or
    // just "error: <why>" when the image file cannot be read or written.
    //   card serial=0102030405060708 chip=sle4442 kind=user result=loaded binding=new amount=50.00
    //        count=1 balance=80.00 purchase_count=1 written=1
    // result: loaded | already-loaded | bound | setup | cleared | supply-on | supply-off | checked |
    //         refused; binding (user cards): new | same | replaced.
    // reason: no-card-key | no-utility-code | blank | foreign | altered | invalid | wrong-utility |
    //         wrong-meter | wrong-unit | card-locked | wrong-psc | blacklisted | other-card |
    //         wrong-customer | count-gap | over-limit
    static QStringList insert(Meter &meter, const QString &imagePath, const QByteArray &cardKey,
                              const QString &utilityCode);
};

} // namespace prepaydesk::metersim
