#include "Dlt645Plugin.h"

// The plugin object is Dlt645MeterProtocol with Qt's plugin metadata (dlt645.json); nothing else here.
