#include "FutureTokenPlugin.h"

namespace {

const bool loaded = [] { return qputenv("PREPAYDESK_TEST_FUTURE_LOADED", "1"); }();

} // namespace
