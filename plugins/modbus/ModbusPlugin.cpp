#include "ModbusPlugin.h"

// The plugin object is ModbusMeterProtocol with Qt's plugin metadata (modbus.json); nothing else here.
