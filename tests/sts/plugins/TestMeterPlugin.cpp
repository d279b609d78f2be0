#include "TestMeterPlugin.h"

namespace {

// Runs when the dynamic linker loads the library, whether or not instance() is called.
const bool loaded = [] { return qputenv("PREPAYDESK_TEST_PLUGIN_LOADED", "test-meter"); }();

} // namespace
