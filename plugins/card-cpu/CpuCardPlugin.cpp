#include "CpuCardPlugin.h"

// The plugin object is CpuCardDriver with Qt's plugin metadata (cpu.json); nothing else here.
