#pragma once

#include "Dlt645MeterProtocol.h"

#include <QObject>

namespace prepaydesk::dlt645 {

// The dlt645 driver plugin: DL/T 645-2007 and the 1997 read subset as a MeterProtocol.
class Dlt645Plugin : public QObject, public Dlt645MeterProtocol
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID PrepayDesk_MeterProtocol_iid FILE "dlt645.json")
    Q_INTERFACES(prepaydesk::MeterProtocol)
};

} // namespace prepaydesk::dlt645
