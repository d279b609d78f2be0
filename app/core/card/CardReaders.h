#pragma once

#include "plugin/DriverInterfaces.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QStringList>

#include <memory>

namespace prepaydesk {

// The console's way to the card in a reader, over PC/SC (Pcsc.h): what the Cards page,
// CardService's connector, the IC-card carrier and prepayctl use. Each call opens its own PC/SC
// context on the calling thread (PC/SC contexts are per thread).
class CardReaders
{
    Q_DECLARE_TR_FUNCTIONS(CardReaders)
public:
    // The readers PC/SC knows; an Error when PC/SC is not running.
    static Result<QStringList> list();
    // Connects to the card in `reader`; an empty name means the first reader that has a card.
    // Errors say what is missing: no PC/SC service, no reader, no card in it.
    static Result<std::unique_ptr<CardChannel>> connect(const QString &reader);
    // The reader the console uses: PREPAYDESK_CARD_READER, else the setting cards/reader, else
    // empty (the first reader with a card).
    static QString configuredReader();
};

} // namespace prepaydesk
