#include "StsPlugin.h"

// The plugin object is StsTokenGenerator with Qt's plugin metadata (sts.json); nothing else here.
