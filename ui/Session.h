#pragma once

#include "records/Operator.h"

namespace prepaydesk {

class Clock;
class Database;
class KeyVault;
class PluginManager;

// What the windows of one logged-in operator work with, handed down explicitly (no global
// state): the open database, the clock every service uses, and who is acting.
struct Session
{
    Database &db;
    const Clock &clock;
    Operator op;
    bool demo = false;
    // The driver plugins found at start (null when none were looked for).
    const PluginManager *plugins = nullptr;
    // The vault of vending keys (null when the console has none); administrators unlock it.
    KeyVault *vault = nullptr;
};

} // namespace prepaydesk
