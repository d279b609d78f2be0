#pragma once

#include "Sle4442Driver.h"

#include <QObject>

namespace prepaydesk::sle4442 {

// The card-sle4442 driver plugin: SLE4442 memory cards through the reader's pseudo-APDUs.
class Sle4442Plugin : public QObject, public Sle4442Driver
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID PrepayDesk_CardDriver_iid FILE "sle4442.json")
    Q_INTERFACES(prepaydesk::CardDriver)
};

} // namespace prepaydesk::sle4442
