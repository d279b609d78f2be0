#include "Sle4442Plugin.h"

// The plugin object is Sle4442Driver with Qt's plugin metadata (sle4442.json); nothing else here.
