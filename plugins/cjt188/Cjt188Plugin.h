#pragma once

#include "Cjt188MeterProtocol.h"

#include <QObject>

namespace prepaydesk::cjt188 {

// The cjt188 driver plugin: CJ/T 188-2004 and -2018 water, gas and heat meters as a MeterProtocol.
class Cjt188Plugin : public QObject, public Cjt188MeterProtocol
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID PrepayDesk_MeterProtocol_iid FILE "cjt188.json")
    Q_INTERFACES(prepaydesk::MeterProtocol)
};

} // namespace prepaydesk::cjt188
