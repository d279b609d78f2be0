#include "Cjt188Plugin.h"

// The plugin object is Cjt188MeterProtocol with Qt's plugin metadata (cjt188.json); nothing else here.
