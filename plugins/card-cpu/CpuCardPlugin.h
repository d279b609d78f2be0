#pragma once

#include "CpuCardDriver.h"

#include <QObject>

namespace prepaydesk::cpucard {

// The card-cpu driver plugin: ISO/IEC 7816-4 CPU cards with keys diversified from a master key.
class CpuCardPlugin : public QObject, public CpuCardDriver
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID PrepayDesk_CardDriver_iid FILE "cpu.json")
    Q_INTERFACES(prepaydesk::CardDriver)
};

} // namespace prepaydesk::cpucard
