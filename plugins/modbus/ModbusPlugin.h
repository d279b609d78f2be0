#pragma once

#include "ModbusMeterProtocol.h"

#include <QObject>

namespace prepaydesk::modbus {

// The modbus driver plugin: Modbus RTU frames per register map as a MeterProtocol. The
// QtSerialBus client (ModbusRtuClient) lives in the same static library for callers that
// want QtSerialBus to do the line I/O.
class ModbusPlugin : public QObject, public ModbusMeterProtocol
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID PrepayDesk_MeterProtocol_iid FILE "modbus.json")
    Q_INTERFACES(prepaydesk::MeterProtocol)
};

} // namespace prepaydesk::modbus
